package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the L5-S1 handout's PDF holds: its text, pictures, fonts, metadata, pages. */
class PdfHandoutContentTest {
  private static byte[] pdf;
  private static Document xhtml;

  @BeforeAll
  static void render() {
    pdf = PdfHandout.render(Fixture.xhtml(), Fixture.options());
    xhtml = XhtmlInput.parse(Fixture.xhtml());
  }

  /** {@return the text of each safety notice of the fixture: the items of its safety section} */
  static List<String> safetyNotices(Document document) {
    List<String> notices = new ArrayList<>();
    NodeList sections = document.getElementsByTagNameNS(XhtmlInput.XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element section = (Element) sections.item(i);
      if (section.getAttribute("class").equals("safety")) {
        NodeList items = section.getElementsByTagNameNS(XhtmlInput.XHTML, "li");
        for (int j = 0; j < items.getLength(); j++) {
          notices.add(items.item(j).getTextContent().strip());
        }
      }
    }
    return notices;
  }

  @Test
  void theTextHasEverySafetyNoticeOfTheHandout() {
    List<String> notices = safetyNotices(xhtml);
    assertThat(notices).as("the fixture's four advisories and two notes on a herniated disc").hasSize(6);

    String text = Pdfs.squeezed(Pdfs.text(pdf));

    assertThat(notices).allSatisfy(notice -> assertThat(text).contains(Pdfs.squeezed(notice)));
  }

  @Test
  void theSafetyNoticesComeBeforeTheExercisesOnTheFirstPage() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
      assertThat(first).contains("Safety first: read this before you start");
      assertThat(first.indexOf("Safety first")).isLessThan(first.indexOf("The exercises"));
    }
  }

  @Test
  void theHandoutFitsOnTwoA4Pages() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(1, 2);
      for (PDPage page : document.getPages()) {
        assertSize(page.getMediaBox(), 595.3f, 841.9f);
      }
    }
  }

  @Test
  void usLetterPagesAreLetterSized() throws IOException {
    byte[] letter = PdfHandout.render(Fixture.xhtml(), Fixture.options().withPaper(PaperSize.US_LETTER));
    try (PDDocument document = Pdfs.load(letter)) {
      for (PDPage page : document.getPages()) {
        assertSize(page.getMediaBox(), 612f, 792f);
      }
    }
  }

  private static void assertSize(PDRectangle box, float width, float height) {
    assertThat(box.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(1f));
    assertThat(box.getHeight()).isCloseTo(height, org.assertj.core.data.Offset.offset(1f));
  }

  @Test
  void everyPictureIsAFigureWithItsAltText() throws IOException {
    List<String> alts = new ArrayList<>();
    NodeList images = xhtml.getElementsByTagNameNS(XhtmlInput.XHTML, "img");
    for (int i = 0; i < images.getLength(); i++) {
      alts.add(((Element) images.item(i)).getAttribute("alt"));
    }
    assertThat(alts).hasSize(3);

    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDStructureElement> figures = Pdfs.elements(document, "Figure");
      assertThat(figures).extracting(PDStructureElement::getAlternateDescription).isEqualTo(alts);
      assertThat(Pdfs.images(document)).isEqualTo(3);
    }
  }

  @Test
  void eachFigureIsReadInItsExerciseRightAfterTheExercisesHeading() throws IOException {
    // openhtmltopdf moves floated boxes out of their place in the structure tree, to the end of the
    // document: a screen reader would read the pictures after everything else. The handout lays
    // its pictures out without floats; this keeps it so.
    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDStructureElement> sections = Pdfs.elements(document, "Sect");
      List<String> headingsOfFigures = new ArrayList<>();
      for (PDStructureElement section : sections) {
        List<PDStructureElement> figures = Pdfs.elementsUnder(section, "Figure");
        if (!figures.isEmpty()) {
          assertThat(figures).hasSize(1);
          List<PDStructureElement> headings = Pdfs.elementsUnder(section, "H3");
          headingsOfFigures.add(Pdfs.actualText(document, headings.get(0)));
        }
      }
      assertThat(headingsOfFigures)
          .containsExactly(
              "1. Seated Hamstring Stretch", "2. Knee-to-Chest Stretch", "3. Standing Hurdler Stretch");
    }
  }

  @Test
  void theStructureHasHeadingsListsAndATableWithHeaderCells() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.elements(document, "H1")).hasSize(1);
      assertThat(Pdfs.elements(document, "H2")).hasSizeGreaterThanOrEqualTo(5);
      assertThat(Pdfs.elements(document, "L")).isNotEmpty();
      assertThat(Pdfs.elements(document, "Table")).hasSize(1);
      List<PDStructureElement> headers = Pdfs.elements(document, "TH");
      assertThat(headers).hasSize(8 + 3);
      List<String> scopes = new ArrayList<>();
      for (PDStructureElement header : headers) {
        Revisions<PDAttributeObject> attributes = header.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
          scopes.add(attributes.getObject(i).getCOSObject().getNameAsString(COSName.getPDFName("Scope")));
        }
      }
      assertThat(scopes).containsOnly("Column", "Row");
      assertThat(scopes).filteredOn("Row"::equals).hasSize(3);
    }
  }

  @Test
  void everyFontIsEmbeddedDejaVuSansAndNoneIsAStandardFont() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDFont> fonts = Pdfs.fonts(document);
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.isStandard14()).as(font.getName() + " a standard 14 font").isFalse();
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique)?");
              });
      assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("-Bold"));
      assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("-Oblique"));
    }
  }

  @Test
  void theLanguageAndTitleAreSetAndTheTitleIsShown() throws Exception {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("L5-S1 Relief Stretches");
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      XMPMetadata xmp = xmp(document);
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("L5-S1 Relief Stretches");
      assertThat(xmp.getDublinCoreSchema().getDescription()).startsWith("Three stretches");
      assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Regimen");
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
    }
  }

  @Test
  void theOptionsReplaceTheLanguageTitleSubjectAndAuthor() throws Exception {
    byte[] spanish =
        PdfHandout.render(
            Fixture.xhtml(),
            Fixture.options()
                .withLanguage(Locale.forLanguageTag("es-MX"))
                .withTitle("Estiramientos para L5-S1")
                .withSubject("Tres estiramientos")
                .withAuthor("Clínica de ejemplo"));
    try (PDDocument document = Pdfs.load(spanish)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-MX");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Estiramientos para L5-S1");
      assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Tres estiramientos");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Clínica de ejemplo");
      XMPMetadata xmp = xmp(document);
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Estiramientos para L5-S1");
      assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Clínica de ejemplo");
    }
  }

  @Test
  void largePrintSetsEveryCharacterAtFourteenPointsOrMore() throws IOException {
    byte[] large = PdfHandout.render(Fixture.xhtml(), Fixture.options().withLargePrint(true));
    List<Float> sizes = new ArrayList<>();
    try (PDDocument document = Pdfs.load(large)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              if (!text.getUnicode().isBlank()) {
                sizes.add(text.getYScale());
              }
              super.processTextPosition(text);
            }
          };
      String text = stripper.getText(document);
      assertThat(Pdfs.squeezed(text))
          .contains(Pdfs.squeezed(safetyNotices(xhtml).get(0)));
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
    }
    assertThat(sizes).isNotEmpty();
    // openhtmltopdf lays out in twentieths of a point and sets 14 pt as 13.9875 pt.
    assertThat(sizes).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(13.98f));

    List<Float> regular = new ArrayList<>();
    try (PDDocument document = Pdfs.load(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          regular.add(text.getYScale());
        }
      }.getText(document);
    }
    assertThat(regular).as("the regular handout is not already large").anyMatch(size -> size < 10f);
  }

  private static XMPMetadata xmp(PDDocument document) throws Exception {
    byte[] bytes = document.getDocumentCatalog().getMetadata().toByteArray();
    return new DomXmpParser().parse(new ByteArrayInputStream(bytes));
  }
}
