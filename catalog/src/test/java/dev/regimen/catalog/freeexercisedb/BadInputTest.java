package dev.regimen.catalog.freeexercisedb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.catalog.freeexercisedb.ImportReport.Change;
import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.StepPhase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Input that is not the dataset's shape, entries that cannot be exercises, and the importer's options. */
class BadInputTest {
  private final FreeExerciseDbImporter importer = FreeExerciseDbImporter.create();

  private static String entry(String members) {
    return "{\"id\": \"Curl\", \"name\": \"Curl\", \"category\": \"strength\", \"level\": \"beginner\","
        + " \"instructions\": [\"Curl the weight.\"]" + (members.isEmpty() ? "" : ", " + members) + "}";
  }

  @Test
  void inputThatIsNotJsonSaysWhere() {
    assertThatThrownBy(() -> importer.read("[\n  {\"id\": oops}\n]"))
        .isInstanceOf(FreeExerciseDbException.class)
        .hasMessageStartingWith("error at /0/id (line 2, column 10): not valid JSON: Unrecognized token 'oops'")
        .satisfies(e -> {
          FreeExerciseDbException x = (FreeExerciseDbException) e;
          assertThat(x.pointer()).isEqualTo("/0/id");
          assertThat(x.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> importer.read("[{\"id\": \"a\"}")).isInstanceOf(FreeExerciseDbException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aDocumentThatIsNotAnArrayOfExercisesSaysWhatItIs() {
    assertThatThrownBy(() -> importer.read("{\"schemaVersion\": 2, \"exercise\": {}}"))
        .hasMessage("error at document (line 1, column 1): expected an array of exercises, was an object");
    assertThatThrownBy(() -> importer.read("[1, 2]"))
        .hasMessage("error at /0 (line 1, column 2): expected an exercise (an object), was a number (1)");
    assertThatThrownBy(() -> importer.read("[" + entry("") + ", \"x\"]"))
        .hasMessageStartingWith("error at /1 (line 1, column ")
        .hasMessageEndingWith("): expected an exercise (an object), was text");
    assertThatThrownBy(() -> importer.read(""))
        .hasMessageStartingWith("error at document")
        .hasMessageEndingWith("the input is empty: expected an array of exercises");
    assertThatThrownBy(() -> importer.read("[] []"))
        .hasMessage("error at document (line 1, column 4): content after the array of exercises: an array");
  }

  @Test
  void aPropertyGivenTwiceIsAnError() {
    assertThatThrownBy(() -> importer.read("[{\"id\": \"a\", \"id\": \"b\"}]"))
        .isInstanceOf(FreeExerciseDbException.class)
        .hasMessageContaining("Duplicate Object property \"id\"");
  }

  @Test
  void bytesThatAreNotUtf8AreAnError() {
    byte[] bad = "[{\"id\": \"\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(bad)))
        .isInstanceOf(FreeExerciseDbException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aFileThatCannotBeReadIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> importer.read(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> importer.read(failing)).isInstanceOf(IOException.class).hasMessage("disk gone");
  }

  @Test
  void anEntryThatCannotBeAnExerciseIsSkippedWithEveryReasonAndTheOthersImport() {
    String json = "[\n" + entry("") + ",\n{\"id\": \"Bad\", \"name\": 5, \"category\": \"yoga\",\n \"instructions\": [\"x\", 3]},\n"
        + "{\"name\": \"No id\", \"category\": \"cardio\", \"instructions\": []},\n"
        + entry("").replace("Curl", "Curl") + "\n]";
    ImportReport report = importer.read(json);
    assertThat(report.total()).isEqualTo(4);
    assertThat(report.exercises()).extracting(Exercise::id).containsExactly("curl");
    assertThat(report.skipped()).hasSize(3);
    assertThat(report.skipped().get(0).reasons())
        .containsExactly(
            "/1/name (line 3, column 23): must be text, was a number (5)",
            "/1/instructions/1 (line 4, column 24): must be text, was a number (3)",
            "/1/category: the category 'yoga' is not one the dataset defines (strength, stretching, plyometrics,"
                + " powerlifting, olympic weightlifting, strongman, cardio)");
    assertThat(report.skipped().get(1).id()).isEmpty();
    assertThat(report.skipped().get(1).reasons())
        .containsExactly("/2: has no id", "/2/instructions: is empty; an exercise needs at least one step");
    assertThat(report.skipped().get(2).reasons())
        .containsExactly("/3/id: the id 'Curl' is the id of an earlier entry (/0)");
    assertThat(report.summary()).startsWith("imported 1 of 4 exercises; skipped 3: Bad (/1): /1/name");
  }

  @Test
  void unknownValuesAndPropertiesAreLeftOutAndReported() {
    ImportReport report = importer.read("[" + entry("\"force\": \"dynamic\", \"rating\": {\"stars\": 5}") + "]");
    Exercise curl = report.exercises().get(0);
    assertThat(curl.force()).isEmpty();
    assertThat(report.changes())
        .extracting(Change::kind, Change::pointer, Change::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Change.Kind.UNKNOWN_PROPERTY_IGNORED, "/0/rating", "rating"),
            org.assertj.core.groups.Tuple.tuple(Change.Kind.UNKNOWN_VALUE_DROPPED, "/0/force", "dynamic"));
  }

  @Test
  void aMuscleOutsideTheVocabularyIsACustomAreaAndAStandardIdIsThatArea() {
    ImportReport report = importer.read("[" + entry(
        "\"primaryMuscles\": [\"tibialis anterior\"], \"secondaryMuscles\": [\"Hip Flexors\", \"hip flexors\"]") + "]");
    Exercise curl = report.exercises().get(0);
    assertThat(curl.primaryTargets()).containsExactly(BodyArea.custom("tibialis_anterior", "tibialis anterior"));
    assertThat(curl.secondaryTargets()).containsExactly(BodyArea.HIP_FLEXORS);
    assertThat(report.changes()).extracting(Change::kind)
        .containsExactly(Change.Kind.CUSTOM_AREA, Change.Kind.REPEATED_TARGET_DROPPED);
  }

  @Test
  void idsThatMakeTheSameSlugAreKeptApart() {
    ImportReport report = importer.read("[" + entry("") + ", " + entry("").replace("\"id\": \"Curl\"", "\"id\": \"curl\"") + "]");
    assertThat(report.exercises()).extracting(Exercise::id).containsExactly("curl", "curl-2");
    assertThat(report.changes(Change.Kind.ID_DISAMBIGUATED)).hasSize(1);
  }

  @Test
  void theImageBaseIsTheCallers() {
    String json = "[" + entry("\"images\": [\"Curl/0.jpg\", \"Curl/my picture.png\", \"Curl/notes.txt\", \"file:///etc/passwd.jpg\"]") + "]";
    ImportReport local = FreeExerciseDbImporter.builder().imageBase(URI.create("images/")).build().read(json);
    assertThat(local.exercises().get(0).media())
        .extracting(m -> m.uri().toString(), m -> m.mediaType(), m -> m.altText())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("images/Curl/0.jpg", "image/jpeg", "Curl: picture 1 of 2"),
            org.assertj.core.groups.Tuple.tuple("images/Curl/my%20picture.png", "image/png", "Curl: picture 2 of 2"));
    assertThat(local.changes(Change.Kind.IMAGE_DROPPED)).extracting(Change::pointer)
        .containsExactly("/0/images/2", "/0/images/3");
    ImportReport asGiven = FreeExerciseDbImporter.builder().imageBase(URI.create("")).build().read(json);
    assertThat(asGiven.exercises().get(0).media().get(0).uri()).isEqualTo(URI.create("Curl/0.jpg"));
    assertThatThrownBy(() -> FreeExerciseDbImporter.builder().imageBase(URI.create("file:///tmp/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imageBase: must be relative or use http or https, was 'file:///tmp/'");
  }

  @Test
  void theTenBundledPicturesAreWhereTheirMediaPointWithALocalBase() {
    ImportReport report =
        Dataset.importWith(FreeExerciseDbImporter.builder().imageBase(URI.create("free-exercise-db-images/")).build());
    List<String> ids = List.of("3_4_Sit-Up", "90_90_Hamstring", "Adductor", "All_Fours_Quad_Stretch", "Ankle_Circles");
    int found = 0;
    for (Exercise e : report.exercises()) {
      if (ids.contains(e.externalIds().get(0).id())) {
        for (var m : e.media()) {
          Path file = Path.of("src/test/resources").resolve(m.uri().getPath());
          assertThat(file).isRegularFile();
          byte[] head = new byte[3];
          try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.read(head)).isEqualTo(3);
          } catch (IOException x) {
            throw new AssertionError(x);
          }
          assertThat(head).containsExactly(0xFF, 0xD8, 0xFF); // a JPEG, as image/jpeg says
          assertThat(m.mediaType()).isEqualTo("image/jpeg");
          found++;
        }
      }
    }
    assertThat(found).isEqualTo(10);
  }

  @Test
  void theCommitGoesIntoTheSource() {
    ImportReport report = FreeExerciseDbImporter.builder().commit("abc123").build().read("[" + entry("") + "]");
    assertThat(report.exercises().get(0).sources().get(0).note().orElseThrow()).contains("at commit abc123.");
  }

  @Test
  void nothingItIsGivenMakesItThrowAnythingButItsOwnError() {
    Gen<String> pieces =
        SourceDSL.arbitrary().pick(List.of("[", "]", "{", "}", ",", ":", "\"id\"", "\"name\"", "\"instructions\"",
            "\"category\"", "\"strength\"", "\"x\"", "null", "1", "[\"a\"]", "\"primaryMuscles\"", "\"images\"", " "));
    QuickTheory.qt().withExamples(2_000).forAll(SourceDSL.lists().of(pieces).ofSizeBetween(0, 30))
        .checkAssert(list -> {
          String json = String.join("", list);
          try {
            ImportReport r = importer.read(json);
            assertThat(r.exercises().size() + r.skipped().size()).isEqualTo(r.total());
          } catch (FreeExerciseDbException e) {
            assertThat(e.getMessage()).startsWith("error at ");
          }
        });
  }

  @Test
  void aSingleInstructionEntryHasOneRepetitionStep() {
    Exercise e = importer.read("[" + entry("") + "]").exercises().get(0);
    assertThat(e.steps()).extracting(s -> s.phase()).containsExactly(StepPhase.REPETITION);
    assertThat(e.equipmentStatus()).isEqualTo(dev.regimen.core.exercise.EquipmentStatus.NOT_STATED);
  }
}
