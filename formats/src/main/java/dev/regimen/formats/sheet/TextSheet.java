package dev.regimen.formats.sheet;

import dev.regimen.formats.sheet.document.SheetDocument;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders protocols, screening reports and session plans as plain-text sheets, wrapped to
 * {@linkplain SheetOptions#width() a width}: a home-exercise handout, the same checked for one
 * person, or a timer script, to print or show in a terminal. Immutable and thread-safe.
 *
 * <p>Every line fits the width, counted in terminal columns as {@link #displayWidth(CharSequence)}
 * counts them. Lists have hanging indents; a word moves to the next line rather than being split,
 * and only a word wider than a whole line is broken, where the line ends. Lines never end with a
 * space. The safety notices stand in a box; the tracking grid is drawn with box-drawing characters
 * (or {@code +-|} in ASCII-only output).
 *
 * <pre>{@code
 * String sheet = TextSheet.of(SheetOptions.builder().width(60).build()).render(protocol);
 * }</pre>
 */
public final class TextSheet implements SheetRenderer {
  /** The chars a sheet's buffer starts with: a protocol of a few exercises, such as L5-S1. */
  private static final int FIRST_CAPACITY = 16 * 1024;

  private final SheetOptions options;

  private TextSheet(SheetOptions options) {
    this.options = options;
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   * @return the renderer
   * @throws NullPointerException if {@code options} is null
   */
  public static TextSheet of(SheetOptions options) {
    return new TextSheet(Objects.requireNonNull(options, "options"));
  }

  /** {@return a renderer with the {@linkplain SheetOptions#defaults() default options}} */
  public static TextSheet defaults() {
    return new TextSheet(SheetOptions.defaults());
  }

  @Override
  public SheetOptions options() {
    return options;
  }

  @Override
  public String render(SheetDocument document) {
    Objects.requireNonNull(document, "document");
    // The buffer grows as the sheet needs (each time to twice its size): sizing it first would
    // walk the whole tree once more, which costs more than the few copies of a long sheet.
    TextBuffer out = new TextBuffer(FIRST_CAPACITY);
    TreeWriter.write(document, new TextWriter(out, options.width(), options.asciiOnly(), document.wordingLanguage()));
    return out.toString();
  }

  @Override
  public void render(SheetDocument document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    out.append(render(document));
  }

  /**
   * The number of terminal columns a line of text takes, as the text sheet counts them when it
   * fits lines to the width: 2 for East Asian wide and fullwidth characters and emoji, 0 for
   * combining marks, 1 for every other character.
   *
   * @param text a line of text, without control characters
   * @return its width in columns
   * @throws NullPointerException if {@code text} is null
   */
  public static int displayWidth(CharSequence text) {
    return Chars.columns(Objects.requireNonNull(text, "text"));
  }

  @Override
  public String toString() {
    return "TextSheet{" + options + "}";
  }
}
