package dev.regimen.formats.sheet.document;

/** How a piece of inline text is set. */
public enum Style {
  /** As the text around it. */
  PLAIN,
  /** Emphasised: bold in print. */
  STRONG,
  /** Kept on one line where that can be helped, such as a person's name. */
  UNBROKEN,
  /**
   * In quotation marks, which the output chooses (“…” or, in ASCII-only output, "…"): an
   * expert's words, or the name of a part of the sheet referred to.
   */
  QUOTED
}
