package dev.regimen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.LowBackFixture;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Required texts must show something: a text made only of invisible characters (zero-width
 * spaces, direction marks, tag characters, Hangul fillers, ...) would validate and render as
 * nothing at all.
 */
class TextRulesTest {
  private static List<Violation> violationsOf(Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    return List.of();
  }

  private static List<Violation> notBlank(String text) {
    return violationsOf(
        () -> {
          Checks checks = Checks.of("x");
          checks.notBlank("title", text);
          checks.throwIfAny();
        });
  }

  @Test
  void aTitleOfOnlyInvisibleCharactersIsRejectedNamingThem() {
    Protocol protocol = LowBackFixture.protocol();
    assertThatThrownBy(() -> Protocol.builder().from(protocol).name("\u200B\u200E\u202E").build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).violations())
        .isEqualTo(List.of(new Violation("name", "must not be blank or invisible, was only U+200B, U+200E, U+202E")));
  }

  @Test
  void invisibleCharactersOutsideTheBasicPlaneBetweenSpacesAreRejectedToo() {
    assertThat(notBlank(" \uDB40\uDC41\uDB40\uDC7F \u3164\uFE0F "))
        .containsExactly(new Violation("title", "must not be blank or invisible, was only U+E0041, U+E007F, U+3164, U+FE0F"));
  }

  @Test
  void theMessageNamesAtMostFiveInvisibleCharacters() {
    assertThat(notBlank("\u200B".repeat(100_000)))
        .containsExactly(
            new Violation("title", "must not be blank or invisible, was only U+200B, U+200B, U+200B, U+200B, U+200B, ..."));
  }

  @Test
  void aBlankTextIsStillJustBlankWhateverItsSpaces() {
    assertThat(notBlank("")).containsExactly(new Violation("title", "must not be blank"));
    assertThat(notBlank(" \t\r\n")).containsExactly(new Violation("title", "must not be blank"));
    // no-break spaces are not white space to String.isBlank, but show nothing either
    assertThat(notBlank("\u00A0\u202F")).containsExactly(new Violation("title", "must not be blank"));
  }

  @Test
  void oneVisibleCharacterIsEnough() {
    assertThat(notBlank("\u200Bx\u200B")).isEmpty();
    assertThat(notBlank("\uD83D\uDCAA")).isEmpty();
    assertThat(notBlank("\u00E9")).isEmpty();
  }

  @Test
  void everyTextOfAListIsHeldToTheSameRuleAtItsIndex() {
    List<Violation> violations =
        violationsOf(
            () -> {
              Checks checks = Checks.of("x");
              checks.noneBlank("equipment", List.of("chair", " ", "\u2060"));
              checks.throwIfAny();
            });
    assertThat(violations)
        .containsExactly(
            new Violation("equipment[1]", "must not be blank"),
            new Violation("equipment[2]", "must not be blank or invisible, was only U+2060"));
  }

  @Test
  void aDescriptionShowsVisibleTextAndSpacesAndEveryOtherCodePointAsOneQuestionMark() {
    assertThat(Checks.abbreviate("a\u00A0b\tc\nd\u001Be\u202Ef\u3164g\uDB40\uDC41h\uD800i\uD83D\uDCAA"))
        .isEqualTo("a\u00A0b?c?d?e?f?g?h?i\uD83D\uDCAA");
  }
}
