package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.OrderedList;
import org.junit.jupiter.api.Test;

/**
 * What the Markdown sheet writes, character for character, where the bundled protocol does not
 * reach: ASCII spellings that hold spaces and markup characters, digits that could start a list,
 * names with nothing visible, numbered items of two digits.
 */
class MarkdownContentTest {
  private static Protocol.Builder routine() {
    return protocol(exercise("Stretch").build(), Dosage.builder().build());
  }

  @Test
  void asciiSpellingsKeepTheirSpacesAndHaveTheirMarkupEscaped() {
    Protocol p =
        routine().addTakeaways("Zo\u00EB says: bend to 90\u00B0, hold \u2264 5 s, tick \u2610").build();

    String md = MarkdownSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(p);

    assertThat(md)
        .contains(
            "## Key points to remember\n\n"
                + "- Zoe says: bend to 90 degrees, hold &lt;= 5 s, tick \\[ \\]\n");
  }

  @Test
  void aZeroOrANineFollowedByAFullStopAtTheStartOfAnItemIsNotAList() {
    Protocol p = routine().addTakeaways("0. Start from zero.", "9. Count to nine.").build();

    String md = MarkdownSheet.defaults().render(p);

    assertThat(md).contains("- 0\\. Start from zero.\n- 9\\. Count to nine.\n");
    List<OrderedList> lists = new ArrayList<>();
    SheetReading.parse(md)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(OrderedList list) {
                lists.add(list);
              }
            });
    assertThat(lists).hasSize(1); // the steps; the takeaways hold none
  }

  @Test
  void aSourceNameWithNothingVisibleCannotReachTheSheet() {
    // it used to render as nothing (and was left out rather than shown as empty bold); the model
    // now rejects a required text with no visible character, so no sheet ever gets one
    assertThatThrownBy(() -> Source.builder().id("guide").name("\u200B").author("Ana Ruiz").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name: must not be blank or invisible, was only U+200B");
  }

  @Test
  void theLinesOfATwoDigitItemAreIndentedPastItsNumber() {
    Protocol.Builder b = routine();
    for (int i = 1; i <= 10; i++) {
      b.addSources(Source.builder().id("s" + i).name("Source " + i).author("Ana Ruiz").build());
    }

    String md = MarkdownSheet.defaults().render(b.build());

    assertThat(md)
        .endsWith(
            "9. **Source 9**  \n"
                + "   By Ana Ruiz\n"
                + "10. **Source 10**  \n"
                + "    By Ana Ruiz\n");
  }
}
