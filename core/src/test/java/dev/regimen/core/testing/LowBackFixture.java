package dev.regimen.core.testing;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.List;

/**
 * A realistic L5-S1-like protocol for screening and session-plan tests, built independently of the
 * bundled catalog and wider than it: four exercises covering every side order, holds on a step, in
 * the dosage only and in breaths only, sets with their own rests, and contraindications on two
 * conditions, one narrowed by a finding.
 */
public final class LowBackFixture {
  private LowBackFixture() {}

  public static final String ARTICLE = "low-back-article";
  public static final String GUIDELINE = "back-guideline";
  public static final String HERNIATED_DISC = "herniated-disc";
  public static final String EXTRUDED = "disc-extruded-onto-nerve";
  public static final String MUSCLE_STRAIN = "muscle-strain";

  public static final String HAMSTRING = "seated-hamstring-stretch";
  public static final String KNEE_TO_CHEST = "knee-to-chest-stretch";
  public static final String PELVIC_TILT = "pelvic-tilt";
  public static final String BREATHING = "belly-breathing";

  public static final String CONSULT = "consult-first";
  public static final String EASE_OFF = "ease-off";
  public static final String SPECIALIST = "see-specialist";
  public static final String NOT_IN_PAIN = "not-in-pain";

  /** The weeks of pain from which the specialist advisory applies: data of the advisory. */
  public static final int SPECIALIST_WEEKS = 3;

  public static final Person EXPERT =
      Person.builder().name("Dana Smith").credentials("PT").role("physiotherapist").build();

  public static final Source ARTICLE_SOURCE =
      Source.builder().id(ARTICLE).name("Stretches for the lower back").addExperts(EXPERT).build();

  public static final Source GUIDELINE_SOURCE =
      Source.builder().id(GUIDELINE).name("Low back pain guideline").build();

  public static final Condition HERNIATED =
      Condition.builder()
          .id(HERNIATED_DISC)
          .name("Herniated disc")
          .description("Disc material pushes out between L5 and S1.")
          .addAffectedSegments(SpinalSegment.parse("L5-S1"))
          .addFindings(Finding.of(EXTRUDED, "Disc extruded onto the nerve"))
          .build();

  public static final Condition STRAIN =
      Condition.builder()
          .id(MUSCLE_STRAIN)
          .name("Muscle strain")
          .description("A strained lower-back muscle.")
          .build();

  public static final Contraindication STRETCH_CAUTION =
      Contraindication.builder()
          .conditionId(HERNIATED_DISC)
          .severity(Severity.CAUTION)
          .rationale("Stretching can worsen a herniated disc.")
          .addSourceIds(ARTICLE)
          .build();

  public static final Contraindication STRETCH_AVOID =
      Contraindication.builder()
          .conditionId(HERNIATED_DISC)
          .findingId(EXTRUDED)
          .severity(Severity.AVOID)
          .rationale("Stretching can push extruded disc material further onto the nerve.")
          .quote(
              Quote.builder()
                  .text("You can extrude it even more")
                  .speaker(EXPERT)
                  .sourceId(GUIDELINE)
                  .build())
          .addSourceIds(ARTICLE)
          .build();

  public static final Contraindication TILT_CAUTION =
      Contraindication.builder()
          .conditionId(MUSCLE_STRAIN)
          .severity(Severity.CAUTION)
          .rationale("Keep the tilt small while the muscle heals.")
          .addSourceIds(GUIDELINE)
          .build();

  public static final Hold ABOUT_30 = Hold.aboutSeconds(30);

  public static final Hold FEW_BREATHS =
      Hold.builder().seconds(5).breaths(3).approximate(true).wording("a few breaths").build();

  /** One side then the other, right first, 2 to 4 per side; the hold on a step and in the dosage. */
  public static final ProtocolEntry HAMSTRING_ENTRY =
      ProtocolEntry.builder()
          .exercise(
              Exercise.builder()
                  .id(HAMSTRING)
                  .name("Seated Hamstring Stretch")
                  .kind(ExerciseKind.STRETCH)
                  .startingPosition("Sitting on the edge of a chair.")
                  .addEquipment("a chair")
                  .addPrimaryTargets(BodyArea.HAMSTRINGS)
                  .addSteps(
                      Step.of("Extend one leg."),
                      Step.of("Lean forward from the hips."),
                      Step.holding("Hold, then return.", Hold.ofSeconds(20)))
                  .addContraindications(STRETCH_CAUTION, STRETCH_AVOID)
                  .build())
          .dosage(
              Dosage.builder()
                  .hold(ABOUT_30)
                  .repetitions(Repetitions.between(2, 4))
                  .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
                  .firstSide(Side.RIGHT)
                  .build())
          .note("Keep your back straight.")
          .build();

  /** Alternating from the left, 2 to 3 per side; the hold on a step only. */
  public static final ProtocolEntry KNEE_TO_CHEST_ENTRY =
      ProtocolEntry.of(
          Exercise.builder()
              .id(KNEE_TO_CHEST)
              .name("Knee-to-Chest Stretch")
              .kind(ExerciseKind.STRETCH)
              .startingPosition("Lying on your back, knees bent.")
              .addSteps(
                  Step.of("Pull one knee to your chest."),
                  Step.holding("Pause for a few breaths.", FEW_BREATHS),
                  Step.of("Return and change legs."))
              .addContraindications(STRETCH_CAUTION, STRETCH_AVOID)
              .build(),
          Dosage.builder()
              .repetitions(Repetitions.between(2, 3))
              .sideOrder(SideOrder.ALTERNATING)
              .firstSide(Side.LEFT)
              .build());

  /** Both sides at once, 10 repetitions in 2 sets with their own rests; the hold in the dosage. */
  public static final ProtocolEntry PELVIC_TILT_ENTRY =
      ProtocolEntry.of(
          Exercise.builder()
              .id(PELVIC_TILT)
              .name("Pelvic Tilt")
              .kind(ExerciseKind.STRENGTHENING)
              .startingPosition("Lying on your back, knees bent.")
              .addSteps(Step.of("Flatten your back against the floor."), Step.of("Tighten your belly."))
              .addContraindications(TILT_CAUTION)
              .build(),
          Dosage.builder()
              .hold(Hold.ofSeconds(5))
              .repetitions(Repetitions.exactly(10))
              .sets(Range.of(2))
              .restSeconds(Range.of(3))
              .restBetweenSetsSeconds(Range.of(20))
              .build());

  /** No sides, once, a hold in breaths only; no contraindication. */
  public static final ProtocolEntry BREATHING_ENTRY =
      ProtocolEntry.of(
          Exercise.builder()
              .id(BREATHING)
              .name("Belly Breathing")
              .kind(ExerciseKind.MOBILITY)
              .startingPosition("Lying on your back.")
              .addSteps(Step.of("Breathe into your belly."))
              .build(),
          Dosage.builder().hold(Hold.ofBreaths(6)).build());

  public static final Advisory CONSULT_ADVISORY =
      Advisory.builder()
          .id(CONSULT)
          .name("Consult first")
          .text("Ask a professional before you start.")
          .trigger(AdvisoryTrigger.ALWAYS)
          .addSourceIds(ARTICLE)
          .build();

  public static final Advisory EASE_OFF_ADVISORY =
      Advisory.builder()
          .id(EASE_OFF)
          .name("Ease off")
          .text("Ease off if discomfort lasts.")
          .trigger(AdvisoryTrigger.DURING_EXERCISE)
          .build();

  public static final Advisory SPECIALIST_ADVISORY =
      Advisory.builder()
          .id(SPECIALIST)
          .name("See a specialist")
          .text("See a specialist if the pain persists.")
          .trigger(AdvisoryTrigger.PAIN_PERSISTS)
          .painWeeksAtLeast(SPECIALIST_WEEKS)
          .addQuotes(Quote.builder().text("See a specialist").speaker(EXPERT).sourceId(GUIDELINE).build())
          .addSourceIds(ARTICLE)
          .build();

  public static final Advisory NOT_IN_PAIN_ADVISORY =
      Advisory.builder()
          .id(NOT_IN_PAIN)
          .name("Not while in pain")
          .text("Do not exercise while you are in pain.")
          .trigger(AdvisoryTrigger.IN_PAIN_NOW)
          .addSourceIds(GUIDELINE)
          .build();

  /** {@return a protocol with the given entries and the fixture's everything else} */
  public static Protocol protocolWith(List<ProtocolEntry> entries) {
    return Protocol.builder()
        .id("low-back-relief")
        .name("Low Back Relief")
        .summary("Four exercises for pain at L5-S1.")
        .addTargetSegments(SpinalSegment.parse("L5-S1"))
        .addConditions(HERNIATED, STRAIN)
        .entries(entries)
        .addAdvisories(CONSULT_ADVISORY, SPECIALIST_ADVISORY, EASE_OFF_ADVISORY, NOT_IN_PAIN_ADVISORY)
        .addTakeaways("Stretching relieves pain; it does not treat its cause.")
        .addSources(ARTICLE_SOURCE, GUIDELINE_SOURCE)
        .build();
  }

  /** {@return the fixture protocol: hamstring, knee-to-chest, pelvic tilt, breathing} */
  public static Protocol protocol() {
    return protocolWith(
        List.of(HAMSTRING_ENTRY, KNEE_TO_CHEST_ENTRY, PELVIC_TILT_ENTRY, BREATHING_ENTRY));
  }
}
