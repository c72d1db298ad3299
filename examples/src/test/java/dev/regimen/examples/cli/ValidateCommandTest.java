package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.examples.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void printsOkAndTheKindForEachValidFileAndExitsWithZero() throws IOException {
    Path protocol = write("protocol.json", Fixtures.TINY_PROTOCOL);
    Path exercise = write("exercise.json", Fixtures.TINY_EXERCISE);

    Cli.Result result = Cli.run("validate", protocol.toString(), exercise.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines()).containsExactly(protocol + ": ok (protocol)", exercise + ": ok (exercise)");
  }

  /** Every document the command itself writes is one it accepts, and it says which kind. */
  @Test
  void acceptsEveryKindOfDocumentTheCommandWrites() throws IOException {
    Path protocol = write("protocol.json", Cli.run("export").out());
    Path report = write("report.json", Cli.run("screen", "--condition", "herniated-disc", "--format", "json").out());
    Path plan = write("plan.json", Cli.run("plan", "--format", "json").out());

    Cli.Result result = Cli.run("validate", protocol.toString(), report.toString(), plan.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines()).containsExactly(
        protocol + ": ok (protocol)", report + ": ok (screening report)", plan + ": ok (session plan)");
  }

  @Test
  void anInvalidFileGetsItsPointerLineAndColumnAndTheRunExitsWithOne() throws IOException {
    Path good = write("good.json", Fixtures.TINY_PROTOCOL);
    Path bad = write("bad.json", Fixtures.NEGATIVE_HOLD);
    int[] at = Fixtures.positionOf(Fixtures.NEGATIVE_HOLD, "-5");

    Cli.Result result = Cli.run("validate", bad.toString(), good.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .containsExactly(
            bad + ": error at /protocol/entries/0/dosage/hold/seconds (line " + at[0] + ", column "
                + at[1] + "): must be from 1 to 3600, was -5",
            good + ": ok (protocol)");
  }

  @Test
  void reportsEveryKindOfBadFileAndGoesOn() throws IOException {
    String unknownProperty = Fixtures.TINY_PROTOCOL.replace("\"title\": \"Tiny\"", "\"titel\": \"Tiny\"");
    Path typo = write("typo.json", unknownProperty);
    int[] typoAt = Fixtures.positionOf(unknownProperty, "\"titel\"");
    Path truncated = write("truncated.json", "{\"schemaVersion\": 1, \"protocol\": {");
    Path empty = write("empty.json", "");
    Path version = write("version.json", "{\"schemaVersion\": 7, \"protocol\": {}}");
    Path missing = dir.resolve("missing.json");
    Path ok = write("ok.json", Fixtures.TINY_PROTOCOL);

    Cli.Result result =
        Cli.run("validate", typo.toString(), truncated.toString(), empty.toString(), version.toString(),
            missing.toString(), dir.toString(), ok.toString());

    // two files could not be read: that outranks the invalid ones
    assertThat(result.status()).isEqualTo(3);
    List<String> lines = result.outLines();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).startsWith(typo + ": error at /protocol/titel (line " + typoAt[0]
        + ", column " + typoAt[1] + "): unknown property 'titel'");
    assertThat(lines.get(1)).startsWith(truncated + ": error at ").contains("(line 1, column ")
        .contains("malformed JSON");
    assertThat(lines.get(2)).startsWith(empty + ": error at document (line 1, column 1): the document is empty");
    assertThat(lines.get(3)).isEqualTo(version + ": error at /schemaVersion (line 1, column 19):"
        + " unsupported schemaVersion 7; this version of Regimen reads schemaVersion 1 to 2 (a newer"
        + " Regimen wrote this document: read it with that version)");
    assertThat(lines.get(4)).isEqualTo(missing + ": error: no such file or directory");
    assertThat(lines.get(5)).isEqualTo(dir + ": error: is a directory");
    assertThat(lines.get(6)).isEqualTo(ok + ": ok (protocol)");
  }

  @Test
  void quietPrintsOnlyTheInvalidFiles() throws IOException {
    Path good = write("good.json", Fixtures.TINY_PROTOCOL);
    Path bad = write("bad.json", Fixtures.NEGATIVE_HOLD);

    Cli.Result result = Cli.run("validate", "--quiet", good.toString(), bad.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.outLines()).singleElement().asString().startsWith(bad + ": error at ");
    assertThat(Cli.run("validate", "-q", good.toString()).out()).isEmpty();
  }

  @Test
  void noEscapeSequenceFromAFileReachesTheTerminal() throws IOException {
    String hostile = Fixtures.TINY_PROTOCOL.replace("\"title\": \"Tiny\"", "\"ti\\u001b[31mtle\": \"Tiny\"");
    Path file = write("hostile.json", hostile);

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).doesNotContain("\u001b").contains("[31m");
  }

  /** A run over thousands of files: every file gets its line, in order, in one process. */
  @Test
  void validatesTwoThousandFilesInOneRun() throws IOException {
    int[] at = Fixtures.positionOf(Fixtures.NEGATIVE_HOLD, "-5");
    List<String> args = new ArrayList<>();
    args.add("validate");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      boolean bad = i % 250 == 17;
      String name = String.format("p%04d.json", i);
      String text = bad ? Fixtures.NEGATIVE_HOLD : Fixtures.TINY_PROTOCOL.replace("\"tiny\"", "\"tiny-" + i + "\"");
      Path file = write(name, text);
      args.add(file.toString());
      expected.add(bad
          ? file + ": error at /protocol/entries/0/dosage/hold/seconds (line " + at[0] + ", column "
              + at[1] + "): must be from 1 to 3600, was -5"
          : file + ": ok (protocol)");
    }

    Cli.Result result = Cli.run(args.toArray(new String[0]));

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines()).containsExactlyElementsOf(expected);
    assertThat(expected).filteredOn(line -> !line.endsWith(": ok (protocol)")).hasSize(8);
  }

  @Test
  void takesTheFilesFromAnArgumentFile() throws IOException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      paths.add(write("f" + i + ".json", Fixtures.TINY_EXERCISE).toString());
    }
    Path list = dir.resolve("files.txt");
    Files.write(list, paths, StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("validate", "@" + list);

    assertThat(result.status()).isZero();
    assertThat(result.outLines()).hasSize(2000).allMatch(line -> line.endsWith(": ok (exercise)"));
  }

  @Test
  void aDashReadsStandardInputWhateverTheOtherFiles() throws IOException {
    Path bad = write("bad.json", Fixtures.NEGATIVE_HOLD);

    Cli.Result result = Cli.runWithStdin(Fixtures.TINY_EXERCISE, "validate", "-", bad.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0)).isEqualTo("<stdin>: ok (exercise)");
    assertThat(result.outLines().get(1)).startsWith(bad + ": error at ");
  }

  @Test
  void invalidStandardInputIsNamedAsSuch() {
    Cli.Result result = Cli.runWithStdin("{\"schemaVersion\": 1}", "validate", "-");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.outLines()).singleElement().asString().startsWith("<stdin>: error at ");
  }

  @Test
  void aFileThatCannotBeReadExitsWithThree() {
    Path missing = dir.resolve("missing.json");

    Cli.Result result = Cli.run("validate", missing.toString());

    assertThat(result.status()).isEqualTo(3);
    assertThat(result.outLines()).containsExactly(missing + ": error: no such file or directory");
  }

  /**
   * An argument file names files separated by spaces or line breaks; a name with spaces is quoted,
   * in double or single quotes, and a line starting with # is a comment.
   */
  @Test
  void anArgumentFileTakesQuotedNamesWithSpacesAndComments() throws IOException {
    Path spaced = write("my routine.json", Fixtures.TINY_PROTOCOL);
    Path twoSpaces = write("an  exercise.json", Fixtures.TINY_EXERCISE);
    Path plain = write("plain.json", Fixtures.TINY_PROTOCOL);
    Path list = dir.resolve("files.txt");
    Files.writeString(list, String.join("\n",
        "# the week's routines",
        "\"" + spaced + "\"",
        "'" + twoSpaces + "' " + plain,
        ""), StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("validate", "@" + list);

    assertThat(result.status()).isZero();
    assertThat(result.outLines())
        .containsExactly(spaced + ": ok (protocol)", twoSpaces + ": ok (exercise)", plain + ": ok (protocol)");
  }

  @Test
  void anUnquotedNameWithSpacesInAnArgumentFileIsTwoNames() throws IOException {
    Path spaced = write("my routine.json", Fixtures.TINY_PROTOCOL);
    Path list = dir.resolve("files.txt");
    Files.writeString(list, spaced + "\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("validate", "@" + list);

    assertThat(result.status()).isEqualTo(3);
    assertThat(result.outLines()).containsExactly(
        dir.resolve("my") + ": error: no such file or directory",
        "routine.json: error: no such file or directory");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
