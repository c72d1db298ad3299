package dev.regimen.formats.sheet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The plural category of a number in a language, by the CLDR plural rules (version 42 and later)
 * for the languages sheets are worded in. Each language says which variant of a message a number
 * takes: "1 second", "2 seconds". Stateless.
 *
 * <p>The rules, in CLDR's operands ({@code n} the absolute value, {@code i} its integer digits,
 * {@code v} the number of visible fraction digits):
 *
 * <ul>
 *   <li>English ({@code en}): {@link #ONE} when {@code i = 1 and v = 0} (1, but not 1.0); {@link
 *       #OTHER} for everything else (0, 2, 1.0, 1.5).
 *   <li>Spanish ({@code es}): {@link #ONE} when {@code n = 1} (1 and 1.0); {@link #MANY} when
 *       {@code e = 0 and i != 0 and i % 1000000 = 0 and v = 0}, a whole number of millions ("un
 *       millón de segundos"); {@link #OTHER} for everything else (0, 2, 1.5, 1000001). The compact
 *       exponent {@code e} is always 0 here: sheets write numbers in digits.
 * </ul>
 *
 * <p>A message that has no {@code many} variant uses its {@code other} one.
 */
enum Plural {
  /** The singular: "1 second", "1 segundo". */
  ONE,
  /** Spanish whole millions: "1000000 de segundos". */
  MANY,
  /** Every other number: "0 seconds", "2 seconds", "1.5 seconds". */
  OTHER;

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** {@return the suffix of the message variant: {@code one}, {@code many} or {@code other}} */
  String key() {
    return switch (this) {
      case ONE -> "one";
      case MANY -> "many";
      case OTHER -> "other";
    };
  }

  /**
   * The category of a whole number.
   *
   * @param language {@code en} or {@code es}
   * @param n the number
   * @return its category
   * @throws IllegalArgumentException if the language is neither
   */
  static Plural of(String language, long n) {
    return of(language, BigDecimal.valueOf(n));
  }

  /**
   * The category of a decimal number as written, its visible fraction digits counted: {@code 1.0}
   * is not {@code 1} in English.
   *
   * @param language {@code en} or {@code es}
   * @param n the number, with the scale it is written with
   * @return its category
   * @throws IllegalArgumentException if the language is neither
   */
  static Plural of(String language, BigDecimal n) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(n, "n");
    BigDecimal abs = n.abs();
    int v = Math.max(0, abs.scale());
    BigDecimal i = abs.setScale(0, java.math.RoundingMode.DOWN);
    switch (language) {
      case "en":
        return i.compareTo(BigDecimal.ONE) == 0 && v == 0 ? ONE : OTHER;
      case "es":
        if (abs.compareTo(BigDecimal.ONE) == 0) {
          return ONE;
        }
        if (v == 0 && i.signum() != 0 && i.remainder(MILLION).signum() == 0) {
          return MANY;
        }
        return OTHER;
      default:
        throw new IllegalArgumentException(
            "no plural rules for '" + language + "': sheets are worded in " + SheetWording.LANGUAGES);
    }
  }
}
