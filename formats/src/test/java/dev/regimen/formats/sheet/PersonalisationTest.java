package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.document.Block;
import dev.regimen.formats.sheet.document.Origin;
import dev.regimen.formats.sheet.document.PersonalDetails;
import dev.regimen.formats.sheet.document.QrLink;
import dev.regimen.formats.sheet.document.Section;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.TrackingGrid;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.formats.sheet.qr.QrCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet for one person: the header of their details, the pain score's row and the QR code's
 * address, in the tree and in every output; a sheet without them is the sheet it always was; the
 * rules of {@link Personalisation}.
 */
class PersonalisationTest {
  private static final Protocol L5S1 = Catalog.l5s1Relief();
  private static final ScreeningReport REPORT =
      Screening.screen(
          L5S1, PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(1).build());
  private static final String ADDRESS = "https://clinic.example/routines/l5-s1-relief?from=sheet";

  @Test
  void withNoPersonalisationEverySheetIsTheSheetItAlwaysWas() {
    SheetOptions none = SheetOptions.builder().personalisation(Personalisation.none()).build();
    assertThat(none).isEqualTo(SheetOptions.defaults());
    for (SheetRenderer r : List.of(TextSheet.of(none), MarkdownSheet.of(none), HtmlSheet.of(none))) {
      assertThat(r.render(L5S1)).doesNotContain("Patient", "Pain (0", "Online");
    }
    assertThat(SheetDocuments.of(L5S1, none)).isEqualTo(SheetDocuments.of(L5S1, SheetOptions.defaults()));
  }

  @Test
  void theDetailsComeFirstInTheTreeAsTheCallersTextWithDatesForAReader() {
    for (SheetDocument d :
        List.of(SheetDocuments.of(L5S1, Personalised.OPTIONS), SheetDocuments.of(REPORT, Personalised.OPTIONS))) {
      Block first = d.blocks().get(0);
      assertThat(first).isInstanceOf(PersonalDetails.class);
      List<PersonalDetails.Detail> details = ((PersonalDetails) first).details();
      assertThat(details)
          .extracting(PersonalDetails.Detail::label)
          .containsExactly("Patient", "Date given", "Clinician", "Clinic contact", "Review date");
      assertThat(details)
          .extracting(detail -> detail.value().text())
          .containsExactly(
              "Jane Doe",
              "2 December 2026",
              "Dr Amal Okafor, physiotherapist",
              "Riverside Physiotherapy, 12 Mill Lane, Leeds LS1 4AB; phone 0113 496 0000",
              "23 December 2026");
      assertThat(details).allMatch(detail -> detail.value().origin() == Origin.CALLER);
    }
  }

  @Test
  void onlyTheDetailsGivenAreShownInTheirOrder() {
    SheetOptions options =
        SheetOptions.builder()
            .personalisation(Personalisation.builder().reviewDate(LocalDate.of(2027, 1, 9)).patientName("Sam").build())
            .build();
    PersonalDetails details = (PersonalDetails) SheetDocuments.of(L5S1, options).blocks().get(0);
    assertThat(details.details()).extracting(PersonalDetails.Detail::label).containsExactly("Patient", "Review date");
    assertThat(TextSheet.of(options).render(L5S1)).contains("\n\nPatient:     Sam\nReview date: 9 January 2027\n\n");
  }

  @Test
  void theHtmlHeaderHoldsTheDetailsAboveTheSafetyCallout() {
    String page = HtmlSheet.of(Personalised.OPTIONS).render(L5S1);
    int details = page.indexOf("<table class=\"details\">");
    assertThat(details).isPositive().isLessThan(page.indexOf("</header>"));
    assertThat(page.indexOf("</header>")).isLessThan(page.indexOf("<section class=\"safety\""));
    assertThat(page).contains("<tr><th scope=\"row\">Review date:</th><td>23 December 2026</td></tr>");
  }

  @Test
  void thePainScoreIsTheGridsLastRowInEveryOutput() {
    TrackingGrid grid = grid(SheetDocuments.of(L5S1, Personalised.OPTIONS));
    assertThat(grid.painScore()).isTrue();
    assertThat(grid(SheetDocuments.of(L5S1, SheetOptions.defaults())).painScore()).isFalse();

    assertThat(TextSheet.of(Personalised.OPTIONS).render(L5S1).replace("\n", " "))
        .contains("In the last row, write how bad your pain was each day, from 0 (no pain) to 10 (the worst pain you can imagine).");
    assertThat(TextSheet.of(Personalised.OPTIONS).render(L5S1))
        .containsPattern("\u251C[\u2500\u253C]+\u2524\n\u2502 Pain \\(0\u201310\\) +(\u2502   )+\u2502\n\u2514");
    assertThat(MarkdownSheet.of(Personalised.OPTIONS).render(L5S1))
        .contains("| 3. Standing Hurdler Stretch | \u2610 | \u2610 | \u2610 | \u2610 | \u2610 | \u2610 | \u2610 |\n"
            + "| Pain (0\u201310) |   |   |   |   |   |   |   |\n");
    assertThat(HtmlSheet.of(Personalised.OPTIONS).render(L5S1))
        .contains("<tr class=\"pain\"><th scope=\"row\">Pain (0\u201310)</th><td></td>");
  }

  @Test
  void aLongGridHasThePainScoreInEveryBlockOfDays() {
    SheetOptions options = Personalised.OPTIONS.toBuilder().trackingDays(30).build();
    assertThat(TextSheet.of(options).render(L5S1).split("Pain \\(0\u201310\\)", -1)).hasSize(1 + 5);
    assertThat(MarkdownSheet.of(options).render(L5S1).split("\\| Pain \\(0\u201310\\) \\|", -1)).hasSize(1 + 5);
    assertThat(HtmlSheet.of(options).render(L5S1).split("<tr class=\"pain\">", -1)).hasSize(1 + 5);
    assertThat(TextSheet.of(options.withAsciiOnly(true)).render(L5S1)).contains("| Pain (0-10)");
  }

  @Test
  void theQrCodeLeadsToTheAddressAndEveryOutputWritesTheAddress() {
    SheetDocument d = SheetDocuments.of(L5S1, Personalised.OPTIONS);
    Section online = d.sections().stream().filter(s -> s.heading().equals("Online")).findFirst().orElseThrow();
    QrLink qr = (QrLink) online.blocks().get(0);
    assertThat(qr.target()).isEqualTo(URI.create(ADDRESS));
    assertThat(qr.code()).isEqualTo(QrCode.encode(ADDRESS));

    assertThat(TextSheet.of(Personalised.OPTIONS).render(L5S1))
        .contains("ONLINE\n\u2550\u2550\u2550\u2550\u2550\u2550\nOpen this address in a web browser:\n" + ADDRESS + "\n");
    assertThat(MarkdownSheet.of(Personalised.OPTIONS).render(L5S1))
        .contains("## Online\n\nOpen this address in a web browser: <" + ADDRESS + ">\n");
    assertThat(HtmlSheet.of(Personalised.OPTIONS).render(L5S1))
        .contains("alt=\"QR code: " + ADDRESS + "\" /><figcaption>")
        .contains("or open this address:</span> <span class=\"address\">" + ADDRESS.replace("&", "&amp;") + "</span></figcaption>");
  }

  @Test
  void aScreeningThatAvoidsEveryExerciseStillShowsTheHeaderAndTheAddress() {
    ScreeningReport avoided =
        Screening.screen(
            L5S1,
            PatientProfile.builder().addConditionIds("herniated-disc").addFindingIds("disc-extruded-onto-nerve").build());
    String sheet = TextSheet.of(Personalised.OPTIONS).render(avoided);
    assertThat(sheet).contains("Patient:        Jane Doe", ADDRESS);
  }

  @Test
  void aDetailOfOnlyWhiteSpaceOrControlsIsRefused() {
    assertThatThrownBy(() -> Personalisation.builder().patientName(" \u200B\t\u001B ").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("patientName: must have something to show, was blank");
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                Personalisation.builder()
                    .clinician("x".repeat(Personalisation.MAX_TEXT_LENGTH + 1))
                    .dateGiven(LocalDate.of(2026, 12, 2))
                    .reviewDate(LocalDate.of(2026, 12, 1))
                    .qrTarget(URI.create("ftp://clinic.example/"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("clinician: must be at most 300 characters, was 301")
        .hasMessageContaining("reviewDate: must not be before the date given, 2026-12-02, was 2026-12-01")
        .hasMessageContaining("qrTarget: must be an http or https address, was ftp://clinic.example/");
  }

  @Test
  void theQrCodesAddressMustBeAWebAddressWithAHostThatACodeHolds() {
    assertThatThrownBy(() -> Personalisation.builder().qrTarget(URI.create("/relative/path")).build())
        .hasMessage("qrTarget: must be an http or https address, was /relative/path");
    assertThatThrownBy(() -> Personalisation.builder().qrTarget(URI.create("javascript:alert(1)")).build())
        .hasMessage("qrTarget: must be an http or https address, was javascript:alert(1)");
    assertThatThrownBy(() -> Personalisation.builder().qrTarget(URI.create("https:///no-host")).build())
        .hasMessage("qrTarget: must name a host, such as clinic.example, was https:///no-host");
    URI longest = URI.create("https://clinic.example/" + "a".repeat(QrCode.MAX_BYTES - 23));
    assertThat(Personalisation.builder().qrTarget(longest).build().qrTarget()).contains(longest);
    assertThatThrownBy(() -> Personalisation.builder().qrTarget(URI.create(longest + "b")).build())
        .hasMessage("qrTarget: must be at most 213 characters (what a QR code on a sheet holds), was 214");
  }

  @Test
  void thePainScoreNeedsTheTrackingGrid() {
    assertThatThrownBy(() -> SheetOptions.builder().includeTrackingGrid(false).includePainScore(true).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("includePainScore: the pain score is a row of the tracking grid, which is not included");
  }

  @Test
  void describingItselfNamesWhichDetailsAreGivenButNotThem() {
    assertThat(Personalised.JANE.toString())
        .isEqualTo("Personalisation[patientName, dateGiven, clinician, clinicContact, reviewDate, qrTarget]")
        .doesNotContain("Jane");
    assertThat(Personalised.OPTIONS.toString()).doesNotContain("Jane").contains("includePainScore=true");
    assertThat(Personalisation.none().isEmpty()).isTrue();
    assertThat(Personalisation.builder().qrTarget(URI.create(ADDRESS)).build().hasHeader()).isFalse();
    assertThat(Personalised.JANE.toBuilder().build()).isEqualTo(Personalised.JANE).hasSameHashCodeAs(Personalised.JANE);
  }

  @Test
  void thePersonalisationIsNeverPartOfTheProtocol() {
    String before = RegimenJson.defaults().writeProtocol(L5S1);
    TextSheet.of(Personalised.OPTIONS).render(L5S1);
    assertThat(RegimenJson.defaults().writeProtocol(L5S1)).isEqualTo(before).doesNotContain("Jane", "clinic.example");
  }

  private static TrackingGrid grid(SheetDocument d) {
    for (Section s : d.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof TrackingGrid g) {
          return g;
        }
      }
    }
    throw new AssertionError("no grid");
  }
}
