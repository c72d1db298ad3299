package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.internal.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The plural rules, the message patterns and the two bundles of the sheets' wording. */
class SheetWordingTest {
  @Test
  void englishIsOneOnlyForAnIntegerOne() {
    assertThat(Plural.of("en", 0)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("en", 1)).isEqualTo(Plural.ONE);
    assertThat(Plural.of("en", 2)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("en", -1)).isEqualTo(Plural.ONE);
    assertThat(Plural.of("en", new BigDecimal("1.0"))).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("en", new BigDecimal("1.5"))).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("en", 1_000_000)).isEqualTo(Plural.OTHER);
  }

  @Test
  void spanishIsOneForOneAndOnePointZeroAndManyForWholeMillions() {
    assertThat(Plural.of("es", 0)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("es", 1)).isEqualTo(Plural.ONE);
    assertThat(Plural.of("es", new BigDecimal("1.0"))).isEqualTo(Plural.ONE);
    assertThat(Plural.of("es", 2)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("es", new BigDecimal("1.5"))).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("es", 999_999)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("es", 1_000_000)).isEqualTo(Plural.MANY);
    assertThat(Plural.of("es", 2_000_000)).isEqualTo(Plural.MANY);
    assertThat(Plural.of("es", new BigDecimal("1E+6"))).isEqualTo(Plural.MANY);
    assertThat(Plural.of("es", 1_000_001)).isEqualTo(Plural.OTHER);
    assertThat(Plural.of("es", new BigDecimal("1000000.0"))).isEqualTo(Plural.OTHER);
  }

  @Test
  void pluralRulesRefuseALanguageWithoutThem() {
    assertThatThrownBy(() -> Plural.of("fr", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no plural rules for 'fr': sheets are worded in [en, es]");
  }

  @Test
  void aPatternHasNamedPlaceholdersAndDoubledBracesAndNoOtherSyntax() {
    Message m = Message.parse("Exercise {number} of {count}, l'{{x}}");
    assertThat(m.placeholders()).containsExactly("number", "count");
    assertThat(m.format(Map.of("number", "1", "count", "3"))).isEqualTo("Exercise 1 of 3, l'{x}");
    assertThatThrownBy(() -> Message.parse("a {b"))
        .hasMessage("pattern: the brace at 2 is not closed, in 'a {b'");
    assertThatThrownBy(() -> Message.parse("a } b"))
        .hasMessage("pattern: the brace at 2 closes nothing (write }} for a brace), in 'a } b'");
    assertThatThrownBy(() -> Message.parse("a {b c}"))
        .hasMessage("pattern: a placeholder is a name of letters and digits, was '{b c}' at 2, in 'a {b c}'");
    assertThatThrownBy(() -> m.format(Map.of("number", "1")))
        .hasMessageContaining("has the placeholders [number, count], was given [number]");
  }

  @Test
  void aPhraseMustFillExactlyItsMessagesPlaceholders() {
    SheetWording say = SheetWording.of("en");
    assertThat(say.phrase("sheet.named").with("name", "Pain").with("text", "it hurts").text())
        .isEqualTo("Pain: it hurts");
    assertThatThrownBy(() -> say.phrase("sheet.named").with("name", "Pain").text())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message '{name}: {text}' has the placeholders [name, text], was given [name]");
    assertThatThrownBy(
            () -> say.phrase("sheet.named").with("name", "Pain").with("side", "left").with("a", "1").with("b", "2")
                .with("c", "3").with("d", "4").text())
        .hasMessage("message '{name}: {text}' has the placeholders [name, text], was given [name, side, a, b, c, d]");
    assertThatThrownBy(
            () -> say.phrase("sheet.named").with("name", "Pain").with("text", "it hurts").with("side", "left")
                .write(new DocumentWriter(dev.regimen.formats.sheet.document.SheetKind.PROTOCOL, "en", "en", java.util.List.of())))
        .hasMessage("message '{name}: {text}' has the placeholders [name, text], was given [name, text, side]");
  }

  @Test
  void aPlaceholderFilledAgainTakesTheNewPartWhereItFirstStood() {
    SheetWording say = SheetWording.of("en");
    assertThat(say.phrase("sheet.named").with("text", "first").with("name", "Pain").with("text", "second").text())
        .isEqualTo("Pain: second");
    Message m = Message.parse("{a} {b} {a} {c}");
    assertThat(m.distinctPlaceholders()).isEqualTo(3);
    assertThat(m.distinctPlaceholder(2)).isEqualTo("c");
  }

  @Test
  void aMissingManyVariantFallsBackToOther() {
    assertThat(SheetWording.SPANISH.phrase("cue.breaths", 1_000_000).with("count", 1_000_000).text())
        .isEqualTo("1000000 respiraciones");
    assertThat(SheetWording.SPANISH.durationPhrase(1_000_000).text()).isEqualTo("1000000\u00A0de segundos");
    assertThat(SheetWording.SPANISH.durationPhrase(60).text()).isEqualTo("1\u00A0minuto");
    assertThat(SheetWording.ENGLISH.durationPhrase(1).text()).isEqualTo("1\u00A0second");
    assertThat(SheetWording.ENGLISH.durationPhrase(0).text()).isEqualTo("0\u00A0seconds");
  }

  @Test
  void bothBundlesHoldTheSameKeysWithTheSamePlaceholders() {
    Map<String, Object> en = placeholders(SheetWording.ENGLISH);
    Map<String, Object> es = placeholders(SheetWording.SPANISH);
    // Spanish alone has the optional "many" variants.
    es.keySet().removeIf(k -> k.endsWith(".many") && !en.containsKey(k));
    assertThat(es).isEqualTo(en);
    for (String key : SheetWording.SPANISH.messages().keySet()) {
      if (key.endsWith(".many")) {
        String base = key.substring(0, key.length() - ".many".length());
        assertThat(en).as(key).containsKeys(base + ".one", base + ".other");
        assertThat(SheetWording.SPANISH.messages().get(key).placeholders())
            .isEqualTo(SheetWording.SPANISH.messages().get(base + ".other").placeholders());
      }
    }
  }

  @Test
  void everyPluralMessageHasAnOneAndAnOtherVariant() {
    for (SheetWording w : new SheetWording[] {SheetWording.ENGLISH, SheetWording.SPANISH}) {
      for (String key : w.messages().keySet()) {
        if (key.endsWith(".one") || key.endsWith(".other")) {
          String base = key.substring(0, key.lastIndexOf('.'));
          assertThat(w.messages()).as(w.language() + " " + key).containsKeys(base + ".one", base + ".other");
        }
      }
    }
  }

  @Test
  void theBundleFilesAreReadAsUtf8AndEveryValueIsAPattern() {
    for (String language : SheetWording.LANGUAGES) {
      Properties file = SheetWording.file(language);
      assertThat(new TreeSet<>(file.stringPropertyNames())).isEqualTo(SheetWording.of(Locale.forLanguageTag(language)).messages().keySet());
    }
    assertThat(SheetWording.file("es").getProperty("plan.end")).isEqualTo("Fin de la sesión.");
    assertThat(SheetWording.SPANISH.text("plan.end")).isEqualTo("Fin de la sesión.");
  }

  @Test
  void theDefaultLocaleNeverDecidesTheWords() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es-ES"));
      assertThat(SheetWording.of(Locale.ENGLISH).text("plan.end")).isEqualTo("End of the session.");
      assertThat(SheetOptions.defaults().locale()).isEqualTo(Locale.ENGLISH);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLocaleIsWordedByItsLanguageAndAnUnsupportedOneIsRefusedNamingTheSupportedOnes() {
    assertThat(SheetWording.of(Locale.forLanguageTag("es-MX"))).isSameAs(SheetWording.SPANISH);
    assertThat(SheetWording.of(Locale.UK)).isSameAs(SheetWording.ENGLISH);
    assertThatThrownBy(() -> SheetOptions.builder().locale(Locale.FRANCE).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("locale: sheets are worded in en (English) or es (Spanish), not in 'fr-FR'");
    assertThatThrownBy(() -> SheetOptions.builder().locale(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
    SheetOptions es = SheetOptions.defaults().withLocale(Locale.forLanguageTag("es"));
    assertThat(es.locale()).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(es).isNotEqualTo(SheetOptions.defaults());
    assertThat(es.toBuilder().build()).isEqualTo(es).hasSameHashCodeAs(es);
  }

  @Test
  void spanishSheetKeepsTheProtocolsOwnWordsInEnglish() {
    SheetOptions es = SheetOptions.defaults().withLocale(Locale.forLanguageTag("es"));
    dev.regimen.core.protocol.Protocol p = dev.regimen.core.catalog.Catalog.l5s1Relief();
    dev.regimen.formats.sheet.document.SheetDocument tree = SheetDocuments.of(p, es);
    assertThat(tree.wordingLanguage()).isEqualTo("es");
    assertThat(tree.language()).isEqualTo("en");
    String sheet = TextSheet.of(es.withWidth(500)).render(tree);
    // the sheet's own words in Spanish ...
    assertThat(sheet).contains("LO PRIMERO, SU SEGURIDAD: LEA ESTO ANTES DE EMPEZAR", "Pasos:", "Cuánto: ");
    assertThat(sheet).doesNotContain("How much", "Safety first", "Steps:", "If you have:");
    // ... the protocol's as it wrote them
    assertThat(sheet).contains(p.entries().get(0).exercise().steps().get(0).text());
    assertThat(sheet).contains(p.advisories().get(0).text());
  }

  private static Map<String, Object> placeholders(SheetWording w) {
    Map<String, Object> all = new TreeMap<>();
    w.messages().forEach((k, m) -> all.put(k, m.placeholders()));
    return all;
  }
}
