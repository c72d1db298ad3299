package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.frequencies;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class FrequencyTest {

  @Test
  void dailyIsOnceADay() {
    Frequency daily = Frequency.daily();
    assertThat(daily.min()).isEqualTo(1);
    assertThat(daily.max()).isEqualTo(1);
    assertThat(daily.period()).isEqualTo(FrequencyPeriod.DAY);
    assertThat(daily.wording()).contains("daily");
  }

  @Test
  void factoriesCountOverTheirPeriod() {
    assertThat(Frequency.timesPerDay(3))
        .isEqualTo(Frequency.builder().min(3).max(3).period(FrequencyPeriod.DAY).build());
    assertThat(Frequency.daysPerWeek(2, 3))
        .isEqualTo(Frequency.builder().min(2).max(3).period(FrequencyPeriod.WEEK).build());
    assertThat(Frequency.daysPerWeek(7, 7).max()).isEqualTo(7);
  }

  @Test
  void rejectsAMinGreaterThanTheMax() {
    assertThat(rejectionOf(() -> Frequency.daysPerWeek(3, 2))).hasMessage("frequency: min 3 is greater than max 2");
    qt().forAll(integers().between(1, 23), integers().between(1, 1000))
        .checkAssert(
            (max, excess) ->
                assertThat(
                        violationsOf(
                            () ->
                                Frequency.builder()
                                    .min(max + excess)
                                    .max(max)
                                    .period(FrequencyPeriod.DAY)
                                    .build()))
                    .containsExactly(
                        new Violation("", "min " + (max + excess) + " is greater than max " + max)));
  }

  @Test
  void rejectsAMinBelowOnce() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            min ->
                assertThat(violationsOf(() -> Frequency.builder().min(min).max(1).period(FrequencyPeriod.WEEK).build()))
                    .containsExactly(new Violation("min", "must be at least 1, was " + min)));
    assertThat(rejectionOf(() -> Frequency.timesPerDay(0))).hasMessage("min: must be at least 1, was 0");
  }

  @Test
  void rejectsMoreThanTwentyFourTimesADay() {
    assertThat(rejectionOf(() -> Frequency.timesPerDay(25))).hasMessage("max: must be at most 24 times a day, was 25");
    assertThat(Frequency.timesPerDay(24).max()).isEqualTo(24);
  }

  @Test
  void daysPerWeekRejectsMoreThanSevenDays() {
    assertThat(rejectionOf(() -> Frequency.daysPerWeek(1, 8)))
        .hasMessage("max: must be at most 7, the days in a week, was 8");
    qt().forAll(integers().between(8, Integer.MAX_VALUE))
        .checkAssert(
            max ->
                assertThat(violationsOf(() -> Frequency.daysPerWeek(1, max)))
                    .containsExactly(new Violation("max", "must be at most 7, the days in a week, was " + max)));
  }

  @Test
  void rejectsBlankWording() {
    qt().forAll(blankTexts())
        .checkAssert(
            w ->
                assertThat(violationsOf(() -> Frequency.builder().from(Frequency.daily()).wording(w).build()))
                    .containsExactly(new Violation("wording", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(frequencies())
        .checkAssert(f -> ValueContracts.assertSameValue(Frequency.builder().from(f).build(), f));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Frequency.builder());
  }
}
