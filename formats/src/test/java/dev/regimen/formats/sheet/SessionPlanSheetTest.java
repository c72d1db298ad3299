package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.lines;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
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

  private static final PlanOptions OPTIONS =
      PlanOptions.builder()
          .leadInSeconds(3)
          .secondsPerRepetition(6)
          .secondsPerStep(2)
          .secondsPerBreath(4)
          .assumedHoldSeconds(8)
          .secondsPerOpenSet(90)
          .secondsPerKilometre(600)
          .restBetweenRepetitionsSeconds(6)
          .restBetweenSetsSeconds(45)
          .restBetweenExercisesSeconds(1)
          .switchSidesSeconds(7)
          .firstSide(Side.RIGHT)
          .build();

  @Test
  void statesTheAssumptionsTheBundledRoutineRestsOnAndNoOthers() {
    List<String> lines = stripped(WIDE.render(SessionPlan.of(Catalog.l5s1Relief(), OPTIONS)));

    // Its holds have numbers, it has one set of each exercise and no distance: no word of
    // breaths, holds in words, minimums, sets, as many as you can or kilometres.
    assertThat(lines)
        .containsSequence(
            "It is an estimate. Where the routine gives no time of its own, it assumes:",
            "\u2022 Getting ready before the first exercise: 3 seconds",
            "\u2022 The movement of each repetition: 6 seconds, where the routine gives no tempo",
            "\u2022 Each other step: 2 seconds (a step lasts until you move on)",
            "\u2022 Rest between repetitions: 6 seconds, where the routine gives none and a"
                + " repetition holds a position",
            "\u2022 Rest between exercises: 1 second",
            "\u2022 Pause to switch sides: 7 seconds",
            "\u2022 Repetitions, where the routine gives no number: one (ask your clinician how"
                + " many to do)",
            "\u2022 Side to start on: right, where the routine names none",
            "",
            "How to read the script:");
  }

  @Test
  void statesEveryAssumptionWhereTheRoutineUsesThemAll() {
    Protocol p =
        protocol(
                Sheets.exercise("Breathe").build(),
                Dosage.builder()
                    .hold(Hold.ofBreaths(3))
                    .repetitions(Repetitions.exactly(2))
                    .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
                    .sets(Range.of(2))
                    .build())
            .addEntries(
                ProtocolEntry.of(
                    Sheets.exercise("Rest").id("rest").build(),
                    Dosage.builder()
                        .hold(Hold.described("as long as is comfortable"))
                        .repetitions(Repetitions.exactly(1))
                        .build()),
                ProtocolEntry.of(
                    Sheets.exercise("Plank").id("plank").build(),
                    Dosage.builder()
                        .hold(Hold.atLeastSeconds(10))
                        .repetitions(Repetitions.exactly(1))
                        .build()),
                ProtocolEntry.of(
                    Sheets.exercise("Walk").id("walk").build(),
                    Dosage.builder().distance(Distance.of(1, DistanceUnit.KILOMETRES)).build()))
            .build();
    List<String> lines = stripped(WIDE.render(SessionPlan.of(p, OPTIONS)));

    assertThat(lines)
        .containsSequence(
            "It is an estimate. Where the routine gives no time of its own, it assumes:",
            "\u2022 Getting ready before the first exercise: 3 seconds",
            "\u2022 The movement of each repetition: 6 seconds, where the routine gives no tempo",
            "\u2022 Each other step: 2 seconds (a step lasts until you move on)",
            "\u2022 Each breath of a hold given in breaths only: 4 seconds",
            "\u2022 A hold given only in words: 8 seconds",
            "\u2022 A set of as many as you can, without a time: 90 seconds",
            "\u2022 Each kilometre of a distance: 10 minutes",
            "\u2022 Rest between repetitions: 6 seconds, where the routine gives none and a"
                + " repetition holds a position",
            "\u2022 Rest between sets: 45 seconds, where the routine gives none",
            "\u2022 Rest between exercises: 1 second",
            "\u2022 Pause to switch sides: 7 seconds",
            "\u2022 A time given only as a minimum (\u201C10 or more seconds\u201D): the minimum",
            "\u2022 Repetitions, where the routine gives no number: one (ask your clinician how"
                + " many to do)",
            "\u2022 Side to start on: right, where the routine names none");
  }

  @Test
  void theBundledRoutineTakes4Minutes50To7Minutes54() {
    assertThat(stripped(WIDE.render(L5_S1)))
        .contains(
            "How long: A session takes about 5\u20138 minutes (4:50 to 7:54), from the fewest"
                + " repetitions and the shortest holds to the most and the longest.",
            "7:54  End of the session.");
  }

  @Test
  void theSetUpIsPlayedOnceAndRepetitionsAreNumberedAgainstTheirRangeThoseBeyondTheFewestOptional() {
    List<String> lines = stripped(WIDE.render(L5_S1));

    assertThat(lines)
        .containsSequence(
            "0:00  Get ready: Seated Hamstring Stretch. Sitting up straight in a chair with your"
                + " feet planted flat on the floor. \u2014 10 s",
            "0:10  Sit up straight in a chair with your feet planted flat on the floor. \u2014"
                + " open (5 s)",
            "",
            "Right side, repetition 1 of 2\u20134:",
            "0:15  Right side: Come to the edge of the seat and extend your right leg in front of"
                + " you with a gentle bend in your knee. Ensure your heel is on the floor and your"
                + " toes are pointing upward. \u2014 open (5 s)")
        .containsSequence(
            "Right side, repetition 2 of 2\u20134:",
            "0:54  Rest for 5 seconds. Next: right side, repetition 2 of 2 to 4. \u2014 5 s",
            "0:59  Right side: Gently lean forward and reach your fingers toward your toes,"
                + " keeping your chest up and back straight and bending at the hips. You should"
                + " feel a stretch in the back of your thigh. On the extended leg, keep your knee as"
                + " straight as possible. \u2014 open (2 s)")
        .contains(
            "Right side, repetition 3 of 2\u20134 (optional):",
            "Left side, repetition 3 of 2\u20133 (optional):",
            "0:24  Right side: hold about 30 seconds \u2014 30 s");
    assertThat(lines.stream().filter(l -> l.contains("Sit up straight in a chair"))).hasSize(1);
  }

  @Test
  void aSetPlayedOnceOnEachSideIsNamedBySideAlone() {
    // The standing hurdler stretch gives no number: one repetition on each side, not "1 of 1".
    List<String> lines = stripped(WIDE.render(L5_S1));

    assertThat(lines)
        .containsSequence(
            "Left side:",
            "7:26  Left side: Place your left foot on a bench or couch. \u2014 open (5 s)")
        .containsSequence(
            "Right side:",
            "7:35  Breathe and switch sides. \u2014 open (5 s)",
            "7:40  Switch sides. Next: right side. \u2014 5 s")
        .noneMatch(l -> l.contains("repetition 1 of 1"));
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
            "0:14  Hold for 10 to 30 seconds \u2014 10\u201330 s",
            "Set 2 of 2:",
            "0:44  Rest for 30 seconds. Next: set 2 of 2. \u2014 30 s",
            "How long: A session takes about 68\u2013108 seconds (1:08 to 1:48), from the fewest"
                + " repetitions and the shortest holds to the most and the longest.");
  }

  @Test
  void aTimedSetPlaysItsStepsOnceThenItsWorkCueInMinutes() {
    SessionPlan plan =
        SessionPlan.of(
            protocol(
                Sheets.exercise("Walk").steps(List.of(Step.of("Walk at a brisk pace."))).build(),
                Dosage.ofDuration(TimeRange.ofMinutes(30)))
                .build());

    assertThat(stripped(WIDE.render(plan)))
        .containsSequence(
            "0:00  Get ready: Walk. Standing tall. \u2014 10 s",
            "0:10  Walk at a brisk pace. \u2014 open (4 s)",
            "0:14  Keep going for 30 minutes. \u2014 30 min",
            "",
            "30:14  End of the session.")
        .noneMatch(l -> l.startsWith("Repetition"));
  }

  @Test
  void aDistanceIsAnOpenWorkCueCountedAtTheAssumedPace() {
    SessionPlan plan =
        SessionPlan.of(
            protocol(
                Sheets.exercise("Walk").steps(List.of(Step.of("Walk at a brisk pace."))).build(),
                Dosage.builder().distance(Distance.between(2, 3, DistanceUnit.KILOMETRES)).build())
                .build());

    assertThat(stripped(WIDE.render(plan)))
        .contains("0:14  Cover 2 to 3 kilometres. \u2014 open (24\u201336 min)");
  }

  @Test
  void theFinishingStepsComeUnderTheirOwnLabelAfterTheLastRepetition() {
    SessionPlan plan =
        SessionPlan.of(
            protocol(
                Sheets.exercise("Curl")
                    .steps(
                        List.of(
                            Step.of(StepPhase.SETUP, "Pick up the weights."),
                            Step.of("Curl the weights up and lower them."),
                            Step.of(StepPhase.FINISH, "Put the weights down.")))
                    .build(),
                Dosage.ofRepetitions(Repetitions.exactly(2)))
                .build());

    assertThat(stripped(WIDE.render(plan)))
        .containsSequence(
            "0:00  Get ready: Curl. Standing tall. \u2014 10 s",
            "0:10  Pick up the weights. \u2014 open (5 s)",
            "",
            "Repetition 1 of 2:",
            "0:15  Curl the weights up and lower them. \u2014 open (4 s)",
            "",
            "Repetition 2 of 2:",
            "0:19  Curl the weights up and lower them. \u2014 open (4 s)",
            "",
            "To finish:",
            "0:23  Put the weights down. \u2014 open (5 s)",
            "",
            "0:28  End of the session.");
  }

  @Test
  void theMarkdownScriptListsEachCueWithItsTime() {
    String md = MarkdownSheet.defaults().render(L5_S1);

    assertThat(md)
        .contains("### Exercise 1 of 3\n")
        .contains("**Right side, repetition 3 of 2\u20134 (optional):**\n")
        .contains("- **0:24** Right side: hold about 30 seconds \u2014 30 s\n")
        .contains("- **7:54** End of the session.\n");
  }

  @Test
  void rendersToAnyAppendable() throws Exception {
    for (SheetRenderer renderer : List.of(TextSheet.defaults(), MarkdownSheet.defaults())) {
      StringWriter out = new StringWriter();
      renderer.render(L5_S1, out);
      assertThat(out.toString()).isEqualTo(renderer.render(L5_S1));
    }
  }

  @Test
  void rejectsNulls() {
    for (SheetRenderer renderer : List.of(TextSheet.defaults(), MarkdownSheet.defaults())) {
      assertThatThrownBy(() -> renderer.render((SessionPlan) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("plan");
      assertThatThrownBy(() -> renderer.render(L5_S1, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("out");
    }
  }
}
