package dev.regimen.core.exercise;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.progressions;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ProgressionTest {

  @Test
  void rejectsBlankTextsAllAtOnce() {
    qt().forAll(blankTexts())
        .checkAssert(
            b ->
                assertThat(
                        violationsOf(
                            () ->
                                Progression.builder()
                                    .direction(ProgressionDirection.HARDER)
                                    .name(b)
                                    .instruction(b)
                                    .sign(b)
                                    .build()))
                    .containsExactly(
                        new Violation("name", "must not be blank"),
                        new Violation("instruction", "must not be blank"),
                        new Violation("sign", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(progressions())
        .checkAssert(p -> ValueContracts.assertSameValue(Progression.builder().from(p).build(), p));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Progression.builder());
  }
}
