package dev.regimen.formats.json;

import dev.regimen.core.session.CuePosition;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link CuePosition}: the exercise, and the set, side and repetition k of n. */
final class CuePositionCodec {
  static final String ENTRY_INDEX = "entryIndex";
  static final String EXERCISE_ID = "exerciseId";
  static final String SET = "set";
  static final String SETS = "sets";
  static final String SIDE = "side";
  static final String REPETITION = "repetition";
  static final String REPETITIONS_MIN = "repetitionsMin";
  static final String REPETITIONS_MAX = "repetitionsMax";

  static final Fields FIELDS =
      Fields.of(
          ENTRY_INDEX, EXERCISE_ID, SET, SETS, SIDE, REPETITION, REPETITIONS_MIN, REPETITIONS_MAX);
  private static final int REQUIRED = FIELDS.mask(ENTRY_INDEX, EXERCISE_ID, SETS);

  private CuePositionCodec() {}

  static void write(JsonGenerator g, CuePosition position) {
    g.writeStartObject();
    g.writeNumberProperty(ENTRY_INDEX, position.entryIndex());
    g.writeStringProperty(EXERCISE_ID, position.exerciseId());
    JsonOut.optional(g, SET, position.set());
    g.writeNumberProperty(SETS, position.sets());
    if (position.side().isPresent()) {
      g.writeStringProperty(SIDE, Enums.SIDES.name(position.side().get()));
    }
    JsonOut.optional(g, REPETITION, position.repetition());
    JsonOut.optional(g, REPETITIONS_MIN, position.repetitionsMin());
    JsonOut.optional(g, REPETITIONS_MAX, position.repetitionsMax());
    g.writeEndObject();
  }

  static CuePosition read(JsonIn in) {
    Object mark = in.beginObject();
    CuePosition.Builder b = CuePosition.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ENTRY_INDEX:
          b.entryIndex(in.next().integer());
          break;
        case EXERCISE_ID:
          b.exerciseId(in.next().string());
          break;
        case SET:
          b.set(in.next().integer());
          break;
        case SETS:
          b.sets(in.next().integer());
          break;
        case SIDE:
          b.side(in.next().enumValue(Enums.SIDES));
          break;
        case REPETITION:
          b.repetition(in.next().integer());
          break;
        case REPETITIONS_MIN:
          b.repetitionsMin(in.next().integer());
          break;
        case REPETITIONS_MAX:
          b.repetitionsMax(in.next().integer());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
