package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * The grid to tick off each exercise each day: a row per exercise, a column per day; and, when
 * asked, a last row to write the day's pain score in, from 0 to 10.
 *
 * @param rows the exercises' names, in order, the protocol's text
 * @param days the number of days, 1 or more
 * @param painScore whether the grid ends with a row for the pain score, labelled {@link
 *     #PAIN_SCORE} in English
 */
public record TrackingGrid(List<String> rows, int days, boolean painScore) implements Block {
  /**
   * The label of the pain score's row in English; every output words it in the document's {@link
   * SheetDocument#wordingLanguage() wording language} ("Dolor (0–10)" in Spanish).
   */
  public static final String PAIN_SCORE = "Pain (0\u201310)";

  /**
   * Checks the grid and copies its rows.
   *
   * @param rows the exercises' names, in order, the protocol's text
   * @param days the number of days, 1 or more
   * @param painScore whether the grid ends with a row for the pain score
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

  /**
   * A grid without the pain score's row.
   *
   * @param rows the exercises' names, in order, the protocol's text
   * @param days the number of days, 1 or more
   * @throws NullPointerException if the rows or a row is null
   * @throws IllegalArgumentException if there are no rows or fewer than 1 day
   */
  public TrackingGrid(List<String> rows, int days) {
    this(rows, days, false);
  }
}
