package dev.regimen.formats.sheet;

/**
 * The typographic characters a line-based output (text, Markdown) sets itself, in Unicode or in
 * ASCII: the composers never choose them. Immutable.
 */
final class Glyphs {
  static final Glyphs UNICODE = new Glyphs("\u2013", "\u201C", "\u201D", "\u2610");
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

  static Glyphs of(boolean ascii) {
    return ascii ? ASCII : UNICODE;
  }
}
