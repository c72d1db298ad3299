package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.Generators;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RangeTest {

  @Test
  void anExactValueIsARangeOfOne() {
    assertThat(Range.of(3).min()).isEqualTo(3);
    assertThat(Range.of(3).max()).isEqualTo(3);
    assertThat(Range.of(3).isExact()).isTrue();
    assertThat(Range.between(2, 3).isExact()).isFalse();
    assertThat(Range.of(0).isExact()).isTrue();
    assertThat(Range.of(3)).hasToString("3");
    assertThat(Range.between(60, 90)).hasToString("60-90");
  }

  @Test
  void rejectsANegativeMinimum() {
    assertThat(rejectionOf(() -> Range.of(-1))).hasMessage("min: must not be negative, was -1");
    assertThat(violationsOf(() -> Range.between(-5, 2)))
        .containsExactly(new Violation("min", "must not be negative, was -5"));
  }

  @Test
  void rejectsAMinimumAboveTheMaximum() {
    qt().forAll(integers().between(0, 1000), integers().between(1, 1000))
        .checkAssert(
            (max, excess) ->
                assertThat(violationsOf(() -> Range.between(max + excess, max)))
                    .containsExactly(
                        new Violation("", "min " + (max + excess) + " is greater than max " + max)));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(Generators.ranges(0, 1000))
        .checkAssert(r -> ValueContracts.assertSameValue(Range.builder().from(r).build(), r));
  }

  // a range has no attribute that could be null: both are ints
}
