package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.examples.Fixtures;
import dev.regimen.examples.Golden;
import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void exportsTheBundledProtocolAsJsonByDefault() throws Exception {
    Cli.Result result = Cli.run("export");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.json"));
  }

  @Test
  void exportsTextAndMarkdownSheets() throws Exception {
    assertThat(Cli.run("export", "--builtin", "l5-s1", "--format", "text").out())
        .isEqualTo(Golden.read("l5-s1-relief.txt"));
    assertThat(Cli.run("export", "--builtin", "l5-s1", "--format", "markdown").out())
        .isEqualTo(Golden.read("l5-s1-relief.md"));
    assertThat(Cli.run("export", "--format", "text", "--ascii").out())
        .isEqualTo(Golden.read("l5-s1-relief.ascii.txt"));
  }

  @Test
  void writesToAFileWithDashO() throws Exception {
    Path out = dir.resolve("l5-s1.json");
    Cli.Result result = Cli.run("export", "--builtin", "l5-s1", "-o", out.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    assertThat(read(out)).isEqualTo(Golden.read("l5-s1-relief.json"));
    assertThat(names()).containsExactly("l5-s1.json");
  }

  @Test
  void aFileItWroteReadsBackAsTheSameProtocol() throws Exception {
    Path out = dir.resolve("l5-s1.json");
    Cli.run("export", "--output", out.toString());
    assertThat(RegimenJson.create().readProtocol(out)).isEqualTo(Catalog.l5s1Relief());
    assertThat(Cli.run("sheet", out.toString()).out()).isEqualTo(Cli.run("sheet").out());
  }

  @Test
  void convertsAJsonFileToAMarkdownFile() throws Exception {
    Path in = dir.resolve("tiny.json");
    Files.writeString(in, Fixtures.TINY_PROTOCOL);
    Path out = dir.resolve("tiny.md");
    assertThat(Cli.run("export", in.toString(), "--format", "markdown", "-o", out.toString()).status()).isZero();
    assertThat(read(out)).startsWith("# Tiny\n").contains("Cat-Cow");
  }

  @Test
  void anInvalidInputLeavesTheExistingOutputFileAsItWasAndNothingElse() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Fixtures.NEGATIVE_HOLD);
    Path out = dir.resolve("out.json");
    Files.writeString(out, "the previous export");

    Cli.Result result = Cli.run("export", bad.toString(), "-o", out.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("regimen export: " + bad + ": error at " + Fixtures.NEGATIVE_HOLD_POINTER + " (line ");
    assertThat(read(out)).isEqualTo("the previous export");
    assertThat(names()).containsExactly("bad.json", "out.json");
  }

  @Test
  void anOutputThatCannotBeWrittenLeavesNoPartialFile() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("existing-directory"));

    Cli.Result result = Cli.run("export", "-o", sub.toString());

    assertThat(result.status()).isEqualTo(3);
    assertThat(result.errLines()).containsExactly("regimen export: " + sub + ": error: is a directory");
    assertThat(names()).containsExactly("existing-directory");
    try (Stream<Path> inside = Files.list(sub)) {
      assertThat(inside).isEmpty();
    }
  }

  @Test
  void anOutputInAMissingDirectoryFailsWithoutCreatingAnything() throws Exception {
    Path out = dir.resolve("missing").resolve("l5-s1.json");

    Cli.Result result = Cli.run("export", "-o", out.toString());

    assertThat(result.status()).isEqualTo(3);
    assertThat(result.errLines())
        .containsExactly("regimen export: " + out + ": error: no such file or directory");
    assertThat(names()).isEmpty();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
