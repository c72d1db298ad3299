package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An ASCII-only sheet spells common typographic and Latin characters the way a person would type them. */
class AsciiSpellingTest {
  private static final TextSheet ASCII = TextSheet.of(SheetOptions.builder().width(200).asciiOnly(true).build());
  private static final MarkdownSheet ASCII_MARKDOWN = MarkdownSheet.of(SheetOptions.builder().asciiOnly(true).build());

  private static final Map<String, String> SPELLINGS =
      Map.ofEntries(
          Map.entry("\u2018", "'"), Map.entry("\u2019", "'"), Map.entry("\u00B4", "'"),
          Map.entry("\u201C", "\""), Map.entry("\u201D", "\""), Map.entry("\u00AB", "\""),
          Map.entry("\u2039", "<"), Map.entry("\u203A", ">"),
          Map.entry("\u2010", "-"), Map.entry("\u2013", "-"), Map.entry("\u2212", "-"),
          Map.entry("\u2014", "--"), Map.entry("\u2015", "--"),
          Map.entry("\u2026", "..."),
          Map.entry("\u2022", "*"), Map.entry("\u00B7", "*"),
          Map.entry("\u2044", "/"), Map.entry("\u00D7", "x"), Map.entry("\u00F7", "/"),
          Map.entry("\u00B0", " degrees"), Map.entry("\u00B1", "+/-"),
          Map.entry("\u2190", "<-"), Map.entry("\u2192", "->"), Map.entry("\u2194", "<->"), Map.entry("\u21D2", "=>"),
          Map.entry("\u2264", "<="), Map.entry("\u2265", ">="), Map.entry("\u2260", "!="), Map.entry("\u2248", "~"),
          Map.entry("\u00A9", "(c)"), Map.entry("\u00AE", "(R)"), Map.entry("\u2122", "(TM)"),
          Map.entry("\u00DF", "ss"), Map.entry("\u00C6", "AE"), Map.entry("\u00E6", "ae"),
          Map.entry("\u0152", "OE"), Map.entry("\u0153", "oe"), Map.entry("\u00D8", "O"), Map.entry("\u00F8", "o"),
          Map.entry("\u0141", "L"), Map.entry("\u0142", "l"), Map.entry("\u0110", "D"), Map.entry("\u00F0", "d"),
          Map.entry("\u00DE", "Th"), Map.entry("\u00FE", "th"), Map.entry("\u0131", "i"),
          Map.entry("\u2610", "[ ]"), Map.entry("\u2611", "[x]"), Map.entry("\u2713", "v"),
          Map.entry("\uFFFD", "?"));

  private static Protocol summarised(String summary) {
    return Protocol.builder().from(Catalog.l5s1Relief()).summary(summary).build();
  }

  @Test
  void eachCharacterIsSpelledInAscii() {
    SPELLINGS.forEach(
        (character, spelling) -> {
          String sheet = ASCII.render(summarised("Mark q" + character + "z here."));
          assertThat(sheet).as("U+%04X", (int) character.charAt(0)).contains("Mark q" + spelling + "z here.");
        });
  }

  @Test
  void accentsAreDroppedAndAMarkdownSheetSpellsTheSameWay() {
    assertThat(ASCII.render(summarised("Caf\u00E9 cr\u00E8me, na\u00EFve \u2014 see \u00A7 2."))).contains("Cafe creme, naive -- see ? 2.");
    assertThat(ASCII_MARKDOWN.render(summarised("Knee \u2192 chest \u00D7 3 \u2026")))
        .contains("Knee -> chest x 3 ...");
  }
}
