package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.SessionPlan;
import org.junit.jupiter.api.Test;

/** How long a session takes, as the protocol sheet states it. */
class SessionTimeTest {
  private static String time(Protocol p) {
    return line(p, "A session takes", false);
  }

  @Test
  void theBundledRoutineTakesAbout7To11MinutesAndSaysWhatThatAssumes() {
    Protocol p = Catalog.l5s1Relief();
    SessionPlan plan = SessionPlan.of(p);
    assertThat(plan.minSeconds()).isEqualTo(405);
    assertThat(plan.maxSeconds()).isEqualTo(685);

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 7\u201311 minutes, from the fewest repetitions to the most."
                + " This is an estimate: it counts 10 seconds to get ready, 5 seconds for each"
                + " step, 5 seconds' rest between repetitions, 5 seconds to switch sides and 15"
                + " seconds between exercises.");
    assertThat(line(p, "A session takes", true)).startsWith("A session takes about 7-11 minutes,");
  }

  @Test
  void aShortSessionIsSaidInSecondsAndStatesOnlyTheAssumptionsItUses() {
    // Lead-in 10, one step 5, a hold of 30: 45 seconds, whatever the repetitions.
    Protocol p = protocol(Dosage.builder().hold(Hold.ofSeconds(30)).build());

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 45 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready and 5 seconds for each step.");
  }

  @Test
  void breathsSetsAndRestsBetweenRepetitionsBringTheirAssumptions() {
    // A repetition: a step of 5 and 3 breaths of 5; a set: 2 repetitions and a rest of 5;
    // 2 sets and a rest of 30 between them; a lead-in of 10: 130 seconds, about 2 minutes.
    Protocol p =
        protocol(
            Dosage.builder()
                .hold(Hold.ofBreaths(3))
                .repetitions(Repetitions.exactly(2))
                .sets(Range.of(2))
                .build());

    assertThat(SessionPlan.of(p).maxSeconds()).isEqualTo(130);
    assertThat(time(p))
        .isEqualTo(
            "A session takes about 2 minutes. This is an estimate: it counts 10 seconds to get"
                + " ready, 5 seconds for each step, 5 seconds for each breath of a hold, 5"
                + " seconds' rest between repetitions and 30 seconds' rest between sets.");
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
        .endsWith("it counts 10 seconds to get ready and 5 seconds for each step.");
  }

  @Test
  void twoExercisesCountTheRestBetweenThem() {
    Protocol p =
        protocol(exercise("One").build(), Dosage.builder().build())
            .addEntries(
                ProtocolEntry.of(
                    exercise("Two").id("two").build(), Dosage.builder().build()))
            .build();

    assertThat(time(p))
        .isEqualTo(
            "A session takes about 35 seconds. This is an estimate: it counts 10 seconds to get"
                + " ready, 5 seconds for each step and 15 seconds between exercises.");
  }

  @Test
  void aProtocolTooLongToPlanStatesNoTimeAndStillRenders() {
    Protocol p = protocol(Dosage.builder().repetitions(Repetitions.exactly(1_000_000)).build());

    assertThat(SessionTime.plan(p)).isEmpty();
    assertThat(TextSheet.withDefaults().render(p))
        .doesNotContain("A session takes")
        .contains("Do it 1000000 times.");
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
