package dev.regimen.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic writes, and what they do with what is at the name: a file is replaced whole, keeping its
 * permissions, owner and group; a symbolic link is written through to its target, atomically;
 * directories, devices and FIFOs are refused and left as they are; a hard link keeps the old
 * content; names as long as the file system allows work.
 */
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

  // ------------------------------------------------------------------ what is at the name

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor() == 0;
  }

  private static String uid() throws IOException {
    return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
  }

  @Test
  void writesThroughASymbolicLinkToItsTargetAtomicallyAndKeepsTheLink() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path target = Files.writeString(real.resolve("sheet.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real", "sheet.txt"));

    AtomicFiles.write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "sheet.txt"));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("link.txt", "real");
    try (Stream<Path> inside = Files.list(real)) {
      assertThat(inside.map(p -> p.getFileName().toString())).containsExactly("sheet.txt");
    }
  }

  @Test
  void followsAChainOfLinksAndCreatesTheFileADanglingLinkNames() throws IOException {
    Path second = Files.createSymbolicLink(dir.resolve("second"), dir.resolve("absent.txt"));
    Path first = Files.createSymbolicLink(dir.resolve("first"), Path.of("second"));
    AtomicFiles.write(first, "made");
    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.isSymbolicLink(second)).isTrue();
    assertThat(Files.readString(dir.resolve("absent.txt"))).isEqualTo("made");
  }

  @Test
  void refusesLinksThatLoop() throws IOException {
    Path a = dir.resolve("a");
    Files.createSymbolicLink(a, Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    assertThatThrownBy(() -> AtomicFiles.write(a, "x"))
        .isInstanceOf(FileSystemException.class)
        .extracting(e -> ((FileSystemException) e).getReason())
        .isEqualTo("too many levels of symbolic links");
    assertThat(names()).containsExactly("a", "b");
  }

  @Test
  void refusesAFifoAndLeavesIt() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
    assertThatThrownBy(() -> AtomicFiles.write(fifo, "x"))
        .isInstanceOf(FileSystemException.class)
        .extracting(e -> ((FileSystemException) e).getReason())
        .isEqualTo("is a FIFO, not a regular file; refusing to replace it");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS)).matches(m -> (((Integer) m) & 0170000) == 0010000);
    assertThat(names()).containsExactly("pipe");
  }

  @Test
  void refusesACharacterDeviceDirectlyAndThroughALink() throws Exception {
    // a copy of /dev/null made with mknod, which needs root (or CAP_MKNOD): /dev itself is never touched
    Path device = dir.resolve("null");
    assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod needs root here; uid " + uid());
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), device);
    for (Path target : List.of(device, link)) {
      assertThatThrownBy(() -> AtomicFiles.write(target, "x"))
          .isInstanceOf(FileSystemException.class)
          .extracting(e -> ((FileSystemException) e).getReason())
          .isEqualTo("is a character device, not a regular file; refusing to replace it");
    }
    assertThat(Files.getAttribute(device, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).isEqualTo(Files.getAttribute(Path.of("/dev/null"), "unix:rdev"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(names()).containsExactly("null", "out.json");
  }

  @Test
  void refusesADirectoryReachedThroughALink() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("out"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
    assertThatThrownBy(() -> AtomicFiles.write(link, "x"))
        .isInstanceOf(FileSystemException.class)
        .extracting(e -> ((FileSystemException) e).getReason())
        .isEqualTo("is a directory");
  }

  @Test
  void writesAFileWhoseNameIsAsLongAsTheFileSystemAllows() throws IOException {
    String name = "a".repeat(250) + ".json"; // 255 bytes
    AtomicFiles.write(dir.resolve(name), "{}");
    assertThat(Files.readString(dir.resolve(name))).isEqualTo("{}");
    String wide = "é".repeat(125) + ".json"; // 254 bytes in UTF-8, in 130 code points
    AtomicFiles.write(dir.resolve(wide), "{}");
    assertThat(names()).containsExactlyInAnyOrder(name, wide);
  }

  @Test
  void aFileWithAnotherHardLinkIsReplacedUnderThisNameOnly() throws IOException {
    Path file = Files.writeString(dir.resolve("sheet.txt"), "old");
    Path other = Files.createLink(dir.resolve("backup.txt"), file);
    assertThat(Files.getAttribute(file, "unix:nlink")).isEqualTo(2);

    AtomicFiles.write(file, "new");

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(Files.readString(other)).isEqualTo("old");
    assertThat(Files.getAttribute(other, "unix:nlink")).isEqualTo(1);
  }

  @Test
  void keepsTheOwnerAndGroupOfTheFileItReplaces() throws Exception {
    assumeTrue("0".equals(uid()), "only root can give a file to another user; uid " + uid());
    Path file = Files.writeString(dir.resolve("sheet.txt"), "old");
    UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal nobody;
    GroupPrincipal nogroup;
    try {
      nobody = users.lookupPrincipalByName("nobody");
      nogroup = users.lookupPrincipalByGroupName("nogroup");
    } catch (UserPrincipalNotFoundException e) {
      assumeTrue(false, "no user nobody or group nogroup here");
      return;
    }
    Files.setOwner(file, nobody);
    Files.getFileAttributeView(file, PosixFileAttributeView.class).setGroup(nogroup);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

    AtomicFiles.write(file, "new");

    PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
    assertThat(after.owner()).isEqualTo(nobody);
    assertThat(after.group()).isEqualTo(nogroup);
    assertThat(after.permissions()).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
    assertThat(Files.readString(file)).isEqualTo("new");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
