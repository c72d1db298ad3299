package dev.regimen.formats.sheet.document;

/** How a piece of inline text is set. */
public enum Style {
  /** As the text around it. */
  PLAIN,
  /** Emphasised: bold in print. */
  STRONG,
  /** Kept on one line where that can be helped, such as a person's name. */
  UNBROKEN
}
