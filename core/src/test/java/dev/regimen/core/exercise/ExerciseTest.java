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

  private static Exercise.Builder curl() {
    return Exercise.builder()
        .id("dumbbell-curl")
        .name("Dumbbell Curl")
        .kind(ExerciseKind.STRENGTHENING)
        .addSteps(
            Step.of(StepPhase.SETUP, "Stand holding a dumbbell in each hand. This is your starting position."),
            Step.of("Curl the weights up."),
            Step.of("Lower them slowly."));
  }

  @Test
  void needsNoStartingPositionWhenTheFirstStepSetsUp() {
    Exercise exercise = curl().build();
    assertThat(exercise.startingPosition()).isEmpty();
    assertThat(exercise.steps(StepPhase.SETUP)).hasSize(1);
    assertThat(exercise.steps(StepPhase.REPETITION)).hasSize(2);
  }

  @Test
  void rejectsStepsOutOfPhaseOrder() {
    assertThat(
            violationsOf(
                () ->
                    curl()
                        .addSteps(
                            Step.of(StepPhase.FINISH, "Put the weights down."),
                            Step.of(StepPhase.SIDE_SETUP, "Turn to the other side."))
                        .build()))
        .containsExactly(
            new Violation(
                "steps[4].phase",
                "a side setup step cannot follow a finish step; steps go in the order setup, side"
                    + " setup, repetition, switch sides, finish"));
  }

  @Test
  void primaryAndSecondaryTargetsAreDistinct() {
    Exercise exercise =
        curl().addPrimaryTargets(dev.regimen.core.anatomy.BodyArea.BICEPS).addSecondaryTargets(dev.regimen.core.anatomy.BodyArea.FOREARMS).build();
    assertThat(exercise.targets()).containsExactly(dev.regimen.core.anatomy.BodyArea.BICEPS, dev.regimen.core.anatomy.BodyArea.FOREARMS);
    assertThat(
            violationsOf(
                () ->
                    curl()
                        .addPrimaryTargets(dev.regimen.core.anatomy.BodyArea.BICEPS, dev.regimen.core.anatomy.BodyArea.BICEPS)
                        .addSecondaryTargets(dev.regimen.core.anatomy.BodyArea.FOREARMS, dev.regimen.core.anatomy.BodyArea.BICEPS)
                        .build()))
        .containsExactly(
            new Violation("primaryTargets[1]", "repeats primaryTargets[0]"),
            new Violation(
                "secondaryTargets[1]",
                "'biceps' is a primary target already; an area is primary or secondary, not both"));
  }

  @Test
  void equipmentIsListedNoneNeededOrNotStated() {
    assertThat(curl().addEquipment("dumbbells").build().equipmentStatus()).isEqualTo(EquipmentStatus.LISTED);
    assertThat(curl().needsNoEquipment(true).build().equipmentStatus()).isEqualTo(EquipmentStatus.NONE_NEEDED);
    assertThat(curl().build().equipmentStatus()).isEqualTo(EquipmentStatus.NOT_STATED);
    assertThat(curl().needsPartner(true).build().needsPartner()).isTrue();
    assertThat(violationsOf(() -> curl().needsNoEquipment(true).addEquipment("dumbbells").build()))
        .containsExactly(
            new Violation("needsNoEquipment", "says no equipment is needed, but equipment is listed"));
    assertThat(violationsOf(() -> curl().addEquipment("dumbbells", "a bench", "dumbbells").build()))
        .containsExactly(new Violation("equipment[2]", "repeats equipment[0]"));
  }

  @Test
  void declaresTheLanguageOfItsTextAsACanonicalTag() {
    assertThat(curl().build().language()).isEqualTo("en");
    assertThat(curl().language("es-MX").build().locale().getCountry()).isEqualTo("MX");
    assertThat(violationsOf(() -> curl().language("english").build()))
        .containsExactly(new Violation("language", "must be a BCP 47 language tag such as 'en' or 'es-MX', was 'english'"));
    assertThat(violationsOf(() -> curl().language("es-mx").build()))
        .containsExactly(new Violation("language", "must be written 'es-MX', was 'es-mx'"));
    assertThat(violationsOf(() -> curl().language("").build()))
        .containsExactly(new Violation("language", "must be a BCP 47 language tag such as 'en' or 'es-MX', was ''"));
  }

  @Test
  void keepsItsProvenance() {
    Exercise imported =
        curl()
            .licence("Unlicense")
            .addExternalIds(dev.regimen.core.source.ExternalId.of("free-exercise-db", "Dumbbell_Bicep_Curl"))
            .addAuthors(dev.regimen.core.source.Person.named("Jane Doe"))
            .build();
    assertThat(imported.licence()).contains("Unlicense");
    assertThat(imported.externalIds()).extracting(dev.regimen.core.source.ExternalId::id).containsExactly("Dumbbell_Bicep_Curl");
    assertThat(violationsOf(() -> curl().licence("Public Domain").build()))
        .containsExactly(
            new Violation(
                "licence",
                "must be an SPDX licence identifier such as 'Apache-2.0' or 'CC-BY-4.0', was 'Public Domain'"));
    assertThat(curl().licence("GPL-2.0+").build().licence()).contains("GPL-2.0+");
  }

  @Test
  void rejectsTwoOwnSourcesOfOneId() {
    dev.regimen.core.source.Source a = dev.regimen.core.source.Source.builder().id("db").name("A").build();
    dev.regimen.core.source.Source b = dev.regimen.core.source.Source.builder().id("db").name("B").build();
    assertThat(violationsOf(() -> curl().addSources(a, b).build()))
        .containsExactly(new Violation("sources[1].id", "duplicate source id 'db' (first at sources[0])"));
  }

  @Test
  void carriesCautionsInWordsAsSafetyContent() {
    Exercise lunge =
        curl().addCautions(dev.regimen.core.safety.Caution.avoid("Avoid this position if you have knee problems")).build();
    assertThat(lunge.hasSafetyContent()).isTrue();
    assertThat(curl().build().hasSafetyContent()).isFalse();
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
        .checkAssert(e -> assertThat(ValueContracts.assertListsUnmodifiable(e)).as("15 attributes, targets() and steps(phase) is not").isEqualTo(15));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().withExamples(300)
        .forAll(exercises())
        .checkAssert(e -> assertThat(ValueContracts.assertBuilderCopiesLists(e)).as("14 list attributes").isEqualTo(14));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Exercise.builder());
  }
}
