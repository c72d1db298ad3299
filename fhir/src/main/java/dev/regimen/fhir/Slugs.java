package dev.regimen.fhir;

import java.text.Normalizer;
import java.util.Locale;

/** Regimen ids (lowercase slugs such as {@code knee-to-chest}) for foreign content that has none. */
final class Slugs {
  private Slugs() {}

  /** The rule of a Regimen id. */
  static final String RULE =
      "a Regimen id is a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest')";

  static boolean isSlug(String value) {
    if (value.isEmpty() || value.startsWith("-") || value.endsWith("-") || value.contains("--")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A slug from any text: accents dropped, lowercase, other characters as single hyphens. */
  static String of(String text, String fallback) {
    if (text == null) {
      return fallback;
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < plain.length(); i++) {
      char ch = plain.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(ch);
        hyphen = false;
      } else if (Character.getType(ch) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    return slug.length() == 0 ? fallback : slug.toString();
  }
}
