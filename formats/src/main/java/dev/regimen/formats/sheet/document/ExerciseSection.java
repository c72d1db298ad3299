package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * One exercise of the sheet, numbered, with everything said about it: outputs keep it together
 * where they can (on one page in print).
 *
 * @param number its number on the sheet, from 1
 * @param name its name, the protocol's text
 * @param blocks what is said about it, in order; never a section or another exercise
 */
public record ExerciseSection(int number, String name, List<Block> blocks) implements Block {
  /**
   * Checks the exercise and copies its blocks.
   *
   * @param number its number on the sheet, from 1
   * @param name its name, the protocol's text
   * @param blocks what is said about it, in order; never a section or another exercise
   * @throws NullPointerException if an argument or a block is null
   * @throws IllegalArgumentException if the number is below 1, or a block is a section or an
   *     exercise
   */
  public ExerciseSection {
    Objects.requireNonNull(name, "name");
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    if (number < 1) {
      throw new IllegalArgumentException("number: must be 1 or more, was " + number);
    }
    for (Block b : blocks) {
      if (b instanceof Section || b instanceof ExerciseSection) {
        throw new IllegalArgumentException("blocks: an exercise cannot hold a section or an exercise");
      }
    }
  }
}
