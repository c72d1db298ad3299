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
  void defaultsToOneRepetitionOfOneSetWithBothSidesAtOnce() {
    Dosage dosage = Dosage.builder().build();
    assertThat(dosage.repetitions()).isEqualTo(Repetitions.exactly(1));
    assertThat(dosage.sets()).isEqualTo(1);
    assertThat(dosage.sideOrder()).isEqualTo(SideOrder.BOTH_AT_ONCE);
    assertThat(dosage.sideCount()).isEqualTo(1);
    assertThat(dosage.hold()).isEmpty();
    assertThat(dosage.firstSide()).isEmpty();
    assertThat(dosage.restSeconds()).isEmpty();
    assertThat(dosage.restBetweenSetsSeconds()).isEmpty();
    assertThat(dosage.frequency()).isEmpty();
    assertThat(dosage.programmeWeeks()).isEmpty();
    assertThat(dosage.intensity()).isEmpty();
    assertThat(dosage.notes()).isEmpty();
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
  void rejectsFewerThanOneSet() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            sets ->
                assertThat(violationsOf(() -> Dosage.builder().sets(sets).build()))
                    .containsExactly(new Violation("sets", "must be at least 1, was " + sets)));
  }

  @Test
  void rejectsNegativeRests() {
    qt().forAll(integers().between(Integer.MIN_VALUE, -1))
        .checkAssert(
            rest -> {
              assertThat(violationsOf(() -> Dosage.builder().restSeconds(rest).build()))
                  .containsExactly(new Violation("restSeconds", "must not be negative, was " + rest));
              assertThat(violationsOf(() -> Dosage.builder().restBetweenSetsSeconds(rest).build()))
                  .containsExactly(
                      new Violation("restBetweenSetsSeconds", "must not be negative, was " + rest));
            });
    assertThat(Dosage.builder().restSeconds(0).restBetweenSetsSeconds(0).build().restSeconds()).hasValue(0);
  }

  @Test
  void rejectsAProgrammeShorterThanAWeek() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            weeks ->
                assertThat(violationsOf(() -> Dosage.builder().programmeWeeks(weeks).build()))
                    .containsExactly(new Violation("programmeWeeks", "must be greater than 0, was " + weeks)));
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
                        .sets(0)
                        .restSeconds(-1)
                        .restBetweenSetsSeconds(-2)
                        .programmeWeeks(0)
                        .firstSide(Side.RIGHT)
                        .notes("")
                        .build()))
        .containsExactly(
            new Violation("sets", "must be at least 1, was 0"),
            new Violation("restSeconds", "must not be negative, was -1"),
            new Violation("restBetweenSetsSeconds", "must not be negative, was -2"),
            new Violation("programmeWeeks", "must be greater than 0, was 0"),
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
              assertThat(Dosage.builder().from(d).sets(d.sets() + 1).build()).isNotEqualTo(d);
              assertThat(Dosage.builder().from(d).notes(d.notes().orElse("") + "!").build()).isNotEqualTo(d);
            });
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Dosage.builder());
  }
}
