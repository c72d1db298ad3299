package dev.regimen.benchmarks.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.formats.sheet.TextSheet;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.pdf.PdfHandout;
import dev.regimen.pdf.PdfOptions;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled L5-S1 handout as a PDF: Regimen's {@link PdfHandout} against openhtmltopdf alone on
 * the same XHTML page, set up by hand for the same PDF (fast mode, PDF/UA, PDF/A-2a with the sRGB
 * output intent, the three DejaVu Sans faces regimen-pdf ships, as fallback fonts, A4). The
 * difference is Regimen's overhead on top of the engine: its secure parse and checks of the XHTML,
 * the print layout it adds, the resource gate, the copy of the finished PDF. The run also measures
 * the HTML page ({@link #html()}) and the text sheet ({@link #text()}) of the same protocol, so
 * that one run gives every ratio. The setup checks that both PDFs are PDFs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PdfBenchmark {
  private static final String[] FACES = {
    "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"
  };
  private static final int[] WEIGHTS = {400, 700, 400};
  private static final FontStyle[] STYLES = {FontStyle.NORMAL, FontStyle.NORMAL, FontStyle.ITALIC};

  private final HtmlSheet page = HtmlSheet.defaults();
  private final TextSheet sheet = TextSheet.defaults();
  private String xhtml;
  private byte[][] fonts;
  private byte[] srgb;

  /**
   * Renders the page once and reads the fonts regimen-pdf ships.
   *
   * @throws IllegalStateException if either way does not make a PDF
   */
  @Setup
  public void setUp() {
    xhtml = html();
    fonts = new byte[FACES.length][];
    for (int i = 0; i < FACES.length; i++) {
      String resource = "/dev/regimen/pdf/fonts/" + FACES[i];
      try (InputStream in = PdfHandout.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("regimen-pdf has no " + resource);
        }
        fonts[i] = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    if (!isPdf(regimen()) || !isPdf(openhtmltopdfAlone())) {
      throw new IllegalStateException("a benchmark does not make a PDF");
    }
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length > 1000 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D';
  }

  /** {@return the text sheet of the protocol} */
  @Benchmark
  public String text() {
    return sheet.render(Catalog.l5s1Relief());
  }

  /** {@return the HTML page of the protocol, which both PDFs are made of} */
  @Benchmark
  public String html() {
    return page.render(Catalog.l5s1Relief());
  }

  /** {@return the PDF that Regimen makes of the page} */
  @Benchmark
  public byte[] regimen() {
    return PdfHandout.render(xhtml, PdfOptions.defaults());
  }

  /** {@return the PDF that openhtmltopdf makes of the same page alone, set up for the same PDF} */
  @Benchmark
  public byte[] openhtmltopdfAlone() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_2_A)
        .useColorProfile(srgb)
        .useDefaultPageSize(210f, 297f, PageSizeUnits.MM);
    for (int i = 0; i < FACES.length; i++) {
      byte[] bytes = fonts[i];
      builder.useFont(
          () -> new ByteArrayInputStream(bytes),
          "DejaVu Sans",
          WEIGHTS[i],
          STYLES[i],
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }
    try {
      builder.withHtmlContent(xhtml, null).toStream(pdf).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }
}
