package dev.regimen.core.exercise;

/** What is known of the equipment an exercise needs. */
public enum EquipmentStatus {
  /** The exercise lists what it needs ({@link Exercise#equipment()}). */
  LISTED,
  /** The exercise needs no equipment at all ({@link Exercise#needsNoEquipment()}). */
  NONE_NEEDED,
  /** Nothing is known: the source does not say. */
  NOT_STATED
}
