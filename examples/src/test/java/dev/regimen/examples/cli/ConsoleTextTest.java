package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {
  @Test
  void cleanRemovesControlAndFormatCharactersAndJoinsWhitespace() {
    assertThat(ConsoleText.clean("  a\tb\n\nc\u001b[2Jd\u202eе\u200bf\u0085g  ")).isEqualTo("a b c[2Jdеf g");
  }

  @Test
  void cleanReplacesALoneSurrogate() {
    assertThat(ConsoleText.clean("a\ud800b")).isEqualTo("a\ufffdb");
  }

  @Test
  void aCleanLineIsAlwaysOneLineOfPrintableCharacters() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(text -> {
          String line = ConsoleText.clean(text);
          assertThat(line).doesNotContain("\n", "\r", "\u001b");
          assertThat(line.codePoints())
              .noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                  || Character.getType(cp) == Character.FORMAT);
          assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        });
  }

  @Test
  void aFileNameKeepsItsSpacesButLosesControlCharacters() {
    assertThat(ConsoleText.name(" my  routine.json")).isEqualTo(" my  routine.json");
    assertThat(ConsoleText.name("a\tb\nc\u001b[2Jd\u202e.json")).isEqualTo("a b c[2Jd.json");
    assertThat(ConsoleText.name("a\ud800.json")).isEqualTo("a\ufffd.json");
  }

  @Test
  void picocliMessagesStartInLowercaseButNamesInCapitalsStay() {
    assertThat(ConsoleText.sentenceInLowercase("Unknown option: '-x'")).isEqualTo("unknown option: '-x'");
    assertThat(ConsoleText.sentenceInLowercase("FILE is missing")).isEqualTo("FILE is missing");
    assertThat(ConsoleText.sentenceInLowercase("L5-S1 is bundled")).isEqualTo("L5-S1 is bundled");
    assertThat(ConsoleText.sentenceInLowercase("already lowercase")).isEqualTo("already lowercase");
    assertThat(ConsoleText.sentenceInLowercase("")).isEmpty();
  }
}
