package dev.regimen.formats.sheet.document;

/** What a {@link SheetDocument} is the sheet of. */
public enum SheetKind {
  /** A protocol's handout. */
  PROTOCOL,
  /** A screening report's sheet: "Before you start", then the personalised protocol. */
  SCREENING,
  /** A session plan's timer script. */
  SESSION_PLAN
}
