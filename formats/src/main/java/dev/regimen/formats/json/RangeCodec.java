package dev.regimen.formats.json;

import dev.regimen.core.dosage.Range;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * JSON codec of {@link Range}: one value as a number ({@code 3}), a range as an object ({@code
 * {"min": 2, "max": 3}}).
 */
final class RangeCodec {
  static final String MIN = "min";
  static final String MAX = "max";

  static final Fields FIELDS = Fields.of(MIN, MAX);
  private static final int REQUIRED = FIELDS.mask(MIN, MAX);

  private RangeCodec() {}

  static void write(JsonGenerator g, Range range) {
    if (range.isExact()) {
      g.writeNumber(range.min());
      return;
    }
    g.writeStartObject();
    g.writeNumberProperty(MIN, range.min());
    g.writeNumberProperty(MAX, range.max());
    g.writeEndObject();
  }

  static Range read(JsonIn in) {
    if (in.parser().currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return number(in);
    }
    if (in.parser().currentToken() != JsonToken.START_OBJECT) {
      throw in.wrongType("a whole number, or an object with 'min' and 'max'");
    }
    Object mark = in.beginObject();
    Range.Builder b = Range.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case MIN:
          b.min(in.next().integer());
          break;
        case MAX:
          b.max(in.next().integer());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }

  /**
   * Reads the current token, a whole number, as the range of that one value; a rule it breaks is
   * reported at the number (the model's path {@code min} is no element of the document).
   */
  static Range number(JsonIn in) {
    int value = in.integer();
    return in.build(() -> Range.of(value), in.parser().currentTokenLocation(), List.of(""));
  }
}
