package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * The grid to tick off each exercise each day: a row per exercise, a column per day.
 *
 * @param rows the exercises' names, in order, the protocol's text
 * @param days the number of days, 1 or more
 */
public record TrackingGrid(List<String> rows, int days) implements Block {
  /**
   * Checks the grid and copies its rows.
   *
   * @param rows the exercises' names, in order, the protocol's text
   * @param days the number of days, 1 or more
   * @throws NullPointerException if the rows or a row is null
   * @throws IllegalArgumentException if there are no rows or fewer than 1 day
   */
  public TrackingGrid {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows: at least one");
    }
    if (days < 1) {
      throw new IllegalArgumentException("days: must be 1 or more, was " + days);
    }
  }
}
