package dev.regimen.formats.sheet.document;

import java.util.Objects;

/**
 * A heading inside a section, such as "Exercises to avoid or take care with".
 *
 * @param text the heading, the sheet's wording, in sentence case
 */
public record Subheading(String text) implements Block {
  /**
   * Checks the heading.
   *
   * @param text the heading, the sheet's wording, in sentence case
   * @throws NullPointerException if {@code text} is null
   */
  public Subheading {
    Objects.requireNonNull(text, "text");
  }
}
