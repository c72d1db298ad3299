package dev.regimen.formats.json;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.CueKind;

/** The JSON names of every enum of the model: each constant's name in lowercase. */
final class Enums {
  static final EnumNames<BodyArea> BODY_AREAS = EnumNames.of(BodyArea.class);
  static final EnumNames<FrequencyPeriod> FREQUENCY_PERIODS = EnumNames.of(FrequencyPeriod.class);
  static final EnumNames<RepetitionBasis> REPETITION_BASES = EnumNames.of(RepetitionBasis.class);
  static final EnumNames<Side> SIDES = EnumNames.of(Side.class);
  static final EnumNames<SideOrder> SIDE_ORDERS = EnumNames.of(SideOrder.class);
  static final EnumNames<ExerciseKind> EXERCISE_KINDS = EnumNames.of(ExerciseKind.class);
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
