package dev.regimen.catalog;

import dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter;
import dev.regimen.catalog.freeexercisedb.ImportReport;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.source.ExternalId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A searchable library of exercises to build protocols from. Immutable and thread-safe.
 *
 * <p>{@link #freeExerciseDb()} is the library bundled in this artifact: the exercises of the
 * public-domain <a href="https://github.com/yuhonas/free-exercise-db">free-exercise-db</a>
 * dataset (868 of its 873; see {@link #importReport()} for the others), imported once, when first
 * asked for, by {@link FreeExerciseDbImporter}, with nothing to download. Their pictures are on the
 * web, at {@link FreeExerciseDbImporter#DEFAULT_IMAGE_BASE}; {@link
 * #freeExerciseDb(FreeExerciseDbImporter)} imports the bundled data with other settings.
 *
 * <pre>{@code
 * ExerciseCatalog catalog = ExerciseCatalog.freeExerciseDb();
 * List<Exercise> curls = catalog.find(ExerciseQuery.builder()
 *     .target(BodyArea.BICEPS).usingOnly("dumbbell").level(ExerciseLevel.BEGINNER).build());
 * Protocol routine = Protocol.builder()
 *     .id("arms").name("Arms").summary("Biceps with dumbbells.")
 *     .addEntries(ProtocolEntry.of(curls.get(0), Dosage.builder()
 *         .repetitions(Repetitions.between(8, 12)).sets(Range.of(3)).build()))
 *     .build();
 * catalog.attribution().orElseThrow().text();   // show it beside the exercises
 * }</pre>
 */
public final class ExerciseCatalog {
  private final List<Exercise> exercises;
  private final Map<String, Exercise> byId;
  private final Map<String, Exercise> byExternalId;
  private final Attribution attribution;
  private final ImportReport importReport;

  private ExerciseCatalog(Collection<Exercise> exercises, Attribution attribution, ImportReport report) {
    this.exercises = List.copyOf(exercises);
    Map<String, Exercise> ids = new HashMap<>();
    Map<String, Exercise> external = new HashMap<>();
    for (Exercise e : this.exercises) {
      Exercise earlier = ids.putIfAbsent(e.id(), e);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "exercises: the id '" + e.id() + "' is given twice; a catalog finds each exercise by its id");
      }
      for (ExternalId x : e.externalIds()) {
        external.putIfAbsent(key(x.dataset(), x.id()), e);
      }
    }
    this.byId = Map.copyOf(ids);
    this.byExternalId = Map.copyOf(external);
    this.attribution = attribution;
    this.importReport = report;
  }

  /** The bundled library, made when first asked for (the holder idiom: once, thread-safe). */
  private static final class Bundled {
    static final ExerciseCatalog CATALOG =
        freeExerciseDb(FreeExerciseDbImporter.builder().commit(Attribution.FREE_EXERCISE_DB_COMMIT).build());
  }

  /**
   * The library bundled in this artifact, free-exercise-db's exercises, imported once with the
   * default settings (pictures on the web) and shared.
   *
   * @return the catalog
   */
  public static ExerciseCatalog freeExerciseDb() {
    return Bundled.CATALOG;
  }

  /**
   * Imports the bundled free-exercise-db data again with an importer of the caller's, such as one
   * whose pictures are where the caller keeps them ({@link
   * FreeExerciseDbImporter.Builder#imageBase(java.net.URI)}). Not cached.
   *
   * @param importer the importer
   * @return a new catalog
   * @throws NullPointerException if {@code importer} is null
   */
  public static ExerciseCatalog freeExerciseDb(FreeExerciseDbImporter importer) {
    Objects.requireNonNull(importer, "importer");
    try (InputStream in = Attribution.open("exercises.json")) {
      ImportReport report = importer.read(in);
      return new ExerciseCatalog(report.exercises(), Attribution.freeExerciseDb(), report);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled free-exercise-db data cannot be read", e);
    }
  }

  /**
   * A catalog of the caller's exercises.
   *
   * @param exercises the exercises, in the order to find them in; ids unique
   * @param attribution where they come from, or null when there is nothing to attribute
   * @return the catalog
   * @throws NullPointerException if {@code exercises} or an exercise is null
   * @throws IllegalArgumentException if two exercises have the same id
   */
  public static ExerciseCatalog of(Collection<Exercise> exercises, Attribution attribution) {
    Objects.requireNonNull(exercises, "exercises");
    return new ExerciseCatalog(exercises, attribution, null);
  }

  /** {@return every exercise, in the catalog's order (the bundled one: by the dataset's id)} */
  public List<Exercise> exercises() {
    return exercises;
  }

  /** {@return how many exercises the catalog holds} */
  public int size() {
    return exercises.size();
  }

  /**
   * Finds the exercises that meet a query.
   *
   * @param query the query
   * @return the exercises, in the catalog's order; unmodifiable, empty when none matches
   * @throws NullPointerException if {@code query} is null
   */
  public List<Exercise> find(ExerciseQuery query) {
    Objects.requireNonNull(query, "query");
    return exercises.stream().filter(query::matches).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds an exercise by its Regimen id.
   *
   * @param id the id, such as {@code 3-4-sit-up}
   * @return the exercise, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Exercise> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Finds an exercise by its id in the dataset it was imported from.
   *
   * @param dataset the dataset, such as {@value FreeExerciseDbImporter#DATASET}
   * @param id the id there, such as {@code 3_4_Sit-Up}
   * @return the exercise, or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<Exercise> byExternalId(String dataset, String id) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byExternalId.get(key(dataset, id)));
  }

  private static String key(String dataset, String id) {
    return dataset + '\u0000' + id;
  }

  /** {@return where the exercises come from and under what licence, when the catalog says} */
  public Optional<Attribution> attribution() {
    return Optional.ofNullable(attribution);
  }

  /**
   * {@return the report of the import that made the catalog: what was imported, what was skipped
   * and why, every change to the text; empty for a catalog of the caller's exercises}
   */
  public Optional<ImportReport> importReport() {
    return Optional.ofNullable(importReport);
  }

  /** {@return a short description, such as {@code ExerciseCatalog{exercises=868, free-exercise-db}}} */
  @Override
  public String toString() {
    return "ExerciseCatalog{exercises=" + exercises.size()
        + (attribution == null ? "" : ", " + attribution.name()) + "}";
  }
}
