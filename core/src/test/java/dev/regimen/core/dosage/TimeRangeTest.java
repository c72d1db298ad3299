package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.timeRanges;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  @Test
  void factoriesBuildTheTimesTheyName() {
    assertThat(TimeRange.ofMinutes(30).seconds()).isEqualTo(1800);
    assertThat(TimeRange.ofMinutes(30).maxDuration()).contains(Duration.ofMinutes(30));
    TimeRange range = TimeRange.ofSecondsBetween(20, 30);
    assertThat(range.minDuration()).isEqualTo(Duration.ofSeconds(20));
    assertThat(range.maxDuration()).contains(Duration.ofSeconds(30));
    assertThat(TimeRange.ofMinutesBetween(20, 30).maxSeconds()).hasValue(1800);
    TimeRange open = TimeRange.builder().seconds(600).orMore(true).build();
    assertThat(open.maxDuration()).as("ten minutes or more has no longest").isEmpty();
  }

  @Test
  void rejectsTimesOutsideOneSecondToADay() {
    assertThat(rejectionOf(() -> TimeRange.ofSeconds(0))).hasMessage("seconds: must be from 1 to 86400, was 0");
    assertThat(rejectionOf(() -> TimeRange.ofMinutes(1441)))
        .hasMessage("seconds: must be from 1 to 86400, was 86460");
    assertThat(rejectionOf(() -> TimeRange.ofMinutes(Integer.MAX_VALUE)))
        .hasMessage("seconds: must be from 1 to 86400, was " + Integer.MAX_VALUE);
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            n ->
                assertThat(violationsOf(() -> TimeRange.ofSeconds(n)))
                    .containsExactly(new Violation("seconds", "must be from 1 to 86400, was " + n)));
    assertThat(TimeRange.ofSeconds(TimeRange.MAX_SECONDS).seconds()).isEqualTo(86_400);
  }

  @Test
  void rejectsALongestTimeShorterThanTheShortestOrBeyondADay() {
    assertThat(violationsOf(() -> TimeRange.ofSecondsBetween(30, 20)))
        .containsExactly(new Violation("maxSeconds", "must not be less than seconds 30, was 20"));
    assertThat(violationsOf(() -> TimeRange.ofSecondsBetween(30, 90_000)))
        .containsExactly(new Violation("maxSeconds", "must be from 1 to 86400, was 90000"));
  }

  @Test
  void rejectsALowerBoundTogetherWithALongest() {
    assertThat(violationsOf(() -> TimeRange.builder().seconds(60).maxSeconds(120).orMore(true).build()))
        .containsExactly(new Violation("orMore", "is for a lower bound only; this time has maxSeconds"));
  }

  @Test
  void rejectsBlankWording() {
    qt().forAll(blankTexts())
        .checkAssert(
            w ->
                assertThat(violationsOf(() -> TimeRange.builder().seconds(60).wording(w).build()))
                    .containsExactly(new Violation("wording", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(timeRanges())
        .checkAssert(t -> ValueContracts.assertSameValue(TimeRange.builder().from(t).build(), t));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(TimeRange.builder());
  }
}
