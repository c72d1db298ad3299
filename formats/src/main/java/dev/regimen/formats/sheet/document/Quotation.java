package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * A quotation set apart, with its speaker: an expert's words about an exercise.
 *
 * @param content the quotation as the sheet words it
 */
public record Quotation(List<Inline> content) implements Block {
  /**
   * Checks the quotation and copies its content.
   *
   * @param content the quotation as the sheet words it
   * @throws NullPointerException if {@code content} or a piece of it is null
   */
  public Quotation {
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }
}
