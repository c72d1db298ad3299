package dev.regimen.formats.json;

import dev.regimen.core.exercise.Modification;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Modification}: {@code {"reason": "...", "when": "...", "instruction": "..."}}. */
final class ModificationCodec {
  static final String REASON = "reason";
  static final String WHEN = "when";
  static final String INSTRUCTION = "instruction";

  static final Fields FIELDS = Fields.of(REASON, WHEN, INSTRUCTION);
  private static final int REQUIRED = FIELDS.mask(REASON, WHEN, INSTRUCTION);

  private ModificationCodec() {}

  static void write(JsonGenerator g, Modification modification) {
    g.writeStartObject();
    g.writeStringProperty(REASON, Enums.MODIFICATION_REASONS.name(modification.reason()));
    g.writeStringProperty(WHEN, modification.when());
    g.writeStringProperty(INSTRUCTION, modification.instruction());
    g.writeEndObject();
  }

  static Modification read(JsonIn in) {
    Object mark = in.beginObject();
    Modification.Builder b = Modification.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case REASON:
          b.reason(in.next().enumValue(Enums.MODIFICATION_REASONS));
          break;
        case WHEN:
          b.when(in.next().string());
          break;
        case INSTRUCTION:
          b.instruction(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
