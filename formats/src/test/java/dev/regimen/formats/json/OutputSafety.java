package dev.regimen.formats.json;

/** What output meant for a terminal, a log or a page must never carry raw. */
final class OutputSafety {
  private OutputSafety() {}

  /**
   * Whether a character is unsafe to print raw: a control character (C0, DEL, C1: ESC starts
   * terminal escape sequences; CR rewrites a line; NUL, BEL and the rest), a format character
   * (Unicode category Cf: the bidirectional embeddings, overrides and isolates, zero-width
   * characters, the byte-order mark), a line or paragraph separator, or half of a surrogate pair
   * standing alone.
   *
   * @param c the character; surrogates are judged by {@link #firstUnsafe(CharSequence)}
   * @return whether it is unsafe
   */
  static boolean isUnsafe(char c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return true;
      default:
        return false;
    }
  }

  /**
   * The first unsafe character of a text, line breaks allowed (the text is several lines), or -1.
   *
   * @param text the text
   * @return the index of the first unsafe character, or -1
   */
  static int firstUnsafe(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        continue;
      }
      if (isUnsafe(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.codePointAt(text, i);
          if (Character.getType(cp) == Character.FORMAT) {
            return i; // tag characters and other supplementary format characters
          }
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return a description of the first unsafe character and where it is, for assertion messages} */
  static String describeFirstUnsafe(CharSequence text) {
    int i = firstUnsafe(text);
    if (i < 0) {
      return "none";
    }
    int from = Math.max(0, i - 30);
    int to = Math.min(text.length(), i + 30);
    return String.format("U+%04X at %d in ...%s...", (int) text.charAt(i), i, escape(text.subSequence(from, to)));
  }

  /** {@return text with every character outside printable ASCII written as a Java escape} */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }
}
