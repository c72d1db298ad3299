package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A handout whose print style asks for columns gets them, tagged in the document's order. */
class ColumnPagesTest {
  /** Enough numbered paragraphs for three columns of A4, so the columns go on to a second sheet. */
  static final int PARAGRAPHS = 90;

  static byte[] pdf;

  @BeforeAll
  static void render() {
    StringBuilder body = new StringBuilder("<main>");
    for (int i = 1; i <= PARAGRAPHS; i++) {
      body.append("<p>Paragraph ").append(i).append(": stop if it hurts, and rest a while.</p>");
    }
    body.append("</main>");
    String style =
        "<style>@page { size: A4; margin: 10mm; } main { column-count: 2; column-gap: 8mm; }"
            + " body { font-size: 10pt; }</style>";
    pdf = PdfHandout.render(Handouts.of(style, body.toString()), PdfOptions.defaults());
  }

  @Test
  void theColumnsPassPdfUa1AndPdfA2a() {
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void threeColumnsTakeTwoA4Sheets() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
    }
  }

  @Test
  void theFirstSheetHasTwoColumnsSideBySide() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      float half = document.getPage(0).getMediaBox().getWidth() / 2;
      List<Float> starts = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
              if (text.startsWith("Paragraph")) {
                starts.add(positions.get(0).getXDirAdj());
              }
            }
          };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(document);
      assertThat(starts).anySatisfy(x -> assertThat(x).isLessThan(half));
      assertThat(starts).anySatisfy(x -> assertThat(x).isGreaterThan(half));
    }
  }

  @Test
  void theStructureTreeHasEveryParagraphInTheDocumentsOrder() throws IOException {
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> paragraphs = new ArrayList<>();
      for (PDStructureElement p : Pdfs.elements(document, "P")) {
        paragraphs.add(Pdfs.actualText(document, p));
      }
      List<String> expected = new ArrayList<>();
      expected.add("Stop if it hurts.");
      for (int i = 1; i <= PARAGRAPHS; i++) {
        expected.add("Paragraph " + i + ": stop if it hurts, and rest a while.");
      }
      assertThat(paragraphs).containsExactlyElementsOf(expected);
    }
  }
}
