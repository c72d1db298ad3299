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
  /** The current format's names, by position: what {@link #canonical} maps this version's to. */
  private final String[] current;

  private Fields(List<String> names, String[] current) {
    if (names.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most 32 properties, got " + names.size());
    }
    this.array = names.stream().map(n -> n == null ? null : n.intern()).toArray(String[]::new);
    this.names = names.stream().filter(n -> n != null).toList();
    this.index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) != null && index.put(names.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate property name " + names.get(i));
      }
    }
    this.expected = "one of " + String.join(", ", this.names);
    this.current = current == null ? array : current;
  }

  /**
   * The names of an object, in writing order.
   *
   * @param names the names
   * @return the fields
   */
  static Fields of(String... names) {
    return new Fields(List.of(names), null);
  }

  /**
   * The same object as an earlier format version wrote it: some properties under another name,
   * some not there at all. Positions (and so bits and required masks) stay those of this one, so
   * a codec reads both versions with one switch over {@link #canonical} names.
   *
   * @param renamed pairs of names, this version's then the earlier one's, such as {@code "name",
   *     "title"}
   * @param absent this version's names that the earlier one did not have
   * @return the fields of the earlier version
   */
  Fields earlier(List<String> renamed, List<String> absent) {
    List<String> earlier = new java.util.ArrayList<>(java.util.Arrays.asList(array));
    for (int i = 0; i + 1 < renamed.size(); i += 2) {
      earlier.set(position(renamed.get(i)), renamed.get(i + 1));
    }
    for (String name : absent) {
      earlier.set(position(name), null);
    }
    return new Fields(earlier, array);
  }

  private int position(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("not a property: " + name);
    }
    return i;
  }

  /**
   * {@return the current format's name of a property of these fields, which a codec switches on}
   *
   * @param name a name of these fields, as {@link #bit} knows it
   */
  String canonical(String name) {
    int bit = bit(name);
    return bit == 0 ? name : current[Integer.numberOfTrailingZeros(bit)];
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
      if (array[i] == name && name != null) {
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

  /** {@return the names of the properties of the given bits that this version has, in writing order} */
  int present(int mask) {
    int present = 0;
    for (int i = 0; i < array.length; i++) {
      if (array[i] != null) {
        present |= 1 << i;
      }
    }
    return mask & present;
  }

  /** {@return the names as the expected value of an unknown-property problem: "one of a, b"} */
  String expected() {
    return expected;
  }
}
