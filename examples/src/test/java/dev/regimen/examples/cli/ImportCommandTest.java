package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.catalog.ExerciseCatalog;
import dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;

  /** The real dataset, as the catalog bundles it, copied to a file as a user would have it. */
  private Path dataset() throws IOException {
    Path file = dir.resolve("exercises.json");
    try (InputStream in = ExerciseCatalog.class.getResourceAsStream("/dev/regimen/catalog/freeexercisedb/exercises.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static final String ONE =
      "[{\"id\": \"Curl\", \"name\": \"Curl\", \"category\": \"strength\", \"level\": \"expert\","
          + " \"equipment\": \"dumbbell\", \"primaryMuscles\": [\"biceps\"], \"secondaryMuscles\": [],"
          + " \"instructions\": [\"Stand up. This will be your starting position.\", \"Curl the weight.\","
          + " \"Repeat for the recommended amount of repetitions.\"], \"images\": [\"Curl/0.jpg\"]}]";

  @Test
  void importsTheRealDatasetIntoOneDocumentPerExercise() throws Exception {
    Path out = dir.resolve("library");
    Path dataset = dataset();
    Cli.Result result = Cli.run("import", "free-exercise-db", dataset.toString(), "-o", out.toString());
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    List<String> lines = result.outLines();
    assertThat(lines.get(0)).isEqualTo("imported 868 of 873 exercises into " + out + " (868 files)");
    assertThat(lines.subList(1, 7))
        .containsExactly(
            "skipped 5:",
            "  Iron_Cross (/357): /357/instructions: is empty; an exercise needs at least one step",
            "  One-Arm_Kettlebell_Swings (/497): /497/instructions: is empty; an exercise needs at least one step",
            "  Push_Press (/564): /564/instructions: is empty; an exercise needs at least one step",
            "  Side_Bridge (/661): /661/instructions: is empty; an exercise needs at least one step",
            "  Side_Jackknife (/663): /663/instructions: is empty; an exercise needs at least one step");
    assertThat(lines.get(7))
        .isEqualTo("changes: blank texts dropped (2), restatements of the dosage dropped (304), steps split after"
            + " the starting position (1), secondary muscles that are primary dropped (9), cautions copied from the"
            + " steps (67) (--changes lists them)");
    assertThat(lines).hasSize(8);
    List<Path> files;
    try (Stream<Path> listing = Files.list(out)) {
      files = listing.sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(868).allMatch(f -> f.getFileName().toString().endsWith(".json"));
    RegimenJson json = RegimenJson.create();
    for (Exercise e : FreeExerciseDbImporter.create().read(dataset).exercises()) {
      assertThat(json.readExercise(out.resolve(e.id() + ".json"))).as(e.id()).isEqualTo(e);
    }
    assertThat(Cli.run("validate", "-q", out.resolve("3-4-sit-up.json").toString()).status()).isZero();
  }

  @Test
  void namesTheCommitAndTheImageBaseItIsGiven() throws Exception {
    Path in = dir.resolve("one.json");
    Files.writeString(in, ONE);
    Path out = dir.resolve("out");
    Cli.Result result = Cli.run("import", "free-exercise-db", in.toString(), "-o", out.toString(),
        "--commit", "abc123", "--image-base", "pictures/", "--changes");
    assertThat(result.status()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "imported 1 of 1 exercise into " + out + " (1 file)",
            "changes: restatements of the dosage dropped (1):",
            "  /0/instructions/2 (Curl): 'Repeat for the recommended amount of repetitions.': dropped: it only"
                + " restates the dosage, which the protocol gives");
    Exercise curl = RegimenJson.create().readExercise(out.resolve("curl.json"));
    assertThat(curl.media().get(0).uri()).hasToString("pictures/Curl/0.jpg");
    assertThat(curl.sources().get(0).note().orElseThrow()).contains("at commit abc123.");
  }

  @Test
  void readsStandardInput() throws Exception {
    Path out = dir.resolve("out");
    Cli.Result result = Cli.runWithStdin(ONE, "import", "free-exercise-db", "-", "-o", out.toString());
    assertThat(result.status()).isZero();
    assertThat(out.resolve("curl.json")).isRegularFile();
  }

  @Test
  void aFileOfAnotherShapeIsInvalidInputAndWritesNothing() throws Exception {
    Path in = dir.resolve("protocol.json");
    Files.writeString(in, "{\"schemaVersion\": 2}");
    Path out = dir.resolve("out");
    Cli.Result result = Cli.run("import", "free-exercise-db", in.toString(), "-o", out.toString());
    assertThat(result.status()).isEqualTo(RegimenCommand.INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly("regimen import: " + in + ": error at document (line 1, column 1): expected an array of"
            + " exercises, was an object");
    assertThat(out).doesNotExist();
    Files.writeString(in, "[{\"id\": ");
    assertThat(Cli.run("import", "free-exercise-db", in.toString(), "-o", out.toString()).err())
        .startsWith("regimen import: " + in + ": error at /0/id (line 1, column ")
        .contains("not valid JSON");
  }

  @Test
  void aMissingFileOrAnOutputThatIsAFileCannotBeWritten() throws Exception {
    Cli.Result missing = Cli.run("import", "free-exercise-db", dir.resolve("nope.json").toString(), "-o", dir.toString());
    assertThat(missing.status()).isEqualTo(RegimenCommand.IO_FAILURE);
    assertThat(missing.err().strip())
        .isEqualTo("regimen import: " + dir.resolve("nope.json") + ": error: no such file or directory");
    Path in = dir.resolve("one.json");
    Files.writeString(in, ONE);
    Path notADirectory = dir.resolve("file");
    Files.writeString(notADirectory, "x");
    Cli.Result result = Cli.run("import", "free-exercise-db", in.toString(), "-o", notADirectory.toString());
    assertThat(result.status()).isEqualTo(RegimenCommand.IO_FAILURE);
    assertThat(result.err().strip()).isEqualTo("regimen import: " + notADirectory + ": error: not a directory");
    assertThat(Files.readString(notADirectory, StandardCharsets.UTF_8)).isEqualTo("x");
  }

  @Test
  void wrongUsageSaysSo() {
    Cli.Result unknown = Cli.run("import", "wger", "x.json", "-o", "out");
    assertThat(unknown.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(unknown.err().strip())
        .isEqualTo("regimen import: unknown dataset 'wger': choose free-exercise-db (see 'regimen import --help')");
    Cli.Result noOutput = Cli.run("import", "free-exercise-db", "x.json");
    assertThat(noOutput.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(noOutput.err()).startsWith("regimen import: missing required option: '--output=DIR'");
    Cli.Result badBase = Cli.run("import", "free-exercise-db", "x.json", "-o", "out", "--image-base", "file:///x/");
    assertThat(badBase.status()).isEqualTo(RegimenCommand.USAGE);
    assertThat(badBase.err().strip())
        .isEqualTo("regimen import: imageBase: must be relative or use http or https, was 'file:///x/'"
            + " (see 'regimen import --help')");
  }
}
