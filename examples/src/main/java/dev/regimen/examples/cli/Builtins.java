package dev.regimen.examples.cli;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bundled protocols as the command names them: their catalog ids and short aliases. */
final class Builtins {
  /** Short names for catalog ids: {@code l5-s1} for {@code l5-s1-relief}. */
  private static final Map<String, String> ALIASES = Map.of("l5-s1", Catalog.L5_S1_RELIEF_ID);

  /** The protocol printed when no input is named. */
  static final String DEFAULT = "l5-s1";

  private Builtins() {}

  /**
   * Finds a bundled protocol by its catalog id or its alias.
   *
   * @param name an id such as {@code l5-s1-relief} or an alias such as {@code l5-s1}
   * @return the protocol, or empty
   */
  static Optional<Protocol> find(String name) {
    return Catalog.protocol(ALIASES.getOrDefault(name, name));
  }

  /** {@return the aliases of a catalog id, such as [l5-s1]} */
  static List<String> aliases(String id) {
    return ALIASES.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .sorted()
        .collect(Collectors.toList());
  }

  /** {@return every name {@link #find(String)} accepts: each alias, then each id} */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Protocol p : Catalog.protocols()) {
      names.addAll(aliases(p.id()));
      names.add(p.id());
    }
    return names;
  }

  /** The names offered in help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
