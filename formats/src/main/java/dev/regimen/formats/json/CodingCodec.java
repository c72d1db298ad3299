package dev.regimen.formats.json;

import dev.regimen.core.condition.Coding;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Coding}: {@code {"system": "...", "code": "M51.27", "display": "..."}}. */
final class CodingCodec {
  static final String SYSTEM = "system";
  static final String CODE = "code";
  static final String DISPLAY = "display";

  static final Fields FIELDS = Fields.of(SYSTEM, CODE, DISPLAY);
  private static final int REQUIRED = FIELDS.mask(SYSTEM, CODE, DISPLAY);

  private CodingCodec() {}

  static void write(JsonGenerator g, Coding coding) {
    g.writeStartObject();
    g.writeStringProperty(SYSTEM, coding.system());
    g.writeStringProperty(CODE, coding.code());
    g.writeStringProperty(DISPLAY, coding.display());
    g.writeEndObject();
  }

  static Coding read(JsonIn in) {
    Object mark = in.beginObject();
    Coding.Builder b = Coding.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case SYSTEM:
          b.system(in.next().string());
          break;
        case CODE:
          b.code(in.next().string());
          break;
        case DISPLAY:
          b.display(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
