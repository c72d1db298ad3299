package dev.regimen.core.safety;

import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.Generators;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CautionTest {

  @Test
  void aCautionInWordsNeedsNoCodedCondition() {
    Caution knees = Caution.avoid("Avoid this position if you have knee problems");
    assertThat(knees.severity()).isEqualTo(Severity.AVOID);
    assertThat(knees.text()).isEqualTo("Avoid this position if you have knee problems");
    assertThat(Caution.of("Keep your back straight").severity()).isEqualTo(Severity.CAUTION);
  }

  @Test
  void rejectsABlankTextAndSourceIdsThatAreNotSlugs() {
    qt().forAll(Generators.blankTexts())
        .checkAssert(
            blank ->
                assertThat(violationsOf(() -> Caution.of(blank)))
                    .containsExactly(new Violation("text", "must not be blank")));
    assertThat(violationsOf(() -> Caution.builder().text("x").sourceIds(List.of("Not A Slug")).build()))
        .containsExactly(
            new Violation(
                "sourceIds[0]",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was 'Not A Slug'"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(Generators.cautions(List.of("a", "b")))
        .checkAssert(c -> ValueContracts.assertSameValue(Caution.builder().from(c).build(), c));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Caution.builder());
  }
}
