package dev.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The bundled catalog: what it holds, how it is found, its attribution. */
class ExerciseCatalogTest {
  private final ExerciseCatalog catalog = ExerciseCatalog.freeExerciseDb();

  @Test
  void holdsTheImportedExercisesOfTheBundledDataset() {
    assertThat(catalog.size()).isEqualTo(868);
    assertThat(catalog.importReport().orElseThrow().total()).isEqualTo(873);
    assertThat(catalog.importReport().orElseThrow().skipped()).hasSize(5);
    assertThat(catalog.byId("3-4-sit-up")).map(Exercise::name).contains("3/4 Sit-Up");
    assertThat(catalog.byExternalId("free-exercise-db", "3_4_Sit-Up")).isEqualTo(catalog.byId("3-4-sit-up"));
    assertThat(catalog.byId("iron-cross")).isEmpty();
    assertThat(catalog.exercises().get(0).sources().get(0).note().orElseThrow())
        .contains("at commit acd61f751fe15d618862ee3084f27e839222a28f");
    assertThat(catalog).hasToString("ExerciseCatalog{exercises=868, free-exercise-db}");
  }

  @Test
  void isMadeOnceAndSharedByEveryThread() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ExerciseCatalog>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit((java.util.concurrent.Callable<ExerciseCatalog>) ExerciseCatalog::freeExerciseDb));
      }
      for (Future<ExerciseCatalog> f : results) {
        assertThat(f.get()).isSameAs(catalog);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findsByPrimaryOrAlsoSecondaryTarget() {
    List<Exercise> biceps = catalog.find(ExerciseQuery.builder().target(BodyArea.BICEPS).build());
    assertThat(biceps).hasSize(53).allMatch(e -> e.primaryTargets().contains(BodyArea.BICEPS));
    List<Exercise> also = catalog.find(ExerciseQuery.builder().target(BodyArea.BICEPS).includeSecondary().build());
    assertThat(also).hasSize(53 + 74).containsAll(biceps);
  }

  @Test
  void findsByEquipmentIncludingNoneNeeded() {
    assertThat(catalog.find(ExerciseQuery.builder().noEquipmentNeeded().build()))
        .hasSize(109).allMatch(Exercise::needsNoEquipment);
    assertThat(catalog.find(ExerciseQuery.builder().equipment("E-Z Curl Bar").build())).hasSize(9);
    List<Exercise> withDumbbells = catalog.find(ExerciseQuery.builder().usingOnly("dumbbell").build());
    assertThat(withDumbbells).hasSize(109 + 122)
        .allMatch(e -> e.needsNoEquipment() || e.equipment().equals(List.of("dumbbell")));
    assertThat(catalog.find(ExerciseQuery.builder().usingOnly().build())).hasSize(109);
  }

  @Test
  void findsByKindLevelAndName() {
    assertThat(catalog.find(ExerciseQuery.builder().kind(ExerciseKind.AEROBIC).build())).hasSize(14);
    assertThat(catalog.find(ExerciseQuery.builder().level(ExerciseLevel.ADVANCED).build())).hasSize(56);
    assertThat(catalog.find(ExerciseQuery.builder().name("sit").build()))
        .extracting(Exercise::name)
        .contains("3/4 Sit-Up")
        .allMatch(n -> ExerciseQuery.words(n).stream().anyMatch(w -> w.startsWith("sit")));
    assertThat(catalog.find(ExerciseQuery.builder().name("BARBELL curl").kind(ExerciseKind.STRENGTHENING).build()))
        .isNotEmpty()
        .allMatch(e -> e.name().toLowerCase(Locale.ROOT).contains("barbell")
            && e.name().toLowerCase(Locale.ROOT).contains("curl"));
    assertThat(catalog.find(ExerciseQuery.all())).isEqualTo(catalog.exercises());
    assertThatThrownBy(() -> ExerciseQuery.builder().name(" - "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: must have a letter or digit, was ' - '");
  }

  /** Finding is the same as asking every exercise each criterion, written out here once more. */
  @Test
  void findIsTheExercisesThatMeetEveryCriterion() {
    List<BodyArea> areas = BodyArea.standard();
    List<String> equipment = List.of("barbell", "dumbbell", "cable", "bands", "machine", "kettlebells", "foam roll");
    Gen<Criteria> criteria =
        SourceDSL.integers().between(-1, areas.size() - 1).zip(
            SourceDSL.booleans().all(),
            SourceDSL.integers().between(-1, equipment.size() - 1),
            SourceDSL.integers().between(-1, ExerciseKind.values().length - 1),
            (a, secondary, q, k) -> new Criteria(a, secondary, q, k, -1, false))
        .zip(SourceDSL.integers().between(-1, ExerciseLevel.values().length - 1), SourceDSL.booleans().all(),
            (c, level, none) -> new Criteria(c.area, c.secondary, c.equipment, c.kind, level, none));
    QuickTheory.qt().withExamples(300).forAll(criteria).checkAssert(c -> {
      ExerciseQuery.Builder b = ExerciseQuery.builder();
      BodyArea area = c.area < 0 ? null : areas.get(c.area);
      String piece = c.equipment < 0 ? null : equipment.get(c.equipment);
      ExerciseKind kind = c.kind < 0 ? null : ExerciseKind.values()[c.kind];
      ExerciseLevel level = c.level < 0 ? null : ExerciseLevel.values()[c.level];
      if (area != null) {
        b.target(area);
        if (c.secondary) {
          b.includeSecondary();
        }
      }
      if (piece != null) {
        b.equipment(piece);
      }
      if (c.noneNeeded) {
        b.noEquipmentNeeded();
      }
      if (kind != null) {
        b.kind(kind);
      }
      if (level != null) {
        b.level(level);
      }
      List<Exercise> expected =
          catalog.exercises().stream()
              .filter(e -> area == null || e.primaryTargets().contains(area) || (c.secondary && e.secondaryTargets().contains(area)))
              .filter(e -> (piece == null && !c.noneNeeded) || (piece != null && e.equipment().contains(piece))
                  || (c.noneNeeded && e.needsNoEquipment()))
              .filter(e -> kind == null || e.kind() == kind)
              .filter(e -> level == null || e.level().filter(level::equals).isPresent())
              .collect(Collectors.toList());
      assertThat(catalog.find(b.build())).isEqualTo(expected);
    });
  }

  private static final class Criteria {
    final int area;
    final boolean secondary;
    final int equipment;
    final int kind;
    final int level;
    final boolean noneNeeded;

    Criteria(int area, boolean secondary, int equipment, int kind, int level, boolean noneNeeded) {
      this.area = area;
      this.secondary = secondary;
      this.equipment = equipment;
      this.kind = kind;
      this.level = level;
      this.noneNeeded = noneNeeded;
    }

    @Override
    public String toString() {
      return "area " + area + (secondary ? "+secondary" : "") + ", equipment " + equipment + (noneNeeded ? "+none" : "")
          + ", kind " + kind + ", level " + level;
    }
  }

  @Test
  void carriesTheDatasetsAttributionAndLicence() throws IOException {
    Attribution a = catalog.attribution().orElseThrow();
    assertThat(a.licence()).isEqualTo("Unlicense");
    assertThat(a.licenceText()).startsWith("This is free and unencumbered software released into the public domain.");
    assertThat(a.licenceText()).isEqualTo(Files.readString(Path.of("src/main/notice/LICENSE-free-exercise-db")));
    assertThat(a.text())
        .isEqualTo("Exercises from free-exercise-db by yuhonas and contributors"
            + " (https://github.com/yuhonas/free-exercise-db), version acd61f751fe15d618862ee3084f27e839222a28f"
            + " (2025-04-21), licence: Unlicense.");
  }

  @Test
  void theJarHoldsTheDatasetUnchangedWithItsNoticeAndLicence() throws Exception {
    try (InputStream in = ExerciseCatalog.class.getResourceAsStream("/dev/regimen/catalog/freeexercisedb/exercises.json")) {
      byte[] data = in.readAllBytes();
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)))
          .isEqualTo("d68a817484964095e6af0be2cdcbcc2c2504168d1d190c7d5c725ce52f3ae1f4");
    }
    String notice = resource("/META-INF/NOTICE");
    assertThat(notice).startsWith(Files.readString(Path.of("../NOTICE")));
    assertThat(notice).contains("free-exercise-db (https://github.com/yuhonas/free-exercise-db)")
        .contains("acd61f751fe15d618862ee3084f27e839222a28f").contains("Unlicense");
    assertThat(resource("/META-INF/LICENSE-free-exercise-db")).isEqualTo(catalog.attribution().orElseThrow().licenceText());
    assertThat(resource("/META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("../LICENSE")));
    for (String name : Set.of("README.md", "SOURCE.md", "schema.json", "LICENSE.md")) {
      assertThat(resource("/dev/regimen/catalog/freeexercisedb/" + name)).isNotBlank();
    }
  }

  @Test
  void aCatalogOfTheCallersExercisesRefusesTwoOfOneId() {
    Exercise one = catalog.exercises().get(0);
    assertThat(ExerciseCatalog.of(List.of(one), null).attribution()).isEmpty();
    assertThat(ExerciseCatalog.of(List.of(one), null).importReport()).isEmpty();
    assertThatThrownBy(() -> ExerciseCatalog.of(List.of(one, one), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exercises: the id '" + one.id() + "' is given twice; a catalog finds each exercise by its id");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExerciseCatalog.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
