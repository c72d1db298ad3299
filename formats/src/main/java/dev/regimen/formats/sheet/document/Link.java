package dev.regimen.formats.sheet.document;

import java.net.URI;
import java.util.Objects;

/**
 * A link from the protocol, such as a source's web address. Outputs decide which schemes they
 * make clickable; the address is shown either way.
 *
 * @param uri the address
 */
public record Link(URI uri) implements Inline {
  /**
   * Checks the link.
   *
   * @param uri the address
   * @throws NullPointerException if {@code uri} is null
   */
  public Link {
    Objects.requireNonNull(uri, "uri");
  }
}
