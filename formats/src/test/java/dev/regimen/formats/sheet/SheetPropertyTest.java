package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.expected;
import static dev.regimen.formats.sheet.SheetReading.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Quote;
import dev.regimen.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of both sheets over generated protocols (the shared generators of core). */
class SheetPropertyTest {
  private static final int EXAMPLES = 150;

  /** Generated protocols, and the same with hostile characters in every text. */
  private static Gen<Protocol> protocols() {
    Gen<Protocol> plain = Generators.protocols();
    return in -> {
      Protocol p = plain.generate(in);
      return integers().between(0, 1).generate(in) == 0
          ? p
          : ProtocolTexts.map(p, ProtocolTexts::hostile);
    };
  }

  /** Every text of the protocol that is about safety, as protocol text. */
  private static List<String> safetyTexts(Protocol p) {
    List<String> texts = new ArrayList<>();
    for (Advisory a : p.advisories()) {
      texts.add(a.name());
      texts.add(a.text());
      for (Quote q : a.quotes()) {
        texts.add(q.text());
        texts.add(q.speaker().displayName());
      }
    }
    for (Caution c : p.cautions()) {
      cautionTexts(c, texts);
    }
    for (ProtocolEntry entry : p.entries()) {
      Exercise e = entry.exercise();
      for (Caution c : e.cautions()) {
        texts.add(e.name());
        cautionTexts(c, texts);
      }
      for (Contraindication ci : e.contraindications()) {
        texts.add(e.name());
        texts.add(ci.rationale());
        texts.add(p.condition(ci.conditionId()).orElseThrow().name());
        ci.findingId()
            .ifPresent(
                f -> texts.add(p.condition(ci.conditionId()).orElseThrow().finding(f).orElseThrow().name()));
        ci.quote().ifPresent(q -> {
          texts.add(q.text());
          texts.add(q.speaker().displayName());
        });
      }
    }
    return texts;
  }

  /** Adds a caution in words' texts: the caution, and its quote with its speaker. */
  private static void cautionTexts(Caution c, List<String> texts) {
    texts.add(c.text());
    c.quote().ifPresent(q -> {
      texts.add(q.text());
      texts.add(q.speaker().displayName());
    });
  }

  /** {@return whether an exercise of the protocol has a contraindication or a caution in words} */
  private static boolean hasExerciseSafetyContent(Protocol p) {
    return p.entries().stream()
        .anyMatch(
            e -> !e.exercise().contraindications().isEmpty() || !e.exercise().cautions().isEmpty());
  }

  @Test
  void everyAdvisoryAndContraindicationAppearsInTheSafetyBoxOfTheTextSheetInEveryLanguage() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), integers().between(SheetOptions.MIN_WIDTH, 200))
        .checkAssert(
            (p, width) -> {
              for (String language : SheetWording.LANGUAGES) {
                SheetWording say = SheetWording.of(java.util.Locale.forLanguageTag(language));
                SheetOptions options =
                    SheetOptions.builder().width(width).locale(say.locale()).build();
                String box = SheetReading.safetyBox(TextSheet.of(options).render(p), false);
                for (String text : safetyTexts(p)) {
                  assertThat(box).as("%s safety box at width %d", language, width).contains(expected(text));
                }
                for (ProtocolEntry entry : p.entries()) {
                  for (Contraindication ci : entry.exercise().contraindications()) {
                    assertThat(box).contains(severity(ci.severity(), say));
                  }
                  for (Caution c : entry.exercise().cautions()) {
                    assertThat(box).contains(severity(c.severity(), say) + ":" + expected(c.text()));
                  }
                }
                for (Caution c : p.cautions()) {
                  assertThat(box).contains(severity(c.severity(), say) + ":" + expected(c.text()));
                }
                if (p.advisories().isEmpty() && p.cautions().isEmpty() && !hasExerciseSafetyContent(p)) {
                  assertThat(box).isEmpty();
                }
              }
            });
  }

  /** {@return a severity as the safety box says it, squeezed: "AVOID", "PRECAUCIÓN"} */
  static String severity(dev.regimen.core.safety.Severity severity, SheetWording say) {
    return expected(say.text(
        severity == dev.regimen.core.safety.Severity.AVOID ? "safety.word.avoid" : "safety.word.caution"));
  }

  @Test
  void everyAdvisoryAndContraindicationAppearsInTheSafetySectionOfTheMarkdownSheetInEveryLanguage() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols())
        .checkAssert(
            p -> {
              for (String language : SheetWording.LANGUAGES) {
                SheetWording say = SheetWording.of(java.util.Locale.forLanguageTag(language));
                Node doc = SheetReading.parse(
                    MarkdownSheet.of(SheetOptions.defaults().withLocale(say.locale())).render(p));
                String section = SheetReading.markdownSection(doc, say.text("safety.heading"));
                for (String text : safetyTexts(p)) {
                  assertThat(section).as(language).contains(expected(text));
                }
              }
            });
  }

  @Test
  void asciiSheetsKeepEverySafetyTextThatIsAlreadyAscii() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), integers().between(SheetOptions.MIN_WIDTH, 200))
        .checkAssert(
            (p, width) -> {
              SheetOptions options = SheetOptions.builder().width(width).asciiOnly(true).build();
              String box = SheetReading.safetyBox(TextSheet.of(options).render(p), true);
              String md =
                  SheetReading.markdownSection(
                      SheetReading.parse(MarkdownSheet.of(options).render(p)),
                      "Safety first: read this before you start");
              for (String text : safetyTexts(p)) {
                String clean = expected(text);
                if (clean.chars().allMatch(c -> c < 0x80)) {
                  assertThat(box).contains(clean);
                  assertThat(md).contains(clean);
                }
              }
            });
  }

  @Test
  void everyLineFitsTheWidthAndNoLineEndsWithASpace() {
    qt().withExamples(EXAMPLES * 2)
        .forAll(protocols(), integers().between(SheetOptions.MIN_WIDTH, 200), integers().between(1, 40))
        .checkAssert(
            (p, width, days) -> {
              for (boolean ascii : new boolean[] {false, true}) {
                SheetOptions options =
                    SheetOptions.builder().width(width).asciiOnly(ascii).trackingDays(days).build();
                for (String line : lines(TextSheet.of(options).render(p))) {
                  assertThat(TextSheet.displayWidth(line))
                      .as("width of %s (width %d, ascii %s)", line, width, ascii)
                      .isLessThanOrEqualTo(width);
                  assertThat(line).doesNotEndWith(" ");
                  if (ascii) {
                    assertThat(line.length()).isLessThanOrEqualTo(width);
                  }
                }
              }
            });
  }

  /**
   * {@return the words of a text as a sheet shows them: split at every kind of space (a
   * no-break space too, which a sheet may show as a space), without the controls and format
   * characters, such as bidi ones, that a sheet leaves out}
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      i += i < text.length() ? Character.charCount(cp) : 1;
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (word.length() > 0) {
          words.add(expected(word.toString()));
          word.setLength(0);
        }
      } else {
        word.appendCodePoint(cp);
      }
    }
    return words;
  }

  @Test
  void wordsThatFitOnALineAreNeverSplit() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.protocols(), integers().between(SheetOptions.MIN_WIDTH, 200))
        .checkAssert(
            (p, width) -> {
              String sheet = TextSheet.of(SheetOptions.builder().width(width).build()).render(p);
              List<String> lines = lines(sheet);
              // Room on a line for a word: the width less the deepest indent, a frame and the
              // punctuation a sheet puts around a text (brackets, quotation marks, a colon).
              int room = width - 16;
              for (String text : safetyTexts(p)) {
                for (String word : words(text)) {
                  if (!word.isEmpty() && TextSheet.displayWidth(word) <= room) {
                    assertThat(lines.stream().anyMatch(l -> l.contains(word)))
                        .as("word '%s' whole on a line at width %d", word, width)
                        .isTrue();
                  }
                }
              }
            });
  }

  @Test
  void noControlOrBidirectionalCharacterReachesEitherSheet() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.protocols())
        .checkAssert(
            generated -> {
              Protocol p = ProtocolTexts.map(generated, ProtocolTexts::hostile);
              for (boolean ascii : new boolean[] {false, true}) {
                SheetOptions options = SheetOptions.builder().asciiOnly(ascii).build();
                assertSafe(TextSheet.of(options).render(p));
                assertSafe(MarkdownSheet.of(options).render(p));
              }
            });
  }

  private static void assertSafe(String sheet) {
    for (int i = 0; i < sheet.length(); ) {
      int cp = sheet.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      assertThat(cp == '\n' || (type != Character.CONTROL && type != Character.FORMAT
              && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
              && type != Character.PARAGRAPH_SEPARATOR))
          .as("U+%04X in the sheet", cp)
          .isTrue();
    }
  }

  @Test
  void asciiOnlySheetsAreAscii() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols())
        .checkAssert(
            p -> {
              SheetOptions options = SheetOptions.builder().asciiOnly(true).build();
              for (String sheet :
                  List.of(TextSheet.of(options).render(p), MarkdownSheet.of(options).render(p))) {
                assertThat(sheet.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F)))
                    .as("only printable ASCII and newlines")
                    .isTrue();
              }
            });
  }

  @Test
  void sheetsEndWithOneNewlineAndAreDeterministic() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), integers().between(SheetOptions.MIN_WIDTH, 200))
        .checkAssert(
            (p, width) -> {
              SheetOptions options = SheetOptions.builder().width(width).build();
              for (SheetRenderer renderer :
                  List.of(TextSheet.of(options), MarkdownSheet.of(options))) {
                String sheet = renderer.render(p);
                assertThat(sheet).endsWith("\n").doesNotEndWith("\n\n");
                assertThat(renderer.render(p)).isEqualTo(sheet);
                StringBuilder appended = new StringBuilder("before\n");
                try {
                  renderer.render(p, appended);
                } catch (java.io.IOException e) {
                  throw new AssertionError(e);
                }
                assertThat(appended.toString()).isEqualTo("before\n" + sheet);
              }
            });
  }

  @Test
  void protocolTextNeverBecomesMarkdownStructure() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), integers().between(1, 20))
        .checkAssert(
            (p, days) -> {
              String md =
                  MarkdownSheet.of(SheetOptions.builder().trackingDays(days).build()).render(p);
              Node doc = SheetReading.parse(md);
              List<String> problems = new ArrayList<>();
              int[] rows = {0};
              int[] bodyRows = {0};
              doc.accept(
                  new AbstractVisitor() {
                    @Override
                    public void visit(HtmlInline n) {
                      problems.add("inline HTML " + n.getLiteral());
                    }

                    @Override
                    public void visit(HtmlBlock n) {
                      problems.add("HTML block " + n.getLiteral());
                    }

                    @Override
                    public void visit(Code n) {
                      problems.add("code " + n.getLiteral());
                    }

                    @Override
                    public void visit(FencedCodeBlock n) {
                      problems.add("fenced code " + n.getLiteral());
                    }

                    @Override
                    public void visit(IndentedCodeBlock n) {
                      problems.add("indented code " + n.getLiteral());
                    }

                    @Override
                    public void visit(Emphasis n) {
                      problems.add("emphasis " + SheetReading.plain(n));
                    }

                    @Override
                    public void visit(Image n) {
                      problems.add("image " + n.getDestination());
                    }

                    @Override
                    public void visit(ThematicBreak n) {
                      problems.add("thematic break");
                    }

                    @Override
                    public void visit(Link n) {
                      String d = n.getDestination();
                      if (!(d.startsWith("http:") || d.startsWith("https:") || d.startsWith("mailto:"))
                          || p.sources().stream()
                              .noneMatch(s -> s.link().map(u -> u.toASCIIString().equals(d)).orElse(false))) {
                        problems.add("link " + d);
                      }
                      visitChildren(n);
                    }

                    @Override
                    public void visit(CustomBlock n) {
                      visitChildren(n);
                    }

                    @Override
                    public void visit(CustomNode n) {
                      if (n instanceof TableRow) {
                        if (n.getParent() instanceof TableBody) {
                          int index = bodyRows[0]++ % p.entries().size();
                          String name = p.entries().get(index).exercise().name();
                          String cell = SheetReading.literal(n.getFirstChild());
                          if (!cell.equals(expected((index + 1) + ". " + name))) {
                            problems.add("a first cell " + cell + " for " + name);
                          }
                        }
                        rows[0]++;
                        int cells = 0;
                        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                          cells++;
                        }
                        int last = days % 7 == 0 ? 7 : days % 7;
                        if (cells != Math.min(days, 7) + 1 && cells != last + 1) {
                          problems.add("a table row with " + cells + " cells");
                        }
                      }
                      visitChildren(n);
                    }
                  });
              assertThat(problems).as("in%n%s", md).isEmpty();
              int tables = (days + 6) / 7;
              assertThat(rows[0]).isEqualTo(tables * (p.entries().size() + 1));
            });
  }
}
