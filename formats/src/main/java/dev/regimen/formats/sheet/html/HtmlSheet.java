package dev.regimen.formats.sheet.html;

import dev.regimen.formats.sheet.SheetDocuments;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.SheetRenderer;
import dev.regimen.formats.sheet.document.SheetDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders protocols, screening reports and session plans as HTML sheets: one self-contained
 * HTML5 page each, to open in a browser or print, that is also well-formed XML (polyglot XHTML,
 * as XHTML-to-PDF engines read it). Immutable and thread-safe when its {@link PictureResolver}
 * is.
 *
 * <pre>{@code
 * String page = HtmlSheet.defaults().withLargePrint(true).render(protocol);
 * }</pre>
 *
 * <h2>The page</h2>
 *
 * <ul>
 *   <li>Self-contained: the style sheet is inline (with a print style sheet for A4 paper, which
 *       keeps each exercise on one page where it fits), pictures are embedded as {@code data:}
 *       URIs; no script, and nothing that would make a browser fetch anything.
 *   <li>Semantic: a {@code header} with the title ({@code h1}), a {@code main} with a {@code
 *       section} per section ({@code h2}) and an {@code article} per exercise ({@code h3}); steps
 *       and other numbered lists are {@code ol}; the tracking grid is a {@code table} whose
 *       headers carry {@code scope}; the page's {@code lang} is the protocol's language.
 *   <li>The safety callout comes first, right after the title, in a box that stands out, on
 *       screen and on paper; the dose of each exercise is in bold.
 *   <li>The {@linkplain SheetOptions#personalisation() details of the person} the sheet is for,
 *       when given, are a small table in the {@code header}, under the title and above the
 *       callout; the tracking grid's pain score is its last row; the QR code is a picture (a PNG,
 *       embedded, drawn crisp) whose alternative text is "QR code: " and the address, with the
 *       address written under it (as text: a PDF/UA link would need a description openhtmltopdf
 *       does not give it).
 *   <li>Pictures of exercises and steps (their image media) are shown with their alt text, when
 *       {@linkplain #withPictures(PictureResolver) a resolver} supplies their bytes; without one,
 *       or when it has no bytes for a picture, the picture is left out, and nothing on the page
 *       speaks of it.
 *   <li>{@linkplain #withLargePrint(boolean) Large print}: body text at 14 pt or more, on screen
 *       and on paper.
 * </ul>
 *
 * <h2>The options</h2>
 *
 * <p>{@link SheetOptions#includeTrackingGrid()}, {@link SheetOptions#includeSources()} and
 * {@link SheetOptions#trackingDays()} apply as to every sheet (a grid of more than 7 days is a
 * table per week); {@link SheetOptions#width()} does not (browsers wrap lines); with {@link
 * SheetOptions#asciiOnly()} the file is ASCII: every other character is written as a numeric
 * character reference, so the page reads the same.
 *
 * <h2>Text</h2>
 *
 * <p>All text is escaped: protocol text such as {@code <script>} or {@code &amp;} shows as
 * written, never as markup. Protocol text is cleaned as the {@linkplain dev.regimen.formats.sheet
 * sheet package} states; any character XML 1.0 does not allow becomes U+FFFD. Only {@code http},
 * {@code https} and {@code mailto} links become links; any other is shown as text.
 */
public final class HtmlSheet implements SheetRenderer {
  private final SheetOptions options;
  private final boolean largePrint;
  private final PictureResolver pictures;

  private HtmlSheet(SheetOptions options, boolean largePrint, PictureResolver pictures) {
    this.options = options;
    this.largePrint = largePrint;
    this.pictures = pictures;
  }

  /**
   * A renderer with the given options, in normal print, without pictures.
   *
   * @param options the options
   * @return the renderer
   * @throws NullPointerException if {@code options} is null
   */
  public static HtmlSheet of(SheetOptions options) {
    return new HtmlSheet(Objects.requireNonNull(options, "options"), false, null);
  }

  /** {@return a renderer with the {@linkplain SheetOptions#defaults() default options}} */
  public static HtmlSheet defaults() {
    return of(SheetOptions.defaults());
  }

  /**
   * A copy in large print or in normal print.
   *
   * @param largePrint true for body text of at least 14 pt
   * @return the copy
   */
  public HtmlSheet withLargePrint(boolean largePrint) {
    return new HtmlSheet(options, largePrint, pictures);
  }

  /**
   * A copy that shows pictures, their bytes from {@code resolver}.
   *
   * @param resolver turns a picture's URI into its bytes
   * @return the copy
   * @throws NullPointerException if {@code resolver} is null
   */
  public HtmlSheet withPictures(PictureResolver resolver) {
    return new HtmlSheet(options, largePrint, Objects.requireNonNull(resolver, "resolver"));
  }

  /** {@return a copy that shows no pictures} */
  public HtmlSheet withoutPictures() {
    return new HtmlSheet(options, largePrint, null);
  }

  @Override
  public SheetOptions options() {
    return options;
  }

  /** {@return whether the sheet is in large print} */
  public boolean largePrint() {
    return largePrint;
  }

  /** {@return the resolver that supplies the pictures, when pictures are shown} */
  public Optional<PictureResolver> pictures() {
    return Optional.ofNullable(pictures);
  }

  @Override
  public String render(SheetDocument document) {
    Objects.requireNonNull(document, "document");
    return new HtmlWriter(options.asciiOnly(), largePrint, pictures).write(document);
  }

  @Override
  public String toString() {
    return "HtmlSheet{" + options + ", largePrint=" + largePrint + ", pictures="
        + (pictures != null) + "}";
  }
}
