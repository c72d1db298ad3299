package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * A section of the sheet under a heading of the sheet's own wording, such as "The exercises"; of
 * kind {@link SectionKind#SAFETY} it is the safety callout.
 *
 * @param heading the heading, the sheet's wording, in sentence case
 * @param kind a general section or the safety callout
 * @param blocks what the section holds, in order; never another section
 */
public record Section(String heading, SectionKind kind, List<Block> blocks) implements Block {
  /**
   * Checks the section and copies its blocks.
   *
   * @param heading the heading, the sheet's wording, in sentence case
   * @param kind a general section or the safety callout
   * @param blocks what the section holds, in order; never another section
   * @throws NullPointerException if an argument or a block is null
   * @throws IllegalArgumentException if a block is a section
   */
  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(kind, "kind");
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    for (Block b : blocks) {
      if (b instanceof Section) {
        throw new IllegalArgumentException("blocks: a section cannot hold a section");
      }
    }
  }

  /** {@return whether this is the safety callout} */
  public boolean isSafety() {
    return kind == SectionKind.SAFETY;
  }
}
