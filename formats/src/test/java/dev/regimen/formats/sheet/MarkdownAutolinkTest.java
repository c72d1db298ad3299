package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * Protocol text under GFM autolinking (commonmark-java's autolink extension, as GitHub, marked and
 * markdown-it with linkify render Markdown): a bare URL, {@code www.} address or e-mail address in
 * protocol text never becomes a live link; only a link the model declares (a source's link) does.
 * The writer shows such an address as a code span, which no renderer links, with its text intact.
 */
class MarkdownAutolinkTest {
  /** Protocol texts with an address in them, and the address as the reader must still see it. */
  private static final List<List<String>> ADDRESSES =
      List.of(
          List.of("See https://example.org/stretch for more.", "https://example.org/stretch"),
          List.of("Write to help@example.org if it hurts.", "help@example.org"),
          List.of("Ends with a link https://example.org/end", "https://example.org/end"),
          List.of("Angle brackets <https://example.org/angle> are escaped", "https://example.org/angle"),
          List.of("Look at www.example.org/guide, then rest.", "www.example.org/guide"),
          List.of("Plain http://example.org.", "http://example.org"),
          List.of("Write to mailto:help@example.org today", "mailto:help@example.org"),
          List.of("Odd `https://example.org/tick` backticks", "https://example.org/tick`"),
          List.of("Piped https://example.org/a|b too", "https://example.org/a|b"));

  /** Protocol texts that have nothing a renderer would link. */
  private static final List<String> NO_ADDRESS =
      List.of(
          "Stand tall, then reach up.",
          "Ratio 1:2 on http: and https: alone",
          "A colon: then www alone",
          "Version 2.0.1 of the guide",
          "Not a link: [text](url) is escaped",
          "An @ alone and a@ and @b",
          "A www.|pipe after it");

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

  /** The text a reader sees, code spans included, with soft breaks as spaces. */
  private static String textOf(String markdown) {
    StringBuilder text = new StringBuilder();
    SheetReading.GFM_PARSER.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }

  private static String sheetWithStep(String text) {
    Protocol p =
        Sheets.protocol(Sheets.exercise("Stretch").addSteps(Step.of(text)).build(), Dosage.builder().build()).build();
    return MarkdownSheet.defaults().render(p);
  }

  @Test
  void anAddressInProtocolTextNeverBecomesALink() {
    for (List<String> address : ADDRESSES) {
      String markdown = sheetWithStep(address.get(0));
      assertThat(linksIn(markdown)).as("links in a sheet with the step '%s'", address.get(0)).isEmpty();
      assertThat(textOf(markdown)).as("what the reader sees of '%s'", address.get(0)).contains(address.get(1));
    }
  }

  @Test
  void anAddressIsShownAsACodeSpanAndTheRestOfTheTextAsBefore() {
    assertThat(sheetWithStep("See https://example.org/stretch for more."))
        .contains("See `https://example.org/stretch` for more.");
    assertThat(sheetWithStep("Write to help@example.org if it hurts.")).contains("Write to `help@example.org` if it hurts.");
    assertThat(sheetWithStep("Odd `https://example.org/tick` backticks"))
        .contains("Odd \\``` https://example.org/tick` `` backticks");
  }

  @Test
  void textWithoutAnAddressIsNotTouched() {
    for (String text : NO_ADDRESS) {
      String markdown = sheetWithStep(text);
      assertThat(linksIn(markdown)).as("links in a sheet with the step '%s'", text).isEmpty();
      assertThat(markdown).as("the sheet with the step '%s'", text).doesNotContain("`");
    }
  }

  @Test
  void aSourcesOwnLinkIsTheOnlyLinkOfItsLine() {
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
    String markdown = MarkdownSheet.defaults().render(p);
    assertThat(linksIn(markdown)).containsExactly("https://example.org/guide");
  }

  @Test
  void aUrlAtTheEndOfANameBeforeAHardBreakNeitherLinksNorSwallowsTheBreak() {
    Protocol p =
        Sheets.protocol(Sheets.exercise("Stretch").build(), Dosage.builder().build())
            .addSources(Source.builder().id("guide").name("Guide at https://example.org/g").author("Ana Ruiz").build())
            .build();
    String markdown = MarkdownSheet.defaults().render(p);
    assertThat(markdown).contains("1. **Guide at `https://example.org/g`**  \n   By Ana Ruiz\n");
    assertThat(linksIn(markdown)).isEmpty();
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
  /**
   * The address pattern as the writer first had it, without the shortcuts that keep it linear (the
   * check for {@code @}, {@code ://} or {@code www.} before any search, and a search that starts
   * an e-mail address or a scheme only where no earlier character would continue it): the
   * reference the writer's addresses are held to.
   */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?:[a-z][a-z0-9+.-]*://|(?<![\\w.@-])www\\.|(?:mailto:|xmpp:)?[a-z0-9.+_-]+@[a-z0-9_-]+(?:\\.[a-z0-9_-]+)+)"
              + "[^\\s<|]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final String TRAILING = "?!.,:;*_~'\")]>";

  /** The addresses the reference finds, as start and end offsets, in the writer's order. */
  private static List<Integer> referenceAddresses(String text) {
    List<Integer> found = new ArrayList<>();
    Matcher address = REFERENCE.matcher(text);
    int at = 0;
    while (at <= text.length() && address.find(at)) {
      int end = address.end();
      while (end > address.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (REFERENCE.matcher(text.subSequence(address.start(), end)).lookingAt()) {
        found.add(address.start());
        found.add(end);
      }
      at = address.end();
    }
    return found;
  }

  /**
   * Pieces of text that make and break addresses, with the characters outside ASCII that a
   * case-insensitive Unicode pattern takes for a letter (the Kelvin sign, the long s, the dotted
   * and the dotless i) and white space, brackets and punctuation around them.
   */
  private static final List<String> PIECES =
      List.of("a", "Z", "k", "s", "w", "W", "ww", "www.", "WwW.", "http", "https", "://", ":", "/", "@", ".",
          "-", "+", "_", "1", "9", " ", "\u00a0", "\u2003", "\n", "<", ">", "|", "mailto:", "xmpp:", "example",
          "org", "\u212a", "\u017f", "\u0130", "\u0131", "\u00e9", "e\u0301", "?", "!", ")", "\"", "`", "\t");

  @Test
  void theWriterFindsTheAddressesTheReferencePatternFinds() {
    qt().withExamples(3_000)
        .withShrinkCycles(30)
        .forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 40))
        .checkAssert(
            pieces -> {
              String text = String.join("", pieces);
              assertThat(MarkdownWriter.addresses(text)).as("addresses in '%s'", text).isEqualTo(referenceAddresses(text));
            });
  }

  @Test
  void findingTheAddressesOfALongWordTakesOnePassOverIt() {
    String word = "a".repeat(200_000);
    // A search that tried every start in the word would take minutes here; one pass takes less than a second.
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThat(MarkdownWriter.addresses(word + " x@y.z")).containsExactly(200_001, 200_006);
          assertThat(MarkdownWriter.addresses(word + "@")).isEmpty();
          assertThat(MarkdownWriter.addresses(word + "://")).containsExactly(0, 200_003);
          assertThat(MarkdownWriter.addresses("1" + word + "://")).containsExactly(1, 200_004);
          assertThat(MarkdownWriter.addresses(word + "-" + word + "@y.z")).containsExactly(0, 400_005);
          assertThat(MarkdownWriter.addresses(word + "-" + word)).isEmpty();
        });
  }
}
