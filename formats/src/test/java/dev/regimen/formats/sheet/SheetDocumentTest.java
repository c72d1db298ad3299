package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.expected;
import static dev.regimen.formats.sheet.SheetReading.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.media.Media;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.sheet.document.Block;
import dev.regimen.formats.sheet.document.DoseLine;
import dev.regimen.formats.sheet.document.ExerciseSection;
import dev.regimen.formats.sheet.document.Inline;
import dev.regimen.formats.sheet.document.ItemList;
import dev.regimen.formats.sheet.document.ListItem;
import dev.regimen.formats.sheet.document.ListKind;
import dev.regimen.formats.sheet.document.Origin;
import dev.regimen.formats.sheet.document.Paragraph;
import dev.regimen.formats.sheet.document.Picture;
import dev.regimen.formats.sheet.document.Pictures;
import dev.regimen.formats.sheet.document.Quotation;
import dev.regimen.formats.sheet.document.Section;
import dev.regimen.formats.sheet.document.SectionKind;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.SheetKind;
import dev.regimen.formats.sheet.document.Subheading;
import dev.regimen.formats.sheet.document.Text;
import dev.regimen.formats.sheet.document.TrackingGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The sheet document tree, over the bundled protocol and generated ones. */
class SheetDocumentTest {
  private static final int EXAMPLES = 200;

  /** Generated protocols, and the same with hostile characters in every text. */
  private static Gen<Protocol> protocols() {
    Gen<Protocol> plain = Generators.protocols();
    return in -> {
      Protocol p = plain.generate(in);
      return integers().between(0, 1).generate(in) == 0 ? p : ProtocolTexts.map(p, ProtocolTexts::hostile);
    };
  }

  private static Gen<SheetOptions> options() {
    return booleans().all().zip(booleans().all(), integers().between(1, 30),
        (grid, sources, days) -> SheetOptions.builder().includeTrackingGrid(grid).includeSources(sources)
            .trackingDays(days).build());
  }

  /** Every text of a block and what it holds, each with its origin. */
  static void texts(Block b, List<Text> into) {
    if (b instanceof Section s) {
      into.add(new Text(s.heading(), Origin.SHEET, dev.regimen.formats.sheet.document.Style.PLAIN));
      s.blocks().forEach(inner -> texts(inner, into));
    } else if (b instanceof ExerciseSection e) {
      into.add(new Text(e.name(), Origin.PROTOCOL, dev.regimen.formats.sheet.document.Style.PLAIN));
      e.blocks().forEach(inner -> texts(inner, into));
    } else if (b instanceof Paragraph p) {
      inline(p.content(), into);
    } else if (b instanceof DoseLine d) {
      inline(d.content(), into);
    } else if (b instanceof ItemList l) {
      l.items().forEach(i -> inline(i.content(), into));
    } else if (b instanceof Quotation q) {
      inline(q.content(), into);
    }
  }

  private static void inline(List<Inline> content, List<Text> into) {
    for (Inline i : content) {
      if (i instanceof Text t) {
        into.add(t);
      }
    }
  }

  /** The protocol's text in the safety callouts of a document, whitespace removed. */
  static String protocolTextInSafety(SheetDocument d) {
    List<Text> texts = new ArrayList<>();
    d.safetySections().forEach(s -> texts(s, texts));
    StringBuilder b = new StringBuilder();
    for (Text t : texts) {
      if (t.origin() == Origin.PROTOCOL) {
        b.append(t.text());
      }
    }
    return squeezed(b);
  }

  @Test
  void everyAdvisoryContraindicationAndCautionIsProtocolTextInTheSafetyCallout() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), options())
        .checkAssert(
            (p, options) -> {
              SheetDocument d = SheetDocuments.of(p, options);
              String safety = protocolTextInSafety(d);
              for (String text : SafetyTexts.of(p)) {
                assertThat(safety).contains(expected(text));
              }
              assertThat(d.safetySections()).hasSize(SafetyTexts.any(p) ? 1 : 0);
            });
  }

  @Test
  void everyAdvisoryAndReasonOfAScreeningReportIsInASafetyCallout() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.screeningReports())
        .checkAssert(
            r -> {
              SheetDocument d = SheetDocuments.of(r, SheetOptions.defaults());
              assertThat(d.kind()).isEqualTo(SheetKind.SCREENING);
              String safety = protocolTextInSafety(d);
              for (String text : SafetyTexts.of(r)) {
                assertThat(safety).contains(expected(text));
              }
              List<Text> all = new ArrayList<>();
              d.safetySections().forEach(s -> texts(s, all));
              StringBuilder inSafety = new StringBuilder();
              all.forEach(t -> inSafety.append(t.text()));
              for (ApplicableAdvisory a : r.advisories()) {
                assertThat(squeezed(inSafety)).contains(expected(SafetyTexts.why(a, r.profile())));
              }
              if (r.personalised().isPresent()) {
                for (String text : SafetyTexts.of(r.personalised().get())) {
                  assertThat(safety).contains(expected(text));
                }
              }
            });
  }

  @Test
  void theTreeHasEveryExerciseWithItsDoseAndTheGridARowForEach() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), options())
        .checkAssert(
            (p, options) -> {
              SheetDocument d = SheetDocuments.of(p, options);
              List<ExerciseSection> exercises = d.exercises();
              assertThat(exercises).hasSize(p.entries().size());
              for (int i = 0; i < exercises.size(); i++) {
                ExerciseSection e = exercises.get(i);
                assertThat(e.number()).isEqualTo(i + 1);
                assertThat(squeezed(e.name())).isEqualTo(expected(p.entries().get(i).exercise().name()));
                assertThat(e.blocks()).filteredOn(b -> b instanceof DoseLine)
                    .extracting(b -> ((DoseLine) b).label()).contains("How much");
                ItemList steps = e.blocks().stream().filter(b -> b instanceof ItemList)
                    .map(b -> (ItemList) b).filter(l -> l.label().equals(Optional.of("Steps:")))
                    .findFirst().orElseThrow();
                assertThat(steps.kind()).isEqualTo(ListKind.NUMBERED);
                assertThat(steps.items()).extracting(ListItem::marker)
                    .containsExactlyElementsOf(numbers(p.entries().get(i).exercise().steps().size()));
              }
              List<TrackingGrid> grids = new ArrayList<>();
              d.sections().forEach(s -> s.blocks().stream().filter(b -> b instanceof TrackingGrid)
                  .forEach(b -> grids.add((TrackingGrid) b)));
              if (options.includeTrackingGrid()) {
                assertThat(grids).singleElement().satisfies(g -> {
                  assertThat(g.rows()).hasSize(p.entries().size());
                  assertThat(g.days()).isEqualTo(options.trackingDays());
                });
              } else {
                assertThat(grids).isEmpty();
              }
            });
  }

  private static List<String> numbers(int n) {
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      numbers.add(Integer.toString(i));
    }
    return numbers;
  }

  @Test
  void everyTextInTheTreeIsCleanEvenWhereTheProtocolIsHostile() {
    qt().withExamples(100)
        .forAll(Generators.protocols())
        .checkAssert(
            generated -> {
              Protocol p = ProtocolTexts.map(generated, ProtocolTexts::hostile);
              List<Text> texts = new ArrayList<>();
              SheetDocuments.of(p, SheetOptions.defaults()).blocks().forEach(b -> texts(b, texts));
              for (Text t : texts) {
                t.text().codePoints().forEach(cp -> {
                  int type = Character.getType(cp);
                  assertThat(type != Character.CONTROL && type != Character.FORMAT
                          && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
                          && type != Character.PARAGRAPH_SEPARATOR)
                      .as("U+%04X in %s text", cp, t.origin()).isTrue();
                });
                if (t.origin() == Origin.PROTOCOL) {
                  assertThat(t.text()).doesNotStartWith(" ").doesNotContain("  ");
                }
              }
            });
  }

  @Test
  void theL5S1TreeHasTheSafetyCalloutTheExercisesAndTheGrid() {
    SheetDocument d = SheetDocuments.of(Catalog.l5s1Relief(), SheetOptions.defaults());

    assertThat(d.kind()).isEqualTo(SheetKind.PROTOCOL);
    assertThat(d.title()).isEqualTo("L5-S1 Relief Stretches");
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.sections()).extracting(Section::heading).containsExactly(
        "What this routine is for", "Safety first: read this before you start", "The exercises",
        "More things you can do", "Key points to remember", "Track your progress", "Sources");
    Section safety = d.safetySections().get(0);
    assertThat(safety.kind()).isEqualTo(SectionKind.SAFETY);
    assertThat(safety.blocks()).extracting(b -> b.getClass().getSimpleName())
        .containsExactly("ItemList", "Subheading", "ItemList");
    assertThat(((Subheading) safety.blocks().get(1)).text()).isEqualTo("Exercises to avoid or take care with");
    ItemList advisories = (ItemList) safety.blocks().get(0);
    assertThat(advisories.items()).hasSize(4);
    // An advisory: its name in bold (the protocol's), a break, its text (the protocol's).
    List<Inline> first = advisories.items().get(0).content();
    assertThat(first.get(0)).isEqualTo(new Text("Consult a medical professional before starting",
        Origin.PROTOCOL, dev.regimen.formats.sheet.document.Style.STRONG));
    assertThat(first.get(1)).isInstanceOf(dev.regimen.formats.sheet.document.LineBreak.class);
    ExerciseSection seated = d.exercises().get(0);
    assertThat(seated.name()).isEqualTo("Seated Hamstring Stretch");
    // The drawing of the held position comes first, as the only picture of the exercise.
    Media drawing = Catalog.l5s1Relief().exercises().get(0).media().get(0);
    assertThat(seated.blocks().get(0))
        .isEqualTo(new Pictures(List.of(new Picture(drawing, drawing.altText(), "", 0))));
    assertThat(seated.blocks().subList(1, seated.blocks().size())).noneMatch(b -> b instanceof Pictures);
    DoseLine howMuch = (DoseLine) seated.blocks().stream().filter(b -> b instanceof DoseLine).findFirst().orElseThrow();
    assertThat(Inline.plainText(howMuch.content()))
        .isEqualTo("Hold about 30 seconds. Do 2\u20134\u00A0times on one side, then the other."
            + " Start with your right side.");
    // The hold's wording is the protocol's ("about 30 seconds"); the rest is the sheet's.
    assertThat(howMuch.content()).containsExactly(
        new Text("Hold ", Origin.SHEET, dev.regimen.formats.sheet.document.Style.PLAIN),
        new Text("about 30 seconds", Origin.PROTOCOL, dev.regimen.formats.sheet.document.Style.PLAIN),
        new Text(". Do 2\u20134\u00A0times on one side, then the other. Start with your right side.",
            Origin.SHEET, dev.regimen.formats.sheet.document.Style.PLAIN));
  }

  @Test
  void aPlanTreeIsATimedScriptWithEveryCueAndTheEnd() {
    qt().withExamples(50)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            plan -> {
              SheetDocument d = SheetDocuments.of(plan);
              assertThat(d.kind()).isEqualTo(SheetKind.SESSION_PLAN);
              assertThat(d.safetySections()).isEmpty();
              int timed = 0;
              for (Section s : d.sections()) {
                for (Block b : s.blocks()) {
                  if (b instanceof ItemList l && l.kind() == ListKind.TIMED) {
                    timed += l.items().size();
                  }
                }
              }
              assertThat(timed).isEqualTo(plan.cues().size() + 1);
            });
  }

  @Test
  void aScreeningTreeWhereEveryExerciseIsAvoidedStillHasEveryAdvisory() {
    ScreeningReport r =
        Screening.screen(Catalog.l5s1Relief(), GoldenSheetTest.EXTRUDED_DISC);
    SheetDocument d = SheetDocuments.of(r, SheetOptions.defaults());

    assertThat(r.personalised()).isEmpty();
    assertThat(d.exercises()).isEmpty();
    String safety = protocolTextInSafety(d);
    for (var a : Catalog.l5s1Relief().advisories()) {
      assertThat(safety).contains(expected(a.text()));
    }
  }

  @Test
  void aPlanTreeOfTheL5S1Protocol() {
    SheetDocument d = SheetDocuments.of(SessionPlan.of(Catalog.l5s1Relief()));
    assertThat(d.sections()).extracting(Section::heading).containsExactly("Session timer script", "The cues");
  }
}
