package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.regimen.formats.sheet.TextSheet;
import java.util.List;
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
  void asciiSpellsTypographyAndAccentsInAscii() {
    assertThat(ConsoleText.ascii("“Hold” – about 30 s… café • 5×")).isEqualTo("\"Hold\" - about 30 s... cafe * 5x");
    assertThat(ConsoleText.ascii("腰")).isEqualTo("?");
  }

  @Test
  void aLineIsAlwaysOneLineOfPrintableCharacters() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(text -> {
          String line = ConsoleText.line(text, false);
          assertThat(line).doesNotContain("\n", "\r", "\u001b");
          assertThat(line.codePoints())
              .noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                  || Character.getType(cp) == Character.FORMAT);
        });
  }

  @Test
  void anAsciiLineIsAscii() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(text -> assertThat(ConsoleText.line(text, true).chars())
            .allMatch(c -> c >= 0x20 && c < 0x7f));
  }

  @Test
  void wrappingKeepsEveryWordInOrderAndEveryLineWithinTheWidth() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 300), integers().between(1, 80))
        .checkAssert((text, width) -> {
          String line = ConsoleText.clean(text);
          List<String> lines = ConsoleText.wrap(line, width);
          assertThat(lines).allMatch(l -> TextSheet.displayWidth(l) <= width);
          assertThat(String.join("", lines).replace(" ", "")).isEqualTo(line.replace(" ", ""));
          assertThat(lines).allMatch(l -> !l.startsWith(" ") && !l.endsWith(" "));
        });
  }

  @Test
  void wrappingBreaksBetweenWords() {
    assertThat(ConsoleText.wrap("hold about thirty seconds", 11))
        .containsExactly("hold about", "thirty", "seconds");
    assertThat(ConsoleText.wrap("", 10)).containsExactly("");
  }
}
