package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.formats.sheet.html.PictureResolver;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The real pipeline: the bundled L5-S1 protocol, through HtmlSheet with the bundled drawings,
 * through PdfHandout.
 */
class HtmlSheetPdfTest {
  static final Protocol L5S1 = Catalog.l5s1Relief();

  /** The HTML sheet as {@code regimen sheet --format pdf} makes it: with the bundled drawings. */
  static final HtmlSheet HTML = HtmlSheet.defaults().withPictures(PictureResolver.bundled());

  static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = PdfHandout.render(HTML.render(L5S1), PdfOptions.defaults());
  }

  static byte[] largePrint() {
    return PdfHandout.render(
        HTML.withLargePrint(true).render(L5S1),
        PdfOptions.defaults().withLargePrint(true));
  }

  static byte[] screeningReport() {
    PatientProfile herniatedDisc =
        PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(1).inPain(true).build();
    return PdfHandout.render(
        HTML.render(Screening.screen(L5S1, herniatedDisc)), PdfOptions.defaults());
  }

  /** Every safety notice of the protocol, as a patient must be able to read it. */
  static List<String> safetyNotices() {
    List<String> notices = new ArrayList<>();
    for (Advisory advisory : L5S1.advisories()) {
      notices.add(advisory.name());
      notices.add(advisory.text());
    }
    L5S1.cautions().stream().map(Caution::text).forEach(notices::add);
    for (Exercise exercise : L5S1.exercises()) {
      exercise.contraindications().stream().map(Contraindication::rationale).forEach(notices::add);
      exercise.cautions().stream().map(Caution::text).forEach(notices::add);
    }
    return notices;
  }

  @Test
  void eachStretchsDrawingIsAFigureWithItsAltTextReadRightAfterItsHeading() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.elements(document, "Figure"))
          .extracting(PDStructureElement::getAlternateDescription)
          .containsExactlyElementsOf(
              L5S1.exercises().stream().map(e -> e.media().get(0).altText()).collect(Collectors.toList()));
      assertThat(Pdfs.images(document)).isEqualTo(3);
      // Each figure is read in its exercise: the nearest element around it with a heading is the
      // exercise, whose heading is its own (a float would have moved it to the end).
      List<String> headingsOfFigures = new ArrayList<>();
      for (PDStructureElement figure : Pdfs.elements(document, "Figure")) {
        PDStructureNode around = figure.getParent();
        while (around instanceof PDStructureElement
            && Pdfs.elementsUnder((PDStructureElement) around, "H3").isEmpty()) {
          around = ((PDStructureElement) around).getParent();
        }
        assertThat(around).isInstanceOf(PDStructureElement.class);
        List<PDStructureElement> headings = Pdfs.elementsUnder((PDStructureElement) around, "H3");
        assertThat(headings).hasSize(1);
        headingsOfFigures.add(Pdfs.actualText(document, headings.get(0)));
      }
      assertThat(headingsOfFigures)
          .containsExactly(
              "1. Seated Hamstring Stretch", "2. Knee-to-Chest Stretch", "3. Standing Hurdler Stretch");
    }
  }

  @Test
  void theSheetPassesPdfUa1AndPdfA2a() {
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void theLargePrintSheetPassesPdfUa1AndPdfA2a() {
    byte[] large = largePrint();
    assertThat(VeraPdf.failedRules(large, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(large, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void theScreeningReportPassesPdfUa1AndPdfA2aAndNamesTheHerniatedDisc() {
    byte[] report = screeningReport();
    assertThat(VeraPdf.failedRules(report, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(report, PDFAFlavour.PDFA_2_A)).isEmpty();
    assertThat(Pdfs.text(report)).contains("Herniated disc");
  }

  @Test
  void theTextHasEverySafetyNoticeOfTheProtocol() {
    List<String> notices = safetyNotices();
    assertThat(notices).hasSizeGreaterThanOrEqualTo(8);
    // Read column by column, as a patient reads the two-column sheet.
    String text = Pdfs.squeezed(Pdfs.columnText(pdf, 2));

    assertThat(notices).allSatisfy(notice -> assertThat(text).contains(Pdfs.squeezed(notice)));
    assertThat(Pdfs.squeezed(Pdfs.text(largePrint())))
        .satisfies(large -> assertThat(notices).allSatisfy(n -> assertThat(large).contains(Pdfs.squeezed(n))));
  }

  @Test
  void theSafetyNoticesComeFirst() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertThat(first).contains("Safety first: read this before you start");
      assertThat(first.indexOf("Safety first")).isLessThan(first.indexOf(L5S1.exercises().get(0).name()));
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDFont> fonts = Pdfs.fonts(document);
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
      assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
    }
  }

  @Test
  void largePrintSetsEveryCharacterAtFourteenPointsOrMore() throws IOException {
    List<Float> sizes = new ArrayList<>();
    try (PDDocument document = Pdfs.load(largePrint())) {
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          if (!text.getUnicode().isBlank()) {
            sizes.add(text.getYScale());
          }
        }
      }.getText(document);
    }
    assertThat(sizes).isNotEmpty();
    // openhtmltopdf lays out in twentieths of a point and sets 14 pt as 13.9875 pt.
    assertThat(sizes).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(13.98f));
  }

  @Test
  void thePagesAreA4() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(1, 3);
      document.getPages().forEach(page -> {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
      });
    }
  }

  /**
   * Issue 14: the handout fits on 2 A4 pages, as in the browser. Its print style's two columns are
   * kept: PdfHandout renders pages one column wide and puts them side by side.
   */
  @Test
  void theSheetFitsOnTwoA4Pages() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void theStructureTreeReadsTheSafetyCalloutFirstThenTheExercisesInOrder() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> headings = new ArrayList<>();
      for (PDStructureElement heading : Pdfs.elements(document, "H2")) {
        headings.add(Normalizer.normalize(Pdfs.actualText(document, heading), Normalizer.Form.NFKC));
      }
      assertThat(headings).first().asString().startsWith("Safety first");
      List<String> exercises = new ArrayList<>();
      for (PDStructureElement heading : Pdfs.elements(document, "H3")) {
        String text = Normalizer.normalize(Pdfs.actualText(document, heading), Normalizer.Form.NFKC);
        if (text.matches("\\d+\\. .*")) {
          exercises.add(text);
        }
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < L5S1.exercises().size(); i++) {
        expected.add((i + 1) + ". " + L5S1.exercises().get(i).name());
      }
      assertThat(exercises).containsExactlyElementsOf(expected);
    }
  }
}
