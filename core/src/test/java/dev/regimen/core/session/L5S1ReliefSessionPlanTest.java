package dev.regimen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Side;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The timed plan of the bundled L5-S1 routine. */
class L5S1ReliefSessionPlanTest {
  private static final SessionPlan PLAN = SessionPlan.of(Catalog.l5s1Relief());

  private static List<Cue> holds(int entry) {
    return PLAN.cuesOfEntry(entry).stream()
        .filter(c -> c.kind() == CueKind.HOLD)
        .collect(Collectors.toList());
  }

  private static List<Optional<Side>> sides(List<Cue> cues) {
    return cues.stream().map(c -> c.position().side()).collect(Collectors.toList());
  }

  @Test
  void theSessionOpensOnTheSeatedHamstringStretch() {
    assertThat(PLAN.cues().get(0).text())
        .isEqualTo(
            "Get ready: Seated Hamstring Stretch. Sitting up straight in a chair with your feet"
                + " planted flat on the floor.");
    assertThat(PLAN.protocolId()).isEqualTo("l5-s1-relief");
  }

  @Test
  void theHamstringStretchHoldsAbout30SecondsTwoToFourTimesOnTheRightThenTheLeft() {
    List<Cue> holds = holds(0);

    assertThat(holds).hasSize(8);
    assertThat(holds.get(0).text()).isEqualTo("Right side: hold about 30 seconds");
    assertThat(holds.get(0).duration()).isEqualTo(CueDuration.exact(30));
    assertThat(sides(holds).subList(0, 4)).containsOnly(Optional.of(Side.RIGHT));
    assertThat(sides(holds).subList(4, 8)).containsOnly(Optional.of(Side.LEFT));
    assertThat(holds).filteredOn(Cue::optional).hasSize(4);
  }

  @Test
  void theKneeToChestStretchAlternatesFromTheLeftPausingAFewBreaths() {
    List<Cue> holds = holds(1);

    assertThat(sides(holds))
        .containsExactly(
            Optional.of(Side.LEFT), Optional.of(Side.RIGHT),
            Optional.of(Side.LEFT), Optional.of(Side.RIGHT),
            Optional.of(Side.LEFT), Optional.of(Side.RIGHT));
    assertThat(holds.get(0).text()).isEqualTo("Left side: hold a few breaths (around five seconds)");
    assertThat(holds.get(0).hold().orElseThrow().breaths()).hasValue(3);
    assertThat(holds.get(0).duration()).isEqualTo(CueDuration.exact(5));
  }

  @Test
  void theHurdlerStretchHasNoTimedHoldAndSwitchesOnceFromTheLeft() {
    List<Cue> cues = PLAN.cuesOfEntry(2);

    assertThat(holds(2)).isEmpty();
    assertThat(cues.get(0).kind()).isEqualTo(CueKind.NEXT_EXERCISE);
    assertThat(cues.get(1).text()).isEqualTo("Left side: Place your left foot on a bench or couch.");
    assertThat(cues).filteredOn(c -> c.kind() == CueKind.SWITCH_SIDES).hasSize(1);
  }

  @Test
  void theRoutineTakes405To685SecondsWithTheDefaultAssumptions() {
    // Lead-in 10, two changes of exercise of 15.
    // Hamstring: 4 steps x 5 + 30 a repetition; 2..4 a side, rests of 5, one switch of 5.
    // Knee-to-chest: 4 steps x 5 + 5; 2..3 rounds, a switch in each, a rest between rounds.
    // Hurdler: 3 steps x 5 on each side, one switch.
    long hamstringMin = 4 * 50 + 2 * 5 + 5;
    long hamstringMax = 8 * 50 + 6 * 5 + 5;
    long kneeMin = 4 * 25 + 2 * 5 + 5;
    long kneeMax = 6 * 25 + 3 * 5 + 2 * 5;
    long hurdler = 2 * 15 + 5;

    assertThat(PLAN.minSeconds()).isEqualTo(10 + hamstringMin + 15 + kneeMin + 15 + hurdler);
    assertThat(PLAN.maxSeconds()).isEqualTo(10 + hamstringMax + 15 + kneeMax + 15 + hurdler);
    assertThat(PLAN.minDuration()).isEqualTo(Duration.ofSeconds(405));
    assertThat(PLAN.maxDuration()).isEqualTo(Duration.ofSeconds(685));
  }

  private static List<String> stepTexts(int entry, Side side) {
    return PLAN.cuesOfEntry(entry).stream()
        .filter(c -> c.kind() == CueKind.STEP && c.position().side().equals(Optional.of(side)))
        .map(Cue::text)
        .distinct()
        .collect(Collectors.toList());
  }

  @Test
  void stepsOnTheOtherSideAreMirrored() {
    assertThat(stepTexts(0, Side.RIGHT))
        .anySatisfy(t -> assertThat(t).startsWith("Right side: Come to the edge of the seat and extend your right leg"));
    assertThat(stepTexts(0, Side.LEFT))
        .anySatisfy(t -> assertThat(t).startsWith("Left side: Come to the edge of the seat and extend your left leg"))
        .noneSatisfy(t -> assertThat(t).contains("right"));
    assertThat(stepTexts(1, Side.RIGHT))
        .contains(
            "Right side: With your left foot planted, gently pull your right knee toward your chest"
                + " with both hands until you feel a stretch in your lower back.");
    assertThat(stepTexts(2, Side.RIGHT))
        .contains("Right side: Place your right foot on a bench or couch.");
    assertThat(stepTexts(2, Side.LEFT))
        .contains("Left side: Place your left foot on a bench or couch.");
  }
}
