package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** veraPDF finds no failed rule of PDF/UA-1 or PDF/A-2a in a handout, and finds a lost alt text. */
class PdfHandoutConformanceTest {

  static Stream<Arguments> handouts() {
    PdfOptions options = Fixture.options();
    return Stream.of(
        Arguments.of("A4", options),
        Arguments.of("US Letter", options.withPaper(PaperSize.US_LETTER)),
        Arguments.of("A4, large print", options.withLargePrint(true)),
        Arguments.of(
            "Spanish metadata",
            options
                .withLanguage(Locale.forLanguageTag("es"))
                .withTitle("Estiramientos para aliviar L5-S1")
                .withSubject("Tres estiramientos que pueden aliviar el dolor en L5-S1")
                .withAuthor("Clínica de ejemplo")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handouts")
  void theHandoutPassesPdfUa1WithNoFailedRule(String name, PdfOptions options) {
    byte[] pdf = PdfHandout.render(Fixture.xhtml(), options);

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handouts")
  void theHandoutPassesPdfA2aWithNoFailedRule(String name, PdfOptions options) {
    byte[] pdf = PdfHandout.render(Fixture.xhtml(), options);

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void veraPdfReportsAPictureThatLostItsAltText() {
    // PdfHandout refuses such a handout (PdfHandoutInputTest); rendered past that check, the same
    // engine set-up makes a PDF that veraPDF must fail, or the conformance tests above prove little.
    Document document = XhtmlInput.parse(Fixture.xhtml());
    XhtmlInput.prepare(document, Fixture.options());
    NodeList images = document.getElementsByTagNameNS(XhtmlInput.XHTML, "img");
    assertThat(images.getLength()).isEqualTo(3);
    ((Element) images.item(1)).removeAttribute("alt");

    byte[] pdf = PdfHandout.renderPrepared(document, Fixture.options());

    List<String> failed = VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1);
    assertThat(failed).anySatisfy(rule -> assertThat(rule).startsWith("7.3-"));
  }

  @Test
  void theSameHandoutWithItsAltTextsPassesThroughTheSamePath() {
    Document document = XhtmlInput.parse(Fixture.xhtml());
    XhtmlInput.prepare(document, Fixture.options());

    byte[] pdf = PdfHandout.renderPrepared(document, Fixture.options());

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
