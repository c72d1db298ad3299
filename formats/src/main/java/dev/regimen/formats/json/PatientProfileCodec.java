package dev.regimen.formats.json;

import dev.regimen.core.screening.PatientProfile;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link PatientProfile}: {@code {"conditionIds": ["herniated-disc"], "painWeeks":
 * 6, "inPain": false}}. The ids keep their order; a repeated id counts once, as in the model. What
 * is not known ({@code painWeeks}, {@code inPain}) is left out.
 */
final class PatientProfileCodec {
  static final String CONDITION_IDS = "conditionIds";
  static final String FINDING_IDS = "findingIds";
  static final String PAIN_WEEKS = "painWeeks";
  static final String IN_PAIN = "inPain";

  static final Fields FIELDS = Fields.of(CONDITION_IDS, FINDING_IDS, PAIN_WEEKS, IN_PAIN);

  private PatientProfileCodec() {}

  static void write(JsonGenerator g, PatientProfile profile) {
    g.writeStartObject();
    JsonOut.strings(g, CONDITION_IDS, List.copyOf(profile.conditionIds()));
    JsonOut.strings(g, FINDING_IDS, List.copyOf(profile.findingIds()));
    JsonOut.optional(g, PAIN_WEEKS, profile.painWeeks());
    if (profile.inPain().isPresent()) {
      g.writeBooleanProperty(IN_PAIN, profile.inPain().get());
    }
    g.writeEndObject();
  }

  static PatientProfile read(JsonIn in) {
    Object mark = in.beginObject();
    PatientProfile.Builder b = PatientProfile.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case CONDITION_IDS:
          in.next().array(() -> b.addConditionIds(in.string()));
          break;
        case FINDING_IDS:
          in.next().array(() -> b.addFindingIds(in.string()));
          break;
        case PAIN_WEEKS:
          b.painWeeks(in.next().integer());
          break;
        case IN_PAIN:
          b.inPain(in.next().bool());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    return in.build(b::build, mark);
  }
}
