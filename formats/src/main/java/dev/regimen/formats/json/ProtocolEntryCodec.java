package dev.regimen.formats.json;

import dev.regimen.core.protocol.ProtocolEntry;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link ProtocolEntry}: {@code {"exercise": {...}, "dosage": {...}, "note": "..."}}. */
final class ProtocolEntryCodec {
  static final String EXERCISE = "exercise";
  static final String DOSAGE = "dosage";
  static final String NOTE = "note";

  static final Fields FIELDS = Fields.of(EXERCISE, DOSAGE, NOTE);
  private static final int REQUIRED = FIELDS.mask(EXERCISE, DOSAGE);

  private ProtocolEntryCodec() {}

  static void write(JsonGenerator g, ProtocolEntry entry) {
    g.writeStartObject();
    g.writeName(EXERCISE);
    ExerciseCodec.write(g, entry.exercise());
    g.writeName(DOSAGE);
    DosageCodec.write(g, entry.dosage());
    JsonOut.optional(g, NOTE, entry.note());
    g.writeEndObject();
  }

  static ProtocolEntry read(JsonIn in) {
    Object mark = in.beginObject();
    ProtocolEntry.Builder b = ProtocolEntry.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case EXERCISE:
          b.exercise(ExerciseCodec.read(in.next()));
          break;
        case DOSAGE:
          b.dosage(DosageCodec.read(in.next()));
          break;
        case NOTE:
          b.note(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
