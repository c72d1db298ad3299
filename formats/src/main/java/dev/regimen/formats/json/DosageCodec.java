package dev.regimen.formats.json;

import dev.regimen.core.dosage.Dosage;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Dosage}. Attributes with a model default (repetitions, sets, side order)
 * are always written and may be omitted on input, where the default applies.
 */
final class DosageCodec {
  static final String HOLD = "hold";
  static final String REPETITIONS = "repetitions";
  static final String SETS = "sets";
  static final String SIDE_ORDER = "sideOrder";
  static final String FIRST_SIDE = "firstSide";
  static final String REST_SECONDS = "restSeconds";
  static final String REST_BETWEEN_SETS_SECONDS = "restBetweenSetsSeconds";
  static final String FREQUENCY = "frequency";
  static final String PROGRAMME_WEEKS = "programmeWeeks";
  static final String INTENSITY = "intensity";
  static final String NOTES = "notes";

  static final Fields FIELDS =
      Fields.of(
          HOLD,
          REPETITIONS,
          SETS,
          SIDE_ORDER,
          FIRST_SIDE,
          REST_SECONDS,
          REST_BETWEEN_SETS_SECONDS,
          FREQUENCY,
          PROGRAMME_WEEKS,
          INTENSITY,
          NOTES);

  private DosageCodec() {}

  static void write(JsonGenerator g, Dosage dosage) {
    g.writeStartObject();
    if (dosage.hold().isPresent()) {
      g.writeName(HOLD);
      HoldCodec.write(g, dosage.hold().get());
    }
    g.writeName(REPETITIONS);
    RepetitionsCodec.write(g, dosage.repetitions());
    g.writeNumberProperty(SETS, dosage.sets());
    g.writeStringProperty(SIDE_ORDER, Enums.SIDE_ORDERS.name(dosage.sideOrder()));
    if (dosage.firstSide().isPresent()) {
      g.writeStringProperty(FIRST_SIDE, Enums.SIDES.name(dosage.firstSide().get()));
    }
    JsonOut.optional(g, REST_SECONDS, dosage.restSeconds());
    JsonOut.optional(g, REST_BETWEEN_SETS_SECONDS, dosage.restBetweenSetsSeconds());
    if (dosage.frequency().isPresent()) {
      g.writeName(FREQUENCY);
      FrequencyCodec.write(g, dosage.frequency().get());
    }
    JsonOut.optional(g, PROGRAMME_WEEKS, dosage.programmeWeeks());
    if (dosage.intensity().isPresent()) {
      g.writeName(INTENSITY);
      IntensityCodec.write(g, dosage.intensity().get());
    }
    JsonOut.optional(g, NOTES, dosage.notes());
    g.writeEndObject();
  }

  static Dosage read(JsonIn in) {
    Object mark = in.beginObject();
    Dosage.Builder b = Dosage.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case HOLD:
          b.hold(HoldCodec.read(in.next()));
          break;
        case REPETITIONS:
          b.repetitions(RepetitionsCodec.read(in.next()));
          break;
        case SETS:
          b.sets(in.next().integer());
          break;
        case SIDE_ORDER:
          b.sideOrder(in.next().enumValue(Enums.SIDE_ORDERS));
          break;
        case FIRST_SIDE:
          b.firstSide(in.next().enumValue(Enums.SIDES));
          break;
        case REST_SECONDS:
          b.restSeconds(in.next().integer());
          break;
        case REST_BETWEEN_SETS_SECONDS:
          b.restBetweenSetsSeconds(in.next().integer());
          break;
        case FREQUENCY:
          b.frequency(FrequencyCodec.read(in.next()));
          break;
        case PROGRAMME_WEEKS:
          b.programmeWeeks(in.next().integer());
          break;
        case INTENSITY:
          b.intensity(IntensityCodec.read(in.next()));
          break;
        case NOTES:
          b.notes(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    return in.build(b::build, mark);
  }
}
