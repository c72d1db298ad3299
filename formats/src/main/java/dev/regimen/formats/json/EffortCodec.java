package dev.regimen.formats.json;

import dev.regimen.core.dosage.Effort;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Effort}: {@code {"scale": "rpe", "value": 6, "maxValue": 8}}. */
final class EffortCodec {
  static final String SCALE = "scale";
  static final String VALUE = "value";
  static final String MAX_VALUE = "maxValue";

  static final Fields FIELDS = Fields.of(SCALE, VALUE, MAX_VALUE);
  private static final int REQUIRED = FIELDS.mask(SCALE, VALUE);

  private EffortCodec() {}

  static void write(JsonGenerator g, Effort effort) {
    g.writeStartObject();
    g.writeStringProperty(SCALE, Enums.EFFORT_SCALES.name(effort.scale()));
    g.writeNumberProperty(VALUE, effort.value());
    JsonOut.optional(g, MAX_VALUE, effort.maxValue());
    g.writeEndObject();
  }

  static Effort read(JsonIn in) {
    Object mark = in.beginObject();
    Effort.Builder b = Effort.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case SCALE:
          b.scale(in.next().enumValue(Enums.EFFORT_SCALES));
          break;
        case VALUE:
          b.value(in.next().integer());
          break;
        case MAX_VALUE:
          b.maxValue(in.next().integer());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
