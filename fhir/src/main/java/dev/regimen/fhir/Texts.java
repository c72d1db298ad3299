package dev.regimen.fhir;

import java.util.Locale;

/** Text rules of FHIR that Regimen's values must meet on the way out, and names derived from ids. */
final class Texts {
  private Texts() {}

  /**
   * Returns {@code text} when FHIR can carry it in a string, in JSON and XML alike: no code point
   * below U+0020 other than tab, carriage return and line feed (R4 datatypes, string), no
   * noncharacter U+FFFE or U+FFFF and no lone surrogate (which XML 1.0 cannot hold).
   *
   * @throws FhirExportException naming {@code path} and the character otherwise
   */
  static String check(String path, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(ch)) {
        bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!bad) {
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(ch)
            || (ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n')
            || ch == '\uFFFE'
            || ch == '\uFFFF';
      }
      if (bad) {
        throw new FhirExportException(
            path,
            String.format(
                Locale.ROOT,
                "holds U+%04X at index %d, which a FHIR string cannot carry (FHIR strings hold no"
                    + " control characters other than tab, carriage return and line feed, and no"
                    + " lone surrogates or noncharacters)",
                (int) ch,
                i));
      }
    }
    return text;
  }

  /**
   * Returns {@code code} when it is a FHIR code: no white space at either end and no white space
   * inside other than single spaces (R4 datatypes, code: {@code [^\s]+(\s[^\s]+)*}, where the
   * validator counts every Unicode space, such as U+00A0, as white space).
   *
   * @throws FhirExportException naming {@code path} otherwise
   */
  static String checkCode(String path, String code) {
    boolean afterSpace = true;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      boolean space = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
      if (space && (ch != ' ' || afterSpace)) {
        throw new FhirExportException(
            path,
            String.format(
                Locale.ROOT,
                "the code '%s' holds U+%04X at index %d; a FHIR code has no white space but single"
                    + " spaces between its words",
                code,
                (int) ch,
                i));
      }
      afterSpace = space;
    }
    if (afterSpace && !code.isEmpty()) {
      throw new FhirExportException(path, "the code '" + code + "' ends with a space, which a FHIR code cannot");
    }
    return code;
  }

  /**
   * A computable name for an id, as FHIR's canonical resources want it ({@code [A-Z][A-Za-z0-9_]*}):
   * the slug's words capitalised and joined, {@code l5-s1-relief} giving {@code L5S1Relief}; a
   * name that would start with a digit starts with {@code prefix}.
   */
  static String computableName(String prefix, String slug) {
    StringBuilder name = new StringBuilder(slug.length());
    boolean upper = true;
    for (int i = 0; i < slug.length(); i++) {
      char ch = slug.charAt(i);
      if (ch == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    if (name.length() == 0 || !(name.charAt(0) >= 'A' && name.charAt(0) <= 'Z')) {
      name.insert(0, prefix);
    }
    return name.toString();
  }

  /** Whether {@code id} can be a FHIR resource id: 1 to 64 of {@code A-Z a-z 0-9 - .}. */
  static boolean isResourceId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
          || ch == '-' || ch == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Escapes text for XHTML. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(ch);
      }
    }
    return out.toString();
  }
}
