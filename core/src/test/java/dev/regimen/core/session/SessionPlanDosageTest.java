package dev.regimen.core.session;

import static dev.regimen.core.testing.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How plans play the dosages that are not repetitions, ranges of sets, tempos and the cue budget. */
class SessionPlanDosageTest {
  private static final Exercise WALK =
      Exercise.builder()
          .id("brisk-walk")
          .name("Brisk walk")
          .kind(ExerciseKind.AEROBIC)
          .needsNoEquipment(true)
          .addSteps(Step.of("Walk briskly, swinging your arms."))
          .build();

  private static final Exercise CURL =
      Exercise.builder()
          .id("dumbbell-curl")
          .name("Dumbbell Curl")
          .kind(ExerciseKind.STRENGTHENING)
          .addEquipment("two dumbbells")
          .addSteps(
              Step.of(StepPhase.SETUP, "Stand holding a dumbbell in each hand, arms down."),
              Step.of("Curl the weights up to your shoulders."),
              Step.of("Lower them slowly."),
              Step.of(StepPhase.FINISH, "Put the dumbbells down."))
          .build();

  private static SessionPlan plan(Exercise exercise, Dosage dosage) {
    return SessionPlan.of(
        Protocol.builder()
            .id("test")
            .name("Test")
            .summary("A test.")
            .addEntries(ProtocolEntry.of(exercise, dosage))
            .build());
  }

  private static List<Cue> of(SessionPlan plan, CueKind kind) {
    return plan.cues(kind);
  }

  @Test
  void aTimedSetIsOneWorkCueOfItsDuration() {
    SessionPlan plan = plan(WALK, Dosage.ofDuration(TimeRange.ofMinutes(30)));
    assertThat(of(plan, CueKind.WORK)).singleElement().satisfies(w -> {
      assertThat(w.text()).isEqualTo("Keep going for 30 minutes.");
      assertThat(w.duration()).isEqualTo(CueDuration.exact(1800));
    });
    // lead-in 10, the step once (4), 30 minutes
    assertThat(plan.minSeconds()).isEqualTo(10 + 4 + 1800);
  }

  @Test
  void aTimedRangeOrALowerBoundSaysSoAndCountsItsEnds() {
    Cue range = of(plan(WALK, Dosage.ofDuration(TimeRange.ofMinutesBetween(20, 30))), CueKind.WORK).get(0);
    assertThat(range.text()).isEqualTo("Keep going for 20 to 30 minutes.");
    assertThat(range.duration()).isEqualTo(CueDuration.between(1200, 1800));
    Cue open =
        of(plan(WALK, Dosage.ofDuration(TimeRange.builder().seconds(600).orMore(true).build())), CueKind.WORK).get(0);
    assertThat(open.text()).isEqualTo("Keep going for 10 minutes or more.");
    assertThat(open.duration().open()).isTrue();
    assertThat(open.duration().minSeconds()).isEqualTo(600);
  }

  @Test
  void aDistanceIsCountedAtTheAssumedWalkingPace() {
    Cue walk = of(plan(WALK, Dosage.builder().distance(Distance.of(2, DistanceUnit.KILOMETRES)).build()), CueKind.WORK).get(0);
    assertThat(walk.text()).isEqualTo("Cover 2 kilometres.");
    assertThat(walk.duration()).isEqualTo(CueDuration.open(2 * PlanOptions.DEFAULT_SECONDS_PER_KILOMETRE));
    Cue mile = of(plan(WALK, Dosage.builder().distance(Distance.of(1, DistanceUnit.MILES)).build()), CueKind.WORK).get(0);
    assertThat(mile.text()).isEqualTo("Cover 1 mile.");
    assertThat(mile.duration().minSeconds()).isEqualTo((int) Math.ceil(1.609344 * 720));
  }

  @Test
  void asManyAsYouCanIsOpenOrTimed() {
    Cue open = of(plan(CURL, Dosage.builder().asManyAsPossible(true).build()), CueKind.WORK).get(0);
    assertThat(
            of(plan(CURL, Dosage.builder().asManyAsPossible(true).duration(TimeRange.ofSeconds(45)).build()), CueKind.WORK)
                .get(0)
                .text())
        .isEqualTo("As many repetitions as you can in 45 seconds.");
    assertThat(open.text()).isEqualTo("As many repetitions as you can.");
    assertThat(open.duration()).isEqualTo(CueDuration.open(PlanOptions.DEFAULT_SECONDS_PER_OPEN_SET));
    Cue timed =
        of(plan(CURL, Dosage.builder().asManyAsPossible(true).duration(TimeRange.ofSeconds(60)).build()), CueKind.WORK)
            .get(0);
    assertThat(timed.text()).isEqualTo("As many repetitions as you can in 1 minute.");
  }

  @Test
  void aDosageThatDoesNotSayHowMuchIsPlayedOnce() {
    SessionPlan plan = plan(CURL, Dosage.notSpecified());
    assertThat(of(plan, CueKind.STEP))
        .extracting(Cue::text)
        .containsExactly(
            "Stand holding a dumbbell in each hand, arms down.",
            "Curl the weights up to your shoulders.",
            "Lower them slowly.",
            "Put the dumbbells down.");
    assertThat(of(plan, CueKind.WORK)).isEmpty();
  }

  @Test
  void setUpAndFinishAreSaidOnceAndTheRepetitionsFollowOneAnotherWithoutRest() {
    SessionPlan plan = plan(CURL, Dosage.builder().repetitions(Repetitions.between(8, 12)).sets(Range.of(3)).build());
    List<String> steps = of(plan, CueKind.STEP).stream().map(Cue::text).collect(Collectors.toList());
    assertThat(steps).filteredOn(t -> t.startsWith("Stand holding")).hasSize(1);
    assertThat(steps).filteredOn(t -> t.startsWith("Put the dumbbells")).hasSize(1);
    assertThat(steps).filteredOn(t -> t.startsWith("Curl")).hasSize(36);
    assertThat(of(plan, CueKind.REST)).extracting(Cue::text)
        .as("only the rests between sets")
        .containsExactly("Rest for 30 seconds. Next: set 2 of 3.", "Rest for 30 seconds. Next: set 3 of 3.");
    // lead-in 10, set-up 5, 3 sets of 8..12 x 4 s, two rests of 30, finish 5
    assertThat(plan.minSeconds()).isEqualTo(10 + 5 + 3 * 8 * 4 + 2 * 30 + 5);
    assertThat(plan.maxSeconds()).isEqualTo(10 + 5 + 3 * 12 * 4 + 2 * 30 + 5);
  }

  @Test
  void twentyStrengthExercisesOfThreeSetsOfEightToTwelveTakeTensOfMinutes() {
    // The shape of most strength exercises of a real library: getting into the starting position,
    // then two to three movements a repetition, 3 x 8-12 at the default assumptions.
    List<ProtocolEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      Exercise exercise =
          Exercise.builder()
              .id("exercise-" + i)
              .name("Exercise " + i)
              .kind(ExerciseKind.STRENGTHENING)
              .addSteps(
                  Step.of(StepPhase.SETUP, "Get into the starting position."),
                  Step.of("Lift."),
                  Step.of("Hold the top position for a second."),
                  Step.of("Lower slowly back to the starting position."))
              .build();
      entries.add(ProtocolEntry.of(exercise, Dosage.builder().repetitions(Repetitions.between(8, 12)).sets(Range.of(3)).build()));
    }
    SessionPlan plan = SessionPlan.of(Protocol.builder().id("gym").name("Gym").summary("Twenty lifts.").entries(entries).build());
    // per exercise 5 + 3 x (8..12 x 4) + 2 x 30; lead-in 10 and 19 changes of 15
    assertThat(plan.minSeconds()).isEqualTo(10 + 19 * 15 + 20 * (5 + 3 * 32 + 60));
    assertThat(plan.maxSeconds()).isEqualTo(10 + 19 * 15 + 20 * (5 + 3 * 48 + 60));
    assertThat(plan.minDuration().toMinutes()).isBetween(10L, 99L);
    assertThat(plan.maxDuration().toMinutes()).isBetween(10L, 99L);
  }

  @Test
  void aTempoSetsTheLengthOfARepetitionExactly() {
    SessionPlan plan =
        plan(CURL, Dosage.builder().repetitions(Repetitions.exactly(1)).tempo(Tempo.parse("3-1-2-0")).build());
    List<Cue> repetition = of(plan, CueKind.STEP).subList(1, 3);
    assertThat(repetition).extracting(Cue::duration).containsExactly(CueDuration.exact(3), CueDuration.exact(3));
  }

  @Test
  void aHoldInWordsAloneIsCountedAsTheStatedAssumption() {
    SessionPlan plan = plan(WALK, Dosage.builder().hold(Hold.described("a few seconds")).build());
    Cue hold = of(plan, CueKind.HOLD).get(0);
    assertThat(hold.text()).isEqualTo("Hold a few seconds");
    assertThat(hold.duration()).isEqualTo(CueDuration.open(PlanOptions.DEFAULT_ASSUMED_HOLD_SECONDS));
    Cue atLeast = of(plan(WALK, Dosage.builder().hold(Hold.atLeastSeconds(10)).build()), CueKind.HOLD).get(0);
    assertThat(atLeast.text()).isEqualTo("Hold 10 or more seconds");
    assertThat(atLeast.duration().open()).isTrue();
  }

  @Test
  void setsBeyondTheFewestAreOptionalAndRestsMayBeRanges() {
    SessionPlan plan =
        plan(
            CURL,
            Dosage.builder()
                .repetitions(Repetitions.exactly(2))
                .sets(Range.between(2, 3))
                .restBetweenSetsSeconds(Range.between(60, 90))
                .build());
    List<Cue> rests = of(plan, CueKind.REST);
    assertThat(rests).extracting(Cue::text)
        .containsExactly("Rest for 60 to 90 seconds. Next: set 2 of 2 to 3.", "Rest for 60 to 90 seconds. Next: set 3 of 2 to 3.");
    assertThat(rests).extracting(Cue::optional).containsExactly(false, true);
    assertThat(rests.get(0).duration()).isEqualTo(CueDuration.between(60, 90));
    assertThat(of(plan, CueKind.STEP).stream().filter(c -> c.position().set().orElse(0) == 3)).allMatch(Cue::optional);
  }

  @Test
  void aPlanThatWouldOutgrowItsBudgetIsRefusedNamingTheEntry() {
    Dosage huge =
        Dosage.builder()
            .repetitions(Repetitions.exactly(Repetitions.MAX))
            .sets(Range.of(Dosage.MAX_SETS))
            .sideOrder(SideOrder.ALTERNATING)
            .build();
    assertThat(rejectionOf(() -> plan(CURL, huge)))
        .hasMessage(
            "entries[0]: the plan would have more than 100000 cues (PlanOptions.maxCues); the limit"
                + " was reached at entry 1 ('Dumbbell Curl'): lower its sets or repetitions, or raise"
                + " maxCues");
    assertThat(
            SessionPlan.of(
                    Protocol.builder().id("t").name("T").summary("S").addEntries(ProtocolEntry.of(CURL, Dosage.notSpecified())).build(),
                    PlanOptions.builder().maxCues(5).build())
                .cues())
        .hasSize(5);
  }
}
