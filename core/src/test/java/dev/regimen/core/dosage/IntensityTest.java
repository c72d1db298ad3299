package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.intensities;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class IntensityTest {

  @Test
  void keepsTheDescribedLevel() {
    assertThat(Intensity.described("a gentle stretch, never pain").description())
        .isEqualTo("a gentle stretch, never pain");
  }

  @Test
  void rejectsABlankDescription() {
    qt().forAll(blankTexts())
        .checkAssert(
            d ->
                assertThat(violationsOf(() -> Intensity.described(d)))
                    .containsExactly(new Violation("description", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(intensities())
        .checkAssert(i -> ValueContracts.assertSameValue(Intensity.builder().from(i).build(), i));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Intensity.builder());
  }
}
