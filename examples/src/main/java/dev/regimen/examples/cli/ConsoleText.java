package dev.regimen.examples.cli;

/**
 * Makes text from a file name, an argument or an error message safe for a terminal: one line, no
 * control or format characters, so no escape sequence from the input can reach the terminal. What
 * the command prints of a protocol, a report or a plan comes from the sheets of {@code
 * dev.regimen.formats.sheet}, which follow the same rule.
 */
final class ConsoleText {
  private ConsoleText() {}

  /**
   * Tidies text into one line: every whitespace character a space, runs of spaces one space,
   * control and format characters removed, a lone surrogate replaced by U+FFFD; trimmed.
   *
   * @param text the text
   * @return the tidied line
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(type == Character.SURROGATE ? 0xFFFD : cp);
    }
    return out.toString();
  }
}
