package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The text sheet's line filler at its edges: words that exactly fit, words as wide as a line,
 * words wider than one, text kept on one line, ASCII spelling, lines of nothing but spaces.
 */
class FlowTest {
  private static final String WIDE = "\u5B57"; // a CJK character, two columns

  private static String flow(int width, boolean ascii, Consumer<Flow> writes) {
    TextBuffer out = new TextBuffer(16);
    writes.accept(new Flow(out, width, ascii));
    return out.toString();
  }

  private static void framed(Flow f) {
    f.frame("| ", " |");
  }

  // ------------------------------------------------------------------------ filling lines

  @Test
  void aWordThatExactlyFillsTheLineStaysOnIt() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.fixed("Abcdefghi Klmnopqrst");
          f.end();
        }))
        .isEqualTo("Abcdefghi Klmnopqrst\n");
  }

  @Test
  void aWordAsWideAsALineAtTheHangingIndentMovesToTheNextLineWhole() {
    assertThat(flow(20, false, f -> {
          framed(f);
          f.begin(0, 2);
          f.fixed("Ab Abcdefghijklmn");
          f.end();
        }))
        .isEqualTo("| Ab               |\n|   Abcdefghijklmn |\n");
  }

  @Test
  void aWordOneColumnWiderThanALineStartsWhereItIsAndBreaksWhereTheLineEnds() {
    assertThat(flow(20, false, f -> {
          framed(f);
          f.begin(0, 2);
          f.fixed("Ab Abcdefghijklmno");
          f.end();
        }))
        .isEqualTo("| Ab Abcdefghijklm |\n|   no             |\n");
  }

  @Test
  void aWordTooWideForAnyLineStartsOnTheLineWhenEightColumnsAreLeft() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.fixed("Abcdefghijk Nopqrstuvwxyzabcdefgh");
          f.end();
        }))
        .isEqualTo("Abcdefghijk Nopqrstu\nvwxyzabcdefgh\n");
  }

  @Test
  void aBrokenWordsLastPieceStaysWholeEvenWithAHyphenInIt() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.data("Abcdefghijklmnopqrstuvwx-yz");
          f.end();
        }))
        .isEqualTo("Abcdefghijklmnopqrst\nuvwx-yz\n");
  }

  @Test
  void aWordOfWideCharactersIsBrokenByColumnsNotByCharacters() {
    String sheet = flow(20, false, f -> {
          framed(f);
          f.begin(0, 0);
          f.data(WIDE.repeat(10));
          f.end();
        });

    assertThat(sheet)
        .isEqualTo("| " + WIDE.repeat(8) + " |\n| " + WIDE.repeat(2) + "             |\n");
    for (String line : SheetReading.lines(sheet)) {
      assertThat(TextSheet.displayWidth(line)).isEqualTo(20);
    }
  }

  // ------------------------------------------------------------------------ text kept whole

  @Test
  void textKeptWholeMovesToTheNextLineWhenItFitsThereWithRoomToSpare() {
    assertThat(flow(20, false, f -> {
          framed(f);
          f.begin(0, 2);
          f.fixed("Said by ");
          f.data("Abcd Efghi", true);
          f.end();
        }))
        .isEqualTo("| Said by          |\n|   Abcd Efghi     |\n");
  }

  @Test
  void textKeptWholeThatIsOneColumnTooWideBreaksBetweenItsWords() {
    assertThat(flow(20, false, f -> {
          framed(f);
          f.begin(0, 2);
          f.fixed("Said by ");
          f.data("Abcde Fghij", true);
          f.end();
        }))
        .isEqualTo("| Said by Abcde    |\n|   Fghij          |\n");
  }

  @Test
  void accentedTextKeptWholeIsMeasuredByItsColumns() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.fixed("Said by ");
          f.data("Zo\u00EB Abcdefghijk", true);
          f.end();
        }))
        .isEqualTo("Said by\nZo\u00EB Abcdefghijk\n");
  }

  @Test
  void asciiTextKeptWholeThatIsTooWideBreaksBetweenItsWords() {
    assertThat(flow(20, true, f -> {
          f.begin(0, 0);
          f.fixed("Said by ");
          f.data("Abcdefgh Hijklmno", true);
          f.end();
        }))
        .isEqualTo("Said by Abcdefgh\nHijklmno\n");
  }

  @Test
  void textKeptWholeDropsItsLeadingSpaces() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.data("  Jane Doe", true);
          f.end();
        }))
        .isEqualTo("Jane Doe\n");
  }

  // ------------------------------------------------------------------------ ASCII, capitals

  @Test
  void asciiSpellingOfProtocolTextCountsTheColumnsOfTheSpelling() {
    assertThat(flow(20, true, f -> {
          f.begin(0, 0);
          f.data("Abcdefghijklmn caf\u00E9");
          f.end();
        }))
        .isEqualTo("Abcdefghijklmn cafe\n");
  }

  @Test
  void asciiSpellingOfTheSheetsOwnWordingCountsTheColumnsOfTheSpelling() {
    assertThat(flow(20, true, f -> {
          f.begin(0, 0);
          f.fixed("Abcdefghijklmnop 2\u20134");
          f.end();
        }))
        .isEqualTo("Abcdefghijklmnop 2-4\n");
    assertThat(flow(20, true, f -> {
          f.begin(0, 0);
          f.fixed("Abcdefghijklmnopq 2\u20134");
          f.end();
        }))
        .isEqualTo("Abcdefghijklmnopq\n2-4\n");
  }

  @Test
  void headingsAreInCapitalsFromAToZ() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.fixedUpper("a quiz");
          f.end();
        }))
        .isEqualTo("A QUIZ\n");
  }

  // ------------------------------------------------------------------------ closing lines

  @Test
  void aLineOfOnlySpacesComesOutEmpty() {
    assertThat(flow(20, false, f -> {
          f.begin(2, 2);
          f.fixed("\u00A0");
          f.end();
        }))
        .isEqualTo("\n");
  }

  @Test
  void aLineNeverEndsWithASpace() {
    assertThat(flow(20, false, f -> {
          f.begin(0, 0);
          f.fixed("Ab\u00A0");
          f.end();
        }))
        .isEqualTo("Ab\n");
  }

  @Test
  void theWidestLineIsMeasuredInsideTheFrame() {
    TextBuffer out = new TextBuffer(16);
    Flow f = new Flow(out, 20, false);
    f.frame("| ", " |");
    f.begin(0, 0);
    f.fixed("Abc");
    f.end();

    assertThat(f.widest()).isEqualTo(3);
    assertThat(out).hasToString("| Abc              |\n");
  }
}
