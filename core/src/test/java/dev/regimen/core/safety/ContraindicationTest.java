package dev.regimen.core.safety;

import static dev.regimen.core.testing.Generators.contraindications;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ContraindicationTest {
  private static final String SLUG =
      "must be a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest'),"
          + " was ";

  @Test
  void rejectsEveryBrokenRuleAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Contraindication.builder()
                        .conditionId("Herniated Disc")
                        .findingId("-extruded")
                        .severity(Severity.AVOID)
                        .rationale(" ")
                        .addSourceIds("wells-roth", "Bad Id", "")
                        .build()))
        .containsExactly(
            new Violation("conditionId", SLUG + "'Herniated Disc'"),
            new Violation("findingId", SLUG + "'-extruded'"),
            new Violation("rationale", "must not be blank"),
            new Violation("sourceIds[1]", SLUG + "'Bad Id'"),
            new Violation("sourceIds[2]", SLUG + "''"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(contraindications())
        .checkAssert(c -> ValueContracts.assertSameValue(Contraindication.builder().from(c).build(), c));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(contraindications()).checkAssert(c -> assertThat(ValueContracts.assertListsUnmodifiable(c)).isEqualTo(1));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(contraindications()).checkAssert(c -> assertThat(ValueContracts.assertBuilderCopiesLists(c)).isEqualTo(1));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Contraindication.builder());
  }
}
