package dev.regimen.formats.json;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * JSON codec of {@link BodyArea}: a standard area as its id ({@code "lower_back"}), a custom one as
 * an object ({@code {"id": "tibialis_anterior", "displayName": "front of the shin muscle"}}).
 */
final class BodyAreaCodec {
  static final String ID = "id";
  static final String DISPLAY_NAME = "displayName";

  static final Fields FIELDS = Fields.of(ID, DISPLAY_NAME);
  private static final int REQUIRED = FIELDS.mask(ID, DISPLAY_NAME);

  /** What a body area is expected to be, for problems. */
  private static final String EXPECTED =
      "a standard area's id (" + BodyArea.standard().stream().map(BodyArea::id).collect(Collectors.joining(", "))
          + ") or a custom area, an object with 'id' and 'displayName'";

  private BodyAreaCodec() {}

  static void write(JsonGenerator g, BodyArea area) {
    if (area.isStandard()) {
      g.writeString(area.id());
      return;
    }
    g.writeStartObject();
    g.writeStringProperty(ID, area.id());
    g.writeStringProperty(DISPLAY_NAME, area.displayName());
    g.writeEndObject();
  }

  static BodyArea read(JsonIn in) {
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String id = in.string();
      Optional<BodyArea> standard = BodyArea.standard(id);
      if (standard.isEmpty()) {
        throw in.problem(
            Kind.INVALID_VALUE,
            "'" + JsonIn.quoted(id) + "' is not a standard body area; a standard area is one of "
                + BodyArea.standard().stream().map(BodyArea::id).collect(Collectors.joining(", "))
                + ", and a custom area is written as an object with 'id' and 'displayName'",
            EXPECTED);
      }
      return standard.get();
    }
    if (t != JsonToken.START_OBJECT) {
      throw in.wrongType(EXPECTED);
    }
    Object mark = in.beginObject();
    String id = null;
    String displayName = null;
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ID:
          id = in.next().string();
          break;
        case DISPLAY_NAME:
          displayName = in.next().string();
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    String areaId = id;
    String areaName = displayName;
    return in.build(() -> BodyArea.custom(areaId, areaName), mark);
  }
}
