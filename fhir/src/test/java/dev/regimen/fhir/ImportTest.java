package dev.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.junit.jupiter.api.Test;

/** Foreign PlanDefinitions import best-effort with every loss noted; malformed input is rejected with where. */
class ImportTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = ImportTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aForeignPlanImportsWhatFhirSaysAndNotesEverythingElse() throws IOException {
    FhirImportResult result = FhirImport.protocol(resource("/foreign/low-back-home.json"));
    Protocol p = result.protocol();
    assertThat(p.id()).isEqualTo("low-back-home");
    assertThat(p.name()).isEqualTo("Low back home programme");
    assertThat(p.summary()).isEqualTo("Home exercises after a physiotherapy visit.");
    assertThat(result.url()).contains("http://clinic.example.org/fhir/PlanDefinition/low-back-home");
    assertThat(result.version()).contains("3");
    assertThat(p.advisories()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Stop if the pain gets worse."));
    assertThat(p.sources()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("clinic-leaflet-12");
      assertThat(s.link()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("http://clinic.example.org/leaflets/12"));
    });
    Exercise tilt = p.entries().get(0).exercise();
    assertThat(tilt.id()).isEqualTo("pelvic-tilt");
    assertThat(tilt.name()).isEqualTo("Pelvic tilt");
    assertThat(tilt.kind()).isEqualTo(ExerciseKind.MOBILITY);
    assertThat(tilt.steps()).extracting(Step::text)
        .containsExactly("Lie on your back with your knees bent.", "Flatten your back against the floor.");
    assertThat(tilt.contraindications()).isEmpty();
    Dosage dose = p.entries().get(0).dosage();
    assertThat(dose.repetitions()).contains(Repetitions.exactly(10));
    assertThat(dose.frequency().orElseThrow().min()).isEqualTo(2);
    assertThat(dose.frequency().orElseThrow().period()).isEqualTo(FrequencyPeriod.DAY);
    assertThat(dose.notes()).contains("10 times, twice a day");

    String notes = result.notes().stream().map(ImportNote::toString).collect(Collectors.joining("\n"));
    assertThat(result.isLossless()).isFalse();
    assertThat(notes)
        .contains("Bundle.entry[2]: ignored: a Patient is not part of a protocol")
        .contains("PlanDefinition: no Regimen id: the id 'low-back-home' is derived from the resource id")
        .contains("PlanDefinition.topic[0]: dropped: a topic ('Low back pain') is not a Regimen condition")
        .contains("PlanDefinition.usage: kept as an advisory that always applies")
        .contains("PlanDefinition.action[0].condition[0]: dropped: a condition without Regimen's contraindication"
            + " extension names no condition of the protocol (Not after a spinal fracture)")
        .contains("no exercise kind in FHIR: set to mobility")
        .contains("bodySite[0]: dropped: 'lower back' is not a Regimen body area")
        .contains("PlanDefinition.action[0].description: read as the steps, one a line")
        .contains("PlanDefinition.action[0]: no Regimen dosage extension");
  }

  @Test
  void aDoseThatSaysNothingReadsBackAsRegimensDoseWithNoNote() {
    // one set, both sides at once, no amount and nothing else: every part of its extension is a
    // default, and FHIR serialisers leave out an extension with nothing in it
    Protocol relief = Catalog.l5s1Relief();
    Protocol silent =
        Protocol.builder()
            .from(relief)
            .entries(java.util.List.of(
                dev.regimen.core.protocol.ProtocolEntry.builder()
                    .from(relief.entries().get(0))
                    .dosage(Dosage.builder().build())
                    .build()))
            .build();
    Bundle bundle = FhirExport.defaults().protocol(silent);
    for (String text : new String[] {Fhir.json(bundle), Fhir.xml(bundle)}) {
      FhirImportResult back = FhirImport.protocol(text);
      assertThat(back.notes()).isEmpty();
      assertThat(back.protocol()).isEqualTo(silent);
    }
  }

  @Test
  void regimenContentWithoutItsExtensionsKeepsWhatFhirsOwnElementsSay() {
    Protocol relief = Catalog.l5s1Relief();
    Bundle bundle = FhirExport.defaults().protocol(relief);
    PlanDefinition plan = (PlanDefinition) bundle.getEntryFirstRep().getResource();
    for (var action : plan.getAction()) {
      action.getExtension().clear();
    }
    FhirImportResult result = FhirImport.protocol(bundle);
    Protocol back = result.protocol();
    assertThat(back.name()).isEqualTo(relief.name());
    assertThat(back.entries()).hasSize(3);
    Dosage hamstring = back.entries().get(0).dosage();
    assertThat(hamstring.repetitions()).contains(Repetitions.between(2, 4));
    assertThat(hamstring.hold().orElseThrow().seconds()).hasValue(30);
    assertThat(hamstring.frequency().orElseThrow().min()).isEqualTo(1);
    assertThat(back.entries().get(0).exercise()).isEqualTo(relief.entries().get(0).exercise());
    assertThat(result.notes()).extracting(ImportNote::location).contains("PlanDefinition.action[0]");
  }

  @Test
  void inputThatIsNoProtocolIsRejectedSayingWhy() {
    assertThatThrownBy(() -> FhirImport.protocol("{ not json"))
        .isInstanceOf(FhirImportException.class).hasMessageStartingWith("is not FHIR R4 JSON");
    assertThatThrownBy(() -> FhirImport.protocol("{\"resourceType\": \"Patient\"}"))
        .isInstanceOf(FhirImportException.class)
        .hasMessage("Patient: is a Patient, expected a Bundle holding a PlanDefinition, or a PlanDefinition");
    assertThatThrownBy(() -> FhirImport.protocol("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"))
        .isInstanceOf(FhirImportException.class).hasMessage("Bundle: holds no PlanDefinition");
    assertThatThrownBy(() -> FhirImport.protocol("{\"resourceType\": \"PlanDefinition\", \"title\": \"x\", \"status\": \"draft\"}"))
        .isInstanceOf(FhirImportException.class)
        .hasMessage("PlanDefinition.action: is required: a protocol has at least one exercise");
  }

  @Test
  void regimenExtensionsThatBreakTheModelsRulesAreRejectedWithTheirLocation() {
    Bundle bundle = FhirExport.defaults().protocol(Catalog.l5s1Relief());
    Extension dosage = ((PlanDefinition) bundle.getEntryFirstRep().getResource())
        .getActionFirstRep().getExtensionByUrl(Ext.DOSAGE);
    Ext.child(dosage, "side-order").orElseThrow().setValue(new org.hl7.fhir.r4.model.CodeType("both"));
    String json = Fhir.json(bundle);
    assertThatThrownBy(() -> FhirImport.protocol(json))
        .isInstanceOf(FhirImportException.class)
        .hasMessage("PlanDefinition.action[0].extension[dosage].side-order: 'both' is not one of"
            + " [both-at-once, one-side-then-other, alternating]");

    Ext.child(dosage, "side-order").orElseThrow().setValue(new org.hl7.fhir.r4.model.CodeType("one-side-then-other"));
    Extension reps = Ext.child(dosage, "repetitions").orElseThrow();
    Ext.child(reps, "min").orElseThrow().setValue(new org.hl7.fhir.r4.model.IntegerType(0));
    assertThatThrownBy(() -> FhirImport.protocol(bundle))
        .isInstanceOf(FhirImportException.class)
        .hasMessageStartingWith("PlanDefinition.action[0].extension[dosage].repetitions: breaks Regimen's rules: ")
        .hasMessageContaining("min");
  }
}
