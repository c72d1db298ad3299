package dev.regimen.catalog.freeexercisedb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.catalog.freeexercisedb.ImportReport.Change;
import dev.regimen.catalog.freeexercisedb.ImportReport.Skipped;
import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.dosage.Dosage;
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
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.ExternalId;
import dev.regimen.formats.json.DocumentKind;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.TextSheet;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The import of the real dataset, all 873 entries of it: what imports, what does not, and why. */
class FreeExerciseDbImportTest {
  private final ImportReport report = Dataset.report();

  @Test
  void importsAllButTheFiveEntriesThatHaveNoInstructions() {
    assertThat(report.total()).isEqualTo(873);
    assertThat(report.exercises()).hasSize(868).hasSizeGreaterThanOrEqualTo(866);
    assertThat(report.skipped())
        .extracting(s -> s.id().orElseThrow())
        .containsExactly("Iron_Cross", "One-Arm_Kettlebell_Swings", "Push_Press", "Side_Bridge", "Side_Jackknife");
    for (Skipped s : report.skipped()) {
      assertThat(s.reasons())
          .containsExactly("/" + s.index() + "/instructions: is empty; an exercise needs at least one step");
    }
    assertThat(report.summary())
        .startsWith("imported 868 of 873 exercises; skipped 5: Iron_Cross (/");
    System.out.println("free-exercise-db: " + report.summary());
    System.out.println("free-exercise-db: changes " + report.changeCounts());
  }

  @Test
  void everyExerciseKeepsItsDatasetIdAsAnExternalIdAndHasAUniqueSlug() {
    List<String> ids = report.exercises().stream().map(Exercise::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    for (Exercise e : report.exercises()) {
      assertThat(e.externalIds()).hasSize(1);
      ExternalId x = e.externalIds().get(0);
      assertThat(x.dataset()).isEqualTo("free-exercise-db");
      assertThat(e.id()).isEqualTo(FreeExerciseDbImporter.slug(x.id()));
    }
    assertThat(report.changes(Change.Kind.ID_DISAMBIGUATED)).isEmpty();
  }

  @Test
  void mapsAnEntryFaithfully() {
    Exercise sitUp = exercise("3_4_Sit-Up");
    assertThat(sitUp.id()).isEqualTo("3-4-sit-up");
    assertThat(sitUp.name()).isEqualTo("3/4 Sit-Up");
    assertThat(sitUp.kind()).isEqualTo(ExerciseKind.STRENGTHENING);
    assertThat(sitUp.level()).contains(ExerciseLevel.BEGINNER);
    assertThat(sitUp.force()).contains(Force.PULL);
    assertThat(sitUp.mechanic()).contains(Mechanic.COMPOUND);
    assertThat(sitUp.needsNoEquipment()).isTrue();
    assertThat(sitUp.primaryTargets()).containsExactly(BodyArea.ABDOMINALS);
    assertThat(sitUp.secondaryTargets()).isEmpty();
    assertThat(sitUp.language()).isEqualTo("en");
    assertThat(sitUp.licence()).contains("Unlicense");
    assertThat(sitUp.sources()).containsExactly(FreeExerciseDbImporter.source(null));
    assertThat(sitUp.startingPosition()).isEmpty();
    assertThat(sitUp.steps())
        .containsExactly(
            Step.of(StepPhase.SETUP, "Lie down on the floor and secure your feet. Your legs should be bent at the knees."),
            Step.of(StepPhase.SETUP, "Place your hands behind or to the side of your head. You will begin with your back on the ground. This will be your starting position."),
            Step.of(StepPhase.REPETITION, "Flex your hips and spine to raise your torso toward your knees."),
            Step.of(StepPhase.REPETITION, "At the top of the contraction your torso should be perpendicular to the ground. Reverse the motion, going only ¾ of the way down."));
    assertThat(report.changes())
        .filteredOn(c -> c.id().equals("3_4_Sit-Up"))
        .containsExactly(
            new Change(Change.Kind.DOSAGE_RESTATEMENT_DROPPED, "/0/instructions/4", "3_4_Sit-Up",
                "Repeat for the recommended amount of repetitions.",
                "dropped: it only restates the dosage, which the protocol gives"));
    assertThat(sitUp.media())
        .containsExactly(
            Media.image(URI.create("https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/3_4_Sit-Up/0.jpg"),
                "image/jpeg", "3/4 Sit-Up: picture 1 of 2", MediaRole.ILLUSTRATION),
            Media.image(URI.create("https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/3_4_Sit-Up/1.jpg"),
                "image/jpeg", "3/4 Sit-Up: picture 2 of 2", MediaRole.ILLUSTRATION));
  }

  @Test
  void mapsEveryCategoryLevelAndEquipmentAsDocumented() {
    Map<ExerciseKind, Long> kinds =
        report.exercises().stream().collect(Collectors.groupingBy(Exercise::kind, Collectors.counting()));
    assertThat(kinds)
        .containsOnly(
            Map.entry(ExerciseKind.STRENGTHENING, 577L),
            Map.entry(ExerciseKind.STRETCH, 123L),
            Map.entry(ExerciseKind.PLYOMETRIC, 61L),
            Map.entry(ExerciseKind.POWERLIFTING, 38L),
            Map.entry(ExerciseKind.OLYMPIC_WEIGHTLIFTING, 34L),
            Map.entry(ExerciseKind.STRONGMAN, 21L),
            Map.entry(ExerciseKind.AEROBIC, 14L));
    assertThat(report.exercises().stream().filter(e -> e.level().equals(Optional.of(ExerciseLevel.ADVANCED))).count())
        .isEqualTo(56);
    assertThat(exercise("Ab_Roller").equipment()).containsExactly("other equipment (the source does not say which)");
    assertThat(exercise("Barbell_Curl").equipment()).containsExactly("barbell");
    assertThat(exercise("Adductor_Groin").equipmentStatus()).isEqualTo(dev.regimen.core.exercise.EquipmentStatus.NOT_STATED);
    assertThat(report.exercises().stream().map(Exercise::equipmentStatus).filter(s -> s == dev.regimen.core.exercise.EquipmentStatus.NOT_STATED).count())
        .isEqualTo(77);
  }

  @Test
  void everyMuscleNameOfTheDatasetIsAStandardArea() {
    for (Exercise e : report.exercises()) {
      assertThat(e.targets()).allMatch(BodyArea::isStandard);
      assertThat(e.primaryTargets()).hasSize(1);
    }
    assertThat(report.changes(Change.Kind.CUSTOM_AREA)).isEmpty();
    assertThat(report.changes(Change.Kind.SECONDARY_TARGET_DROPPED))
        .extracting(Change::id)
        .containsExactly(
            "All_Fours_Quad_Stretch", "Barbell_Step_Ups", "Bent-Arm_Barbell_Pullover", "Clean_and_Press",
            "Hurdle_Hops", "Kneeling_Hip_Flexor", "Snatch_Deadlift", "Split_Snatch", "Upper_Back_Stretch");
  }

  @Test
  void reportsEveryTextItDroppedOrSplit() {
    assertThat(report.changes(Change.Kind.BLANK_DROPPED))
        .extracting(Change::pointer)
        .hasSize(2);
    assertThat(report.changes(Change.Kind.BLANK_DROPPED)).extracting(Change::id)
        .containsExactly("Barbell_Squat_To_A_Bench", "Clean");
    assertThat(report.changes(Change.Kind.STEP_SPLIT))
        .extracting(Change::id)
        .containsExactly("Natural_Glute_Ham_Raise");
    assertThat(report.changes(Change.Kind.DOSAGE_RESTATEMENT_DROPPED))
        .allSatisfy(c -> assertThat(StepRules.isRestatement(c.text())).isTrue());
    // every instruction of every imported entry is a step's text, the two steps it was split
    // into, or a text the report names as dropped
    JsonNode entries = raw();
    for (Exercise e : report.exercises()) {
      String id = e.externalIds().get(0).id();
      JsonNode entry = null;
      for (JsonNode n : entries) {
        if (n.get("id").asString().equals(id)) {
          entry = n;
        }
      }
      List<String> steps = e.steps().stream().map(Step::text).collect(Collectors.toList());
      List<String> accounted = new ArrayList<>(steps);
      for (int i = 0; i + 1 < steps.size(); i++) {
        accounted.add(steps.get(i) + " " + steps.get(i + 1));
      }
      report.changes().stream()
          .filter(c -> c.id().equals(id))
          .filter(c -> c.kind() == Change.Kind.BLANK_DROPPED || c.kind() == Change.Kind.DOSAGE_RESTATEMENT_DROPPED)
          .forEach(c -> accounted.add(c.text().strip()));
      List<String> instructions = new ArrayList<>();
      entry.get("instructions").forEach(n -> instructions.add(n.asString().strip()));
      assertThat(accounted).as(id).containsAll(instructions);
      assertThat(steps.size()).as(id).isLessThanOrEqualTo(instructions.size() + 1);
    }
  }

  private static JsonNode raw() {
    try (java.io.InputStream in = Dataset.open()) {
      return new ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void phasesFollowTheRule() {
    long withSetup = report.exercises().stream().filter(e -> !e.steps(StepPhase.SETUP).isEmpty()).count();
    long withSwitch = report.exercises().stream().filter(e -> !e.steps(StepPhase.SWITCH_SIDES).isEmpty()).count();
    System.out.println("free-exercise-db: " + withSetup + " exercises with set-up steps, " + withSwitch
        + " with a switch-sides step, "
        + report.changes(Change.Kind.DOSAGE_RESTATEMENT_DROPPED).size() + " restatements dropped");
    assertThat(withSetup).isEqualTo(549);
    for (Exercise e : report.exercises()) {
      // at least one step is done in every repetition or switches sides: nothing is only set-up
      assertThat(e.steps()).anyMatch(s -> s.phase() == StepPhase.REPETITION || s.phase() == StepPhase.SWITCH_SIDES);
      assertThat(e.steps(StepPhase.FINISH)).isEmpty();
      assertThat(e.steps(StepPhase.SIDE_SETUP)).isEmpty();
      List<Step> setup = e.steps(StepPhase.SETUP);
      if (!setup.isEmpty()) {
        assertThat(StepRules.declarationEnd(setup.get(setup.size() - 1).text())).isNotNegative();
      }
    }
  }

  @Test
  void copiesTheSafetyNotesOfTheTextIntoCautions() {
    List<Change> copied = report.changes(Change.Kind.CAUTION_COPIED);
    System.out.println("free-exercise-db: " + copied.size() + " cautions in "
        + copied.stream().map(Change::id).distinct().count() + " exercises");
    copied.forEach(c -> System.out.println("  caution: " + c));
    Exercise childsPose = exercise("Childs_Pose");
    assertThat(childsPose.cautions()).hasSize(1);
    assertThat(childsPose.cautions().get(0).text()).isEqualTo("Avoid this position if you have knee problems.");
    assertThat(childsPose.cautions().get(0).severity()).isEqualTo(Severity.AVOID);
    assertThat(childsPose.cautions().get(0).sourceIds()).containsExactly("free-exercise-db");
    // the step keeps the sentence
    assertThat(childsPose.steps().get(2).text()).endsWith("Avoid this position if you have knee problems.");
    assertThat(exercise("Bent-Arm_Dumbbell_Pullover").cautions())
        .extracting(c -> c.text())
        .containsExactly("Always ensure that the dumbbell used for this exercise is secure. Using a dumbbell"
            + " with loose plates can result in the dumbbell falling apart and falling on your face.");
    int total = report.exercises().stream().mapToInt(e -> e.cautions().size()).sum();
    assertThat(total).isEqualTo(copied.size());
    assertThat(exercise("Barbell_Curls_Lying_Against_An_Incline").cautions()).isEmpty(); // "Do not swing the arms."
  }

  @Test
  void everyImportedExerciseWritesAsAVersion2DocumentAndReadsBackEqual() {
    RegimenJson json = RegimenJson.create();
    for (Exercise e : report.exercises()) {
      String text = json.write(DocumentKind.EXERCISE, e);
      assertThat(text).startsWith("{\n  \"schemaVersion\": 2,\n  \"exercise\": {");
      assertThat(json.read(DocumentKind.EXERCISE, text)).as(e.id()).isEqualTo(e);
    }
  }

  @Test
  void everyImportedExerciseRendersOnEverySheetWithEveryStep() {
    TextSheet text = TextSheet.withDefaults();
    MarkdownSheet markdown = MarkdownSheet.withDefaults();
    List<String> missing = new ArrayList<>();
    for (Exercise e : report.exercises()) {
      Protocol protocol =
          Protocol.builder()
              .id("one-" + e.id())
              .name(e.name())
              .summary("One exercise of free-exercise-db.")
              .addEntries(ProtocolEntry.of(e, Dosage.notSpecified()))
              .build();
      String textSheet = flat(text.render(protocol));
      String markdownSheet = flat(unescape(markdown.render(protocol)));
      for (Step step : e.steps()) {
        if (!textSheet.contains(flat(step.text()))) {
          missing.add(e.id() + " (text): " + step.text());
        }
        if (!markdownSheet.contains(flat(step.text()))) {
          missing.add(e.id() + " (markdown): " + step.text());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private Exercise exercise(String datasetId) {
    return report.exercises().stream()
        .filter(e -> e.externalIds().get(0).id().equals(datasetId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not imported: " + datasetId));
  }

  /** {@return the text with every run of white space one space} */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** {@return Markdown with its backslash escapes and hard breaks undone} */
  static String unescape(String markdown) {
    return markdown.replaceAll("\\\\(\\p{Punct})", "$1").replaceAll("\\\\\n", "\n");
  }
}
