package dev.regimen.benchmarks;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocols every benchmark runs on: the bundled L5-S1 routine and synthetic protocols of 10,
 * 100, 1 000 and 10 000 entries.
 *
 * <p>A synthetic protocol of {@code n} entries is the L5-S1 routine with its three entries repeated
 * in turn until there are {@code n}; entry {@code i} (from 1) gets the exercise id {@code
 * <template id>-<i>} and the name {@code <template name> <i>}, so that the ids stay unique. The
 * rest (conditions, advisories, recommendations, takeaways, sources) is the routine's, so every
 * contraindication and source id still resolves. Built with the public builders; deterministic.
 */
public final class Corpus {
  /** The benchmark parameter naming the bundled L5-S1 routine. */
  public static final String L5_S1 = "l5-s1";

  /** The sizes of the synthetic protocols, in entries. */
  public static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);

  private Corpus() {}

  /**
   * The protocol a benchmark parameter names.
   *
   * @param name {@value #L5_S1} or a number of entries
   * @return the protocol
   * @throws IllegalArgumentException if the name is neither
   */
  public static Protocol protocol(String name) {
    if (name.equals(L5_S1)) {
      return Catalog.l5s1Relief();
    }
    int n;
    try {
      n = Integer.parseInt(name);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "protocol must be '" + L5_S1 + "' or a number of entries, was '" + name + "'", e);
    }
    return synthetic(n);
  }

  /**
   * A synthetic protocol, as the class description says.
   *
   * @param entries the number of entries, at least 1
   * @return the protocol
   * @throws IllegalArgumentException if {@code entries} is less than 1
   */
  public static Protocol synthetic(int entries) {
    if (entries < 1) {
      throw new IllegalArgumentException("entries must be at least 1, was " + entries);
    }
    Protocol base = Catalog.l5s1Relief();
    List<ProtocolEntry> templates = base.entries();
    List<ProtocolEntry> out = new ArrayList<>(entries);
    for (int i = 1; i <= entries; i++) {
      ProtocolEntry template = templates.get((i - 1) % templates.size());
      Exercise exercise =
          Exercise.builder()
              .from(template.exercise())
              .id(template.exercise().id() + "-" + i)
              .name(template.exercise().name() + " " + i)
              .build();
      out.add(ProtocolEntry.builder().from(template).exercise(exercise).build());
    }
    return Protocol.builder()
        .from(base)
        .id("synthetic-" + entries)
        .name("Synthetic protocol of " + entries + " entries")
        .entries(out)
        .build();
  }
}
