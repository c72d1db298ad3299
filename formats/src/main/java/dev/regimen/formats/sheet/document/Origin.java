package dev.regimen.formats.sheet.document;

/** Where a piece of a sheet's text comes from. */
public enum Origin {
  /** The sheet's own wording, such as "How much" or "Safety first: read this before you start". */
  SHEET,
  /** Text from the protocol (or the report or plan), such as an exercise's name or a step. */
  PROTOCOL,
  /**
   * Text the caller gave about the one person the sheet is for, apart from the protocol, such as
   * the patient's name or the date of the review (see {@link PersonalDetails}); clean, like the
   * protocol's text.
   */
  CALLER
}
