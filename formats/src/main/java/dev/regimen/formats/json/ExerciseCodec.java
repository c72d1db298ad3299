package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Exercise}. The language is written only when it is not the default, {@code
 * en}; the flags {@code needsNoEquipment} and {@code needsPartner} only when true.
 *
 * <p>Format version 1 required a starting position, had one list of {@code targetAreas} (read as
 * the primary targets), and none of the properties after it in {@link #FIELDS} but the steps,
 * sensations, modifications, progressions, contraindications and quotes.
 */
final class ExerciseCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String LANGUAGE = "language";
  static final String LEVEL = "level";
  static final String FORCE = "force";
  static final String MECHANIC = "mechanic";
  static final String PURPOSE = "purpose";
  static final String STARTING_POSITION = "startingPosition";
  static final String EQUIPMENT = "equipment";
  static final String NEEDS_NO_EQUIPMENT = "needsNoEquipment";
  static final String NEEDS_PARTNER = "needsPartner";
  static final String PRIMARY_TARGETS = "primaryTargets";
  static final String V1_TARGET_AREAS = "targetAreas";
  static final String SECONDARY_TARGETS = "secondaryTargets";
  static final String STEPS = "steps";
  static final String SENSATIONS = "sensations";
  static final String MODIFICATIONS = "modifications";
  static final String PROGRESSIONS = "progressions";
  static final String CONTRAINDICATIONS = "contraindications";
  static final String CAUTIONS = "cautions";
  static final String QUOTES = "quotes";
  static final String MEDIA = "media";
  static final String SOURCES = "sources";
  static final String AUTHORS = "authors";
  static final String LICENCE = "licence";
  static final String EXTERNAL_IDS = "externalIds";

  static final Fields FIELDS =
      Fields.of(
          ID,
          NAME,
          KIND,
          LANGUAGE,
          LEVEL,
          FORCE,
          MECHANIC,
          PURPOSE,
          STARTING_POSITION,
          EQUIPMENT,
          NEEDS_NO_EQUIPMENT,
          NEEDS_PARTNER,
          PRIMARY_TARGETS,
          SECONDARY_TARGETS,
          STEPS,
          SENSATIONS,
          MODIFICATIONS,
          PROGRESSIONS,
          CONTRAINDICATIONS,
          CAUTIONS,
          QUOTES,
          MEDIA,
          SOURCES,
          AUTHORS,
          LICENCE,
          EXTERNAL_IDS);
  static final Fields FIELDS_V1 =
      FIELDS.earlier(
          List.of(PRIMARY_TARGETS, V1_TARGET_AREAS),
          List.of(
              LANGUAGE, LEVEL, FORCE, MECHANIC, NEEDS_NO_EQUIPMENT, NEEDS_PARTNER, SECONDARY_TARGETS,
              CAUTIONS, MEDIA, SOURCES, AUTHORS, LICENCE, EXTERNAL_IDS));
  private static final int REQUIRED = FIELDS.mask(ID, NAME, KIND, STEPS);
  private static final int REQUIRED_V1 = REQUIRED | FIELDS.mask(STARTING_POSITION);

  private ExerciseCodec() {}

  static void write(JsonGenerator g, Exercise exercise) {
    g.writeStartObject();
    g.writeStringProperty(ID, exercise.id());
    g.writeStringProperty(NAME, exercise.name());
    g.writeStringProperty(KIND, Enums.EXERCISE_KINDS.name(exercise.kind()));
    if (!exercise.language().equals(Exercise.DEFAULT_LANGUAGE)) {
      g.writeStringProperty(LANGUAGE, exercise.language());
    }
    if (exercise.level().isPresent()) {
      g.writeStringProperty(LEVEL, Enums.EXERCISE_LEVELS.name(exercise.level().get()));
    }
    if (exercise.force().isPresent()) {
      g.writeStringProperty(FORCE, Enums.FORCES.name(exercise.force().get()));
    }
    if (exercise.mechanic().isPresent()) {
      g.writeStringProperty(MECHANIC, Enums.MECHANICS.name(exercise.mechanic().get()));
    }
    JsonOut.optional(g, PURPOSE, exercise.purpose());
    JsonOut.optional(g, STARTING_POSITION, exercise.startingPosition());
    JsonOut.strings(g, EQUIPMENT, exercise.equipment());
    if (exercise.needsNoEquipment()) {
      g.writeBooleanProperty(NEEDS_NO_EQUIPMENT, true);
    }
    if (exercise.needsPartner()) {
      g.writeBooleanProperty(NEEDS_PARTNER, true);
    }
    JsonOut.list(g, PRIMARY_TARGETS, exercise.primaryTargets(), BodyAreaCodec::write);
    JsonOut.list(g, SECONDARY_TARGETS, exercise.secondaryTargets(), BodyAreaCodec::write);
    JsonOut.list(g, STEPS, exercise.steps(), StepCodec::write);
    JsonOut.list(g, SENSATIONS, exercise.sensations(), SensationCodec::write);
    JsonOut.list(g, MODIFICATIONS, exercise.modifications(), ModificationCodec::write);
    JsonOut.list(g, PROGRESSIONS, exercise.progressions(), ProgressionCodec::write);
    JsonOut.list(g, CONTRAINDICATIONS, exercise.contraindications(), ContraindicationCodec::write);
    JsonOut.list(g, CAUTIONS, exercise.cautions(), CautionCodec::write);
    JsonOut.list(g, QUOTES, exercise.quotes(), QuoteCodec::write);
    JsonOut.list(g, MEDIA, exercise.media(), MediaCodec::write);
    JsonOut.list(g, SOURCES, exercise.sources(), SourceCodec::write);
    JsonOut.list(g, AUTHORS, exercise.authors(), PersonCodec::write);
    JsonOut.optional(g, LICENCE, exercise.licence());
    JsonOut.list(g, EXTERNAL_IDS, exercise.externalIds(), ExternalIdCodec::write);
    g.writeEndObject();
  }

  static Exercise read(JsonIn in) {
    Object mark = in.beginObject();
    Exercise.Builder b = Exercise.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case ID:
          b.id(in.next().string());
          break;
        case NAME:
          b.name(in.next().string());
          break;
        case KIND:
          b.kind(in.next().enumValue(Enums.EXERCISE_KINDS));
          break;
        case LANGUAGE:
          b.language(in.next().string());
          break;
        case LEVEL:
          b.level(in.next().enumValue(Enums.EXERCISE_LEVELS));
          break;
        case FORCE:
          b.force(in.next().enumValue(Enums.FORCES));
          break;
        case MECHANIC:
          b.mechanic(in.next().enumValue(Enums.MECHANICS));
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
        case NEEDS_NO_EQUIPMENT:
          b.needsNoEquipment(in.next().bool());
          break;
        case NEEDS_PARTNER:
          b.needsPartner(in.next().bool());
          break;
        case PRIMARY_TARGETS:
          in.next().array(() -> b.addPrimaryTargets(BodyAreaCodec.read(in)));
          break;
        case SECONDARY_TARGETS:
          in.next().array(() -> b.addSecondaryTargets(BodyAreaCodec.read(in)));
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
        case CAUTIONS:
          in.next().array(() -> b.addCautions(CautionCodec.read(in)));
          break;
        case QUOTES:
          in.next().array(() -> b.addQuotes(QuoteCodec.read(in)));
          break;
        case MEDIA:
          in.next().array(() -> b.addMedia(MediaCodec.read(in)));
          break;
        case SOURCES:
          in.next().array(() -> b.addSources(SourceCodec.read(in)));
          break;
        case AUTHORS:
          in.next().array(() -> b.addAuthors(PersonCodec.read(in)));
          break;
        case LICENCE:
          b.licence(in.next().string());
          break;
        case EXTERNAL_IDS:
          in.next().array(() -> b.addExternalIds(ExternalIdCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, in.v1() ? REQUIRED_V1 : REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
