package dev.regimen.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every class of {@link CharClass} at its edges, and the visible-text test. */
class CharClassTest {
  private static void assertClass(CharClass expected, int... codePoints) {
    for (int cp : codePoints) {
      assertThat(CharClass.of(cp)).as("U+%04X", cp).isEqualTo(expected);
    }
  }

  @Test
  void lettersMarksDigitsPunctuationSymbolsEmojiPrivateUseAndUnassignedAreVisible() {
    assertClass(CharClass.VISIBLE, '!', 'a', '~', 0xE9, 0x0301, 0x03A9, 0x65E5, 0x1F4AA, 0xE000, 0x2800, 0x0378);
  }

  @Test
  void tabAndTheSpaceSeparatorsAreSpaces() {
    assertClass(CharClass.SPACE, 0x09, 0x20, 0xA0, 0x1680, 0x2000, 0x200A, 0x202F, 0x205F, 0x3000);
  }

  @Test
  void theMandatoryLineBreaksAreLineBreaks() {
    assertClass(CharClass.LINE_BREAK, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029);
  }

  @Test
  void everyOtherC0CharacterDelAndC1AreControls() {
    assertClass(CharClass.CONTROL, 0x00, 0x07, 0x08, 0x0E, 0x1B, 0x1C, 0x1F, 0x7F, 0x80, 0x84, 0x86, 0x9B, 0x9F);
  }

  @Test
  void formatCharactersOfEveryPlaneAreFormat() {
    assertClass(
        CharClass.FORMAT,
        0xAD, 0x061C, 0x180E, 0x200B, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069,
        0xFEFF, 0xFFF9, 0x1BCA0, 0x1D173, 0xE0001, 0xE0020, 0xE0041, 0xE007F);
  }

  @Test
  void theOtherDefaultIgnorableCodePointsAreInvisible() {
    assertClass(
        CharClass.INVISIBLE,
        0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180D, 0x180F, 0x2065, 0x3164, 0xFE00, 0xFE0F,
        0xFFA0, 0xFFF0, 0xFFF8, 0xE0000, 0xE0002, 0xE0080, 0xE0100, 0xE01EF, 0xE0FFF);
    assertClass(CharClass.VISIBLE, 0x034E, 0x0350, 0xFE10, 0xFFF9 - 0x100, 0xE1000);
  }

  @Test
  void aSurrogateStandingAloneIsALoneSurrogateAndAPairIsItsCodePoint() {
    assertClass(CharClass.LONE_SURROGATE, 0xD800, 0xDBFF, 0xDC00, 0xDFFF);
    assertThat(CharClass.at("\uD83D\uDCAA", 0)).isEqualTo(CharClass.VISIBLE);
    assertThat(CharClass.at("\uDB40\uDC41", 0)).isEqualTo(CharClass.FORMAT);
    assertThat(CharClass.at("a\uD83D", 1)).isEqualTo(CharClass.LONE_SURROGATE);
    assertThat(CharClass.at("\uDCAAb", 0)).isEqualTo(CharClass.LONE_SURROGATE);
  }

  @Test
  void onlyControlFormatLineBreakAndLoneSurrogateAreUnsafe() {
    assertThat(CharClass.values())
        .filteredOn(CharClass::isUnsafe)
        .containsExactly(CharClass.LINE_BREAK, CharClass.CONTROL, CharClass.FORMAT, CharClass.LONE_SURROGATE);
  }

  @Test
  void aTextHasAVisibleCharacterUnlessItIsOnlySpacesBreaksAndInvisibleCharacters() {
    assertThat(CharClass.hasVisible("")).isFalse();
    assertThat(CharClass.hasVisible(" \t\r\n\u00A0\u3000")).isFalse();
    assertThat(CharClass.hasVisible("\u200B\u200E\u202E\uFEFF\u3164\uFE0F\u034F")).isFalse();
    assertThat(CharClass.hasVisible("\uDB40\uDC41\uDB40\uDC7F\u001B\u0085\uD800")).isFalse();
    assertThat(CharClass.hasVisible("\u200Bx")).isTrue();
    assertThat(CharClass.hasVisible("\uD83D\uDCAA")).isTrue();
    assertThat(CharClass.hasVisible("\u0301")).isTrue();
  }

  @Test
  void rejectsWhatIsNotACodePoint() {
    assertThatThrownBy(() -> CharClass.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codePoint: must be from 0 to 0x10FFFF, was 0xffffffff");
    assertThatThrownBy(() -> CharClass.of(0x110000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codePoint: must be from 0 to 0x10FFFF, was 0x110000");
  }
}
