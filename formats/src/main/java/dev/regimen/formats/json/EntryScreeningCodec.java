package dev.regimen.formats.json;

import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.Verdict;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link EntryScreening}. The {@code verdict} follows from the reasons and the
 * cautions in words; it is
 * written for readers' convenience, may be left out on input, and when given must be the one the
 * reasons give: a document whose verdict disagrees with its reasons is rejected, never believed.
 */
final class EntryScreeningCodec {
  static final String INDEX = "index";
  static final String EXERCISE_ID = "exerciseId";
  static final String EXERCISE_NAME = "exerciseName";
  static final String VERDICT = "verdict";
  static final String REASONS = "reasons";
  static final String CAUTIONS = "cautions";

  static final Fields FIELDS = Fields.of(INDEX, EXERCISE_ID, EXERCISE_NAME, VERDICT, REASONS, CAUTIONS);
  static final Fields FIELDS_V1 = FIELDS.earlier(List.of(), List.of(CAUTIONS));
  private static final int REQUIRED = FIELDS.mask(INDEX, EXERCISE_ID, EXERCISE_NAME);

  private EntryScreeningCodec() {}

  static void write(JsonGenerator g, EntryScreening entry) {
    g.writeStartObject();
    g.writeNumberProperty(INDEX, entry.index());
    g.writeStringProperty(EXERCISE_ID, entry.exerciseId());
    g.writeStringProperty(EXERCISE_NAME, entry.exerciseName());
    g.writeStringProperty(VERDICT, Enums.VERDICTS.name(entry.verdict()));
    JsonOut.list(g, REASONS, entry.reasons(), ReasonCodec::write);
    JsonOut.list(g, CAUTIONS, entry.cautions(), CautionCodec::write);
    g.writeEndObject();
  }

  static EntryScreening read(JsonIn in) {
    Object mark = in.beginObject();
    EntryScreening.Builder b = EntryScreening.builder();
    Verdict verdict = null;
    JsonIn.Spot verdictAt = null;
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case INDEX:
          b.index(in.next().integer());
          break;
        case EXERCISE_ID:
          b.exerciseId(in.next().string());
          break;
        case EXERCISE_NAME:
          b.exerciseName(in.next().string());
          break;
        case VERDICT:
          verdict = in.next().enumValue(Enums.VERDICTS);
          verdictAt = in.spot();
          break;
        case REASONS:
          in.next().array(() -> b.addReasons(ReasonCodec.read(in)));
          break;
        case CAUTIONS:
          in.next().array(() -> b.addCautions(CautionCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    EntryScreening entry = in.build(b::build, mark);
    if (verdict != null && verdict != entry.verdict()) {
      String computed = Enums.VERDICTS.name(entry.verdict());
      throw verdictAt.invalid(
          "must be '" + computed + "', the verdict the reasons and cautions give, was '"
              + Enums.VERDICTS.name(verdict) + "'",
          computed);
    }
    return entry;
  }
}
