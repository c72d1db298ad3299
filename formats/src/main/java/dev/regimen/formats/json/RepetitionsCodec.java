package dev.regimen.formats.json;

import dev.regimen.core.dosage.Repetitions;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Repetitions}: {@code {"min": 2, "max": 4, "basis": "per_side"}}. */
final class RepetitionsCodec {
  static final String MIN = "min";
  static final String MAX = "max";
  static final String BASIS = "basis";

  static final Fields FIELDS = Fields.of(MIN, MAX, BASIS);
  private static final int REQUIRED = FIELDS.mask(MIN, MAX);

  private RepetitionsCodec() {}

  static void write(JsonGenerator g, Repetitions repetitions) {
    g.writeStartObject();
    g.writeNumberProperty(MIN, repetitions.min());
    g.writeNumberProperty(MAX, repetitions.max());
    g.writeStringProperty(BASIS, Enums.REPETITION_BASES.name(repetitions.basis()));
    g.writeEndObject();
  }

  static Repetitions read(JsonIn in) {
    Object mark = in.beginObject();
    Repetitions.Builder b = Repetitions.builder();
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
        case BASIS:
          b.basis(in.next().enumValue(Enums.REPETITION_BASES));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
