package dev.regimen.core.catalog;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The protocols that ship with Regimen, ready to screen, plan, print or export.
 *
 * <pre>{@code
 * Protocol relief = Catalog.l5s1Relief();
 * Optional<Protocol> same = Catalog.protocol("l5-s1-relief");
 * }</pre>
 *
 * <p>Every protocol is built once, when this class is first used, and the same immutable instance
 * is returned on every call; the lists are unmodifiable. Safe to use from any thread.
 *
 * <h2>Pictures</h2>
 *
 * <p>The pictures of the bundled exercises ship in this jar. Their media have relative URIs, such
 * as {@code l5-s1-relief/knee-to-chest-stretch.png}; {@link #mediaBytes(URI)} gives the bytes of
 * each, so that a sheet can show them without anything being fetched:
 *
 * <pre>{@code
 * Media drawing = Catalog.l5s1Relief().exercises().get(0).media().get(0);
 * byte[] png = Catalog.mediaBytes(drawing.uri()).orElseThrow();
 * }</pre>
 */
public final class Catalog {
  /** The id of the L5-S1 relief protocol, {@value}. */
  public static final String L5_S1_RELIEF_ID = "l5-s1-relief";

  private static final Protocol L5_S1_RELIEF = L5S1Relief.protocol();

  /** Every protocol of the catalog, in catalog order. */
  private static final List<Protocol> PROTOCOLS = List.of(L5_S1_RELIEF);

  /** The URIs of the bundled media: those of the catalog's exercises and steps, all relative. */
  private static final Set<URI> MEDIA = bundledMedia(PROTOCOLS);

  private Catalog() {}

  /**
   * Returns the L5-S1 (lumbosacral) relief routine: three stretches that may give temporary relief
   * from pain at the joint where the last lumbar vertebra sits on the sacrum, with the four causes
   * of that pain, the safety notices and contraindications, further recommendations, takeaways and
   * the article it comes from.
   *
   * @return the protocol with id {@value #L5_S1_RELIEF_ID}; the same instance on every call
   */
  public static Protocol l5s1Relief() {
    return L5_S1_RELIEF;
  }

  /** {@return every protocol of the catalog, in catalog order; unmodifiable} */
  public static List<Protocol> protocols() {
    return PROTOCOLS;
  }

  /**
   * Finds a protocol of the catalog by its id.
   *
   * @param id the protocol's id, such as {@value #L5_S1_RELIEF_ID}
   * @return the protocol, or empty when the catalog has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<Protocol> protocol(String id) {
    Objects.requireNonNull(id, "id");
    return PROTOCOLS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns every exercise of the catalog's protocols, in protocol and entry order; an exercise
   * that several protocols share is listed once, at its first appearance.
   *
   * @return the exercises; unmodifiable
   */
  public static List<Exercise> exercises() {
    return distinctById(PROTOCOLS, Protocol::exercises, Exercise::id);
  }

  /**
   * Returns every condition (cause of pain) the catalog's protocols address, in protocol order; a
   * condition that several protocols share is listed once, at its first appearance.
   *
   * @return the conditions; unmodifiable
   */
  public static List<Condition> conditions() {
    return distinctById(PROTOCOLS, Protocol::conditions, Condition::id);
  }

  /**
   * Returns the bytes of a picture or video of the catalog's exercises, which ship in this jar.
   * Only the URIs of the catalog's own media have bytes, exactly as their media give them; any
   * other URI, absolute or relative, has none (nothing is fetched, and no other resource of the
   * jar can be reached this way). Each call reads the bytes anew and returns an array of its own.
   *
   * <p>The signature fits {@code dev.regimen.formats.sheet.html.PictureResolver}: {@code
   * HtmlSheet.defaults().withPictures(Catalog::mediaBytes)} shows the bundled pictures.
   *
   * @param uri the media's URI, such as {@code l5-s1-relief/knee-to-chest-stretch.png}
   * @return the bytes, in the media's media type; empty when no media of the catalog has this URI
   * @throws NullPointerException if {@code uri} is null
   * @throws UncheckedIOException if the bundled file cannot be read, which means the jar is broken
   */
  public static Optional<byte[]> mediaBytes(URI uri) {
    Objects.requireNonNull(uri, "uri");
    if (!MEDIA.contains(uri)) {
      return Optional.empty();
    }
    try (InputStream in = Catalog.class.getResourceAsStream(uri.getPath())) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("the bundled media " + uri + " is missing from the jar"));
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled media " + uri + " cannot be read", e);
    }
  }

  private static Set<URI> bundledMedia(List<Protocol> protocols) {
    Set<URI> uris = new LinkedHashSet<>();
    for (Protocol protocol : protocols) {
      for (Exercise exercise : protocol.exercises()) {
        exercise.media().stream().map(Media::uri).forEach(uris::add);
        for (Step step : exercise.steps()) {
          step.media().stream().map(Media::uri).forEach(uris::add);
        }
      }
    }
    for (URI uri : uris) {
      if (uri.isAbsolute() || uri.getPath().startsWith("/") || uri.getPath().contains("..")) {
        throw new IllegalStateException("a bundled media URI must name a file of the jar: " + uri);
      }
    }
    return Set.copyOf(uris);
  }

  private static <T> List<T> distinctById(
      List<Protocol> protocols, Function<Protocol, List<T>> values, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (Protocol protocol : protocols) {
      for (T value : values.apply(protocol)) {
        byId.putIfAbsent(id.apply(value), value);
      }
    }
    return List.copyOf(byId.values());
  }
}
