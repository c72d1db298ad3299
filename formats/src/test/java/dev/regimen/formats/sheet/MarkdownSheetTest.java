package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.junit.jupiter.api.Test;

class MarkdownSheetTest {
  private static final List<String> TRICKY =
      List.of(
          "# not a heading",
          "1. not a list",
          "3) nor this",
          "- not a bullet",
          "+ nor this",
          "> not a quote",
          "=== not an underline",
          "--- not a rule",
          "    not code",
          "*Stretch* and _this_",
          "<script>alert('x')</script>",
          "`rm -rf` and ```fence```",
          "[link](https://example.org) and ![image](x.png)",
          "&amp; and &copy; stay",
          "a \\ backslash at the end \\",
          "$x$ ~~struck~~ a|b");

  private static Protocol tricky() {
    return protocol(
            exercise("*Stretch* | <b>bold</b>")
                .steps(List.of(Step.of("1. First"), Step.of("- Second")))
                .build(),
            Dosage.builder().build())
        .name("# <script>alert('x')</script>")
        .takeaways(TRICKY)
        .build();
  }

  @Test
  void protocolTextAppearsLiterallyAndNeverAsMarkup() {
    String md = MarkdownSheet.defaults().render(tricky());
    Node doc = SheetReading.parse(md);
    List<String> markup = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline n) {
            markup.add("html " + n.getLiteral());
          }

          @Override
          public void visit(HtmlBlock n) {
            markup.add("html block " + n.getLiteral());
          }

          @Override
          public void visit(Code n) {
            markup.add("code " + n.getLiteral());
          }

          @Override
          public void visit(Emphasis n) {
            markup.add("emphasis");
          }

          @Override
          public void visit(Link n) {
            markup.add("link " + n.getDestination());
          }
        });
    assertThat(markup).as(md).isEmpty();
    assertThat(md).as("the address in a takeaway, as a code span that no GFM renderer links").contains("`https://example.org`");

    Heading title = (Heading) doc.getFirstChild();
    assertThat(title.getLevel()).isEqualTo(1);
    assertThat(SheetReading.literal(title)).isEqualTo(SheetReading.squeezed("# <script>alert('x')</script>"));
    assertThat(md).contains("### 1. \\*Stretch\\* | &lt;b>bold&lt;/b>\n");
  }

  @Test
  void everyTakeawayIsOneItemOfOneFlatList() {
    Node doc = SheetReading.parse(MarkdownSheet.defaults().render(tricky()));
    BulletList takeaways = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading && SheetReading.literal(n).equals("Keypointstoremember")) {
        takeaways = (BulletList) n.getNext();
      }
    }
    assertThat(takeaways).isNotNull();
    List<String> items = new ArrayList<>();
    for (Node item = takeaways.getFirstChild(); item != null; item = item.getNext()) {
      assertThat(item).isInstanceOf(ListItem.class);
      assertThat(item.getFirstChild().getNext()).as("one paragraph, nothing nested").isNull();
      items.add(SheetReading.literal(item));
    }
    List<String> expected = new ArrayList<>();
    for (String t : TRICKY) {
      expected.add(SheetReading.squeezed(t));
    }
    assertThat(items).containsExactlyElementsOf(expected);
    assertThat(takeaways.getNext()).isInstanceOf(Heading.class);
  }

  @Test
  void stepsStayOneOrderedListWithTheirTextLiteral() {
    Node doc = SheetReading.parse(MarkdownSheet.defaults().render(tricky()));
    List<String> steps = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(OrderedList list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
              steps.add(SheetReading.literal(item));
            }
          }
        });
    assertThat(steps).containsExactly("1.First", "-Second");
  }

  @Test
  void aPipeInANameStaysInsideItsTableCell() {
    Node doc = SheetReading.parse(MarkdownSheet.defaults().render(tricky()));
    List<String> firstCells = new ArrayList<>();
    List<Integer> cellCounts = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode n) {
            if (n instanceof TableRow && n.getParent() instanceof TableBody) {
              firstCells.add(SheetReading.literal(n.getFirstChild()));
              int cells = 0;
              for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                cells++;
              }
              cellCounts.add(cells);
            }
            visitChildren(n);
          }
        });
    assertThat(firstCells).containsExactly("1.*Stretch*|<b>bold</b>");
    assertThat(cellCounts).containsExactly(8);
  }

  @Test
  void onlyWebAndMailLinksBecomeLinks() {
    Protocol p =
        protocol(exercise("Stretch").build(), Dosage.builder().build())
            .addSources(
                Source.builder().id("web").name("Web").link(URI.create("https://example.org/a?b=1&c=2")).build(),
                Source.builder().id("js").name("Script").link(URI.create("javascript:alert(1)")).build(),
                Source.builder().id("mail").name("Mail").link(URI.create("mailto:clinic@example.org")).build())
            .build();
    String md = MarkdownSheet.defaults().render(p);
    List<String> links = new ArrayList<>();
    SheetReading.parse(md)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link n) {
                links.add(n.getDestination());
              }
            });
    assertThat(links).containsExactly("https://example.org/a?b=1&c=2", "mailto:clinic@example.org");
    assertThat(md).contains("javascript:alert(1)");
  }

  @Test
  void linesInsideABlockAreHardLineBreaks() {
    String md = MarkdownSheet.defaults().render(Catalog.l5s1Relief());
    assertThat(md)
        .contains(
            "> - **See a specialist if the pain persists**  \n"
                + ">   (Applies if your pain has lasted 2 weeks or more.)  \n");
    int[] breaks = {0};
    SheetReading.parse(md)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HardLineBreak n) {
                breaks[0]++;
              }
            });
    assertThat(breaks[0]).isGreaterThan(10);
  }

  @Test
  void aLongGridIsOneTablePerWeek() {
    String md =
        MarkdownSheet.of(SheetOptions.builder().trackingDays(10).build()).render(Catalog.l5s1Relief());
    assertThat(md)
        .contains("Days 1\u20137\n\n| Exercise | Day 1 | Day 2 |")
        .contains("Days 8\u201310\n\n| Exercise | Day 8 | Day 9 | Day 10 |\n| :--- | :---: | :---: | :---: |\n");
  }

  @Test
  void asciiMarkdownIsAsciiAndUsesBracketBoxes() {
    String md =
        MarkdownSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(Catalog.l5s1Relief());
    assertThat(md.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F))).isTrue();
    assertThat(md).contains("| 1. Seated Hamstring Stretch | [ ] | [ ] |").contains(" -- David Wells-Roth, MD");
  }

  @Test
  void rendersTheSameContentAsTheTextSheet() {
    Protocol p = Catalog.l5s1Relief();
    String text = SheetReading.squeezed(TextSheet.of(SheetOptions.builder().width(500).build()).render(p));
    String md = SheetReading.plain(SheetReading.parse(MarkdownSheet.defaults().render(p)));
    for (String sentence :
        List.of(
            "How much: Hold about 30 seconds. Do 2–4 times on one side, then the other.",
            "Take care (the reasons are under “Safety first”, above):",
            "“You should feel this stretch in your glutes and also in your opposite groin and"
                + " adductors” — David Wells-Roth, MD",
            "Date of day 1:")) {
      assertThat(text).contains(SheetReading.squeezed(sentence));
      assertThat(md).contains(SheetReading.squeezed(sentence));
    }
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> MarkdownSheet.of(null)).hasMessage("options");
    assertThatThrownBy(() -> MarkdownSheet.defaults().render((Protocol) null)).hasMessage("protocol");
  }
}
