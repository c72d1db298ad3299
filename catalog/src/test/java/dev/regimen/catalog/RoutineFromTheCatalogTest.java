package dev.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.TextSheet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routines built from the catalog through the public API, and what their session plans estimate:
 * the two cases of issue 13, measured again (it measured 4 h 54 to 7 h 11 for the strength
 * routine, and 6 minutes for 14 cardio activities of 30 minutes each, with the old model).
 */
class RoutineFromTheCatalogTest {
  private final ExerciseCatalog catalog = ExerciseCatalog.freeExerciseDb();

  private static final Dosage STRENGTH =
      Dosage.builder().repetitions(Repetitions.between(8, 12)).sets(Range.of(3)).build();

  private static Protocol routine(String id, List<Exercise> exercises, Dosage dosage) {
    Protocol.Builder b = Protocol.builder().id(id).name("Routine " + id).summary("Built from free-exercise-db.");
    for (Exercise e : exercises) {
      b.addEntries(ProtocolEntry.of(e, dosage));
    }
    return b.build();
  }

  @Test
  void twentyStrengthExercisesAtThreeSetsOfEightToTwelveTakeTensOfMinutes() {
    List<Exercise> strength = catalog.find(ExerciseQuery.builder().kind(ExerciseKind.STRENGTHENING).build());
    assertThat(strength).hasSize(577);
    Protocol routine = routine("strength", strength.subList(0, 20), STRENGTH);
    SessionPlan plan = SessionPlan.of(routine);
    System.out.println("strength routine (the first 20 strength exercises, 3 x 8-12): "
        + minutes(plan.minDuration()) + " to " + minutes(plan.maxDuration()));
    assertThat(plan.minDuration()).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(99));
    assertThat(plan.maxDuration()).isBetween(plan.minDuration(), Duration.ofMinutes(99));
    // and so for every routine of 20 consecutive strength exercises of the catalog
    Duration least = null;
    Duration most = Duration.ZERO;
    for (int from = 0; from + 20 <= strength.size(); from += 20) {
      SessionPlan p = SessionPlan.of(routine("strength-" + from, strength.subList(from, from + 20), STRENGTH));
      assertThat(p.minDuration()).as("from " + from).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
      assertThat(p.maxDuration()).as("from " + from).isLessThan(Duration.ofMinutes(100));
      least = least == null || p.minDuration().compareTo(least) < 0 ? p.minDuration() : least;
      most = p.maxDuration().compareTo(most) > 0 ? p.maxDuration() : most;
    }
    System.out.println("every routine of 20 consecutive strength exercises: from " + minutes(least) + " to "
        + minutes(most));
  }

  @Test
  void fourteenCardioActivitiesOfThirtyMinutesTakeSevenHours() {
    List<Exercise> cardio = catalog.find(ExerciseQuery.builder().kind(ExerciseKind.AEROBIC).build());
    assertThat(cardio).hasSize(14);
    SessionPlan plan = SessionPlan.of(routine("cardio", cardio, Dosage.ofDuration(TimeRange.ofMinutes(30))));
    System.out.println("cardio routine (14 activities, 30 minutes each): "
        + minutes(plan.minDuration()) + " to " + minutes(plan.maxDuration()));
    Duration work = Duration.ofMinutes(14 * 30);
    assertThat(plan.minDuration()).isGreaterThanOrEqualTo(work);
    assertThat(plan.maxDuration()).isLessThan(work.plusMinutes(20));
  }

  @Test
  void aRoutineFromTheCatalogIsAValidDocumentAndSheet() {
    List<Exercise> picked = catalog.find(ExerciseQuery.builder().kind(ExerciseKind.STRETCH).name("hamstring").build());
    Protocol routine = routine("hamstrings", picked, Dosage.notSpecified());
    RegimenJson json = RegimenJson.create();
    assertThat(json.readProtocol(json.writeProtocol(routine))).isEqualTo(routine);
    String sheet = TextSheet.withDefaults().render(routine);
    for (Exercise e : picked) {
      assertThat(sheet).contains(e.name());
    }
  }

  private static String minutes(Duration d) {
    return d.toMinutes() + " min " + d.toSecondsPart() + " s";
  }
}
