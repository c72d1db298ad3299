package dev.regimen.formats.sheet.document;

/** How the items of an {@link ItemList} are marked. */
public enum ListKind {
  /** With bullets, in no particular order. */
  BULLETED,
  /** Numbered from 1, in order: steps, recommendations, sources. */
  NUMBERED,
  /** Each with the time it starts at: the lines of a timer script. */
  TIMED
}
