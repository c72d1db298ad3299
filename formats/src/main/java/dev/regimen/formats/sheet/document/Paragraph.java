package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph, maybe led by a label of the sheet's own, such as "Starting position".
 *
 * @param label the label without its colon, the sheet's wording; empty for a plain paragraph
 * @param content what it says
 */
public record Paragraph(Optional<String> label, List<Inline> content) implements Block {
  /**
   * Checks the paragraph and copies its content.
   *
   * @param label the label without its colon, the sheet's wording; empty for a plain paragraph
   * @param content what it says
   * @throws NullPointerException if an argument or a piece of content is null
   */
  public Paragraph {
    Objects.requireNonNull(label, "label");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }
}
