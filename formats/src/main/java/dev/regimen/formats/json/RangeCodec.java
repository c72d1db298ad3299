package dev.regimen.formats.json;

import dev.regimen.core.dosage.Range;
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
      int value = in.integer();
      return in.buildHere(() -> Range.of(value));
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
}
