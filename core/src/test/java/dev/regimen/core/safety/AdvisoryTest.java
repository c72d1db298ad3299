package dev.regimen.core.safety;

import static dev.regimen.core.testing.Generators.advisories;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AdvisoryTest {

  private static Advisory.Builder seeASpecialist() {
    return Advisory.builder()
        .id("see-a-specialist")
        .name("See a specialist if the pain persists")
        .text("If the pain lasts more than a few weeks, see a spine specialist.");
  }

  @Test
  void painPersistsNeedsTheWeeksOfPain() {
    assertThat(seeASpecialist().trigger(AdvisoryTrigger.PAIN_PERSISTS).painWeeksAtLeast(4).build().painWeeksAtLeast())
        .hasValue(4);
    assertThat(violationsOf(() -> seeASpecialist().trigger(AdvisoryTrigger.PAIN_PERSISTS).build()))
        .containsExactly(new Violation("painWeeksAtLeast", "is required when the trigger is pain_persists"));
  }

  @Test
  void rejectsWeeksOfPainBelowOne() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(
            weeks ->
                assertThat(
                        violationsOf(
                            () -> seeASpecialist().trigger(AdvisoryTrigger.PAIN_PERSISTS).painWeeksAtLeast(weeks).build()))
                    .containsExactly(new Violation("painWeeksAtLeast", "must be greater than 0, was " + weeks)));
  }

  @Test
  void onlyPainPersistsTakesWeeksOfPain() {
    for (AdvisoryTrigger trigger : EnumSet.complementOf(EnumSet.of(AdvisoryTrigger.PAIN_PERSISTS))) {
      assertThat(seeASpecialist().trigger(trigger).build().painWeeksAtLeast()).isEmpty();
      assertThat(violationsOf(() -> seeASpecialist().trigger(trigger).painWeeksAtLeast(4).build()))
          .as(trigger.name())
          .containsExactly(new Violation("painWeeksAtLeast", "is only allowed when the trigger is pain_persists"));
    }
  }

  @Test
  void rejectsEveryBrokenRuleAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Advisory.builder()
                        .id("")
                        .name(" ")
                        .text("")
                        .trigger(AdvisoryTrigger.ALWAYS)
                        .painWeeksAtLeast(2)
                        .addSourceIds("ok", "Not OK")
                        .build()))
        .containsExactly(
            new Violation(
                "id",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was ''"),
            new Violation("name", "must not be blank"),
            new Violation("text", "must not be blank"),
            new Violation("painWeeksAtLeast", "is only allowed when the trigger is pain_persists"),
            new Violation(
                "sourceIds[1]",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was 'Not OK'"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(advisories()).checkAssert(a -> ValueContracts.assertSameValue(Advisory.builder().from(a).build(), a));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(advisories()).checkAssert(a -> assertThat(ValueContracts.assertListsUnmodifiable(a)).isEqualTo(2));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(advisories()).checkAssert(a -> assertThat(ValueContracts.assertBuilderCopiesLists(a)).isEqualTo(2));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Advisory.builder());
  }
}
