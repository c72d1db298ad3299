package dev.regimen.examples.cli;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.examples.cli.Failures.InputException;
import dev.regimen.fhir.FhirExportException;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.SheetRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen screen}: screens a protocol for a person and prints the screening report as a
 * sheet (text, Markdown, HTML or PDF), as a screening report JSON document or as a FHIR CarePlan Bundle.
 */
@Command(
    name = "screen",
    header = "Screen a protocol for a person; print what applies to them and their sheet.",
    sortOptions = false,
    description = {
      "\"Before you start\" says what is known of the person, the safety notices that apply to"
          + " them and why, every exercise's verdict with all its reasons, and what could not be"
          + " judged. The personalised sheet follows: it leaves out the exercises to avoid, adds"
          + " the cautions and keeps every safety notice.",
      "Condition and finding ids are those of the protocol ('regimen list' shows the bundled"
          + " ones). An id the protocol does not know is also warned about on standard error.",
      "With --format json: the screening report as a Regimen JSON document.",
      "With --format fhir (JSON) or fhir-xml: the person's plan as a FHIR R4 Bundle, for the"
          + " patient --patient names: a CarePlan that instantiates the protocol's PlanDefinition,"
          + " one ServiceRequest per exercise kept (the dose in words, the notices that apply)"
          + " and one DetectedIssue per exercise to avoid or to take with caution (docs/fhir.md).",
      "With --format pdf and -o FILE: an accessible PDF (PDF/UA-1, PDF/A-2a) of the HTML sheet.",
      "For the sheets: the header options, --pain-score and --qr as for 'regimen sheet'"
          + " (--patient-name is the name on the sheet; --patient the FHIR reference).",
      "With -o the output goes to a file, written atomically: all of it or, on failure, nothing."
    })
final class ScreenCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Option(
      names = "--condition",
      paramLabel = "ID",
      split = ",",
      description = "A condition the person has, such as herniated-disc. Repeatable.")
  private List<String> conditions = new ArrayList<>();

  @Option(
      names = "--finding",
      paramLabel = "ID",
      split = ",",
      description = "A finding that refines one of those conditions, such as"
          + " disc-extruded-onto-nerve. Repeatable.")
  private List<String> findings = new ArrayList<>();

  @Option(
      names = "--pain-weeks",
      paramLabel = "N",
      description = "How many weeks the pain has lasted (not known unless given).")
  private Integer painWeeks;

  @Option(
      names = "--in-pain",
      negatable = true,
      description = "The person is in pain now (--no-in-pain: is not; not known unless given).")
  private Boolean inPain;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Screen.class,
      completionCandidates = Format.Screen.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--patient",
      paramLabel = "REFERENCE",
      description = "With --format fhir: the patient the plan is for, as a FHIR reference such as"
          + " Patient/123 (required there).")
  private String patient;

  @Mixin private SheetLayout layout;

  @Mixin private SheetPersonalisation personal;

  @Mixin private SheetLanguage lang;

  @Mixin private FhirSettings fhir;

  @Mixin private SheetOutput output;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    fhir.requireFhirIfGiven(format);
    if (format.isFhir() && (patient == null || patient.isBlank())) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format + " needs --patient REFERENCE, the patient the plan is for, such as"
              + " Patient/123");
    }
    if (!format.isFhir() && patient != null) {
      throw new ParameterException(spec.commandLine(),
          "--patient is for FHIR output: give it with --format fhir or fhir-xml, not " + format);
    }
    personal.requireSheetFor(format);
    lang.requireSheetFor(format);
    SheetRenderer renderer =
        format == Format.JSON || format.isFhir()
            ? null
            : layout.renderer(format, personal, lang, input.pictures());
    output.requireFileFor(format);
    PatientProfile profile = profile();
    Protocol protocol = input.load(root.stdin());
    ScreeningReport report = Screening.screen(protocol, profile);

    PrintWriter err = spec.commandLine().getErr();
    String known = protocol.conditions().stream().map(Condition::id).collect(Collectors.joining(", "));
    for (String id : report.unknownConditionIds()) {
      err.println(spec.qualifiedName() + ": warning: unknown condition id '" + id
          + "', not judged; the protocol's conditions: " + known);
    }
    for (String id : report.unmatchedFindingIds()) {
      err.println(spec.qualifiedName() + ": warning: finding id '" + id
          + "' is not a finding of any condition given, not judged");
    }
    err.flush();

    String content;
    if (format.isFhir()) {
      try {
        content = FhirRuntime.call(() -> FhirCli.carePlan(report, patient, format, fhir));
      } catch (FhirExportException e) {
        throw InputException.invalid(input.name() + ": cannot be written as FHIR: error at " + e.getMessage(), e);
      }
    } else if (renderer == null) {
      content = RegimenJson.defaults().writeScreeningReport(report);
    } else {
      content = renderer.render(report);
    }
    output.write(format, content, layout.pdfOptions());
    return 0;
  }

  private PatientProfile profile() {
    if (painWeeks != null && painWeeks < 0) {
      throw new ParameterException(spec.commandLine(),
          "invalid value for option '--pain-weeks': must not be negative, was " + painWeeks);
    }
    PatientProfile.Builder profile =
        PatientProfile.builder().addAllConditionIds(conditions).addAllFindingIds(findings);
    if (inPain != null) {
      profile.inPain(inPain);
    }
    if (painWeeks != null) {
      profile.painWeeks(painWeeks);
    }
    try {
      return profile.build();
    } catch (ValidationException e) {
      // the only rule left to break: ids that are not slugs
      Violation first = e.problems().get(0);
      String option = first.path().startsWith("findingIds") ? "--finding" : "--condition";
      throw new ParameterException(spec.commandLine(),
          ConsoleText.clean("invalid value for option '" + option + "': " + first.message()));
    }
  }
}
