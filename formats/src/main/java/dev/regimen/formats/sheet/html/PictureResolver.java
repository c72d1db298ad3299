package dev.regimen.formats.sheet.html;

import dev.regimen.core.catalog.Catalog;
import java.net.URI;
import java.util.Optional;

/**
 * Turns the URI of a picture into its bytes, for {@link HtmlSheet} to embed in the page. Supplied
 * by the caller, who knows where pictures are kept (a folder, a class-path root, a database):
 * the sheet itself never fetches anything. Implementations used by a shared {@link HtmlSheet} must
 * be thread-safe.
 *
 * <pre>{@code
 * String page =
 *     HtmlSheet.defaults().withPictures(PictureResolver.bundled()).render(Catalog.l5s1Relief());
 * }</pre>
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

  /**
   * {@return the resolver of the pictures that ship with Regimen}: those of the {@linkplain Catalog
   * bundled protocols}, from the core's jar ({@link Catalog#mediaBytes(URI)}). Every other URI,
   * relative or absolute, has no picture. Thread-safe.
   */
  static PictureResolver bundled() {
    return Catalog::mediaBytes;
  }
}
