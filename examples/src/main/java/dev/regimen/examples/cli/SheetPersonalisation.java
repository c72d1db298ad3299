package dev.regimen.examples.cli;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.formats.sheet.Personalisation;
import dev.regimen.formats.sheet.SheetOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The details of the person a sheet is for, apart from the protocol: the header (patient,
 * date given, clinician, clinic contact, review date), the tracking grid's pain score and a QR
 * code's address. None is written into any JSON.
 */
final class SheetPersonalisation {
  /** The option of each rule's path in {@link Personalisation}, for the usage error. */
  private static final Map<String, String> OPTIONS =
      Map.of(
          "patientName", "--patient-name",
          "dateGiven", "--date-given",
          "clinician", "--clinician",
          "clinicContact", "--clinic-contact",
          "reviewDate", "--review-date",
          "qrTarget", "--qr");

  @Option(
      names = "--patient-name",
      paramLabel = "NAME",
      description = "The patient's name, in the sheet's header.")
  private String patientName;

  @Option(
      names = "--date-given",
      paramLabel = "DATE",
      description = "The date the sheet is given, such as 2026-12-02, in the header.")
  private String dateGiven;

  @Option(
      names = "--clinician",
      paramLabel = "NAME",
      description = "The clinician who gives the sheet, in the header.")
  private String clinician;

  @Option(
      names = "--clinic-contact",
      paramLabel = "TEXT",
      description = "How to reach the clinic (phone, address), in the header.")
  private String clinicContact;

  @Option(
      names = "--review-date",
      paramLabel = "DATE",
      description = "The date of the review, such as 2026-12-23, in the header.")
  private String reviewDate;

  @Option(
      names = "--qr",
      paramLabel = "URL",
      description = "An http or https address for a QR code on the sheet (html, pdf) and in words"
          + " (text, markdown), at most 213 characters.")
  private String qr;

  @Option(
      names = "--pain-score",
      description = "A row in the tracking grid to write each day's pain score in, from 0 to 10.")
  private boolean painScore;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /** {@return whether any of these options is given} */
  boolean given() {
    return patientName != null || dateGiven != null || clinician != null || clinicContact != null
        || reviewDate != null || qr != null || painScore;
  }

  /**
   * Fails when any of these options is given with a format that is not a sheet.
   *
   * @param format the format asked for
   * @throws ParameterException (usage) if one is given and the format is json or FHIR
   */
  void requireSheetFor(Format format) {
    if (given() && (format == Format.JSON || format.isFhir())) {
      throw new ParameterException(
          spec.commandLine(),
          "--patient-name, --date-given, --clinician, --clinic-contact, --review-date, --qr and"
              + " --pain-score are for sheets (text, markdown, html, pdf), not for --format "
              + format);
    }
  }

  /**
   * {@return the options with these details}
   *
   * @param options the layout's options
   * @throws ParameterException (usage) naming every option whose value is wrong
   */
  SheetOptions applyTo(SheetOptions options) {
    List<String> problems = new ArrayList<>(2);
    LocalDate given = date("--date-given", dateGiven, problems);
    LocalDate review = date("--review-date", reviewDate, problems);
    URI target = address(problems);
    if (!problems.isEmpty()) {
      throw new ParameterException(spec.commandLine(), String.join("; ", problems));
    }
    Personalisation personalisation;
    try {
      personalisation =
          Personalisation.builder()
              .patientName(patientName)
              .dateGiven(given)
              .clinician(clinician)
              .clinicContact(clinicContact)
              .reviewDate(review)
              .qrTarget(target)
              .build();
    } catch (ValidationException e) {
      for (Violation v : e.problems()) {
        problems.add(OPTIONS.getOrDefault(v.path(), v.path()) + ": " + v.message());
      }
      throw new ParameterException(spec.commandLine(), ConsoleText.clean(String.join("; ", problems)));
    }
    if (painScore && !options.includeTrackingGrid()) {
      throw new ParameterException(
          spec.commandLine(), "--pain-score is a row of the tracking grid, which is not included");
    }
    return options.toBuilder().personalisation(personalisation).includePainScore(painScore).build();
  }

  private static LocalDate date(String option, String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(option + ": expected a date like 2026-12-24, was '" + ConsoleText.name(value) + "'");
      return null;
    }
  }

  private URI address(List<String> problems) {
    if (qr == null) {
      return null;
    }
    try {
      return new URI(qr);
    } catch (URISyntaxException e) {
      problems.add(
          "--qr: expected a web address like https://clinic.example/exercises, was "
              + "'" + ConsoleText.name(qr) + "'");
      return null;
    }
  }
}
