package dev.regimen.core.exercise;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.steps;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class StepTest {

  @Test
  void aStepMayCarryItsOwnHold() {
    assertThat(Step.of("Lie on your back.").hold()).isEmpty();
    Step pause = Step.holding("Pause here for a few breaths.", Hold.ofBreaths(3));
    assertThat(pause.hold()).contains(Hold.ofBreaths(3));
  }

  @Test
  void rejectsABlankInstruction() {
    qt().forAll(blankTexts())
        .checkAssert(t -> assertThat(violationsOf(() -> Step.of(t))).containsExactly(new Violation("text", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(steps()).checkAssert(s -> ValueContracts.assertSameValue(Step.builder().from(s).build(), s));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Step.builder());
  }
}
