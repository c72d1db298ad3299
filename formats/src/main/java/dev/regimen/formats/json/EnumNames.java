package dev.regimen.formats.json;

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
  private final String expected;

  private EnumNames(Class<E> type) {
    E[] constants = type.getEnumConstants();
    names = new String[constants.length];
    for (E constant : constants) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      names[constant.ordinal()] = name;
      byName.put(name, constant);
    }
    expected = "one of " + String.join(", ", names);
  }

  /**
   * The names of an enum.
   *
   * @param type the enum
   * @param <E> the enum
   * @return its names
   */
  static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
    return new EnumNames<>(type);
  }

  /** {@return the JSON name of {@code constant}} */
  String name(E constant) {
    return names[constant.ordinal()];
  }

  /** {@return the constant named {@code name}, or null when there is none} */
  E parse(String name) {
    return byName.get(name);
  }

  /** {@return every name, in declaration order} */
  List<String> names() {
    return List.of(names);
  }

  /** {@return the names as the expected value of a problem: "one of a, b"} */
  String expected() {
    return expected;
  }
}
