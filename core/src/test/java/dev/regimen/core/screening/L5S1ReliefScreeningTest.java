package dev.regimen.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Screening the bundled L5-S1 routine, as its article says it should come out. */
class L5S1ReliefScreeningTest {
  private static final Protocol RELIEF = Catalog.l5s1Relief();
  private static final List<String> STRETCHES =
      List.of("seated-hamstring-stretch", "knee-to-chest-stretch", "standing-hurdler-stretch");
  private static final String SPECIALIST = "see-specialist-if-pain-persists";

  private static List<String> ids(List<EntryScreening> screenings) {
    return screenings.stream().map(EntryScreening::exerciseId).collect(Collectors.toList());
  }

  private static List<String> advisoryIds(ScreeningReport report) {
    return report.advisories().stream().map(a -> a.advisory().id()).collect(Collectors.toList());
  }

  @Test
  void aHerniatedDiscExtrudedOntoTheNerveMakesEveryStretchOneToAvoidPerTheSource() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds("herniated-disc")
            .addFindingIds("disc-extruded-onto-nerve")
            .build();
    ScreeningReport report = Screening.screen(RELIEF, profile);

    assertThat(ids(report.removed())).containsExactlyElementsOf(STRETCHES);
    for (EntryScreening stretch : report.entries()) {
      Reason avoid =
          stretch.reasons().stream()
              .filter(r -> r.severity() == Severity.AVOID)
              .findFirst()
              .orElseThrow();
      assertThat(avoid.matchedOn()).isEqualTo("Herniated disc (Disc extruded onto the nerve)");
      assertThat(avoid.rationale()).contains("extruded out onto the nerve");
      assertThat(avoid.contraindication().quote().orElseThrow().speaker().displayName())
          .isEqualTo("David Wells-Roth, MD");
      assertThat(avoid.sources()).extracting(s -> s.id()).containsExactly("l5-s1-article");
    }
    // Every entry of the routine is a stretch: nothing is left to do, and the report says so.
    assertThat(report.everyEntryAvoided()).isTrue();
    assertThat(report.personalised()).isEmpty();
    assertThat(advisoryIds(report))
        .containsExactly("consult-before-starting", "ease-off-if-discomfort-prolonged");
  }

  @Test
  void aHerniatedDiscAloneKeepsTheStretchesWithTheSourcesCaution() {
    PatientProfile profile = PatientProfile.builder().addConditionIds("herniated-disc").build();
    ScreeningReport report = Screening.screen(RELIEF, profile);

    assertThat(ids(report.keptWithCaution())).containsExactlyElementsOf(STRETCHES);
    Protocol personalised = report.personalised().orElseThrow();
    assertThat(personalised.entries()).hasSize(3);
    for (ProtocolEntry entry : personalised.entries()) {
      assertThat(entry.note().orElseThrow())
          .startsWith("Caution (Herniated disc): ")
          .contains("stretching can worsen a herniated disc");
    }
  }

  @Test
  void aPersonWithNeitherFindsEveryStretchSuitableAndTheRoutineUnchanged() {
    for (PatientProfile profile :
        List.of(
            PatientProfile.empty(),
            PatientProfile.builder().addConditionIds("muscle-injury", "joint-damage").build())) {
      ScreeningReport report = Screening.screen(RELIEF, profile);

      assertThat(ids(report.suitable())).containsExactlyElementsOf(STRETCHES);
      assertThat(report.personalised()).contains(RELIEF);
    }
  }

  @Test
  void sixWeeksOfPainBringsTheSpecialistAdvisoryWithItsSource() {
    ScreeningReport report = Screening.screen(RELIEF, PatientProfile.builder().painWeeks(6).build());

    ApplicableAdvisory specialist = report.advisory(SPECIALIST).orElseThrow();
    assertThat(specialist.advisory().quotes().get(0).text()).startsWith("If [your pain] persists");
    assertThat(specialist.sources()).extracting(s -> s.id()).containsExactly("l5-s1-article");
    assertThat(specialist.because()).startsWith("The pain has lasted 6 weeks;");
  }

  @Test
  void painShorterThanTheAdvisorysOwnThresholdDoesNotBringIt() {
    Advisory advisory =
        RELIEF.advisories().stream().filter(a -> a.id().equals(SPECIALIST)).findFirst().orElseThrow();
    int threshold = advisory.painWeeksAtLeast().getAsInt();

    assertThat(
            Screening.screen(RELIEF, PatientProfile.builder().painWeeks(threshold - 1).build())
                .advisory(SPECIALIST))
        .isEmpty();
    assertThat(
            Screening.screen(RELIEF, PatientProfile.builder().painWeeks(threshold).build())
                .advisory(SPECIALIST))
        .isPresent();
  }

  @Test
  void beingInPainNowBringsTheNotWhileInPainAdvisory() {
    ScreeningReport report = Screening.screen(RELIEF, PatientProfile.builder().inPain(true).build());

    assertThat(advisoryIds(report)).contains("not-while-in-pain");
    assertThat(report.advisory("not-while-in-pain").orElseThrow().sources())
        .extracting(s -> s.id())
        .containsExactly("l5-s1-article");
    assertThat(Screening.screen(RELIEF, PatientProfile.empty()).advisory("not-while-in-pain"))
        .isEmpty();
  }
}
