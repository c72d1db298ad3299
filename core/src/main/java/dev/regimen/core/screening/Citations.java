package dev.regimen.core.screening;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sources a safety value cites: its own source ids, then those of its quotes that it does not
 * already name, each once, in that order.
 */
final class Citations {
  private Citations() {}

  static List<String> of(Contraindication contraindication) {
    return merge(contraindication.sourceIds(), contraindication.quote().stream().toList());
  }

  static List<String> of(Advisory advisory) {
    return merge(advisory.sourceIds(), advisory.quotes());
  }

  private static List<String> merge(List<String> sourceIds, List<Quote> quotes) {
    Set<String> ids = new LinkedHashSet<>(sourceIds);
    for (Quote quote : quotes) {
      quote.sourceId().ifPresent(ids::add);
    }
    return List.copyOf(ids);
  }

  /**
   * Resolves source ids against a protocol. A valid protocol resolves every id its values cite.
   */
  static List<Source> resolve(Protocol protocol, List<String> ids) {
    return resolve(protocol, null, ids);
  }

  /**
   * Resolves source ids cited inside an exercise: against the exercise's own sources first, then
   * the protocol's. A valid protocol resolves every id its values cite.
   */
  static List<Source> resolve(Protocol protocol, Exercise exercise, List<String> ids) {
    List<Source> sources = new ArrayList<>();
    for (String id : ids) {
      Optional<Source> source =
          exercise == null
              ? Optional.empty()
              : exercise.sources().stream().filter(s -> s.id().equals(id)).findFirst();
      source.or(() -> protocol.source(id)).ifPresent(sources::add);
    }
    return List.copyOf(sources);
  }

  /** Records a violation unless {@code sources} are exactly the {@code cited} ones, in order. */
  static void requireExactly(Checks c, List<Source> sources, List<String> cited) {
    List<String> ids = sources.stream().map(Source::id).collect(Collectors.toList());
    if (!ids.equals(cited)) {
      c.fail("sources", "must be the sources cited, " + cited + " in that order, was " + ids);
    }
  }
}
