package dev.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

/** The bundled protocol in FHIR, read as an EHR integrator would read it. */
class L5S1ReliefFhirTest {
  private static final Protocol RELIEF = Catalog.l5s1Relief();
  private static final Bundle BUNDLE = FhirExport.defaults().protocol(RELIEF);
  private static final PlanDefinition PLAN = (PlanDefinition) BUNDLE.getEntryFirstRep().getResource();
  private static final Path GOLDEN = Path.of("src/test/resources/golden/l5-s1-relief.fhir.json");

  @Test
  void validatesWithNoErrorAndNoWarning() {
    assertThat(Validation.problems(BUNDLE)).isEmpty();
  }

  @Test
  void theJsonIsTheReviewedGoldenFile() throws IOException {
    String json = Fhir.json(BUNDLE) + "\n";
    if (Boolean.getBoolean("regimen.fhir.writeGolden")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void readsBackToAnEqualProtocolFromJsonAndXmlWithNothingDropped() {
    for (String text : List.of(Fhir.json(BUNDLE), Fhir.xml(BUNDLE))) {
      FhirImportResult result = FhirImport.protocol(text);
      assertThat(result.notes()).isEmpty();
      assertThat(result.protocol()).isEqualTo(RELIEF);
      assertThat(result.url()).contains("https://regimen.dev/fhir/PlanDefinition/l5-s1-relief");
    }
  }

  @Test
  void isAShareableClinicalProtocolWhoseActionsNameTheActivityDefinitionsOfTheBundle() {
    assertThat(PLAN.getType().getCodingFirstRep().getCode()).isEqualTo("clinical-protocol");
    assertThat(PLAN.getMeta().getProfile().get(0).getValue())
        .isEqualTo("http://hl7.org/fhir/StructureDefinition/shareableplandefinition");
    assertThat(PLAN.getUrl()).isEqualTo("https://regimen.dev/fhir/PlanDefinition/l5-s1-relief");
    assertThat(PLAN.getName()).isEqualTo("L5S1Relief");
    assertThat(PLAN.getTitle()).isEqualTo("L5-S1 Relief Stretches");
    assertThat(PLAN.getVersion()).isEqualTo("1.0.0");
    assertThat(PLAN.getPublisher()).isEqualTo("Regimen");
    assertThat(PLAN.getText().getDivAsString()).contains("Seated Hamstring Stretch");
    List<String> fullUrls =
        BUNDLE.getEntry().stream().skip(1).map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toList());
    assertThat(PLAN.getAction()).extracting(a -> a.getDefinitionCanonicalType().getValue())
        .containsExactlyElementsOf(fullUrls);
    ActivityDefinition first = (ActivityDefinition) BUNDLE.getEntry().get(1).getResource();
    assertThat(first.getKind().toCode()).isEqualTo("ServiceRequest");
    assertThat(first.getIntent().toCode()).isEqualTo("proposal");
    assertThat(first.getCode().getCodingFirstRep().getCode()).isEqualTo("229065009");
    assertThat(first.getBodySite()).extracting(CodeableConcept::getText).containsExactly("hamstrings", "lower back");
  }

  @Test
  void theSeatedHamstringStretchIsTwoToFourHoldsOfThirtySecondsOnTheRightThenTheLeftDaily() {
    PlanDefinitionActionComponent action = PLAN.getActionFirstRep();
    assertThat(action.getTextEquivalent())
        .startsWith("Do it 2 to 4 times on each side, holding each time for about 30 seconds")
        .contains("One side, then the other, starting on the right.")
        .contains("Daily.");
    assertThat(action.getDescription()).startsWith("1. Sit up straight in a chair");
    assertThat(action.getAction()).extracting(PlanDefinitionActionComponent::getTitle)
        .containsExactly("Right side", "Left side");
    PlanDefinitionActionComponent right = action.getAction().get(0);
    CodeableConcept laterality = (CodeableConcept) right.getExtensionByUrl(Ext.LATERALITY).getValue();
    assertThat(laterality.getCodingFirstRep().getCode()).isEqualTo("24028007");
    Timing.TimingRepeatComponent perSide = right.getTimingTiming().getRepeat();
    assertThat(perSide.getCount()).isEqualTo(2);
    assertThat(perSide.getCountMax()).isEqualTo(4);
    assertThat(perSide.getDuration().intValue()).isEqualTo(30);
    assertThat(perSide.getDurationUnit()).isEqualTo(Timing.UnitsOfTime.S);
    assertThat(perSide.hasFrequency()).as("repetitions and the daily frequency never share a Timing").isFalse();
    PlanDefinitionActionComponent left = action.getAction().get(1);
    assertThat(left.getRelatedActionFirstRep().getActionId()).isEqualTo(right.getId());
    assertThat(left.getRelatedActionFirstRep().getRelationship().toCode()).isEqualTo("after-end");
    assertThat(right.getAction()).extracting(PlanDefinitionActionComponent::getPrefix)
        .containsExactly("1", "2", "3", "4");
    ActivityDefinition activity = (ActivityDefinition) BUNDLE.getEntry().get(1).getResource();
    Timing.TimingRepeatComponent daily = activity.getTimingTiming().getRepeat();
    assertThat(daily.getFrequency()).isEqualTo(1);
    assertThat(daily.getPeriod().intValue()).isEqualTo(1);
    assertThat(daily.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
    assertThat(daily.hasCount()).isFalse();
  }

  @Test
  void everyStretchIsNotApplicableWithAHerniatedDiscAndTheExtrusionIsToAvoid() {
    for (PlanDefinitionActionComponent action : PLAN.getAction()) {
      assertThat(action.getCondition()).hasSize(2);
      PlanDefinition.PlanDefinitionActionConditionComponent extruded = action.getCondition().get(1);
      assertThat(extruded.getKind().toCode()).isEqualTo("applicability");
      assertThat(extruded.getExpression().getLanguage()).isEqualTo("text/fhirpath");
      assertThat(extruded.getExpression().getExpression())
          .isEqualTo("(%regimenConditions contains 'herniated-disc' and %regimenFindings contains"
              + " 'disc-extruded-onto-nerve').not()");
      assertThat(extruded.getExpression().getDescription()).contains("extruded out onto the nerve");
      assertThat(extruded.getExtensionByUrl(Ext.CONTRAINDICATION).getExtensionString("severity"))
          .isEqualTo("avoid");
    }
    assertThat(PLAN.getTopic()).extracting(CodeableConcept::getText).contains("Herniated disc");
    assertThat(PLAN.getTopic().get(1).getCoding()).extracting(c -> c.getCode()).containsExactly("M51.27", "20021007");
    assertThat(PLAN.getUsage()).contains("Consult a medical professional before starting");
    assertThat(PLAN.getRelatedArtifactFirstRep().getType().toCode()).isEqualTo("citation");
    assertThat(PLAN.getRelatedArtifactFirstRep().getLabel()).isEqualTo("l5-s1-article");
  }

  @Test
  void theHurdlerStretchSaysItsAmountIsNotSpecifiedRatherThanInventingOne() {
    PlanDefinitionActionComponent hurdler = PLAN.getAction().get(2);
    assertThat(hurdler.getTextEquivalent()).startsWith("The source gives no number");
    assertThat(hurdler.getAction().get(0).hasTiming()).isFalse();
    assertThat(hurdler.getAction()).extracting(PlanDefinitionActionComponent::getTitle)
        .containsExactly("Left side", "Right side");
  }
}
