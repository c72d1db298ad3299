package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.efforts;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class EffortTest {

  @Test
  void factoriesBuildTheEffortsTheyName() {
    assertThat(Effort.rpe(7).scale()).isEqualTo(EffortScale.RPE);
    assertThat(Effort.rpe(7).value()).isEqualTo(7);
    assertThat(Effort.rpeBetween(6, 8).maxValue()).hasValue(8);
    assertThat(Effort.repetitionsInReserve(2).scale()).isEqualTo(EffortScale.REPETITIONS_IN_RESERVE);
  }

  @Test
  void rejectsRatingsOutsideZeroToTen() {
    assertThat(rejectionOf(() -> Effort.rpe(11))).hasMessage("value: must be from 0 to 10, was 11");
    qt().forAll(integers().between(Integer.MIN_VALUE, -1).mix(integers().between(11, Integer.MAX_VALUE)))
        .checkAssert(
            r ->
                assertThat(violationsOf(() -> Effort.repetitionsInReserve(r)))
                    .containsExactly(new Violation("value", "must be from 0 to 10, was " + r)));
    assertThat(violationsOf(() -> Effort.rpeBetween(8, 6)))
        .containsExactly(new Violation("maxValue", "must not be less than value 8, was 6"));
    assertThat(violationsOf(() -> Effort.rpeBetween(8, 12)))
        .containsExactly(new Violation("maxValue", "must be from 0 to 10, was 12"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(efforts()).checkAssert(e -> ValueContracts.assertSameValue(Effort.builder().from(e).build(), e));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Effort.builder());
  }
}
