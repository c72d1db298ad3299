package dev.regimen.formats.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * The writing side shared by every codec: the format's rules for optional values (omitted when
 * absent) and lists (omitted when empty). Stateless.
 */
final class JsonOut {
  private JsonOut() {}

  /** Writes {@code name: value} when the value is present. */
  static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** Writes {@code name: value} when the value is present. */
  static void optional(JsonGenerator g, String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
  }

  /** Writes {@code name: value} when the value is present; a whole number without a fraction. */
  static void optional(JsonGenerator g, String name, OptionalDouble value) {
    if (value.isPresent()) {
      g.writeName(name);
      number(g, value.getAsDouble());
    }
  }

  /** Writes a number: a whole one without a fraction ({@code 20}, not {@code 20.0}). */
  static void number(JsonGenerator g, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  /** Writes {@code name: [values]} unless the list is empty. */
  static <T> void list(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> write) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T value : values) {
      write.accept(g, value);
    }
    g.writeEndArray();
  }

  /** Writes {@code name: [strings]} unless the list is empty. */
  static void strings(JsonGenerator g, String name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  /** Writes {@code name: [enum names]} unless the list is empty. */
  static <E extends Enum<E>> void enums(JsonGenerator g, String name, List<E> values, EnumNames<E> names) {
    list(g, name, values, (out, v) -> out.writeString(names.name(v)));
  }
}
