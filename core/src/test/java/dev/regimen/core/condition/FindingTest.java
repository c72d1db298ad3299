package dev.regimen.core.condition;

import static dev.regimen.core.testing.Generators.findings;
import static dev.regimen.core.testing.Generators.invalidSlugs;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void rejectsAnIdThatIsNoSlugAndABlankNameAtOnce() {
    qt().forAll(invalidSlugs())
        .checkAssert(
            id ->
                assertThat(violationsOf(() -> Finding.of(id, " ")))
                    .containsExactly(
                        new Violation(
                            "id",
                            "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                                + " 'knee-to-chest'), was '" + id + "'"),
                        new Violation("name", "must not be blank")));
  }

  @Test
  void rejectsABlankDescription() {
    assertThat(violationsOf(() -> Finding.builder().id("a").name("b").description("").build()))
        .containsExactly(new Violation("description", "must not be blank"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(findings()).checkAssert(f -> ValueContracts.assertSameValue(Finding.builder().from(f).build(), f));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Finding.builder());
  }
}
