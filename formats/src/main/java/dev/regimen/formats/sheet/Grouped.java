package dev.regimen.formats.sheet;

import dev.regimen.core.safety.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One notice that several exercises share, with the exercises that carry it: a contraindication
 * or a caution in words of a protocol's exercises, or a screening's reason and the entries it
 * concerns. The sheets say each such notice once, naming its exercises, rather than once per
 * exercise.
 *
 * @param <K> the notice
 * @param <I> what carries it: an exercise, an entry's screening
 */
final class Grouped<K, I> {
  private final K key;
  private final List<I> items = new ArrayList<>(4);

  private Grouped(K key) {
    this.key = key;
  }

  /** {@return the notice} */
  K key() {
    return key;
  }

  /** {@return what carries the notice, in the order given, each once} */
  List<I> items() {
    return items;
  }

  /**
   * {@return every notice of the items, each once (by equality) with the items that carry it:
   * those of the strongest severity first, each severity in the order the items and their notices
   * come} Linear in the number of notices: a notice is looked up by its hash, and an item that
   * carries a notice twice is named once (items are visited in order, so a repeat can only be the
   * last one added).
   *
   * @param items what carries the notices, in the order the sheet reads them
   * @param noticesOf an item's notices
   * @param severityOf a notice's severity
   */
  static <K, I> List<Grouped<K, I>> bySeverity(
      List<I> items,
      Function<? super I, ? extends Collection<? extends K>> noticesOf,
      Function<? super K, Severity> severityOf) {
    List<Grouped<K, I>> groups = new ArrayList<>();
    Map<K, Grouped<K, I>> byNotice = new HashMap<>();
    for (Severity severity : SafetyNotices.SEVERITIES) {
      for (I item : items) {
        for (K notice : noticesOf.apply(item)) {
          if (severityOf.apply(notice) != severity) {
            continue;
          }
          Grouped<K, I> group = byNotice.get(notice);
          if (group == null) {
            group = new Grouped<>(notice);
            byNotice.put(notice, group);
            groups.add(group);
          }
          List<I> carriers = group.items;
          if (carriers.isEmpty() || carriers.get(carriers.size() - 1) != item) {
            carriers.add(item);
          }
        }
      }
    }
    return groups;
  }
}
