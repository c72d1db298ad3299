package dev.regimen.formats.json;

import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Intensity;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Intensity}: {@code {"description": "a gentle stretch"}}. Format version 1
 * gave an intensity a {@code rating} from 0 to 10 of how hard it should feel; version 2 keeps that
 * as the dosage's {@link Effort} on the {@link EffortScale#RPE} scale.
 */
final class IntensityCodec {
  static final String DESCRIPTION = "description";
  static final String V1_RATING = "rating";

  static final Fields FIELDS = Fields.of(DESCRIPTION, V1_RATING);
  /** Version 2 has the description only. */
  static final Fields FIELDS_V2 = FIELDS.earlier(List.of(), List.of(V1_RATING));
  private static final int REQUIRED = FIELDS.mask(DESCRIPTION);

  private IntensityCodec() {}

  /** What an intensity of any version reads as: the intensity and, from version 1, an effort. */
  static final class Read {
    final Intensity intensity;
    final Optional<Effort> effort;

    Read(Intensity intensity, Optional<Effort> effort) {
      this.intensity = intensity;
      this.effort = effort;
    }
  }

  static void write(JsonGenerator g, Intensity intensity) {
    g.writeStartObject();
    g.writeStringProperty(DESCRIPTION, intensity.description());
    g.writeEndObject();
  }

  static Read read(JsonIn in) {
    Object mark = in.beginObject();
    Intensity.Builder b = Intensity.builder();
    Effort rating = null;
    int seen = 0;
    Fields fields = in.v1() ? FIELDS : FIELDS_V2;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        case V1_RATING:
          int value = in.next().integer();
          rating = in.buildHere(() -> Effort.rpe(value));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    return new Read(in.build(b::build, mark), Optional.ofNullable(rating));
  }
}
