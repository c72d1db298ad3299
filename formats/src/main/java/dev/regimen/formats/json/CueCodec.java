package dev.regimen.formats.json;

import dev.regimen.core.session.Cue;
import tools.jackson.core.JsonGenerator;

/** JSON codec of a session plan's {@link Cue}. */
final class CueCodec {
  static final String KIND = "kind";
  static final String TEXT = "text";
  static final String DURATION = "duration";
  static final String POSITION = "position";
  static final String HOLD = "hold";
  static final String OPTIONAL = "optional";

  static final Fields FIELDS = Fields.of(KIND, TEXT, DURATION, POSITION, HOLD, OPTIONAL);
  private static final int REQUIRED = FIELDS.mask(KIND, TEXT, DURATION, POSITION);

  private CueCodec() {}

  static void write(JsonGenerator g, Cue cue) {
    g.writeStartObject();
    g.writeStringProperty(KIND, Enums.CUE_KINDS.name(cue.kind()));
    g.writeStringProperty(TEXT, cue.text());
    g.writeName(DURATION);
    CueDurationCodec.write(g, cue.duration());
    g.writeName(POSITION);
    CuePositionCodec.write(g, cue.position());
    if (cue.hold().isPresent()) {
      g.writeName(HOLD);
      HoldCodec.write(g, cue.hold().get());
    }
    g.writeBooleanProperty(OPTIONAL, cue.optional());
    g.writeEndObject();
  }

  static Cue read(JsonIn in) {
    Object mark = in.beginObject();
    Cue.Builder b = Cue.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case KIND:
          b.kind(in.next().enumValue(in.v1() ? Enums.CUE_KINDS_V1 : Enums.CUE_KINDS));
          break;
        case TEXT:
          b.text(in.next().string());
          break;
        case DURATION:
          b.duration(CueDurationCodec.read(in.next()));
          break;
        case POSITION:
          b.position(CuePositionCodec.read(in.next()));
          break;
        case HOLD:
          b.hold(HoldCodec.read(in.next()));
          break;
        case OPTIONAL:
          b.optional(in.next().bool());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
