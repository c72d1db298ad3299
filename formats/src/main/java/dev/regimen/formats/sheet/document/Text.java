package dev.regimen.formats.sheet.document;

import java.util.Objects;

/**
 * A run of text, all of one origin and one style.
 *
 * @param text the text, not empty; protocol text is already clean
 * @param origin whose wording it is
 * @param style how it is set
 */
public record Text(String text, Origin origin, Style style) implements Inline {
  /**
   * Checks the run.
   *
   * @param text the text, not empty; protocol text is already clean
   * @param origin whose wording it is
   * @param style how it is set
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is empty
   */
  public Text {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(style, "style");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text: must not be empty");
    }
  }
}
