package dev.regimen.fhir;

import java.util.Objects;

/**
 * Something of a foreign FHIR resource that an import could not carry over as it was: dropped, or
 * filled in because Regimen requires it. Immutable and thread-safe.
 */
public final class ImportNote {
  private final String location;
  private final String note;

  ImportNote(String location, String note) {
    this.location = Objects.requireNonNull(location, "location");
    this.note = Objects.requireNonNull(note, "note");
  }

  /** {@return where in the FHIR content, such as {@code PlanDefinition.action[0].condition[1]}} */
  public String location() {
    return location;
  }

  /** {@return what happened to it and why, in a sentence} */
  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportNote
        && ((ImportNote) other).location.equals(location)
        && ((ImportNote) other).note.equals(note);
  }

  @Override
  public int hashCode() {
    return location.hashCode() * 31 + note.hashCode();
  }

  /** {@return the location and the note, such as {@code PlanDefinition.topic[0]: dropped: ...}} */
  @Override
  public String toString() {
    return location + ": " + note;
  }
}
