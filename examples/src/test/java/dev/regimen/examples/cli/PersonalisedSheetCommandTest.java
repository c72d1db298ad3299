package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.examples.Golden;
import dev.regimen.formats.json.RegimenJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code regimen sheet} and {@code regimen screen} for one patient: the header options, {@code
 * --pain-score} and {@code --qr} print the formats' personalised golden sheets, and a wrong value
 * is a usage error that names the option and says what was expected.
 */
class PersonalisedSheetCommandTest {
  /** The details of the formats' personalised golden sheets, as options. */
  private static final List<String> JANE =
      List.of(
          "--patient-name", "Jane Doe",
          "--date-given", "2026-12-02",
          "--clinician", "Dr Amal Okafor, physiotherapist",
          "--clinic-contact", "Riverside Physiotherapy, 12 Mill Lane, Leeds LS1 4AB; phone 0113 496 0000",
          "--review-date", "2026-12-23",
          "--qr", "https://clinic.example/routines/l5-s1-relief?from=sheet",
          "--pain-score");

  private static String[] args(String... before) {
    List<String> all = new ArrayList<>(List.of(before));
    all.addAll(JANE);
    return all.toArray(new String[0]);
  }

  @Test
  void theSheetForJanePrintsThePersonalisedGoldenFiles() throws Exception {
    Cli.Result text = Cli.run(args("sheet"));
    assertThat(text.err()).isEmpty();
    assertThat(text.status()).isZero();
    assertThat(text.out()).isEqualTo(Golden.read("l5-s1-relief.personalised.txt"));
    assertThat(Cli.run(args("sheet", "--ascii")).out()).isEqualTo(Golden.read("l5-s1-relief.personalised.ascii.txt"));
    assertThat(Cli.run(args("sheet", "--format", "markdown")).out()).isEqualTo(Golden.read("l5-s1-relief.personalised.md"));
    assertThat(Cli.run(args("sheet", "--format", "html")).out()).isEqualTo(Golden.read("l5-s1-relief.personalised.html"));
  }

  @Test
  void theScreeningSheetForJanePrintsThePersonalisedGoldenFile() throws Exception {
    Cli.Result result = Cli.run(args("screen", "--condition", "herniated-disc", "--pain-weeks", "1", "--in-pain"));
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.herniated-disc.personalised.txt"));
  }

  @Test
  void thePatientsNameIsNotTheFhirPatientReference() {
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disc", "--patient-name", "Jane Doe");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("\n\nPatient: Jane Doe\n\nBEFORE YOU START\n");
  }

  @Test
  void aDateNotWrittenAsIsoIsAUsageErrorThatShowsTheForm() {
    Cli.Result result = Cli.run("sheet", "--review-date", "24/12/2026");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--review-date: expected a date like 2026-12-24, was '24/12/2026'");
  }

  @Test
  void everyWrongDetailIsNamedAtOnce() {
    Cli.Result result =
        Cli.run("sheet", "--date-given", "2026-12-02", "--review-date", "2026-12-01", "--qr", "ftp://clinic.example/",
            "--patient-name", " ");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err())
        .contains("--patient-name: must have something to show, was blank")
        .contains("--review-date: must not be before the date given, 2026-12-02, was 2026-12-01")
        .contains("--qr: must be an http or https address, was ftp://clinic.example/");
  }

  @Test
  void aQrAddressThatIsNotAnAddressOrTooLongIsAUsageError() {
    Cli.Result notAnAddress = Cli.run("sheet", "--qr", "clinic example");
    assertThat(notAnAddress.status()).isEqualTo(2);
    assertThat(notAnAddress.err())
        .contains("--qr: expected a web address like https://clinic.example/exercises, was 'clinic example'");

    Cli.Result tooLong = Cli.run("sheet", "--qr", "https://clinic.example/" + "a".repeat(200));
    assertThat(tooLong.status()).isEqualTo(2);
    assertThat(tooLong.err()).contains("--qr: must be at most 213 characters (what a QR code on a sheet holds), was 223");
  }

  @Test
  void theDetailsAreForSheetsNotForJson() {
    Cli.Result result = Cli.run("screen", "--format", "json", "--patient-name", "Jane Doe");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("are for sheets (text, markdown, html, pdf), not for --format json");
    Cli.Result json = Cli.run("screen", "--format", "json");
    assertThat(json.status()).isZero();
    assertThat(RegimenJson.defaults().readScreeningReport(json.out()).protocolName()).isNotEmpty();
  }

  @Test
  void aControlCharacterInAWrongValueNeverReachesTheTerminal() {
    Cli.Result result = Cli.run("sheet", "--date-given", "2026\u001B[2J-12-02");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--date-given: expected a date like 2026-12-24, was '2026[2J-12-02'")
        .doesNotContain("\u001B");
  }
}
