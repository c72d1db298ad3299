package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportL5S1Test {
  @TempDir Path dir;

  @Test
  void writesTheTextMarkdownAndJsonFilesTheFormatsModuleReviewed() throws Exception {
    Path folder = dir.resolve("out");
    Console.Output output = Console.capture(() -> ExportL5S1.main(new String[] {folder.toString()}));

    assertThat(output.err()).isEmpty();
    assertThat(read(folder.resolve("l5-s1-relief.txt"))).isEqualTo(Golden.read("l5-s1-relief.txt"));
    assertThat(read(folder.resolve("l5-s1-relief.md"))).isEqualTo(Golden.read("l5-s1-relief.md"));
    assertThat(read(folder.resolve("l5-s1-relief.json"))).isEqualTo(Golden.read("l5-s1-relief.json"));
    assertThat(output.out().lines())
        .containsExactly(
            "wrote " + folder.resolve("l5-s1-relief.txt") + " (" + Files.size(folder.resolve("l5-s1-relief.txt")) + " bytes)",
            "wrote " + folder.resolve("l5-s1-relief.md") + " (" + Files.size(folder.resolve("l5-s1-relief.md")) + " bytes)",
            "wrote " + folder.resolve("l5-s1-relief.json") + " (" + Files.size(folder.resolve("l5-s1-relief.json")) + " bytes)");
  }

  @Test
  void runningAgainReplacesTheFilesAndLeavesNoTemporaryFiles() throws Exception {
    Files.writeString(dir.resolve("l5-s1-relief.txt"), "an old sheet");
    Console.capture(() -> ExportL5S1.main(new String[] {dir.toString()}));
    Console.capture(() -> ExportL5S1.main(new String[] {dir.toString()}));

    assertThat(read(dir.resolve("l5-s1-relief.txt"))).isEqualTo(Golden.read("l5-s1-relief.txt"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .containsExactlyInAnyOrder("l5-s1-relief.txt", "l5-s1-relief.md", "l5-s1-relief.json");
    }
  }

  @Test
  void withoutAFolderItSaysHowToRunIt() throws Exception {
    Console.Output output = Console.capture(() -> ExportL5S1.main(new String[0]));
    assertThat(output.out()).isEmpty();
    assertThat(output.err()).isEqualTo("usage: ExportL5S1 FOLDER" + System.lineSeparator());
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
