package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shape of a dosage in the words of the text sheet, line by line: how much a set holds (a
 * duration, a distance, as many as you can, or nothing the source says), ranges of sets and rests,
 * holds with a lower bound, in breaths or in words only, load, effort and tempo.
 */
class DosageInWordsTest {
  private static final Repetitions TEN = Repetitions.exactly(10);

  private static String howMuch(Dosage.Builder d) {
    return line(protocol(d.build()), "How much:", false);
  }

  private static String howMuch(Dosage d) {
    return line(protocol(d), "How much:", false);
  }

  // ------------------------------------------------------------------------ not specified

  @Test
  void aDosageThatGivesNoAmountSaysSoAndSendsThePersonToTheirClinician() {
    Exercise row = Sheets.exercise("Row").kind(ExerciseKind.STRENGTHENING).build();
    assertThat(line(Sheets.protocol(row, Dosage.notSpecified()).build(), "How much:", false))
        .isEqualTo(
            "How much: The source gives no number of repetitions: ask your clinician how many to"
                + " do.");
    assertThat(TextSheet.defaults().render(protocol(Dosage.notSpecified())))
        .doesNotContain("Do it once");
  }

  @Test
  void aStretchWithNeitherAHoldNorAnAmountSaysTheSourceGivesNeither() {
    assertThat(howMuch(Dosage.notSpecified()))
        .isEqualTo(
            "How much: The source gives no hold time and no number of repetitions: ask your"
                + " clinician how long to hold the stretch and how many times to do it.");
    assertThat(howMuch(Dosage.builder().hold(Hold.ofSeconds(20))))
        .isEqualTo(
            "How much: Hold 20 seconds. The source gives no number of repetitions: ask your"
                + " clinician how many to do.");
  }

  @Test
  void aDosageThatGivesNoAmountStillSaysHowTheSidesGo() {
    assertThat(howMuch(Dosage.builder().sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)))
        .isEqualTo(
            "How much: The source gives no hold time and no number of repetitions: ask your"
                + " clinician how long to hold the stretch and how many times to do it. Do all the"
                + " repetitions on one side, then on the other.");
    assertThat(howMuch(Dosage.builder().sideOrder(SideOrder.ALTERNATING)))
        .isEqualTo(
            "How much: The source gives no hold time and no number of repetitions: ask your"
                + " clinician how long to hold the stretch and how many times to do it. Switch"
                + " sides each time.");
  }

  // ------------------------------------------------------------------------ the note

  private static String note(Dosage.Builder d) {
    return line(protocol(d.build()), "Note:", false);
  }

  @Test
  void theNoteDropsWhatHowMuchAlreadySays() {
    Repetitions perSide = Repetitions.between(2, 4).withBasis(RepetitionBasis.PER_SIDE);
    Dosage.Builder oneThenOther =
        Dosage.builder().repetitions(perSide).sideOrder(SideOrder.ONE_SIDE_THEN_OTHER);
    assertThat(
            TextSheet.defaults()
                .render(
                    protocol(
                        oneThenOther
                            .notes("Repeat this two to four times on one side, then repeat on the other.")
                            .build())))
        .doesNotContain("Note:");
    assertThat(
            TextSheet.defaults()
                .render(
                    protocol(
                        Dosage.builder()
                            .repetitions(Repetitions.between(2, 3))
                            .notes("Repeat each stretch two or three times. Keep your back flat.")
                            .build())))
        .contains("\nNote: Keep your back flat.\n")
        .doesNotContain("two or three");
    assertThat(
            TextSheet.defaults()
                .render(
                    protocol(
                        Dosage.notSpecified().toBuilder()
                            .notes("The article gives no hold time and no number of repetitions.")
                            .build())))
        .doesNotContain("Note:");
  }

  @Test
  void aNoteSentenceThatSaysMoreThanHowMuchStays() {
    Repetitions perSide = Repetitions.between(2, 4).withBasis(RepetitionBasis.PER_SIDE);
    // other numbers, another side order, more words: each stays as the source wrote it
    assertThat(note(Dosage.builder().repetitions(perSide).notes("Repeat this two to five times.")))
        .isEqualTo("Note: Repeat this two to five times.");
    assertThat(
            note(
                Dosage.builder()
                    .repetitions(perSide)
                    .sideOrder(SideOrder.ALTERNATING)
                    .notes("Repeat this two to four times on one side, then repeat on the other.")))
        .isEqualTo("Note: Repeat this two to four times on one side, then repeat on the other.");
    assertThat(
            note(
                Dosage.builder()
                    .repetitions(Repetitions.between(2, 3))
                    .notes("Repeat each stretch two or three times, slowly.")))
        .isEqualTo("Note: Repeat each stretch two or three times, slowly.");
    // a hold the sheet does not say is missing stays
    assertThat(
            note(
                Dosage.builder()
                    .repetitions(Repetitions.between(2, 3))
                    .notes("The article gives no hold time.")))
        .isEqualTo("Note: The article gives no hold time.");
  }

  @Test
  void theNoteDropsASentenceAStepSays() {
    Exercise e =
        Sheets.exercise("Hurdler")
            .steps(List.of(Step.of("Bend from your waist."), Step.of(StepPhase.SWITCH_SIDES, "Breathe and switch sides.")))
            .build();
    Protocol p =
        Sheets.protocol(
                e,
                Dosage.builder()
                    .repetitions(Repetitions.exactly(2).withBasis(RepetitionBasis.PER_SIDE))
                    .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
                    .notes("Breathe and switch sides. Breathe out as you bend.")
                    .build())
            .build();

    assertThat(line(p, "Note:", false)).isEqualTo("Note: Breathe out as you bend.");
  }

  // ------------------------------------------------------------------------ durations

  @Test
  void aDurationIsSaidInHoursMinutesOrSecondsWhicheverDividesBothEnds() {
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofMinutes(30))))
        .isEqualTo("How much: Keep going for 30 minutes.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofMinutes(1))))
        .isEqualTo("How much: Keep going for 1 minute.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofSeconds(90))))
        .isEqualTo("How much: Keep going for 90 seconds.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofSecondsBetween(20, 30))))
        .isEqualTo("How much: Keep going for 20\u201330 seconds.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofMinutesBetween(20, 30))))
        .isEqualTo("How much: Keep going for 20\u201330 minutes.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofMinutesBetween(60, 120))))
        .isEqualTo("How much: Keep going for 1\u20132 hours.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.ofMinutesBetween(30, 60))))
        .isEqualTo("How much: Keep going for 30\u201360 minutes.");
  }

  @Test
  void aDurationCanBeALowerBoundOrApproximate() {
    assertThat(howMuch(Dosage.ofDuration(TimeRange.builder().seconds(600).orMore(true).build())))
        .isEqualTo("How much: Keep going for 10 minutes or more.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.builder().seconds(60).orMore(true).build())))
        .isEqualTo("How much: Keep going for 1 minute or more.");
    assertThat(howMuch(Dosage.ofDuration(TimeRange.builder().seconds(3600).approximate(true).build())))
        .isEqualTo("How much: Keep going for about 1 hour.");
  }

  @Test
  void aDurationSaysHowTheSidesGo() {
    assertThat(
            howMuch(
                Dosage.builder()
                    .duration(TimeRange.ofSeconds(30))
                    .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)))
        .isEqualTo("How much: Keep going for 30 seconds on one side, then the other.");
    assertThat(
            howMuch(
                Dosage.builder().duration(TimeRange.ofMinutes(1)).sideOrder(SideOrder.ALTERNATING)))
        .isEqualTo("How much: Keep going for 1 minute, switching sides each time.");
  }

  // ------------------------------------------------------------------------ distances

  @Test
  void aDistanceIsCoveredInItsUnitSingularForOne() {
    assertThat(howMuch(Dosage.builder().distance(Distance.of(400, DistanceUnit.METRES))))
        .isEqualTo("How much: Cover 400 metres.");
    assertThat(howMuch(Dosage.builder().distance(Distance.between(2, 3, DistanceUnit.KILOMETRES))))
        .isEqualTo("How much: Cover 2\u20133 kilometres.");
    assertThat(howMuch(Dosage.builder().distance(Distance.of(1, DistanceUnit.MILES))))
        .isEqualTo("How much: Cover 1 mile.");
    assertThat(howMuch(Dosage.builder().distance(Distance.of(1, DistanceUnit.METRES))))
        .isEqualTo("How much: Cover 1 metre.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .distance(Distance.of(20, DistanceUnit.YARDS))
                    .sideOrder(SideOrder.ALTERNATING)))
        .isEqualTo("How much: Cover 20 yards, switching sides each time.");
  }

  // ------------------------------------------------------------------------ as many as you can

  @Test
  void asManyAsYouCanIsSaidWithOrWithoutATime() {
    assertThat(howMuch(Dosage.builder().asManyAsPossible(true)))
        .isEqualTo("How much: Do as many repetitions as you can.");
    assertThat(
            howMuch(Dosage.builder().asManyAsPossible(true).duration(TimeRange.ofSeconds(60))))
        .isEqualTo("How much: Do as many repetitions as you can in 1 minute.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .asManyAsPossible(true)
                    .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)))
        .isEqualTo("How much: Do as many repetitions as you can on one side, then the other.");
  }

  // ------------------------------------------------------------------------ sets and rests

  @Test
  void setsAndRestsCanBeRanges() {
    assertThat(
            howMuch(
                Dosage.builder()
                    .repetitions(Repetitions.between(8, 12))
                    .sets(Range.between(2, 3))
                    .restBetweenSetsSeconds(Range.between(60, 90))))
        .isEqualTo("How much: Do it 8\u201312 times. Do 2\u20133 sets, resting 60\u201390 seconds"
            + " between sets.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .repetitions(TEN)
                    .sets(Range.of(3))
                    .restBetweenSetsSeconds(Range.between(60, 120))))
        .isEqualTo("How much: Do it 10 times. Do 3 sets, resting 1\u20132 minutes between sets.");
    assertThat(howMuch(Dosage.builder().repetitions(TEN).restSeconds(Range.between(0, 10))))
        .isEqualTo("How much: Do it 10 times. Rest up to 10 seconds between repetitions.");
    assertThat(line(protocol(Dosage.builder().repetitions(TEN).sets(Range.between(2, 3)).build()),
            "How much:", true))
        .isEqualTo("How much: Do it 10 times. Do 2-3 sets.");
  }

  // ------------------------------------------------------------------------ holds

  @Test
  void aHoldCanBeALowerBoundOrARangeOfBreaths() {
    assertThat(howMuch(Dosage.builder().hold(Hold.atLeastSeconds(10)).repetitions(TEN)))
        .isEqualTo("How much: Hold 10 or more seconds. Do it 10 times.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .hold(Hold.builder().breaths(3).maxBreaths(5).build())
                    .repetitions(TEN)))
        .isEqualTo("How much: Hold for 3\u20135 breaths. Do it 10 times.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .hold(Hold.builder().breaths(5).orMore(true).build())
                    .repetitions(TEN)))
        .isEqualTo("How much: Hold for 5 or more breaths. Do it 10 times.");
    assertThat(
            howMuch(
                Dosage.builder()
                    .hold(Hold.builder().seconds(1).orMore(true).build())
                    .repetitions(TEN)))
        .isEqualTo("How much: Hold 1 or more seconds. Do it 10 times.");
  }

  @Test
  void aHoldGivenOnlyInWordsIsSaidInThoseWords() {
    assertThat(howMuch(Dosage.builder().hold(Hold.described("a few seconds")).repetitions(TEN)))
        .isEqualTo("How much: Hold for a few seconds. Do it 10 times.");
    assertThat(howMuch(Dosage.builder().hold(Hold.described("until the stretch eases"))
            .repetitions(TEN)))
        .isEqualTo("How much: Hold until the stretch eases. Do it 10 times.");
  }

  // ------------------------------------------------------------------------ load

  @Test
  void aLoadIsSaidInItsUnit() {
    assertThat(load(Load.ofKilograms(2.5))).isEqualTo("How much: Do it 10 times. Work with 2.5 kg.");
    assertThat(load(Load.ofKilograms(20))).isEqualTo("How much: Do it 10 times. Work with 20 kg.");
    assertThat(load(Load.builder().unit(LoadUnit.KILOGRAMS).amount(2).maxAmount(4).build()))
        .isEqualTo("How much: Do it 10 times. Work with 2\u20134 kg.");
    assertThat(load(Load.ofPounds(5))).isEqualTo("How much: Do it 10 times. Work with 5 lb.");
    assertThat(load(Load.bodyWeight()))
        .isEqualTo("How much: Do it 10 times. Work with your body weight.");
    assertThat(load(Load.band("a light band")))
        .isEqualTo("How much: Do it 10 times. Work with a light band.");
    assertThat(load(Load.ofPercentOfOneRepMax(70)))
        .isEqualTo(
            "How much: Do it 10 times. Work at 70 % of your one-repetition maximum (the heaviest"
                + " weight you can lift once).");
  }

  @Test
  void aLoadsOwnWordsBesideANumberAreInBrackets() {
    assertThat(
            load(
                Load.builder()
                    .unit(LoadUnit.KILOGRAMS)
                    .amount(2.5)
                    .description("a dumbbell in each hand")
                    .build()))
        .isEqualTo("How much: Do it 10 times. Work with 2.5 kg (a dumbbell in each hand).");
  }

  @Test
  void aLoadComesAfterTheAmountAndBeforeTheSets() {
    assertThat(
            howMuch(
                Dosage.builder()
                    .repetitions(Repetitions.between(8, 12))
                    .load(Load.ofKilograms(2.5))
                    .sets(Range.of(3))))
        .isEqualTo("How much: Do it 8\u201312 times. Work with 2.5 kg. Do 3 sets.");
  }

  private static String load(Load load) {
    return howMuch(Dosage.builder().repetitions(TEN).load(load));
  }

  // ------------------------------------------------------------------------ effort, tempo

  @Test
  void anEffortIsSaidOnItsScaleWithWhatTheScaleMeans() {
    assertThat(hard(Dosage.builder().effort(Effort.rpe(7))))
        .isEqualTo("How hard: RPE 7 out of 10 (0 is no effort at all, 10 the hardest you can).");
    assertThat(hard(Dosage.builder().effort(Effort.rpeBetween(6, 8))))
        .isEqualTo(
            "How hard: RPE 6\u20138 out of 10 (0 is no effort at all, 10 the hardest you can).");
    assertThat(hard(Dosage.builder().effort(Effort.repetitionsInReserve(2))))
        .isEqualTo(
            "How hard: stop 2 repetitions short of failure (when you could still do 2 more).");
    assertThat(hard(Dosage.builder().effort(Effort.repetitionsInReserve(1))))
        .isEqualTo("How hard: stop 1 repetition short of failure (when you could still do 1 more).");
    assertThat(hard(Dosage.builder().effort(Effort.repetitionsInReserve(0))))
        .isEqualTo("How hard: go on until you cannot do another repetition.");
    assertThat(
            hard(
                Dosage.builder()
                    .effort(
                        Effort.builder()
                            .scale(EffortScale.REPETITIONS_IN_RESERVE)
                            .value(0)
                            .maxValue(2)
                            .build())))
        .isEqualTo(
            "How hard: stop up to 2 repetitions short of failure (when you could still do up to 2"
                + " more).");
  }

  @Test
  void anEffortFollowsTheIntensitysWordsAsASentenceOfItsOwn() {
    assertThat(
            hard(
                Dosage.builder()
                    .intensity(Intensity.described("a steady effort"))
                    .effort(Effort.repetitionsInReserve(2))))
        .isEqualTo(
            "How hard: a steady effort. Stop 2 repetitions short of failure (when you could still"
                + " do 2 more).");
    assertThat(hard(Dosage.builder().intensity(Intensity.described("a gentle stretch, never pain"))))
        .isEqualTo("How hard: a gentle stretch, never pain");
  }

  @Test
  void aTempoIsSpelledOutPhaseByPhase() {
    assertThat(fast("3-1-1-0"))
        .isEqualTo(
            "How fast: at a tempo of 3-1-1-0 (3 seconds down, pause 1 second, 1 second up, no"
                + " pause).");
    assertThat(fast("2-0-X"))
        .isEqualTo("How fast: at a tempo of 2-0-X (2 seconds down, no pause, up as fast as you can).");
    assertThat(fast("4-2-1-2"))
        .isEqualTo(
            "How fast: at a tempo of 4-2-1-2 (4 seconds down, pause 2 seconds, 1 second up, pause 2"
                + " seconds).");
  }

  private static String hard(Dosage.Builder d) {
    return line(protocol(d.repetitions(TEN).build()), "How hard:", false);
  }

  private static String fast(String tempo) {
    return line(
        protocol(Dosage.builder().repetitions(TEN).tempo(Tempo.parse(tempo)).build()),
        "How fast:",
        false);
  }
}
