package dev.regimen.examples;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Source;

/**
 * A short neck routine built from scratch with the public builders: the worked example of writing
 * your own protocol. An illustration of the API, not clinical advice.
 */
public final class NeckRoutine {
  private NeckRoutine() {}

  /** {@return the neck routine: two exercises, their dosage and the safety notices} */
  public static Protocol protocol() {
    // A condition the routine's safety rules refer to by id.
    Condition neckStrain =
        Condition.builder()
            .id("neck-strain")
            .name("Neck strain")
            .description("An overstretched or torn muscle of the neck, often after a sudden movement.")
            .addAffectedSegments(SpinalSegment.parse("C7-T1"))
            .build();

    // An exercise: ordered steps, a step that holds the position, what to feel, a modification
    // and a contraindication.
    Exercise chinTuck =
        Exercise.builder()
            .id("chin-tuck")
            .name("Chin Tuck")
            .kind(ExerciseKind.MOBILITY)
            .startingPosition("Sit tall in a chair, shoulders relaxed, looking straight ahead.")
            .addEquipment("a chair")
            .addPrimaryTargets(BodyArea.NECK, BodyArea.UPPER_BACK)
            .addSteps(
                Step.of("Draw your chin straight back, as if making a double chin."),
                Step.holding("Hold, keeping your eyes level.", Hold.ofSeconds(5)),
                Step.of("Relax and let your head return to the start."))
            .addSensations(Sensation.of("a gentle stretch at the back of your neck", BodyArea.NECK))
            .addModifications(
                Modification.of(
                    ModificationReason.DISCOMFORT,
                    "If sitting is uncomfortable",
                    "Do it lying on your back with a thin pillow under your head."))
            .addContraindications(
                Contraindication.builder()
                    .conditionId("neck-strain")
                    .severity(Severity.CAUTION)
                    .rationale("Move only within a pain-free range while a strain heals.")
                    .addSourceIds("example-guide")
                    .build())
            .build();

    Exercise sideBend =
        Exercise.builder()
            .id("neck-side-bend")
            .name("Neck Side Bend")
            .kind(ExerciseKind.STRETCH)
            .startingPosition("Sit or stand tall with your arms by your sides.")
            .addPrimaryTargets(BodyArea.NECK, BodyArea.SHOULDERS)
            .addSteps(
                Step.of("Tilt your head to bring one ear towards the shoulder on that side."),
                Step.holding("Hold where you feel a gentle stretch.", Hold.ofSecondsBetween(15, 30)),
                Step.of("Bring your head back to the middle."))
            .addSensations(
                Sensation.of("a stretch along the side of your neck", BodyArea.NECK, BodyArea.SHOULDERS))
            .build();

    // The dosage belongs to the protocol, not the exercise: the same exercise can be prescribed
    // differently elsewhere.
    Dosage tucks =
        Dosage.builder()
            .repetitions(Repetitions.exactly(10))
            .frequency(Frequency.timesPerDay(3))
            .intensity(Intensity.described("a gentle effort, never pain"))
            .build();
    Dosage bends =
        Dosage.builder()
            .hold(Hold.ofSecondsBetween(15, 30))
            .repetitions(Repetitions.between(2, 3))
            .sideOrder(SideOrder.ALTERNATING)
            .firstSide(Side.RIGHT)
            .restSeconds(Range.of(10))
            .frequency(Frequency.daily())
            .build();

    return Protocol.builder()
        .id("neck-break")
        .name("Neck Break")
        .summary("Three minutes of gentle neck mobility for desk workers.")
        .addTargetSegments(SpinalSegment.parse("C7-T1"))
        .addConditions(neckStrain)
        .addEntries(ProtocolEntry.of(chinTuck, tucks), ProtocolEntry.of(sideBend, bends))
        .addAdvisories(
            Advisory.builder()
                .id("stop-if-dizzy")
                .name("Stop if you feel dizzy")
                .text("Stop at once and seek advice if you feel dizzy, numb or tingling.")
                .trigger(AdvisoryTrigger.DURING_EXERCISE)
                .addSourceIds("example-guide")
                .build())
        .addTakeaways("Little and often beats a long session once a week.")
        .addSources(
            Source.builder()
                .id("example-guide")
                .name("Regimen example routine")
                .note("Written for the Regimen documentation as an example of the API.")
                .build())
        .build();
  }
}
