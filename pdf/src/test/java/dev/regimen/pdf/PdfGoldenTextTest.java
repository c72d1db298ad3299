package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.formats.sheet.html.PictureResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The text a reader gets out of the bundled L5-S1 handout's PDF, in English and in Spanish
 * (PDFBox's {@code PDFTextStripper}, column by column as a person reads the two-column page),
 * compared line for line with the reviewed files under {@code src/test/resources/golden/}. Only
 * what truly varies between runs of the same renderer is normalised: spaces at the end of a line.
 * When a change is meant, rewrite them with {@code -Dregimen.golden.update=true} and read the diff
 * as a patient would before committing it: it must hold every safety notice.
 */
class PdfGoldenTextTest {
  private static final boolean UPDATE = Boolean.getBoolean("regimen.golden.update");
  private static final Protocol L5S1 = Catalog.l5s1Relief();
  private static final SheetOptions SPANISH =
      SheetOptions.defaults().withLocale(Locale.forLanguageTag("es"));

  @Test
  void englishHandoutsTextMatchesItsGoldenFile() throws IOException {
    String text = text(HtmlSheet.defaults());
    assertMatchesGolden("l5-s1-relief.pdf.txt", text);
    assertHoldsEverySafetyNotice(text);
  }

  @Test
  void spanishHandoutsTextMatchesItsGoldenFile() throws IOException {
    String text = text(HtmlSheet.of(SPANISH));
    assertMatchesGolden("l5-s1-relief.es.pdf.txt", text);
    assertHoldsEverySafetyNotice(text);
    assertThat(text).contains("Lo primero, su seguridad", "Cuánto:").doesNotContain("Safety first", "How much");
  }

  /** {@return the handout's text, read column by column, its lines without trailing spaces} */
  private static String text(HtmlSheet html) {
    byte[] pdf =
        PdfHandout.render(
            html.withPictures(PictureResolver.bundled()).render(L5S1), PdfOptions.defaults());
    return Pdfs.columnText(pdf, 2).replaceAll("[ \\t]+(\\r?\\n)", "$1").replace("\r\n", "\n");
  }

  /** Every advisory, contraindication and caution of the protocol is in the text, in its words. */
  private static void assertHoldsEverySafetyNotice(String text) {
    List<String> notices = new ArrayList<>();
    for (Advisory a : L5S1.advisories()) {
      notices.add(a.name());
      notices.add(a.text());
    }
    L5S1.cautions().stream().map(Caution::text).forEach(notices::add);
    for (Exercise e : L5S1.exercises()) {
      e.contraindications().stream().map(Contraindication::rationale).forEach(notices::add);
      e.cautions().stream().map(Caution::text).forEach(notices::add);
    }
    String squeezed = Pdfs.squeezed(text).replace("-", "");
    for (String notice : notices) {
      assertThat(squeezed).as(notice).contains(Pdfs.squeezed(notice).replace("-", ""));
    }
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Path file = Paths.get("src", "test", "resources", "golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = PdfGoldenTextTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("PDF text %s", name).isEqualTo(expected);
  }
}
