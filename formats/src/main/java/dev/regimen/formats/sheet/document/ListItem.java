package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * An item of an {@link ItemList}.
 *
 * @param marker the item's number in a numbered list ("3"), its time in a timed list ("1:05"),
 *     empty in a bulleted list; the sheet's wording
 * @param content what it says
 */
public record ListItem(String marker, List<Inline> content) {
  /**
   * Checks the item and copies its content.
   *
   * @param marker the item's number in a numbered list ("3"), its time in a timed list ("1:05"), empty in a bulleted list; the sheet's wording
   * @param content what it says
   * @throws NullPointerException if an argument or a piece of content is null
   */
  public ListItem {
    Objects.requireNonNull(marker, "marker");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }
}
