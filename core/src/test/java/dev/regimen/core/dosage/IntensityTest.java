package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.intensities;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class IntensityTest {

  @Test
  void acceptsEveryRatingFromZeroToTen() {
    for (int r = 0; r <= 10; r++) {
      assertThat(Intensity.builder().description("gentle").rating(r).build().rating()).hasValue(r);
    }
    assertThat(Intensity.described("a gentle stretch, never pain").rating()).isEmpty();
  }

  @Test
  void rejectsARatingOutsideZeroToTen() {
    assertThat(rejectionOf(() -> Intensity.builder().description("hard").rating(11).build()))
        .hasMessage("rating: must be from 0 to 10, was 11");
    qt().forAll(integers().between(Integer.MIN_VALUE, -1).mix(integers().between(11, Integer.MAX_VALUE)))
        .checkAssert(
            r ->
                assertThat(violationsOf(() -> Intensity.builder().description("x").rating(r).build()))
                    .containsExactly(new Violation("rating", "must be from 0 to 10, was " + r)));
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
