package dev.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** Screenings of the bundled protocol as a patient's CarePlan, as the source says they come out. */
class ScreeningFhirTest {
  private static final Protocol RELIEF = Catalog.l5s1Relief();
  private static final String PATIENT = "Patient/123";
  private static final String AD = "https://regimen.dev/fhir/ActivityDefinition/l5-s1-relief.";

  private static Bundle carePlan(Protocol protocol, PatientProfile profile) {
    ScreeningReport report = Screening.screen(protocol, profile);
    return FhirExport.defaults().carePlan(report, PATIENT);
  }

  private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  @Test
  void aDiscExtrudedOntoTheNerveLeavesNothingToDoAndThreeIssuesOfHighSeverity() {
    Bundle bundle = carePlan(RELIEF, PatientProfile.builder()
        .addConditionIds("herniated-disc").addFindingIds("disc-extruded-onto-nerve").build());
    assertThat(Validation.problems(bundle)).isEmpty();
    CarePlan plan = all(bundle, CarePlan.class).get(0);
    assertThat(plan.getInstantiatesCanonical().get(0).getValue())
        .isEqualTo("https://regimen.dev/fhir/PlanDefinition/l5-s1-relief");
    assertThat(plan.getSubject().getReference()).isEqualTo(PATIENT);
    assertThat(plan.getActivity()).isEmpty();
    assertThat(all(bundle, ServiceRequest.class)).isEmpty();
    List<DetectedIssue> issues = all(bundle, DetectedIssue.class);
    assertThat(issues).hasSize(3);
    assertThat(issues).allSatisfy(i -> {
      assertThat(i.getSeverity()).isEqualTo(DetectedIssue.DetectedIssueSeverity.HIGH);
      assertThat(i.getDetail()).contains("Avoid (Herniated disc (Disc extruded onto the nerve))");
      assertThat(i.getEvidenceFirstRep().getCodeFirstRep().getCoding()).extracting(c -> c.getCode())
          .containsExactly("M51.27", "20021007");
      assertThat(i.getEvidence()).hasSize(2); // one per matched contraindication: caution, then avoid
      assertThat(i.getEvidence().get(1).getCode().get(1).getText()).isEqualTo("Disc extruded onto the nerve");
    });
    assertThat(issues).extracting(i -> i.getImplicatedFirstRep().getReference()).containsExactly(
        AD + "seated-hamstring-stretch", AD + "knee-to-chest-stretch", AD + "standing-hurdler-stretch");
    assertThat(plan.getNote()).extracting(Annotation::getText)
        .anyMatch(n -> n.startsWith("Every exercise of this routine is to be avoided"));
    assertThat(plan.getSupportingInfo()).hasSize(3);
  }

  @Test
  void aHerniatedDiscAloneKeepsEveryStretchWithItsCautionAndTheAdvisoriesThatApply() {
    Bundle bundle = carePlan(RELIEF, PatientProfile.builder()
        .addConditionIds("herniated-disc").painWeeks(6).build());
    assertThat(Validation.problems(bundle)).isEmpty();
    List<ServiceRequest> requests = all(bundle, ServiceRequest.class);
    assertThat(requests).extracting(r -> r.getInstantiatesCanonical().get(0).getValue()).containsExactly(
        AD + "seated-hamstring-stretch", AD + "knee-to-chest-stretch", AD + "standing-hurdler-stretch");
    ServiceRequest hamstring = requests.get(0);
    assertThat(hamstring.getPatientInstruction())
        .startsWith("Do it 2 to 4 times on each side, holding each time for about 30 seconds.");
    assertThat(hamstring.getOccurrenceTiming().getRepeat().getFrequency()).isEqualTo(1);
    List<String> notes = hamstring.getNote().stream().map(Annotation::getText).collect(Collectors.toList());
    assertThat(notes).anyMatch(n -> n.contains("Caution (Herniated disc): While these exercises are generally safe"));
    assertThat(notes).anyMatch(n -> n.startsWith("See a specialist if the pain persists:")
        && n.contains("The pain has lasted 6 weeks; this applies from 2 weeks."));
    List<DetectedIssue> issues = all(bundle, DetectedIssue.class);
    assertThat(issues).hasSize(3).allSatisfy(i ->
        assertThat(i.getSeverity()).isEqualTo(DetectedIssue.DetectedIssueSeverity.MODERATE));
    List<String> requestUrls = bundle.getEntry().stream().filter(e -> e.getResource() instanceof ServiceRequest)
        .map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toList());
    assertThat(issues).extracting(i -> i.getImplicatedFirstRep().getReference()).containsExactlyElementsOf(requestUrls);
    CarePlan plan = all(bundle, CarePlan.class).get(0);
    assertThat(plan.getActivity()).extracting(a -> a.getReference().getReference()).containsExactlyElementsOf(requestUrls);
    assertThat(plan.getDescription()).isEqualTo("3 of 3 exercises of the routine kept after screening.");
  }

  @Test
  void anExerciseWithACautionInWordsIsKeptWithTheCautionToReadAndNoDetectedIssue() {
    ProtocolEntry first = RELIEF.entries().get(0);
    Protocol withCaution = Protocol.builder().from(RELIEF).entries(List.of(
        ProtocolEntry.builder().from(first).exercise(
            dev.regimen.core.exercise.Exercise.builder().from(first.exercise())
                .addCautions(Caution.of("Avoid this position if you have knee problems")).build()).build(),
        RELIEF.entries().get(1), RELIEF.entries().get(2))).build();
    Bundle bundle = carePlan(withCaution, PatientProfile.empty());
    assertThat(Validation.problems(bundle)).isEmpty();
    assertThat(all(bundle, DetectedIssue.class)).isEmpty();
    ServiceRequest hamstring = all(bundle, ServiceRequest.class).get(0);
    assertThat(hamstring.getNote()).extracting(Annotation::getText)
        .contains("Read this before you start (caution): Avoid this position if you have knee problems");
    assertThat(all(bundle, ServiceRequest.class).get(1).getNote()).extracting(Annotation::getText)
        .noneMatch(n -> n.contains("knee problems"));
  }

  @Test
  void theSameScreeningGivesTheSameBundle() {
    PatientProfile profile = PatientProfile.builder().addConditionIds("herniated-disc", "unknown-thing").build();
    assertThat(Fhir.json(carePlan(RELIEF, profile))).isEqualTo(Fhir.json(carePlan(RELIEF, profile)))
        .contains("Screening could not judge these conditions, which the routine does not know: unknown-thing");
  }
}
