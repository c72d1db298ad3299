package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.lines;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sheet of a session plan: a timer script. */
class SessionPlanSheetTest {
  private static final SessionPlan L5_S1 = SessionPlan.of(Catalog.l5s1Relief());
  private static final TextSheet WIDE =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build());

  private static List<String> stripped(String sheet) {
    List<String> out = new ArrayList<>();
    for (String line : lines(sheet)) {
      out.add(line.strip());
    }
    return out;
  }

  @Test
  void statesTheTotalsAsARangeAndEveryAssumption() {
    PlanOptions options =
        PlanOptions.builder()
            .leadInSeconds(3)
            .secondsPerStep(2)
            .secondsPerBreath(4)
            .restBetweenRepetitionsSeconds(6)
            .restBetweenSetsSeconds(45)
            .restBetweenExercisesSeconds(1)
            .switchSidesSeconds(7)
            .firstSide(Side.RIGHT)
            .build();
    List<String> lines = stripped(WIDE.render(SessionPlan.of(Catalog.l5s1Relief(), options)));

    assertThat(lines)
        .contains(
            "\u2022 Getting ready before the first exercise: 3 seconds",
            "\u2022 Each step: 2 seconds (a step lasts until you move on)",
            "\u2022 Each breath of a hold given in breaths only: 4 seconds",
            "\u2022 Rest between repetitions: 6 seconds, where the routine gives none",
            "\u2022 Rest between sets: 45 seconds, where the routine gives none",
            "\u2022 Rest between exercises: 1 second",
            "\u2022 Pause to switch sides: 7 seconds",
            "\u2022 Side to start on: right, where the routine names none");
  }

  @Test
  void theBundledRoutineTakes6Minutes45To11Minutes25() {
    assertThat(stripped(WIDE.render(L5_S1)))
        .contains(
            "How long: A session takes about 7\u201311 minutes (6:45 to 11:25), from the fewest"
                + " repetitions and the shortest holds to the most and the longest.",
            "11:25  End of the session.");
  }

  @Test
  void repetitionsAreNumberedAgainstTheirRangeAndThoseBeyondTheFewestMarkedOptional() {
    List<String> lines = stripped(WIDE.render(L5_S1));

    assertThat(lines)
        .contains(
            "Right side, repetition 2 of 2\u20134:",
            "Right side, repetition 3 of 2\u20134 (optional):",
            "Left side, repetition 3 of 2\u20133 (optional):",
            "Left side, repetition 1 of 1:",
            "0:00  Get ready: Seated Hamstring Stretch. Sitting up straight in a chair with your"
                + " feet planted flat on the floor. \u2014 10 s",
            "0:30  Right side: hold about 30 seconds \u2014 30 s",
            "1:00  Rest for 5 seconds. Next: right side, repetition 2 of 2 to 4. \u2014 5 s",
            "0:10  Right side: Sit up straight in a chair with your feet planted flat on the"
                + " floor. \u2014 open (5 s)");
  }

  @Test
  void holdsGivenAsARangeLastARangeAndSetsAreNamed() {
    SessionPlan plan =
        SessionPlan.of(
            protocol(
                Dosage.builder()
                    .hold(Hold.ofSecondsBetween(10, 30))
                    .repetitions(Repetitions.exactly(1))
                    .sets(Range.of(2))
                    .build()));
    List<String> lines = stripped(WIDE.render(plan));

    assertThat(lines)
        .contains(
            "0:15  Hold for 10 to 30 seconds \u2014 10\u201330 s",
            "Set 2 of 2, repetition 1 of 1:",
            "0:45  Rest for 30 seconds. Next: set 2 of 2. \u2014 30 s",
            "How long: A session takes about 70\u2013110 seconds (1:10 to 1:50), from the fewest"
                + " repetitions and the shortest holds to the most and the longest.");
  }

  @Test
  void theMarkdownScriptListsEachCueWithItsTime() {
    String md = MarkdownSheet.withDefaults().render(L5_S1);

    assertThat(md)
        .contains("### Exercise 1 of 3\n")
        .contains("**Right side, repetition 3 of 2\u20134 (optional):**\n")
        .contains("- **0:30** Right side: hold about 30 seconds \u2014 30 s\n")
        .contains("- **11:25** End of the session.\n");
  }

  @Test
  void rendersToAnyAppendable() throws Exception {
    for (SheetRenderer renderer : List.of(TextSheet.withDefaults(), MarkdownSheet.withDefaults())) {
      StringWriter out = new StringWriter();
      renderer.render(L5_S1, out);
      assertThat(out.toString()).isEqualTo(renderer.render(L5_S1));
    }
  }

  @Test
  void rejectsNulls() {
    for (SheetRenderer renderer : List.of(TextSheet.withDefaults(), MarkdownSheet.withDefaults())) {
      assertThatThrownBy(() -> renderer.render((SessionPlan) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("plan");
      assertThatThrownBy(() -> renderer.render(L5_S1, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("out");
    }
  }
}
