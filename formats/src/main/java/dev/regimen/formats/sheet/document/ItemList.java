package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list, with its label when it has one ("Steps:"), and all its items: the list ends where its
 * last item does.
 *
 * @param kind bulleted, numbered or timed
 * @param label the label that introduces it, with its colon, the sheet's wording
 * @param items its items, at least one
 */
public record ItemList(ListKind kind, Optional<String> label, List<ListItem> items)
    implements Block {
  /**
   * Checks the list and copies its items.
   *
   * @param kind bulleted, numbered or timed
   * @param label the label that introduces it, with its colon, the sheet's wording
   * @param items its items, at least one
   * @throws NullPointerException if an argument or an item is null
   * @throws IllegalArgumentException if there is no item
   */
  public ItemList {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items: a list has at least one item");
    }
  }
}
