package dev.regimen.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The settings of a FHIR export that a protocol does not hold (see {@code docs/fhir.md}): the
 * canonical base of the definitions' URLs, their version, publisher and status. Only with {@code
 * --format fhir} or {@code fhir-xml}.
 */
final class FhirSettings {
  @Option(
      names = "--canonical-base",
      paramLabel = "URL",
      description = "With --format fhir: the base of the definitions' canonical URLs"
          + " (default: https://regimen.dev/fhir).")
  String canonicalBase;

  @Option(
      names = "--definition-version",
      paramLabel = "VERSION",
      description = "With --format fhir: the business version of the definitions (default: 1.0.0).")
  String version;

  @Option(
      names = "--publisher",
      paramLabel = "NAME",
      description = "With --format fhir: the publisher of the definitions (default: Regimen).")
  String publisher;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "With --format fhir: draft, active, retired or unknown (default: draft).")
  String status;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * Checks that no setting is given without a FHIR format, which would ignore it.
   *
   * @param format the format asked for
   * @throws ParameterException if a setting is given with a format that is not FHIR
   */
  void requireFhirIfGiven(Format format) {
    if (format.isFhir()) {
      return;
    }
    String given = canonicalBase != null ? "--canonical-base"
        : version != null ? "--definition-version"
        : publisher != null ? "--publisher"
        : status != null ? "--status"
        : null;
    if (given != null) {
      throw new ParameterException(spec.commandLine(),
          given + " is a setting of FHIR output: give it with --format fhir or fhir-xml, not "
              + format);
    }
  }

  /**
   * A usage error for a setting FHIR export refused.
   *
   * @param e the export's message, which starts with the builder's name for the setting
   * @return the exception to throw
   */
  ParameterException invalid(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String option = message.startsWith("canonicalBase") ? "--canonical-base"
        : message.startsWith("version") ? "--definition-version"
        : message.startsWith("publisher") ? "--publisher"
        : "--status";
    int colon = message.indexOf(": ");
    String why = colon < 0 ? message : message.substring(colon + 2);
    return new ParameterException(spec.commandLine(),
        ConsoleText.clean("invalid value for option '" + option + "': " + why));
  }
}
