package dev.regimen.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Quote;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pins the safety content of the L5-S1 routine: contraindications and advisories. */
class L5S1ReliefSafetyTest {
  private static final Protocol PROTOCOL = Catalog.l5s1Relief();

  private static final String EXTRUDED_QUOTE =
      "If you have a herniated disc and some of the disc is extruded out onto the nerve, you can"
          + " extrude it even more from the pressure and ultimately make it worse";

  private static Advisory advisory(String id) {
    return PROTOCOL.advisories().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyStretchIsCautionedForAHerniatedDiscAndAvoidedWhenTheDiscIsExtrudedOntoTheNerve() {
    assertThat(PROTOCOL.exercises()).hasSize(3);
    for (Exercise exercise : PROTOCOL.exercises()) {
      assertThat(exercise.contraindications())
          .as(exercise.id())
          .extracting(
              Contraindication::conditionId,
              Contraindication::findingId,
              Contraindication::severity,
              Contraindication::sourceIds)
          .containsExactly(
              tuple("herniated-disc", Optional.empty(), Severity.CAUTION, List.of("l5-s1-article")),
              tuple(
                  "herniated-disc",
                  Optional.of("disc-extruded-onto-nerve"),
                  Severity.AVOID,
                  List.of("l5-s1-article")));
    }
  }

  @Test
  void theCautionSaysStretchingCanWorsenAHerniatedDisc() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      Contraindication caution = exercise.contraindications().get(0);
      assertThat(caution.rationale())
          .as(exercise.id())
          .containsIgnoringCase("in some cases, stretching can worsen a herniated disc");
      assertThat(caution.quote()).as(exercise.id()).isEmpty();
    }
  }

  @Test
  void theAvoidanceQuotesDrWellsRothOnExtrudingTheDiscFurther() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      Contraindication avoid = exercise.contraindications().get(1);
      assertThat(avoid.rationale()).as(exercise.id()).contains("extruded out onto the nerve");
      Quote quote = avoid.quote().orElseThrow();
      assertThat(quote.text()).isEqualTo(EXTRUDED_QUOTE);
      assertThat(quote.speaker().name()).isEqualTo("David Wells-Roth");
      assertThat(quote.sourceId()).contains("l5-s1-article");
    }
  }

  @Test
  void theContraindicationsNameAConditionAndFindingOfTheProtocol() {
    assertThat(PROTOCOL.condition("herniated-disc")).isPresent();
    assertThat(PROTOCOL.condition("herniated-disc").get().finding("disc-extruded-onto-nerve"))
        .isPresent();
  }

  @Test
  void hasTheFourAdvisoriesInOrderWithTheirTriggers() {
    assertThat(PROTOCOL.advisories())
        .extracting(Advisory::id, Advisory::trigger, Advisory::painWeeksAtLeast)
        .containsExactly(
            tuple("consult-before-starting", AdvisoryTrigger.ALWAYS, OptionalInt.empty()),
            tuple(
                "see-specialist-if-pain-persists",
                AdvisoryTrigger.PAIN_PERSISTS,
                OptionalInt.of(2)),
            tuple(
                "ease-off-if-discomfort-prolonged",
                AdvisoryTrigger.DURING_EXERCISE,
                OptionalInt.empty()),
            tuple("not-while-in-pain", AdvisoryTrigger.IN_PAIN_NOW, OptionalInt.empty()));
  }

  @Test
  void everyAdvisoryCitesTheArticle() {
    assertThat(PROTOCOL.advisories())
        .allSatisfy(a -> assertThat(a.sourceIds()).as(a.id()).containsExactly("l5-s1-article"));
  }

  @Test
  void consultBeforeStartingTellsToConsultAMedicalProfessional() {
    Advisory consult = advisory("consult-before-starting");
    assertThat(consult.name()).isEqualTo("Consult a medical professional before starting");
    assertThat(consult.text())
        .startsWith(
            "Before you try any exercises or stretches for your lower back, it's best to consult a"
                + " medical professional.");
    assertThat(consult.quotes()).isEmpty();
  }

  @Test
  void painPersistingTwoWeeksSendsToASpecialistWithDrWellsRothsWords() {
    Advisory specialist = advisory("see-specialist-if-pain-persists");
    assertThat(specialist.name()).isEqualTo("See a specialist if the pain persists");
    assertThat(specialist.text()).contains("a few weeks").contains("see a specialist");
    assertThat(specialist.painWeeksAtLeast()).isEqualTo(OptionalInt.of(2));
    assertThat(specialist.quotes())
        .extracting(Quote::text, q -> q.speaker().name(), Quote::sourceId)
        .containsExactly(
            tuple(
                "If [your pain] persists, it is probably not muscular, and you should see a"
                    + " specialist in order to figure out a solution and what is wrong, so you"
                    + " don't create further injury",
                "David Wells-Roth",
                Optional.of("l5-s1-article")));
  }

  @Test
  void prolongedDiscomfortDuringExerciseMeansEaseOffAndConsultADoctor() {
    Advisory easeOff = advisory("ease-off-if-discomfort-prolonged");
    assertThat(easeOff.name()).isEqualTo("Ease off if discomfort is prolonged");
    assertThat(easeOff.text())
        .isEqualTo(
            "If you experience prolonged discomfort, ease off your exercise routine and consult a"
                + " doctor.");
  }

  @Test
  void exerciseHelpsOnlyWhenYouAreNotAlreadyInPain() {
    Advisory notInPain = advisory("not-while-in-pain");
    assertThat(notInPain.name()).isEqualTo("Do not exercise while you are already in pain");
    assertThat(notInPain.text()).contains("as long as you're not already in pain when you do it");
  }
}
