package dev.regimen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that no reader ever sees part of it: the bytes go to a temporary file in the
 * target's directory, are forced to disk, and the temporary file then replaces the target in one
 * atomic move (a plain move where the file system has no atomic one: the file is still never
 * partial). On failure the temporary file is deleted and the target is as it was. A symbolic link
 * at the target is followed, so the file it names is replaced and the link stays; a directory or
 * another file that is not a regular one is refused.
 */
final class AtomicWrite {
  private AtomicWrite() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path file = target.toAbsolutePath();
    if (Files.isSymbolicLink(file)) {
      file = file.toRealPath();
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new FileSystemException(
          target.toString(),
          null,
          Files.isDirectory(file) ? "is a directory" : "is not a regular file; refusing to replace it");
    }
    Path directory = file.getParent();
    String name = file.getFileName().toString();
    String stem = name.length() > 40 ? name.substring(0, 40) : name;
    Path temp = Files.createTempFile(directory, "." + stem + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
