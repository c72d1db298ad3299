package dev.regimen.core.exercise;

import static dev.regimen.core.testing.Generators.exercises;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ExerciseTest {
  private static final String SLUG =
      "must be a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest'),"
          + " was ";

  @Test
  void anExerciseWithNoStepsAndABadIdReportsBoth() {
    assertThat(
            rejectionOf(
                () ->
                    Exercise.builder()
                        .id("Knee To Chest")
                        .name("Knee-to-Chest Stretch")
                        .kind(ExerciseKind.STRETCH)
                        .startingPosition("Lie on your back with your knees bent.")
                        .build()))
        .hasMessage("2 problems: id: " + SLUG + "'Knee To Chest'; steps: must have at least one step")
        .satisfies(
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("id", SLUG + "'Knee To Chest'"),
                        new Violation("steps", "must have at least one step")));
  }

  @Test
  void rejectsBlankTextsNamingEachOne() {
    assertThat(
            violationsOf(
                () ->
                    Exercise.builder()
                        .id("cat-cow")
                        .name(" ")
                        .kind(ExerciseKind.MOBILITY)
                        .purpose("")
                        .startingPosition("\t")
                        .addEquipment("a mat", " ", "a towel", "")
                        .addSteps(Step.of("Arch your back."))
                        .build()))
        .containsExactly(
            new Violation("name", "must not be blank"),
            new Violation("purpose", "must not be blank"),
            new Violation("startingPosition", "must not be blank"),
            new Violation("equipment[1]", "must not be blank"),
            new Violation("equipment[3]", "must not be blank"));
  }

  @Test
  void keepsTheStepsInOrder() {
    Exercise exercise =
        Exercise.builder()
            .id("knee-to-chest")
            .name("Knee-to-Chest Stretch")
            .kind(ExerciseKind.STRETCH)
            .startingPosition("Lie on your back.")
            .addSteps(Step.of("Bring one knee to your chest."), Step.of("Hold it with both hands."))
            .addSteps(Step.of("Lower it again."))
            .build();
    assertThat(exercise.steps())
        .extracting(Step::text)
        .containsExactly("Bring one knee to your chest.", "Hold it with both hands.", "Lower it again.");
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().withExamples(300)
        .forAll(exercises())
        .checkAssert(e -> ValueContracts.assertSameValue(Exercise.builder().from(e).build(), e));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().withExamples(300)
        .forAll(exercises())
        .checkAssert(e -> assertThat(ValueContracts.assertListsUnmodifiable(e)).isEqualTo(8));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().withExamples(300)
        .forAll(exercises())
        .checkAssert(e -> assertThat(ValueContracts.assertBuilderCopiesLists(e)).isEqualTo(8));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Exercise.builder());
  }
}
