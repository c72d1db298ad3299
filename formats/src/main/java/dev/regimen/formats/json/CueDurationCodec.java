package dev.regimen.formats.json;

import dev.regimen.core.session.CueDuration;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link CueDuration}: {@code {"minSeconds": 10, "maxSeconds": 30, "open":
 * false}}; an open duration's seconds are the assumption it counts as.
 */
final class CueDurationCodec {
  static final String MIN_SECONDS = "minSeconds";
  static final String MAX_SECONDS = "maxSeconds";
  static final String OPEN = "open";

  static final Fields FIELDS = Fields.of(MIN_SECONDS, MAX_SECONDS, OPEN);
  private static final int REQUIRED = FIELDS.mask(MIN_SECONDS, MAX_SECONDS);

  private CueDurationCodec() {}

  static void write(JsonGenerator g, CueDuration duration) {
    g.writeStartObject();
    g.writeNumberProperty(MIN_SECONDS, duration.minSeconds());
    g.writeNumberProperty(MAX_SECONDS, duration.maxSeconds());
    g.writeBooleanProperty(OPEN, duration.open());
    g.writeEndObject();
  }

  static CueDuration read(JsonIn in) {
    Object mark = in.beginObject();
    CueDuration.Builder b = CueDuration.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case MIN_SECONDS:
          b.minSeconds(in.next().integer());
          break;
        case MAX_SECONDS:
          b.maxSeconds(in.next().integer());
          break;
        case OPEN:
          b.open(in.next().bool());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
