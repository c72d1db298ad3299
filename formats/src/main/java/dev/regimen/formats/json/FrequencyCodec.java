package dev.regimen.formats.json;

import dev.regimen.core.dosage.Frequency;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Frequency}: {@code {"min": 1, "max": 1, "period": "day", "wording": "daily"}}. */
final class FrequencyCodec {
  static final String MIN = "min";
  static final String MAX = "max";
  static final String PERIOD = "period";
  static final String WORDING = "wording";

  static final Fields FIELDS = Fields.of(MIN, MAX, PERIOD, WORDING);
  private static final int REQUIRED = FIELDS.mask(MIN, MAX, PERIOD);

  private FrequencyCodec() {}

  static void write(JsonGenerator g, Frequency frequency) {
    g.writeStartObject();
    g.writeNumberProperty(MIN, frequency.min());
    g.writeNumberProperty(MAX, frequency.max());
    g.writeStringProperty(PERIOD, Enums.FREQUENCY_PERIODS.name(frequency.period()));
    JsonOut.optional(g, WORDING, frequency.wording());
    g.writeEndObject();
  }

  static Frequency read(JsonIn in) {
    Object mark = in.beginObject();
    Frequency.Builder b = Frequency.builder();
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
        case PERIOD:
          b.period(in.next().enumValue(Enums.FREQUENCY_PERIODS));
          break;
        case WORDING:
          b.wording(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
