package dev.regimen.benchmarks;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.List;

/**
 * Test data, not content: a protocol that sets every attribute of the model at least once and
 * gives a dosage of every shape the session plan distinguishes, so that the baselines are held to
 * Regimen's output beyond what the benchmark corpus uses. The exercises and numbers are made up
 * for the test; the conditions, advisories and sources are the L5-S1 routine's.
 */
final class EveryShape {
  private EveryShape() {}

  private static final String ARTICLE = Catalog.l5s1Relief().sources().get(0).id();

  private static final Source OWN_NOTES =
      Source.builder()
          .id("own-notes")
          .name("The test's own notes")
          .author("A. Tester")
          .publisher("Nobody")
          .link(URI.create("https://example.org/notes"))
          .addExperts(Person.builder().name("A. Physio").credentials("PT").build())
          .build();

  private static Exercise.Builder exercise(String id, String name, ExerciseKind kind) {
    return Exercise.builder().id(id).name(name).kind(kind);
  }

  /** One-sided, set up per side, held repetitions with a lower bound, everything optional set. */
  private static final ProtocolEntry SPLIT_SQUAT =
      ProtocolEntry.builder()
          .exercise(
              exercise("split-squat", "Split Squat", ExerciseKind.STRENGTHENING)
                  .language("en-GB")
                  .level(ExerciseLevel.INTERMEDIATE)
                  .force(Force.PUSH)
                  .mechanic(Mechanic.COMPOUND)
                  .purpose("Strength for the legs.")
                  .startingPosition("Standing tall, a dumbbell in each hand.")
                  .addEquipment("two dumbbells", "a mat")
                  .addPrimaryTargets(BodyArea.QUADRICEPS, BodyArea.GLUTES)
                  .addSecondaryTargets(BodyArea.custom("hip_stabilisers", "hip stabilisers"))
                  .addSteps(
                      Step.of(StepPhase.SETUP, "Pick up the dumbbells."),
                      Step.of(StepPhase.SIDE_SETUP, "Step your right foot forward, LEFT heel up."),
                      Step.builder()
                          .text("Lower your left knee towards the floor.")
                          .hold(Hold.atLeastSeconds(2))
                          .addMedia(
                              Media.builder()
                                  .uri(URI.create("images/split-squat-low.png"))
                                  .mediaType("image/png")
                                  .altText("The back knee just above the floor")
                                  .role(MediaRole.MID_POSITION)
                                  .caption("Low point")
                                  .build())
                          .build(),
                      Step.of("Drive up through the Right heel."),
                      Step.of(StepPhase.SWITCH_SIDES, "Turn around to face the other way."),
                      Step.of(StepPhase.FINISH, "Put the dumbbells down."))
                  .addSensations(
                      Sensation.of("effort in the front thigh", BodyArea.QUADRICEPS, BodyArea.custom("hip_stabilisers", "hip stabilisers")))
                  .addModifications(Modification.of(ModificationReason.BALANCE, "If you wobble", "Hold on to a wall."))
                  .addProgressions(
                      Progression.builder()
                          .name("Rear-foot elevated split squat")
                          .direction(ProgressionDirection.HARDER)
                          .instruction("Put the back foot on a bench.")
                          .sign("Ten easy repetitions")
                          .build())
                  .addContraindications(
                      Contraindication.builder()
                          .conditionId("herniated-disc")
                          .findingId("disc-extruded-onto-nerve")
                          .severity(Severity.AVOID)
                          .rationale("Test data: loaded squats with an extruded disc.")
                          .quote(Quote.builder().text("Test words.").speaker(Person.named("A. Physio")).sourceId(ARTICLE).build())
                          .addSourceIds("own-notes")
                          .build(),
                      Contraindication.builder()
                          .conditionId("joint-damage")
                          .severity(Severity.CAUTION)
                          .rationale("Test data: go gently on damaged joints.")
                          .addSourceIds("own-notes", ARTICLE)
                          .build())
                  .addCautions(
                      Caution.builder()
                          .text("Do not do this exercise if your knee gives way.")
                          .severity(Severity.AVOID)
                          .quote(Quote.of("Test words about knees.", Person.named("A. Physio")))
                          .addSourceIds("own-notes")
                          .build())
                  .addQuotes(Quote.builder().text("Test quote.").speaker(Person.named("A. Physio")).sourceId("own-notes").build())
                  .addMedia(
                      Media.builder()
                          .uri(URI.create("https://example.org/videos/split-squat.mp4"))
                          .mediaType("video/mp4")
                          .altText("One repetition of the split squat")
                          .role(MediaRole.MOVEMENT)
                          .build())
                  .addSources(OWN_NOTES)
                  .addAuthors(Person.builder().name("A. Physio").credentials("PT").role("author").build())
                  .licence("CC-BY-4.0")
                  .addExternalIds(ExternalId.of("test-dataset", "Split_Squat"))
                  .build())
          .dosage(
              Dosage.builder()
                  .repetitions(Repetitions.between(6, 10))
                  .sets(Range.between(2, 4))
                  .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
                  .firstSide(Side.RIGHT)
                  .restSeconds(Range.between(0, 10))
                  .restBetweenSetsSeconds(Range.of(0))
                  .frequency(Frequency.builder().min(2).max(3).period(FrequencyPeriod.WEEK).wording("two or three times a week").build())
                  .programmeWeeks(6)
                  .load(Load.builder().unit(LoadUnit.KILOGRAMS).amount(22.5).maxAmount(25).build())
                  .effort(Effort.repetitionsInReserve(2))
                  .tempo(Tempo.parse("3-1-X-0"))
                  .notes("Test notes.")
                  .build())
          .note("A note of the entry.")
          .build();

  /** Counted in total, one side then the other; the dosage's hold wins over the step's words. */
  private static final ProtocolEntry PARTNER_STRETCH =
      ProtocolEntry.of(
          exercise("partner-hamstring-stretch", "Partner Hamstring Stretch", ExerciseKind.STRETCH)
              .needsPartner(true)
              .addPrimaryTargets(BodyArea.HAMSTRINGS)
              .addSteps(
                  Step.holding("Your partner lifts your left leg.", Hold.described("a few seconds")),
                  Step.builder()
                      .phase(StepPhase.FINISH)
                      .text("Lower the leg slowly.")
                      .hold(Hold.described("a few breaths"))
                      .build())
              .build(),
          Dosage.builder()
              .repetitions(Repetitions.between(3, 5).withBasis(RepetitionBasis.TOTAL))
              .hold(Hold.ofSecondsBetween(20, 30))
              .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
              .build());

  /** Counted in total, alternating; a hold of a range of breaths; rests given. */
  private static final ProtocolEntry LEG_RAISE =
      ProtocolEntry.of(
          exercise("side-leg-raise", "Side Leg Raise", ExerciseKind.MOBILITY)
              .addPrimaryTargets(BodyArea.ABDUCTORS)
              .addSteps(Step.of("Raise your left leg."), Step.of("Lower it."))
              .build(),
          Dosage.builder()
              .repetitions(Repetitions.between(5, 9).withBasis(RepetitionBasis.TOTAL))
              .hold(Hold.builder().breaths(3).maxBreaths(5).build())
              .sideOrder(SideOrder.ALTERNATING)
              .restSeconds(Range.of(3))
              .sets(Range.of(2))
              .restBetweenSetsSeconds(Range.of(20))
              .build());

  /** As many as possible in a time, three sets. */
  private static final ProtocolEntry JUMPING_JACKS =
      ProtocolEntry.of(
          exercise("jumping-jacks", "Jumping Jacks", ExerciseKind.PLYOMETRIC)
              .addSteps(Step.of(StepPhase.SETUP, "Stand with your feet together."), Step.of("Jump your feet apart and back."))
              .build(),
          Dosage.builder()
              .duration(TimeRange.ofSeconds(60))
              .asManyAsPossible(true)
              .sets(Range.of(3))
              .restBetweenSetsSeconds(Range.between(45, 60))
              .build());

  /** A duration with a lower bound only, approximate, in the source's words. */
  private static final ProtocolEntry PLANK =
      ProtocolEntry.of(
          exercise("plank", "Plank", ExerciseKind.BALANCE)
              .addPrimaryTargets(BodyArea.CORE)
              .addSteps(Step.of("Hold your body straight on your forearms and toes."))
              .build(),
          Dosage.builder()
              .duration(TimeRange.builder().seconds(90).orMore(true).approximate(true).wording("a minute and a half or more").build())
              .build());

  /** A range of kilometres. */
  private static final ProtocolEntry WALK =
      ProtocolEntry.of(
          exercise("walk", "Walk", ExerciseKind.AEROBIC)
              .addSteps(Step.of("Walk."))
              .build(),
          Dosage.builder().distance(Distance.between(2, 3, DistanceUnit.KILOMETRES)).build());

  /** A mile, alternating (one bout, no sides). */
  private static final ProtocolEntry STAIRS =
      ProtocolEntry.of(
          exercise("stairs", "Stairs", ExerciseKind.AEROBIC)
              .addSteps(Step.of("Climb, leading with the left foot."))
              .build(),
          Dosage.builder().distance(Distance.of(1, DistanceUnit.MILES)).sideOrder(SideOrder.ALTERNATING).build());

  /** Twenty yards on each side. */
  private static final ProtocolEntry LUNGE_WALK =
      ProtocolEntry.of(
          exercise("lunge-walk", "Lunge Walk", ExerciseKind.STRENGTHENING)
              .addSteps(Step.of("Lunge forward on the right leg."))
              .build(),
          Dosage.builder().distance(Distance.of(20, DistanceUnit.YARDS)).sideOrder(SideOrder.ONE_SIDE_THEN_OTHER).build());

  /** As many as possible, no time; a band. */
  private static final ProtocolEntry PULL_APART =
      ProtocolEntry.of(
          exercise("band-pull-apart", "Band Pull-Apart", ExerciseKind.STRENGTHENING)
              .addSteps(Step.of("Pull the band apart."))
              .build(),
          Dosage.builder()
              .asManyAsPossible(true)
              .load(Load.band("a light band"))
              .effort(Effort.rpe(8))
              .build());

  /** No amount given, alternating sides: one repetition on each side. */
  private static final ProtocolEntry SIDE_PLANK =
      ProtocolEntry.of(
          exercise("side-plank", "Side Plank", ExerciseKind.STRENGTHENING)
              .addSteps(Step.holding("Lift your hips, on your left forearm.", Hold.ofBreaths(4)))
              .build(),
          Dosage.builder().sideOrder(SideOrder.ALTERNATING).firstSide(Side.LEFT).build());

  /** A percentage of the one-repetition maximum, one repetition exactly, both sides at once. */
  private static final ProtocolEntry DEADLIFT =
      ProtocolEntry.of(
          exercise("deadlift", "Deadlift", ExerciseKind.POWERLIFTING)
              .addSteps(Step.of(StepPhase.SIDE_SETUP, "Feet under the bar."), Step.of("Lift."))
              .build(),
          Dosage.builder()
              .repetitions(Repetitions.exactly(1))
              .load(Load.ofPercentOfOneRepMax(90))
              .sets(Range.between(3, 5))
              .build());

  /** Repetitions that only move, no rest given: they follow one another without a rest. */
  private static final ProtocolEntry CALF_RAISE =
      ProtocolEntry.of(
          exercise("calf-raise", "Calf Raise", ExerciseKind.STRENGTHENING)
              .addPrimaryTargets(BodyArea.CALVES)
              .addSteps(Step.of("Rise onto your toes."), Step.of("Lower your heels."))
              .build(),
          Dosage.builder().repetitions(Repetitions.between(10, 15)).sets(Range.of(2)).build());

  /** {@return the protocol} */
  static Protocol protocol() {
    Protocol base = Catalog.l5s1Relief();
    return Protocol.builder()
        .from(base)
        .id("every-shape")
        .name("Every shape")
        .language("en-GB")
        .entries(
            List.of(
                SPLIT_SQUAT, PARTNER_STRETCH, LEG_RAISE, JUMPING_JACKS, PLANK, WALK, STAIRS, LUNGE_WALK,
                PULL_APART, SIDE_PLANK, DEADLIFT, CALF_RAISE))
        .addCautions(
            Caution.of("Test data: a caution for the whole protocol."),
            Caution.builder()
                .text("Test data: stop if it hurts.")
                .severity(Severity.AVOID)
                .quote(Quote.builder().text("Stop.").speaker(Person.named("A. Physio")).sourceId(ARTICLE).build())
                .addSourceIds(ARTICLE)
                .build())
        .build();
  }
}
