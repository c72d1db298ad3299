package dev.regimen.core.protocol;

import static dev.regimen.core.testing.Generators.recommendations;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RecommendationTest {
  private static final String SLUG =
      "must be a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest'),"
          + " was ";

  @Test
  void rejectsEveryBrokenRuleAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Recommendation.builder()
                        .id("Core")
                        .name("")
                        .text(" ")
                        .addSourceIds("ok", "not ok")
                        .build()))
        .containsExactly(
            new Violation("id", SLUG + "'Core'"),
            new Violation("name", "must not be blank"),
            new Violation("text", "must not be blank"),
            new Violation("sourceIds[1]", SLUG + "'not ok'"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(recommendations())
        .checkAssert(r -> ValueContracts.assertSameValue(Recommendation.builder().from(r).build(), r));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(recommendations()).checkAssert(r -> assertThat(ValueContracts.assertListsUnmodifiable(r)).isEqualTo(2));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(recommendations()).checkAssert(r -> assertThat(ValueContracts.assertBuilderCopiesLists(r)).isEqualTo(2));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Recommendation.builder());
  }
}
