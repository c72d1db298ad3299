package dev.regimen.formats.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each format version holds, as the code reads it: for every object definition of the
 * version's JSON Schema, the {@link Fields} of the codec that reads it as that version; for every
 * enum, the schema pointer of its {@code enum} and the names the reader takes. {@link
 * SchemaTest} holds the schemas to these tables, {@link FormatEvolutionTest} holds the tables to
 * the committed property lists ({@code format/vN-properties.txt}).
 *
 * <p>When a version is added, the previous current version's entries move to a table of their
 * own (its codecs' {@code FIELDS_Vn}), and this class gets the new version's.
 */
final class FormatProperties {
  private FormatProperties() {}

  /** The objects of the current version, schema definition name to the codec's fields. */
  static final Map<String, Fields> CURRENT = current();

  /** The objects of version 1. */
  static final Map<String, Fields> V1 = v1();

  /** The enums of the current version: the schema pointer of each enum to the names read. */
  static final Map<String, List<String>> CURRENT_ENUMS = currentEnums();

  /** The enums of version 1. */
  static final Map<String, List<String>> V1_ENUMS = v1Enums();

  /**
   * {@return the objects of a version}
   *
   * @param version 1 or the current version
   */
  static Map<String, Fields> objects(int version) {
    return version == 1 ? V1 : CURRENT;
  }

  /**
   * {@return the enums of a version}
   *
   * @param version 1 or the current version
   */
  static Map<String, List<String>> enums(int version) {
    return version == 1 ? V1_ENUMS : CURRENT_ENUMS;
  }

  private static Map<String, Fields> current() {
    Map<String, Fields> objects = new LinkedHashMap<>();
    objects.put("customBodyArea", BodyAreaCodec.FIELDS);
    objects.put("range", RangeCodec.FIELDS);
    objects.put("hold", HoldCodec.FIELDS);
    objects.put("repetitions", RepetitionsCodec.FIELDS);
    objects.put("timeRange", TimeRangeCodec.FIELDS);
    objects.put("distance", DistanceCodec.FIELDS);
    objects.put("load", LoadCodec.FIELDS);
    objects.put("effort", EffortCodec.FIELDS);
    objects.put("frequency", FrequencyCodec.FIELDS);
    objects.put("intensity", IntensityCodec.FIELDS);
    objects.put("dosage", DosageCodec.FIELDS);
    objects.put("person", PersonCodec.FIELDS);
    objects.put("quote", QuoteCodec.FIELDS);
    objects.put("source", SourceCodec.FIELDS);
    objects.put("coding", CodingCodec.FIELDS);
    objects.put("finding", FindingCodec.FIELDS);
    objects.put("condition", ConditionCodec.FIELDS);
    objects.put("contraindication", ContraindicationCodec.FIELDS);
    objects.put("advisory", AdvisoryCodec.FIELDS);
    objects.put("caution", CautionCodec.FIELDS);
    objects.put("media", MediaCodec.FIELDS);
    objects.put("step", StepCodec.FIELDS);
    objects.put("sensation", SensationCodec.FIELDS);
    objects.put("modification", ModificationCodec.FIELDS);
    objects.put("progression", ProgressionCodec.FIELDS);
    objects.put("externalId", ExternalIdCodec.FIELDS);
    objects.put("exercise", ExerciseCodec.FIELDS);
    objects.put("entry", ProtocolEntryCodec.FIELDS);
    objects.put("recommendation", RecommendationCodec.FIELDS);
    objects.put("protocol", ProtocolCodec.FIELDS);
    objects.put("profile", PatientProfileCodec.FIELDS);
    objects.put("reason", ReasonCodec.FIELDS);
    objects.put("entryScreening", EntryScreeningCodec.FIELDS);
    objects.put("applicableAdvisory", ApplicableAdvisoryCodec.FIELDS);
    objects.put("screeningReport", ScreeningReportCodec.FIELDS);
    objects.put("planOptions", PlanOptionsCodec.FIELDS);
    objects.put("cueDuration", CueDurationCodec.FIELDS);
    objects.put("cuePosition", CuePositionCodec.FIELDS);
    objects.put("cue", CueCodec.FIELDS);
    objects.put("sessionPlan", SessionPlanCodec.FIELDS);
    return objects;
  }

  private static Map<String, Fields> v1() {
    Map<String, Fields> objects = new LinkedHashMap<>();
    objects.put("hold", HoldCodec.FIELDS_V1);
    objects.put("repetitions", RepetitionsCodec.FIELDS);
    objects.put("frequency", FrequencyCodec.FIELDS);
    objects.put("intensity", IntensityCodec.FIELDS_V1);
    objects.put("dosage", DosageCodec.FIELDS_V1);
    objects.put("person", PersonCodec.FIELDS);
    objects.put("quote", QuoteCodec.FIELDS);
    objects.put("source", SourceCodec.FIELDS_V1);
    objects.put("coding", CodingCodec.FIELDS);
    objects.put("finding", FindingCodec.FIELDS);
    objects.put("condition", ConditionCodec.FIELDS);
    objects.put("contraindication", ContraindicationCodec.FIELDS);
    objects.put("advisory", AdvisoryCodec.FIELDS_V1);
    objects.put("step", StepCodec.FIELDS_V1);
    objects.put("sensation", SensationCodec.FIELDS);
    objects.put("modification", ModificationCodec.FIELDS);
    objects.put("progression", ProgressionCodec.FIELDS);
    objects.put("exercise", ExerciseCodec.FIELDS_V1);
    objects.put("entry", ProtocolEntryCodec.FIELDS);
    objects.put("recommendation", RecommendationCodec.FIELDS_V1);
    objects.put("protocol", ProtocolCodec.FIELDS_V1);
    objects.put("profile", PatientProfileCodec.FIELDS);
    objects.put("reason", ReasonCodec.FIELDS);
    objects.put("entryScreening", EntryScreeningCodec.FIELDS_V1);
    objects.put("applicableAdvisory", ApplicableAdvisoryCodec.FIELDS);
    objects.put("screeningReport", ScreeningReportCodec.FIELDS_V1);
    objects.put("planOptions", PlanOptionsCodec.FIELDS_V1);
    objects.put("cueDuration", CueDurationCodec.FIELDS);
    objects.put("cuePosition", CuePositionCodec.FIELDS);
    objects.put("cue", CueCodec.FIELDS);
    objects.put("sessionPlan", SessionPlanCodec.FIELDS_V1);
    return objects;
  }

  private static Map<String, List<String>> currentEnums() {
    Map<String, List<String>> enums = new LinkedHashMap<>();
    enums.put("/$defs/bodyArea/oneOf/0", BodyAreaCodec.standardIds());
    enums.put("/$defs/repetitions/properties/basis", Enums.REPETITION_BASES.names());
    enums.put("/$defs/distance/properties/unit", Enums.DISTANCE_UNITS.names());
    enums.put("/$defs/load/properties/unit", Enums.LOAD_UNITS.names());
    enums.put("/$defs/effort/properties/scale", Enums.EFFORT_SCALES.names());
    enums.put("/$defs/frequency/properties/period", Enums.FREQUENCY_PERIODS.names());
    enums.put("/$defs/dosage/properties/sideOrder", Enums.SIDE_ORDERS.names());
    enums.put("/$defs/dosage/properties/firstSide", Enums.SIDES.names());
    enums.put("/$defs/contraindication/properties/severity", Enums.SEVERITIES.names());
    enums.put("/$defs/advisory/properties/trigger", Enums.ADVISORY_TRIGGERS.names());
    enums.put("/$defs/caution/properties/severity", Enums.SEVERITIES.names());
    enums.put("/$defs/media/properties/role", Enums.MEDIA_ROLES.names());
    enums.put("/$defs/step/properties/phase", Enums.STEP_PHASES.names());
    enums.put("/$defs/modification/properties/reason", Enums.MODIFICATION_REASONS.names());
    enums.put("/$defs/progression/properties/direction", Enums.PROGRESSION_DIRECTIONS.names());
    enums.put("/$defs/exercise/properties/kind", Enums.EXERCISE_KINDS.names());
    enums.put("/$defs/exercise/properties/level", Enums.EXERCISE_LEVELS.names());
    enums.put("/$defs/exercise/properties/force", Enums.FORCES.names());
    enums.put("/$defs/exercise/properties/mechanic", Enums.MECHANICS.names());
    enums.put("/$defs/entryScreening/properties/verdict", Enums.VERDICTS.names());
    enums.put("/$defs/planOptions/properties/firstSide", Enums.SIDES.names());
    enums.put("/$defs/cuePosition/properties/side", Enums.SIDES.names());
    enums.put("/$defs/cue/properties/kind", Enums.CUE_KINDS.names());
    return enums;
  }

  private static Map<String, List<String>> v1Enums() {
    Map<String, List<String>> enums = new LinkedHashMap<>();
    enums.put("/$defs/bodyArea", BodyAreaCodec.v1Ids());
    enums.put("/$defs/repetitions/properties/basis", Enums.REPETITION_BASES.names());
    enums.put("/$defs/frequency/properties/period", Enums.FREQUENCY_PERIODS.names());
    enums.put("/$defs/dosage/properties/sideOrder", Enums.SIDE_ORDERS.names());
    enums.put("/$defs/dosage/properties/firstSide", Enums.SIDES.names());
    enums.put("/$defs/contraindication/properties/severity", Enums.SEVERITIES.names());
    enums.put("/$defs/advisory/properties/trigger", Enums.ADVISORY_TRIGGERS.names());
    enums.put("/$defs/modification/properties/reason", Enums.MODIFICATION_REASONS.names());
    enums.put("/$defs/progression/properties/direction", Enums.PROGRESSION_DIRECTIONS.names());
    enums.put("/$defs/exercise/properties/kind", Enums.EXERCISE_KINDS_V1.names());
    enums.put("/$defs/entryScreening/properties/verdict", Enums.VERDICTS_V1.names());
    enums.put("/$defs/planOptions/properties/firstSide", Enums.SIDES.names());
    enums.put("/$defs/cuePosition/properties/side", Enums.SIDES.names());
    enums.put("/$defs/cue/properties/kind", Enums.CUE_KINDS_V1.names());
    return enums;
  }
}
