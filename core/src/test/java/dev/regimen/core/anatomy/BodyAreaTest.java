package dev.regimen.core.anatomy;

import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.Generators;
import dev.regimen.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BodyAreaTest {

  @Test
  void theStandardVocabularyCoversWhatExerciseDescriptionsName() {
    assertThat(BodyArea.standard().stream().map(BodyArea::displayName).collect(Collectors.toList()))
        .containsExactly(
            "neck", "shoulders", "chest", "upper back", "middle back", "lower back", "lats", "traps",
            "biceps", "triceps", "forearms", "wrists and hands", "core", "abdominals", "obliques",
            "hips", "hip flexors", "glutes", "abductors", "adductors", "groin", "hamstrings",
            "quadriceps", "knees", "calves", "shins", "ankles and feet");
    assertThat(BodyArea.standard()).allMatch(BodyArea::isStandard);
    assertThat(BodyArea.standard().stream().map(BodyArea::id)).doesNotHaveDuplicates();
  }

  @Test
  void standardAreasAreFoundByTheirIds() {
    for (BodyArea area : BodyArea.standard()) {
      assertThat(BodyArea.standard(area.id())).containsSame(area);
    }
    assertThat(BodyArea.standard("lower_back")).contains(BodyArea.LOWER_BACK);
    assertThat(BodyArea.standard("elbows")).isEmpty();
    assertThatThrownBy(() -> BodyArea.standard(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void usersDefineTheirOwnAreasWithoutForking() {
    BodyArea tibialis = BodyArea.custom("tibialis_anterior", "front of the shin muscle");
    assertThat(tibialis.id()).isEqualTo("tibialis_anterior");
    assertThat(tibialis.displayName()).isEqualTo("front of the shin muscle");
    assertThat(tibialis.isStandard()).isFalse();
    assertThat(tibialis).isEqualTo(BodyArea.custom("tibialis_anterior", "front of the shin muscle"));
    assertThat(tibialis).isNotEqualTo(BodyArea.custom("tibialis_anterior", "shin"));
    assertThat(tibialis).hasToString("BodyArea[tibialis_anterior]");
  }

  @Test
  void rejectsACustomAreaThatTakesAStandardId() {
    assertThat(rejectionOf(() -> BodyArea.custom("biceps", "my biceps")))
        .hasMessage(
            "id: 'biceps' is the id of a standard area (biceps); use that area rather than a custom"
                + " one of the same id");
  }

  @Test
  void rejectsIdsThatAreNotLowercaseWordsJoinedByUnderscores() {
    for (String bad : List.of("", "Biceps", "lower-back", "_x", "x_", "a__b", "a b", "é")) {
      assertThat(violationsOf(() -> BodyArea.custom(bad, "name")))
          .containsExactly(new Violation("id", BodyArea.ID_RULE + ", was '" + bad + "'"));
    }
    qt().forAll(Generators.blankTexts())
        .checkAssert(
            blank ->
                assertThat(violationsOf(() -> BodyArea.custom("elbows", blank)))
                    .containsExactly(new Violation("displayName", "must not be blank")));
  }
}
