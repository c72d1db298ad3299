package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.formats.sheet.Personalisation;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A handout for one person, through HtmlSheet and PdfHandout: the header of their details, the
 * grid's pain score and the QR code (an embedded PNG with alternative text) keep the PDF within
 * PDF/UA-1 and PDF/A-2a, and the header comes before the safety notices on the first page.
 */
class PersonalisedHandoutTest {
  static final String ADDRESS = "https://clinic.example/routines/l5-s1-relief?from=sheet";

  static final SheetOptions OPTIONS =
      SheetOptions.builder()
          .includePainScore(true)
          .personalisation(
              Personalisation.builder()
                  .patientName("Jane Doe")
                  .dateGiven(LocalDate.of(2026, 12, 2))
                  .clinician("Dr Amal Okafor, physiotherapist")
                  .clinicContact("Riverside Physiotherapy, 12 Mill Lane, Leeds; 0113 496 0000")
                  .reviewDate(LocalDate.of(2026, 12, 23))
                  .qrTarget(URI.create(ADDRESS))
                  .build())
          .build();

  static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = PdfHandout.render(HtmlSheet.of(OPTIONS).render(Catalog.l5s1Relief()), PdfOptions.defaults());
  }

  @Test
  void thePersonalisedSheetPassesPdfUa1AndPdfA2a() {
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void thePersonalisedLargePrintScreeningSheetPassesPdfUa1AndPdfA2a() {
    PatientProfile herniatedDisc = PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(1).build();
    byte[] report =
        PdfHandout.render(
            HtmlSheet.of(OPTIONS).withLargePrint(true).render(Screening.screen(Catalog.l5s1Relief(), herniatedDisc)),
            PdfOptions.defaults().withLargePrint(true));
    assertThat(VeraPdf.failedRules(report, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(report, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void theHeaderComesBeforeTheSafetyNoticesOnTheFirstPage() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertThat(first).contains("Jane Doe", "2 December 2026", "23 December 2026");
      assertThat(first.indexOf("Jane Doe")).isLessThan(first.indexOf("Safety first"));
    }
  }

  @Test
  void theQrCodeIsAFigureWhoseAltTextNamesTheAddress() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.elements(document, "Figure"))
          .extracting(PDStructureElement::getAlternateDescription)
          .containsExactly("QR code: " + ADDRESS);
    }
  }

  @Test
  void theAddressAndThePainScoreAreInTheText() {
    String text = Pdfs.squeezed(Pdfs.text(pdf));
    assertThat(text).contains(Pdfs.squeezed(ADDRESS), Pdfs.squeezed("Pain (0\u201310)"));
  }
}
