package dev.regimen.core.catalog;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Coding;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.List;

/**
 * The L5-S1 relief routine, built from its source article with the public builders and factories
 * only. Read top to bottom, it is a worked example of the model: the source and its expert, the
 * causes of pain, the safety content, the three stretches with their dosage, then the protocol
 * that ties them together.
 *
 * <p>Conventions, so that the content stays faithful to the article:
 *
 * <ul>
 *   <li>Steps, modifications, quotes and takeaways keep the article's own words (typographic
 *       apostrophes written as plain ones). A sentence that says how often to repeat is dosage,
 *       not a step: it lives in {@link Dosage#notes()}, still in the article's words, so that a
 *       timed plan does not read "repeat this" inside each repetition.
 *   <li>Where the article is vague ("about", "a few") the hold is approximate and keeps the
 *       article's wording; where it gives no number, none is invented (the standing hurdler
 *       stretch has no number of repetitions: its amount is not specified).
 *   <li>Each step has the phase the article's wording gives it: getting into position is set-up
 *       (once, or once per side when it names a side), the movement and its hold are done each
 *       repetition, "switch sides" is the switch, so that a timed plan repeats only what is
 *       repeated.
 *   <li>Codes are only those that clearly fit, from {@code docs/reference.md}, with their display
 *       texts verbatim.
 *   <li>Each stretch has one picture, a line drawing made for Regimen (the article's photos and
 *       videos are not ours to ship) of the position that is held, seen from the side. Its URI is
 *       relative, {@code l5-s1-relief/<exercise id>.png}; {@link Catalog#mediaBytes(URI)} gives
 *       its bytes. Its alt text describes the position for someone who cannot see it.
 *   <li>Page furniture of the article (video captions such as "Next up video playing in 10
 *       seconds") is not content and is left out.
 * </ul>
 */
final class L5S1Relief {
  private L5S1Relief() {}

  // ---------------------------------------------------------------------------------------------
  // The source and the expert it quotes
  // ---------------------------------------------------------------------------------------------

  private static final String ARTICLE = "l5-s1-article";

  private static final Person WELLS_ROTH =
      Person.builder()
          .name("David Wells-Roth")
          .credentials("MD")
          .role("neurosurgeon specialising in minimally invasive spinal surgery")
          .build();

  /** The text we have names neither title, author, publisher nor link: none is invented. */
  private static final Source SOURCE =
      Source.builder()
          .id(ARTICLE)
          .name("Article on L5-S1 pain: its causes and stretches that may relieve it")
          .addExperts(WELLS_ROTH)
          .note(
              "The supplied text of the article does not name its title, author, publisher or"
                  + " web address; the title here describes its content. The article quotes"
                  + " David Wells-Roth, MD.")
          .build();

  /** A quote of Dr. Wells-Roth, as published in the article. */
  private static Quote wellsRoth(String words) {
    return Quote.builder().text(words).speaker(WELLS_ROTH).sourceId(ARTICLE).build();
  }

  private static final Quote PAIN_PERSISTS_QUOTE =
      wellsRoth(
          "If [your pain] persists, it is probably not muscular, and you should see a specialist"
              + " in order to figure out a solution and what is wrong, so you don't create further"
              + " injury");

  private static final Quote EXTRUDED_DISC_QUOTE =
      wellsRoth(
          "If you have a herniated disc and some of the disc is extruded out onto the nerve, you"
              + " can extrude it even more from the pressure and ultimately make it worse");

  private static final Quote HURDLER_FEEL_QUOTE =
      wellsRoth(
          "You should feel this stretch in your glutes and also in your opposite groin and"
              + " adductors");

  private static final Quote STRETCH_DAILY_QUOTE =
      wellsRoth(
          "It's important to properly stretch daily and get adequate exercise, such as taking"
              + " long walks, other forms of low-impact cardio, and strengthening your core");

  private static final Quote NOT_A_CURE_QUOTE =
      wellsRoth(
          "However, if the L5-S1 is injured, it is never going to fully get better without"
              + " treatment, and this will all simply relieve pain, not solve the issue.");

  // ---------------------------------------------------------------------------------------------
  // Anatomy and the four causes of L5-S1 pain the article names
  // ---------------------------------------------------------------------------------------------

  /** The lumbosacral joint: L5, the last lumbar vertebra, sitting on S1, the top of the sacrum. */
  private static final SpinalSegment L5_S1 = SpinalSegment.parse("L5-S1");

  private static final Condition AGE_RELATED_CARTILAGE_LOSS =
      Condition.builder()
          .id("age-related-cartilage-loss")
          .name("Age-related cartilage loss")
          .description(
              "Wear and tear with age: the cartilage of the disc and joints between L5 and S1"
                  + " thins and loses its cushioning.")
          .addAffectedSegments(L5_S1)
          // M51.37 is the code reference.md gives; from FY2025 ICD-10-CM splits it into
          // M51.370-M51.379 by the presence of back and leg pain, which the article does not say.
          .addCodings(
              Coding.icd10cm(
                  "M51.37", "Other intervertebral disc degeneration, lumbosacral region"),
              Coding.snomed("60937000", "Degeneration of lumbosacral intervertebral disc"))
          .build();

  private static final String HERNIATED_DISC = "herniated-disc";
  private static final String DISC_EXTRUDED_ONTO_NERVE = "disc-extruded-onto-nerve";

  private static final Condition HERNIATED_DISC_CONDITION =
      Condition.builder()
          .id(HERNIATED_DISC)
          .name("Herniated disc")
          .description(
              "The soft centre of the disc between L5 and S1 pushes out through its tougher outer"
                  + " ring and can press on a nearby nerve.")
          .addAffectedSegments(L5_S1)
          .addCodings(
              Coding.icd10cm(
                  "M51.27", "Other intervertebral disc displacement, lumbosacral region"),
              Coding.snomed(
                  "20021007", "Displacement of lumbar intervertebral disc without myelopathy"))
          .addFindings(
              Finding.builder()
                  .id(DISC_EXTRUDED_ONTO_NERVE)
                  .name("Disc extruded onto the nerve")
                  .description("Disc material is extruded out onto the nerve.")
                  .build())
          .build();

  private static final Condition JOINT_DAMAGE =
      Condition.builder()
          .id("joint-damage")
          .name("Joint damage")
          .description(
              "Damage to the small joints at the back of the spine where L5 meets S1 (the facet"
                  + " joints), for example from wear over the years.")
          .addAffectedSegments(L5_S1)
          // No verified SNOMED CT code for facet joint damage is known: left uncoded there.
          .addCodings(
              Coding.icd10cm(
                  "M47.817", "Spondylosis without myelopathy or radiculopathy, lumbosacral region"))
          .build();

  private static final Condition MUSCLE_INJURY =
      Condition.builder()
          .id("muscle-injury")
          .name("Muscle injury")
          .description(
              "A strain of the muscles, fascia or tendons of the lower back around L5-S1.")
          .addAffectedSegments(L5_S1)
          // No verified SNOMED CT code for a lumbar muscle strain is known: left uncoded there.
          .addCodings(
              Coding.icd10cm(
                  "S39.012A",
                  "Strain of muscle, fascia and tendon of lower back, initial encounter"))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Safety: what every stretch must not be done with, and the notices for the whole routine
  // ---------------------------------------------------------------------------------------------

  /** Every stretch of the routine carries both: stretching can worsen a herniated disc. */
  private static final List<Contraindication> STRETCHING_AND_HERNIATED_DISC =
      List.of(
          Contraindication.builder()
              .conditionId(HERNIATED_DISC)
              .severity(Severity.CAUTION)
              .rationale(
                  "While these exercises are generally safe, in some cases, stretching can worsen"
                      + " a herniated disc. Ask a medical professional before you start.")
              .addSourceIds(ARTICLE)
              .build(),
          Contraindication.builder()
              .conditionId(HERNIATED_DISC)
              .findingId(DISC_EXTRUDED_ONTO_NERVE)
              .severity(Severity.AVOID)
              .rationale(
                  "When disc material is extruded out onto the nerve, the pressure of stretching"
                      + " can extrude it even more and make the herniation worse.")
              .quote(EXTRUDED_DISC_QUOTE)
              .addSourceIds(ARTICLE)
              .build());

  private static final Advisory CONSULT_BEFORE_STARTING =
      Advisory.builder()
          .id("consult-before-starting")
          .name("Consult a medical professional before starting")
          .text(
              "Before you try any exercises or stretches for your lower back, it's best to consult"
                  + " a medical professional. Try these stretches once a healthcare professional"
                  + " has approved them.")
          .trigger(AdvisoryTrigger.ALWAYS)
          .addSourceIds(ARTICLE)
          .build();

  private static final Advisory SEE_SPECIALIST_IF_PAIN_PERSISTS =
      Advisory.builder()
          .id("see-specialist-if-pain-persists")
          .name("See a specialist if the pain persists")
          .text(
              "L5-S1 pain does not usually heal by itself, especially after a few weeks of"
                  + " consistent aches. If your pain persists, it is probably not muscular: see a"
                  + " specialist to find out what is wrong, so you don't create further injury.")
          .trigger(AdvisoryTrigger.PAIN_PERSISTS)
          // The article says "a few weeks" without a number. Two weeks, the low end of "a few",
          // is the safe reading: this notice sends a person to a specialist, and firing it a
          // week early costs an appointment, while firing it late leaves an injury unseen.
          .painWeeksAtLeast(2)
          .addQuotes(PAIN_PERSISTS_QUOTE)
          .addSourceIds(ARTICLE)
          .build();

  private static final Advisory EASE_OFF_IF_DISCOMFORT_PROLONGED =
      Advisory.builder()
          .id("ease-off-if-discomfort-prolonged")
          .name("Ease off if discomfort is prolonged")
          .text(
              "If you experience prolonged discomfort, ease off your exercise routine and consult"
                  + " a doctor.")
          .trigger(AdvisoryTrigger.DURING_EXERCISE)
          .addSourceIds(ARTICLE)
          .build();

  private static final Advisory NOT_WHILE_IN_PAIN =
      Advisory.builder()
          .id("not-while-in-pain")
          .name("Do not exercise while you are already in pain")
          .text(
              "Exercise may alleviate lower back pain only as long as you're not already in pain"
                  + " when you do it.")
          .trigger(AdvisoryTrigger.IN_PAIN_NOW)
          .addSourceIds(ARTICLE)
          .build();

  // ---------------------------------------------------------------------------------------------
  // The three stretches, in the article's order, each with a line drawing of its held position
  // ---------------------------------------------------------------------------------------------

  /**
   * The folder of the drawings: the start of their URIs, and where they are in the jar, next to
   * this class. The drawings are made by {@code core/src/drawings/draw.jsh}.
   */
  static final String PICTURES = "l5-s1-relief/";

  /** {@return the drawing of an exercise's held position: a PNG named after the exercise} */
  private static Media drawing(String exerciseId, String altText) {
    return Media.image(
        URI.create(PICTURES + exerciseId + ".png"), "image/png", altText, MediaRole.END_POSITION);
  }

  /** "It's important to properly stretch daily": the one frequency the article gives. */
  private static final Frequency DAILY = Frequency.daily();

  /** "Hold here for about 30 seconds". */
  private static final Hold ABOUT_30_SECONDS = Hold.aboutSeconds(30);

  private static final Exercise SEATED_HAMSTRING_STRETCH =
      Exercise.builder()
          .id("seated-hamstring-stretch")
          .name("Seated Hamstring Stretch")
          .kind(ExerciseKind.STRETCH)
          .purpose(
              "Basic hamstring stretches (like touching your toes) can decrease the tension across"
                  + " your lower back, according to Wells-Roth.")
          .startingPosition(
              "Sitting up straight in a chair with your feet planted flat on the floor.")
          .addEquipment("a chair")
          .addPrimaryTargets(BodyArea.HAMSTRINGS, BodyArea.LOWER_BACK)
          .addSteps(
              Step.of(
                  StepPhase.SETUP,
                  "Sit up straight in a chair with your feet planted flat on the floor."),
              Step.of(
                  StepPhase.SIDE_SETUP,
                  "Come to the edge of the seat and extend your right leg in front of you with a"
                      + " gentle bend in your knee. Ensure your heel is on the floor and your toes"
                      + " are pointing upward."),
              Step.of(
                  "Gently lean forward and reach your fingers toward your toes, keeping your chest"
                      + " up and back straight and bending at the hips. You should feel a stretch"
                      + " in the back of your thigh. On the extended leg, keep your knee as"
                      + " straight as possible."),
              Step.holding(
                  "Hold here for about 30 seconds and then slowly return to the starting position.",
                  ABOUT_30_SECONDS))
          .addMedia(
              drawing(
                  "seated-hamstring-stretch",
                  "A person sitting on the front edge of a chair, seen from the side. One leg is"
                      + " stretched out in front, the knee almost straight, the heel on the floor"
                      + " and the toes pointing up; the other foot is flat on the floor. Keeping"
                      + " the back straight, the person leans forward from the hips and reaches"
                      + " both hands toward the toes of the stretched leg."))
          .addSensations(Sensation.of("a stretch in the back of your thigh", BodyArea.HAMSTRINGS))
          .addModifications(
              Modification.of(
                  ModificationReason.LIMITED_FLEXIBILITY,
                  "If you can't reach your toes",
                  "You can reach for your knee or shin, depending on your flexibility."))
          .addAllContraindications(STRETCHING_AND_HERNIATED_DISC)
          .build();

  private static final Dosage SEATED_HAMSTRING_DOSAGE =
      Dosage.builder()
          .hold(ABOUT_30_SECONDS)
          .repetitions(Repetitions.between(2, 4))
          .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
          .firstSide(Side.RIGHT) // "extend your right leg in front of you"
          .frequency(DAILY)
          .notes("Repeat this two to four times on one side, then repeat on the other.")
          .build();

  /**
   * "Pause here for a few breaths (around five seconds)": both numbers are approximate; "a few"
   * breaths is read as three, which fits in about five seconds.
   */
  private static final Hold A_FEW_BREATHS =
      Hold.builder()
          .seconds(5)
          .breaths(3)
          .approximate(true)
          .wording("a few breaths (around five seconds)")
          .build();

  private static final Exercise KNEE_TO_CHEST_STRETCH =
      Exercise.builder()
          .id("knee-to-chest-stretch")
          .name("Knee-to-Chest Stretch")
          .kind(ExerciseKind.STRETCH)
          .startingPosition(
              "Lying on your back on the floor with your feet flat and your knees bent.")
          // No equipment: the floor will do (a pillow, a mat or a bed are modifications).
          .needsNoEquipment(true)
          .addPrimaryTargets(BodyArea.LOWER_BACK)
          .addSteps(
              Step.of(StepPhase.SETUP, "Lie on the floor with your feet flat and your knees bent."),
              Step.of(
                  "With your right foot planted, gently pull your left knee toward your chest with"
                      + " both hands until you feel a stretch in your lower back."),
              Step.holding("Pause here for a few breaths (around five seconds).", A_FEW_BREATHS),
              Step.of("Return to the starting position and repeat on the other side."))
          .addMedia(
              drawing(
                  "knee-to-chest-stretch",
                  "A person lying on their back on the floor, seen from the side. One knee is"
                      + " bent with that foot flat on the floor; both hands hold the other knee"
                      + " and pull it up toward the chest."))
          .addSensations(Sensation.of("a stretch in your lower back", BodyArea.LOWER_BACK))
          .addModifications(
              Modification.of(
                  ModificationReason.DISCOMFORT,
                  "If lying on the floor feels uncomfortable",
                  "You can place a pillow or mat under your back."),
              Modification.of(
                  ModificationReason.BALANCE,
                  "For those who struggle to get up from the floor",
                  "Perform the exercise near a couch or sturdy chair to help with balance."),
              Modification.of(
                  ModificationReason.SETTING,
                  "As an alternative to the floor",
                  "You can perform this move in bed."))
          .addAllContraindications(STRETCHING_AND_HERNIATED_DISC)
          .build();

  private static final Dosage KNEE_TO_CHEST_DOSAGE =
      Dosage.builder()
          .hold(A_FEW_BREATHS)
          .repetitions(Repetitions.between(2, 3))
          .sideOrder(SideOrder.ALTERNATING) // "Return to the starting position and repeat on ..."
          .firstSide(Side.LEFT) // "gently pull your left knee toward your chest"
          .frequency(DAILY)
          .notes("Repeat each stretch two or three times.")
          .build();

  private static final Exercise STANDING_HURDLER_STRETCH =
      Exercise.builder()
          .id("standing-hurdler-stretch")
          .name("Standing Hurdler Stretch")
          .kind(ExerciseKind.STRETCH)
          .startingPosition("Standing, facing a bench or couch.")
          .addEquipment("a bench or couch")
          .addPrimaryTargets(BodyArea.HAMSTRINGS, BodyArea.GLUTES, BodyArea.GROIN, BodyArea.ADDUCTORS)
          .addSteps(
              Step.of(StepPhase.SIDE_SETUP, "Place your left foot on a bench or couch."),
              Step.of(
                  "Keeping both legs straight and your hips square to the front, slowly bend from"
                      + " your waist to feel a stretch in your left hamstring."),
              Step.of(StepPhase.SWITCH_SIDES, "Breathe and switch sides."))
          .addMedia(
              drawing(
                  "standing-hurdler-stretch",
                  "A person standing in front of a bench, seen from the side. One foot is up on"
                      + " the bench with that leg straight, the heel resting on it and the toes"
                      + " pointing up; the other leg is straight, the foot flat on the floor."
                      + " The person bends forward from the waist over the raised leg, one hand"
                      + " reaching down toward its shin."))
          .addSensations(
              Sensation.of("a stretch in the hamstring of the raised leg", BodyArea.HAMSTRINGS),
              Sensation.of(
                  "a stretch in your glutes and also in your opposite groin and adductors",
                  BodyArea.GLUTES,
                  BodyArea.GROIN,
                  BodyArea.ADDUCTORS))
          .addAllContraindications(STRETCHING_AND_HERNIATED_DISC)
          .addQuotes(HURDLER_FEEL_QUOTE)
          .build();

  /**
   * The article gives no hold and no count here, so neither is given: the amount is not
   * specified, and sheets say so rather than invent one.
   */
  private static final Dosage STANDING_HURDLER_DOSAGE =
      Dosage.builder()
          .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
          .firstSide(Side.LEFT) // "Place your left foot on a bench or couch"
          .frequency(DAILY)
          .notes(
              "Breathe and switch sides. The article gives no hold time and no number of"
                  + " repetitions.")
          .build();

  // ---------------------------------------------------------------------------------------------
  // Beyond the stretches: recommendations and takeaways
  // ---------------------------------------------------------------------------------------------

  private static final Recommendation STRENGTHEN_YOUR_CORE =
      Recommendation.builder()
          .id("strengthen-your-core")
          .name("Strengthen your core")
          .text(
              "Strengthening your core is one way to relieve lower back pain. But that doesn't"
                  + " mean you should focus on the six-pack muscles.")
          .addSourceIds(ARTICLE)
          .build();

  private static final Recommendation EXERCISE_REGULARLY =
      Recommendation.builder()
          .id("exercise-regularly")
          .name("Exercise regularly")
          .text(
              "As long as you're not already in pain when you do it, exercise may alleviate lower"
                  + " back pain. Everyone's body responds differently to exercise, though. Consult"
                  + " your doctor to learn more about your specific goals and your body's needs.")
          .addSourceIds(ARTICLE)
          .build();

  private static final Recommendation LISTEN_TO_YOUR_BODY =
      Recommendation.builder()
          .id("listen-to-your-body")
          .name("Listen to your body")
          .text(
              "If you experience prolonged discomfort, ease off your exercise routine and consult"
                  + " a doctor. Stretch daily and get adequate exercise, such as long walks or"
                  + " other low-impact cardio, and strengthen your core; but these relieve pain,"
                  + " they do not treat an injured L5-S1.")
          .addQuotes(STRETCH_DAILY_QUOTE, NOT_A_CURE_QUOTE)
          .addSourceIds(ARTICLE)
          .build();

  private static final List<String> TAKEAWAYS =
      List.of(
          "Some stretches, such as the seated hamstring stretch, the standing hurdler stretch, or"
              + " the knee-to-chest stretch, may provide temporary relief for L5-S1-related pain.",
          "But lower back pain can occur for many reasons, including age-related wear and tear,"
              + " injury, herniated disks, joint damage, or muscle injury. Many causes of lower"
              + " back pain require active treatment and won't improve with home stretching.",
          "If your back pain persists, consult a healthcare professional to prevent further"
              + " injury.");

  // ---------------------------------------------------------------------------------------------
  // The protocol
  // ---------------------------------------------------------------------------------------------

  /** {@return the routine, newly built and validated} */
  static Protocol protocol() {
    return Protocol.builder()
        .id(Catalog.L5_S1_RELIEF_ID)
        .name("L5-S1 Relief Stretches")
        .summary(
            "Three stretches that may give temporary relief from pain at L5-S1, the lumbosacral"
                + " joint. Your lower back has five vertebrae, L1 to L5, and your sacrum five"
                + " bones, S1 to S5; at L5-S1 the fifth vertebra of your lower back sits on top of"
                + " the first bone of your sacrum. The stretches may relieve the pain; they do not"
                + " treat its cause.")
        .addTargetSegments(L5_S1)
        .addConditions(
            AGE_RELATED_CARTILAGE_LOSS, HERNIATED_DISC_CONDITION, JOINT_DAMAGE, MUSCLE_INJURY)
        .addEntries(
            ProtocolEntry.of(SEATED_HAMSTRING_STRETCH, SEATED_HAMSTRING_DOSAGE),
            ProtocolEntry.of(KNEE_TO_CHEST_STRETCH, KNEE_TO_CHEST_DOSAGE),
            ProtocolEntry.of(STANDING_HURDLER_STRETCH, STANDING_HURDLER_DOSAGE))
        .addAdvisories(
            CONSULT_BEFORE_STARTING,
            SEE_SPECIALIST_IF_PAIN_PERSISTS,
            EASE_OFF_IF_DISCOMFORT_PROLONGED,
            NOT_WHILE_IN_PAIN)
        .addRecommendations(STRENGTHEN_YOUR_CORE, EXERCISE_REGULARLY, LISTEN_TO_YOUR_BODY)
        .addAllTakeaways(TAKEAWAYS)
        .addSources(SOURCE)
        .build();
  }
}
