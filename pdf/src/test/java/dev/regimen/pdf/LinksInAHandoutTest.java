package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Source;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A handout whose sources have web addresses: openhtmltopdf 1.1.31 writes its link annotations
 * without the alternative description PDF/UA-1 asks of every link (7.18.5), so PdfHandout gives
 * each link one, in one column and in two.
 */
class LinksInAHandoutTest {
  static final URI ARTICLE = URI.create("https://www.example.org/articles/l5-s1-stretches");

  /** The bundled protocol, its source given the article's web address. */
  static Protocol withALink() {
    Protocol p = Catalog.l5s1Relief();
    List<Source> sources = new ArrayList<>();
    for (Source s : p.sources()) {
      sources.add(s.toBuilder().link(ARTICLE).build());
    }
    return p.toBuilder().sources(sources).build();
  }

  @Test
  void everyLinkHasADescriptionSoTheHandoutPassesPdfUa1InTwoColumns() throws IOException {
    byte[] pdf = PdfHandout.render(HtmlSheet.defaults().render(withALink()), PdfOptions.defaults());

    assertThat(links(pdf)).isNotEmpty().allSatisfy(link -> assertThat(link).contains(ARTICLE.toString()));
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void everyLinkHasADescriptionSoTheHandoutPassesPdfUa1InLargePrint() throws IOException {
    byte[] pdf =
        PdfHandout.render(
            HtmlSheet.defaults().withLargePrint(true).render(withALink()),
            PdfOptions.defaults().withLargePrint(true));

    assertThat(links(pdf)).isNotEmpty().allSatisfy(link -> assertThat(link).contains(ARTICLE.toString()));
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void aSpanishHandoutDescribesItsLinksInSpanish() throws IOException {
    SheetOptions es = SheetOptions.defaults().withLocale(Locale.forLanguageTag("es"));
    byte[] pdf = PdfHandout.render(HtmlSheet.of(es).render(withALink()), PdfOptions.defaults());

    assertThat(links(pdf)).isNotEmpty().allSatisfy(link -> assertThat(link).isEqualTo("Enlace a " + ARTICLE));
    byte[] english = PdfHandout.render(HtmlSheet.defaults().render(withALink()), PdfOptions.defaults());
    assertThat(links(english)).isNotEmpty().allSatisfy(link -> assertThat(link).isEqualTo("Link to " + ARTICLE));
  }

  /** {@return the description of every link annotation of the PDF, null where it has none} */
  private static List<String> links(byte[] pdf) throws IOException {
    List<String> descriptions = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink) {
            descriptions.add(a.getContents());
          }
        }
      }
    }
    return descriptions;
  }
}
