package dev.regimen.examples.cli;

import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regimen validate}: checks Regimen JSON files, one line per file. Files are read one at a
 * time and nothing of a file is kept once its line is printed, so a run over thousands of files
 * needs no more memory than one file does.
 */
@Command(
    name = "validate",
    header = "Check Regimen JSON files, one line per file.",
    sortOptions = false,
    description = {
      "Protocol and exercise documents are both accepted. One line per file:",
      "  FILE: ok",
      "  FILE: error at POINTER (line L, column C): MESSAGE",
      "Exits with 1 if any file is invalid. For more files than a command line holds, list them"
          + " in a file and pass @LIST."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check.")
  private List<String> files;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the lines of invalid files.")
  private boolean quiet;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    RegimenJson json = RegimenJson.create();
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (String file : files) {
      String verdict = check(json, file);
      boolean ok = verdict == null;
      if (!ok) {
        invalid++;
      }
      if (!ok || !quiet) {
        out.println(ConsoleText.clean(file) + ": " + (ok ? "ok" : verdict));
      }
    }
    out.flush();
    return invalid == 0 ? 0 : 1;
  }

  /** {@return null when the file is a valid document, else what is wrong with it} */
  private static String check(RegimenJson json, String file) {
    byte[] bytes;
    try {
      bytes = read(Path.of(file), json.limits().maxDocumentLength());
    } catch (IOException e) {
      return Failures.describe(e);
    } catch (InvalidPathException e) {
      return "error: not a valid file name";
    }
    try {
      json.readProtocol(bytes);
      return null;
    } catch (RegimenJsonException e) {
      if (!isExerciseDocument(e)) {
        return Failures.describe(e);
      }
    } catch (RuntimeException e) {
      return Failures.describe(e);
    }
    try {
      json.readExercise(bytes);
      return null;
    } catch (RegimenJsonException e) {
      return Failures.describe(e);
    } catch (RuntimeException e) {
      return Failures.describe(e);
    }
  }

  /**
   * Whether the protocol reader stopped because the document holds an exercise instead: it then
   * reports the {@code exercise} property as unknown.
   */
  private static boolean isExerciseDocument(RegimenJsonException e) {
    return e.kind() == RegimenJsonException.Kind.UNKNOWN_PROPERTY && e.pointer().equals("/exercise");
  }

  /** Reads at most one byte more than the reader accepts, so a longer file is still reported. */
  private static byte[] read(Path file, int limit) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
    }
  }
}
