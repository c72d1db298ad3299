package dev.regimen.fhir;

/**
 * Plain text in FHIR's {@code markdown} elements: every character that could make CommonMark (or
 * GitHub's tables and strike-through) read the text as markup is escaped with a backslash, and
 * every backslash is doubled, so that a renderer shows the text as written and {@link
 * #unescape(String)} gives back exactly the text that {@link #escape(String)} was given.
 */
final class Markdown {
  private Markdown() {}

  /** The ASCII punctuation CommonMark lets a backslash escape. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** The characters escaped wherever they stand. */
  private static final String ALWAYS = "\\`*_[]<>&|~";

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean lineStart = true; // only spaces so far on this line
    boolean digitsOnly = false; // only spaces, then digits, so far on this line
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean block = lineStart && (ch == '#' || ch == '-' || ch == '+' || ch == '=');
      boolean listNumber = digitsOnly && (ch == '.' || ch == ')');
      if (ALWAYS.indexOf(ch) >= 0 || block || listNumber) {
        out.append('\\');
      }
      out.append(ch);
      if (ch == '\n' || ch == '\r') {
        lineStart = true;
        digitsOnly = false;
      } else if (ch >= '0' && ch <= '9' && (lineStart || digitsOnly)) {
        lineStart = false;
        digitsOnly = true;
      } else if (ch != ' ' && ch != '\t') {
        lineStart = false;
        digitsOnly = false;
      }
    }
    return out.toString();
  }

  static String unescape(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    for (int i = 0; i < markdown.length(); i++) {
      char ch = markdown.charAt(i);
      if (ch == '\\' && i + 1 < markdown.length() && PUNCTUATION.indexOf(markdown.charAt(i + 1)) >= 0) {
        out.append(markdown.charAt(++i));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
