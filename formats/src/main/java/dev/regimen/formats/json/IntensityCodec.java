package dev.regimen.formats.json;

import dev.regimen.core.dosage.Intensity;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Intensity}: {@code {"description": "a gentle stretch", "rating": 3}}. */
final class IntensityCodec {
  static final String DESCRIPTION = "description";
  static final String RATING = "rating";

  static final Fields FIELDS = Fields.of(DESCRIPTION, RATING);
  private static final int REQUIRED = FIELDS.mask(DESCRIPTION);

  private IntensityCodec() {}

  static void write(JsonGenerator g, Intensity intensity) {
    g.writeStartObject();
    g.writeStringProperty(DESCRIPTION, intensity.description());
    JsonOut.optional(g, RATING, intensity.rating());
    g.writeEndObject();
  }

  static Intensity read(JsonIn in) {
    Object mark = in.beginObject();
    Intensity.Builder b = Intensity.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        case RATING:
          b.rating(in.next().integer());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
