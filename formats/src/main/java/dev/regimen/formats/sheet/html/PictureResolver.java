package dev.regimen.formats.sheet.html;

import java.net.URI;
import java.util.Optional;

/**
 * Turns the URI of a picture into its bytes, for {@link HtmlSheet} to embed in the page. Supplied
 * by the caller, who knows where pictures are kept (a folder, a class-path root, a database):
 * the sheet itself never fetches anything. Implementations used by a shared {@link HtmlSheet} must
 * be thread-safe.
 */
@FunctionalInterface
public interface PictureResolver {
  /**
   * Looks a picture up.
   *
   * @param uri the picture's URI as the protocol gives it, absolute or relative
   * @return its bytes, in the media type the protocol gives; empty when there is no such picture,
   *     which leaves it out of the sheet
   */
  Optional<byte[]> resolve(URI uri);
}
