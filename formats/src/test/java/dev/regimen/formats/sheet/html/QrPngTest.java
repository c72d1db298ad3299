package dev.regimen.formats.sheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.regimen.formats.sheet.Personalised;
import dev.regimen.formats.sheet.qr.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The QR code's picture, as a phone's camera would see it: the PNG the page embeds, read by the
 * JDK's PNG reader and found and decoded by ZXing's QR reader in the image (finder patterns, quiet
 * zone and all), not from the module matrix.
 */
class QrPngTest {
  @Test
  void thePictureOfEveryVersionIsReadBackAsTheAddress() throws Exception {
    for (int length : new int[] {20, 30, 50, 70, 90, 110, 130, 160, 190, QrCode.MAX_BYTES}) {
      String url = ("https://clinic.example/r/" + "x1y2z3".repeat(40)).substring(0, length);
      QrCode code = QrCode.encode(url);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.of(code)));
      assertThat(image.getWidth()).isEqualTo((code.size() + 8) * QrPng.SCALE).isEqualTo(image.getHeight());
      assertThat(read(image)).as("version %d", code.version()).isEqualTo(url);
    }
  }

  @Test
  void thePicturesBytesAreTheSameEachTime() {
    QrCode code = QrCode.encode("https://clinic.example/");
    assertThat(QrPng.of(code)).isEqualTo(QrPng.of(code));
  }

  @Test
  void thePageEmbedsAPictureThatReadsAsTheAddressItWritesUnderIt() throws Exception {
    String page = HtmlSheet.of(Personalised.OPTIONS).render(Handouts.L5S1);
    Matcher m =
        Pattern.compile("<figure class=\"qr\"><img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" height=\"\\2\" alt=\"QR code: ([^\"]+)\" />")
            .matcher(page);
    assertThat(m.find()).isTrue();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    assertThat(image.getWidth()).isEqualTo(Integer.parseInt(m.group(2)));
    String address = Personalised.JANE.qrTarget().orElseThrow().toASCIIString();
    assertThat(m.group(3)).isEqualTo(address);
    assertThat(read(image)).isEqualTo(address);
  }

  private static String read(BufferedImage image) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
              Map.of(DecodeHintType.CHARACTER_SET, "ISO-8859-1"))
          .getText();
    } catch (Exception e) {
      throw new AssertionError("ZXing cannot find or read the code in the picture", e);
    }
  }
}
