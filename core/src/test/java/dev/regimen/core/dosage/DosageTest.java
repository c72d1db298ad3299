package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.dosages;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DosageTest {

  @Test
  void aDosageThatSaysNothingOfHowMuchIsNotSpecifiedRatherThanOneRepetition() {
    Dosage dosage = Dosage.notSpecified();
    assertThat(dosage.amountGiven()).isFalse();
    assertThat(dosage.repetitions()).isEmpty();
    assertThat(dosage.duration()).isEmpty();
    assertThat(dosage.distance()).isEmpty();
    assertThat(dosage.asManyAsPossible()).isFalse();
    assertThat(dosage).isEqualTo(Dosage.builder().build());
  }

  @Test
  void defaultsToOneSetWithBothSidesAtOnceAndNothingElse() {
    Dosage dosage = Dosage.builder().build();
    assertThat(dosage.sets()).isEqualTo(Range.of(1));
    assertThat(dosage.sideOrder()).isEqualTo(SideOrder.BOTH_AT_ONCE);
    assertThat(dosage.sideCount()).isEqualTo(1);
    assertThat(dosage.hold()).isEmpty();
    assertThat(dosage.firstSide()).isEmpty();
    assertThat(dosage.restSeconds()).isEmpty();
    assertThat(dosage.restBetweenSetsSeconds()).isEmpty();
    assertThat(dosage.frequency()).isEmpty();
    assertThat(dosage.programmeWeeks()).isEmpty();
    assertThat(dosage.intensity()).isEmpty();
    assertThat(dosage.load()).isEmpty();
    assertThat(dosage.effort()).isEmpty();
    assertThat(dosage.tempo()).isEmpty();
    assertThat(dosage.notes()).isEmpty();
  }

  @Test
  void anyMeasureOfASetGivesTheAmount() {
    assertThat(Dosage.ofRepetitions(Repetitions.between(8, 12)).amountGiven()).isTrue();
    assertThat(Dosage.ofDuration(TimeRange.ofMinutes(30)).amountGiven()).isTrue();
    assertThat(Dosage.builder().distance(Distance.of(2, DistanceUnit.KILOMETRES)).build().amountGiven()).isTrue();
    assertThat(Dosage.builder().asManyAsPossible(true).build().amountGiven()).isTrue();
    assertThat(Dosage.builder().hold(Hold.ofSeconds(30)).build().amountGiven())
        .as("a hold says how long, not how many")
        .isFalse();
  }

  @Test
  void oneSidedExercisesWorkTwoSides() {
    qt().forAll(dosages())
        .checkAssert(d -> assertThat(d.sideCount()).isEqualTo(d.sideOrder().isOneSided() ? 2 : 1));
  }

  @Test
  void acceptsAFirstSideForOneSidedExercises() {
    Dosage dosage =
        Dosage.builder().sideOrder(SideOrder.ONE_SIDE_THEN_OTHER).firstSide(Side.LEFT).build();
    assertThat(dosage.firstSide()).contains(Side.LEFT);
    assertThat(Dosage.builder().sideOrder(SideOrder.ALTERNATING).firstSide(Side.RIGHT).build().firstSide())
        .contains(Side.RIGHT);
  }

  @Test
  void rejectsAFirstSideWhenBothSidesWorkAtOnce() {
    assertThat(rejectionOf(() -> Dosage.builder().firstSide(Side.LEFT).build()))
        .hasMessage("firstSide: only a one-sided exercise has a first side; side order is both_at_once");
  }

  @Test
  void rejectsMoreThanOneMeasureOfASet() {
    String rule = "gives a set as repetitions, a duration or a distance: only one of them";
    assertThat(
            violationsOf(
                () ->
                    Dosage.builder()
                        .repetitions(Repetitions.exactly(10))
                        .duration(TimeRange.ofSeconds(30))
                        .build()))
        .containsExactly(new Violation("", rule));
    assertThat(
            violationsOf(
                () ->
                    Dosage.builder()
                        .duration(TimeRange.ofSeconds(30))
                        .distance(Distance.of(400, DistanceUnit.METRES))
                        .build()))
        .containsExactly(new Violation("", rule));
  }

  @Test
  void rejectsAsManyAsPossibleWithACountOrADistance() {
    assertThat(
            violationsOf(
                () -> Dosage.builder().asManyAsPossible(true).repetitions(Repetitions.exactly(8)).build()))
        .containsExactly(
            new Violation("asManyAsPossible", "leaves the count open; it cannot go with repetitions"));
    assertThat(
            violationsOf(
                () ->
                    Dosage.builder()
                        .asManyAsPossible(true)
                        .distance(Distance.of(1, DistanceUnit.MILES))
                        .build()))
        .containsExactly(
            new Violation("asManyAsPossible", "counts repetitions; it cannot go with a distance"));
    assertThat(Dosage.builder().asManyAsPossible(true).duration(TimeRange.ofSeconds(60)).build().amountGiven())
        .as("as many as you can in 60 seconds")
        .isTrue();
  }

  @Test
  void rejectsAHoldTogetherWithADuration() {
    assertThat(
            violationsOf(
                () -> Dosage.builder().hold(Hold.ofSeconds(30)).duration(TimeRange.ofMinutes(1)).build()))
        .containsExactly(
            new Violation(
                "hold",
                "is held in each repetition; a duration is for the whole set: give one of them"));
  }

  @Test
  void rejectsATempoWithoutRepetitions() {
    assertThat(violationsOf(() -> Dosage.builder().tempo(Tempo.parse("3-1-1-0")).build()))
        .containsExactly(
            new Violation("tempo", "paces repetitions; it needs repetitions or as many as possible"));
    assertThat(
            Dosage.builder()
                .repetitions(Repetitions.between(8, 12))
                .tempo(Tempo.parse("3-1-1-0"))
                .build()
                .tempo())
        .contains(Tempo.parse("3-1-1-0"));
  }

  @Test
  void rejectsSetsOutsideOneToTheMaximum() {
    assertThat(violationsOf(() -> Dosage.builder().sets(Range.of(0)).build()))
        .containsExactly(new Violation("sets.min", "must be from 1 to 100, was 0"));
    assertThat(violationsOf(() -> Dosage.builder().sets(Range.between(0, 2)).build()))
        .containsExactly(new Violation("sets.min", "must be from 1 to 100, was 0"));
    assertThat(violationsOf(() -> Dosage.builder().sets(Range.between(2, 101)).build()))
        .containsExactly(new Violation("sets.max", "must be at most 100, was 101"));
    assertThat(Dosage.builder().sets(Range.between(2, 3)).build().sets()).isEqualTo(Range.between(2, 3));
    assertThat(Dosage.builder().sets(Range.of(Dosage.MAX_SETS)).build().sets().max()).isEqualTo(100);
  }

  @Test
  void rejectsRestsLongerThanAnHour() {
    assertThat(violationsOf(() -> Dosage.builder().restSeconds(Range.between(60, 3601)).build()))
        .containsExactly(new Violation("restSeconds.max", "must be at most 3600, was 3601"));
    assertThat(violationsOf(() -> Dosage.builder().restBetweenSetsSeconds(Range.of(7200)).build()))
        .containsExactly(new Violation("restBetweenSetsSeconds.max", "must be at most 3600, was 7200"));
    Dosage zero = Dosage.builder().restSeconds(Range.of(0)).restBetweenSetsSeconds(Range.between(60, 90)).build();
    assertThat(zero.restSeconds()).contains(Range.of(0));
    assertThat(zero.restBetweenSetsSeconds()).contains(Range.between(60, 90));
  }

  @Test
  void rejectsAProgrammeOutsideOneWeekToTenYears() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0).mix(integers().between(521, Integer.MAX_VALUE)))
        .checkAssert(
            weeks ->
                assertThat(violationsOf(() -> Dosage.builder().programmeWeeks(weeks).build()))
                    .containsExactly(new Violation("programmeWeeks", "must be from 1 to 520, was " + weeks)));
  }

  @Test
  void rejectsBlankNotes() {
    qt().forAll(blankTexts())
        .checkAssert(
            n ->
                assertThat(violationsOf(() -> Dosage.builder().notes(n).build()))
                    .containsExactly(new Violation("notes", "must not be blank")));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Dosage.builder()
                        .sets(Range.of(0))
                        .restSeconds(Range.of(4000))
                        .restBetweenSetsSeconds(Range.of(5000))
                        .programmeWeeks(0)
                        .firstSide(Side.RIGHT)
                        .notes("")
                        .build()))
        .containsExactly(
            new Violation("sets.min", "must be from 1 to 100, was 0"),
            new Violation("restSeconds.max", "must be at most 3600, was 4000"),
            new Violation("restBetweenSetsSeconds.max", "must be at most 3600, was 5000"),
            new Violation("programmeWeeks", "must be from 1 to 520, was 0"),
            new Violation("firstSide", "only a one-sided exercise has a first side; side order is both_at_once"),
            new Violation("notes", "must not be blank"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(dosages()).checkAssert(d -> ValueContracts.assertSameValue(Dosage.builder().from(d).build(), d));
  }

  @Test
  void valuesThatDifferInAnAttributeAreNotEqual() {
    qt().forAll(dosages())
        .checkAssert(
            d -> {
              Range other =
                  d.sets().max() < Dosage.MAX_SETS
                      ? Range.between(d.sets().min(), d.sets().max() + 1)
                      : Range.of(1);
              assertThat(Dosage.builder().from(d).sets(other).build()).isNotEqualTo(d);
              assertThat(Dosage.builder().from(d).notes(d.notes().orElse("") + "!").build()).isNotEqualTo(d);
            });
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Dosage.builder());
  }
}
