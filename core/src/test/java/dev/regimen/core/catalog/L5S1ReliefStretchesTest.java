package dev.regimen.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.source.Quote;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pins the three stretches of the L5-S1 routine and their dosage to the article. */
class L5S1ReliefStretchesTest {
  private static final Protocol PROTOCOL = Catalog.l5s1Relief();

  private static ProtocolEntry entry(String exerciseId) {
    return PROTOCOL.entry(exerciseId).orElseThrow();
  }

  /** The hold of each step, in step order: empty where the step holds nothing. */
  private static Object[] holdsByStep(Exercise exercise) {
    return exercise.steps().stream().map(Step::hold).toArray();
  }

  @Test
  void theRoutineHasTheThreeStretchesInTheArticlesOrder() {
    assertThat(PROTOCOL.exercises())
        .extracting(Exercise::id, Exercise::name)
        .containsExactly(
            tuple("seated-hamstring-stretch", "Seated Hamstring Stretch"),
            tuple("knee-to-chest-stretch", "Knee-to-Chest Stretch"),
            tuple("standing-hurdler-stretch", "Standing Hurdler Stretch"));
  }

  @Test
  void everyExerciseIsAStretch() {
    assertThat(PROTOCOL.exercises()).extracting(Exercise::kind).containsOnly(ExerciseKind.STRETCH);
  }

  @Test
  void everyStretchIsDoneDailyAsTheArticleAdvises() {
    assertThat(PROTOCOL.entries())
        .extracting(e -> e.dosage().frequency())
        .containsOnly(Optional.of(Frequency.daily()));
    Frequency daily = Frequency.daily();
    assertThat(daily.min()).isEqualTo(1);
    assertThat(daily.max()).isEqualTo(1);
    assertThat(daily.period()).isEqualTo(FrequencyPeriod.DAY);
  }

  @Test
  void noDosageInventsRestsSetsIntensityOrProgrammeLength() {
    for (ProtocolEntry e : PROTOCOL.entries()) {
      Dosage d = e.dosage();
      assertThat(d.sets()).as(e.exercise().id()).isEqualTo(Range.of(1));
      assertThat(d.load()).as(e.exercise().id()).isEmpty();
      assertThat(d.effort()).as(e.exercise().id()).isEmpty();
      assertThat(d.tempo()).as(e.exercise().id()).isEmpty();
      assertThat(d.restSeconds()).as(e.exercise().id()).isEmpty();
      assertThat(d.restBetweenSetsSeconds()).as(e.exercise().id()).isEmpty();
      assertThat(d.intensity()).as(e.exercise().id()).isEmpty();
      assertThat(d.programmeWeeks()).as(e.exercise().id()).isEmpty();
      assertThat(e.note()).as(e.exercise().id()).isEmpty();
    }
  }

  @Test
  void noStretchHasProgressionsTheArticleDoesNotGive() {
    assertThat(PROTOCOL.exercises()).allSatisfy(x -> assertThat(x.progressions()).isEmpty());
  }

  @Nested
  class SeatedHamstringStretch {
    private final ProtocolEntry entry = entry("seated-hamstring-stretch");
    private final Exercise exercise = entry.exercise();

    @Test
    void startsSittingUpStraightInAChair() {
      assertThat(exercise.startingPosition())
          .contains("Sitting up straight in a chair with your feet planted flat on the floor.");
      assertThat(exercise.equipment()).containsExactly("a chair");
      assertThat(exercise.primaryTargets()).containsExactly(BodyArea.HAMSTRINGS, BodyArea.LOWER_BACK);
    }

    @Test
    void purposeIsToDecreaseTheTensionAcrossTheLowerBack() {
      assertThat(exercise.purpose())
          .contains(
              "Basic hamstring stretches (like touching your toes) can decrease the tension across"
                  + " your lower back, according to Wells-Roth.");
    }

    @Test
    void hasTheFourStepsOfTheArticleInOrder() {
      assertThat(exercise.steps())
          .extracting(Step::text)
          .containsExactly(
              "Sit up straight in a chair with your feet planted flat on the floor.",
              "Come to the edge of the seat and extend your right leg in front of you with a"
                  + " gentle bend in your knee. Ensure your heel is on the floor and your toes are"
                  + " pointing upward.",
              "Gently lean forward and reach your fingers toward your toes, keeping your chest up"
                  + " and back straight and bending at the hips. You should feel a stretch in the"
                  + " back of your thigh. On the extended leg, keep your knee as straight as"
                  + " possible.",
              "Hold here for about 30 seconds and then slowly return to the starting position.");
    }

    @Test
    void sitsDownOnceThenSetsUpEachSideThenLeansAndHoldsEachRepetition() {
      assertThat(exercise.steps())
          .extracting(Step::phase)
          .containsExactly(
              StepPhase.SETUP, StepPhase.SIDE_SETUP, StepPhase.REPETITION, StepPhase.REPETITION);
    }

    @Test
    void onlyTheLastStepHoldsForAbout30Seconds() {
      Optional<Hold> about30 = Optional.of(Hold.aboutSeconds(30));
      assertThat(holdsByStep(exercise))
          .containsExactly(Optional.empty(), Optional.empty(), Optional.empty(), about30);
    }

    @Test
    void holdsForAbout30SecondsApproximately() {
      Hold hold = entry.dosage().hold().orElseThrow();
      assertThat(hold.seconds()).isEqualTo(OptionalInt.of(30));
      assertThat(hold.maxSeconds()).isEmpty();
      assertThat(hold.breaths()).isEmpty();
      assertThat(hold.approximate()).isTrue();
      assertThat(hold.wording()).contains("about 30 seconds");
      assertThat(exercise.steps().get(3).hold()).contains(hold);
    }

    @Test
    void repeatsTwoToFourTimesOnTheRightSideThenTheLeft() {
      Dosage dosage = entry.dosage();
      assertThat(dosage.repetitions()).contains(Repetitions.between(2, 4));
      assertThat(dosage.repetitions().orElseThrow().basis()).isEqualTo(RepetitionBasis.PER_SIDE);
      assertThat(dosage.sideOrder()).isEqualTo(SideOrder.ONE_SIDE_THEN_OTHER);
      assertThat(dosage.firstSide()).contains(Side.RIGHT);
      assertThat(dosage.notes())
          .contains("Repeat this two to four times on one side, then repeat on the other.");
    }

    @Test
    void isFeltInTheBackOfTheThigh() {
      assertThat(exercise.sensations())
          .containsExactly(
              Sensation.of("a stretch in the back of your thigh", BodyArea.HAMSTRINGS));
    }

    @Test
    void whoCannotReachTheirToesReachesForTheKneeOrShin() {
      assertThat(exercise.modifications())
          .containsExactly(
              Modification.of(
                  ModificationReason.LIMITED_FLEXIBILITY,
                  "If you can't reach your toes",
                  "You can reach for your knee or shin, depending on your flexibility."));
    }

    @Test
    void quotesNobodyDirectly() {
      assertThat(exercise.quotes()).isEmpty();
    }
  }

  @Nested
  class KneeToChestStretch {
    private final ProtocolEntry entry = entry("knee-to-chest-stretch");
    private final Exercise exercise = entry.exercise();

    @Test
    void startsLyingOnTheFloorWithKneesBentAndNeedsNoEquipment() {
      assertThat(exercise.startingPosition())
          .contains("Lying on your back on the floor with your feet flat and your knees bent.");
      assertThat(exercise.equipment()).isEmpty();
      assertThat(exercise.needsNoEquipment()).as("the floor will do").isTrue();
      assertThat(exercise.primaryTargets()).containsExactly(BodyArea.LOWER_BACK);
    }

    @Test
    void hasNoPurposeTheArticleDoesNotGive() {
      assertThat(exercise.purpose()).isEmpty();
    }

    @Test
    void hasTheFourStepsOfTheArticleInOrder() {
      assertThat(exercise.steps())
          .extracting(Step::text)
          .containsExactly(
              "Lie on the floor with your feet flat and your knees bent.",
              "With your right foot planted, gently pull your left knee toward your chest with both"
                  + " hands until you feel a stretch in your lower back.",
              "Pause here for a few breaths (around five seconds).",
              "Return to the starting position and repeat on the other side.");
    }

    @Test
    void liesDownOnceThenPullsHoldsAndReturnsEachRepetition() {
      assertThat(exercise.steps())
          .extracting(Step::phase)
          .containsExactly(
              StepPhase.SETUP, StepPhase.REPETITION, StepPhase.REPETITION, StepPhase.REPETITION);
    }

    @Test
    void onlyTheThirdStepHoldsForAFewBreaths() {
      Optional<Hold> aFewBreaths = entry.dosage().hold();
      assertThat(aFewBreaths).isPresent();
      assertThat(holdsByStep(exercise))
          .containsExactly(Optional.empty(), Optional.empty(), aFewBreaths, Optional.empty());
    }

    @Test
    void holdsForAFewBreathsAroundFiveSecondsApproximately() {
      Hold hold = entry.dosage().hold().orElseThrow();
      assertThat(hold.seconds()).isEqualTo(OptionalInt.of(5));
      assertThat(hold.maxSeconds()).isEmpty();
      assertThat(hold.breaths()).isEqualTo(OptionalInt.of(3));
      assertThat(hold.approximate()).isTrue();
      assertThat(hold.wording()).contains("a few breaths (around five seconds)");
    }

    @Test
    void repeatsTwoOrThreeTimesAlternatingSidesLeftKneeFirst() {
      Dosage dosage = entry.dosage();
      assertThat(dosage.repetitions()).contains(Repetitions.between(2, 3));
      assertThat(dosage.repetitions().orElseThrow().basis()).isEqualTo(RepetitionBasis.PER_SIDE);
      assertThat(dosage.sideOrder()).isEqualTo(SideOrder.ALTERNATING);
      assertThat(dosage.firstSide()).contains(Side.LEFT);
      assertThat(dosage.notes()).contains("Repeat each stretch two or three times.");
    }

    @Test
    void isFeltInTheLowerBack() {
      assertThat(exercise.sensations())
          .containsExactly(Sensation.of("a stretch in your lower back", BodyArea.LOWER_BACK));
    }

    @Test
    void offersAPillowOrMatACouchOrChairForBalanceAndTheBed() {
      assertThat(exercise.modifications())
          .extracting(Modification::reason, Modification::when, Modification::instruction)
          .containsExactly(
              tuple(
                  ModificationReason.DISCOMFORT,
                  "If lying on the floor feels uncomfortable",
                  "You can place a pillow or mat under your back."),
              tuple(
                  ModificationReason.BALANCE,
                  "For those who struggle to get up from the floor",
                  "Perform the exercise near a couch or sturdy chair to help with balance."),
              tuple(
                  ModificationReason.SETTING,
                  "As an alternative to the floor",
                  "You can perform this move in bed."));
    }

    @Test
    void quotesNobodyDirectly() {
      assertThat(exercise.quotes()).isEmpty();
    }
  }

  @Nested
  class StandingHurdlerStretch {
    private final ProtocolEntry entry = entry("standing-hurdler-stretch");
    private final Exercise exercise = entry.exercise();

    @Test
    void startsStandingAtABenchOrCouch() {
      assertThat(exercise.startingPosition()).contains("Standing, facing a bench or couch.");
      assertThat(exercise.equipment()).containsExactly("a bench or couch");
      assertThat(exercise.primaryTargets())
          .containsExactly(
              BodyArea.HAMSTRINGS, BodyArea.GLUTES, BodyArea.GROIN, BodyArea.ADDUCTORS);
    }

    @Test
    void hasNoPurposeTheArticleDoesNotGive() {
      assertThat(exercise.purpose()).isEmpty();
    }

    @Test
    void hasTheThreeStepsOfTheArticleInOrderWithoutAnInventedHold() {
      assertThat(exercise.steps())
          .extracting(Step::text)
          .containsExactly(
              "Place your left foot on a bench or couch.",
              "Keeping both legs straight and your hips square to the front, slowly bend from your"
                  + " waist to feel a stretch in your left hamstring.",
              "Breathe and switch sides.");
      assertThat(holdsByStep(exercise))
          .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void setsUpEachSideStretchesEachRepetitionAndThenSwitches() {
      assertThat(exercise.steps())
          .extracting(Step::phase)
          .containsExactly(StepPhase.SIDE_SETUP, StepPhase.REPETITION, StepPhase.SWITCH_SIDES);
    }

    @Test
    void givesNoHoldAndNoNumberOfRepetitionsLeftFootFirst() {
      Dosage dosage = entry.dosage();
      assertThat(dosage.hold()).isEmpty();
      assertThat(dosage.repetitions()).as("the article gives no number: none is invented").isEmpty();
      assertThat(dosage.amountGiven()).isFalse();
      assertThat(dosage.sideOrder()).isEqualTo(SideOrder.ONE_SIDE_THEN_OTHER);
      assertThat(dosage.firstSide()).contains(Side.LEFT);
      assertThat(dosage.notes())
          .contains(
              "Breathe and switch sides. The article gives no hold time and no number of"
                  + " repetitions.");
    }

    @Test
    void isFeltInTheHamstringAndInTheGlutesOppositeGroinAndAdductors() {
      assertThat(exercise.sensations())
          .containsExactly(
              Sensation.of("a stretch in the hamstring of the raised leg", BodyArea.HAMSTRINGS),
              Sensation.of(
                  "a stretch in your glutes and also in your opposite groin and adductors",
                  BodyArea.GLUTES,
                  BodyArea.GROIN,
                  BodyArea.ADDUCTORS));
    }

    @Test
    void offersNoModification() {
      assertThat(exercise.modifications()).isEmpty();
    }

    @Test
    void quotesDrWellsRothOnWhereItIsFelt() {
      assertThat(exercise.quotes())
          .extracting(Quote::text, q -> q.speaker().name(), Quote::sourceId)
          .containsExactly(
              tuple(
                  "You should feel this stretch in your glutes and also in your opposite groin and"
                      + " adductors",
                  "David Wells-Roth",
                  Optional.of("l5-s1-article")));
    }
  }
}
