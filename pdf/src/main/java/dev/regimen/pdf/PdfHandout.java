package dev.regimen.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import org.w3c.dom.Document;

/**
 * Renders a handout's XHTML to an accessible PDF: tagged, conforming to PDF/UA-1 (ISO 14289-1)
 * and PDF/A-2a (ISO 19005-2, level A), with DejaVu Sans embedded for all of its text.
 *
 * <pre>{@code
 * PdfHandout.render(xhtml, PdfOptions.defaults(), Path.of("handout.pdf"));
 * byte[] pdf = PdfHandout.render(xhtml, PdfOptions.defaults().withPaper(PaperSize.US_LETTER));
 * }</pre>
 *
 * <h2>What the XHTML must be</h2>
 *
 * <p>Well-formed XHTML whose root is an {@code html} element in the XHTML namespace, with a body,
 * a title (its {@code title} element, or {@link PdfOptions#withTitle}) and a language (its {@code
 * lang}, or {@link PdfOptions#withLanguage}); every {@code img} with an address ({@code src}) and
 * alternative text ({@code alt}); pictures as PNG, JPEG or GIF in {@code img} elements (not inline
 * SVG, MathML, {@code object}, {@code embed}, {@code iframe}, {@code video}, {@code audio}, {@code
 * canvas} or {@code picture}, which the PDF could not show); its styles in the document ({@code
 * style} elements and attributes), since a stylesheet or a font from elsewhere is never loaded.
 * Entities other than XML's five are read from the XHTML 1.x DTDs by their public identifiers;
 * other DTDs are not read. The structure becomes the PDF's tags: headings, paragraphs, lists,
 * tables (a {@code th} is a header cell, of its column unless its {@code scope} is {@code row}),
 * figures with their alternative text, sections, block quotations, links.
 *
 * <h2>What is read, and from where</h2>
 *
 * <p>Only pictures, each from the options' {@link ImageResolver} by its address as the handout
 * writes it (or decoded from a {@code data:} address). Nothing else is loaded: no URL is opened,
 * no file or class-path resource is read on the handout's behalf, whatever it refers to.
 *
 * <h2>When it fails</h2>
 *
 * <p>Every problem is a {@link PdfHandoutException} that says what is wrong (for bad XHTML, with
 * line and column; for missing pictures or alternative text, naming each), and nothing is written:
 * the PDF is made in memory and reaches a stream or a file only when it is complete.
 *
 * <p>Stateless and thread-safe: renders may run at once on several threads.
 */
public final class PdfHandout {
  /** The most bytes one picture may have: 16 MiB. */
  public static final int MAX_IMAGE_BYTES = 16 * 1024 * 1024;

  /** The PDF/A flavour every handout conforms to, beside PDF/UA-1. */
  static final PdfAConformance PDF_A = PdfAConformance.PDFA_2_A;

  /** The producer written into the PDF's metadata. */
  static final String PRODUCER = "Regimen (dev.regimen:regimen-pdf) with openhtmltopdf";

  /** sRGB IEC 61966-2.1, the output intent PDF/A asks for, from the JDK. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfHandout() {}

  /**
   * Renders a handout to a PDF in memory.
   *
   * @param xhtml the handout, as well-formed XHTML
   * @param options the paper, print size, metadata and pictures
   * @return the PDF
   * @throws NullPointerException if an argument is null
   * @throws PdfHandoutException if the handout cannot be rendered (see the class comment)
   */
  public static byte[] render(String xhtml, PdfOptions options) {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(options, "options");
    Document document = XhtmlInput.parse(xhtml);
    XhtmlInput.prepare(document, options);
    return renderPrepared(document, options);
  }

  /**
   * Renders a handout and writes the PDF to a stream. The stream gets the whole PDF or, when
   * rendering fails, nothing; it is flushed, not closed.
   *
   * @param xhtml the handout, as well-formed XHTML
   * @param options the paper, print size, metadata and pictures
   * @param out where to write the PDF
   * @throws NullPointerException if an argument is null
   * @throws PdfHandoutException if the handout cannot be rendered (nothing is written)
   * @throws IOException if writing to {@code out} fails
   */
  public static void render(String xhtml, PdfOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    byte[] pdf = render(xhtml, options);
    out.write(pdf);
    out.flush();
  }

  /**
   * Renders a handout and writes the PDF to a file, atomically: the file is replaced by the whole
   * PDF in one move, or, when rendering or writing fails, left as it was (absent, or with its old
   * content), with no temporary file left behind.
   *
   * @param xhtml the handout, as well-formed XHTML
   * @param options the paper, print size, metadata and pictures
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws PdfHandoutException if the handout cannot be rendered (the file is not touched)
   * @throws IOException if the file cannot be written (it is then unchanged)
   */
  public static void render(String xhtml, PdfOptions options, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    byte[] pdf = render(xhtml, options);
    AtomicWrite.write(target, pdf);
  }

  /**
   * Renders a checked, prepared document; the tests use it to render what render() refuses.
   *
   * <p>The document is laid out as it asks first. When its print style lays content out in
   * columns, that layout only gives the columns' size and place: openhtmltopdf's multi-column
   * layout leaves the content of the columns out of the structure tree (veraPDF: PDF/UA-1 rule
   * 7.1-3) and splits blocks anywhere, so the document is rendered again on pages one column wide
   * and one column tall, paginated as any PDF is (keeping what it asks to keep together, tagged
   * in the document's order), and {@link ColumnPages} puts those pages side by side on the paper.
   * Otherwise that first layout is the PDF. When the handout has links, {@link LinkDescriptions}
   * then gives each its description.
   */
  static byte[] renderPrepared(Document document, PdfOptions options) {
    byte[] pdf = layOut(document, options);
    if (!LinkDescriptions.needed(document)) {
      return pdf;
    }
    try {
      return LinkDescriptions.describe(pdf, document.getDocumentElement().getAttribute("lang"));
    } catch (IOException | RuntimeException e) {
      throw new PdfHandoutException("the handout's links could not be described: " + e, e);
    }
  }

  /** Lays the document out, in columns when its print style asks for them: see renderPrepared. */
  private static byte[] layOut(Document document, PdfOptions options) {
    Pass first = new Pass(document, options);
    Optional<ColumnPages.Layout> columns =
        first.run(renderer -> Columns.of(renderer, options.paper(), document));
    if (columns.isEmpty()) {
      return first.pdf();
    }
    XhtmlInput.addColumnPages(document, columns.get());
    Pass second = new Pass(document, options);
    second.run(renderer -> Optional.empty());
    try {
      return ColumnPages.impose(second.pdf(), columns.get());
    } catch (IOException | RuntimeException e) {
      throw new PdfHandoutException("the handout's columns could not be laid out: " + e, e);
    }
  }

  /** One rendering of a document: the renderer, what it could not read, and its PDF. */
  private static final class Pass {
    private final ResourceGate gate;
    private final List<String> unreadable = new ArrayList<>();
    private final ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    private final PdfRendererBuilder builder = new PdfRendererBuilder();

    Pass(Document document, PdfOptions options) {
      gate = new ResourceGate(options.images());
      configure(builder, options.paper());
      builder
          .useUriResolver(gate)
          .useProtocolsStreamImplementation(gate, ResourceGate.SCHEME)
          .useProtocolsStreamImplementation(gate.refusing(), ResourceGate.REFUSED_SCHEMES.toArray(String[]::new))
          .useHttpStreamImplementation(gate.refusing())
          .useExternalResourceAccessControl(
              gate.beforeResolving(), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl(
              gate.afterResolving(), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withDiagnosticConsumer(diagnostic -> unreadable(diagnostic, unreadable))
          .withW3cDocument(document, ResourceGate.SCHEME + ":")
          .toStream(pdf);
    }

    /**
     * Lays the document out and asks {@code columns} whether it is laid out in columns; writes the
     * PDF unless it is.
     */
    Optional<ColumnPages.Layout> run(Function<PdfBoxRenderer, Optional<ColumnPages.Layout>> columns) {
      Optional<ColumnPages.Layout> found;
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        found = columns.apply(renderer);
        if (found.isEmpty()) {
          renderer.createPDF();
        }
      } catch (IOException | RuntimeException e) {
        throw new PdfHandoutException("the handout could not be rendered: " + e, e);
      }
      if (found.isEmpty()) {
        List<String> problems = new ArrayList<>(gate.problems());
        problems.addAll(unreadable);
        if (!problems.isEmpty()) {
          throw new PdfHandoutException(
              problems.size() == 1
                  ? problems.get(0)
                  : problems.size() + " problems: " + String.join("; ", problems));
        }
      }
      return found;
    }

    byte[] pdf() {
      return pdf.toByteArray();
    }
  }

  /**
   * Sets what every handout gets, whatever its content: fast mode, PDF/UA, PDF/A-2a with its sRGB
   * output intent, the bundled fonts, the paper. Also what the benchmark's bare-engine baseline
   * would have to set by hand for the same PDF.
   */
  static void configure(PdfRendererBuilder builder, PaperSize paper) {
    builder
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PDF_A)
        .useColorProfile(SRGB.clone())
        .withProducer(PRODUCER)
        .useDefaultPageSize(
            (float) paper.widthMillimetres(), (float) paper.heightMillimetres(), PageSizeUnits.MM);
    BundledFonts.register(builder);
  }

  private static void unreadable(Diagnostic diagnostic, List<String> unreadable) {
    LogMessageId id = diagnostic.getLogMessageId();
    if (id == LogMessageId.LogMessageId1Param.EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI
        || id == LogMessageId.LogMessageId1Param.EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND) {
      Object[] args = diagnostic.getArgs();
      String uri = args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
      unreadable.add("the picture '" + XhtmlInput.shorten(uri) + "' cannot be read as an image");
    } else if (diagnostic.getLevel() != null
        && diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()
        && diagnostic.hasError()) {
      unreadable.add("the renderer reported: " + diagnostic.getFormattedMessage());
    }
  }
}
