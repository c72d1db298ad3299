package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.distances;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DistanceTest {

  @Test
  void factoriesBuildTheDistancesTheyName() {
    Distance walk = Distance.of(2, DistanceUnit.KILOMETRES);
    assertThat(walk.amount()).isEqualTo(2);
    assertThat(walk.maxAmount()).isEmpty();
    assertThat(walk.unit()).isEqualTo(DistanceUnit.KILOMETRES);
    assertThat(Distance.between(400, 800, DistanceUnit.METRES).maxAmount()).hasValue(800);
  }

  @Test
  void rejectsAmountsOutsideOneToTheMaximum() {
    assertThat(rejectionOf(() -> Distance.of(0, DistanceUnit.MILES)))
        .hasMessage("amount: must be from 1 to 100000, was 0");
    assertThat(violationsOf(() -> Distance.between(1, 100_001, DistanceUnit.METRES)))
        .containsExactly(new Violation("maxAmount", "must be from 1 to 100000, was 100001"));
    assertThat(violationsOf(() -> Distance.between(5, 3, DistanceUnit.YARDS)))
        .containsExactly(new Violation("maxAmount", "must not be less than amount 5, was 3"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(distances())
        .checkAssert(d -> ValueContracts.assertSameValue(Distance.builder().from(d).build(), d));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Distance.builder());
  }
}
