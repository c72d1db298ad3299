package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextSheetTest {
  private static final Protocol L5_S1 = Catalog.l5s1Relief();

  // ------------------------------------------------------------------------ dosage in words

  @Test
  void dosageUsesTheHoldsWordingAndSaysOneSideThenTheOther() {
    Dosage d =
        Dosage.builder()
            .hold(Hold.aboutSeconds(30))
            .repetitions(Repetitions.between(2, 4))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .build();
    assertThat(line(protocol(d), "How much:", false))
        .isEqualTo("How much: Hold about 30 seconds. Do 2\u20134 times on one side, then the other.");
    assertThat(line(protocol(d), "How much:", true))
        .isEqualTo("How much: Hold about 30 seconds. Do 2-4 times on one side, then the other.");
  }

  @Test
  void dosageNamesTheSideToStartWith() {
    Dosage d =
        Dosage.builder()
            .repetitions(Repetitions.exactly(1))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .firstSide(Side.LEFT)
            .build();
    assertThat(line(protocol(d), "How much:", false))
        .isEqualTo(
            "How much: Do it once on one side, then on the other. Start with your left side.");
  }

  @Test
  void holdsWithoutWordingAreSaidFromTheirNumbers() {
    assertThat(howMuch(Hold.ofSeconds(30))).startsWith("How much: Hold 30 seconds. ");
    assertThat(howMuch(Hold.ofSeconds(1))).startsWith("How much: Hold 1 second. ");
    assertThat(howMuch(Hold.ofSecondsBetween(10, 30))).startsWith("How much: Hold 10\u201330 seconds. ");
    assertThat(howMuch(Hold.ofBreaths(5))).startsWith("How much: Hold for 5 breaths. ");
    assertThat(howMuch(Hold.ofBreaths(1))).startsWith("How much: Hold for 1 breath. ");
    assertThat(howMuch(Hold.builder().seconds(5).breaths(3).approximate(true).build()))
        .startsWith("How much: Hold for about 3 breaths (about 5 seconds). ");
  }

  @Test
  void holdsWithWordingKeepIt() {
    assertThat(howMuch(Hold.builder().breaths(3).wording("a few breaths (around five seconds)").build()))
        .startsWith("How much: Hold for a few breaths (around five seconds). ");
    assertThat(howMuch(Hold.builder().seconds(20).wording("hold it as long as is comfortable").build()))
        .startsWith("How much: Hold it as long as is comfortable. ");
    assertThat(howMuch(Hold.builder().seconds(20).wording("20 seconds or so.").build()))
        .startsWith("How much: Hold 20 seconds or so. ");
  }

  @Test
  void aStepsHoldIsTheHoldWhenTheDosageHasNone() {
    Protocol p =
        protocol(
                exercise("Stretch")
                    .steps(List.of(Step.of("Lean."), Step.holding("Stay there.", Hold.aboutSeconds(20))))
                    .build(),
                Dosage.builder().build())
            .build();
    assertThat(line(p, "How much:", false))
        .isEqualTo(
            "How much: Hold about 20 seconds. The source gives no number of repetitions: ask your"
                + " clinician how many to do.");
  }

  @Test
  void repetitionsAreSaidPerSideOrInAllForEverySideOrder() {
    assertThat(reps(Repetitions.between(2, 3), SideOrder.ALTERNATING))
        .isEqualTo("How much: Do 2\u20133 times on each side, switching sides each time.");
    assertThat(reps(Repetitions.exactly(10).withBasis(RepetitionBasis.TOTAL), SideOrder.ALTERNATING))
        .isEqualTo("How much: Do 10 times in all, switching sides each time.");
    assertThat(
            reps(Repetitions.exactly(6).withBasis(RepetitionBasis.TOTAL), SideOrder.ONE_SIDE_THEN_OTHER))
        .isEqualTo("How much: Do 6 times in all, first on one side, then on the other.");
    assertThat(reps(Repetitions.exactly(2), SideOrder.BOTH_AT_ONCE)).isEqualTo("How much: Do it twice.");
    assertThat(reps(Repetitions.between(8, 12), SideOrder.BOTH_AT_ONCE))
        .isEqualTo("How much: Do it 8\u201312 times.");
  }

  @Test
  void setsAndRestsAreSaidInSecondsOrMinutes() {
    Dosage d =
        Dosage.builder()
            .repetitions(Repetitions.exactly(10))
            .sets(Range.of(3))
            .restBetweenSetsSeconds(Range.of(60))
            .restSeconds(Range.of(90))
            .build();
    assertThat(line(protocol(d), "How much:", false))
        .isEqualTo(
            "How much: Do it 10 times. Do 3 sets, resting 1 minute between sets. Rest 90 seconds"
                + " between repetitions.");
    Dosage noRest =
        Dosage.builder()
            .repetitions(Repetitions.exactly(1))
            .restSeconds(Range.of(0))
            .restBetweenSetsSeconds(Range.of(120))
            .build();
    assertThat(line(protocol(noRest), "How much:", false))
        .isEqualTo(
            "How much: Do it once. Rest 2 minutes between sets. Go straight on to the next"
                + " repetition, without a rest.");
  }

  @Test
  void frequencyProgrammeLengthAndHowHardGetTheirOwnLines() {
    assertThat(often(Dosage.builder().frequency(Frequency.daily()))).isEqualTo("How often: daily.");
    assertThat(often(Dosage.builder().frequency(Frequency.timesPerDay(2))))
        .isEqualTo("How often: twice a day.");
    assertThat(often(Dosage.builder().frequency(Frequency.timesPerDay(3))))
        .isEqualTo("How often: 3 times a day.");
    assertThat(often(Dosage.builder().frequency(Frequency.daysPerWeek(2, 3))))
        .isEqualTo("How often: 2\u20133 days a week.");
    assertThat(often(Dosage.builder().frequency(Frequency.daysPerWeek(1, 1))))
        .isEqualTo("How often: once a week.");
    assertThat(often(Dosage.builder().frequency(Frequency.daily()).programmeWeeks(6)))
        .isEqualTo("How often: daily, for 6 weeks.");
    assertThat(often(Dosage.builder().programmeWeeks(1)))
        .isEqualTo("How often: keep it up for 1 week.");
    Dosage hard =
        Dosage.builder()
            .intensity(Intensity.described("a gentle stretch, never pain"))
            .effort(Effort.rpe(3))
            .build();
    assertThat(line(protocol(hard), "How hard:", false))
        .isEqualTo(
            "How hard: a gentle stretch, never pain. RPE 3 out of 10 (0 is no effort at all, 10 the"
                + " hardest you can).");
  }

  private static String howMuch(Hold hold) {
    return line(protocol(Dosage.builder().hold(hold).build()), "How much:", false);
  }

  private static String reps(Repetitions r, SideOrder order) {
    return line(protocol(Dosage.builder().repetitions(r).sideOrder(order).build()), "How much:", false);
  }

  private static String often(Dosage.Builder d) {
    return line(protocol(d.build()), "How often:", false);
  }

  // ------------------------------------------------------------------------ layout

  @Test
  void theBundledProtocolFitsEveryWidthFromFortyToFiveHundred() {
    for (int width = SheetOptions.MIN_WIDTH; width <= SheetOptions.MAX_WIDTH; width++) {
      for (boolean ascii : new boolean[] {false, true}) {
        String sheet =
            TextSheet.of(SheetOptions.builder().width(width).asciiOnly(ascii).build()).render(L5_S1);
        for (String line : SheetReading.lines(sheet)) {
          assertThat(TextSheet.displayWidth(line)).as("at width %d: %s", width, line).isLessThanOrEqualTo(width);
        }
      }
    }
  }

  @Test
  void listItemsWrapWithAHangingIndent() {
    String sheet = TextSheet.of(SheetOptions.builder().width(40).build()).render(L5_S1);
    assertThat(sheet)
        .contains(
            "  2. Then, each time: With your right\n"
                + "     foot planted, gently pull your left\n"
                + "     knee toward your chest with both\n"
                + "     hands until you feel a stretch in\n"
                + "     your lower back.\n");
  }

  @Test
  void aWordWiderThanALineIsBrokenWhereTheLineEndsAndAWordThatFitsMovesWhole() {
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis"; // 45 letters
    Protocol p =
        protocol(exercise("Stretch").steps(List.of(Step.of("Say " + word + " twice."))).build(),
                Dosage.builder().build())
            .build();
    String narrow = TextSheet.of(SheetOptions.builder().width(40).build()).render(p);
    assertThat(narrow)
        .contains("  1. Say Pneumonoultramicroscopicsilicov\n     olcanoconiosis twice.\n");
    String wide = TextSheet.of(SheetOptions.builder().width(52).build()).render(p);
    assertThat(wide).contains("  1. Say\n     " + word + "\n     twice.\n");
  }

  @Test
  void theSafetyNoticesComeFirstInABox() {
    String sheet = TextSheet.defaults().render(L5_S1);
    int box = sheet.indexOf("\u250F");
    assertThat(box).isPositive();
    assertThat(sheet.indexOf("SAFETY FIRST: READ THIS BEFORE YOU START")).isGreaterThan(box);
    assertThat(sheet.indexOf("THE EXERCISES")).isGreaterThan(sheet.indexOf("\u2517"));
    String inside = SheetReading.safetyBox(sheet, false);
    for (Advisory a : L5_S1.advisories()) {
      assertThat(inside).contains(SheetReading.squeezed(a.text()));
    }
    assertThat(inside)
        .contains(SheetReading.squeezed("(Applies if your pain has lasted 2 weeks or more.)"))
        .contains(SheetReading.squeezed("AVOID — do not do these exercises: Seated Hamstring"
            + " Stretch, Knee-to-Chest Stretch and Standing Hurdler Stretch."))
        .contains(SheetReading.squeezed("If you have: Herniated disc (Disc extruded onto the nerve)"));
  }

  @Test
  void aProtocolWithoutSafetyContentHasNoSafetyBox() {
    String sheet = TextSheet.defaults().render(protocol(Dosage.builder().build()));
    assertThat(sheet).doesNotContain("SAFETY FIRST").doesNotContain("\u250F");
  }

  @Test
  void severityIsSaidInWordsForOneExercise() {
    Condition c =
        Condition.builder().id("osteoporosis").name("Osteoporosis").description("Weak bones.").build();
    Protocol p =
        protocol(
                exercise("Twist")
                    .addContraindications(
                        Contraindication.builder()
                            .conditionId("osteoporosis")
                            .severity(Severity.CAUTION)
                            .rationale("Twisting loads the spine.")
                            .build())
                    .build(),
                Dosage.builder().build())
            .addConditions(c)
            .addAdvisories(
                Advisory.builder()
                    .id("stop")
                    .name("Stop if it hurts")
                    .text("Stop when you feel sharp pain.")
                    .trigger(AdvisoryTrigger.PAIN_PERSISTS)
                    .painWeeksAtLeast(1)
                    .build())
            .build();
    String sheet = TextSheet.of(SheetOptions.builder().width(100).build()).render(p);
    assertThat(sheet)
        .contains("(Applies if your pain has lasted a week or more.)")
        .contains(
            "CAUTION \u2014 do this exercise only with care, ideally after asking a professional:"
                + " Twist.")
        .contains("Why: Twisting loads the spine.")
        .contains(
            "  \u2022 CAUTION \u2014 do it only with care, ideally after asking a professional, if you"
                + " have been diagnosed\n    with osteoporosis.");
  }

  @Test
  void theGridAndTheSourcesCanBeLeftOut() {
    SheetOptions options =
        SheetOptions.builder().includeTrackingGrid(false).includeSources(false).build();
    String sheet = TextSheet.of(options).render(L5_S1);
    assertThat(sheet)
        .doesNotContain("TRACK YOUR PROGRESS")
        .doesNotContain("\u250C")
        .doesNotContain("SOURCES")
        .contains("KEY POINTS TO REMEMBER")
        .endsWith("    prevent further injury.\n");
    assertThat(SheetReading.safetyBox(sheet, false))
        .isEqualTo(SheetReading.safetyBox(TextSheet.defaults().render(L5_S1), false));
  }

  @Test
  void aOneDayGridAsksForTheDate() {
    String sheet = TextSheet.of(SheetOptions.builder().trackingDays(1).build()).render(L5_S1);
    assertThat(sheet)
        .contains("Tick the box for each exercise when you have done it.\n\nDate: ________________\n")
        .contains("\u2502 1. Seated Hamstring Stretch \u2502 \u2610 \u2502\n");
  }

  @Test
  void aLongGridIsDrawnInBlocksOfWholeWeeks() {
    String sheet =
        TextSheet.of(SheetOptions.builder().width(72).trackingDays(30).build()).render(L5_S1);
    assertThat(sheet)
        .contains("Days 1\u20137\n")
        .contains("Days 8\u201314\n")
        .contains("Days 29\u201330\n")
        .contains("\u2502 Exercise                    \u2502  1 \u2502  2 \u2502");
  }

  @Test
  void aNarrowGridShrinksItsCellsAndWrapsNamesBetweenWords() {
    String sheet = TextSheet.of(SheetOptions.builder().width(40).build()).render(L5_S1);
    assertThat(sheet)
        .contains(
            "\u2502 Exercise               \u25021\u25022\u25023\u25024\u25025\u25026\u25027\u2502\n")
        .contains("\u2502 2. Knee-to-Chest       \u2502\u2610\u2502\u2610\u2502")
        .contains("\u2502    Stretch             \u2502 \u2502 \u2502");
    String roomier = TextSheet.of(SheetOptions.builder().width(41).build()).render(L5_S1);
    assertThat(roomier).contains("\u2502 2. Knee-to-Chest \u2502 \u2610\u2502 \u2610\u2502");
  }

  @Test
  void aLongHyphenatedWordBreaksAfterAHyphen() {
    String word = "knee-to-chest-stretch-with-a-towel-around-the-foot-held-with-both-hands";
    Protocol p =
        protocol(exercise("Stretch").steps(List.of(Step.of(word))).build(), Dosage.builder().build())
            .build();
    assertThat(TextSheet.of(SheetOptions.builder().width(40).build()).render(p))
        .contains(
            "  1. knee-to-chest-stretch-with-a-towel-\n"
                + "     around-the-foot-held-with-both-\n"
                + "     hands\n");
  }

  @Test
  void asciiGridsUseAsciiLinesAndEmptyCells() {
    String sheet = TextSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(L5_S1);
    assertThat(sheet)
        .contains("+-----------------------------+---+---+---+---+---+---+---+\n")
        .contains("| 1. Seated Hamstring Stretch |   |   |   |   |   |   |   |\n");
  }

  // ------------------------------------------------------------------------ text from the protocol

  @Test
  void controlCharactersAndDirectionOverridesAreRemoved() {
    Protocol p =
        protocol(
                exercise("\u001B[31mRed\u001B[0m \u202Eesrever\u202C st\u200Bretch\u0007")
                    .startingPosition("Line one\rline\u0085two\u2028three\tfour\u0000.")
                    .build(),
                Dosage.builder().build())
            .build();
    for (boolean ascii : new boolean[] {false, true}) {
      String sheet = TextSheet.of(SheetOptions.builder().asciiOnly(ascii).build()).render(p);
      assertThat(sheet)
          .contains("1. [31mRed[0m esrever stretch\n")
          .contains("Starting position: Line one line two three four.\n")
          .doesNotContain("\u001B")
          .doesNotContain("\r")
          .doesNotContain("\u202E");
    }
  }

  @Test
  void aLoneSurrogateIsShownAsAReplacementCharacter() {
    Protocol p = protocol(exercise("Half \uD83D pair").build(), Dosage.builder().build()).build();
    assertThat(TextSheet.defaults().render(p)).contains("1. Half \uFFFD pair\n");
    assertThat(TextSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(p))
        .contains("1. Half ? pair\n");
  }

  @Test
  void asciiOnlySheetsSpellTypographyInAscii() {
    Protocol p =
        protocol(
                exercise("Caf\u00E9 \u201Cstretch\u201D \u2013 it\u2019s \u00BD done\u2026 \u65E5")
                    .build(),
                Dosage.builder().build())
            .build();
    assertThat(TextSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(p))
        .contains("1. Cafe \"stretch\" - it's 1/2 done... ?\n");
  }

  @Test
  void wideCharactersCountTwoColumns() {
    assertThat(TextSheet.displayWidth("abc")).isEqualTo(3);
    assertThat(TextSheet.displayWidth("\u65E5\u672C")).isEqualTo(4);
    assertThat(TextSheet.displayWidth("e\u0301")).isEqualTo(1);
    assertThat(TextSheet.displayWidth("\uD83D\uDCAA")).isEqualTo(2);
    assertThat(TextSheet.displayWidth("\u2610\u2500\u2014")).isEqualTo(3);
  }

  // ------------------------------------------------------------------------ API

  @Test
  void rendersToAnyAppendable() throws Exception {
    StringWriter out = new StringWriter();
    TextSheet.defaults().render(L5_S1, out);
    assertThat(out.toString()).isEqualTo(TextSheet.defaults().render(L5_S1));
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> TextSheet.of(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> TextSheet.defaults().render((Protocol) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("protocol");
    assertThatThrownBy(() -> TextSheet.defaults().render(L5_S1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
  }

  @Test
  void oneRendererServesManyThreadsAtOnce() throws Exception {
    TextSheet renderer = TextSheet.of(SheetOptions.builder().width(60).build());
    String expected = renderer.render(L5_S1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> sheets = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        sheets.add(pool.submit(() -> renderer.render(L5_S1)));
      }
      for (Future<String> sheet : sheets) {
        assertThat(sheet.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
