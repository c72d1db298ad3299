package dev.regimen.fhir;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one validator of the module's tests ({@link FhirValidation#shared()}: HAPI's first validation
 * in a JVM takes tens of seconds) and the rule every test holds output to: no error, and no
 * warning but those explained in {@link #EXPLAINED}.
 */
final class Validation {
  private Validation() {}

  /**
   * Warnings that are expected, each with why; a message matching none of these fails the test.
   */
  static final List<Explained> EXPLAINED = List.of();

  record Explained(String contains, String why) {}

  /** The errors and unexplained warnings of validating {@code resource}, as lines. */
  static List<String> problems(IBaseResource resource) {
    ValidationResult result = FhirValidation.shared().validate(resource);
    return problems(result);
  }

  static List<String> problems(ValidationResult result) {
    return result.getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .filter(m -> EXPLAINED.stream().noneMatch(e -> m.getMessage().contains(e.contains())))
        .map(Validation::line)
        .collect(Collectors.toList());
  }

  static String line(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
