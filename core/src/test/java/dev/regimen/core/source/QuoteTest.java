package dev.regimen.core.source;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.invalidSlugs;
import static dev.regimen.core.testing.Generators.quotes;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static final Person SPEAKER = Person.named("Jane Doe");

  @Test
  void aQuoteKeepsItsWordsAndSpeaker() {
    Quote quote = Quote.of("Move gently.", SPEAKER);
    assertThat(quote.text()).isEqualTo("Move gently.");
    assertThat(quote.speaker()).isEqualTo(SPEAKER);
    assertThat(quote.sourceId()).isEmpty();
  }

  @Test
  void rejectsBlankWords() {
    qt().forAll(blankTexts())
        .checkAssert(
            t -> assertThat(violationsOf(() -> Quote.of(t, SPEAKER))).containsExactly(new Violation("text", "must not be blank")));
  }

  @Test
  void rejectsASourceIdThatIsNoSlug() {
    qt().forAll(invalidSlugs())
        .checkAssert(
            id ->
                assertThat(violationsOf(() -> Quote.builder().text("x").speaker(SPEAKER).sourceId(id).build()))
                    .containsExactly(
                        new Violation(
                            "sourceId",
                            "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                                + " 'knee-to-chest'), was '" + id + "'")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(quotes()).checkAssert(q -> ValueContracts.assertSameValue(Quote.builder().from(q).build(), q));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Quote.builder());
  }
}
