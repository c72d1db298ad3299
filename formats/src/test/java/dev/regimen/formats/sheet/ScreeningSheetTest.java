package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The sheet of a screening report: "Before you start", then the personalised routine. */
class ScreeningSheetTest {
  private static final Protocol L5_S1 = Catalog.l5s1Relief();
  private static final TextSheet WIDE =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build());

  private static ScreeningReport screen(PatientProfile profile) {
    return Screening.screen(L5_S1, profile);
  }

  /** {@return the lines of a wide sheet, frames and indents stripped} */
  private static List<String> plainLines(String sheet) {
    List<String> plain = new ArrayList<>();
    for (String line : lines(sheet)) {
      String l = line.startsWith("\u2503") ? line.substring(1, line.length() - 1) : line;
      plain.add(l.strip());
    }
    return plain;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void conditionsTheRoutineDoesNotKnowAndFindingsOfOtherConditionsAreCalledOut() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds("muscle-injury", "sciatica")
            .addFindingIds("disc-extruded-onto-nerve")
            .build();
    List<String> lines = plainLines(WIDE.render(screen(profile)));

    assertThat(lines)
        .contains(
            "\u2022 Conditions: Muscle injury and \u201Csciatica\u201D (not known to this routine)",
            "\u2022 Findings: Disc extruded onto the nerve (not a finding of your conditions in"
                + " this routine)",
            "\u2022 How long the pain has lasted: not known",
            "\u2022 In pain right now: not known",
            "WHAT THIS CHECK COULD NOT JUDGE",
            "\u2022 A condition this routine knows nothing about: \u201Csciatica\u201D",
            "\u2022 A finding that belongs to none of your conditions in this routine: Disc"
                + " extruded onto the nerve");
  }

  @Test
  void asciiSheetsQuoteUnknownIdsInAscii() {
    String sheet =
        TextSheet.of(SheetOptions.builder().asciiOnly(true).width(SheetOptions.MAX_WIDTH).build())
            .render(screen(PatientProfile.builder().addConditionIds("sciatica").build()));

    assertThat(sheet).contains("- A condition this routine knows nothing about: \"sciatica\"");
  }

  @Test
  void nothingKnownKeepsEveryExerciseAndTheRoutineAsWritten() {
    String sheet = WIDE.render(screen(PatientProfile.empty()));
    List<String> lines = plainLines(sheet);

    assertThat(lines)
        .contains(
            "\u2022 Conditions: none given",
            "\u2022 Findings: none given",
            "\u2022 Seated Hamstring Stretch: SUITABLE \u2014 nothing known about you speaks"
                + " against it.",
            "The rest of this sheet is the routine as written: nothing in it had to change for"
                + " you.")
        .doesNotContain("THE REASONS", "WHAT THIS CHECK COULD NOT JUDGE");
    String protocolSheet = WIDE.render(L5_S1);
    assertThat(sheet.substring(sheet.indexOf("THE EXERCISES")))
        .isEqualTo(protocolSheet.substring(protocolSheet.indexOf("THE EXERCISES")));
  }

  @Test
  void aHerniatedDiscKeepsTheStretchesWithACautionAndItsReason() {
    List<String> lines = plainLines(WIDE.render(screen(GoldenSheetTest.HERNIATED_DISC)));

    assertThat(lines)
        .contains(
            "\u2022 Knee-to-Chest Stretch: CAUTION \u2014 it stays in your routine, but do it"
                + " only with care, ideally after asking a professional.",
            "Reason to take care: Herniated disc.",
            "The rest of this sheet is your routine: the routine with a caution added to the note"
                + " of each exercise to take care with.",
            "Note: Caution (Herniated disc): While these exercises are generally safe, in some"
                + " cases, stretching can worsen a herniated disc. Ask a medical professional"
                + " before you start.");
  }

  @Test
  void eachAdvisoryIsShownOnceTheApplicableOnesBeforeYouStartAndTheOthersInTheRoutine() {
    ScreeningReport report = screen(GoldenSheetTest.HERNIATED_DISC);
    String sheet = WIDE.render(report);
    int routine = sheet.indexOf("SAFETY FIRST");

    assertThat(routine).isPositive();
    for (var a : report.advisories()) {
      assertThat(count(sheet, a.advisory().name())).as(a.advisory().name()).isEqualTo(1);
      assertThat(sheet.indexOf(a.advisory().name())).isLessThan(routine);
    }
    assertThat(report.otherAdvisories()).isNotEmpty();
    for (var a : report.otherAdvisories()) {
      assertThat(count(sheet, a.name())).as(a.name()).isEqualTo(1);
      assertThat(sheet.indexOf(a.name())).isGreaterThan(routine);
    }
    assertThat(plainLines(sheet))
        .contains(
            "The notices that apply to you are under \u201CWhat applies to you\u201D, above. The"
                + " ones below do not apply to what is known about you today, but they may come"
                + " to.");
  }

  @Test
  void whenEveryExerciseIsToBeAvoidedTheSheetSaysSoAndStillShowsEveryAdvisory() {
    ScreeningReport report = screen(GoldenSheetTest.EXTRUDED_DISC);
    String sheet = WIDE.render(report);

    assertThat(report.everyEntryAvoided()).isTrue();
    assertThat(plainLines(sheet))
        .contains(
            "\u2022 No exercise of this routine is suitable for you.",
            "\u2022 Standing Hurdler Stretch: AVOID \u2014 do not do it.",
            "Reason to avoid it: Herniated disc (Disc extruded onto the nerve).",
            "NO EXERCISES FOR YOU IN THIS ROUTINE",
            "OTHER SAFETY NOTICES OF THIS ROUTINE");
    for (var a : L5_S1.advisories()) {
      assertThat(count(sheet, a.name())).as(a.name()).isEqualTo(1);
    }
    assertThat(sheet).doesNotContain("THE EXERCISES", "TRACK YOUR PROGRESS");
  }

  @Test
  void theMarkdownSheetHasTheSameSectionsInTheSameOrder() {
    Node doc =
        SheetReading.parse(MarkdownSheet.defaults().render(screen(GoldenSheetTest.HERNIATED_DISC)));
    List<String> headings = new ArrayList<>();
    for (Node n : SheetReading.blocks(doc)) {
      if (n instanceof Heading && ((Heading) n).getLevel() <= 3) {
        headings.add(((Heading) n).getLevel() + " " + SheetReading.plain(n));
      }
    }

    assertThat(headings)
        .startsWith(
            "1 L5-S1ReliefStretches",
            "2 Beforeyoustart",
            "2 Whatappliestoyou",
            "3 Yourexercises",
            "3 Thereasons",
            "2 Yourroutine",
            "2 Whatthisroutineisfor",
            "2 Safetyfirst:readthisbeforeyoustart");
  }

  @Test
  void rendersToAnyAppendable() throws Exception {
    ScreeningReport report = screen(GoldenSheetTest.HERNIATED_DISC);
    for (SheetRenderer renderer : List.of(TextSheet.defaults(), MarkdownSheet.defaults())) {
      StringWriter out = new StringWriter();
      renderer.render(report, out);
      assertThat(out.toString()).isEqualTo(renderer.render(report));
      StringBuilder appended = new StringBuilder("before\n");
      renderer.render(report, appended);
      assertThat(appended.toString()).isEqualTo("before\n" + renderer.render(report));
    }
  }

  @Test
  void rejectsNulls() {
    ScreeningReport report = screen(PatientProfile.empty());
    for (SheetRenderer renderer : List.of(TextSheet.defaults(), MarkdownSheet.defaults())) {
      assertThatThrownBy(() -> renderer.render((ScreeningReport) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("report");
      assertThatThrownBy(() -> renderer.render(report, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("out");
    }
  }
}
