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

  /**
   * Makes a file name safe for a terminal without changing a name that is already safe, by the
   * same {@link CharClass} as {@link #clean}: each {@linkplain CharClass#SPACE space} and
   * {@linkplain CharClass#LINE_BREAK line break} becomes one space, so a name with two spaces in a
   * row is printed with both and can be copied back; control and format characters are removed; a
   * lone surrogate becomes U+FFFD; nothing is trimmed.
   *
   * @param name the file name as given
   * @return the name, on one line
   */
  static String name(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      CharClass type = CharClass.of(cp);
      if (type == CharClass.SPACE || type == CharClass.LINE_BREAK) {
        out.append(' ');
      } else if (type != CharClass.CONTROL && type != CharClass.FORMAT) {
        out.appendCodePoint(type == CharClass.LONE_SURROGATE ? 0xFFFD : cp);
      }
    }
    return out.toString();
  }

  /**
   * Starts a sentence in lowercase, as every message of the command does: "Unknown option: '-x'"
   * becomes "unknown option: '-x'". A first word in capitals or with a digit (FILE, L5-S1) stays as
   * it is.
   *
   * @param text the message
   * @return the message with its first letter in lowercase, when that letter starts a word
   */
  static String sentenceInLowercase(String text) {
    if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
