package dev.regimen.formats.json;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Tempo;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Dosage}. The measure of a set is {@code repetitions}, {@code duration} or
 * {@code distance}, with {@code asManyAsPossible}; a dosage with none of them is not specified.
 * Sets and rests are a number or a range ({@code {"min": 2, "max": 3}}). The defaults of the model
 * that state something (one set, both sides at once) are always written; flags only when true.
 *
 * <p>Format version 1 had no "not specified": a dosage without {@code repetitions} meant one
 * repetition, and a version 1 document is read so. Its {@code sets} and rests were whole numbers,
 * and its intensity's {@code rating} becomes the dosage's {@code effort}.
 */
final class DosageCodec {
  static final String REPETITIONS = "repetitions";
  static final String DURATION = "duration";
  static final String DISTANCE = "distance";
  static final String AS_MANY_AS_POSSIBLE = "asManyAsPossible";
  static final String HOLD = "hold";
  static final String SETS = "sets";
  static final String SIDE_ORDER = "sideOrder";
  static final String FIRST_SIDE = "firstSide";
  static final String REST_SECONDS = "restSeconds";
  static final String REST_BETWEEN_SETS_SECONDS = "restBetweenSetsSeconds";
  static final String FREQUENCY = "frequency";
  static final String PROGRAMME_WEEKS = "programmeWeeks";
  static final String INTENSITY = "intensity";
  static final String LOAD = "load";
  static final String EFFORT = "effort";
  static final String TEMPO = "tempo";
  static final String NOTES = "notes";

  static final Fields FIELDS =
      Fields.of(
          REPETITIONS,
          DURATION,
          DISTANCE,
          AS_MANY_AS_POSSIBLE,
          HOLD,
          SETS,
          SIDE_ORDER,
          FIRST_SIDE,
          REST_SECONDS,
          REST_BETWEEN_SETS_SECONDS,
          FREQUENCY,
          PROGRAMME_WEEKS,
          INTENSITY,
          LOAD,
          EFFORT,
          TEMPO,
          NOTES);
  /** The properties as format version 1 wrote them. */
  static final Fields FIELDS_V1 =
      FIELDS.earlier(List.of(), List.of(DURATION, DISTANCE, AS_MANY_AS_POSSIBLE, LOAD, EFFORT, TEMPO));

  private DosageCodec() {}

  static void write(JsonGenerator g, Dosage dosage) {
    g.writeStartObject();
    if (dosage.repetitions().isPresent()) {
      g.writeName(REPETITIONS);
      RepetitionsCodec.write(g, dosage.repetitions().get());
    }
    if (dosage.duration().isPresent()) {
      g.writeName(DURATION);
      TimeRangeCodec.write(g, dosage.duration().get());
    }
    if (dosage.distance().isPresent()) {
      g.writeName(DISTANCE);
      DistanceCodec.write(g, dosage.distance().get());
    }
    if (dosage.asManyAsPossible()) {
      g.writeBooleanProperty(AS_MANY_AS_POSSIBLE, true);
    }
    if (dosage.hold().isPresent()) {
      g.writeName(HOLD);
      HoldCodec.write(g, dosage.hold().get());
    }
    g.writeName(SETS);
    RangeCodec.write(g, dosage.sets());
    g.writeStringProperty(SIDE_ORDER, Enums.SIDE_ORDERS.name(dosage.sideOrder()));
    if (dosage.firstSide().isPresent()) {
      g.writeStringProperty(FIRST_SIDE, Enums.SIDES.name(dosage.firstSide().get()));
    }
    if (dosage.restSeconds().isPresent()) {
      g.writeName(REST_SECONDS);
      RangeCodec.write(g, dosage.restSeconds().get());
    }
    if (dosage.restBetweenSetsSeconds().isPresent()) {
      g.writeName(REST_BETWEEN_SETS_SECONDS);
      RangeCodec.write(g, dosage.restBetweenSetsSeconds().get());
    }
    if (dosage.frequency().isPresent()) {
      g.writeName(FREQUENCY);
      FrequencyCodec.write(g, dosage.frequency().get());
    }
    JsonOut.optional(g, PROGRAMME_WEEKS, dosage.programmeWeeks());
    if (dosage.intensity().isPresent()) {
      g.writeName(INTENSITY);
      IntensityCodec.write(g, dosage.intensity().get());
    }
    if (dosage.load().isPresent()) {
      g.writeName(LOAD);
      LoadCodec.write(g, dosage.load().get());
    }
    if (dosage.effort().isPresent()) {
      g.writeName(EFFORT);
      EffortCodec.write(g, dosage.effort().get());
    }
    if (dosage.tempo().isPresent()) {
      g.writeStringProperty(TEMPO, dosage.tempo().get().notation());
    }
    JsonOut.optional(g, NOTES, dosage.notes());
    g.writeEndObject();
  }

  static Dosage read(JsonIn in) {
    Object mark = in.beginObject();
    Dosage.Builder b = Dosage.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case REPETITIONS:
          b.repetitions(RepetitionsCodec.read(in.next()));
          break;
        case DURATION:
          b.duration(TimeRangeCodec.read(in.next()));
          break;
        case DISTANCE:
          b.distance(DistanceCodec.read(in.next()));
          break;
        case AS_MANY_AS_POSSIBLE:
          b.asManyAsPossible(in.next().bool());
          break;
        case HOLD:
          b.hold(HoldCodec.read(in.next()));
          break;
        case SETS:
          b.sets(range(in.next()));
          break;
        case SIDE_ORDER:
          b.sideOrder(in.next().enumValue(Enums.SIDE_ORDERS));
          break;
        case FIRST_SIDE:
          b.firstSide(in.next().enumValue(Enums.SIDES));
          break;
        case REST_SECONDS:
          b.restSeconds(range(in.next()));
          break;
        case REST_BETWEEN_SETS_SECONDS:
          b.restBetweenSetsSeconds(range(in.next()));
          break;
        case FREQUENCY:
          b.frequency(FrequencyCodec.read(in.next()));
          break;
        case PROGRAMME_WEEKS:
          b.programmeWeeks(in.next().integer());
          break;
        case INTENSITY:
          IntensityCodec.Read intensity = IntensityCodec.read(in.next());
          b.intensity(intensity.intensity);
          intensity.effort.ifPresent(b::effort);
          break;
        case LOAD:
          b.load(LoadCodec.read(in.next()));
          break;
        case EFFORT:
          b.effort(EffortCodec.read(in.next()));
          break;
        case TEMPO:
          b.tempo(in.next().parsed(Tempo::parse));
          break;
        case NOTES:
          b.notes(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    if (in.v1() && (seen & FIELDS_V1.bit(REPETITIONS)) == 0) {
      b.repetitions(Repetitions.exactly(1)); // version 1's default: one repetition
    }
    return in.build(b::build, mark);
  }

  /** A range: in version 1 always a whole number, from version 2 a number or {min, max}. */
  private static Range range(JsonIn in) {
    if (in.v1()) {
      int value = in.integer();
      return in.buildHere(() -> Range.of(value));
    }
    return RangeCodec.read(in);
  }
}
