package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.Generators;
import dev.regimen.formats.internal.Message;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The protocol's and the screening sheets in Spanish, for any protocol. */
class SpanishSheetTest {
  private static final int EXAMPLES = 100;

  /**
   * {@return every piece of the English wording of two words or more whose message Spanish words
   * differently: "— do not do these exercises:", "Start with your", "between repetitions"}
   */
  static List<String> englishFragments() {
    List<String> fragments = new ArrayList<>();
    Map<String, Message> es = SheetWording.SPANISH.messages();
    for (Map.Entry<String, Message> e : SheetWording.ENGLISH.messages().entrySet()) {
      Message en = e.getValue();
      if (en.toString().equals(es.get(e.getKey()).toString())) {
        continue;
      }
      for (int k = 0; k <= en.size(); k++) {
        String literal = en.literal(k).replace('\u00A0', ' ').trim();
        if (literal.length() >= 8 && literal.contains(" ")) {
          fragments.add(literal);
        }
      }
    }
    return fragments;
  }

  @Test
  void theEnglishWordingHasFragmentsToLookFor() {
    assertThat(englishFragments()).contains("— do not do these exercises:", "Start with your");
  }

  @Test
  void spanishProtocolSheetsSayNoSentenceOfTheEnglishWording() {
    List<String> english = englishFragments();
    qt().withExamples(EXAMPLES)
        .forAll(Generators.protocols(), booleans().all(), integers().between(1, 20))
        .checkAssert(
            (p, pain, days) -> {
              SheetOptions es = SheetOptions.builder()
                  .locale(Locale.forLanguageTag("es"))
                  .width(SheetOptions.MAX_WIDTH)
                  .trackingDays(days)
                  .includePainScore(pain)
                  .build();
              String sheet = TextSheet.of(es).render(p).replace('\u00A0', ' ');
              for (String fragment : english) {
                assertThat(sheet).as(fragment).doesNotContain(fragment);
              }
              String html = HtmlSheet.of(es).render(p);
              assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"");
            });
  }

  @Test
  void spanishScreeningSheetsSayNoSentenceOfTheEnglishWording() {
    List<String> english = englishFragments();
    SheetOptions es = SheetOptions.builder()
        .locale(Locale.forLanguageTag("es"))
        .width(SheetOptions.MAX_WIDTH)
        .build();
    qt().withExamples(EXAMPLES)
        .forAll(Generators.screeningReports())
        .checkAssert(
            r -> {
              String sheet = TextSheet.of(es).render(r).replace('\u00A0', ' ');
              for (String fragment : english) {
                assertThat(sheet).as(fragment).doesNotContain(fragment);
              }
            });
  }

  @Test
  void aScreeningsCautionNoteIsSaidInTheSheetsWordsAfterTheNotesOwnWords() {
    dev.regimen.core.protocol.Protocol p = dev.regimen.core.catalog.Catalog.l5s1Relief();
    List<dev.regimen.core.protocol.ProtocolEntry> entries = new ArrayList<>(p.entries());
    entries.set(0, entries.get(0).toBuilder().note("Go gently.").build());
    dev.regimen.core.screening.ScreeningReport r =
        dev.regimen.core.screening.Screening.screen(
            p.toBuilder().entries(entries).build(), GoldenSheetTest.HERNIATED_DISC);
    String note = r.personalised().orElseThrow().entries().get(0).note().orElseThrow();
    assertThat(note).startsWith("Go gently. Caution (Herniated disc): ");

    SheetOptions wide = SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build();
    assertThat(TextSheet.of(wide).render(r)).contains("Note: " + note + "\n");
    String rationale = note.substring("Go gently. Caution (Herniated disc): ".length());
    assertThat(TextSheet.of(wide.withLocale(Locale.forLanguageTag("es"))).render(r))
        .contains("Nota: Go gently. Precaución (Herniated disc): " + rationale + "\n")
        .doesNotContain("Caution (");
  }
}
