package dev.regimen.core.exercise;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.sensations;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SensationTest {

  @Test
  void keepsTheAreasInOrder() {
    assertThat(Sensation.of("a stretch in the back of your thigh", BodyArea.HAMSTRINGS, BodyArea.LOWER_BACK).areas())
        .containsExactly(BodyArea.HAMSTRINGS, BodyArea.LOWER_BACK);
  }

  @Test
  void rejectsABlankDescription() {
    qt().forAll(blankTexts())
        .checkAssert(
            d -> assertThat(violationsOf(() -> Sensation.of(d))).containsExactly(new Violation("description", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(sensations()).checkAssert(s -> ValueContracts.assertSameValue(Sensation.builder().from(s).build(), s));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(sensations()).checkAssert(s -> assertThat(ValueContracts.assertListsUnmodifiable(s)).isEqualTo(1));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(sensations()).checkAssert(s -> assertThat(ValueContracts.assertBuilderCopiesLists(s)).isEqualTo(1));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Sensation.builder());
  }
}
