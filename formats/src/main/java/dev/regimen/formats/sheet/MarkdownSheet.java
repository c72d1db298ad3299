package dev.regimen.formats.sheet;

import dev.regimen.formats.sheet.document.SheetDocument;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders protocols, screening reports and session plans as Markdown sheets: CommonMark, with a
 * GitHub (GFM) table for the tracking grid, for a web page or a document. Immutable and
 * thread-safe.
 *
 * <p>Text from the protocol is escaped so that it shows literally: a name such as {@code
 * *Stretch*}, {@code <script>} or {@code # 1. Start} comes out as written, never as emphasis, HTML,
 * a heading or a list, and a {@code |} never splits a table cell. Only http, https and mailto
 * source links become links. Paragraphs are not wrapped (Markdown renderers wrap them), so {@link
 * SheetOptions#width()} does not apply; the other options do.
 */
public final class MarkdownSheet implements SheetRenderer {
  private final SheetOptions options;

  private MarkdownSheet(SheetOptions options) {
    this.options = options;
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   * @return the renderer
   * @throws NullPointerException if {@code options} is null
   */
  public static MarkdownSheet of(SheetOptions options) {
    return new MarkdownSheet(Objects.requireNonNull(options, "options"));
  }

  /** {@return a renderer with the {@linkplain SheetOptions#defaults() default options}} */
  public static MarkdownSheet defaults() {
    return new MarkdownSheet(SheetOptions.defaults());
  }

  @Override
  public SheetOptions options() {
    return options;
  }

  @Override
  public String render(SheetDocument document) {
    Objects.requireNonNull(document, "document");
    StringBuilder out = TreeWriter.buffer(document, options.asciiOnly(), 0.8);
    TreeWriter.write(document, new MarkdownWriter(out, options.asciiOnly(), document.wordingLanguage()));
    return out.toString();
  }

  @Override
  public void render(SheetDocument document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    if (out instanceof StringBuilder b) {
      TreeWriter.write(document, new MarkdownWriter(b, options.asciiOnly(), document.wordingLanguage()));
    } else {
      out.append(render(document));
    }
  }

  @Override
  public String toString() {
    return "MarkdownSheet{" + options + "}";
  }
}
