package dev.regimen.formats.json;

import dev.regimen.core.source.ExternalId;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link ExternalId}: {@code {"dataset": "free-exercise-db", "id": "Air_Bike"}}. */
final class ExternalIdCodec {
  static final String DATASET = "dataset";
  static final String ID = "id";

  static final Fields FIELDS = Fields.of(DATASET, ID);
  private static final int REQUIRED = FIELDS.mask(DATASET, ID);

  private ExternalIdCodec() {}

  static void write(JsonGenerator g, ExternalId externalId) {
    g.writeStartObject();
    g.writeStringProperty(DATASET, externalId.dataset());
    g.writeStringProperty(ID, externalId.id());
    g.writeEndObject();
  }

  static ExternalId read(JsonIn in) {
    Object mark = in.beginObject();
    ExternalId.Builder b = ExternalId.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case DATASET:
          b.dataset(in.next().string());
          break;
        case ID:
          b.id(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
