package dev.regimen.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the target's own directory, is forced to disk, and then replaces the target in one atomic move.
 * If anything fails on the way the temporary file is deleted and the target is left as it was
 * (absent, or with its old content). Stateless and thread-safe.
 *
 * <pre>{@code
 * AtomicFiles.write(folder.resolve("sheet.txt"), TextSheet.withDefaults().render(protocol));
 * }</pre>
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; closed by {@link AtomicFiles}, not by this method
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a text as UTF-8, replacing the file atomically.
   *
   * @param target the file to write
   * @param text the whole content
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path target, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} writes, replacing the file atomically. The new file gets the
   * permissions of the file it replaces, or the default permissions of a new file when there was
   * none.
   *
   * @param target the file to write
   * @param content writes the whole content
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written or {@code content} fails; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path file = target.toAbsolutePath();
    if (Files.isDirectory(file)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    Path temp = createTemp(file);
    boolean moved = false;
    try {
      copyPermissions(file, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Still never partial: the temporary file is complete; only the replacement is not atomic.
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Creates an empty, hidden temporary file next to the target, with the default permissions. */
  private static Path createTemp(Path file) throws IOException {
    Path dir = file.getParent();
    String name = file.getFileName().toString();
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temp = dir.resolve("." + name + "." + suffix + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // another writer's temporary file: try another name
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source =
        Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source == null || !Files.exists(from)) {
      return;
    }
    Files.setPosixFilePermissions(to, source.readAttributes().permissions());
  }
}
