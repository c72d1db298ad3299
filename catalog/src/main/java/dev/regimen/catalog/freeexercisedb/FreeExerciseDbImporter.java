package dev.regimen.catalog.freeexercisedb;

import dev.regimen.catalog.freeexercisedb.ImportReport.Change;
import dev.regimen.catalog.freeexercisedb.ImportReport.Skipped;
import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.ObjectReadContext;

/**
 * Imports the exercises of the public-domain <a href="https://github.com/yuhonas/free-exercise-db">
 * free-exercise-db</a> dataset, or of any file of its shape (a JSON array of objects with {@code
 * id}, {@code name}, {@code force}, {@code level}, {@code mechanic}, {@code equipment}, {@code
 * primaryMuscles}, {@code secondaryMuscles}, {@code instructions}, {@code category} and {@code
 * images}), as Regimen {@link Exercise}s, through the core's public API. Immutable and
 * thread-safe: one importer serves any number of reads.
 *
 * <pre>{@code
 * ImportReport report = FreeExerciseDbImporter.create().read(Path.of("exercises.json"));
 * for (Exercise e : report.exercises()) { ... }
 * report.skipped();   // what did not import, and why
 * report.changes();   // every text dropped, split, trimmed or copied, and why
 * }</pre>
 *
 * <h2>What an entry becomes</h2>
 *
 * Faithfully, inventing nothing: no dosage, no safety content that is not in the text.
 *
 * <ul>
 *   <li><b>id</b>: kept as the {@link ExternalId} ({@value #DATASET}, id); the exercise's id is
 *       its slug, lowercase with every run of other characters a hyphen ({@code 3_4_Sit-Up} as
 *       {@code 3-4-sit-up}); an id whose slug an earlier entry took gets {@code -2}, {@code -3},
 *       ... ({@link Change.Kind#ID_DISAMBIGUATED}); the same dataset id twice skips the later entry.
 *   <li><b>name</b>: as it is, white space at its ends trimmed.
 *   <li><b>category</b> to {@link ExerciseKind}: strength as {@code STRENGTHENING}, stretching as
 *       {@code STRETCH}, plyometrics as {@code PLYOMETRIC}, powerlifting as {@code POWERLIFTING},
 *       olympic weightlifting as {@code OLYMPIC_WEIGHTLIFTING}, strongman as {@code STRONGMAN},
 *       cardio as {@code AEROBIC}. Another category skips the entry: a kind is required.
 *   <li><b>level</b>: beginner, intermediate, and expert as {@link ExerciseLevel#ADVANCED} (the
 *       model's word for the top level). <b>force</b> (push, pull, static) and <b>mechanic</b>
 *       (compound, isolation) as the enums of the same names; null or absent as not stated.
 *   <li><b>equipment</b>: "body only" as {@linkplain Exercise#needsNoEquipment() none needed}; null
 *       or absent as not stated; "other" as {@value #OTHER_EQUIPMENT} (the dataset says something
 *       is needed but not what); any other value listed in the dataset's words ("e-z curl bar").
 *   <li><b>primaryMuscles, secondaryMuscles</b> to primary and secondary targets: each of the
 *       dataset's 17 muscle names is a {@linkplain BodyArea#standard() standard area} ("middle
 *       back" as {@link BodyArea#MIDDLE_BACK}, ...); a name outside them whose words are a standard
 *       area's id is that area, any other a {@linkplain BodyArea#custom(String, String) custom area}
 *       of that name ({@link Change.Kind#CUSTOM_AREA}). A muscle listed twice is kept once; a
 *       secondary muscle that is also primary stays primary only (9 entries of the dataset).
 *   <li><b>instructions</b> to steps, with phases by the rule of {@code docs/catalog.md}: the
 *       instructions up to the one that declares the starting position are the set-up; a step that
 *       only restates the dosage is dropped; a last step that only switches sides is the switch.
 *       Blank instructions are dropped. Sentences that are plainly safety notes are copied into the
 *       exercise's {@linkplain Exercise#cautions() cautions} (the step keeps them). Every such change
 *       is in the report.
 *   <li><b>images</b> to {@link Media}: each path resolved against the {@linkplain
 *       Builder#imageBase(URI) image base} (by default {@link #DEFAULT_IMAGE_BASE}, where the
 *       dataset's README says the images are hosted), media type from the extension ({@code
 *       image/jpeg} for the dataset's {@code .jpg}), role {@link MediaRole#ILLUSTRATION} (the
 *       dataset does not say what each picture shows), alt text "NAME: picture N of M".
 *   <li><b>provenance</b>: the dataset as the exercise's {@link Source} (id {@value #DATASET}), the
 *       licence {@value #LICENCE}, the language {@code en}.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * A file that is not of the dataset's shape (not JSON, not an array of objects, a property twice)
 * throws {@link FreeExerciseDbException}, naming where; nothing is returned. An entry that cannot
 * be an exercise (no instructions, a name that is not text, a category the dataset does not
 * define, ...) is {@linkplain ImportReport#skipped() skipped} with every reason, each naming where;
 * the others are imported.
 */
public final class FreeExerciseDbImporter {
  /** The dataset's name in external ids and as the exercises' source id, {@value}. */
  public static final String DATASET = "free-exercise-db";

  /** The licence of the dataset, an SPDX identifier, {@value}. */
  public static final String LICENCE = "Unlicense";

  /** The dataset's repository. */
  public static final URI DATASET_LINK = URI.create("https://github.com/yuhonas/free-exercise-db");

  /**
   * Where the dataset's README says its images are hosted: each image path of the dataset,
   * resolved against this, is a picture on the web.
   */
  public static final URI DEFAULT_IMAGE_BASE =
      URI.create("https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/");

  /** What "other" equipment is listed as, {@value}. */
  public static final String OTHER_EQUIPMENT = "other equipment (the source does not say which)";

  private static final Map<String, ExerciseKind> KINDS =
      ordered(
          "strength", ExerciseKind.STRENGTHENING,
          "stretching", ExerciseKind.STRETCH,
          "plyometrics", ExerciseKind.PLYOMETRIC,
          "powerlifting", ExerciseKind.POWERLIFTING,
          "olympic weightlifting", ExerciseKind.OLYMPIC_WEIGHTLIFTING,
          "strongman", ExerciseKind.STRONGMAN,
          "cardio", ExerciseKind.AEROBIC);

  private static final Map<String, ExerciseLevel> LEVELS =
      ordered(
          "beginner", ExerciseLevel.BEGINNER,
          "intermediate", ExerciseLevel.INTERMEDIATE,
          "expert", ExerciseLevel.ADVANCED);

  private static final Map<String, Force> FORCES =
      ordered("push", Force.PUSH, "pull", Force.PULL, "static", Force.STATIC);

  private static final Map<String, Mechanic> MECHANICS =
      ordered("compound", Mechanic.COMPOUND, "isolation", Mechanic.ISOLATION);

  private static final Map<String, BodyArea> MUSCLES =
      ordered(
          "abdominals", BodyArea.ABDOMINALS,
          "abductors", BodyArea.ABDUCTORS,
          "adductors", BodyArea.ADDUCTORS,
          "biceps", BodyArea.BICEPS,
          "calves", BodyArea.CALVES,
          "chest", BodyArea.CHEST,
          "forearms", BodyArea.FOREARMS,
          "glutes", BodyArea.GLUTES,
          "hamstrings", BodyArea.HAMSTRINGS,
          "lats", BodyArea.LATS,
          "lower back", BodyArea.LOWER_BACK,
          "middle back", BodyArea.MIDDLE_BACK,
          "neck", BodyArea.NECK,
          "quadriceps", BodyArea.QUADRICEPS,
          "shoulders", BodyArea.SHOULDERS,
          "traps", BodyArea.TRAPS,
          "triceps", BodyArea.TRICEPS);

  private static final Map<String, String> IMAGE_TYPES =
      ordered(
          "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif",
          "webp", "image/webp", "svg", "image/svg+xml");

  private static final FreeExerciseDbImporter DEFAULT = builder().build();

  private final URI imageBase;
  private final Source source;

  private FreeExerciseDbImporter(Builder builder) {
    this.imageBase = builder.imageBase;
    this.source = builder.source;
  }

  /** {@return an importer with the defaults: images at {@link #DEFAULT_IMAGE_BASE}, {@link #source(String)} of no commit} */
  public static FreeExerciseDbImporter create() {
    return DEFAULT;
  }

  /** {@return a builder of an importer, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The dataset as a source, as each imported exercise carries it: id {@value #DATASET}, name
   * "free-exercise-db", author yuhonas, link {@link #DATASET_LINK}, and a note that says its
   * licence and, when given, the commit the file was taken from.
   *
   * @param commit the dataset's commit the file comes from, or null when it is not known
   * @return the source
   */
  public static Source source(String commit) {
    String note =
        "Public-domain exercise dataset (the Unlicense)"
            + (commit == null || commit.isBlank()
                ? "; the commit of the imported file was not given."
                : ", at commit " + commit.strip() + ".")
            + " Imported by Regimen: ids, names, muscles, levels and steps as the dataset gives"
            + " them; see docs/catalog.md for the rules.";
    return Source.builder()
        .id(DATASET)
        .name("free-exercise-db")
        .author("yuhonas")
        .link(DATASET_LINK)
        .note(note)
        .build();
  }

  /** {@return the base that image paths are resolved against} */
  public URI imageBase() {
    return imageBase;
  }

  /** {@return the source each imported exercise carries} */
  public Source datasetSource() {
    return source;
  }

  /**
   * Imports a file.
   *
   * @param file the file, UTF-8 JSON
   * @return the report, with the exercises
   * @throws FreeExerciseDbException if the file is not of the dataset's shape
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public ImportReport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Imports what a stream holds; the stream is read to its end and not closed.
   *
   * @param in the stream, UTF-8 JSON
   * @return the report, with the exercises
   * @throws FreeExerciseDbException if the input is not of the dataset's shape
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ImportReport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return map(DatasetReader.read(() -> DatasetReader.FACTORY.createParser(ObjectReadContext.empty(), in)));
  }

  /**
   * Imports what a reader holds; the reader is read to its end and not closed.
   *
   * @param in the reader of JSON text
   * @return the report, with the exercises
   * @throws FreeExerciseDbException if the input is not of the dataset's shape
   * @throws IOException if the reader cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ImportReport read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return map(DatasetReader.read(() -> DatasetReader.FACTORY.createParser(ObjectReadContext.empty(), in)));
  }

  /**
   * Imports JSON text.
   *
   * @param json the text
   * @return the report, with the exercises
   * @throws FreeExerciseDbException if the text is not of the dataset's shape
   * @throws NullPointerException if {@code json} is null
   */
  public ImportReport read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return map(DatasetReader.read(() -> DatasetReader.FACTORY.createParser(ObjectReadContext.empty(), json)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a String cannot fail to be read
    }
  }

  /** {@return a description for logs, such as {@code FreeExerciseDbImporter{imageBase=...}}} */
  @Override
  public String toString() {
    return "FreeExerciseDbImporter{imageBase=" + imageBase + "}";
  }

  private ImportReport map(List<Entry> entries) {
    List<Exercise> exercises = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    Map<String, Integer> datasetIds = new HashMap<>();
    Set<String> slugs = new java.util.HashSet<>();
    for (Entry entry : entries) {
      Mapping m = new Mapping(entry);
      Exercise exercise = m.exercise(datasetIds, slugs);
      if (exercise == null) {
        skipped.add(new Skipped(entry.index, entry.pointer, Optional.ofNullable(entry.idOrNull()), m.reasons));
      } else {
        exercises.add(exercise);
        changes.addAll(m.changes);
      }
    }
    return new ImportReport(entries.size(), exercises, skipped, changes);
  }

  /** The mapping of one entry: its reasons to skip it, or its changes. */
  private final class Mapping {
    final Entry entry;
    final String id;
    final List<String> reasons = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();

    Mapping(Entry entry) {
      this.entry = entry;
      this.id = entry.idOrNull() == null ? "entry " + entry.index : entry.idOrNull();
    }

    void change(Change.Kind kind, String pointer, String text, String detail) {
      changes.add(new Change(kind, pointer, id, text, detail));
    }

    /** {@return the exercise, or null with the reasons recorded} */
    Exercise exercise(Map<String, Integer> datasetIds, Set<String> slugs) {
      reasons.addAll(entry.problems);
      String name = required(entry.name, "name");
      String datasetId = required(entry.id, "id");
      ExerciseKind kind = kind();
      if (entry.instructions == null && entry.problems.stream().noneMatch(p -> p.startsWith(entry.pointer + "/instructions"))) {
        reasons.add(entry.pointer + ": has no instructions; an exercise needs at least one step");
      }
      if (datasetId != null) {
        Integer first = datasetIds.putIfAbsent(datasetId, entry.index);
        if (first != null) {
          reasons.add(entry.id.pointer() + ": the id '" + datasetId + "' is the id of an earlier entry (/" + first + ")");
        }
      }
      String slug = datasetId == null ? null : slug(datasetId);
      if (datasetId != null && slug.isEmpty()) {
        reasons.add(entry.id.pointer() + ": the id '" + datasetId + "' has no letter or digit to make a Regimen id of");
      }
      List<Step> steps = entry.instructions == null ? List.of() : steps();
      if (entry.instructions != null && steps.isEmpty()) {
        reasons.add(entry.pointer + "/instructions: "
            + (entry.instructions.isEmpty() ? "is empty" : "has only blank instructions")
            + "; an exercise needs at least one step");
      }
      List<BodyArea> primary = areas(entry.primaryMuscles, List.of(), "primary");
      List<BodyArea> secondary = areas(entry.secondaryMuscles, primary, "secondary");
      if (!reasons.isEmpty()) {
        return null;
      }
      String unique = slug;
      for (int n = 2; slugs.contains(unique); n++) {
        unique = slug + "-" + n;
      }
      if (!unique.equals(slug)) {
        change(Change.Kind.ID_DISAMBIGUATED, entry.id.pointer(), datasetId,
            "the slug '" + slug + "' is an earlier entry's; the exercise's id is '" + unique + "'");
      }
      for (Entry.Text unknown : entry.unknownProperties) {
        change(Change.Kind.UNKNOWN_PROPERTY_IGNORED, unknown.pointer(), unknown.value(),
            "ignored: the dataset defines no such property");
      }
      Exercise.Builder b =
          Exercise.builder()
              .id(unique)
              .name(name)
              .kind(kind)
              .steps(steps)
              .primaryTargets(primary)
              .secondaryTargets(secondary)
              .sources(List.of(source))
              .licence(LICENCE)
              .addExternalIds(ExternalId.of(DATASET, datasetId));
      optional(entry.level, LEVELS, "level").ifPresent(b::level);
      optional(entry.force, FORCES, "force").ifPresent(b::force);
      optional(entry.mechanic, MECHANICS, "mechanic").ifPresent(b::mechanic);
      equipment(b);
      b.cautions(cautions());
      b.media(media(name));
      try {
        Exercise exercise = b.build();
        slugs.add(unique);
        return exercise;
      } catch (ValidationException e) {
        reasons.add(entry.pointer + ": breaks a rule of Regimen's model: " + e.getMessage());
        changes.clear();
        return null;
      }
    }

    private String required(Entry.Text text, String property) {
      boolean shapeProblem = entry.problems.stream().anyMatch(p -> p.startsWith(entry.pointer + "/" + property + " ")
          || p.equals(entry.pointer + "/" + property));
      if (text == null) {
        if (!shapeProblem) {
          reasons.add(entry.pointer + ": has no " + property);
        }
        return null;
      }
      String value = trimmed(text);
      if (value.isEmpty()) {
        reasons.add(text.pointer() + ": the " + property + " is blank");
        return null;
      }
      return value;
    }

    private String trimmed(Entry.Text text) {
      String value = text.value().strip();
      if (!value.equals(text.value()) && !value.isEmpty()) {
        change(Change.Kind.WHITESPACE_TRIMMED, text.pointer(), text.value(), "white space at its ends removed");
      }
      return value;
    }

    private ExerciseKind kind() {
      if (entry.category == null) {
        required(null, "category");
        return null;
      }
      ExerciseKind kind = KINDS.get(entry.category.value().strip().toLowerCase(Locale.ROOT));
      if (kind == null) {
        reasons.add(entry.category.pointer() + ": the category '" + entry.category.value()
            + "' is not one the dataset defines (" + String.join(", ", KINDS.keySet()) + ")");
      }
      return kind;
    }

    private <T> Optional<T> optional(Entry.Text text, Map<String, T> values, String property) {
      if (text == null) {
        return Optional.empty();
      }
      T value = values.get(text.value().strip().toLowerCase(Locale.ROOT));
      if (value == null) {
        change(Change.Kind.UNKNOWN_VALUE_DROPPED, text.pointer(), text.value(),
            "left out: not a " + property + " the dataset defines (" + String.join(", ", values.keySet()) + ")");
      }
      return Optional.ofNullable(value);
    }

    private void equipment(Exercise.Builder b) {
      if (entry.equipment == null) {
        return; // not stated
      }
      String value = entry.equipment.value().strip();
      String key = value.toLowerCase(Locale.ROOT);
      if (key.equals("body only")) {
        b.needsNoEquipment(true);
      } else if (key.equals("other")) {
        b.addEquipment(OTHER_EQUIPMENT);
      } else if (!value.isEmpty()) {
        b.addEquipment(trimmed(entry.equipment));
      }
      // an empty text states nothing: not stated
    }

    /** {@return the areas of a list of muscles, each once, leaving out those in {@code primary}} */
    private List<BodyArea> areas(List<Entry.Text> muscles, List<BodyArea> primary, String which) {
      if (muscles == null) {
        return List.of();
      }
      Set<BodyArea> areas = new LinkedHashSet<>();
      for (Entry.Text muscle : muscles) {
        String words = muscle.value().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
          change(Change.Kind.BLANK_DROPPED, muscle.pointer(), muscle.value(), "left out: a blank muscle name");
          continue;
        }
        BodyArea area = area(muscle, words);
        if (area == null) {
          continue;
        }
        if (primary.contains(area)) {
          change(Change.Kind.SECONDARY_TARGET_DROPPED, muscle.pointer(), muscle.value(),
              "left out of the secondary targets: it is the primary target");
        } else if (!areas.add(area)) {
          change(Change.Kind.REPEATED_TARGET_DROPPED, muscle.pointer(), muscle.value(),
              "left out: the " + which + " muscles list it already");
        }
      }
      return List.copyOf(areas);
    }

    private BodyArea area(Entry.Text muscle, String words) {
      BodyArea known = MUSCLES.get(words);
      if (known != null) {
        return known;
      }
      String areaId = Normalizer.normalize(words, Normalizer.Form.NFD)
          .replaceAll("\\p{M}+", "")
          .replaceAll("[^a-z0-9]+", "_")
          .replaceAll("^_+|_+$", "");
      Optional<BodyArea> standard = BodyArea.standard(areaId);
      if (standard.isPresent()) {
        return standard.get();
      }
      if (!BodyArea.isValidId(areaId)) {
        reasons.add(muscle.pointer() + ": the muscle '" + muscle.value() + "' has no letter or digit to name an area by");
        return null;
      }
      change(Change.Kind.CUSTOM_AREA, muscle.pointer(), muscle.value(),
          "not in the standard vocabulary: the custom area '" + areaId + "'");
      return BodyArea.custom(areaId, muscle.value().strip());
    }

    /** The steps, by the rules of {@link StepRules}. */
    private List<Step> steps() {
      List<Entry.Text> texts = new ArrayList<>();
      for (Entry.Text t : entry.instructions) {
        if (t.value().isBlank()) {
          change(Change.Kind.BLANK_DROPPED, t.pointer(), t.value(), "dropped: a blank instruction");
        } else {
          texts.add(new Entry.Text(trimmed(t), t.pointer()));
        }
      }
      int setupEnd = -1; // the index of the declaring instruction
      for (int i = 0; i < texts.size() - 1 && setupEnd < 0; i++) {
        if (StepRules.declarationEnd(texts.get(i).value()) >= 0) {
          setupEnd = i;
        }
      }
      List<Step> steps = new ArrayList<>();
      for (int i = 0; i <= setupEnd; i++) {
        String text = texts.get(i).value();
        if (i == setupEnd) {
          int end = StepRules.declarationEnd(text);
          String rest = text.substring(end);
          if (StepRules.restStartsTheMovement(rest)) {
            steps.add(Step.of(StepPhase.SETUP, text.substring(0, end).strip()));
            steps.add(Step.of(StepPhase.REPETITION, rest.strip()));
            change(Change.Kind.STEP_SPLIT, texts.get(i).pointer(), text,
                "split after the declaration of the starting position: '" + text.substring(0, end).strip()
                    + "' is the last set-up step, '" + rest.strip() + "' the first repetition step");
            continue;
          }
        }
        steps.add(Step.of(StepPhase.SETUP, text));
      }
      List<Entry.Text> rest = new ArrayList<>();
      for (int i = setupEnd + 1; i < texts.size(); i++) {
        Entry.Text t = texts.get(i);
        if (StepRules.isRestatement(t.value())) {
          change(Change.Kind.DOSAGE_RESTATEMENT_DROPPED, t.pointer(), t.value(),
              "dropped: it only restates the dosage, which the protocol gives");
        } else {
          rest.add(t);
        }
      }
      if (steps.isEmpty() && rest.isEmpty() && !texts.isEmpty()) {
        // only restatements: kept, rather than an exercise with no step
        changes.removeIf(c -> c.kind() == Change.Kind.DOSAGE_RESTATEMENT_DROPPED);
        rest.addAll(texts);
      }
      for (int i = 0; i < rest.size(); i++) {
        Entry.Text t = rest.get(i);
        boolean last = i == rest.size() - 1;
        steps.add(Step.of(last && StepRules.isSwitch(t.value()) ? StepPhase.SWITCH_SIDES : StepPhase.REPETITION, t.value()));
      }
      return steps;
    }

    private List<Caution> cautions() {
      List<Caution> cautions = new ArrayList<>();
      if (entry.instructions == null) {
        return cautions;
      }
      for (Entry.Text t : entry.instructions) {
        for (CautionRule.Found found : CautionRule.find(t.value())) {
          cautions.add(
              Caution.builder().text(found.text()).severity(found.severity()).addSourceIds(DATASET).build());
          change(Change.Kind.CAUTION_COPIED, t.pointer(), found.sentences(),
              "copied into the cautions as '" + found.text() + "' (" + found.severity().displayName().toLowerCase(Locale.ROOT)
                  + "); the step keeps it");
        }
      }
      return cautions;
    }

    private List<Media> media(String name) {
      if (entry.images == null) {
        return List.of();
      }
      List<Entry.Text> usable = new ArrayList<>();
      List<URI> uris = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (Entry.Text image : entry.images) {
        String path = image.value().strip();
        String type = mediaType(path);
        URI uri = uri(path);
        if (path.isEmpty()) {
          change(Change.Kind.BLANK_DROPPED, image.pointer(), image.value(), "left out: a blank image path");
        } else if (type == null) {
          change(Change.Kind.IMAGE_DROPPED, image.pointer(), image.value(),
              "left out: not a picture by its extension (" + String.join(", ", IMAGE_TYPES.keySet()) + ")");
        } else if (uri == null) {
          change(Change.Kind.IMAGE_DROPPED, image.pointer(), image.value(),
              "left out: not a relative path or an http(s) address");
        } else {
          usable.add(image);
          uris.add(uri);
          types.add(type);
        }
      }
      List<Media> media = new ArrayList<>();
      for (int i = 0; i < usable.size(); i++) {
        media.add(
            Media.image(
                uris.get(i),
                types.get(i),
                name + ": picture " + (i + 1) + " of " + usable.size(),
                MediaRole.ILLUSTRATION));
      }
      return media;
    }

    /** {@return the image's address: the path resolved against the base, or null if unusable} */
    private URI uri(String path) {
      try {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          return new URI(path);
        }
        URI given = new URI(null, null, path, null); // quotes what a URI cannot hold, such as spaces
        if (given.getScheme() != null || given.getAuthority() != null || path.startsWith("//")) {
          return null;
        }
        URI resolved = imageBase.resolve(given);
        String scheme = resolved.getScheme();
        return scheme == null || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
            ? resolved
            : null;
      } catch (URISyntaxException | IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** {@return the media type of an image path by its extension, or null} */
  private static String mediaType(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : IMAGE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** {@return the slug of a dataset id: lowercase, every run of other characters one hyphen} */
  static String slug(String datasetId) {
    return Normalizer.normalize(datasetId.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@return the category of the dataset that each kind comes from, in the dataset's words} */
  public static Map<String, ExerciseKind> categories() {
    return KINDS;
  }

  /** {@return the dataset's muscle names and the standard areas they become} */
  public static Map<String, BodyArea> muscles() {
    return MUSCLES;
  }

  /**
   * Builds a {@link FreeExerciseDbImporter}. Not thread-safe; the importer it builds is.
   */
  public static final class Builder {
    private URI imageBase = DEFAULT_IMAGE_BASE;
    private Source source = source(null);

    private Builder() {}

    /**
     * Sets the base that image paths are resolved against: an http(s) address ending in {@code /}
     * (the default, {@link #DEFAULT_IMAGE_BASE}), a relative one such as {@code images/} (media
     * then relative to where the caller keeps the pictures), or the empty URI to keep the
     * dataset's paths as they are ({@code Air_Bike/0.jpg}).
     *
     * @param imageBase the base
     * @return this builder
     * @throws NullPointerException if {@code imageBase} is null
     * @throws IllegalArgumentException if it has a scheme other than http or https, a query or a
     *     fragment
     */
    public Builder imageBase(URI imageBase) {
      Objects.requireNonNull(imageBase, "imageBase");
      String scheme = imageBase.getScheme();
      if (scheme != null && !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
        throw new IllegalArgumentException("imageBase: must be relative or use http or https, was '" + imageBase + "'");
      }
      if (imageBase.getQuery() != null || imageBase.getFragment() != null) {
        throw new IllegalArgumentException("imageBase: must have no query or fragment, was '" + imageBase + "'");
      }
      this.imageBase = imageBase;
      return this;
    }

    /**
     * Names the dataset's commit the file comes from, in each exercise's source ({@link
     * FreeExerciseDbImporter#source(String)}).
     *
     * @param commit the commit, such as {@code acd61f751fe15d618862ee3084f27e839222a28f}
     * @return this builder
     * @throws NullPointerException if {@code commit} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder commit(String commit) {
      Objects.requireNonNull(commit, "commit");
      if (commit.isBlank()) {
        throw new IllegalArgumentException("commit: must not be blank");
      }
      this.source = source(commit);
      return this;
    }

    /** {@return the importer} */
    public FreeExerciseDbImporter build() {
      return new FreeExerciseDbImporter(this);
    }
  }
}
