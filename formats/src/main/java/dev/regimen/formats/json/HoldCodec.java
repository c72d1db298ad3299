package dev.regimen.formats.json;

import dev.regimen.core.dosage.Hold;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Hold}: {@code {"seconds": 30, "approximate": true, "wording": "..."}}, with
 * {@code maxSeconds} and {@code maxBreaths} for ranges and {@code orMore} for a lower bound.
 */
final class HoldCodec {
  static final String SECONDS = "seconds";
  static final String MAX_SECONDS = "maxSeconds";
  static final String BREATHS = "breaths";
  static final String MAX_BREATHS = "maxBreaths";
  static final String OR_MORE = "orMore";
  static final String APPROXIMATE = "approximate";
  static final String WORDING = "wording";

  static final Fields FIELDS =
      Fields.of(SECONDS, MAX_SECONDS, BREATHS, MAX_BREATHS, OR_MORE, APPROXIMATE, WORDING);
  /** The properties as format version 1 wrote them: no breath ranges, no lower bounds. */
  static final Fields FIELDS_V1 = FIELDS.earlier(List.of(), List.of(MAX_BREATHS, OR_MORE));

  private HoldCodec() {}

  static void write(JsonGenerator g, Hold hold) {
    g.writeStartObject();
    JsonOut.optional(g, SECONDS, hold.seconds());
    JsonOut.optional(g, MAX_SECONDS, hold.maxSeconds());
    JsonOut.optional(g, BREATHS, hold.breaths());
    JsonOut.optional(g, MAX_BREATHS, hold.maxBreaths());
    if (hold.orMore()) {
      g.writeBooleanProperty(OR_MORE, true);
    }
    g.writeBooleanProperty(APPROXIMATE, hold.approximate());
    JsonOut.optional(g, WORDING, hold.wording());
    g.writeEndObject();
  }

  static Hold read(JsonIn in) {
    Object mark = in.beginObject();
    Hold.Builder b = Hold.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case SECONDS:
          b.seconds(in.next().integer());
          break;
        case MAX_SECONDS:
          b.maxSeconds(in.next().integer());
          break;
        case BREATHS:
          b.breaths(in.next().integer());
          break;
        case MAX_BREATHS:
          b.maxBreaths(in.next().integer());
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
    return in.build(b::build, mark);
  }
}
