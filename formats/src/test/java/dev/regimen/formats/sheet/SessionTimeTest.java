package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.SessionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a session takes, as the protocol sheet states it. */
class SessionTimeTest {
  private static String time(Protocol p) {
    return line(p, "A session takes", false);
  }

  @Test
  void theBundledRoutineTakesAbout5To8MinutesAndSaysWhatThatAssumes() {
    // Only what is repeated is replayed: the set-up steps once, a side's set-up once a side.
    Protocol p = Catalog.l5s1Relief();
    SessionPlan plan = SessionPlan.of(p);
    assertThat(plan.minSeconds()).isEqualTo(290);
    assertThat(plan.maxSeconds()).isEqualTo(474);

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 5\u20138 minutes, from the fewest repetitions to the most."
                + " This is an estimate: it counts 10 seconds to get ready, 4 seconds for the"
                + " movement of each repetition, 5 seconds for each other step, 5 seconds' rest"
                + " between repetitions, 5 seconds to switch sides, 15 seconds between exercises"
                + " and a single repetition where the routine gives no number.");
    assertThat(line(p, "A session takes", true)).startsWith("A session takes about 5-8 minutes,");
  }

  @Test
  void aShortSessionIsSaidInSecondsAndStatesOnlyTheAssumptionsItUses() {
    // Lead-in 10, one repetition's movement 4, a hold of 30: 44 seconds.
    Protocol p =
        protocol(
            Dosage.builder().hold(Hold.ofSeconds(30)).repetitions(Repetitions.exactly(1)).build());

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 44 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready and 4 seconds for the movement of each repetition.");
  }

  @Test
  void aDosageThatGivesNoAmountIsCountedAsOneRepetitionAndTheSentenceSaysSo() {
    Protocol p = protocol(Dosage.notSpecified());

    assertThat(SessionPlan.of(p).maxSeconds()).isEqualTo(14);
    assertThat(time(p))
        .isEqualTo(
            "A session takes about 14 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready, 4 seconds for the movement of each repetition and a single repetition"
                + " where the routine gives no number.");
  }

  @Test
  void breathsSetsAndRestsBetweenRepetitionsBringTheirAssumptions() {
    // A repetition: a movement of 4 and 3 breaths of 5; a set: 2 repetitions and a rest of 5;
    // 2 sets and a rest of 30 between them; a lead-in of 10: 126 seconds, about 2 minutes.
    Protocol p =
        protocol(
            Dosage.builder()
                .hold(Hold.ofBreaths(3))
                .repetitions(Repetitions.exactly(2))
                .sets(Range.of(2))
                .build());

    assertThat(SessionPlan.of(p).maxSeconds()).isEqualTo(126);
    assertThat(time(p))
        .isEqualTo(
            "A session takes about 2 minutes. This is an estimate: it counts 10 seconds to get"
                + " ready, 4 seconds for the movement of each repetition, 5 seconds for each"
                + " breath of a hold, 5 seconds' rest between repetitions and 30 seconds' rest"
                + " between sets.");
  }

  @Test
  void restsTheDosageGivesAreNotAssumptions() {
    Protocol p =
        protocol(
            Dosage.builder()
                .repetitions(Repetitions.between(2, 3))
                .restSeconds(Range.of(10))
                .sets(Range.of(2))
                .restBetweenSetsSeconds(Range.of(60))
                .build());

    assertThat(time(p))
        .startsWith("A session takes about 2 minutes. This is an estimate:")
        .endsWith(
            "it counts 10 seconds to get ready and 4 seconds for the movement of each"
                + " repetition.");
  }

  @Test
  void aTempoTimesTheMovementSoOnlyTheStepsDoneOnceAreAssumed() {
    // Lead-in 10, the set-up step 5, two repetitions of 3-1-1-0 (5 seconds each): 25 seconds.
    Protocol p =
        protocol(
                exercise("Squat")
                    .steps(
                        List.of(
                            Step.of(StepPhase.SETUP, "Stand with your feet apart."),
                            Step.of("Bend your knees and stand up again.")))
                    .build(),
                Dosage.builder()
                    .repetitions(Repetitions.exactly(2))
                    .tempo(Tempo.parse("3-1-1-0"))
                    .build())
            .build();

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 25 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready and 5 seconds for each step of getting ready, switching sides or"
                + " finishing.");
  }

  @Test
  void holdsInWordsOpenSetsDistancesAndMinimumsBringTheirAssumptions() {
    // 10 to get ready; a hold in words (4 + 5); as many as you can (4 + 60); 2 km (4 + 1440);
    // 10 minutes or more (4 + 600); 3 rests of 15 between exercises: 2176 seconds.
    Protocol p =
        protocol(exercise("Hold").id("hold").build(),
                Dosage.builder()
                    .hold(Hold.described("a few seconds"))
                    .repetitions(Repetitions.exactly(1))
                    .build())
            .addEntries(
                ProtocolEntry.of(
                    exercise("Push-ups").id("push-ups").build(),
                    Dosage.builder().asManyAsPossible(true).build()),
                ProtocolEntry.of(
                    exercise("Walk").id("walk").build(),
                    Dosage.builder().distance(Distance.of(2, DistanceUnit.KILOMETRES)).build()),
                ProtocolEntry.of(
                    exercise("Cycle").id("cycle").build(),
                    Dosage.ofDuration(TimeRange.builder().seconds(600).orMore(true).build())))
            .build();

    assertThat(SessionPlan.of(p).maxSeconds()).isEqualTo(2176);
    assertThat(time(p))
        .isEqualTo(
            "A session takes about 36 minutes. This is an estimate: it counts 10 seconds to get"
                + " ready, 4 seconds for the movement of each repetition, 5 seconds for a hold"
                + " given only in words, 1 minute for a set of as many as you can, 12 minutes for"
                + " each kilometre, the minimum where only a minimum time is given and 15 seconds"
                + " between exercises.");
  }

  @Test
  void twoExercisesCountTheRestBetweenThem() {
    Dosage once = Dosage.ofRepetitions(Repetitions.exactly(1));
    Protocol p =
        protocol(exercise("One").build(), once)
            .addEntries(ProtocolEntry.of(exercise("Two").id("two").build(), once))
            .build();

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 33 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready, 4 seconds for the movement of each repetition and 15 seconds between"
                + " exercises.");
  }

  @Test
  void aProtocolTooLongToPlanStatesNoTimeAndStillRenders() {
    // 100 sets of 1000 repetitions on each side: far more cues than a plan may have.
    Protocol p =
        protocol(
            Dosage.builder()
                .repetitions(Repetitions.exactly(Repetitions.MAX))
                .sideOrder(SideOrder.ALTERNATING)
                .sets(Range.of(Dosage.MAX_SETS))
                .build());

    assertThat(SessionTime.length(p)).isEmpty();
    assertThat(TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build()).render(p))
        .doesNotContain("A session takes")
        .contains("Do 1000 times on each side, switching sides each time. Do 100 sets.");
  }

  @Test
  void clockReadingsHaveMinutesAndSecondsAndHoursWhenNeeded() {
    assertThat(SessionTime.clock(0)).isEqualTo("0:00");
    assertThat(SessionTime.clock(65)).isEqualTo("1:05");
    assertThat(SessionTime.clock(600)).isEqualTo("10:00");
    assertThat(SessionTime.clock(3723)).isEqualTo("1:02:03");
    assertThat(SessionTime.clock(36000)).isEqualTo("10:00:00");
    assertThat(SessionTime.clock(9)).isEqualTo("0:09");
    assertThat(SessionTime.clock(10)).isEqualTo("0:10");
    assertThat(SessionTime.clock(3600 + 9 * 60)).isEqualTo("1:09:00");
    assertThat(SessionTime.clock(3600 + 10 * 60)).isEqualTo("1:10:00");
  }
}
