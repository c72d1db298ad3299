package dev.regimen.core.catalog;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class Catalog {
  /** The id of the L5-S1 relief protocol, {@value}. */
  public static final String L5_S1_RELIEF_ID = "l5-s1-relief";

  private static final Protocol L5_S1_RELIEF = L5S1Relief.protocol();

  /** Every protocol of the catalog, in catalog order. */
  private static final List<Protocol> PROTOCOLS = List.of(L5_S1_RELIEF);

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
