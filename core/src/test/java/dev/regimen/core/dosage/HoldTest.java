package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.holds;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HoldTest {

  @Test
  void durationsFollowTheSeconds() {
    qt().forAll(holds())
        .checkAssert(
            h -> {
              assertThat(h.seconds().isPresent() || h.breaths().isPresent()).isTrue();
              if (h.seconds().isPresent()) {
                int min = h.seconds().getAsInt();
                int max = h.maxSeconds().orElse(min);
                assertThat(h.minDuration()).contains(Duration.ofSeconds(min));
                assertThat(h.maxDuration()).contains(Duration.ofSeconds(max));
                assertThat(max).isGreaterThanOrEqualTo(min);
              } else {
                assertThat(h.minDuration()).isEmpty();
                assertThat(h.maxDuration()).isEmpty();
              }
            });
  }

  @Test
  void factoriesBuildTheHoldsTheyName() {
    assertThat(Hold.seconds(30).seconds()).hasValue(30);
    assertThat(Hold.seconds(30).approximate()).isFalse();
    assertThat(Hold.seconds(30).wording()).isEmpty();
    Hold about = Hold.aboutSeconds(30);
    assertThat(about.seconds()).hasValue(30);
    assertThat(about.approximate()).isTrue();
    assertThat(about.wording()).contains("about 30 seconds");
    Hold range = Hold.secondsBetween(10, 30);
    assertThat(range.seconds()).hasValue(10);
    assertThat(range.maxSeconds()).hasValue(30);
    assertThat(Hold.breaths(5).breaths()).hasValue(5);
    assertThat(Hold.breaths(5).seconds()).isEmpty();
  }

  @Test
  void rejectsAHoldWithNeitherSecondsNorBreaths() {
    assertThat(rejectionOf(() -> Hold.builder().build()))
        .hasMessage("hold: must give seconds, breaths or both");
    assertThat(violationsOf(() -> Hold.builder().approximate(true).wording("a while").build()))
        .containsExactly(new Violation("", "must give seconds, breaths or both"));
  }

  @Test
  void rejectsNumbersThatAreNotGreaterThanZero() {
    assertThat(rejectionOf(() -> Hold.seconds(0))).hasMessage("seconds: must be greater than 0, was 0");
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            n -> {
              assertThat(violationsOf(() -> Hold.seconds(n)))
                  .containsExactly(new Violation("seconds", "must be greater than 0, was " + n));
              assertThat(violationsOf(() -> Hold.breaths(n)))
                  .containsExactly(new Violation("breaths", "must be greater than 0, was " + n));
            });
  }

  @Test
  void rejectsALongestHoldShorterThanTheShortest() {
    assertThat(rejectionOf(() -> Hold.secondsBetween(30, 10)))
        .hasMessage("maxSeconds: must not be less than seconds 30, was 10");
    qt().forAll(integers().between(1, 3600), integers().between(1, 3600))
        .checkAssert(
            (max, excess) ->
                assertThat(violationsOf(() -> Hold.secondsBetween(max + excess, max)))
                    .containsExactly(
                        new Violation(
                            "maxSeconds",
                            "must not be less than seconds " + (max + excess) + ", was " + max)));
  }

  @Test
  void rejectsALongestHoldWithoutAShortest() {
    assertThat(violationsOf(() -> Hold.builder().breaths(5).maxSeconds(10).build()))
        .containsExactly(new Violation("maxSeconds", "needs seconds, the shortest hold"));
  }

  @Test
  void rejectsBlankWording() {
    qt().forAll(blankTexts())
        .checkAssert(
            w ->
                assertThat(violationsOf(() -> Hold.builder().seconds(5).wording(w).build()))
                    .containsExactly(new Violation("wording", "must not be blank")));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(violationsOf(() -> Hold.builder().seconds(0).maxSeconds(-1).breaths(0).wording(" ").build()))
        .containsExactly(
            new Violation("seconds", "must be greater than 0, was 0"),
            new Violation("maxSeconds", "must be greater than 0, was -1"),
            new Violation("breaths", "must be greater than 0, was 0"),
            new Violation("maxSeconds", "must not be less than seconds 0, was -1"),
            new Violation("wording", "must not be blank"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(holds()).checkAssert(h -> ValueContracts.assertSameValue(Hold.builder().from(h).build(), h));
  }

  @Test
  void valuesThatDifferInAnAttributeAreNotEqual() {
    qt().forAll(holds())
        .checkAssert(
            h -> {
              assertThat(Hold.builder().from(h).approximate(!h.approximate()).build()).isNotEqualTo(h);
              assertThat(Hold.builder().from(h).breaths(h.breaths().orElse(0) + 1).build()).isNotEqualTo(h);
            });
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Hold.builder());
  }
}
