package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the text sheet of a protocol says, line by line, for the parts the bundled protocol does
 * not reach: lists of three, progressions, frequencies of a whole week, hold wordings and sources.
 */
class SheetContentTest {
  private static final TextSheet WIDE =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build());

  private static String wide(Protocol p) {
    return WIDE.render(p);
  }

  private static Protocol protocolOf(Exercise e) {
    return protocol(e, Dosage.ofRepetitions(Repetitions.exactly(1))).build();
  }

  // ------------------------------------------------------------------------ what it is for

  @Test
  void threeTargetSegmentsAreListedWithCommasAndAnAnd() {
    Protocol p =
        protocol(exercise("Stretch").build(), Dosage.builder().build())
            .targetSegments(
                List.of(
                    SpinalSegment.parse("L3-L4"),
                    SpinalSegment.parse("L4-L5"),
                    SpinalSegment.parse("L5-S1")))
            .build();

    assertThat(line(p, "For pain at:", false))
        .isEqualTo("For pain at: L3-L4, L4-L5 and L5-S1 (lumbosacral joint)");
  }

  // ------------------------------------------------------------------------ cautions in words

  private static final Caution KNEES = Caution.of("Avoid this position if you have knee problems.");

  /**
   * A protocol with a caution of its own, and two exercises that share a caution, one of them with
   * a second one, to avoid, and its quote.
   */
  static Protocol withCautions() {
    Caution replacement =
        Caution.builder()
            .text("Do not do this exercise in the first weeks after a knee replacement.")
            .severity(Severity.AVOID)
            .quote(Quote.of("Wait until your surgeon says you may.", Person.named("Jane Doe")))
            .build();
    Dosage tenTimes = Dosage.ofRepetitions(Repetitions.exactly(10));
    return protocol(exercise("Squat").id("squat").addCautions(KNEES).build(), tenTimes)
        .addEntries(
            ProtocolEntry.of(
                exercise("Lunge").id("lunge").addCautions(replacement, KNEES).build(), tenTimes))
        .addCautions(Caution.of("Stop and sit down if you feel dizzy."))
        .build();
  }

  @Test
  void cautionsInWordsAreInTheSafetyBoxGroupedByTheExercisesThatCarryThem() {
    String sheet = TextSheet.of(SheetOptions.builder().width(100).build()).render(withCautions());

    assertThat(sheet)
        .contains(
            boxLine(" SAFETY FIRST: READ THIS BEFORE YOU START")
                + "\u2523" + "\u2501".repeat(98) + "\u252B\n"
                + boxLine("")
                + boxLine(" \u2022 CAUTION: Stop and sit down if you feel dizzy.")
                + boxLine("")
                + boxLine(" EXERCISES TO AVOID OR TAKE CARE WITH")
                + boxLine("")
                + boxLine(" \u2022 For Lunge:")
                + boxLine("   AVOID: Do not do this exercise in the first weeks after a knee"
                    + " replacement.")
                + boxLine("   \u201CWait until your surgeon says you may.\u201D \u2014 Jane Doe")
                + boxLine("")
                + boxLine(" \u2022 For Squat and Lunge:")
                + boxLine("   CAUTION: Avoid this position if you have knee problems."));
  }

  /** {@return a line of the safety box of a sheet 100 characters wide: its text, padded, framed} */
  private static String boxLine(String text) {
    return "\u2503" + text + " ".repeat(98 - text.length()) + "\u2503\n";
  }

  @Test
  void anExercisesCautionsInWordsAreRepeatedWithTheExerciseTheStrongestFirst() {
    assertThat(wide(withCautions()))
        .contains(
            "\nTake care (the reasons are under \u201CSafety first\u201D, above):\n"
                + "  \u2022 AVOID: Do not do this exercise in the first weeks after a knee"
                + " replacement.\n"
                + "  \u2022 CAUTION: Avoid this position if you have knee problems.\n");
  }

  @Test
  void theMarkdownSheetHasTheCautionsInItsSafetySection() {
    String md = MarkdownSheet.defaults().render(withCautions());
    String section =
        SheetReading.markdownSection(
            SheetReading.parse(md), "Safety first: read this before you start");

    assertThat(section)
        .contains(SheetReading.squeezed("CAUTION: Stop and sit down if you feel dizzy."))
        .contains(
            SheetReading.squeezed(
                "For Lunge: AVOID: Do not do this exercise in the first weeks after a knee"
                    + " replacement."))
        .contains(
            SheetReading.squeezed(
                "For Squat and Lunge: CAUTION: Avoid this position if you have knee problems."));
    assertThat(md).contains("- **CAUTION**: Stop and sit down if you feel dizzy.\n");
  }

  // ------------------------------------------------------------------------ exercises

  @Test
  void threePiecesOfEquipmentAreListedWithCommasAndAnAnd() {
    Protocol p = protocolOf(exercise("Stretch").equipment(List.of("a mat", "a towel", "a chair")).build());

    assertThat(line(p, "You need:", false)).isEqualTo("You need: a mat, a towel and a chair");
  }

  @Test
  void equipmentIsListedOrSaidToBeNeededOrLeftUnsaidWhenTheSourceDoesNotSay() {
    Protocol listed = protocolOf(exercise("Row").equipment(List.of("a band")).build());
    Protocol none = protocolOf(exercise("Plank").needsNoEquipment(true).build());
    Protocol unknown = protocolOf(exercise("Plank").build());

    assertThat(line(listed, "You need:", false)).isEqualTo("You need: a band");
    assertThat(wide(none))
        .contains("\nStarting position: Standing tall.\nYou need: no equipment\n");
    assertThat(wide(unknown))
        .contains("\nStarting position: Standing tall.\n\nSteps:\n")
        .doesNotContain("You need")
        .doesNotContain("equipment");
    assertThat(MarkdownSheet.defaults().render(none)).contains("\n\n**You need:** no equipment\n\n");
  }

  @Test
  void aPartnerIsNamedWithTheEquipmentOrAlone() {
    assertThat(
            line(
                protocolOf(
                    exercise("Stretch").equipment(List.of("a mat", "a towel")).needsPartner(true).build()),
                "You need:",
                false))
        .isEqualTo("You need: a mat, a towel and a partner");
    assertThat(
            line(
                protocolOf(exercise("Stretch").equipment(List.of("a mat")).needsPartner(true).build()),
                "You need:",
                false))
        .isEqualTo("You need: a mat and a partner");
    assertThat(
            line(
                protocolOf(exercise("Stretch").needsNoEquipment(true).needsPartner(true).build()),
                "You need:",
                false))
        .isEqualTo("You need: a partner, but no equipment");
    assertThat(line(protocolOf(exercise("Stretch").needsPartner(true).build()), "You need:", false))
        .isEqualTo("You need: a partner");
  }

  @Test
  void aStartingPositionIsShownOnlyWhenTheExerciseHasOne() {
    Exercise e =
        Exercise.builder()
            .id("curl")
            .name("Curl")
            .kind(ExerciseKind.STRENGTHENING)
            .addSteps(Step.of(StepPhase.SETUP, "Stand holding the weights."), Step.of("Curl them."))
            .build();
    String sheet = wide(protocolOf(e));

    assertThat(sheet)
        .doesNotContain("Starting position")
        .contains("1. Curl\n\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n\nSteps:\n");
  }

  @Test
  void theStartingPositionIsLeftOutWhenStepOneSaysIt() {
    Exercise restated =
        exercise("Stretch")
            .startingPosition("Sitting up straight in a chair, with your feet flat on the floor.")
            .steps(
                List.of(
                    Step.of(StepPhase.SETUP, "Sit up straight in a chair with your feet flat on the floor."),
                    Step.of("Lean forward.")))
            .build();
    // The position says more than the step ("on your back"): both stay.
    Exercise saysMore =
        exercise("Stretch")
            .startingPosition("Lying on your back on the floor.")
            .steps(List.of(Step.of(StepPhase.SETUP, "Lie on the floor."), Step.of("Pull.")))
            .build();
    // The same words with another verb are another position.
    Exercise otherVerb =
        exercise("Stretch")
            .startingPosition("Standing in a doorway.")
            .steps(List.of(Step.of(StepPhase.SETUP, "Sit in a doorway."), Step.of("Pull.")))
            .build();

    assertThat(wide(protocolOf(restated)))
        .doesNotContain("Starting position")
        .contains("\nSteps:\n  1. Sit up straight in a chair with your feet flat on the floor.\n");
    assertThat(line(protocolOf(saysMore), "Starting position:", false))
        .isEqualTo("Starting position: Lying on your back on the floor.");
    assertThat(line(protocolOf(otherVerb), "Starting position:", false))
        .isEqualTo("Starting position: Standing in a doorway.");
  }

  @Test
  void conditionsAreNamedInASentence() {
    Protocol p =
        protocol(
                exercise("Stretch")
                    .addContraindications(
                        Contraindication.builder()
                            .conditionId("disc")
                            .findingId("nerve")
                            .severity(Severity.AVOID)
                            .rationale("Stretching can push the disc out further.")
                            .build(),
                        Contraindication.builder()
                            .conditionId("disc")
                            .severity(Severity.CAUTION)
                            .rationale("Stretching can worsen a herniated disc.")
                            .build(),
                        Contraindication.builder()
                            .conditionId("acl")
                            .severity(Severity.AVOID)
                            .rationale("The knee gives way.")
                            .build())
                    .build(),
                Dosage.builder().build())
            .addConditions(
                Condition.builder()
                    .id("disc")
                    .name("Herniated disc")
                    .description("A disc presses on a nerve.")
                    .addFindings(Finding.of("nerve", "Disc extruded onto the nerve"))
                    .build(),
                Condition.builder().id("acl").name("ACL tear").description("A torn ligament.").build())
            .build();
    String sheet = wide(p);

    assertThat(sheet)
        .contains(
            "\n  \u2022 AVOID this exercise if you have been diagnosed with herniated disc (disc"
                + " extruded onto the nerve).\n")
        // a name that is not capitalised as a sentence's first word keeps its capitals
        .contains("\n  \u2022 AVOID this exercise if you have been diagnosed with ACL tear.\n")
        .contains(
            "\n  \u2022 CAUTION \u2014 do it only with care, ideally after asking a professional, if"
                + " you have been diagnosed with herniated disc.\n")
        // the safety box names them as the protocol writes them
        .contains("If you have: Herniated disc (Disc extruded onto the nerve)");
    assertThat(SafetyNotices.inSentence("Osteoporosis")).isEqualTo("osteoporosis");
    assertThat(SafetyNotices.inSentence("Parkinson's disease")).isEqualTo("Parkinson's disease");
    assertThat(SafetyNotices.inSentence("L5-S1 pain")).isEqualTo("L5-S1 pain");
  }

  @Test
  void primaryAndSecondaryTargetsAreBothNamedAndCustomAreasByTheirName() {
    BodyArea shin = BodyArea.custom("tibialis_anterior", "front of the shin muscle");
    assertThat(
            line(
                protocolOf(
                    exercise("Press")
                        .primaryTargets(List.of(BodyArea.CHEST, BodyArea.TRICEPS))
                        .secondaryTargets(List.of(BodyArea.SHOULDERS))
                        .build()),
                "Works:",
                false))
        .isEqualTo("Works: chest and triceps, and also shoulders");
    assertThat(
            line(
                protocolOf(exercise("Raise").secondaryTargets(List.of(shin)).build()),
                "Also works:",
                false))
        .isEqualTo("Also works: front of the shin muscle");
    assertThat(
            line(
                protocolOf(exercise("Raise").primaryTargets(List.of(shin, BodyArea.CALVES)).build()),
                "Works:",
                false))
        .isEqualTo("Works: front of the shin muscle and calves");
  }

  @Test
  void theFirstStepOfEachPhaseSaysWhenItIsDone() {
    Exercise lunge =
        exercise("Lunge")
            .steps(
                List.of(
                    Step.of(StepPhase.SETUP, "Stand with your feet together."),
                    Step.of(StepPhase.SIDE_SETUP, "Step forward with your right foot."),
                    Step.of("Lower your back knee towards the floor."),
                    Step.of("Push back up."),
                    Step.of(StepPhase.SWITCH_SIDES, "Step back and change legs."),
                    Step.of(StepPhase.FINISH, "Stand with your feet together again.")))
            .build();
    Dosage oneSideThenOther =
        Dosage.builder()
            .repetitions(Repetitions.exactly(8))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .build();

    assertThat(wide(protocol(lunge, oneSideThenOther).build()))
        .contains(
            "Steps:\n"
                + "  1. Stand with your feet together.\n"
                + "  2. Then, on each side: Step forward with your right foot.\n"
                + "  3. Then, each time: Lower your back knee towards the floor.\n"
                + "  4. Push back up.\n"
                + "  5. To switch sides: Step back and change legs.\n"
                + "  6. To finish: Stand with your feet together again.\n");
    assertThat(MarkdownSheet.defaults().render(protocol(lunge, oneSideThenOther).build()))
        .contains(
            "1. Stand with your feet together.\n"
                + "2. **Then, on each side:** Step forward with your right foot.\n"
                + "3. **Then, each time:** Lower your back knee towards the floor.\n");
  }

  @Test
  void aStepThatSaysToSwitchSidesHasNoToSwitchSidesLabel() {
    Exercise hurdler =
        exercise("Hurdler")
            .steps(
                List.of(
                    Step.of(StepPhase.SIDE_SETUP, "Place your left foot on a bench."),
                    Step.of("Bend from your waist."),
                    Step.of(StepPhase.SWITCH_SIDES, "Breathe and switch sides.")))
            .build();
    Dosage oneSideThenOther =
        Dosage.builder()
            .repetitions(Repetitions.exactly(2))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .build();

    assertThat(wide(protocol(hurdler, oneSideThenOther).build()))
        .contains(
            "Steps:\n"
                + "  1. On each side: Place your left foot on a bench.\n"
                + "  2. Then, each time: Bend from your waist.\n"
                + "  3. Breathe and switch sides.\n");
  }

  @Test
  void stepsOfOnePhaseAndSideSetUpsOfABothSidedExerciseAreNotMarked() {
    Exercise squat =
        exercise("Squat")
            .steps(
                List.of(
                    Step.of(StepPhase.SETUP, "Stand with your feet apart."),
                    Step.of(StepPhase.SIDE_SETUP, "Turn your toes out a little."),
                    Step.of("Bend your knees."),
                    Step.of("Stand up.")))
            .build();

    assertThat(wide(protocol(squat, Dosage.ofRepetitions(Repetitions.exactly(10))).build()))
        .contains(
            "Steps:\n"
                + "  1. Stand with your feet apart.\n"
                + "  2. Turn your toes out a little.\n"
                + "  3. Then, each time: Bend your knees.\n"
                + "  4. Stand up.\n");
    assertThat(wide(protocolOf(exercise("Stretch").build()))).contains("Steps:\n  1. Stand up straight.\n");
  }

  @Test
  void theStepsOfATimedSetAreNotSaidToBeDoneEachTime() {
    Exercise walk =
        exercise("Walk")
            .steps(
                List.of(
                    Step.of(StepPhase.SETUP, "Put on comfortable shoes."),
                    Step.of("Walk at a brisk pace.")))
            .build();

    assertThat(wide(protocol(walk, Dosage.ofDuration(TimeRange.ofMinutes(30))).build()))
        .contains(
            "Steps:\n"
                + "  1. Put on comfortable shoes.\n"
                + "  2. Walk at a brisk pace.\n"
                + "\n"
                + "How much: Keep going for 30 minutes.\n");
  }

  @Test
  void sensationsNameInBracketsOnlyTheAreasTheirDescriptionDoesNotName() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .sensations(
                    List.of(
                        Sensation.of(
                            "A gentle pull", BodyArea.HAMSTRINGS, BodyArea.CALVES, BodyArea.GLUTES),
                        Sensation.of(
                            "a stretch in your Hamstrings", BodyArea.HAMSTRINGS, BodyArea.CALVES),
                        Sensation.of("a stretch in your glutes and groin", BodyArea.GLUTES, BodyArea.GROIN)))
                .build());

    assertThat(wide(p))
        .contains(
            "\nWhat you should feel:\n"
                + "  \u2022 A gentle pull (hamstrings, calves and glutes)\n"
                + "  \u2022 A stretch in your Hamstrings (calves)\n"
                + "  \u2022 A stretch in your glutes and groin\n");
  }

  @Test
  void aSensationAStepAlreadySaysIsNotRepeated() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .primaryTargets(List.of(BodyArea.HAMSTRINGS))
                .steps(
                    List.of(
                        Step.of("Lean forward. You should feel a stretch in the back of your thigh."),
                        Step.of("Pull your knee in until you feel a stretch in your lower back, then hold.")))
                .sensations(
                    List.of(
                        // said by the first step; the area in brackets is under "Works"
                        Sensation.of("A stretch in the back of your thigh", BodyArea.HAMSTRINGS),
                        // the step says more after it ("then hold" is another clause, so it says it)
                        Sensation.of("a stretch in your lower back", BodyArea.LOWER_BACK),
                        // a step says "a stretch", but not where: it stays
                        Sensation.of("A stretch", BodyArea.GLUTES),
                        // said by a step, but its area in brackets is nowhere else: it stays
                        Sensation.of("A stretch in the back of your thigh", BodyArea.CALVES)))
                .build());

    assertThat(wide(p))
        .contains(
            "\nWhat you should feel:\n"
                + "  \u2022 A stretch (glutes)\n"
                + "  \u2022 A stretch in the back of your thigh (calves)\n")
        .doesNotContain("thigh (hamstrings)")
        .doesNotContain("\u2022 A stretch in your lower back");
  }

  @Test
  void aSensationAQuoteSaysIsShownAsThatQuoteOnce() {
    Quote glutes =
        Quote.of(
            "You should feel this stretch in your glutes and also in your opposite groin",
            Person.named("Jane Doe"));
    Quote other = Quote.of("Breathe out as you lean.", Person.named("Jane Doe"));
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .sensations(
                    List.of(
                        Sensation.of(
                            "A stretch in your glutes and also in your opposite groin",
                            BodyArea.GLUTES, BodyArea.GROIN),
                        Sensation.of("A stretch in your glutes", BodyArea.GLUTES),
                        // the quote says it, but not the area in brackets: the description stays
                        Sensation.of("A stretch in your opposite groin", BodyArea.GROIN, BodyArea.HAMSTRINGS)))
                .quotes(List.of(glutes, other))
                .build());
    String sheet = wide(p);

    assertThat(sheet)
        .contains(
            "\nWhat you should feel:\n"
                + "  \u2022 \u201CYou should feel this stretch in your glutes and also in your opposite groin\u201D"
                + " \u2014 Jane Doe\n"
                + "  \u2022 A stretch in your glutes\n"
                + "  \u2022 A stretch in your opposite groin (hamstrings)\n")
        .contains("\u201CBreathe out as you lean.\u201D");
    assertThat(sheet.split("opposite groin\u201D", -1)).hasSize(2);
  }

  @Test
  void anAreaASensationNamesInTheSingularIsNotAddedInBrackets() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .sensations(
                    List.of(
                        Sensation.of("A stretch in the hamstring of the raised leg", BodyArea.HAMSTRINGS),
                        Sensation.of("A stretch in your left glute", BodyArea.GLUTES, BodyArea.CALVES)))
                .build());

    assertThat(wide(p))
        .contains(
            "\nWhat you should feel:\n"
                + "  \u2022 A stretch in the hamstring of the raised leg\n"
                + "  \u2022 A stretch in your left glute (calves)\n");
  }

  @Test
  void progressionsSayWhichWayTheyGoWhatToDoAndWhenToSwitch() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .progressions(
                    List.of(
                        Progression.builder()
                            .direction(ProgressionDirection.EASIER)
                            .name("Bent-knee stretch")
                            .instruction("Keep both knees bent.")
                            .sign("the stretch hurts")
                            .build(),
                        Progression.builder()
                            .direction(ProgressionDirection.HARDER)
                            .name("Standing stretch")
                            .sign("the stretch feels easy for a week")
                            .build()))
                .build());

    assertThat(wide(p))
        .contains(
            "How much: Do it once.\n"
                + "\n"
                + "Easier and harder versions:\n"
                + "  \u2022 Easier: Bent-knee stretch. Keep both knees bent.\n"
                + "    When to switch: the stretch hurts\n"
                + "\n"
                + "  \u2022 Harder: Standing stretch.\n"
                + "    When to switch: the stretch feels easy for a week\n");
    assertThat(MarkdownSheet.defaults().render(p))
        .contains(
            "**Easier and harder versions:**\n"
                + "\n"
                + "- **Easier:** **Bent-knee stretch**. Keep both knees bent.  \n"
                + "  When to switch: the stretch hurts\n"
                + "- **Harder:** **Standing stretch**.  \n"
                + "  When to switch: the stretch feels easy for a week\n");
  }

  // ------------------------------------------------------------------------ dosage

  @Test
  void sevenDaysAWeekIsEveryDayButSevenTimesADayIsNot() {
    assertThat(often(Frequency.daysPerWeek(7, 7))).isEqualTo("How often: every day.");
    assertThat(often(Frequency.daysPerWeek(6, 6))).isEqualTo("How often: 6 days a week.");
    assertThat(often(Frequency.timesPerDay(7))).isEqualTo("How often: 7 times a day.");
  }

  private static String often(Frequency f) {
    return line(protocol(Dosage.builder().frequency(f).build()), "How often:", false);
  }

  @Test
  void aHoldWordingThatIsJustTheVerbIsNotRepeated() {
    assertThat(howMuch("Hold")).isEqualTo("How much: Hold. Do it once.");
    assertThat(howMuch("pause")).isEqualTo("How much: Pause. Do it once.");
  }

  @Test
  void aHoldWordingThatOnlyBeginsWithTheLettersOfForGetsHoldFor() {
    assertThat(howMuch("forty seconds")).isEqualTo("How much: Hold for forty seconds. Do it once.");
    assertThat(howMuch("for a slow count of ten"))
        .isEqualTo("How much: Hold for a slow count of ten. Do it once.");
  }

  @Test
  void aHoldWordingEndingInAFullStopAndSpacesGetsNoSecondFullStop() {
    assertThat(howMuch("30 seconds.  ")).isEqualTo("How much: Hold 30 seconds. Do it once.");
  }

  @Test
  void protocolTextWithSpacesAroundItGetsNoSpaceBeforeTheSheetsPunctuation() {
    assertThat(howMuch("about 30 seconds ")).isEqualTo("How much: Hold about 30 seconds. Do it once.");
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .addQuotes(Quote.of(" Breathe out slowly. ", Person.named(" Jane Doe ")))
                .build());

    assertThat(wide(p)).contains("\n  \u201CBreathe out slowly.\u201D \u2014 Jane Doe\n");
    assertThat(MarkdownSheet.defaults().render(p))
        .contains("\n> \u201CBreathe out slowly.\u201D \u2014 Jane Doe\n");
  }

  private static String howMuch(String wording) {
    Hold hold = Hold.builder().seconds(30).wording(wording).build();
    return line(
        protocol(Dosage.builder().hold(hold).repetitions(Repetitions.exactly(1)).build()),
        "How much:",
        false);
  }

  // ------------------------------------------------------------------------ sources

  @Test
  void aSourceWithAuthorPublisherAndLinkListsThemAllAndSourcesAreSeparatedByABlankLine() {
    Protocol p =
        protocol(exercise("Stretch").build(), Dosage.builder().build())
            .addSources(
                Source.builder()
                    .id("guide")
                    .name("Back care guide")
                    .author("Ana Ruiz")
                    .publisher("Spine Press")
                    .link(URI.create("https://example.org/guide"))
                    .build(),
                Source.builder().id("leaflet").name("Clinic leaflet").build())
            .build();

    assertThat(wide(p))
        .endsWith(
            "SOURCES\n"
                + "\u2550".repeat(7) + "\n"
                + "  1. Back care guide\n"
                + "     By Ana Ruiz\n"
                + "     Published by Spine Press\n"
                + "     https://example.org/guide\n"
                + "\n"
                + "  2. Clinic leaflet\n");
  }
}
