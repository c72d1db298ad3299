package dev.regimen.core.session;

import static dev.regimen.core.testing.LowBackFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.testing.LowBackFixture;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SessionPlanTest {
  private final Protocol protocol = LowBackFixture.protocol();
  private final SessionPlan plan = SessionPlan.of(protocol);

  private static List<Cue> of(List<Cue> cues, CueKind kind) {
    return cues.stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
  }

  private static List<Optional<Side>> sides(List<Cue> cues) {
    return cues.stream().map(c -> c.position().side()).collect(Collectors.toList());
  }

  private static List<Integer> repetitions(List<Cue> cues) {
    return cues.stream().map(c -> c.position().repetition().getAsInt()).collect(Collectors.toList());
  }

  private static List<Boolean> optional(List<Cue> cues) {
    return cues.stream().map(Cue::optional).collect(Collectors.toList());
  }

  private static Protocol only(ProtocolEntry entry) {
    return protocolWith(List.of(entry));
  }

  private static ProtocolEntry hamstringWith(Dosage dosage) {
    return ProtocolEntry.of(HAMSTRING_ENTRY.exercise(), dosage);
  }

  @Test
  void theLeadInNamesTheFirstExerciseAndItsStartingPosition() {
    Cue leadIn = plan.cues().get(0);

    assertThat(leadIn.kind()).isEqualTo(CueKind.LEAD_IN);
    assertThat(leadIn.text())
        .isEqualTo("Get ready: Seated Hamstring Stretch. Sitting on the edge of a chair.");
    assertThat(leadIn.duration()).isEqualTo(CueDuration.exact(PlanOptions.DEFAULT_LEAD_IN_SECONDS));
    assertThat(leadIn.position().entryIndex()).isZero();
    assertThat(leadIn.position().exerciseId()).isEqualTo(HAMSTRING);
    assertThat(leadIn.position().side()).isEmpty();
    assertThat(leadIn.position().repetition()).isEmpty();
    assertThat(plan.cues(CueKind.LEAD_IN)).hasSize(1);
  }

  @Test
  void eachLaterExerciseIsAnnouncedAfterTheRestBetweenExercises() {
    List<Cue> next = plan.cues(CueKind.NEXT_EXERCISE);

    assertThat(next).extracting(c -> c.position().entryIndex()).containsExactly(1, 2, 3);
    assertThat(next.get(0).text())
        .isEqualTo(
            "Rest for 15 seconds. Next: Knee-to-Chest Stretch. Lying on your back, knees bent.");
    assertThat(next).allMatch(c -> c.duration().equals(CueDuration.exact(15)));
    assertThat(plan.cuesOfEntry(1).get(0)).isEqualTo(next.get(0));
  }

  @Test
  void oneSideThenOtherPlaysEveryRepetitionOnTheFirstSideThenEveryOneOnTheOther() {
    List<Cue> cues = plan.cuesOfEntry(0);
    List<Cue> holds = of(cues, CueKind.HOLD);

    Optional<Side> right = Optional.of(Side.RIGHT);
    Optional<Side> left = Optional.of(Side.LEFT);
    assertThat(sides(holds)).containsExactly(right, right, right, right, left, left, left, left);
    assertThat(repetitions(holds)).containsExactly(1, 2, 3, 4, 1, 2, 3, 4);
    assertThat(optional(holds)).containsExactly(false, false, true, true, false, false, true, true);
    List<Cue> switches = of(cues, CueKind.SWITCH_SIDES);
    assertThat(switches).hasSize(1);
    assertThat(switches.get(0).text()).isEqualTo("Switch sides. Next: left side, repetition 1 of 2 to 4.");
    assertThat(switches.get(0).optional()).isFalse();
    int at = cues.indexOf(switches.get(0));
    assertThat(cues.get(at - 1)).isEqualTo(holds.get(3));
    assertThat(cues.get(at + 1).text()).isEqualTo("Left side: Extend one leg.");
  }

  @Test
  void theDosageHoldWinsOverTheStepsOwnAndFollowsThatStep() {
    List<Cue> cues = plan.cuesOfEntry(0);

    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).kind() == CueKind.HOLD) {
        assertThat(cues.get(i - 1).kind()).isEqualTo(CueKind.STEP);
        assertThat(cues.get(i - 1).text()).endsWith("Hold, then return.");
        assertThat(cues.get(i).hold()).contains(ABOUT_30);
        assertThat(cues.get(i).duration()).isEqualTo(CueDuration.exact(30));
      }
    }
    assertThat(of(cues, CueKind.HOLD).get(0).text()).isEqualTo("Right side: hold about 30 seconds");
    assertThat(of(cues, CueKind.STEP).get(0).text()).isEqualTo("Right side: Extend one leg.");
  }

  @Test
  void aStepsOwnHoldPlaysWhenTheDosageHasNoneWithItsBreaths() {
    List<Cue> holds = of(plan.cuesOfEntry(1), CueKind.HOLD);

    assertThat(holds).allMatch(h -> h.hold().equals(Optional.of(FEW_BREATHS)));
    assertThat(holds.get(0).hold().orElseThrow().breaths()).hasValue(3);
    assertThat(holds.get(0).text()).isEqualTo("Left side: hold a few breaths");
    assertThat(holds.get(0).duration()).isEqualTo(CueDuration.exact(5));
  }

  @Test
  void alternatingPlaysRepetitionKOnEachSideSwitchingWithinAndRestingBetween() {
    List<Cue> cues = plan.cuesOfEntry(1);
    List<Cue> holds = of(cues, CueKind.HOLD);

    Optional<Side> left = Optional.of(Side.LEFT);
    Optional<Side> right = Optional.of(Side.RIGHT);
    assertThat(sides(holds)).containsExactly(left, right, left, right, left, right);
    assertThat(repetitions(holds)).containsExactly(1, 1, 2, 2, 3, 3);
    assertThat(optional(holds)).containsExactly(false, false, false, false, true, true);
    List<Cue> switches = of(cues, CueKind.SWITCH_SIDES);
    assertThat(sides(switches)).containsExactly(right, right, right);
    assertThat(optional(switches)).containsExactly(false, false, true);
    List<Cue> rests = of(cues, CueKind.REST);
    assertThat(rests).extracting(Cue::text)
        .containsExactly(
            "Rest for 5 seconds. Next: left side, repetition 2 of 2 to 3.",
            "Rest for 5 seconds. Next: left side, repetition 3 of 2 to 3.");
    assertThat(optional(rests)).containsExactly(false, true);
  }

  @Test
  void aDosageHoldWithNoStepHoldFollowsTheLastStep() {
    List<Cue> cues = plan.cuesOfEntry(2);

    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).kind() == CueKind.HOLD) {
        assertThat(cues.get(i - 1).text()).isEqualTo("Tighten your belly.");
        assertThat(cues.get(i).text()).isEqualTo("Hold for 5 seconds");
      }
    }
    assertThat(of(cues, CueKind.HOLD)).hasSize(20);
  }

  @Test
  void setsRepeatTheRepetitionsWithTheDosagesRestsBetweenRepetitionsAndSets() {
    List<Cue> cues = plan.cuesOfEntry(2);
    List<Cue> holds = of(cues, CueKind.HOLD);
    List<Cue> rests = of(cues, CueKind.REST);

    assertThat(holds).extracting(c -> c.position().set().getAsInt())
        .containsOnly(1, 2)
        .filteredOn(s -> s == 2)
        .hasSize(10);
    assertThat(holds).allMatch(c -> c.position().side().isEmpty() && c.position().sets() == 2);
    assertThat(rests).filteredOn(r -> r.duration().equals(CueDuration.exact(3))).hasSize(18);
    List<Cue> setRests = rests.stream().filter(r -> r.duration().maxSeconds() == 20).collect(Collectors.toList());
    assertThat(setRests).hasSize(1);
    assertThat(setRests.get(0).text()).isEqualTo("Rest for 20 seconds. Next: set 2 of 2.");
    assertThat(setRests.get(0).position().set()).hasValue(2);
  }

  @Test
  void aHoldInBreathsOnlyIsOpenAndCountedByTheSecondsPerBreath() {
    Cue hold = of(plan.cuesOfEntry(3), CueKind.HOLD).get(0);

    assertThat(hold.text()).isEqualTo("Hold for 6 breaths");
    assertThat(hold.duration()).isEqualTo(CueDuration.open(6 * PlanOptions.DEFAULT_SECONDS_PER_BREATH));
    SessionPlan slower = SessionPlan.of(protocol, PlanOptions.builder().secondsPerBreath(8).build());
    assertThat(of(slower.cuesOfEntry(3), CueKind.HOLD).get(0).duration()).isEqualTo(CueDuration.open(48));
  }

  @Test
  void aRepetitionsStepsShareTheSecondsPerRepetitionTheLastTakingTheRemainder() {
    // every step of the fixture is of the default phase, done each repetition; 4 s a repetition
    List<Cue> hamstring = of(plan.cuesOfEntry(0), CueKind.STEP);
    assertThat(hamstring.subList(0, 3))
        .extracting(Cue::duration)
        .containsExactly(CueDuration.open(1), CueDuration.open(1), CueDuration.open(2));
    List<Cue> tilt = of(plan.cuesOfEntry(2), CueKind.STEP);
    assertThat(tilt.subList(0, 2)).extracting(Cue::duration).containsOnly(CueDuration.open(2));
    assertThat(plan.hasOpenCues()).isTrue();
  }

  @Test
  void theTotalRunsFromFewestRepetitionsToMostWithTheDefaultAssumptions() {
    // Lead-in 10; between exercises 3 x 15. Every step is done each repetition, whose movement
    // takes 4 s; every repetition holds, so the default rest of 5 s comes between them.
    // Hamstring, 4 + hold 30 = 34 a repetition; 2..4 a side; rests of 5; one switch of 5:
    //   min 4 x 34 + 2 x 5 + 5 = 151, max 8 x 34 + 6 x 5 + 5 = 307.
    // Knee-to-chest, 4 + 5 = 9; 2..3 rounds; a switch in each round, a rest between rounds:
    //   min 4 x 9 + 2 x 5 + 1 x 5 = 51, max 6 x 9 + 3 x 5 + 2 x 5 = 79.
    // Pelvic tilt, 4 + 5 = 9; 10 x 2 sets, its own rests of 3, one set rest of 20:
    //   2 x (10 x 9 + 9 x 3) + 20 = 254.
    // Breathing, no number given so once: 4 + 6 breaths x 5 = 34.
    assertThat(plan.minSeconds()).isEqualTo(10 + 151 + 15 + 51 + 15 + 254 + 15 + 34);
    assertThat(plan.maxSeconds()).isEqualTo(10 + 307 + 15 + 79 + 15 + 254 + 15 + 34);
    assertThat(plan.minDuration()).isEqualTo(Duration.ofSeconds(545));
    assertThat(plan.maxDuration()).isEqualTo(Duration.ofSeconds(729));
  }

  @Test
  void everyAssumptionIsAnOptionThatMovesTheTotal() {
    PlanOptions quick =
        PlanOptions.builder()
            .leadInSeconds(0)
            .secondsPerStep(0)
            .secondsPerRepetition(0)
            .assumedHoldSeconds(0)
            .secondsPerOpenSet(0)
            .secondsPerKilometre(0)
            .secondsPerBreath(0)
            .restBetweenRepetitionsSeconds(0)
            .restBetweenSetsSeconds(0)
            .restBetweenExercisesSeconds(0)
            .switchSidesSeconds(0)
            .build();
    SessionPlan timed = SessionPlan.of(protocol, quick);

    // Only what the protocol times itself is left: holds in seconds and the tilt's own rests.
    // Hamstring 4..8 x 30, knee-to-chest 4..6 x 5, pelvic tilt 20 x 5 + 18 x 3 + 20.
    assertThat(timed.minSeconds()).isEqualTo(4 * 30 + 4 * 5 + 174);
    assertThat(timed.maxSeconds()).isEqualTo(8 * 30 + 6 * 5 + 174);
    assertThat(timed.options()).isEqualTo(quick);
  }

  @Test
  void restsOfZeroSecondsAreLeftOutButSwitchesAndAnnouncementsStay() {
    PlanOptions noRests = PlanOptions.builder().restBetweenRepetitionsSeconds(0).restBetweenExercisesSeconds(0).build();
    SessionPlan p = SessionPlan.of(protocol, noRests);

    assertThat(of(p.cuesOfEntry(0), CueKind.REST)).isEmpty();
    assertThat(of(p.cuesOfEntry(1), CueKind.REST)).isEmpty();
    assertThat(of(p.cuesOfEntry(2), CueKind.REST)).hasSize(19);
    assertThat(p.cues(CueKind.SWITCH_SIDES)).hasSize(1 + 3);
    assertThat(p.cues(CueKind.NEXT_EXERCISE)).hasSize(3);
    assertThat(p.cues(CueKind.NEXT_EXERCISE).get(0).text())
        .isEqualTo("Next: Knee-to-Chest Stretch. Lying on your back, knees bent.");
  }

  @Test
  void theOptionsFirstSideAppliesOnlyWhenTheDosageNamesNone() {
    Dosage noFirstSide =
        Dosage.builder()
            .from(HAMSTRING_ENTRY.dosage())
            .firstSide(Optional.empty())
            .build();
    PlanOptions rightFirst = PlanOptions.builder().firstSide(Side.RIGHT).build();

    SessionPlan byDefault = SessionPlan.of(only(hamstringWith(noFirstSide)));
    SessionPlan byOption = SessionPlan.of(only(hamstringWith(noFirstSide)), rightFirst);
    SessionPlan byDosage =
        SessionPlan.of(only(HAMSTRING_ENTRY), PlanOptions.builder().firstSide(Side.LEFT).build());

    assertThat(byDefault.cues(CueKind.HOLD).get(0).position().side()).contains(Side.LEFT);
    assertThat(byOption.cues(CueKind.HOLD).get(0).position().side()).contains(Side.RIGHT);
    assertThat(byDosage.cues(CueKind.HOLD).get(0).position().side()).contains(Side.RIGHT);
  }

  @Test
  void aTotalCountWorkedOneSideThenTheOtherGivesTheFirstSideTheLargerHalf() {
    Dosage total =
        Dosage.builder()
            .hold(Hold.ofSeconds(10))
            .repetitions(Repetitions.between(2, 3).withBasis(RepetitionBasis.TOTAL))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .firstSide(Side.LEFT)
            .build();
    List<Cue> holds = SessionPlan.of(only(hamstringWith(total))).cues(CueKind.HOLD);

    assertThat(sides(holds))
        .containsExactly(Optional.of(Side.LEFT), Optional.of(Side.LEFT), Optional.of(Side.RIGHT));
    assertThat(optional(holds)).containsExactly(false, true, false);
    assertThat(holds.get(0).position().repetitionsMin()).hasValue(1);
    assertThat(holds.get(0).position().repetitionsMax()).hasValue(2);
    assertThat(holds.get(2).position().repetitionsMax()).hasValue(1);
  }

  @Test
  void aTotalCountAlternatingChangesSideAtEveryRepetitionNumberedAcrossBoth() {
    Dosage total =
        Dosage.builder()
            .repetitions(Repetitions.exactly(3).withBasis(RepetitionBasis.TOTAL))
            .sideOrder(SideOrder.ALTERNATING)
            .firstSide(Side.RIGHT)
            .build();
    SessionPlan p = SessionPlan.of(only(hamstringWith(total)));
    List<Cue> holds = p.cues(CueKind.HOLD);

    assertThat(sides(holds))
        .containsExactly(Optional.of(Side.RIGHT), Optional.of(Side.LEFT), Optional.of(Side.RIGHT));
    assertThat(repetitions(holds)).containsExactly(1, 2, 3);
    assertThat(p.cues(CueKind.SWITCH_SIDES)).hasSize(1);
    assertThat(p.cues(CueKind.REST)).hasSize(1);
  }

  @Test
  void aRangedHoldLastsItsRange() {
    Dosage ranged = Dosage.builder().hold(Hold.ofSecondsBetween(10, 30)).build();
    Cue hold = SessionPlan.of(only(hamstringWith(ranged))).cues(CueKind.HOLD).get(0);

    assertThat(hold.duration()).isEqualTo(CueDuration.between(10, 30));
    assertThat(hold.duration().isRange()).isTrue();
    assertThat(hold.text()).isEqualTo("Hold for 10 to 30 seconds");
  }

  @Test
  void anOptionalCueCountsZeroTowardsTheShortestTotal() {
    Cue optionalHold =
        Cue.builder()
            .kind(CueKind.HOLD)
            .text("Hold")
            .duration(CueDuration.between(10, 30))
            .hold(Hold.ofSecondsBetween(10, 30))
            .position(CuePosition.builder().entryIndex(0).exerciseId("x").sets(1).build())
            .optional(true)
            .build();

    assertThat(optionalHold.minSeconds()).isZero();
    assertThat(optionalHold.maxSeconds()).isEqualTo(30);
  }

  @Test
  void rejectsADurationWhoseMinimumExceedsItsMaximum() {
    assertThatThrownBy(() -> CueDuration.between(5, 3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("duration: minSeconds 5 is greater than maxSeconds 3");
    assertThatThrownBy(() -> CueDuration.exact(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("minSeconds: must not be negative, was -1");
  }

  @Test
  void rejectsNegativeOptionsNamingEach() {
    assertThatThrownBy(() -> PlanOptions.builder().secondsPerStep(-2).switchSidesSeconds(-1).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "2 problems: secondsPerStep: must not be negative, was -2; switchSidesSeconds: must not"
                + " be negative, was -1");
  }

  @Test
  void rejectsAHoldOnACueThatIsNotAHoldAndAPositionOutsideItsCounts() {
    CuePosition at = CuePosition.builder().entryIndex(0).exerciseId("x").sets(1).build();
    assertThatThrownBy(
            () ->
                Cue.builder()
                    .kind(CueKind.STEP)
                    .text("Sit.")
                    .duration(CueDuration.open(5))
                    .position(at)
                    .hold(Hold.ofSeconds(5))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("hold: is only allowed on a hold cue, this is STEP");
    assertThatThrownBy(
            () ->
                CuePosition.builder()
                    .from(at)
                    .set(2)
                    .repetition(5)
                    .repetitionsMin(2)
                    .repetitionsMax(4)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("2 problems: set: must be from 1 to 1, was 2; repetition: must be from 1 to 4, was 5");
  }

  @Test
  void rejectsAPlanThatDoesNotStartWithItsLeadIn() {
    assertThatThrownBy(
            () -> SessionPlan.builder().from(plan).cues(plan.cues().subList(1, 3)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("cues[0].kind: must be LEAD_IN, was STEP");
  }

  @Test
  void mirroringSwapsExactlyWhatTheWholeWordPatternMatchesWhateverSurroundsTheWords() {
    // the shortcut that skips the matcher for steps naming no side must never skip a side word:
    // the mirror of any text is the pattern's replacement, around letters, digits, underscores,
    // accented and combining characters, punctuation and spaces
    Pattern sideWord = Pattern.compile("\\b(?:left|right|Left|Right|LEFT|RIGHT)\\b");
    List<String> pieces =
        List.of("left", "right", "Left", "Right", "LEFT", "RIGHT", "lef", "igh", "up", "b", "_", "1",
            "\u00e9", "\u0301", "\u00df", " ", ",", "-", "'", "\u00a0", "\n");
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(
            picked -> {
              String text = picked.stream().map(pieces::get).collect(Collectors.joining());
              String expected =
                  sideWord.matcher(text).replaceAll(m -> {
                    String w = m.group();
                    String o = w.equalsIgnoreCase("left") ? "right" : "left";
                    String cased = w.equals(w.toUpperCase(Locale.ROOT)) ? o.toUpperCase(Locale.ROOT)
                        : Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(o.charAt(0)) + o.substring(1) : o;
                    return Matcher.quoteReplacement(cased);
                  });
              assertThat(Expansion.mirror(text)).as("mirror of '%s'", text).isEqualTo(expected);
            });
  }

  @Test
  void mirroringSwapsLeftAndRightWholeWordsInTheSameCase() {
    assertThat(Expansion.mirror("Lift your Left arm, then your right; LEFT first, bright light."))
        .isEqualTo("Lift your Right arm, then your left; RIGHT first, bright light.");
    assertThat(Expansion.mirror("left, right, Left, Right, LEFT, RIGHT; leftover, Wright, upright."))
        .isEqualTo("right, left, Right, Left, RIGHT, LEFT; leftover, Wright, upright.");
    assertThat(Expansion.mirror("No sides here.")).isEqualTo("No sides here.");
  }

  @Test
  void theStepsOfTheOtherSideNameTheOtherLegAndTheFirstSideKeepsTheWordsAsWritten() {
    Exercise written =
        Exercise.builder()
            .from(HAMSTRING_ENTRY.exercise())
            .steps(
                List.of(
                    Step.of("Extend your right leg."),
                    Step.holding("Reach for your Right foot with your left hand.", Hold.ofSeconds(20))))
            .build();
    Dosage once =
        Dosage.builder().sideOrder(SideOrder.ONE_SIDE_THEN_OTHER).firstSide(Side.RIGHT).build();
    List<Cue> steps = SessionPlan.of(only(ProtocolEntry.of(written, once))).cues(CueKind.STEP);

    assertThat(steps).extracting(Cue::text)
        .containsExactly(
            "Right side: Extend your right leg.",
            "Right side: Reach for your Right foot with your left hand.",
            "Left side: Extend your left leg.",
            "Left side: Reach for your Left foot with your right hand.");
    assertThat(SessionPlan.of(only(ProtocolEntry.of(written, Dosage.builder().build()))).cues(CueKind.STEP))
        .extracting(Cue::text)
        .containsExactly("Extend your right leg.", "Reach for your Right foot with your left hand.");
  }
}
