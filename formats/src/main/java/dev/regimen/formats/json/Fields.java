package dev.regimen.formats.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The property names of one JSON object of the format, in the order the writer writes them. A
 * reader marks each name it sees with the bit of its position, which finds duplicates and missing
 * required properties without allocating. Immutable and thread-safe.
 */
final class Fields {
  private final List<String> names;
  private final String[] array;
  private final Map<String, Integer> index;
  private final String expected;

  private Fields(List<String> names) {
    if (names.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most 32 properties, got " + names.size());
    }
    this.names = List.copyOf(names);
    this.array = names.stream().map(String::intern).toArray(String[]::new);
    this.index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (index.put(names.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate property name " + names.get(i));
      }
    }
    this.expected = "one of " + String.join(", ", names);
  }

  /**
   * The names of an object, in writing order.
   *
   * @param names the names
   * @return the fields
   */
  static Fields of(String... names) {
    return new Fields(List.of(names));
  }

  /** {@return the names, in writing order} */
  List<String> names() {
    return names;
  }

  /**
   * {@return the bit of {@code name}, or 0 when it is not one of these names}
   *
   * <p>The names are string literals, so interned; {@link RegimenJson}'s parsers intern property
   * names too, which makes the identity comparison the common case. Names from other parsers
   * (such as those of a user's mapper) are found through the map.
   */
  int bit(String name) {
    for (int i = 0; i < array.length; i++) {
      if (array[i] == name) {
        return 1 << i;
      }
    }
    Integer i = index.get(name);
    return i == null ? 0 : 1 << i;
  }

  /**
   * The bits of some names, for a required-properties mask.
   *
   * @param required names of this object
   * @return the union of their bits
   */
  int mask(String... required) {
    int mask = 0;
    for (String name : required) {
      int bit = bit(name);
      if (bit == 0) {
        throw new IllegalArgumentException("not a property: " + name);
      }
      mask |= bit;
    }
    return mask;
  }

  /** {@return the names whose bits are set in {@code mask}, in writing order} */
  List<String> namesOf(int mask) {
    return names.stream().filter(n -> (mask & bit(n)) != 0).toList();
  }

  /** {@return the names as the expected value of an unknown-property problem: "one of a, b"} */
  String expected() {
    return expected;
  }
}
