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
              assertThat(h.seconds().isPresent() || h.breaths().isPresent() || h.wording().isPresent())
                  .isTrue();
              assertThat(h.hasNumbers()).isEqualTo(h.seconds().isPresent() || h.breaths().isPresent());
              if (h.seconds().isPresent()) {
                int min = h.seconds().getAsInt();
                int max = h.maxSeconds().orElse(min);
                assertThat(h.minDuration()).contains(Duration.ofSeconds(min));
                if (h.orMore()) {
                  assertThat(h.maxDuration()).isEmpty();
                } else {
                  assertThat(h.maxDuration()).contains(Duration.ofSeconds(max));
                }
                assertThat(max).isGreaterThanOrEqualTo(min);
              } else {
                assertThat(h.minDuration()).isEmpty();
                assertThat(h.maxDuration()).isEmpty();
              }
            });
  }

  @Test
  void factoriesBuildTheHoldsTheyName() {
    assertThat(Hold.ofSeconds(30).seconds()).hasValue(30);
    assertThat(Hold.ofSeconds(30).approximate()).isFalse();
    assertThat(Hold.ofSeconds(30).wording()).isEmpty();
    Hold about = Hold.aboutSeconds(30);
    assertThat(about.seconds()).hasValue(30);
    assertThat(about.approximate()).isTrue();
    assertThat(about.wording()).contains("about 30 seconds");
    assertThat(Hold.aboutSeconds(1).wording()).contains("about 1 second");
    Hold range = Hold.ofSecondsBetween(10, 30);
    assertThat(range.seconds()).hasValue(10);
    assertThat(range.maxSeconds()).hasValue(30);
    Hold atLeast = Hold.atLeastSeconds(10);
    assertThat(atLeast.seconds()).hasValue(10);
    assertThat(atLeast.orMore()).isTrue();
    assertThat(atLeast.maxDuration()).isEmpty();
    assertThat(Hold.ofBreaths(5).breaths()).hasValue(5);
    assertThat(Hold.ofBreaths(5).seconds()).isEmpty();
    Hold words = Hold.described("a few seconds");
    assertThat(words.wording()).contains("a few seconds");
    assertThat(words.hasNumbers()).isFalse();
    assertThat(words.approximate()).isTrue();
  }

  @Test
  void rejectsAHoldWithNeitherSecondsNorBreathsNorWords() {
    assertThat(rejectionOf(() -> Hold.builder().build()))
        .hasMessage("hold: must give seconds, breaths or the source's wording");
    assertThat(violationsOf(() -> Hold.builder().approximate(true).build()))
        .containsExactly(new Violation("", "must give seconds, breaths or the source's wording"));
  }

  @Test
  void acceptsAHoldInWordsAlone() {
    assertThat(Hold.builder().wording("a while").build().wording()).contains("a while");
  }

  @Test
  void rejectsNumbersOutsideTheirRange() {
    assertThat(rejectionOf(() -> Hold.ofSeconds(0))).hasMessage("seconds: must be from 1 to 3600, was 0");
    assertThat(rejectionOf(() -> Hold.ofSeconds(3601))).hasMessage("seconds: must be from 1 to 3600, was 3601");
    assertThat(rejectionOf(() -> Hold.ofBreaths(101))).hasMessage("breaths: must be from 1 to 100, was 101");
    qt().forAll(integers().between(Integer.MIN_VALUE, 0).mix(integers().between(Hold.MAX_SECONDS + 1, Integer.MAX_VALUE)))
        .checkAssert(
            n ->
                assertThat(violationsOf(() -> Hold.ofSeconds(n)))
                    .containsExactly(new Violation("seconds", "must be from 1 to 3600, was " + n)));
    qt().forAll(integers().between(Integer.MIN_VALUE, 0).mix(integers().between(Hold.MAX_BREATHS + 1, Integer.MAX_VALUE)))
        .checkAssert(
            n ->
                assertThat(violationsOf(() -> Hold.ofBreaths(n)))
                    .containsExactly(new Violation("breaths", "must be from 1 to 100, was " + n)));
    assertThat(Hold.ofSeconds(Hold.MAX_SECONDS).seconds()).hasValue(3600);
    assertThat(Hold.ofBreaths(Hold.MAX_BREATHS).breaths()).hasValue(100);
  }

  @Test
  void rejectsALongestHoldShorterThanTheShortest() {
    assertThat(rejectionOf(() -> Hold.ofSecondsBetween(30, 10)))
        .hasMessage("maxSeconds: must not be less than seconds 30, was 10");
    qt().forAll(integers().between(1, 1800), integers().between(1, 1800))
        .checkAssert(
            (max, excess) ->
                assertThat(violationsOf(() -> Hold.ofSecondsBetween(max + excess, max)))
                    .containsExactly(
                        new Violation(
                            "maxSeconds",
                            "must not be less than seconds " + (max + excess) + ", was " + max)));
    assertThat(violationsOf(() -> Hold.builder().breaths(5).maxBreaths(3).build()))
        .containsExactly(new Violation("maxBreaths", "must not be less than breaths 5, was 3"));
  }

  @Test
  void rejectsALongestHoldWithoutAShortest() {
    assertThat(violationsOf(() -> Hold.builder().breaths(5).maxSeconds(10).build()))
        .containsExactly(new Violation("maxSeconds", "needs seconds, the shortest hold"));
    assertThat(violationsOf(() -> Hold.builder().seconds(5).maxBreaths(10).build()))
        .containsExactly(new Violation("maxBreaths", "needs breaths, the fewest breaths"));
  }

  @Test
  void rejectsALowerBoundWithoutANumberOrWithAMaximum() {
    assertThat(violationsOf(() -> Hold.builder().wording("long").orMore(true).build()))
        .containsExactly(new Violation("orMore", "needs seconds or breaths, the lower bound"));
    assertThat(violationsOf(() -> Hold.builder().seconds(10).maxSeconds(20).orMore(true).build()))
        .containsExactly(new Violation("orMore", "is for a lower bound only; this hold has a maximum"));
    assertThat(violationsOf(() -> Hold.builder().breaths(3).maxBreaths(5).orMore(true).build()))
        .containsExactly(new Violation("orMore", "is for a lower bound only; this hold has a maximum"));
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
            new Violation("seconds", "must be from 1 to 3600, was 0"),
            new Violation("maxSeconds", "must be from 1 to 3600, was -1"),
            new Violation("breaths", "must be from 1 to 100, was 0"),
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
              if (h.maxBreaths().isEmpty()) {
                int breaths = h.breaths().orElse(0) % Hold.MAX_BREATHS + 1;
                if (breaths != h.breaths().orElse(0)) {
                  assertThat(Hold.builder().from(h).breaths(breaths).build()).isNotEqualTo(h);
                }
              }
            });
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Hold.builder());
  }
}
