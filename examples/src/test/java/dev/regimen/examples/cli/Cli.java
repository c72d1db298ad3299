package dev.regimen.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the {@code regimen} command in-process through picocli, capturing what it prints. */
final class Cli {
  /** How a run ended: its exit status and what it printed to standard output and error. */
  record Result(int status, String out, String err) {
    /** {@return the lines printed to standard error} */
    List<String> errLines() {
      return err.lines().toList();
    }

    /** {@return the lines printed to standard output} */
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Result run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        RegimenCommand.commandLine(new PrintWriter(out), new PrintWriter(err), stdin).execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** {@return text with every run of whitespace made one space, to find wrapped text in output} */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
