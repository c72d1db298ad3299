package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled L5-S1 protocol's sheets, compared character for character with the reviewed files
 * under {@code src/test/resources/golden/}. When a change to the renderers is meant, rewrite them
 * with {@code mvn verify -pl core,formats -Dregimen.golden.update=true}, then read the diff as a
 * patient would before committing it.
 */
class GoldenSheetTest {
  private static final boolean UPDATE = Boolean.getBoolean("regimen.golden.update");

  @Test
  void unicodeTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.defaults().render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.txt", sheet);
  }

  @Test
  void asciiTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.ascii.txt", sheet);
  }

  @Test
  void markdownSheetMatchesItsGoldenFile() throws IOException {
    String sheet = MarkdownSheet.defaults().render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.md", sheet);
  }

  /** A person whose herniated disc has disc material extruded onto the nerve, in pain 6 weeks. */
  static final PatientProfile EXTRUDED_DISC =
      PatientProfile.builder()
          .addConditionIds("herniated-disc")
          .addFindingIds("disc-extruded-onto-nerve")
          .painWeeks(6)
          .build();

  /** A person with a herniated disc only, in pain for a week and in pain now. */
  static final PatientProfile HERNIATED_DISC =
      PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(1).inPain(true).build();

  @Test
  void screeningSheetForAnExtrudedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.defaults().render(Screening.screen(Catalog.l5s1Relief(), EXTRUDED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.extruded-disc.txt", sheet);
  }

  @Test
  void screeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.defaults().render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.txt", sheet);
  }

  @Test
  void markdownScreeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        MarkdownSheet.defaults().render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.md", sheet);
  }

  @Test
  void sessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.defaults().render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.txt", sheet);
  }

  @Test
  void personalisedTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(Personalised.OPTIONS).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.personalised.txt", sheet);
  }

  @Test
  void personalisedAsciiTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.of(Personalised.OPTIONS.withAsciiOnly(true)).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.personalised.ascii.txt", sheet);
  }

  @Test
  void personalisedMarkdownSheetMatchesItsGoldenFile() throws IOException {
    String sheet = MarkdownSheet.of(Personalised.OPTIONS).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.personalised.md", sheet);
  }

  @Test
  void personalisedScreeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.of(Personalised.OPTIONS)
            .render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.personalised.txt", sheet);
  }

  @Test
  void markdownSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = MarkdownSheet.defaults().render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.md", sheet);
  }

  @Test
  void htmlSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = HtmlSheet.defaults().render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.html", sheet);
  }

  /** Spanish wording, as {@code regimen plan --lang es} asks for it. */
  static final SheetOptions SPANISH = SheetOptions.builder().locale(Locale.forLanguageTag("es")).build();

  @Test
  void spanishSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(SPANISH).render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.es.txt", sheet);
  }

  @Test
  void spanishMarkdownSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = MarkdownSheet.of(SPANISH).render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.es.md", sheet);
  }

  @Test
  void spanishHtmlSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet = HtmlSheet.of(SPANISH).render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.es.html", sheet);
  }

  @Test
  void spanishAsciiSessionPlanSheetMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.of(SPANISH.withAsciiOnly(true)).render(SessionPlan.of(Catalog.l5s1Relief()));
    assertMatchesGolden("l5-s1-relief.session.es.ascii.txt", sheet);
  }

  @Test
  void spanishTextSheetMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden("l5-s1-relief.es.txt", TextSheet.of(SPANISH).render(Catalog.l5s1Relief()));
  }

  @Test
  void spanishAsciiTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(SPANISH.withAsciiOnly(true)).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.es.ascii.txt", sheet);
  }

  @Test
  void spanishMarkdownSheetMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden("l5-s1-relief.es.md", MarkdownSheet.of(SPANISH).render(Catalog.l5s1Relief()));
  }

  @Test
  void spanishHtmlSheetMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden("l5-s1-relief.es.html", HtmlSheet.of(SPANISH).render(Catalog.l5s1Relief()));
  }

  @Test
  void spanishScreeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(SPANISH).render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.es.txt", sheet);
  }

  @Test
  void spanishMarkdownScreeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        MarkdownSheet.of(SPANISH).render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.es.md", sheet);
  }

  @Test
  void spanishHtmlScreeningSheetForAHerniatedDiscMatchesItsGoldenFile() throws IOException {
    String sheet =
        HtmlSheet.of(SPANISH).render(Screening.screen(Catalog.l5s1Relief(), HERNIATED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.herniated-disc.es.html", sheet);
  }

  @Test
  void spanishScreeningSheetForAnExtrudedDiscMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(SPANISH).render(Screening.screen(Catalog.l5s1Relief(), EXTRUDED_DISC));
    assertMatchesGolden("l5-s1-relief.screening.extruded-disc.es.txt", sheet);
  }

  @Test
  void spanishPersonalisedTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.of(Personalised.OPTIONS.withLocale(SPANISH.locale())).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.personalised.es.txt", sheet);
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Path file = Paths.get("src", "test", "resources", "golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenSheetTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("sheet %s", name).isEqualTo(expected);
  }
}
