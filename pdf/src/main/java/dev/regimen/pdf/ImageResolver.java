package dev.regimen.pdf;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the address of a picture in a handout (an {@code img} element's {@code src}) into the
 * picture's bytes. The renderer reads pictures through this alone: it never opens a URL, a file or
 * a class-path resource by itself, so a handout whose pictures are named by {@code https:}
 * addresses is rendered without a network connection, from whatever the resolver returns.
 *
 * <p>A resolver is given the address exactly as the handout writes it, relative ({@code
 * pictures/knee-to-chest.png}) or absolute ({@code https://clinic.example/p/1.png}, {@code
 * urn:regimen:media:3}), never resolved against anything. {@code data:} addresses are decoded by
 * the renderer and do not reach a resolver.
 *
 * <p>A picture may be PNG, JPEG or GIF, of at most {@value PdfHandout#MAX_IMAGE_BYTES} bytes.
 * When a resolver has no picture for an address the handout is not rendered: {@link PdfHandout}
 * throws a {@link PdfHandoutException} naming the address (a handout that silently lost a picture
 * is worse than none).
 *
 * <p>Implementations must be safe to call from several threads at once if the same options are
 * used by several renders at once; the resolvers made here are.
 */
@FunctionalInterface
public interface ImageResolver {
  /**
   * Finds the bytes of the picture at an address.
   *
   * @param uri the address, as the handout writes it
   * @return the picture's bytes, or empty when there is no picture at that address
   * @throws IOException if the picture exists but cannot be read
   */
  Optional<byte[]> resolve(String uri) throws IOException;

  /**
   * {@return a resolver that has no picture at all}: the default, for handouts without pictures
   * (a handout with an {@code img} then fails to render, naming the picture)
   */
  static ImageResolver none() {
    return NoImages.INSTANCE;
  }

  /**
   * Returns a resolver that looks pictures up by their address in a map, as written in the
   * handout. The map and the arrays are copied: changing them later changes nothing.
   *
   * @param images the pictures by address
   * @return a resolver over a copy of {@code images}
   * @throws NullPointerException if {@code images}, one of its keys or one of its values is null
   */
  static ImageResolver of(Map<String, byte[]> images) {
    Objects.requireNonNull(images, "images");
    Map<String, byte[]> copy = new LinkedHashMap<>();
    images.forEach(
        (uri, bytes) ->
            copy.put(
                Objects.requireNonNull(uri, "images: an address"),
                Objects.requireNonNull(bytes, () -> "images: the picture at " + uri).clone()));
    return uri -> Optional.ofNullable(copy.get(uri)).map(byte[]::clone);
  }

  /**
   * Returns a resolver that reads the pictures at relative addresses from files under a directory:
   * {@code pictures/knee.png} is {@code root/pictures/knee.png}. Percent escapes are decoded
   * ({@code my%20picture.png}). An address that is absolute (it has a scheme, as {@code https:} or
   * {@code file:}, or starts with {@code /}), has a query or a fragment, or leads out of the
   * directory (through {@code ..} or a symbolic link) has no picture.
   *
   * @param root the directory the pictures are in
   * @return a resolver reading files under {@code root}
   * @throws NullPointerException if {@code root} is null
   */
  static ImageResolver directory(Path root) {
    Objects.requireNonNull(root, "root");
    Path base = root.toAbsolutePath().normalize();
    return uri -> {
      URI parsed;
      try {
        parsed = new URI(uri);
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
      String path = parsed.getPath();
      if (parsed.isAbsolute()
          || parsed.getRawAuthority() != null
          || parsed.getRawQuery() != null
          || parsed.getRawFragment() != null
          || path == null
          || path.isEmpty()
          || path.startsWith("/")) {
        return Optional.empty();
      }
      Path file = base.resolve(path).normalize();
      if (!file.startsWith(base) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        if (!file.toRealPath().startsWith(base.toRealPath())) {
          return Optional.empty();
        }
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
      if (Files.size(file) > PdfHandout.MAX_IMAGE_BYTES) {
        throw new IOException(
            file + " is larger than " + PdfHandout.MAX_IMAGE_BYTES + " bytes, the most a picture may be");
      }
      return Optional.of(Files.readAllBytes(file));
    };
  }
}
