package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.fhir.Fhir;
import dev.regimen.fhir.FhirExport;
import dev.regimen.fhir.FhirImport;
import dev.regimen.fhir.FhirImportResult;
import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's FHIR output and input: {@code export --format fhir|fhir-xml}, {@code screen
 * --format fhir}, and {@code validate} of FHIR files. The mapping itself is tested in {@code
 * regimen-fhir}; here, that the command writes what the library gives, reads back what it wrote,
 * and fails with one line naming the file.
 */
class FhirCommandsTest {
  private static final Path FOREIGN =
      Path.of("..", "fhir", "src", "test", "resources", "foreign", "low-back-home.json");

  @TempDir Path dir;

  @Test
  void exportsTheBundledProtocolAsTheLibrarysFhirJson() {
    Cli.Result result = Cli.run("export", "--format", "fhir");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Fhir.json(FhirExport.defaults().protocol(Catalog.l5s1Relief())) + "\n");
    FhirImportResult back = FhirImport.protocol(result.out());
    assertThat(back.notes()).isEmpty();
    assertThat(back.protocol()).isEqualTo(Catalog.l5s1Relief());
  }

  @Test
  void writesFhirXmlToAFileThatReadsBackEqual() throws IOException {
    Path out = dir.resolve("l5-s1.fhir.xml");
    Cli.Result result = Cli.run("export", "--format", "fhir-xml", "-o", out.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    String xml = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<Bundle xmlns=\"http://hl7.org/fhir\">");
    assertThat(FhirImport.protocol(xml).protocol()).isEqualTo(Catalog.l5s1Relief());
    assertThat(names()).containsExactly("l5-s1.fhir.xml");
  }

  @Test
  void theSettingsGoIntoTheDefinitions() {
    Cli.Result result = Cli.run("export", "--format", "fhir", "--canonical-base", "https://clinic.example.org/fhir",
        "--definition-version", "2.1", "--publisher", "Example Clinic", "--status", "active");
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(Fhir.json(FhirExport.builder()
        .canonicalBase("https://clinic.example.org/fhir").version("2.1").publisher("Example Clinic")
        .status(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE).build()
        .protocol(Catalog.l5s1Relief())) + "\n");
  }

  @Test
  void aBadSettingOrASettingWithoutFhirIsAUsageError() {
    Cli.Result base = Cli.run("export", "--format", "fhir", "--canonical-base", "https://x.example/fhir/");
    assertThat(base.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(base.out()).isEmpty();
    assertThat(base.errLines()).containsExactly("regimen export: invalid value for option '--canonical-base':"
        + " must be an absolute http or https URL without a trailing slash, such as"
        + " 'https://clinic.example.org/fhir', was 'https://x.example/fhir/' (see 'regimen export --help')");
    Cli.Result status = Cli.run("export", "--format", "fhir", "--status", "final");
    assertThat(status.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(status.errLines()).containsExactly("regimen export: invalid value for option '--status':"
        + " expected draft, active, retired or unknown, was 'final' (see 'regimen export --help')");
    Cli.Result json = Cli.run("export", "--publisher", "Example Clinic");
    assertThat(json.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(json.errLines()).containsExactly("regimen export: --publisher is a setting of FHIR output:"
        + " give it with --format fhir or fhir-xml, not json (see 'regimen export --help')");
  }

  @Test
  void aTextFhirCannotCarryIsOneLineNamingTheFileAndTheElementAndNoFile() throws IOException {
    Protocol bell = Protocol.builder().from(Catalog.l5s1Relief()).name("Relief \u0007 now").build();
    Path in = dir.resolve("bell.json");
    Files.writeString(in, RegimenJson.defaults().writeProtocol(bell), StandardCharsets.UTF_8);
    Path out = dir.resolve("bell.fhir.json");
    Cli.Result result = Cli.run("export", in.toString(), "--format", "fhir", "-o", out.toString());
    assertThat(result.status()).isEqualTo(RegimenCommand.INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("regimen export: " + in + ": cannot be written as FHIR: error at"
        + " Bundle.entry[0].resource.title: holds U+0007 at index 7");
    assertThat(names()).containsExactly("bell.json");
  }

  @Test
  void screensToACarePlanBundleForThePatient() throws IOException {
    Path out = dir.resolve("plan.fhir.json");
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disc", "--finding", "disc-extruded-onto-nerve",
        "--format", "fhir", "--patient", "Patient/123", "-o", out.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    PatientProfile profile = PatientProfile.builder()
        .addConditionIds("herniated-disc").addFindingIds("disc-extruded-onto-nerve").build();
    String expected = Fhir.json(FhirExport.defaults()
        .carePlan(Screening.screen(Catalog.l5s1Relief(), profile), "Patient/123")) + "\n";
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
    Bundle bundle = Fhir.parse(expected, Bundle.class);
    CarePlan plan = (CarePlan) bundle.getEntryFirstRep().getResource();
    assertThat(plan.getSubject().getReference()).isEqualTo("Patient/123");
  }

  @Test
  void aFhirScreeningNeedsAPatientAndAPatientNeedsFhir() {
    Cli.Result none = Cli.run("screen", "--format", "fhir");
    assertThat(none.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(none.out()).isEmpty();
    assertThat(none.errLines()).containsExactly("regimen screen: --format fhir needs --patient REFERENCE,"
        + " the patient the plan is for, such as Patient/123 (see 'regimen screen --help')");
    Cli.Result text = Cli.run("screen", "--patient", "Patient/1");
    assertThat(text.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(text.errLines()).containsExactly("regimen screen: --patient is for FHIR output: give it with"
        + " --format fhir or fhir-xml, not text (see 'regimen screen --help')");
  }

  @Test
  void validateReadsBackWhatExportWroteAndSaysWhatItIs() throws IOException {
    Path json = dir.resolve("l5-s1.fhir.json");
    Path xml = dir.resolve("l5-s1.fhir.xml");
    Path plan = dir.resolve("plan.fhir.json");
    Cli.run("export", "--format", "fhir", "-o", json.toString());
    Cli.run("export", "--format", "fhir-xml", "-o", xml.toString());
    Cli.run("screen", "--condition", "herniated-disc", "--format", "fhir", "--patient", "Patient/1",
        "-o", plan.toString());
    Cli.Result result = Cli.run("validate", json.toString(), xml.toString(), plan.toString());
    assertThat(result.err()).isEmpty();
    String protocol = ": ok (FHIR protocol l5-s1-relief: a Bundle of a PlanDefinition and 3 ActivityDefinitions;"
        + " imports with nothing lost; validates with no error or warning)";
    assertThat(result.outLines()).containsExactly(
        json + protocol,
        xml + protocol,
        plan + ": ok (FHIR screening: a Bundle of a CarePlan, 3 ServiceRequests and 3 DetectedIssues;"
            + " validated only, Regimen does not read screenings back; validates with no error or warning)");
    assertThat(result.status()).isZero();
  }

  @Test
  void validateListsEveryLossOfAForeignPlanDefinition() throws IOException {
    FhirImportResult expected = FhirImport.protocol(Files.readString(FOREIGN, StandardCharsets.UTF_8));
    assertThat(expected.notes()).isNotEmpty();
    Cli.Result result = Cli.run("validate", FOREIGN.toString());
    assertThat(result.err()).isEmpty();
    List<String> lines = result.outLines();
    assertThat(lines.get(0)).startsWith(FOREIGN + ": ok (FHIR protocol " + expected.protocol().id() + ": ")
        .contains("imports with " + expected.notes().size() + " losses")
        .endsWith(", listed below");
    assertThat(lines.subList(1, 1 + expected.notes().size())).containsExactlyElementsOf(
        expected.notes().stream()
            .map(n -> FOREIGN + ": import loss at " + n.location() + ": " + n.note())
            .collect(Collectors.toList()));
    assertThat(lines.subList(1 + expected.notes().size(), lines.size()))
        .allMatch(l -> l.startsWith(FOREIGN + ": validation warning at "));
    assertThat(result.status()).isZero();
  }

  @Test
  void aFhirFileThatDoesNotImportIsInvalidAndSaysWhere() throws IOException {
    String fhir = Fhir.json(FhirExport.defaults().protocol(Catalog.l5s1Relief()));
    // three sets at least, at most two: the dosage extension breaks the model's rules
    String broken = fhir.replaceFirst(
        "\"url\": \"side-order\"",
        "\"url\": \"sets\", \"extension\": [ {\"url\": \"min\", \"valueInteger\": 3},"
            + " {\"url\": \"max\", \"valueInteger\": 2} ] }, { \"url\": \"side-order\"");
    assertThat(broken).isNotEqualTo(fhir);
    Path file = dir.resolve("broken.fhir.json");
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.status()).isEqualTo(RegimenCommand.INVALID_INPUT);
    assertThat(result.outLines().get(0)).isEqualTo(file + ": invalid (FHIR protocol l5-s1-relief: a Bundle of a"
        + " PlanDefinition and 3 ActivityDefinitions; does not import; validates with no error or warning),"
        + " listed below");
    assertThat(result.outLines().get(1)).startsWith(file + ": error at PlanDefinition.action[0].extension[dosage].sets:");
    assertThat(result.outLines()).hasSize(2);
  }

  @Test
  void fhirThatIsNotAProtocolOrScreeningOrNotFhirAtAllIsOneLine() throws IOException {
    Path patient = dir.resolve("patient.json");
    Files.writeString(patient, "{\"resourceType\": \"Patient\", \"id\": \"p1\"}", StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"resourceType\": \"PlanDefinition\", \"status\": [1, 2]}", StandardCharsets.UTF_8);
    Path xml = dir.resolve("notes.xml");
    Files.writeString(xml, "<notes><note>stretch</note></notes>", StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("validate", "-q", patient.toString(), bad.toString(), xml.toString());
    assertThat(result.status()).isEqualTo(RegimenCommand.INVALID_INPUT);
    assertThat(result.err()).isEmpty();
    List<String> lines = result.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(patient + ": error: a FHIR Patient, which Regimen does not read: it imports"
        + " protocols (a PlanDefinition, or a Bundle holding one) and validates screenings (a Bundle of a CarePlan)");
    assertThat(lines.get(1)).startsWith(bad + ": error: the content is not FHIR R4 JSON: ");
    assertThat(lines.get(2)).startsWith(xml + ": error: the content is not FHIR R4 XML: ");
  }

  @Test
  void regimenJsonIsStillRegimenJson() throws IOException {
    Path json = dir.resolve("l5-s1.json");
    Cli.run("export", "-o", json.toString());
    Cli.Result result = Cli.run("validate", json.toString());
    assertThat(result.outLines()).containsExactly(json + ": ok (protocol)");
    assertThat(result.status()).isZero();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
