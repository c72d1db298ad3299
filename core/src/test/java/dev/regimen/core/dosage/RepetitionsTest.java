package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.repetitions;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RepetitionsTest {

  @Test
  void acceptsEveryRangeFromOneUpwards() {
    qt().forAll(integers().between(1, 500), integers().between(0, 500))
        .checkAssert(
            (min, extra) -> {
              Repetitions r = Repetitions.between(min, min + extra);
              assertThat(r.min()).isEqualTo(min);
              assertThat(r.max()).isEqualTo(min + extra);
              assertThat(r.basis()).isEqualTo(RepetitionBasis.PER_SIDE);
              assertThat(r.isExact()).isEqualTo(extra == 0);
            });
  }

  @Test
  void exactlyIsARangeOfOneValue() {
    qt().forAll(integers().between(1, Repetitions.MAX))
        .checkAssert(n -> assertThat(Repetitions.exactly(n)).isEqualTo(Repetitions.between(n, n)));
  }

  @Test
  void rejectsAMinGreaterThanTheMax() {
    assertThat(rejectionOf(() -> Repetitions.between(5, 3)))
        .hasMessage("repetitions: min 5 is greater than max 3");
    qt().forAll(integers().between(1, 500), integers().between(1, 500))
        .checkAssert(
            (max, excess) ->
                assertThat(violationsOf(() -> Repetitions.between(max + excess, max)))
                    .containsExactly(
                        new Violation("", "min " + (max + excess) + " is greater than max " + max)));
  }

  @Test
  void rejectsAMinBelowOne() {
    assertThat(rejectionOf(() -> Repetitions.between(0, 3))).hasMessage("min: must be at least 1, was 0");
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            min ->
                assertThat(violationsOf(() -> Repetitions.between(min, 1)))
                    .containsExactly(new Violation("min", "must be at least 1, was " + min)));
  }

  @Test
  void rejectsMoreThanAThousand() {
    assertThat(rejectionOf(() -> Repetitions.between(8, 1001))).hasMessage("max: must be at most 1000, was 1001");
    qt().forAll(integers().between(Repetitions.MAX + 1, Integer.MAX_VALUE))
        .checkAssert(
            n ->
                assertThat(violationsOf(() -> Repetitions.exactly(n)))
                    .containsExactly(new Violation("max", "must be at most 1000, was " + n)));
    assertThat(Repetitions.exactly(Repetitions.MAX).max()).isEqualTo(1000);
  }

  @Test
  void reportsBothProblemsAtOnce() {
    assertThat(rejectionOf(() -> Repetitions.between(0, -2)))
        .hasMessage("2 problems: min: must be at least 1, was 0; repetitions: min 0 is greater than max -2");
  }

  @Test
  void withBasisKeepsTheRange() {
    qt().forAll(repetitions())
        .checkAssert(
            r -> {
              Repetitions total = r.withBasis(RepetitionBasis.TOTAL);
              assertThat(total.basis()).isEqualTo(RepetitionBasis.TOTAL);
              assertThat(total.min()).isEqualTo(r.min());
              assertThat(total.max()).isEqualTo(r.max());
              assertThat(total.withBasis(r.basis())).isEqualTo(r);
            });
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(repetitions())
        .checkAssert(r -> ValueContracts.assertSameValue(Repetitions.builder().from(r).build(), r));
  }

  @Test
  void valuesThatDifferInAnAttributeAreNotEqual() {
    qt().forAll(repetitions())
        .checkAssert(
            r -> {
              int otherMax = r.max() < Repetitions.MAX ? r.max() + 1 : r.max() - 1;
              if (otherMax >= r.min()) {
                assertThat(Repetitions.builder().from(r).max(otherMax).build()).isNotEqualTo(r);
              }
              RepetitionBasis other =
                  r.basis() == RepetitionBasis.TOTAL ? RepetitionBasis.PER_SIDE : RepetitionBasis.TOTAL;
              assertThat(r.withBasis(other)).isNotEqualTo(r);
            });
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Repetitions.builder());
  }
}
