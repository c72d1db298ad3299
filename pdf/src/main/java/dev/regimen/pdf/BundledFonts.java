package dev.regimen.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * DejaVu Sans, shipped in this jar under {@value #FOLDER} with its licence ({@code
 * LICENSE-DejaVu.txt}): regular, bold and oblique (used for italic and oblique text), read once and kept as bytes (a font program is
 * parsed per document, which is what a PDF needs; the bytes are shared).
 *
 * <p>The faces are given to openhtmltopdf as its fallback before the built-in fonts, whatever
 * family a stylesheet names: a handout that asks for {@code serif}, {@code Arial} or nothing at
 * all is set in DejaVu Sans, and the PDF standard 14 fonts (which PDF/UA and PDF/A forbid, since
 * they are not embedded) are never reached for a character DejaVu Sans has. Each face is embedded
 * as a subset of the glyphs used.
 */
final class BundledFonts {
  /** The folder of the font files, on the class path. */
  static final String FOLDER = "/dev/regimen/pdf/fonts/";

  /** The family name the faces are registered under. */
  static final String FAMILY = "DejaVu Sans";

  /** One face of the family. */
  static final class Face {
    final String file;
    final int weight;
    final FontStyle style;
    final byte[] bytes;

    Face(String file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
      this.bytes = read(file);
    }

    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  /** The faces, read when this class is first used. */
  static final List<Face> FACES =
      List.of(
          new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
          new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

  private BundledFonts() {}

  /** Gives the faces to a renderer, as described in the class comment. */
  static void register(PdfRendererBuilder builder) {
    for (Face face : FACES) {
      builder.useFont(
          face::open, FAMILY, face.weight, face.style, true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "the font " + FOLDER + file + " is missing from regimen-pdf's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + FOLDER + file + " cannot be read", e);
    }
  }
}
