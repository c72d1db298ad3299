package dev.regimen.core.media;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A picture or video of an exercise or of one of its steps: where it is (a URI), what it is (a
 * media type such as {@code image/svg+xml}), what it shows ({@linkplain #role() role}) and, always,
 * a text alternative for people who cannot see it. Immutable and thread-safe.
 *
 * <p>The URI is absolute ({@code https:} or {@code http:}) or relative, such as {@code
 * Air_Bike/0.jpg}; a relative URI is resolved against a base that whoever renders the media
 * supplies (a folder, a web address, a class-path root). Nothing here fetches anything.
 *
 * <p>Rules: the URI not empty, either relative (no scheme, not starting with {@code //}) or with
 * the scheme {@code http} or {@code https}; the media type {@code image/<subtype>} or {@code
 * video/<subtype>}, lowercase; the alt text not blank; the caption, when given, not blank.
 */
@Value.Immutable
public abstract class Media {
  /** The rule of a media type. */
  public static final String MEDIA_TYPE_RULE =
      "must be image/<subtype> or video/<subtype> in lowercase, such as 'image/jpeg' or"
          + " 'image/svg+xml'";

  Media() {}

  /** {@return where the media is: an absolute http(s) URI or a relative one} */
  public abstract URI uri();

  /** {@return the media type, such as {@code image/jpeg}} */
  public abstract String mediaType();

  /**
   * {@return the text alternative: what the media shows, for people who cannot see it, such as
   * "A person sitting on the edge of a chair, one leg stretched out, reaching for the toes"}
   */
  public abstract String altText();

  /** {@return what the media shows of the exercise} */
  public abstract MediaRole role();

  /** {@return a caption to print under the media, when there is one} */
  public abstract Optional<String> caption();

  /** {@return a picture or a video, from the media type} */
  public MediaKind kind() {
    return mediaType().startsWith("video/") ? MediaKind.VIDEO : MediaKind.IMAGE;
  }

  /**
   * A picture.
   *
   * @param uri where it is, absolute (http or https) or relative
   * @param mediaType such as {@code image/png}
   * @param altText what it shows, not blank
   * @param role what it shows of the exercise
   * @return the media
   * @throws ValidationException if a rule is broken
   * @throws NullPointerException if an argument is null
   */
  public static Media image(URI uri, String mediaType, String altText, MediaRole role) {
    return builder().uri(uri).mediaType(mediaType).altText(altText).role(role).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Builds a {@link Media}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableMedia.Builder {
    Builder() {}
  }

  /** {@return whether {@code type} is a media type this model accepts} */
  static boolean isMediaType(String type) {
    int slash = type.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String top = type.substring(0, slash);
    if (!top.equals("image") && !top.equals("video")) {
      return false;
    }
    int n = type.length();
    if (slash + 1 == n) {
      return false;
    }
    for (int i = slash + 1; i < n; i++) {
      char ch = type.charAt(i);
      boolean ok =
          (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '+'
              || ch == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("media");
    URI uri = uri();
    String text = uri.toString();
    if (text.isEmpty()) {
      c.fail("uri", "must not be empty");
    } else if (uri.getScheme() != null) {
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      c.require(
          scheme.equals("https") || scheme.equals("http"),
          "uri",
          "must be relative or use http or https, was '" + Checks.abbreviate(text) + "'");
    } else {
      c.require(
          !text.startsWith("//"),
          "uri",
          "must be relative or use http or https; a reference starting with '//' names a host");
    }
    if (!isMediaType(mediaType())) {
      c.fail("mediaType", MEDIA_TYPE_RULE + ", was '" + Checks.abbreviate(mediaType()) + "'");
    }
    c.notBlank("altText", altText());
    caption().ifPresent(v -> c.notBlank("caption", v));
    c.throwIfAny();
  }
}
