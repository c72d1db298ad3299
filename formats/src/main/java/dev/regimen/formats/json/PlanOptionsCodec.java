package dev.regimen.formats.json;

import dev.regimen.core.session.PlanOptions;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link PlanOptions}. Every option has a default in the model: the writer writes
 * them all, so a plan states every assumption it was made with; the reader takes the default for
 * any left out.
 */
final class PlanOptionsCodec {
  static final String LEAD_IN_SECONDS = "leadInSeconds";
  static final String SECONDS_PER_STEP = "secondsPerStep";
  static final String SECONDS_PER_REPETITION = "secondsPerRepetition";
  static final String ASSUMED_HOLD_SECONDS = "assumedHoldSeconds";
  static final String SECONDS_PER_OPEN_SET = "secondsPerOpenSet";
  static final String SECONDS_PER_KILOMETRE = "secondsPerKilometre";
  static final String MAX_CUES = "maxCues";
  static final String SECONDS_PER_BREATH = "secondsPerBreath";
  static final String REST_BETWEEN_REPETITIONS_SECONDS = "restBetweenRepetitionsSeconds";
  static final String REST_BETWEEN_SETS_SECONDS = "restBetweenSetsSeconds";
  static final String REST_BETWEEN_EXERCISES_SECONDS = "restBetweenExercisesSeconds";
  static final String SWITCH_SIDES_SECONDS = "switchSidesSeconds";
  static final String FIRST_SIDE = "firstSide";

  static final Fields FIELDS =
      Fields.of(
          LEAD_IN_SECONDS,
          SECONDS_PER_STEP,
          SECONDS_PER_REPETITION,
          ASSUMED_HOLD_SECONDS,
          SECONDS_PER_OPEN_SET,
          SECONDS_PER_KILOMETRE,
          MAX_CUES,
          SECONDS_PER_BREATH,
          REST_BETWEEN_REPETITIONS_SECONDS,
          REST_BETWEEN_SETS_SECONDS,
          REST_BETWEEN_EXERCISES_SECONDS,
          SWITCH_SIDES_SECONDS,
          FIRST_SIDE);
  static final Fields FIELDS_V1 =
      FIELDS.earlier(
          List.of(),
          List.of(SECONDS_PER_REPETITION, ASSUMED_HOLD_SECONDS, SECONDS_PER_OPEN_SET, SECONDS_PER_KILOMETRE, MAX_CUES));

  private PlanOptionsCodec() {}

  static void write(JsonGenerator g, PlanOptions options) {
    g.writeStartObject();
    g.writeNumberProperty(LEAD_IN_SECONDS, options.leadInSeconds());
    g.writeNumberProperty(SECONDS_PER_STEP, options.secondsPerStep());
    g.writeNumberProperty(SECONDS_PER_REPETITION, options.secondsPerRepetition());
    g.writeNumberProperty(ASSUMED_HOLD_SECONDS, options.assumedHoldSeconds());
    g.writeNumberProperty(SECONDS_PER_OPEN_SET, options.secondsPerOpenSet());
    g.writeNumberProperty(SECONDS_PER_KILOMETRE, options.secondsPerKilometre());
    g.writeNumberProperty(MAX_CUES, options.maxCues());
    g.writeNumberProperty(SECONDS_PER_BREATH, options.secondsPerBreath());
    g.writeNumberProperty(REST_BETWEEN_REPETITIONS_SECONDS, options.restBetweenRepetitionsSeconds());
    g.writeNumberProperty(REST_BETWEEN_SETS_SECONDS, options.restBetweenSetsSeconds());
    g.writeNumberProperty(REST_BETWEEN_EXERCISES_SECONDS, options.restBetweenExercisesSeconds());
    g.writeNumberProperty(SWITCH_SIDES_SECONDS, options.switchSidesSeconds());
    g.writeStringProperty(FIRST_SIDE, Enums.SIDES.name(options.firstSide()));
    g.writeEndObject();
  }

  static PlanOptions read(JsonIn in) {
    Object mark = in.beginObject();
    PlanOptions.Builder b = PlanOptions.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case LEAD_IN_SECONDS:
          b.leadInSeconds(in.next().integer());
          break;
        case SECONDS_PER_STEP:
          b.secondsPerStep(in.next().integer());
          break;
        case SECONDS_PER_REPETITION:
          b.secondsPerRepetition(in.next().integer());
          break;
        case ASSUMED_HOLD_SECONDS:
          b.assumedHoldSeconds(in.next().integer());
          break;
        case SECONDS_PER_OPEN_SET:
          b.secondsPerOpenSet(in.next().integer());
          break;
        case SECONDS_PER_KILOMETRE:
          b.secondsPerKilometre(in.next().integer());
          break;
        case MAX_CUES:
          b.maxCues(in.next().integer());
          break;
        case SECONDS_PER_BREATH:
          b.secondsPerBreath(in.next().integer());
          break;
        case REST_BETWEEN_REPETITIONS_SECONDS:
          b.restBetweenRepetitionsSeconds(in.next().integer());
          break;
        case REST_BETWEEN_SETS_SECONDS:
          b.restBetweenSetsSeconds(in.next().integer());
          break;
        case REST_BETWEEN_EXERCISES_SECONDS:
          b.restBetweenExercisesSeconds(in.next().integer());
          break;
        case SWITCH_SIDES_SECONDS:
          b.switchSidesSeconds(in.next().integer());
          break;
        case FIRST_SIDE:
          b.firstSide(in.next().enumValue(Enums.SIDES));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    return in.build(b::build, mark);
  }
}
