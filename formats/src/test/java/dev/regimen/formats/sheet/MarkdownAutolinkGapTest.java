package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Protocol text under GFM autolinking (commonmark-java's autolink extension, as GitHub, marked and
 * markdown-it with linkify render Markdown): which texts become live links although the model
 * does not say they are links. Issue 16, item 7, is open: the Markdown writer does not yet keep
 * bare URLs, {@code www.} addresses and e-mail addresses from linking, and this test pins exactly
 * which of these inputs link today and which do not. It fails when either changes: when the writer
 * is fixed, empty {@link #KNOWN_TO_LINK} (and this test then holds the fix); when a new input
 * starts to link, that is a regression.
 */
class MarkdownAutolinkGapTest {
  /** Protocol texts, each put in a step, and whether GFM autolinking turns part of it into a link today. */
  private static final Map<String, String> KNOWN_TO_LINK = new TreeMap<>();

  /** Protocol texts that must never become a link, and do not. */
  private static final List<String> NEVER_LINK =
      List.of(
          "Stand tall, then reach up.",
          "Ratio 1:2 on http: and https: alone",
          "A colon: then www alone",
          "Version 2.0.1 of the guide",
          "Not a link: [text](url) is escaped");

  static {
    KNOWN_TO_LINK.put("See https://example.org/stretch for more.", "https://example.org/stretch");
    // GitHub also links "www.example.org"; commonmark-java 0.21's extension does not look for it
    KNOWN_TO_LINK.put("Write to help@example.org if it hurts.", "mailto:help@example.org");
    KNOWN_TO_LINK.put("Ends with a link https://example.org/end", "https://example.org/end");
    // escaped angle brackets keep CommonMark's own autolink away, not GFM's bare-URL one
    KNOWN_TO_LINK.put("Angle brackets <https://example.org/angle> are escaped", "https://example.org/angle");
  }

  private static List<String> linksIn(String markdown) {
    Node document = SheetReading.GFM_PARSER.parse(markdown);
    List<String> links = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
          }
        });
    return links;
  }

  private static String sheetWithStep(String text) {
    Protocol p =
        Sheets.protocol(Sheets.exercise("Stretch").addSteps(Step.of(text)).build(), Dosage.builder().build()).build();
    return MarkdownSheet.withDefaults().render(p);
  }

  @Test
  void exactlyTheKnownTextsBecomeLinksUnderGfmAutolinking() {
    Map<String, List<String>> linked = new TreeMap<>();
    for (String text : KNOWN_TO_LINK.keySet()) {
      linked.put(text, linksIn(sheetWithStep(text)));
    }
    for (String text : NEVER_LINK) {
      assertThat(linksIn(sheetWithStep(text))).as("links in a sheet with the step '%s'", text).isEmpty();
    }
    Map<String, List<String>> expected = new TreeMap<>();
    KNOWN_TO_LINK.forEach((text, destination) -> expected.put(text, List.of(destination)));
    assertThat(linked).as("protocol texts that GFM autolinking turns into links (issue 16, item 7)").isEqualTo(expected);
  }

  @Test
  void aSourcesOwnLinkIsTheOnlyLinkOfItsLineAndKeepsItsHardBreak() {
    Protocol p =
        Sheets.protocol(Sheets.exercise("Stretch").build(), Dosage.builder().build())
            .addSources(
                Source.builder()
                    .id("guide")
                    .name("Guide")
                    .author("Ana Ruiz")
                    .link(URI.create("https://example.org/guide"))
                    .build())
            .build();
    String markdown = MarkdownSheet.withDefaults().render(p);
    assertThat(linksIn(markdown)).containsExactly("https://example.org/guide");
  }

  @Test
  void aUrlAtTheEndOfATitleBeforeAHardBreakLinksButLeavesTheBreak() {
    Protocol p =
        Sheets.protocol(Sheets.exercise("Stretch").build(), Dosage.builder().build())
            .addSources(Source.builder().id("guide").name("Guide at https://example.org/g").author("Ana Ruiz").build())
            .build();
    String markdown = MarkdownSheet.withDefaults().render(p);
    assertThat(markdown).contains("1. **Guide at https://example.org/g**\\\n   By Ana Ruiz\n");
    // the gap: the title's URL links; here (unlike marked) the link stops before the '**' and the
    // hard-break backslash, so the author stays on its own line
    assertThat(linksIn(markdown)).containsExactly("https://example.org/g");
    List<Node> breaks = new ArrayList<>();
    SheetReading.GFM_PARSER.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          public void visit(HardLineBreak hardBreak) {
            breaks.add(hardBreak);
          }
        });
    assertThat(breaks).hasSize(1);
  }
}
