package dev.regimen.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.swing.NaiveUserAgent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Everything the renderer loads passes here, and only pictures get through, from the caller's
 * {@link ImageResolver} (or a {@code data:} address). One gate serves one render.
 *
 * <p>It is three things to openhtmltopdf: the URI resolver, which turns every address the handout
 * names, relative or absolute, into one of this gate's own ({@value #SCHEME}{@code :} and the
 * address, encoded), so nothing is resolved against a base or left pointing elsewhere; the access
 * controller, before and after resolving, which lets through pictures at this gate's own addresses
 * and nothing else (no stylesheet, font, embedded file, PDF or SVG document); and the stream
 * factory for this gate's addresses, which asks the resolver. The builder's stream factories for
 * {@code http}, {@code https}, {@code file}, {@code jar}, {@code ftp}, {@code classpath} and {@code
 * data} are this gate too, and refuse: had an address escaped the resolver, it would still not be
 * fetched.
 *
 * <p>What was refused or missing is kept, and {@link #problems()} says it in words once the render
 * is over; the render then fails as a whole.
 */
final class ResourceGate implements FSUriResolver, FSStreamFactory {
  /** The scheme of the gate's own addresses. */
  static final String SCHEME = "regimen-resource";

  private static final String PREFIX = SCHEME + ":";

  /** The schemes whose stream factory is replaced by one that refuses. */
  static final List<String> REFUSED_SCHEMES =
      List.of("http", "https", "file", "jar", "ftp", "classpath", "data");

  private final ImageResolver images;
  private final Set<String> problems = new LinkedHashSet<>();
  private final List<String> asked = new ArrayList<>();

  ResourceGate(ImageResolver images) {
    this.images = images;
  }

  /** {@return the addresses the renderer asked for pictures, in order, as the handout wrote them} */
  List<String> asked() {
    return List.copyOf(asked);
  }

  /** {@return what was refused or could not be had, in words, in the order it happened} */
  List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public String resolveURI(String baseUri, String uri) {
    if (uri == null || uri.isEmpty()) {
      return null;
    }
    if (uri.startsWith(PREFIX)) {
      return uri;
    }
    return PREFIX + URLEncoder.encode(uri, StandardCharsets.UTF_8);
  }

  /** The access controller that runs before the address is resolved. */
  BiPredicate<String, ExternalResourceType> beforeResolving() {
    return (uri, type) -> allowed(original(uri), type);
  }

  /** The access controller that runs after the address is resolved: only the gate's own. */
  BiPredicate<String, ExternalResourceType> afterResolving() {
    return (uri, type) -> {
      if (uri == null || !uri.startsWith(PREFIX)) {
        problems.add("the handout refers to '" + XhtmlInput.shorten(String.valueOf(uri)) + "', which was not loaded");
        return false;
      }
      return allowed(original(uri), type);
    };
  }

  private boolean allowed(String uri, ExternalResourceType type) {
    if (type == ExternalResourceType.IMAGE_RASTER) {
      return true;
    }
    problems.add(
        "the handout refers to "
            + what(type)
            + " at '"
            + XhtmlInput.shorten(String.valueOf(uri))
            + "', which a handout may not load: put it into the XHTML"
            + (type == ExternalResourceType.CSS ? " (a style element)" : "")
            + (type == ExternalResourceType.PDF || type == ExternalResourceType.XML_SVG
                    || type == ExternalResourceType.SVG_BINARY
                ? " as a PNG, JPEG or GIF picture"
                : ""));
    return false;
  }

  private static String what(ExternalResourceType type) {
    if (type == null) {
      return "a resource";
    }
    switch (type) {
      case CSS:
        return "a stylesheet";
      case FONT:
        return "a font";
      case FILE_EMBED:
        return "a file to embed";
      case PDF:
        return "a PDF document";
      case XML_SVG:
      case SVG_BINARY:
        return "an SVG picture";
      case XML_XHTML:
        return "an XHTML document";
      default:
        return "a resource";
    }
  }

  @Override
  public FSStream getUrl(String uri) {
    if (uri == null || !uri.startsWith(PREFIX)) {
      problems.add(
          "the handout refers to '" + XhtmlInput.shorten(String.valueOf(uri)) + "', which was not loaded");
      return new Stream(null);
    }
    String original = original(uri);
    asked.add(original);
    return new Stream(picture(original));
  }

  private byte[] picture(String uri) {
    byte[] bytes;
    if (uri.regionMatches(true, 0, "data:", 0, 5)) {
      if (!uri.contains(";base64,")) {
        problems.add("the picture '" + XhtmlInput.shorten(uri) + "' is a data: address without base64");
        return null;
      }
      try {
        bytes = NaiveUserAgent.getEmbeddedBase64Image(uri);
      } catch (IllegalArgumentException e) {
        bytes = null;
      }
      if (bytes == null) {
        problems.add("the picture '" + XhtmlInput.shorten(uri) + "' is a data: address whose base64 is broken");
        return null;
      }
    } else {
      Optional<byte[]> found;
      try {
        found = images.resolve(uri);
      } catch (IOException | UncheckedIOException e) {
        problems.add("the picture '" + XhtmlInput.shorten(uri) + "' could not be read: " + e.getMessage());
        return null;
      } catch (RuntimeException e) {
        problems.add(
            "the image resolver failed for the picture '" + XhtmlInput.shorten(uri) + "': " + e);
        return null;
      }
      if (found == null || found.isEmpty()) {
        problems.add(
            "the picture '"
                + XhtmlInput.shorten(uri)
                + "' is not there: the image resolver has no picture at that address");
        return null;
      }
      bytes = found.get();
    }
    if (bytes.length > PdfHandout.MAX_IMAGE_BYTES) {
      problems.add(
          "the picture '"
              + XhtmlInput.shorten(uri)
              + "' has "
              + bytes.length
              + " bytes, more than the "
              + PdfHandout.MAX_IMAGE_BYTES
              + " a picture may have");
      return null;
    }
    Optional<String> format = format(bytes);
    if (format.isEmpty()) {
      problems.add(
          "the picture '" + XhtmlInput.shorten(uri) + "' is not a PNG, JPEG or GIF image");
      return null;
    }
    return bytes;
  }

  /** {@return the format of a picture from its first bytes, when it is one the PDF can embed} */
  static Optional<String> format(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("PNG");
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG");
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static String original(String uri) {
    if (uri != null && uri.startsWith(PREFIX)) {
      return URLDecoder.decode(uri.substring(PREFIX.length()), StandardCharsets.UTF_8);
    }
    return uri;
  }

  /** The stream factory for every scheme that must never be fetched. */
  FSStreamFactory refusing() {
    return uri -> {
      problems.add(
          "the handout refers to '"
              + XhtmlInput.shorten(String.valueOf(uri))
              + "', which was not fetched: a handout loads nothing from "
              + scheme(uri));
      return new Stream(null);
    };
  }

  private static String scheme(String uri) {
    int colon = uri == null ? -1 : uri.indexOf(':');
    return colon > 0 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) + ": addresses" : "elsewhere";
  }

  /** A picture's bytes, or nothing (openhtmltopdf then leaves the picture out). */
  private static final class Stream implements FSStream {
    private final byte[] bytes;

    Stream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public InputStream getStream() {
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getReader() {
      return bytes == null
          ? null
          : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
  }
}
