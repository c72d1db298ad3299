package dev.regimen.formats.json;

import dev.regimen.core.dosage.Hold;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Hold}: {@code {"seconds": 30, "approximate": true, "wording": "..."}}. */
final class HoldCodec {
  static final String SECONDS = "seconds";
  static final String MAX_SECONDS = "maxSeconds";
  static final String BREATHS = "breaths";
  static final String APPROXIMATE = "approximate";
  static final String WORDING = "wording";

  static final Fields FIELDS = Fields.of(SECONDS, MAX_SECONDS, BREATHS, APPROXIMATE, WORDING);

  private HoldCodec() {}

  static void write(JsonGenerator g, Hold hold) {
    g.writeStartObject();
    JsonOut.optional(g, SECONDS, hold.seconds());
    JsonOut.optional(g, MAX_SECONDS, hold.maxSeconds());
    JsonOut.optional(g, BREATHS, hold.breaths());
    g.writeBooleanProperty(APPROXIMATE, hold.approximate());
    JsonOut.optional(g, WORDING, hold.wording());
    g.writeEndObject();
  }

  static Hold read(JsonIn in) {
    Object mark = in.beginObject();
    Hold.Builder b = Hold.builder();
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
        case BREATHS:
          b.breaths(in.next().integer());
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
    return in.build(b::build, mark);
  }
}
