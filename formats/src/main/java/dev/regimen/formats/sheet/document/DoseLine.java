package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * A line of an exercise's dose in plain words: how much, how often or how hard. Outputs set the
 * dose so that it stands out (bold in HTML).
 *
 * @param label the label without its colon, the sheet's wording, such as "How much"
 * @param content the dose in words
 */
public record DoseLine(String label, List<Inline> content) implements Block {
  /**
   * Checks the line and copies its content.
   *
   * @param label the label without its colon, the sheet's wording, such as "How much"
   * @param content the dose in words
   * @throws NullPointerException if an argument or a piece of content is null
   */
  public DoseLine {
    Objects.requireNonNull(label, "label");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }
}
