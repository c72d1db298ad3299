package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Exercise}. */
final class ExerciseCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String PURPOSE = "purpose";
  static final String STARTING_POSITION = "startingPosition";
  static final String EQUIPMENT = "equipment";
  static final String TARGET_AREAS = "targetAreas";
  static final String STEPS = "steps";
  static final String SENSATIONS = "sensations";
  static final String MODIFICATIONS = "modifications";
  static final String PROGRESSIONS = "progressions";
  static final String CONTRAINDICATIONS = "contraindications";
  static final String QUOTES = "quotes";

  static final Fields FIELDS =
      Fields.of(
          ID,
          NAME,
          KIND,
          PURPOSE,
          STARTING_POSITION,
          EQUIPMENT,
          TARGET_AREAS,
          STEPS,
          SENSATIONS,
          MODIFICATIONS,
          PROGRESSIONS,
          CONTRAINDICATIONS,
          QUOTES);
  private static final int REQUIRED = FIELDS.mask(ID, NAME, KIND, STARTING_POSITION, STEPS);

  private ExerciseCodec() {}

  static void write(JsonGenerator g, Exercise exercise) {
    g.writeStartObject();
    g.writeStringProperty(ID, exercise.id());
    g.writeStringProperty(NAME, exercise.name());
    g.writeStringProperty(KIND, Enums.EXERCISE_KINDS.name(exercise.kind()));
    JsonOut.optional(g, PURPOSE, exercise.purpose());
    g.writeStringProperty(STARTING_POSITION, exercise.startingPosition());
    JsonOut.strings(g, EQUIPMENT, exercise.equipment());
    JsonOut.enums(g, TARGET_AREAS, exercise.targetAreas(), Enums.BODY_AREAS);
    JsonOut.list(g, STEPS, exercise.steps(), StepCodec::write);
    JsonOut.list(g, SENSATIONS, exercise.sensations(), SensationCodec::write);
    JsonOut.list(g, MODIFICATIONS, exercise.modifications(), ModificationCodec::write);
    JsonOut.list(g, PROGRESSIONS, exercise.progressions(), ProgressionCodec::write);
    JsonOut.list(g, CONTRAINDICATIONS, exercise.contraindications(), ContraindicationCodec::write);
    JsonOut.list(g, QUOTES, exercise.quotes(), QuoteCodec::write);
    g.writeEndObject();
  }

  static Exercise read(JsonIn in) {
    Object mark = in.beginObject();
    Exercise.Builder b = Exercise.builder();
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
        case KIND:
          b.kind(in.next().enumValue(Enums.EXERCISE_KINDS));
          break;
        case PURPOSE:
          b.purpose(in.next().string());
          break;
        case STARTING_POSITION:
          b.startingPosition(in.next().string());
          break;
        case EQUIPMENT:
          in.next().array(() -> b.addEquipment(in.string()));
          break;
        case TARGET_AREAS:
          in.next().array(() -> b.addPrimaryTargets(in.enumValue(Enums.BODY_AREAS)));
          break;
        case STEPS:
          in.next().array(() -> b.addSteps(StepCodec.read(in)));
          break;
        case SENSATIONS:
          in.next().array(() -> b.addSensations(SensationCodec.read(in)));
          break;
        case MODIFICATIONS:
          in.next().array(() -> b.addModifications(ModificationCodec.read(in)));
          break;
        case PROGRESSIONS:
          in.next().array(() -> b.addProgressions(ProgressionCodec.read(in)));
          break;
        case CONTRAINDICATIONS:
          in.next().array(() -> b.addContraindications(ContraindicationCodec.read(in)));
          break;
        case QUOTES:
          in.next().array(() -> b.addQuotes(QuoteCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
