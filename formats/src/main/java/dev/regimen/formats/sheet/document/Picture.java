package dev.regimen.formats.sheet.document;

import dev.regimen.core.media.Media;
import java.util.Objects;

/**
 * A picture of an exercise or of one of its steps.
 *
 * @param media the protocol's media, an image: where it is, its type and its alt text as given
 * @param altText its text alternative, the protocol's text, clean
 * @param caption its caption, the protocol's text, clean; empty when it has none
 * @param step the number of the step it shows, from 1, or 0 for a picture of the whole exercise
 */
public record Picture(Media media, String altText, String caption, int step) {
  /**
   * Checks the picture.
   *
   * @param media the protocol's media, an image: where it is, its type and its alt text as given
   * @param altText its text alternative, the protocol's text, clean
   * @param caption its caption, the protocol's text, clean; empty when it has none
   * @param step the number of the step it shows, from 1, or 0 for a picture of the whole exercise
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the media is not an image, the alt text is empty or the
   *     step is negative
   */
  public Picture {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(altText, "altText");
    Objects.requireNonNull(caption, "caption");
    if (media.kind() != dev.regimen.core.media.MediaKind.IMAGE) {
      throw new IllegalArgumentException("media: must be an image, was " + media.mediaType());
    }
    if (altText.isEmpty()) {
      throw new IllegalArgumentException("altText: must not be empty");
    }
    if (step < 0) {
      throw new IllegalArgumentException("step: must be 0 or more, was " + step);
    }
  }
}
