package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and reading lose nothing: {@code read(write(p))} equals p and {@code write(read(json))} is json. */
class RoundTripTest {
  private static final RegimenJson PRETTY = RegimenJson.create();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  @Test
  void everyProtocolReadsBackEqualToTheOneWritten() {
    qt().withExamples(300)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              assertThat(PRETTY.readProtocol(PRETTY.writeProtocol(protocol))).isEqualTo(protocol);
              assertThat(COMPACT.readProtocol(COMPACT.writeProtocol(protocol))).isEqualTo(protocol);
            });
  }

  @Test
  void everyExerciseReadsBackEqualToTheOneWritten() {
    qt().withExamples(300)
        .forAll(Generators.exercises())
        .checkAssert(
            exercise -> {
              assertThat(PRETTY.readExercise(PRETTY.writeExercise(exercise))).isEqualTo(exercise);
              assertThat(COMPACT.readExercise(COMPACT.writeExercise(exercise))).isEqualTo(exercise);
            });
  }

  @Test
  void rewritingAWrittenProtocolDocumentGivesTheSameText() {
    qt().withExamples(200)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              String pretty = PRETTY.writeProtocol(protocol);
              String compact = COMPACT.writeProtocol(protocol);
              assertThat(PRETTY.writeProtocol(PRETTY.readProtocol(pretty))).isEqualTo(pretty);
              assertThat(COMPACT.writeProtocol(COMPACT.readProtocol(compact))).isEqualTo(compact);
              // either style reads the other's output
              assertThat(COMPACT.writeProtocol(PRETTY.readProtocol(compact))).isEqualTo(compact);
              assertThat(PRETTY.writeProtocol(COMPACT.readProtocol(pretty))).isEqualTo(pretty);
            });
  }

  @Test
  void rewritingAWrittenExerciseDocumentGivesTheSameText() {
    qt().withExamples(200)
        .forAll(Generators.exercises())
        .checkAssert(
            exercise -> {
              String pretty = PRETTY.writeExercise(exercise);
              assertThat(PRETTY.writeExercise(PRETTY.readExercise(pretty))).isEqualTo(pretty);
              String compact = COMPACT.writeExercise(exercise);
              assertThat(COMPACT.writeExercise(COMPACT.readExercise(compact))).isEqualTo(compact);
            });
  }

  @Test
  void streamsWritersBytesAndFilesCarryTheSameDocument(@TempDir Path dir) {
    qt().withExamples(50)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              try {
                String text = PRETTY.writeProtocol(protocol);
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                PRETTY.writeProtocol(protocol, bytes);
                assertThat(bytes.toByteArray()).isEqualTo(utf8);
                StringWriter chars = new StringWriter();
                PRETTY.writeProtocol(protocol, chars);
                assertThat(chars.toString()).isEqualTo(text);

                assertThat(PRETTY.readProtocol(utf8)).isEqualTo(protocol);
                assertThat(PRETTY.readProtocol(new ByteArrayInputStream(utf8))).isEqualTo(protocol);
                assertThat(PRETTY.readProtocol(new StringReader(text))).isEqualTo(protocol);
                Path file = dir.resolve("protocol.json");
                Files.write(file, utf8);
                assertThat(PRETTY.readProtocol(file)).isEqualTo(protocol);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void exercisesTravelThroughStreamsWritersBytesAndFilesToo(@TempDir Path dir) {
    qt().withExamples(50)
        .forAll(Generators.exercises())
        .checkAssert(
            exercise -> {
              try {
                String text = COMPACT.writeExercise(exercise);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                COMPACT.writeExercise(exercise, bytes);
                assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                StringWriter chars = new StringWriter();
                COMPACT.writeExercise(exercise, chars);
                assertThat(chars.toString()).isEqualTo(text);

                assertThat(COMPACT.readExercise(bytes.toByteArray())).isEqualTo(exercise);
                assertThat(COMPACT.readExercise(new ByteArrayInputStream(bytes.toByteArray())))
                    .isEqualTo(exercise);
                assertThat(COMPACT.readExercise(new StringReader(text))).isEqualTo(exercise);
                Path file = dir.resolve("exercise.json");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                assertThat(COMPACT.readExercise(file)).isEqualTo(exercise);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void everySpinalSegmentReadsBackAsItself() {
    List<SpinalSegment> all = Generators.allSegments();
    String document =
        "{\"schemaVersion\":1,\"protocol\":{\"id\":\"p\",\"title\":\"T\",\"summary\":\"S\","
            + "\"targetSegments\":["
            + all.stream().map(s -> "\"" + s.label() + "\"").collect(Collectors.joining(","))
            + "],\"entries\":[{\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
            + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\"}]},\"dosage\":{}}]}}";
    assertThat(COMPACT.readProtocol(document).targetSegments()).isEqualTo(all);
  }

  @Test
  void compactOutputIsOneLineAndPrettyOutputEndsWithOneNewline() {
    qt().withExamples(50)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              String compact = COMPACT.writeProtocol(protocol);
              assertThat(compact).doesNotContain("\n").startsWith("{\"schemaVersion\":1,\"protocol\":{");
              String pretty = PRETTY.writeProtocol(protocol);
              assertThat(pretty).startsWith("{\n  \"schemaVersion\": 1,\n  \"protocol\": {\n").endsWith("}\n");
              assertThat(pretty).doesNotEndWith("\n\n");
            });
  }

  @Test
  void textWithLineBreaksControlCharactersAndEscapesSurvives() {
    String awkward = "line one\nline two\ttab \u0000 \u001f \"quoted\" back\\slash / \u2028 \uD83D\uDCAA é";
    Exercise exercise =
        Exercise.builder()
            .id("awkward")
            .name(awkward)
            .kind(ExerciseKind.MOBILITY)
            .startingPosition(awkward)
            .addSteps(Step.of(awkward))
            .addEquipment(awkward)
            .build();
    for (RegimenJson json : List.of(PRETTY, COMPACT)) {
      String text = json.writeExercise(exercise);
      assertThat(json.readExercise(text)).isEqualTo(exercise);
      assertThat(json.readExercise(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(exercise);
    }
    assertThat(COMPACT.writeExercise(exercise))
        // U+2028, a line separator, is escaped like every line break (JSON escapes LF and CR itself)
        .contains("\"name\":\"line one\\nline two\\ttab \\u0000 \\u001F \\\"quoted\\\" back\\\\slash / \\u2028 \uD83D\uDCAA é\"");
  }

  @Test
  void readsPropertiesInAnyOrderAndAppliesTheModelsDefaults() {
    String minimal =
        """
        {"schemaVersion": 1, "protocol": {
          "entries": [{"dosage": {}, "exercise": {"steps": [{"text": "Lie down"}], "startingPosition": "On your back",
            "kind": "stretch", "name": "Rest", "id": "rest"}}],
          "summary": "S", "title": "T", "id": "p"}}
        """;
    Protocol read = COMPACT.readProtocol(minimal);
    Protocol expected =
        Protocol.builder()
            .id("p")
            .name("T")
            .summary("S")
            .addEntries(
                ProtocolEntry.of(
                    Exercise.builder()
                        .id("rest")
                        .name("Rest")
                        .kind(ExerciseKind.STRETCH)
                        .startingPosition("On your back")
                        .addSteps(Step.of("Lie down"))
                        .build(),
                    Dosage.builder().build()))
            .build();
    assertThat(read).isEqualTo(expected);
    assertThat(read.entries().get(0).dosage().repetitions()).isEqualTo(Repetitions.exactly(1));
    assertThat(read.entries().get(0).dosage().sideOrder()).isEqualTo(SideOrder.BOTH_AT_ONCE);
    // the defaults are written out
    assertThat(COMPACT.writeProtocol(read))
        .isEqualTo(
            "{\"schemaVersion\":1,\"protocol\":{\"id\":\"p\",\"title\":\"T\",\"summary\":\"S\","
                + "\"entries\":[{\"exercise\":{\"id\":\"rest\",\"name\":\"Rest\",\"kind\":\"stretch\","
                + "\"startingPosition\":\"On your back\",\"steps\":[{\"text\":\"Lie down\"}]},"
                + "\"dosage\":{\"repetitions\":{\"min\":1,\"max\":1,\"basis\":\"per_side\"},\"sets\":1,"
                + "\"sideOrder\":\"both_at_once\"}}]}}");
  }

  @Test
  void readsAnEmptyListAsAnAbsentOne() {
    String withEmptyLists =
        "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
            + "\"startingPosition\":\"P\",\"equipment\":[],\"targetAreas\":[],\"steps\":[{\"text\":\"x\","
            + "\"hold\":{\"breaths\":3}}],\"quotes\":[]}}";
    Exercise read = COMPACT.readExercise(withEmptyLists);
    assertThat(read.equipment()).isEmpty();
    assertThat(read.steps().get(0).hold()).contains(Hold.ofBreaths(3));
    assertThat(COMPACT.writeExercise(read))
        .isEqualTo(
            "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
                + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\",\"hold\":{\"breaths\":3,"
                + "\"approximate\":false}}]}}");
  }

  @Test
  void writesEnumsInLowercaseAndDurationsInSeconds() {
    Dosage dosage =
        Dosage.builder()
            .hold(Hold.ofSecondsBetween(10, 30))
            .repetitions(Repetitions.between(2, 4).withBasis(RepetitionBasis.TOTAL))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .restSeconds(Range.of(15))
            .build();
    Exercise exercise =
        Exercise.builder()
            .id("e")
            .name("E")
            .kind(ExerciseKind.STRENGTHENING)
            .startingPosition("P")
            .addSteps(Step.of("x"))
            .build();
    Protocol protocol =
        Protocol.builder()
            .id("p")
            .name("T")
            .summary("S")
            .addEntries(ProtocolEntry.of(exercise, dosage))
            .build();
    assertThat(COMPACT.writeProtocol(protocol))
        .contains(
            "\"dosage\":{\"hold\":{\"seconds\":10,\"maxSeconds\":30,\"approximate\":false},"
                + "\"repetitions\":{\"min\":2,\"max\":4,\"basis\":\"total\"},\"sets\":1,"
                + "\"sideOrder\":\"one_side_then_other\",\"restSeconds\":15}")
        .contains("\"kind\":\"strengthening\"");
  }
}
