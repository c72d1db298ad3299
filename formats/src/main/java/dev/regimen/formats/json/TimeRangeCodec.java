package dev.regimen.formats.json;

import dev.regimen.core.dosage.TimeRange;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link TimeRange}: {@code {"seconds": 1800, "approximate": false}}, with {@code maxSeconds} for a range and {@code orMore} for a lower bound. */
final class TimeRangeCodec {
  static final String SECONDS = "seconds";
  static final String MAX_SECONDS = "maxSeconds";
  static final String OR_MORE = "orMore";
  static final String APPROXIMATE = "approximate";
  static final String WORDING = "wording";

  static final Fields FIELDS = Fields.of(SECONDS, MAX_SECONDS, OR_MORE, APPROXIMATE, WORDING);
  private static final int REQUIRED = FIELDS.mask(SECONDS);

  private TimeRangeCodec() {}

  static void write(JsonGenerator g, TimeRange timeRange) {
    g.writeStartObject();
    g.writeNumberProperty(SECONDS, timeRange.seconds());
    JsonOut.optional(g, MAX_SECONDS, timeRange.maxSeconds());
    if (timeRange.orMore()) {
      g.writeBooleanProperty(OR_MORE, true);
    }
    g.writeBooleanProperty(APPROXIMATE, timeRange.approximate());
    JsonOut.optional(g, WORDING, timeRange.wording());
    g.writeEndObject();
  }

  static TimeRange read(JsonIn in) {
    Object mark = in.beginObject();
    TimeRange.Builder b = TimeRange.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case SECONDS:
          b.seconds(in.next().integer());
          break;
        case MAX_SECONDS:
          b.maxSeconds(in.next().integer());
          break;
        case OR_MORE:
          b.orMore(in.next().bool());
          break;
        case APPROXIMATE:
          b.approximate(in.next().bool());
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
