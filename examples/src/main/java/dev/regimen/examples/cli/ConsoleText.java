package dev.regimen.examples.cli;

import dev.regimen.core.text.CharClass;

/**
 * Makes text from a file name, an argument or an error message safe for a terminal: one line, no
 * control or format characters, so no escape sequence from the input can reach the terminal. What
 * the command prints of a protocol, a report or a plan comes from the sheets of {@code
 * dev.regimen.formats.sheet}, which follow the same policy over the same classification ({@link
 * CharClass}).
 */
final class ConsoleText {
  private ConsoleText() {}

  /**
   * Tidies text into one line, by the {@link CharClass} of each code point: {@linkplain
   * CharClass#SPACE spaces} and {@linkplain CharClass#LINE_BREAK line breaks} become a space, runs
   * of them one space; {@linkplain CharClass#CONTROL control} and {@linkplain CharClass#FORMAT
   * format} characters are removed; a {@linkplain CharClass#LONE_SURROGATE lone surrogate} is
   * replaced by U+FFFD; visible and invisible characters are kept; the result is trimmed.
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
      CharClass type = CharClass.of(cp);
      if (type == CharClass.SPACE || type == CharClass.LINE_BREAK) {
        space = out.length() > 0;
        continue;
      }
      if (type == CharClass.CONTROL || type == CharClass.FORMAT) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(type == CharClass.LONE_SURROGATE ? 0xFFFD : cp);
    }
    return out.toString();
  }
}
