package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.loads;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LoadTest {

  @Test
  void factoriesBuildTheLoadsTheyName() {
    assertThat(Load.ofKilograms(2.5).amount()).hasValue(2.5);
    assertThat(Load.ofKilograms(2.5).unit()).isEqualTo(LoadUnit.KILOGRAMS);
    assertThat(Load.ofPounds(10).unit()).isEqualTo(LoadUnit.POUNDS);
    assertThat(Load.ofPercentOfOneRepMax(70).amount()).hasValue(70);
    assertThat(Load.bodyWeight().amount()).isEmpty();
    assertThat(Load.band("a light band").description()).contains("a light band");
  }

  @Test
  void rejectsWeightsAndPercentagesWithoutAnAmount() {
    assertThat(rejectionOf(() -> Load.builder().unit(LoadUnit.KILOGRAMS).build()))
        .hasMessage("amount: is required for a load in kilograms");
    assertThat(violationsOf(() -> Load.builder().unit(LoadUnit.PERCENT_OF_ONE_REP_MAX).build()))
        .containsExactly(new Violation("amount", "is required for a load in percent of one rep max"));
  }

  @Test
  void rejectsAmountsThatAreNotPositiveFiniteOrAreTooHeavy() {
    assertThat(rejectionOf(() -> Load.ofKilograms(0)))
        .hasMessage("amount: must be greater than 0 and at most 1000, was 0.0");
    assertThat(rejectionOf(() -> Load.ofKilograms(Double.NaN)))
        .hasMessage("amount: must be greater than 0 and at most 1000, was NaN");
    assertThat(rejectionOf(() -> Load.ofPounds(Double.POSITIVE_INFINITY)))
        .hasMessage("amount: must be greater than 0 and at most 2200, was Infinity");
    assertThat(rejectionOf(() -> Load.ofPercentOfOneRepMax(151)))
        .hasMessage("amount: must be greater than 0 and at most 150, was 151.0");
    assertThat(Load.ofKilograms(1000).amount()).hasValue(1000);
  }

  @Test
  void rejectsARangeUpsideDownOrWithoutItsLowerEnd() {
    assertThat(violationsOf(() -> Load.builder().unit(LoadUnit.KILOGRAMS).amount(10).maxAmount(5).build()))
        .containsExactly(new Violation("maxAmount", "must not be less than amount 10.0, was 5.0"));
    assertThat(violationsOf(() -> Load.builder().unit(LoadUnit.BAND).description("red").maxAmount(5).build()))
        .containsExactly(new Violation("maxAmount", "needs amount, the lightest load"));
  }

  @Test
  void rejectsAnAmountOfBodyWeightAndABandWithoutWords() {
    assertThat(violationsOf(() -> Load.builder().unit(LoadUnit.BODY_WEIGHT).amount(70).build()))
        .containsExactly(new Violation("amount", "body weight takes no amount"));
    assertThat(violationsOf(() -> Load.builder().unit(LoadUnit.BAND).build()))
        .containsExactly(
            new Violation(
                "description", "is required for a band: the band in words, such as 'a light band'"));
    assertThat(violationsOf(() -> Load.band(" ")))
        .containsExactly(new Violation("description", "must not be blank"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(loads()).checkAssert(l -> ValueContracts.assertSameValue(Load.builder().from(l).build(), l));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Load.builder());
  }
}
