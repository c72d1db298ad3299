package dev.regimen.formats.json;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * JSON codec of {@link BodyArea}: a standard area as its id ({@code "lower_back"}), a custom one as
 * an object ({@code {"id": "tibialis_anterior", "displayName": "front of the shin muscle"}}).
 *
 * <p>Format version 1 had a closed list of fifteen areas, written as their ids, and no custom
 * areas: a version 1 document names only those.
 */
final class BodyAreaCodec {
  static final String ID = "id";
  static final String DISPLAY_NAME = "displayName";

  static final Fields FIELDS = Fields.of(ID, DISPLAY_NAME);
  private static final int REQUIRED = FIELDS.mask(ID, DISPLAY_NAME);

  /** What a body area is expected to be, for problems. */
  private static final String EXPECTED =
      "a standard area's id, a string such as 'lower_back', or a custom area, an object with 'id' and 'displayName'";

  /** The areas of format version 1, in its order. */
  static final List<BodyArea> V1_AREAS =
      List.of(
          BodyArea.NECK,
          BodyArea.SHOULDERS,
          BodyArea.CHEST,
          BodyArea.UPPER_BACK,
          BodyArea.LOWER_BACK,
          BodyArea.CORE,
          BodyArea.ABDOMINALS,
          BodyArea.HIPS,
          BodyArea.HIP_FLEXORS,
          BodyArea.GLUTES,
          BodyArea.GROIN,
          BodyArea.ADDUCTORS,
          BodyArea.HAMSTRINGS,
          BodyArea.QUADRICEPS,
          BodyArea.CALVES);

  private static final String V1_IDS = String.join(", ", v1Ids());

  private BodyAreaCodec() {}

  /** {@return the ids of the standard areas, in their order} */
  static List<String> standardIds() {
    return BodyArea.standard().stream().map(BodyArea::id).collect(Collectors.toList());
  }

  /** {@return the ids of format version 1's areas, in its order} */
  static List<String> v1Ids() {
    return V1_AREAS.stream().map(BodyArea::id).collect(Collectors.toList());
  }

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
    if (in.v1()) {
      return readV1(in);
    }
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String id = in.string();
      Optional<BodyArea> standard = BodyArea.standard(id);
      if (standard.isEmpty()) {
        throw in.problem(
            Kind.INVALID_VALUE,
            "'" + JsonIn.quoted(id) + "' is not a standard body area; write a custom area as an object with 'id'"
                + " and 'displayName', or use a standard one: " + String.join(", ", standardIds()),
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

  /** A body area of format version 1: one of its fifteen ids. */
  private static BodyArea readV1(JsonIn in) {
    String id = in.string();
    Optional<BodyArea> area = BodyArea.standard(id).filter(V1_AREAS::contains);
    if (area.isEmpty()) {
      throw in.problem(
          Kind.INVALID_VALUE,
          "must be one of " + V1_IDS + ", was '" + JsonIn.quoted(id) + "' (schemaVersion 1 has these areas;"
              + " schemaVersion 2 has more, and custom ones)",
          "one of " + V1_IDS);
    }
    return area.get();
  }
}
