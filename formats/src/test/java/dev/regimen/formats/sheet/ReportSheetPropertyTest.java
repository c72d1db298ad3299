package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.expected;
import static dev.regimen.formats.sheet.SheetReading.lines;
import static dev.regimen.formats.sheet.SheetReading.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
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

/**
 * Properties of the screening and session-plan sheets over the shared generators: no safety
 * content lost, every line within the width, nothing unsafe passed on.
 */
class ReportSheetPropertyTest {
  private static final int EXAMPLES = 120;

  /** Reports of {@link Generators#screeningReports()}, half of them with hostile texts. */
  private static Gen<ScreeningReport> reports() {
    Gen<ScreeningReport> plain = Generators.screeningReports();
    return in -> {
      if (integers().between(0, 1).generate(in) == 0) {
        return plain.generate(in);
      }
      Protocol p = ProtocolTexts.map(Generators.protocols().generate(in), ProtocolTexts::hostile);
      return Screening.screen(p, Generators.patientProfiles(p).generate(in));
    };
  }

  /** Plans of {@link Generators#sessionPlans()}, half of them of protocols with hostile texts. */
  private static Gen<SessionPlan> plans() {
    Gen<SessionPlan> plain = Generators.sessionPlans();
    return in -> {
      if (integers().between(0, 1).generate(in) == 0) {
        return plain.generate(in);
      }
      Protocol p =
          ProtocolTexts.map(Generators.plannableProtocols().generate(in), ProtocolTexts::hostile);
      return SessionPlan.of(p, Generators.planOptions().generate(in));
    };
  }

  private static List<String> advisoryTexts(Advisory a) {
    List<String> texts = new ArrayList<>();
    texts.add(a.name());
    texts.add(a.text());
    for (Quote q : a.quotes()) {
      texts.add(q.text());
      texts.add(q.speaker().displayName());
    }
    return texts;
  }

  /** Every text of a matched reason: what matched, why, the quote and its speaker, the sources. */
  private static List<String> reasonTexts(Reason reason) {
    List<String> texts = new ArrayList<>();
    texts.add(reason.rationale());
    texts.add(reason.condition().name());
    reason.finding().ifPresent(f -> texts.add(f.name()));
    reason.contraindication().quote().ifPresent(q -> {
      texts.add(q.text());
      texts.add(q.speaker().displayName());
    });
    for (Source s : reason.sources()) {
      texts.add(s.name());
    }
    return texts;
  }

  /**
   * The inside of the text sheet's box headed {@code heading} (in capitals), frames stripped,
   * whitespace removed; empty when there is no such box.
   */
  private static String box(String sheet, String heading) {
    List<String> lines = lines(sheet);
    StringBuilder inside = new StringBuilder();
    boolean in = false;
    for (String line : lines) {
      if (!in) {
        in = line.startsWith("\u2503 " + heading + " ");
        continue;
      }
      if (line.startsWith("\u2517")) {
        break;
      }
      if (line.startsWith("\u2503")) {
        inside.append(line, 1, line.length() - 1).append(' ');
      }
    }
    return squeezed(inside);
  }

  /** {@return the whole text sheet, the frames of its boxes stripped, whitespace removed} */
  private static String unframed(String sheet) {
    StringBuilder text = new StringBuilder(sheet.length());
    for (String line : lines(sheet)) {
      if (line.startsWith("\u2503")) {
        text.append(line, 1, line.length() - 1);
      } else {
        text.append(line);
      }
      text.append(' ');
    }
    return squeezed(text);
  }

  @Test
  void everyAdvisoryAppearsOnTheScreeningSheetTheApplicableOnesWithWhyAndSourcesInEveryLanguage() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), integers().between(SheetOptions.MIN_WIDTH, 160))
        .checkAssert(
            (r, width) -> {
              for (String language : SheetWording.LANGUAGES) {
                SheetWording say = SheetWording.of(Locale.forLanguageTag(language));
                String sheet = TextSheet.of(
                    SheetOptions.builder().width(width).locale(say.locale()).build()).render(r);
                String applies = box(sheet, say.text("screening.applies").toUpperCase(Locale.ROOT));
                String whole = unframed(sheet);
                for (ApplicableAdvisory a : r.advisories()) {
                  for (String text : advisoryTexts(a.advisory())) {
                    assertThat(applies).as(language).contains(expected(text));
                  }
                  if (language.equals("en")) {
                    assertThat(applies).contains(expected(SafetyTexts.why(a, r.profile())));
                  } else {
                    assertThat(applies).contains(expected(say.text("screening.whyItApplies")));
                  }
                  for (Source s : a.sources()) {
                    assertThat(applies).contains(expected(s.name()));
                  }
                }
                for (Advisory a : r.otherAdvisories()) {
                  for (String text : advisoryTexts(a)) {
                    assertThat(whole).as(language).contains(expected(text));
                  }
                }
              }
            });
  }

  @Test
  void everyMatchedReasonAppearsWithItsRationaleQuoteAndSourcesInEveryLanguage() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), integers().between(SheetOptions.MIN_WIDTH, 160))
        .checkAssert(
            (r, width) -> {
              for (String language : SheetWording.LANGUAGES) {
                SheetWording say = SheetWording.of(Locale.forLanguageTag(language));
                String sheet = TextSheet.of(
                    SheetOptions.builder().width(width).locale(say.locale()).build()).render(r);
                String applies = box(sheet, say.text("screening.applies").toUpperCase(Locale.ROOT));
                for (EntryScreening e : r.entries()) {
                  assertThat(applies)
                      .as(language)
                      .contains(expected(e.exerciseName()) + ":" + expected(verdict(e.verdict(), say)));
                  for (Reason reason : e.reasons()) {
                    for (String text : reasonTexts(reason)) {
                      assertThat(applies).as(language).contains(expected(text));
                    }
                  }
                  // The check cannot judge a caution in words: the person reads it, here.
                  for (Caution c : e.cautions()) {
                    assertThat(applies)
                        .contains(SheetPropertyTest.severity(c.severity(), say) + ":" + expected(c.text()));
                  }
                }
                for (Caution c : r.protocolCautions()) {
                  assertThat(applies).as(language).contains(expected(c.text()));
                }
              }
            });
  }

  /** {@return a verdict in capitals, as the sheet of the wording says it: "AVOID", "ADECUADO"} */
  private static String verdict(Verdict verdict, SheetWording say) {
    switch (verdict) {
      case AVOID:
        return say.text("safety.word.avoid");
      case CAUTION:
        return say.text("safety.word.caution");
      case CHECK:
        return say.text("screening.word.check");
      case SUITABLE:
      default:
        return say.text("screening.word.suitable");
    }
  }

  @Test
  void theMarkdownScreeningSheetSaysTheSameUnderWhatAppliesToYou() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            r -> {
              Node doc = SheetReading.parse(MarkdownSheet.defaults().render(r));
              String applies = SheetReading.markdownSection(doc, "What applies to you");
              for (ApplicableAdvisory a : r.advisories()) {
                for (String text : advisoryTexts(a.advisory())) {
                  assertThat(applies).contains(expected(text));
                }
                assertThat(applies).contains(expected(SafetyTexts.why(a, r.profile())));
              }
              for (EntryScreening e : r.entries()) {
                assertThat(applies).contains(expected(e.exerciseName()));
                for (Reason reason : e.reasons()) {
                  for (String text : reasonTexts(reason)) {
                    assertThat(applies).contains(expected(text));
                  }
                }
              }
              String all = SheetReading.plain(doc);
              for (Advisory a : r.otherAdvisories()) {
                for (String text : advisoryTexts(a)) {
                  assertThat(all).contains(expected(text));
                }
              }
            });
  }

  @Test
  void whatTheScreeningCouldNotJudgeIsCalledOut() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            r -> {
              String sheet = TextSheet.defaults().render(r);
              String judged = box(sheet, "WHAT APPLIES TO YOU");
              for (String id : r.unknownConditionIds()) {
                assertThat(judged).contains("\u201C" + id + "\u201D");
              }
              if (r.unknownConditionIds().isEmpty() && r.unmatchedFindingIds().isEmpty()) {
                assertThat(sheet).doesNotContain("WHAT THIS CHECK COULD NOT JUDGE");
              } else {
                assertThat(sheet).contains("WHAT THIS CHECK COULD NOT JUDGE");
              }
            });
  }

  @Test
  void thePersonalisedRoutineFollowsOrTheSheetSaysThereIsNone() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            r -> {
              String sheet = TextSheet.defaults().render(r);
              if (r.everyEntryAvoided()) {
                assertThat(sheet)
                    .contains("No exercise of this routine is suitable for you.")
                    .contains("NO EXERCISES FOR YOU IN THIS ROUTINE")
                    .doesNotContain("THE EXERCISE");
              } else {
                Protocol p = r.personalised().orElseThrow();
                assertThat(sheet)
                    .doesNotContain("No exercise of this routine is suitable")
                    .contains(p.entries().size() == 1 ? "THE EXERCISE\n" : "THE EXERCISES\n");
                String exercises = squeezed(sheet.substring(sheet.indexOf("THE EXERCISE")));
                for (int i = 0; i < p.entries().size(); i++) {
                  assertThat(exercises)
                      .contains(expected((i + 1) + ". " + p.entries().get(i).exercise().name()));
                }
              }
            });
  }

  @Test
  void everyLineOfBothSheetsFitsTheWidthAndNoLineEndsWithASpace() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), plans(), integers().between(SheetOptions.MIN_WIDTH, 160))
        .checkAssert(
            (r, plan, width) -> {
              for (boolean ascii : new boolean[] {false, true}) {
                TextSheet text =
                    TextSheet.of(SheetOptions.builder().width(width).asciiOnly(ascii).build());
                for (String sheet : List.of(text.render(r), text.render(plan))) {
                  for (String line : lines(sheet)) {
                    assertThat(TextSheet.displayWidth(line))
                        .as("width of %s (width %d, ascii %s)", line, width, ascii)
                        .isLessThanOrEqualTo(width);
                    assertThat(line).doesNotEndWith(" ");
                  }
                }
              }
            });
  }

  @Test
  void noControlOrBidirectionalCharacterReachesTheSheetsAndAsciiSheetsAreAscii() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), plans())
        .checkAssert(
            (r, plan) -> {
              for (boolean ascii : new boolean[] {false, true}) {
                SheetOptions options = SheetOptions.builder().asciiOnly(ascii).build();
                for (SheetRenderer renderer :
                    List.of(TextSheet.of(options), MarkdownSheet.of(options))) {
                  for (String sheet : List.of(renderer.render(r), renderer.render(plan))) {
                    assertThat(sheet).endsWith("\n").doesNotEndWith("\n\n");
                    for (int i = 0; i < sheet.length(); ) {
                      int cp = sheet.codePointAt(i);
                      i += Character.charCount(cp);
                      int type = Character.getType(cp);
                      assertThat(cp == '\n' || (type != Character.CONTROL
                              && type != Character.FORMAT && type != Character.SURROGATE
                              && type != Character.LINE_SEPARATOR
                              && type != Character.PARAGRAPH_SEPARATOR))
                          .as("U+%04X in the sheet", cp)
                          .isTrue();
                      if (ascii) {
                        assertThat(cp == '\n' || (cp >= 0x20 && cp < 0x7F))
                            .as("U+%04X in an ASCII-only sheet", cp)
                            .isTrue();
                      }
                    }
                  }
                }
              }
            });
  }

  /**
   * {@return how the timer script writes the seconds of a cue: "5 s", "1394–5575 s", in minutes
   * from two minutes on where both ends are whole minutes, "30 min", "20–30 min"}
   */
  private static String seconds(CueDuration d) {
    int min = d.minSeconds();
    int max = d.maxSeconds();
    boolean minutes = max >= 120 && min % 60 == 0 && max % 60 == 0;
    int unit = minutes ? 60 : 1;
    return (min == max ? "" : min / unit + "\u2013") + max / unit + (minutes ? " min" : " s");
  }

  @Test
  void theTimerScriptPlaysEveryCueInOrderWithItsStartTimeAndTheTotals() {
    qt().withExamples(EXAMPLES)
        .forAll(plans())
        .checkAssert(
            plan -> {
              String sheet =
                  TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build())
                      .render(plan);
              List<String> lines = lines(sheet);
              int at = 0;
              long start = 0;
              for (Cue cue : plan.cues()) {
                String stamp = SessionTime.clock(start) + "  ";
                int found = -1;
                for (int i = at; i < lines.size(); i++) {
                  if (lines.get(i).stripLeading().startsWith(stamp)) {
                    found = i;
                    break;
                  }
                }
                assertThat(found)
                    .as("a line for %s at %s", cue.text(), stamp)
                    .isGreaterThanOrEqualTo(0);
                // The cue's line and the lines that continue it.
                StringBuilder block = new StringBuilder(lines.get(found));
                at = found + 1;
                while (at < lines.size()
                    && lines.get(at).startsWith("     ")
                    && !lines.get(at).stripLeading().matches("\\d+(:\\d\\d)+  .*")) {
                  block.append(' ').append(lines.get(at++));
                }
                assertThat(squeezed(block)).contains(expected(cue.text()));
                if (cue.duration().open()) {
                  assertThat(block.toString()).endsWith("open (" + seconds(cue.duration()) + ")");
                }
                start += cue.maxSeconds();
              }
              assertThat(start).isEqualTo(plan.maxSeconds());
              assertThat(sheet)
                  .contains(SessionTime.clock(plan.maxSeconds()) + "  End of the session.")
                  .contains("(" + SessionTime.clock(plan.minSeconds()));
            });
  }

  @Test
  void inputTextNeverBecomesMarkdownStructure() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), plans())
        .checkAssert(
            (r, plan) -> {
              for (String md :
                  List.of(MarkdownSheet.defaults().render(r),
                      MarkdownSheet.defaults().render(plan))) {
                List<String> problems = new ArrayList<>();
                SheetReading.parse(md)
                    .accept(
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
                            if (!(d.startsWith("http:") || d.startsWith("https:")
                                || d.startsWith("mailto:"))) {
                              problems.add("link " + d);
                            }
                            visitChildren(n);
                          }
                        });
                assertThat(problems).as("in%n%s", md).isEmpty();
              }
            });
  }
}
