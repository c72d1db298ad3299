package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the sheet of a screening report says, line by line, for what the bundled protocol's
 * golden sheets do not reach: several findings, several unknown ids, a pain of less than a week,
 * exercises taken out alongside cautions, sources with authors.
 */
class ScreeningContentTest {
  private static final TextSheet WIDE =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build());

  /**
   * Four exercises: the first to avoid with a herniated disc, the second to avoid with a bone
   * spur of joint damage, the third to take care with joint damage, the fourth without any.
   */
  private static final Protocol ROUTINE =
      Protocol.builder()
          .id("routine")
          .name("Back routine")
          .summary("Four gentle exercises.")
          .addConditions(
              Condition.builder()
                  .id("disc")
                  .name("Herniated disc")
                  .description("A disc presses on a nerve.")
                  .addFindings(Finding.of("bulge", "Bulging disc"))
                  .build(),
              Condition.builder()
                  .id("joint")
                  .name("Joint damage")
                  .description("A worn facet joint.")
                  .addFindings(Finding.of("spur", "Bone spur"))
                  .build())
          .addEntries(
              entry("hamstring", "Hamstring Stretch", avoid("disc", null, "guide")),
              entry("hug", "Knee Hug", avoid("joint", "spur", "guide")),
              entry(
                  "cat",
                  "Cat Stretch",
                  Contraindication.builder()
                      .conditionId("joint")
                      .severity(Severity.CAUTION)
                      .rationale("Arching can pinch a worn joint.")
                      .build()),
              ProtocolEntry.of(exercise("Bridge").id("bridge").build(), Dosage.builder().build()))
          .addAdvisories(
              Advisory.builder()
                  .id("warm-up")
                  .name("Warm up first")
                  .text("Walk for five minutes before you stretch.")
                  .trigger(AdvisoryTrigger.ALWAYS)
                  .addSourceIds("leaflet")
                  .build())
          .addSources(
              Source.builder().id("guide").name("Back care guide").author("Ana Ruiz").build(),
              Source.builder().id("leaflet").name("Clinic leaflet").build())
          .build();

  private static ProtocolEntry entry(String id, String name, Contraindication ci) {
    return ProtocolEntry.of(
        exercise(name).id(id).addContraindications(ci).build(), Dosage.builder().build());
  }

  private static Contraindication avoid(String conditionId, String findingId, String sourceId) {
    Contraindication.Builder b =
        Contraindication.builder()
            .conditionId(conditionId)
            .severity(Severity.AVOID)
            .rationale("Bending forward presses on it.")
            .addSourceIds(sourceId);
    if (findingId != null) {
      b.findingId(findingId);
    }
    return b.build();
  }

  /** {@return the lines of a wide sheet, frames and indents stripped, blank lines kept} */
  private static List<String> plainLines(String sheet) {
    List<String> plain = new ArrayList<>();
    for (String line : SheetReading.lines(sheet)) {
      String l = line.startsWith("\u2503") ? line.substring(1, line.length() - 1) : line;
      plain.add(l.strip());
    }
    return plain;
  }

  private static List<String> screen(PatientProfile profile) {
    return plainLines(WIDE.render(Screening.screen(ROUTINE, profile)));
  }

  @Test
  void severalUnknownConditionsAndUnmatchedFindingsAreEachNamedInOneListAndCalledThem() {
    List<String> lines =
        screen(
            PatientProfile.builder()
                .addConditionIds("disc", "sciatica", "gout")
                .addFindingIds("bulge", "spur", "made-up")
                .painWeeks(0)
                .build());

    assertThat(lines)
        .containsSequence(
            "What is known about you:",
            "\u2022 Conditions: Herniated disc, \u201Csciatica\u201D (not known to this routine)"
                + " and \u201Cgout\u201D (not known to this routine)",
            "\u2022 Findings: Bulging disc, Bone spur (not a finding of your conditions in this"
                + " routine) and \u201Cmade-up\u201D (not a finding of your conditions in this"
                + " routine)",
            "\u2022 How long the pain has lasted: less than a week",
            "\u2022 In pain right now: not known")
        .containsSequence(
            "WHAT THIS CHECK COULD NOT JUDGE",
            "",
            "\u2022 Conditions this routine knows nothing about: \u201Csciatica\u201D and"
                + " \u201Cgout\u201D",
            "The check could not say whether any exercise is safe with them. Ask a professional"
                + " before you start. If it is a misspelling, have the check run again with the"
                + " right name.",
            "",
            "\u2022 Findings that belong to none of your conditions in this routine: Bone spur"
                + " and \u201Cmade-up\u201D",
            "The check matches a finding only together with its condition, so they changed"
                + " nothing here. Ask a professional before you start.",
            "")
        .contains(
            "The rest of this sheet is your routine: the routine with the exercise to avoid taken"
                + " out.");
  }

  @Test
  void oneUnknownConditionAndOneUnmatchedFindingAreCalledIt() {
    List<String> lines =
        screen(
            PatientProfile.builder()
                .addConditionIds("disc", "joint", "sciatica")
                .addFindingIds("spur", "made-up")
                .build());

    assertThat(lines)
        .containsSequence(
            "WHAT THIS CHECK COULD NOT JUDGE",
            "",
            "\u2022 A condition this routine knows nothing about: \u201Csciatica\u201D",
            "The check could not say whether any exercise is safe with it. Ask a professional"
                + " before you start. If it is a misspelling, have the check run again with the"
                + " right name.",
            "",
            "\u2022 A finding that belongs to none of your conditions in this routine:"
                + " \u201Cmade-up\u201D",
            "The check matches a finding only together with its condition, so it changed nothing"
                + " here. Ask a professional before you start.");
  }

  @Test
  void exercisesTakenOutAndCautionsAddedAreBothSaidBeforeTheRoutine() {
    List<String> lines =
        screen(
            PatientProfile.builder()
                .addConditionIds("disc", "joint")
                .addFindingIds("spur")
                .build());

    assertThat(lines)
        .contains(
            "The rest of this sheet is your routine: the routine with the exercises to avoid"
                + " taken out and a caution added to the note of each exercise to take care"
                + " with.");
  }

  @Test
  void cautionsAloneAreSaidWithoutTakingAnythingOut() {
    List<String> lines = screen(PatientProfile.builder().addConditionIds("joint").build());

    assertThat(lines)
        .contains(
            "The rest of this sheet is your routine: the routine with a caution added to the note"
                + " of each exercise to take care with.");
  }

  @Test
  void aScreeningSheetNamesEachSourceOnceWithTheAuthorWhenThereIsOne() {
    List<String> lines =
        screen(PatientProfile.builder().addConditionIds("disc", "joint").addFindingIds("spur").build());
    List<String> box =
        lines.subList(lines.indexOf("WHAT APPLIES TO YOU"), lines.indexOf("YOUR ROUTINE"));

    assertThat(box)
        .containsSequence(
            "\u2022 Warm up first",
            "Why it applies: It applies to everyone who follows this routine.",
            "Walk for five minutes before you stretch.",
            "")
        .containsSequence(
            "\u2022 Your condition: Herniated disc",
            "AVOID \u2014 do not do this exercise: Hamstring Stretch.",
            "Why: Bending forward presses on it.",
            "")
        .containsSequence(
            "\u2022 Your condition: Joint damage (Bone spur)",
            "AVOID \u2014 do not do this exercise: Knee Hug.",
            "Why: Bending forward presses on it.",
            "")
        // last in the box, after every notice and reason
        .containsSequence(
            "Where these notices and reasons come from: Clinic leaflet; Back care guide, by Ana"
                + " Ruiz.",
            "",
            "\u2517" + "\u2501".repeat(SheetOptions.MAX_WIDTH - 2) + "\u251B");
    assertThat(box.stream().filter(l -> l.contains("Back care guide"))).hasSize(1);
    assertThat(box.stream().filter(l -> l.contains("Clinic leaflet"))).hasSize(1);
    assertThat(box).noneMatch(l -> l.startsWith("Source"));
  }

  @Test
  void aBoxWithNoticesAndNoReasonsSaysWhereTheNoticesComeFrom() {
    List<String> lines = screen(PatientProfile.builder().build());

    assertThat(lines).contains("Where these notices come from: Clinic leaflet.");
  }

  /**
   * Two exercises that call for care with a herniated disc, the first also to avoid with a bulging
   * disc, from the same guide.
   */
  private static Protocol avoidAndCaution() {
    Contraindication caution =
        Contraindication.builder()
            .conditionId("disc")
            .severity(Severity.CAUTION)
            .rationale("Stretching can worsen a herniated disc.")
            .addSourceIds("guide")
            .build();
    return ROUTINE.toBuilder()
        .entries(
            List.of(
                ProtocolEntry.of(
                    exercise("Hamstring Stretch")
                        .id("hamstring")
                        .addContraindications(avoid("disc", "bulge", "guide"), caution)
                        .build(),
                    Dosage.builder().build()),
                ProtocolEntry.of(
                    exercise("Knee Hug").id("hug").addContraindications(caution).build(),
                    Dosage.builder().build())))
        .build();
  }

  @Test
  void anExerciseToAvoidIsNotAlsoOneToTakeCareWith() {
    List<String> lines =
        plainLines(
            WIDE.render(
                Screening.screen(
                    avoidAndCaution(),
                    PatientProfile.builder().addConditionIds("disc").addFindingIds("bulge").build())));

    assertThat(lines)
        .containsSequence(
            "\u2022 Hamstring Stretch: AVOID \u2014 do not do it; it is taken out of your routine.",
            "Reason to avoid it: Herniated disc (Bulging disc).",
            "",
            "\u2022 Knee Hug: CAUTION \u2014 it stays in your routine, but do it only with care,"
                + " ideally after asking a professional.",
            "Reason to take care: Herniated disc.")
        .containsSequence(
            "\u2022 Your condition: Herniated disc",
            "CAUTION \u2014 do this exercise only with care, ideally after asking a professional:"
                + " Knee Hug. It also calls for care with Hamstring Stretch, but that exercise is"
                + " one to avoid anyway, as said above.",
            "Why: Stretching can worsen a herniated disc.");
    assertThat(lines.stream().filter(l -> l.startsWith("Reason to take care"))).hasSize(1);
  }

  @Test
  void aReasonForExercisesThatAreAllToAvoidDoesNotSayToTakeCareWithThem() {
    List<String> lines =
        plainLines(
            WIDE.render(
                Screening.screen(
                    avoidAndCaution().toBuilder().entries(avoidAndCaution().entries().subList(0, 1)).build(),
                    PatientProfile.builder().addConditionIds("disc").addFindingIds("bulge").build())));

    assertThat(lines)
        .containsSequence(
            "\u2022 Your condition: Herniated disc",
            "It calls for care with Hamstring Stretch, but that exercise is one to avoid anyway, as"
                + " said above.",
            "Why: Stretching can worsen a herniated disc.")
        .noneMatch(l -> l.startsWith("CAUTION"))
        .noneMatch(l -> l.startsWith("Reason to take care"));
  }

  @Test
  void whyANoticeAppliesIsSaidToThePersonNotAboutThem() {
    String sheet =
        WIDE.render(Screening.screen(Catalog.l5s1Relief(), GoldenSheetTest.HERNIATED_DISC));
    List<String> lines = plainLines(sheet);
    String persists =
        plainLines(
                WIDE.render(
                    Screening.screen(
                        Catalog.l5s1Relief(), PatientProfile.builder().painWeeks(6).build())))
            .stream()
            .filter(l -> l.startsWith("Why it applies: Your pain"))
            .findFirst()
            .orElseThrow();

    assertThat(lines)
        .contains(
            "Why it applies: It applies to everyone who follows this routine.",
            "Why it applies: It applies whenever you exercise.",
            "Why it applies: You are in pain right now.");
    assertThat(persists)
        .isEqualTo(
            "Why it applies: Your pain has lasted 6 weeks: it applies if your pain has lasted"
                + " 2 weeks or more.");
    assertThat(sheet).doesNotContain("The person").doesNotContain("the protocol");
  }

  @Test
  void aReasonIsHeadedByThePersonsConditionNotByYouHave() {
    List<String> lines =
        screen(PatientProfile.builder().addConditionIds("disc", "joint").addFindingIds("spur").build());

    assertThat(lines)
        .contains("\u2022 Your condition: Herniated disc", "\u2022 Your condition: Joint damage (Bone spur)")
        .noneMatch(l -> l.contains("You have:"));
  }

  @Test
  void aRoutineWithNoExerciseForThePersonGivesItsNoticesOnlyForWhatAProfessionalStillAdvises() {
    String sheet =
        WIDE.render(Screening.screen(Catalog.l5s1Relief(), GoldenSheetTest.EXTRUDED_DISC));
    List<String> lines = plainLines(sheet);

    // "Try these stretches once a healthcare professional has approved them", a notice of the
    // routine, is never said as if the person could start it.
    assertThat(lines)
        .containsSequence(
            "\u2022 No exercise of this routine is suitable for you.",
            "Every exercise in it is one to avoid, for the reasons below. Do not start this routine:"
                + " ask a doctor or physiotherapist which exercises are safe for you.",
            "",
            "Should a doctor or physiotherapist still advise you to do any of these exercises, these"
                + " notices apply to you:",
            "",
            "\u2022 Consult a medical professional before starting");
    assertThat(sheet.split("Do not start this routine", -1)).hasSize(2);
  }

  @Test
  void theMarkdownSheetWithoutExercisesSaysSoInItsOwnParagraph() {
    String md =
        MarkdownSheet.defaults()
            .render(Screening.screen(Catalog.l5s1Relief(), GoldenSheetTest.EXTRUDED_DISC));

    assertThat(md)
        .contains(
            "\n## No exercises for you in this routine\n"
                + "\n"
                + "Every exercise of this routine is one you should avoid, for the reasons under"
                + " \u201CWhat applies to you\u201D, above, so this sheet has no exercises for"
                + " you.\n");
  }

  // ------------------------------------------------------------------------ cautions in words

  @Test
  void cautionsInWordsAreForThePersonToReadTheExercisesKeptAndTheVerdictSaysSo() {
    List<String> lines =
        plainLines(
            WIDE.render(
                Screening.screen(SheetContentTest.withCautions(), PatientProfile.builder().build())));

    assertThat(lines)
        .containsSequence(
            "This routine carries a caution in words, for everyone who follows it. The check"
                + " cannot judge it for you: read it, and ask a professional if it may concern"
                + " you.",
            "",
            "\u2022 CAUTION: Stop and sit down if you feel dizzy.")
        .containsSequence(
            "\u2022 Squat: READ THE CAUTIONS FIRST \u2014 it stays in your routine, but the check"
                + " cannot judge its caution for you: read it before you do this exercise, and ask"
                + " a professional if it may concern you.",
            "CAUTION: Avoid this position if you have knee problems.")
        .containsSequence(
            "\u2022 Lunge: READ THE CAUTIONS FIRST \u2014 it stays in your routine, but the check"
                + " cannot judge its cautions for you: read them before you do this exercise, and"
                + " ask a professional if one may concern you.",
            "AVOID: Do not do this exercise in the first weeks after a knee replacement.",
            "CAUTION: Avoid this position if you have knee problems.")
        .noneMatch(l -> l.contains("CHECK"));
  }

  @Test
  void theRoutinesSafetySectionKeepsTheExercisesCautionsAndPointsUpForTheRoutinesOwn() {
    List<String> lines =
        plainLines(
            WIDE.render(
                Screening.screen(SheetContentTest.withCautions(), PatientProfile.builder().build())));
    int safety = lines.indexOf("SAFETY FIRST: READ THIS BEFORE YOU START");

    assertThat(safety).isPositive();
    List<String> box = lines.subList(safety, lines.size());
    // The routine's own caution is said once, above, under "What applies to you".
    assertThat(lines.stream().filter(l -> l.contains("Stop and sit down if you feel dizzy.")))
        .hasSize(1);
    assertThat(box)
        .containsSequence(
            "The notices that apply to you are under \u201CWhat applies to you\u201D, above.",
            "",
            "EXERCISES TO AVOID OR TAKE CARE WITH",
            "",
            "\u2022 For Lunge:",
            "AVOID: Do not do this exercise in the first weeks after a knee replacement.",
            "\u201CWait until your surgeon says you may.\u201D \u2014 Jane Doe",
            "",
            "\u2022 For Squat and Lunge:",
            "CAUTION: Avoid this position if you have knee problems.");
  }
}
