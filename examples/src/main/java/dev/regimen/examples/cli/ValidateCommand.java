package dev.regimen.examples.cli;

import dev.regimen.formats.json.RegimenDocument;
import dev.regimen.formats.json.RegimenJson;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen validate}: checks Regimen JSON files of every kind the library writes (protocol,
 * exercise, screening report, session plan), one line per file, naming the kind of each valid
 * one. Files are read one at a
 * time and nothing of a file is kept once its line is printed, so a run over thousands of files
 * needs no more memory than one file does. Exits with 3 if a file could not be read, else with 1
 * if a file is invalid.
 */
@Command(
    name = "validate",
    header = "Check Regimen JSON files, one line per file.",
    sortOptions = false,
    description = {
      "Every kind of Regimen document is accepted: protocol, exercise, screening report and"
          + " session plan. - reads standard input. One line per file:",
      "  FILE: ok (KIND)",
      "  FILE: error at POINTER (line L, column C): MESSAGE",
      "  FILE: error: no such file or directory",
      "Exits with 3 if a file could not be read, else with 1 if a file is invalid.",
      "For more files than a command line holds, write their names in a file and pass @LIST:"
          + " names are separated by spaces or line breaks; put a name that contains spaces in"
          + " double or single quotes (\"my routine.json\"); a line starting with # is a comment."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check (- reads standard input).")
  private List<String> files;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the lines of invalid files.")
  private boolean quiet;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  /** What checking one file found: a valid document of a kind, an invalid file or an unreadable one. */
  private record Verdict(String line, int status) {
    static Verdict ok(RegimenDocument<?> document) {
      return new Verdict("ok (" + document.kind().displayName() + ")", 0);
    }

    static Verdict invalid(String line) {
      return new Verdict(line, RegimenCommand.INVALID_INPUT);
    }

    static Verdict unreadable(String line) {
      return new Verdict(line, RegimenCommand.IO_FAILURE);
    }
  }

  @Override
  public Integer call() {
    RegimenJson json = RegimenJson.create();
    PrintWriter out = spec.commandLine().getOut();
    boolean invalid = false;
    boolean unreadable = false;
    for (String file : files) {
      Verdict verdict = check(json, file);
      boolean ok = verdict.status() == 0;
      invalid |= verdict.status() == RegimenCommand.INVALID_INPUT;
      unreadable |= verdict.status() == RegimenCommand.IO_FAILURE;
      if (!ok || !quiet) {
        String name = file.equals("-") ? ProtocolInput.STDIN_NAME : file;
        out.println(ConsoleText.name(name) + ": " + verdict.line());
      }
    }
    out.flush();
    return unreadable ? RegimenCommand.IO_FAILURE : invalid ? RegimenCommand.INVALID_INPUT : 0;
  }

  /** {@return what is wrong with the file, if anything} */
  private Verdict check(RegimenJson json, String file) {
    byte[] bytes;
    try {
      bytes = file.equals("-")
          ? read(root.stdin(), json.limits().maxDocumentLength())
          : read(Path.of(file), json.limits().maxDocumentLength());
    } catch (IOException e) {
      return Verdict.unreadable(Failures.describe(e));
    } catch (InvalidPathException e) {
      return Verdict.unreadable("error: not a valid file name");
    }
    try {
      return Verdict.ok(json.readDocument(bytes));
    } catch (RuntimeException e) {
      return Verdict.invalid(Failures.describe(e));
    }
  }

  /** Reads at most one byte more than the reader accepts, so a longer file is still reported. */
  private static byte[] read(Path file, int limit) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limit);
    }
  }

  private static byte[] read(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
  }
}
