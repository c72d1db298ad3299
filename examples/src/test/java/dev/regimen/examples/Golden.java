package dev.regimen.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The formats module's reviewed golden files of the bundled L5-S1 protocol, read from its source
 * tree (the tests run in the examples folder of the reactor).
 */
public final class Golden {
  private static final Path DIR = Path.of("..", "formats", "src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Reads a golden file.
   *
   * @param name such as {@code l5-s1-relief.txt}
   * @return its text
   * @throws IOException if it cannot be read
   */
  public static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }
}
