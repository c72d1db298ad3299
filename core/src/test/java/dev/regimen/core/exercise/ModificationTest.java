package dev.regimen.core.exercise;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.modifications;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ModificationTest {

  @Test
  void rejectsBlankTextsAllAtOnce() {
    qt().forAll(blankTexts())
        .checkAssert(
            b ->
                assertThat(violationsOf(() -> Modification.of(ModificationReason.DISCOMFORT, b, b)))
                    .containsExactly(
                        new Violation("when", "must not be blank"),
                        new Violation("instruction", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(modifications())
        .checkAssert(m -> ValueContracts.assertSameValue(Modification.builder().from(m).build(), m));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Modification.builder());
  }
}
