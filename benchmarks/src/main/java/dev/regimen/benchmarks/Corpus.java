package dev.regimen.benchmarks;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocols every benchmark runs on: the bundled L5-S1 routine, the main case, and synthetic
 * protocols of 10, 100, 1 000 and 10 000 entries.
 *
 * <p>A synthetic protocol of {@code n} entries repeats five template entries in turn until there
 * are {@code n}: the L5-S1 routine's three stretches (set-up, side set-up, repetition and
 * switch-sides steps; held repetitions; an amount not specified), then {@link #BRIDGE} and {@link
 * #WALK}, which exercise the model's other shapes. Entry {@code i} (from 1) gets the exercise id
 * {@code <template id>-<i>} and the name {@code <template name> <i>}, so that the ids stay unique.
 * The rest (conditions, advisories, recommendations, takeaways, sources) is the routine's, so
 * every contraindication and source id still resolves, and the protocol carries one caution in
 * words of its own, {@link #PROTOCOL_CAUTION}. Built with the public builders; deterministic.
 *
 * <p>The two added templates' dosages are synthetic, chosen to exercise the model, not
 * prescriptions: no source gives them.
 */
public final class Corpus {
  /** The benchmark parameter naming the bundled L5-S1 routine. */
  public static final String L5_S1 = "l5-s1";

  /** The sizes of the synthetic protocols, in entries. */
  public static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);

  /** The routine's one source, the article, which the added cautions cite. */
  private static final String ARTICLE = Catalog.l5s1Relief().sources().get(0).id();

  private static final String FREE_EXERCISE_DB = "free-exercise-db";

  private static final String IMAGES = "https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/";

  /**
   * The "Butt Lift (Bridge)" of the public-domain free-exercise-db dataset (id {@code
   * Butt_Lift_Bridge}), in its own words, with its level, force, mechanic, muscles, photos and
   * provenance (its own source, licence and external id): a strengthening exercise whose
   * repetitions move (no hold but the second's pause at the top), with a tempo, a range of sets, a
   * range of rest between sets, body weight and an effort. The photos' alternative texts describe
   * the positions the instructions give.
   */
  public static final ProtocolEntry BRIDGE =
      ProtocolEntry.of(
          Exercise.builder()
              .id("butt-lift-bridge")
              .name("Butt Lift (Bridge)")
              .kind(ExerciseKind.STRENGTHENING)
              .level(ExerciseLevel.BEGINNER)
              .force(Force.PUSH)
              .mechanic(Mechanic.ISOLATION)
              .needsNoEquipment(true) // the dataset's equipment: "body only"
              .addPrimaryTargets(BodyArea.GLUTES)
              .addSecondaryTargets(BodyArea.HAMSTRINGS)
              .addSteps(
                  Step.of(
                      StepPhase.SETUP,
                      "Lie flat on the floor on your back with the hands by your side and your knees"
                          + " bent. Your feet should be placed around shoulder width. This will be"
                          + " your starting position."),
                  Step.builder()
                      .text(
                          "Pushing mainly with your heels, lift your hips off the floor while keeping"
                              + " your back straight. Breathe out as you perform this part of the"
                              + " motion and hold at the top for a second.")
                      .hold(Hold.ofSeconds(1))
                      .addMedia(
                          Media.image(
                              URI.create(IMAGES + "Butt_Lift_Bridge/1.jpg"),
                              "image/jpeg",
                              "Lying on the back with the hips lifted off the floor and the back"
                                  + " straight, on the heels and the upper back",
                              MediaRole.END_POSITION))
                      .build(),
                  Step.of("Slowly go back to the starting position as you breathe in."))
              .addMedia(
                  Media.image(
                      URI.create(IMAGES + "Butt_Lift_Bridge/0.jpg"),
                      "image/jpeg",
                      "Lying on the back, hands by the sides, knees bent and feet on the floor about"
                          + " shoulder width apart",
                      MediaRole.START_POSITION))
              .addSources(
                  Source.builder()
                      .id(FREE_EXERCISE_DB)
                      .name("Free Exercise DB")
                      .author("yuhonas")
                      .link(URI.create("https://github.com/yuhonas/free-exercise-db"))
                      .note("An open public-domain exercise dataset (the Unlicense).")
                      .build())
              .licence("Unlicense")
              .addExternalIds(ExternalId.of(FREE_EXERCISE_DB, "Butt_Lift_Bridge"))
              .build(),
          Dosage.builder()
              .repetitions(Repetitions.between(8, 12))
              .sets(Range.between(2, 3))
              .restBetweenSetsSeconds(Range.between(60, 90))
              .frequency(Frequency.daysPerWeek(2, 3))
              .load(Load.bodyWeight())
              .effort(Effort.rpeBetween(6, 7))
              .tempo(Tempo.parse("2-1-2"))
              .build());

  /**
   * A long walk, the low-impact cardio the L5-S1 article recommends: no starting position, a
   * set-up and a finishing step around the one repeated step, a custom target area, a duration of
   * 20 to 30 minutes, and a caution in words (the article's own sentence).
   */
  public static final ProtocolEntry WALK =
      ProtocolEntry.of(
          Exercise.builder()
              .id("long-walk")
              .name("Long Walk")
              .kind(ExerciseKind.AEROBIC)
              .purpose("Low-impact cardio, as the article recommends alongside daily stretching.")
              .addPrimaryTargets(BodyArea.custom("heart_and_lungs", "heart and lungs"))
              .addSecondaryTargets(BodyArea.CALVES, BodyArea.QUADRICEPS)
              .addSteps(
                  Step.of(StepPhase.SETUP, "Put on comfortable shoes."),
                  Step.of("Walk at a steady pace that you can keep up, breathing a little faster than at rest."),
                  Step.of(StepPhase.FINISH, "Slow down for the last few minutes before you stop."))
              .addCautions(
                  Caution.builder()
                      .text(
                          "If you experience prolonged discomfort, ease off your exercise routine and"
                              + " consult a doctor.")
                      .addSourceIds(ARTICLE)
                      .build())
              .build(),
          Dosage.builder()
              .duration(TimeRange.ofMinutesBetween(20, 30))
              .frequency(Frequency.daily())
              .intensity(Intensity.described("a steady pace you can keep up"))
              .build());

  /** The synthetic protocols' caution in words, a takeaway of the article. */
  public static final Caution PROTOCOL_CAUTION =
      Caution.builder()
          .text(
              "Many causes of lower back pain require active treatment and won't improve with home"
                  + " stretching.")
          .addSourceIds(ARTICLE)
          .build();

  private Corpus() {}

  /**
   * The protocol a benchmark parameter names.
   *
   * @param name {@value #L5_S1} or a number of entries
   * @return the protocol
   * @throws IllegalArgumentException if the name is neither
   */
  public static Protocol protocol(String name) {
    if (name.equals(L5_S1)) {
      return Catalog.l5s1Relief();
    }
    int n;
    try {
      n = Integer.parseInt(name);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "protocol must be '" + L5_S1 + "' or a number of entries, was '" + name + "'", e);
    }
    return synthetic(n);
  }

  /** {@return the five template entries of the synthetic protocols, in the order they repeat} */
  public static List<ProtocolEntry> templates() {
    List<ProtocolEntry> templates = new ArrayList<>(Catalog.l5s1Relief().entries());
    templates.add(BRIDGE);
    templates.add(WALK);
    return List.copyOf(templates);
  }

  /**
   * A synthetic protocol, as the class description says.
   *
   * @param entries the number of entries, at least 1
   * @return the protocol
   * @throws IllegalArgumentException if {@code entries} is less than 1
   */
  public static Protocol synthetic(int entries) {
    if (entries < 1) {
      throw new IllegalArgumentException("entries must be at least 1, was " + entries);
    }
    Protocol base = Catalog.l5s1Relief();
    List<ProtocolEntry> templates = templates();
    List<ProtocolEntry> out = new ArrayList<>(entries);
    for (int i = 1; i <= entries; i++) {
      ProtocolEntry template = templates.get((i - 1) % templates.size());
      Exercise exercise =
          Exercise.builder()
              .from(template.exercise())
              .id(template.exercise().id() + "-" + i)
              .name(template.exercise().name() + " " + i)
              .build();
      out.add(ProtocolEntry.builder().from(template).exercise(exercise).build());
    }
    return Protocol.builder()
        .from(base)
        .id("synthetic-" + entries)
        .name("Synthetic protocol of " + entries + " entries")
        .entries(out)
        .addCautions(PROTOCOL_CAUTION)
        .build();
  }
}
