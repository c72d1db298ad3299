package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/**
 * The pictures of an exercise, shown together: those of the whole exercise, then those of its
 * steps in step order. An output that cannot show a picture leaves it out.
 *
 * @param pictures the pictures, at least one
 */
public record Pictures(List<Picture> pictures) implements Block {
  /**
   * Checks the pictures and copies them.
   *
   * @param pictures the pictures, at least one
   * @throws NullPointerException if the list or a picture is null
   * @throws IllegalArgumentException if there is none
   */
  public Pictures {
    pictures = List.copyOf(Objects.requireNonNull(pictures, "pictures"));
    if (pictures.isEmpty()) {
      throw new IllegalArgumentException("pictures: at least one");
    }
  }
}
