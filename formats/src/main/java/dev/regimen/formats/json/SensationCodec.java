package dev.regimen.formats.json;

import dev.regimen.core.exercise.Sensation;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Sensation}: {@code {"description": "...", "areas": ["hamstrings"]}}; areas as {@link BodyAreaCodec} writes them. */
final class SensationCodec {
  static final String DESCRIPTION = "description";
  static final String AREAS = "areas";

  static final Fields FIELDS = Fields.of(DESCRIPTION, AREAS);
  private static final int REQUIRED = FIELDS.mask(DESCRIPTION);

  private SensationCodec() {}

  static void write(JsonGenerator g, Sensation sensation) {
    g.writeStartObject();
    g.writeStringProperty(DESCRIPTION, sensation.description());
    JsonOut.list(g, AREAS, sensation.areas(), BodyAreaCodec::write);
    g.writeEndObject();
  }

  static Sensation read(JsonIn in) {
    Object mark = in.beginObject();
    Sensation.Builder b = Sensation.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        case AREAS:
          in.next().array(() -> b.addAreas(BodyAreaCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
