package dev.regimen.formats.json;

import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.CueKind;

/** The JSON names of every enum of the model: each constant's name in lowercase. */
final class Enums {
  static final EnumNames<FrequencyPeriod> FREQUENCY_PERIODS = EnumNames.of(FrequencyPeriod.class);
  static final EnumNames<RepetitionBasis> REPETITION_BASES = EnumNames.of(RepetitionBasis.class);
  static final EnumNames<Side> SIDES = EnumNames.of(Side.class);
  static final EnumNames<SideOrder> SIDE_ORDERS = EnumNames.of(SideOrder.class);
  static final EnumNames<DistanceUnit> DISTANCE_UNITS = EnumNames.of(DistanceUnit.class);
  static final EnumNames<LoadUnit> LOAD_UNITS = EnumNames.of(LoadUnit.class);
  static final EnumNames<EffortScale> EFFORT_SCALES = EnumNames.of(EffortScale.class);
  static final EnumNames<ExerciseKind> EXERCISE_KINDS = EnumNames.of(ExerciseKind.class);
  static final EnumNames<ExerciseLevel> EXERCISE_LEVELS = EnumNames.of(ExerciseLevel.class);
  static final EnumNames<Force> FORCES = EnumNames.of(Force.class);
  static final EnumNames<Mechanic> MECHANICS = EnumNames.of(Mechanic.class);
  static final EnumNames<StepPhase> STEP_PHASES = EnumNames.of(StepPhase.class);
  static final EnumNames<MediaRole> MEDIA_ROLES = EnumNames.of(MediaRole.class);
  static final EnumNames<ModificationReason> MODIFICATION_REASONS =
      EnumNames.of(ModificationReason.class);
  static final EnumNames<ProgressionDirection> PROGRESSION_DIRECTIONS =
      EnumNames.of(ProgressionDirection.class);
  static final EnumNames<AdvisoryTrigger> ADVISORY_TRIGGERS = EnumNames.of(AdvisoryTrigger.class);
  static final EnumNames<Severity> SEVERITIES = EnumNames.of(Severity.class);
  static final EnumNames<Verdict> VERDICTS = EnumNames.of(Verdict.class);
  static final EnumNames<CueKind> CUE_KINDS = EnumNames.of(CueKind.class);

  private Enums() {}
}
