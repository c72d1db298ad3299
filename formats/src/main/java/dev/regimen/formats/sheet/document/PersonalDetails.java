package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * The details of the person a sheet is for, which the caller gave apart from the protocol (see
 * {@link dev.regimen.formats.sheet.Personalisation}): their name, the date the sheet was given,
 * the clinician, how to reach the clinic, the date of the review; each given one as a {@link
 * Detail}, in that order. It comes first on the sheet, before the first section; outputs show it
 * as the sheet's header, above the safety callout.
 *
 * @param details the details given, in order; at least one
 */
public record PersonalDetails(List<Detail> details) implements Block {
  /**
   * Checks the details and copies them.
   *
   * @param details the details given, in order; at least one
   * @throws NullPointerException if the list or a detail is null
   * @throws IllegalArgumentException if there are no details
   */
  public PersonalDetails {
    details = List.copyOf(Objects.requireNonNull(details, "details"));
    if (details.isEmpty()) {
      throw new IllegalArgumentException("details: at least one");
    }
  }

  /**
   * One detail: what it is, in the sheet's wording, and what the caller gave.
   *
   * @param label what it is, such as "Patient" or "Review date", the sheet's wording without a
   *     colon
   * @param value what the caller gave, clean, of {@link Origin#CALLER}; a date written for a
   *     reader, such as "2 December 2026"
   */
  public record Detail(String label, Text value) {
    /**
     * Checks the detail.
     *
     * @param label what it is, the sheet's wording without a colon
     * @param value what the caller gave, clean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the label is empty
     */
    public Detail {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      if (label.isEmpty()) {
        throw new IllegalArgumentException("label: must not be empty");
      }
    }
  }
}
