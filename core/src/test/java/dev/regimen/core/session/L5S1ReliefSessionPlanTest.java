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
  void theRoutineTakes290To474SecondsWithTheDefaultAssumptions() {
    // Lead-in 10, two changes of exercise of 15. Set-up steps 5 s; the movement of a repetition
    // 4 s, shared by its steps; a repetition that holds is followed by a rest of 5.
    // Hamstring: sit down once (5); on each side the leg out (5), then 2..4 repetitions of the
    // movement (4) and the hold of 30, rests of 5 between them; one switch of 5.
    // Knee-to-chest: lie down once (5); 2..3 rounds of left and right, each repetition 4 + a hold
    // of 5, a switch of 5 in each round and a rest of 5 between rounds.
    // Hurdler: no number given, so once a side: the foot up (5) and the bend (4) on each side, the
    // switching step (5) and the pause to switch (5) between them.
    long hamstringMin = 5 + 2 * (5 + 2 * 34 + 1 * 5) + 5;
    long hamstringMax = 5 + 2 * (5 + 4 * 34 + 3 * 5) + 5;
    long kneeMin = 5 + 4 * 9 + 2 * 5 + 1 * 5;
    long kneeMax = 5 + 6 * 9 + 3 * 5 + 2 * 5;
    long hurdler = 2 * (5 + 4) + 5 + 5;

    assertThat(PLAN.minSeconds()).isEqualTo(10 + hamstringMin + 15 + kneeMin + 15 + hurdler);
    assertThat(PLAN.maxSeconds()).isEqualTo(10 + hamstringMax + 15 + kneeMax + 15 + hurdler);
    assertThat(PLAN.minDuration()).isEqualTo(Duration.ofSeconds(290));
    assertThat(PLAN.maxDuration()).isEqualTo(Duration.ofSeconds(474));
  }

  @Test
  void settingUpIsSaidOnceAndEachSidesSetUpOncePerSide() {
    List<String> hamstring =
        PLAN.cuesOfEntry(0).stream().filter(c -> c.kind() == CueKind.STEP).map(Cue::text).collect(Collectors.toList());
    assertThat(hamstring)
        .filteredOn(t -> t.startsWith("Sit up straight in a chair"))
        .hasSize(1);
    assertThat(hamstring).filteredOn(t -> t.contains("Come to the edge of the seat")).hasSize(2);
    assertThat(hamstring).filteredOn(t -> t.contains("Gently lean forward")).hasSize(8);
    List<String> hurdler =
        PLAN.cuesOfEntry(2).stream().filter(c -> c.kind() == CueKind.STEP).map(Cue::text).collect(Collectors.toList());
    assertThat(hurdler)
        .containsExactly(
            "Left side: Place your left foot on a bench or couch.",
            "Left side: Keeping both legs straight and your hips square to the front, slowly bend"
                + " from your waist to feel a stretch in your left hamstring.",
            "Breathe and switch sides.",
            "Right side: Place your right foot on a bench or couch.",
            "Right side: Keeping both legs straight and your hips square to the front, slowly bend"
                + " from your waist to feel a stretch in your right hamstring.");
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
