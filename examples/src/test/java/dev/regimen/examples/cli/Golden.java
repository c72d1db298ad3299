package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reviewed golden files of the formats module, which the command must print exactly when it is
 * given the same input. They are read from the formats module's sources, not copied, so that a
 * reviewed change to a sheet is checked here too without a second file to keep in step.
 */
final class Golden {
  /** The formats module's golden folder, from the examples module's folder (Surefire's working directory). */
  private static final Path FOLDER = Path.of("..", "formats", "src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Reads a golden file.
   *
   * @param name the file name, such as {@code l5-s1-relief.session.txt}
   * @return its text
   * @throws IOException if it cannot be read
   */
  static String read(String name) throws IOException {
    Path file = FOLDER.resolve(name);
    assertThat(file).as("golden file %s", file.toAbsolutePath().normalize()).isRegularFile();
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
