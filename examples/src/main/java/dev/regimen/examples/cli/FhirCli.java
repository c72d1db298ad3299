package dev.regimen.examples.cli;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.fhir.Fhir;
import dev.regimen.fhir.FhirExport;
import dev.regimen.fhir.FhirImport;
import dev.regimen.fhir.FhirImportException;
import dev.regimen.fhir.FhirImportResult;
import dev.regimen.fhir.FhirValidation;
import dev.regimen.fhir.ImportNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The command's FHIR work, through {@code regimen-fhir}: a protocol or a screening as FHIR JSON
 * or XML, and the check of a FHIR file ({@code regimen validate}). Its methods take and return
 * only Regimen's and the JDK's types, so that the commands that call it (through {@link
 * FhirRuntime}) load without HAPI FHIR.
 */
final class FhirCli {
  private FhirCli() {}

  /**
   * A protocol as its FHIR definitions Bundle.
   *
   * @param protocol the protocol
   * @param format {@link Format#FHIR} or {@link Format#FHIR_XML}
   * @param settings the export's settings
   * @return the JSON or XML
   * @throws dev.regimen.fhir.FhirExportException if a text holds a character FHIR cannot carry
   * @throws picocli.CommandLine.ParameterException if a setting is not valid
   */
  static String protocol(Protocol protocol, Format format, FhirSettings settings) {
    return encode(export(settings).protocol(protocol), format);
  }

  /**
   * A screening as its FHIR CarePlan Bundle.
   *
   * @param report the screening report
   * @param patient the patient, as a FHIR reference such as {@code Patient/123}
   * @param format {@link Format#FHIR} or {@link Format#FHIR_XML}
   * @param settings the export's settings (the canonical URLs the plan instantiates)
   * @return the JSON or XML
   * @throws dev.regimen.fhir.FhirExportException if a text holds a character FHIR cannot carry
   * @throws picocli.CommandLine.ParameterException if a setting is not valid
   */
  static String carePlan(ScreeningReport report, String patient, Format format, FhirSettings settings) {
    return encode(export(settings).carePlan(report, patient), format);
  }

  private static String encode(IBaseResource resource, Format format) {
    return (format == Format.FHIR_XML ? Fhir.xml(resource) : Fhir.json(resource)) + "\n";
  }

  private static FhirExport export(FhirSettings settings) {
    FhirExport.Builder builder = FhirExport.builder();
    try {
      if (settings.canonicalBase != null) {
        builder.canonicalBase(settings.canonicalBase);
      }
      if (settings.version != null) {
        builder.version(settings.version);
      }
      if (settings.publisher != null) {
        builder.publisher(settings.publisher);
      }
      if (settings.status != null) {
        builder.status(status(settings.status));
      }
    } catch (IllegalArgumentException e) {
      throw settings.invalid(e);
    }
    return builder.build();
  }

  private static PublicationStatus status(String value) {
    for (PublicationStatus s : PublicationStatus.values()) {
      if (s != PublicationStatus.NULL && s.toCode().equals(value.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status: expected draft, active, retired or unknown, was '" + value + "'");
  }

  /**
   * What checking a FHIR file found.
   *
   * @param summary the first line: what the file is and how it fared
   * @param details the lines that follow: each import loss and each validation error or warning
   * @param valid whether the file imports (or, for a screening, validates) without an error
   */
  record Check(String summary, List<String> details, boolean valid) {}

  /**
   * Checks FHIR content: what kind it is, whether Regimen imports it and what it loses, and what
   * HAPI's validator (offline, with Regimen's StructureDefinitions) says of it. A protocol (a
   * PlanDefinition, or a Bundle holding one) is imported and validated; a screening (a CarePlan
   * Bundle, which Regimen writes and does not read back) is validated; anything else is an error.
   *
   * @param text FHIR JSON or XML
   * @return the verdict and its lines
   */
  static Check check(String text) {
    Resource resource;
    try {
      resource = Fhir.parse(text, Resource.class);
    } catch (FhirImportException e) {
      return new Check(located(e), List.of(), false);
    }
    List<String> details = new ArrayList<>();
    String kind;
    boolean imported = true;
    PlanDefinition plan = planDefinition(resource);
    if (plan != null) {
      String shape = resource instanceof Bundle
          ? "a Bundle of a PlanDefinition and " + count((Bundle) resource, ActivityDefinition.class, "ActivityDefinition")
          : "a PlanDefinition";
      String what;
      try {
        FhirImportResult result = resource instanceof Bundle
            ? FhirImport.protocol((Bundle) resource)
            : FhirImport.protocol(plan, List.of());
        for (ImportNote note : result.notes()) {
          details.add("import loss at " + note.location() + ": " + note.note());
        }
        what = "protocol " + result.protocol().id() + ": " + shape + "; imports "
            + (result.isLossless() ? "with nothing lost" : "with " + plural(result.notes().size(), "loss", "losses"));
      } catch (FhirImportException e) {
        imported = false;
        details.add(located(e));
        what = "protocol" + (plan.hasIdElement() ? " " + plan.getIdElement().getIdPart() : "") + ": " + shape
            + "; does not import";
      }
      kind = "FHIR " + what;
    } else if (resource instanceof Bundle && has((Bundle) resource, CarePlan.class)) {
      Bundle bundle = (Bundle) resource;
      kind = "FHIR screening: a Bundle of a CarePlan, "
          + count(bundle, ServiceRequest.class, "ServiceRequest") + " and "
          + count(bundle, DetectedIssue.class, "DetectedIssue")
          + "; validated only, Regimen does not read screenings back";
    } else {
      return new Check("error: a FHIR " + resource.fhirType() + ", which Regimen does not read: it"
          + " imports protocols (a PlanDefinition, or a Bundle holding one) and validates screenings"
          + " (a Bundle of a CarePlan)", List.of(), false);
    }
    ValidationResult validation = FhirValidation.shared().validate(text);
    int errors = 0;
    int warnings = 0;
    for (SingleValidationMessage m : validation.getMessages()) {
      boolean error = m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL;
      if (error || m.getSeverity() == ResultSeverityEnum.WARNING) {
        errors += error ? 1 : 0;
        warnings += error ? 0 : 1;
        details.add((error ? "validation error" : "validation warning")
            + (m.getLocationString() == null ? "" : " at " + m.getLocationString()) + ": " + m.getMessage());
      }
    }
    String validated = errors == 0 && warnings == 0
        ? "validates with no error or warning"
        : "validates with " + plural(errors, "error", "errors") + " and " + plural(warnings, "warning", "warnings");
    boolean valid = imported && errors == 0;
    String summary = (valid ? "ok (" : "invalid (") + kind + "; " + validated + ")"
        + (details.isEmpty() ? "" : ", listed below");
    return new Check(summary, details, valid);
  }

  private static String located(FhirImportException e) {
    return e.location().isEmpty() ? "error: the content " + e.problem() : "error at " + e.location() + ": " + e.problem();
  }

  private static PlanDefinition planDefinition(Resource resource) {
    if (resource instanceof PlanDefinition) {
      return (PlanDefinition) resource;
    }
    if (resource instanceof Bundle) {
      for (Bundle.BundleEntryComponent entry : ((Bundle) resource).getEntry()) {
        if (entry.getResource() instanceof PlanDefinition) {
          return (PlanDefinition) entry.getResource();
        }
      }
    }
    return null;
  }

  private static boolean has(Bundle bundle, Class<? extends Resource> type) {
    return bundle.getEntry().stream().anyMatch(e -> type.isInstance(e.getResource()));
  }

  private static String count(Bundle bundle, Class<? extends Resource> type, String name) {
    long n = bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource())).count();
    return plural((int) n, name, name + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
