package dev.regimen.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.testing.LowBackFixture;
import org.junit.jupiter.api.Test;

/**
 * A protocol and an exercise describe themselves in one short, harmless line: ids, counts and the
 * first 60 characters of the title or name, never the whole content.
 */
class ToStringTest {
  private final Protocol protocol = LowBackFixture.protocol();
  private final Exercise exercise = LowBackFixture.HAMSTRING_ENTRY.exercise();

  private Protocol titled(String title) {
    return Protocol.builder().from(protocol).name(title).build();
  }

  private static String titleShownIn(Protocol p) {
    String s = p.toString();
    return s.substring(s.indexOf("name=") + "name=".length(), s.indexOf(", entries="));
  }

  @Test
  void aProtocolNamesItsIdTitleAndCounts() {
    assertThat(protocol.toString())
        .isEqualTo(
            "Protocol{id=" + protocol.id() + ", name=" + protocol.name() + ", entries="
                + protocol.entries().size() + ", conditions=" + protocol.conditions().size()
                + ", advisories=" + protocol.advisories().size() + "}");
  }

  @Test
  void anExerciseNamesItsIdNameKindAndSteps() {
    assertThat(exercise.toString())
        .isEqualTo("Exercise{id=seated-hamstring-stretch, name=Seated Hamstring Stretch, kind=STRETCH, steps=3}");
  }

  @Test
  void aTitleOfSixtyCharactersIsShownWholeAndALongerOneIsCutAtSixtyWithAnEllipsis() {
    String sixty = "a".repeat(60);
    assertThat(titleShownIn(titled(sixty))).isEqualTo(sixty);
    assertThat(titleShownIn(titled(sixty + "b"))).isEqualTo(sixty + "...");
    assertThat(titleShownIn(titled("b".repeat(59)))).isEqualTo("b".repeat(59));
    assertThat(titleShownIn(titled("c".repeat(5_000)))).isEqualTo("c".repeat(60) + "...");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String clef = "\uD834\uDD1E";
    // the pair would straddle the cut: it is left out whole
    assertThat(titleShownIn(titled("a".repeat(59) + clef + "z"))).isEqualTo("a".repeat(59) + "...");
    // the pair ends at the cut: it is kept whole
    assertThat(titleShownIn(titled("a".repeat(58) + clef + "z"))).isEqualTo("a".repeat(58) + clef + "...");
    assertThat(titleShownIn(titled("a".repeat(58) + clef))).isEqualTo("a".repeat(58) + clef);
    // nothing is cut from a text of sixty, whatever its last character (a lone surrogate, which no
    // encoding can write, is shown as a question mark)
    assertThat(titleShownIn(titled("a".repeat(59) + "\uD834"))).isEqualTo("a".repeat(59) + "?");
  }

  @Test
  void controlAndFormatCharactersAreShownAsQuestionMarks() {
    assertThat(titleShownIn(titled("Back\u001b[2J\r\nstretches \u202Eevil\u200B!")))
        .isEqualTo("Back?[2J??stretches ?evil?!");
    Exercise named = Exercise.builder().from(exercise).name("Tab\there").build();
    assertThat(named.toString()).contains("name=Tab?here,");
  }
}
