package dev.regimen.formats.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON names of an enum's constants: the constant's name in lowercase ({@code
 * ONE_SIDE_THEN_OTHER} is {@code one_side_then_other}). Immutable and thread-safe.
 *
 * @param <E> the enum
 */
final class EnumNames<E extends Enum<E>> {
  private final String[] names;
  private final Map<String, E> byName = new HashMap<>();
  private final List<String> readable;
  private final String expected;

  private EnumNames(Class<E> type, List<E> read) {
    E[] constants = type.getEnumConstants();
    names = new String[constants.length];
    for (E constant : constants) {
      names[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
    }
    List<String> readNames = new ArrayList<>();
    for (E constant : read) {
      byName.put(names[constant.ordinal()], constant);
      readNames.add(names[constant.ordinal()]);
    }
    readable = List.copyOf(readNames);
    expected = "one of " + String.join(", ", readable);
  }

  /**
   * The names of an enum.
   *
   * @param type the enum
   * @param <E> the enum
   * @return its names
   */
  static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
    return new EnumNames<>(type, List.of(type.getEnumConstants()));
  }

  /**
   * The names of an enum as an earlier format version knew it: only the given constants read (the
   * others did not exist then), and problems name only them.
   *
   * @param type the enum
   * @param read the constants that version had, in declaration order
   * @param <E> the enum
   * @return the names
   */
  static <E extends Enum<E>> EnumNames<E> of(Class<E> type, List<E> read) {
    return new EnumNames<>(type, read);
  }

  /** {@return the JSON name of {@code constant}} */
  String name(E constant) {
    return names[constant.ordinal()];
  }

  /** {@return the constant named {@code name}, or null when there is none} */
  E parse(String name) {
    return byName.get(name);
  }

  /** {@return every name this reads, in declaration order} */
  List<String> names() {
    return readable;
  }

  /** {@return the names as the expected value of a problem: "one of a, b"} */
  String expected() {
    return expected;
  }
}
