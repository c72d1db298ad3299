package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdfOptionsTest {
  @Test
  void theDefaultsAreA4RegularPrintTheDocumentsOwnMetadataAndNoPictures() {
    PdfOptions defaults = PdfOptions.defaults();

    assertThat(defaults.paper()).isEqualTo(PaperSize.A4);
    assertThat(defaults.largePrint()).isFalse();
    assertThat(defaults.language()).isEmpty();
    assertThat(defaults.title()).isEmpty();
    assertThat(defaults.subject()).isEmpty();
    assertThat(defaults.author()).isEmpty();
    assertThat(defaults.images()).isSameAs(ImageResolver.none());
    assertThat(defaults.toString()).isEqualTo("PdfOptions{paper=A4, largePrint=false, images=ImageResolver.none()}");
  }

  @Test
  void eachWithReturnsACopyThatChangesOneThing() {
    PdfOptions options =
        PdfOptions.defaults()
            .withPaper(PaperSize.US_LETTER)
            .withLargePrint(true)
            .withLanguage(Locale.forLanguageTag("es-MX"))
            .withTitle("  Estiramientos ")
            .withSubject("Tres estiramientos")
            .withAuthor("Clínica");

    assertThat(options.paper()).isEqualTo(PaperSize.US_LETTER);
    assertThat(options.largePrint()).isTrue();
    assertThat(options.language()).contains(Locale.forLanguageTag("es-MX"));
    assertThat(options.title()).contains("Estiramientos");
    assertThat(options.subject()).contains("Tres estiramientos");
    assertThat(options.author()).contains("Clínica");
    assertThat(PdfOptions.defaults().paper()).isEqualTo(PaperSize.A4);
    assertThat(options).isEqualTo(options.withPaper(PaperSize.A4).withPaper(PaperSize.US_LETTER));
    assertThat(options.hashCode()).isEqualTo(options.withLargePrint(true).hashCode());
    assertThat(options).isNotEqualTo(options.withLargePrint(false));
  }

  @Test
  void aLanguageMustNameALanguage() {
    assertThatThrownBy(() -> PdfOptions.defaults().withLanguage(Locale.ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language: names no language, was 'und'");
    assertThatThrownBy(() -> PdfOptions.defaults().withLanguage(new Locale("", "MX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language: names no language, was 'und-MX'");
  }

  @Test
  void textsMustBeShortPrintableAndNotBlank() {
    assertThatThrownBy(() -> PdfOptions.defaults().withTitle(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title: must not be blank, was ' '");
    assertThatThrownBy(() -> PdfOptions.defaults().withAuthor("a\u0007b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("author: must not contain a control character, had U+0007 at index 1");
    assertThatThrownBy(() -> PdfOptions.defaults().withSubject("x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject: must have at most 1000 characters, had 1001");
    assertThatThrownBy(() -> PdfOptions.defaults().withTitle(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> PdfOptions.defaults().withImages(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("images");
  }

  @Test
  void paperSizesAreThoseOfTheStandards() {
    assertThat(PaperSize.A4.widthMillimetres()).isEqualTo(210.0);
    assertThat(PaperSize.A4.heightMillimetres()).isEqualTo(297.0);
    assertThat(PaperSize.US_LETTER.widthMillimetres()).isEqualTo(215.9);
    assertThat(PaperSize.US_LETTER.heightMillimetres()).isEqualTo(279.4);
  }
}
