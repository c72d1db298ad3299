package dev.regimen.formats.json;

import dev.regimen.core.condition.Finding;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Finding}: {@code {"id": "...", "name": "...", "description": "..."}}. */
final class FindingCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String DESCRIPTION = "description";

  static final Fields FIELDS = Fields.of(ID, NAME, DESCRIPTION);
  private static final int REQUIRED = FIELDS.mask(ID, NAME);

  private FindingCodec() {}

  static void write(JsonGenerator g, Finding finding) {
    g.writeStartObject();
    g.writeStringProperty(ID, finding.id());
    g.writeStringProperty(NAME, finding.name());
    JsonOut.optional(g, DESCRIPTION, finding.description());
    g.writeEndObject();
  }

  static Finding read(JsonIn in) {
    Object mark = in.beginObject();
    Finding.Builder b = Finding.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ID:
          b.id(in.next().string());
          break;
        case NAME:
          b.name(in.next().string());
          break;
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
