package dev.regimen.formats.sheet.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The QR codes read back with ZXing, an implementation of ISO/IEC 18004 written by others: every
 * text it encodes decodes to the same text at level M; for web addresses (which ZXing too encodes
 * in byte mode) ZXing's encoder, given the same mask, draws the same code module for module; and
 * the mask chosen has the lowest penalty of the eight by the standard's rules, as a plain reading
 * of them scores ZXing's eight codes.
 *
 * <p>Where the two encoders may choose different masks: the finder-like pattern of rule 3 next to
 * the code's edge. The standard asks for four light modules on one side; ours counts the quiet
 * zone as light (a reader sees it so, which is what the rule guards against), ZXing 3.5 never
 * counts a pattern within four modules of the edge. {@link #penalty} scores both ways and the
 * test checks that each encoder's choice is the lowest by its own reading.
 */
class QrCodeTest {
  /** Characters of a web address beyond the scheme: letters, digits and RFC 3986's others. */
  private static final String URL_CHARS =
      "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%ABCDEFXYZ";

  private static final String HTTPS = "https://";

  @Test
  void everyTextOfOneToTheMostCharactersDecodesToItself() {
    qt().withExamples(300)
        .forAll(strings().betweenCodePoints(0x00, 0xFF).ofLengthBetween(1, QrCode.MAX_BYTES))
        .checkAssert(text -> assertThat(decode(QrCode.encode(text))).isEqualTo(text));
  }

  @Test
  void everyWebAddressUpToTheMostCharactersIsTheCodeZxingDraws() {
    qt().withExamples(300)
        .forAll(urls())
        .checkAssert(
            url -> {
              QrCode code = QrCode.encode(url);
              assertThat(decode(code)).isEqualTo(url);
              assertSameAsZxing(url, code);
              assertLowestPenalty(url, code);
            });
  }

  @Test
  void fixedAddressesOfEveryVersionAreTheCodesZxingDraws() {
    int[] lengths = {1, 14, 15, 26, 42, 43, 62, 84, 106, 122, 152, 180, 181, 213};
    for (int length : lengths) {
      String url = (HTTPS + "clinic.example/exercises/" + "a".repeat(QrCode.MAX_BYTES)).substring(0, length);
      QrCode code = QrCode.encode(url);
      assertThat(decode(code)).as("length %d", length).isEqualTo(url);
      assertSameAsZxing(url, code);
      assertLowestPenalty(url, code);
    }
    assertThat(QrCode.encode(HTTPS + "clinic.example/").version()).isEqualTo(2);
  }

  @Test
  void eachVersionIsTheSmallestThatHoldsTheText() {
    // Byte-mode capacity at level M, versions 1 to 10 (ISO/IEC 18004, table 7).
    int[] capacity = {0, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
    for (int version = 1; version <= QrCode.MAX_VERSION; version++) {
      assertThat(QrCode.encode("x".repeat(capacity[version])).version()).isEqualTo(version);
      if (version < QrCode.MAX_VERSION) {
        assertThat(QrCode.encode("x".repeat(capacity[version] + 1)).version()).isEqualTo(version + 1);
      }
      assertThat(QrCode.encode("x".repeat(capacity[version])).size()).isEqualTo(17 + 4 * version);
    }
  }

  @Test
  void aTextLongerThanTheLargestVersionHoldsIsRefusedNamingTheLimit() {
    assertThatThrownBy(() -> QrCode.encode("h".repeat(QrCode.MAX_BYTES + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text: a QR code (version 10 at most, error correction level M) holds at most 213"
                + " characters, was 214");
  }

  @Test
  void aCharacterOutsideIso88591IsRefusedNamingIt() {
    assertThatThrownBy(() -> QrCode.encode("https://clinic.example/\u20AC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text: only characters from U+0000 to U+00FF (ISO-8859-1) can be encoded, was U+20AC"
                + " at index 23");
    assertThatThrownBy(() -> QrCode.encode(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: must not be empty");
  }

  @Test
  void aModuleOutsideTheCodeIsOutOfBounds() {
    QrCode code = QrCode.encode("https://clinic.example/");
    assertThatThrownBy(() -> code.isDark(code.size(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> code.isDark(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(code.isDark(0, 0)).as("the top-left finder's corner").isTrue();
    assertThat(code).isEqualTo(QrCode.encode("https://clinic.example/"));
    assertThat(code.toString()).isEqualTo("QrCode{version=2, size=25, mask=" + code.mask() + "}");
  }

  private static Gen<String> urls() {
    int most = QrCode.MAX_BYTES - HTTPS.length();
    return integers()
        .between(1, most)
        .flatMap(
            length ->
                strings()
                    .betweenCodePoints(0, URL_CHARS.length() - 1)
                    .ofLength(length)
                    .map(QrCodeTest::spell))
        .map(rest -> HTTPS + rest);
  }

  /** Spells code points 0..n-1 as the characters of {@link #URL_CHARS}. */
  private static String spell(String indices) {
    StringBuilder b = new StringBuilder(indices.length());
    indices.codePoints().forEach(i -> b.append(URL_CHARS.charAt(i)));
    return b.toString();
  }

  private static String decode(QrCode code) {
    BitMatrix bits = new BitMatrix(code.size());
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        if (code.isDark(x, y)) {
          bits.set(x, y);
        }
      }
    }
    try {
      DecoderResult result =
          new Decoder().decode(bits, Map.of(DecodeHintType.CHARACTER_SET, "ISO-8859-1"));
      assertThat(result.getECLevel()).isEqualTo("M");
      return result.getText();
    } catch (Exception e) {
      throw new AssertionError("ZXing cannot read " + code, e);
    }
  }

  /** ZXing's encoder, given our mask, draws the same version and the same modules. */
  private static void assertSameAsZxing(String url, QrCode code) {
    ByteMatrix matrix = zxing(url, code.mask()).getMatrix();
    assertThat(matrix.getWidth()).as("size of %s", url).isEqualTo(code.size());
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        assertThat(code.isDark(x, y)).as("module (%d, %d) of %s", x, y, url).isEqualTo(matrix.get(x, y) == 1);
      }
    }
  }

  /**
   * The mask has the lowest penalty (the first such) of the eight codes ZXing draws with each
   * mask; and ZXing's own choice is the lowest when the quiet zone is not counted as light.
   */
  private static void assertLowestPenalty(String url, QrCode code) {
    int[] withQuietZone = new int[8];
    int[] withoutQuietZone = new int[8];
    for (int mask = 0; mask < 8; mask++) {
      ByteMatrix m = zxing(url, mask).getMatrix();
      withQuietZone[mask] = penalty(m, true);
      withoutQuietZone[mask] = penalty(m, false);
    }
    assertThat(code.mask()).as("mask of %s", url).isEqualTo(firstLowest(withQuietZone));
    assertThat(zxing(url, -1).getMaskPattern()).as("ZXing's mask of %s", url).isEqualTo(firstLowest(withoutQuietZone));
  }

  private static int firstLowest(int[] penalties) {
    int best = 0;
    for (int i = 1; i < penalties.length; i++) {
      if (penalties[i] < penalties[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The penalty of a code by ISO/IEC 18004, 7.8.3, table 11, read plainly: N1 = 3 plus 1 for each
   * module past 5 in a run of one colour in a row or column; N2 = 3 for each 2 × 2 block of one
   * colour; N3 = 40 for each 1:1:3:1:1 pattern with 4 light modules before or after it (beyond the
   * edge light when {@code quietZoneLight}, else no pattern there counts); N4 = 10 for each 5% of
   * dark modules away from half.
   */
  private static int penalty(ByteMatrix m, boolean quietZoneLight) {
    int n = m.getWidth();
    int penalty = 0;
    int dark = 0;
    for (int a = 0; a < n; a++) {
      for (boolean rows : new boolean[] {true, false}) {
        int[] line = new int[n + 8];
        java.util.Arrays.fill(line, quietZoneLight ? 0 : -1);
        for (int b = 0; b < n; b++) {
          line[b + 4] = rows ? m.get(b, a) : m.get(a, b);
        }
        int run = 0;
        for (int b = 4; b < n + 4; b++) {
          run = b > 4 && line[b] == line[b - 1] ? run + 1 : 1;
          boolean ends = b == n + 3 || line[b + 1] != line[b];
          if (ends && run >= 5) {
            penalty += 3 + run - 5;
          }
        }
        int[] finder = {1, 0, 1, 1, 1, 0, 1};
        for (int b = 4; b + 7 <= n + 4; b++) {
          boolean match = true;
          for (int k = 0; k < 7; k++) {
            match &= line[b + k] == finder[k];
          }
          if (match && (allLight(line, b - 4, b) || allLight(line, b + 7, b + 11))) {
            penalty += 40;
          }
        }
      }
      for (int b = 0; b < n; b++) {
        dark += m.get(b, a);
        if (a + 1 < n && b + 1 < n) {
          int v = m.get(b, a);
          if (m.get(b + 1, a) == v && m.get(b, a + 1) == v && m.get(b + 1, a + 1) == v) {
            penalty += 3;
          }
        }
      }
    }
    int total = n * n;
    int k = (int) Math.floor(Math.abs(dark * 100.0 / total - 50) / 5);
    return penalty + 10 * k;
  }

  private static boolean allLight(int[] line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** ZXing's code of a web address at level M, with the given mask or (with -1) its own. */
  private static com.google.zxing.qrcode.encoder.QRCode zxing(String url, int mask) {
    try {
      return mask < 0
          ? Encoder.encode(url, ErrorCorrectionLevel.M)
          : Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
    } catch (WriterException e) {
      throw new AssertionError(e);
    }
  }
}
