package dev.regimen.formats.sheet;

/**
 * The typographic characters a line-based output (text, Markdown) sets itself, in Unicode or in
 * ASCII, and by the language of the sheet's wording: the composers never choose them. Spanish
 * quotes with angle quotes («…», as the RAE prefers), English with curly double quotes (“…”); in
 * ASCII-only output both are straight double quotes. Immutable.
 */
final class Glyphs {
  static final Glyphs UNICODE = new Glyphs("\u2013", "\u201C", "\u201D", "\u2610");
  static final Glyphs UNICODE_SPANISH = new Glyphs("\u2013", "\u00AB", "\u00BB", "\u2610");
  static final Glyphs ASCII = new Glyphs("-", "\"", "\"", "[ ]");

  /** Between the ends of a range of numbers, such as 2–4. */
  final String range;
  /** Opens a quote. */
  final String openQuote;
  /** Closes a quote. */
  final String closeQuote;
  /** An empty box to tick. */
  final String checkBox;

  private Glyphs(String range, String openQuote, String closeQuote, String checkBox) {
    this.range = range;
    this.openQuote = openQuote;
    this.closeQuote = closeQuote;
    this.checkBox = checkBox;
  }

  /**
   * {@return the glyphs of an output}
   *
   * @param ascii whether the output is ASCII only
   * @param language the language of the sheet's wording, a BCP 47 tag
   */
  static Glyphs of(boolean ascii, String language) {
    if (ascii) {
      return ASCII;
    }
    return language.equals("es") || language.startsWith("es-") ? UNICODE_SPANISH : UNICODE;
  }
}
