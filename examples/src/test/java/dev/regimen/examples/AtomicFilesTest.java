package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheWholeTextAsUtf8() throws IOException {
    Path file = dir.resolve("sheet.txt");
    AtomicFiles.write(file, "Hold “about” 30 s — gently\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Hold “about” 30 s — gently\n");
    assertThat(names()).containsExactly("sheet.txt");
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path file = dir.resolve("sheet.txt");
    Files.writeString(file, "old content that is longer than the new one");
    AtomicFiles.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(names()).containsExactly("sheet.txt");
  }

  @Test
  void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("sheet.txt");
    Files.writeString(file, "old");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("sheet.txt");
  }

  @Test
  void aFailureWhileWritingANewFileLeavesNothing() throws IOException {
    Path file = dir.resolve("new.txt");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class);
    assertThat(names()).isEmpty();
  }

  @Test
  void refusesToReplaceADirectory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("out"));
    assertThatThrownBy(() -> AtomicFiles.write(sub, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a directory");
    assertThat(names()).containsExactly("out");
    try (Stream<Path> inside = Files.list(sub)) {
      assertThat(inside).isEmpty();
    }
  }

  @Test
  void failsInAMissingDirectoryWithoutCreatingIt() throws IOException {
    Path file = dir.resolve("missing").resolve("sheet.txt");
    assertThatThrownBy(() -> AtomicFiles.write(file, "x")).isInstanceOf(IOException.class);
    assertThat(names()).isEmpty();
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("sheet.txt");
    Files.writeString(file, "old");
    Set<PosixFilePermission> readOnlyForOthers = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, readOnlyForOthers);
    AtomicFiles.write(file, "new");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(readOnlyForOthers);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
