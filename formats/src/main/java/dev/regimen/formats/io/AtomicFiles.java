package dev.regimen.formats.io;

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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the target's own directory, is forced to disk, and then replaces the target in one atomic move.
 * If anything fails on the way the temporary file is deleted and the target is left as it was
 * (absent, or with its old content). Stateless and thread-safe.
 *
 * <pre>{@code
 * AtomicFiles.write(folder.resolve("sheet.txt"), TextSheet.defaults().render(protocol));
 * }</pre>
 *
 * <p>What it does with what it finds at the target's name:
 *
 * <ul>
 *   <li><b>Nothing</b>: a new regular file, with the default permissions of a new file.
 *   <li><b>A regular file</b>: replaced atomically; the new file keeps the old one's POSIX
 *       permissions and, where the process may set them (as root, or a group it belongs to), its
 *       owner and group. If it cannot keep them, nothing is written and the old file stays.
 *   <li><b>A symbolic link</b>: followed, link after link (at most 40), to the file it names, which
 *       is then written as above, atomically, in its own directory; the link itself stays a link. A
 *       link to nothing creates the file it names, as a shell's {@code >} does.
 *   <li><b>A directory, a device node, a FIFO or a socket</b> (directly or through links): refused
 *       with a {@link FileSystemException} whose reason says what it is ({@code is a directory},
 *       {@code is a character device, not a regular file; refusing to replace it}); nothing is opened, written or
 *       replaced. Writing to such a file is not what an atomic replacement can do: a device or a
 *       FIFO would be replaced by a regular file (as root, {@code /dev/null} or a disk's node), and
 *       writing into it instead would be neither atomic nor bounded (a FIFO without a reader blocks
 *       for ever). To send output to standard output, write there, not to {@code /dev/stdout}.
 *   <li><b>A file with other hard links</b>: replaced under this name only, like any regular
 *       file; its other names keep the old content (an atomic replacement gives this name a new
 *       file; writing into the shared one would give up atomicity).
 * </ul>
 *
 * <p>The temporary file is named after the target, shortened, so that a target whose name is as
 * long as the file system allows (255 bytes) can still be written.
 */
public final class AtomicFiles {
  /** The most code points of the target's name that the temporary file's name repeats. */
  private static final int NAME_IN_TEMP = 40;

  /** The most symbolic links followed, as Linux allows. */
  private static final int MAX_LINKS = 40;

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
   * Writes what {@code content} writes, replacing the file atomically, as the class documentation
   * describes for each kind of target.
   *
   * @param target the file to write
   * @param content writes the whole content
   * @throws NullPointerException if an argument is null
   * @throws FileSystemException if the target is (or a link leads to) a directory, a device, a
   *     FIFO or a socket, or if its links loop or run too long
   * @throws IOException if the file cannot be written or {@code content} fails; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path file = regularFileAt(target.toAbsolutePath(), target);
    Path temp = createTemp(file);
    boolean moved = false;
    try {
      copyOwnershipAndPermissions(file, temp, target);
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

  /**
   * {@return the path of the regular file (existing or not) that writing {@code path} means},
   * following symbolic links
   *
   * @throws FileSystemException if it is not a regular file, or the links loop or run too long
   */
  private static Path regularFileAt(Path path, Path asked) throws IOException {
    Path current = path;
    for (int links = 0; ; links++) {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return current; // a new file, or the file a dangling link names
      }
      if (attributes.isSymbolicLink()) {
        if (links == MAX_LINKS) {
          throw new FileSystemException(asked.toString(), null, "too many levels of symbolic links");
        }
        Path link = Files.readSymbolicLink(current);
        current = current.getParent() == null ? link : current.getParent().resolve(link);
        continue;
      }
      if (attributes.isRegularFile()) {
        return current;
      }
      throw new FileSystemException(
          asked.toString(),
          current.equals(path) ? null : current.toString(),
          attributes.isDirectory()
              ? "is a directory"
              : "is " + special(current) + ", not a regular file; refusing to replace it");
    }
  }

  /** {@return what kind of special file this is, in words} */
  private static String special(Path file) {
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
      switch (type) {
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0010000:
          return "a FIFO";
        case 0140000:
          return "a socket";
        default:
          return "a special file";
      }
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return "a special file"; // no unix view here: what it is cannot be told, only that it is not a file
    }
  }

  /** Creates an empty, hidden temporary file next to the target, with the default permissions. */
  private static Path createTemp(Path file) throws IOException {
    Path dir = file.getParent();
    String name = file.getFileName().toString();
    int cut = name.offsetByCodePoints(0, Math.min(NAME_IN_TEMP, name.codePointCount(0, name.length())));
    String stem = name.substring(0, cut);
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temp = dir.resolve("." + stem + "." + suffix + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // another writer's temporary file: try another name
      }
    }
  }

  /** Gives the temporary file the permissions, owner and group of the file it will replace. */
  private static void copyOwnershipAndPermissions(Path from, Path to, Path asked) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source == null || !Files.exists(from)) {
      return;
    }
    PosixFileAttributes old = source.readAttributes();
    PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    PosixFileAttributes fresh = copy.readAttributes();
    try {
      if (!fresh.group().equals(old.group())) {
        copy.setGroup(old.group());
      }
      if (!fresh.owner().equals(old.owner())) {
        copy.setOwner(old.owner());
      }
    } catch (IOException e) {
      FileSystemException refused =
          new FileSystemException(
              asked.toString(),
              null,
              "cannot keep its owner " + old.owner().getName() + " and group " + old.group().getName()
                  + " (this process may not give them away); it is left as it was");
      refused.initCause(e);
      throw refused;
    }
    copy.setPermissions(old.permissions());
  }
}
