package dev.regimen.formats.json;

import dev.regimen.core.exercise.Progression;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Progression}: name first, then direction, instruction and sign. */
final class ProgressionCodec {
  static final String NAME = "name";
  static final String DIRECTION = "direction";
  static final String INSTRUCTION = "instruction";
  static final String SIGN = "sign";

  static final Fields FIELDS = Fields.of(NAME, DIRECTION, INSTRUCTION, SIGN);
  private static final int REQUIRED = FIELDS.mask(NAME, DIRECTION, SIGN);

  private ProgressionCodec() {}

  static void write(JsonGenerator g, Progression progression) {
    g.writeStartObject();
    g.writeStringProperty(NAME, progression.name());
    g.writeStringProperty(DIRECTION, Enums.PROGRESSION_DIRECTIONS.name(progression.direction()));
    JsonOut.optional(g, INSTRUCTION, progression.instruction());
    g.writeStringProperty(SIGN, progression.sign());
    g.writeEndObject();
  }

  static Progression read(JsonIn in) {
    Object mark = in.beginObject();
    Progression.Builder b = Progression.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case NAME:
          b.name(in.next().string());
          break;
        case DIRECTION:
          b.direction(in.next().enumValue(Enums.PROGRESSION_DIRECTIONS));
          break;
        case INSTRUCTION:
          b.instruction(in.next().string());
          break;
        case SIGN:
          b.sign(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
