package dev.regimen.formats.sheet.document;

/** What a {@link Section} is. */
public enum SectionKind {
  /** A section like any other. */
  GENERAL,
  /**
   * The safety callout: the notices a reader must see before anything else; every output makes
   * it stand out from the rest of the sheet.
   */
  SAFETY
}
