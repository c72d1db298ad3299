package dev.regimen.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code regimen} command: print, export, validate, screen and plan exercise protocols.
 *
 * <p>Exit status: 0 on success, 1 when the input is invalid (read, but not a valid document), 2 on
 * wrong usage, 3 when a file or stream could not be read or written. Errors go to standard error
 * as one line in lowercase, {@code regimen COMMAND: what went wrong}, never a stack trace. When
 * whoever reads the output stops early (as {@code regimen sheet | head -1} does), the command ends
 * quietly with the status it would have had. Output is UTF-8 whatever the platform's default
 * ({@code --ascii} where text is printed, for terminals without Unicode).
 */
@Command(
    name = "regimen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    scope = ScopeType.INHERIT,
    usageHelpAutoWidth = false,
    description = {
      "Print, export, validate, screen and plan exercise protocols.",
      "Exit status: 0 on success, 1 when the input is invalid, 2 on wrong usage, 3 when a file"
          + " or stream could not be read or written."
    },
    subcommands = {
      SheetCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      ScreenCommand.class,
      PlanCommand.class,
      ListCommand.class,
      ImportCommand.class,
      HelpCommand.class
    })
public final class RegimenCommand implements Callable<Integer> {
  /** The exit status when the input is invalid. */
  public static final int INVALID_INPUT = 1;

  /** The exit status on wrong usage. */
  public static final int USAGE = 2;

  /** The exit status when a file or stream could not be read or written. */
  public static final int IO_FAILURE = 3;

  /** The commands, as the usage error messages list them. */
  private static final List<String> COMMANDS =
      List.of("sheet", "export", "validate", "screen", "plan", "list", "import", "help");

  private final InputStream stdin;

  @Spec private CommandSpec spec;

  private RegimenCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command with the process's standard streams and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    WatchedStream stdout = new WatchedStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = utf8(stdout);
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int status = commandLine(out, err, System.in).execute(args);
    out.flush();
    IOException failure = stdout.failure();
    if (failure != null && !isClosedPipe(failure)) {
      // a full disk, say: the output is incomplete, so the run did not succeed
      err.println("regimen: error: standard output could not be written: "
          + Failures.reason(failure));
      status = IO_FAILURE;
    }
    err.flush();
    System.exit(status);
  }

  /**
   * Whether writing failed because the reader of a pipe went away, as {@code head} does once it
   * has its lines: not a failure of the command, which then ends quietly.
   */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("broken pipe")
        || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }

  /**
   * Creates the command, ready to {@link CommandLine#execute(String...) execute}, writing to the
   * given streams and reading {@code -} from {@code stdin}.
   *
   * @param out where results go
   * @param err where errors and warnings go
   * @param stdin what a FILE of {@code -} reads
   * @return the command line
   * @throws NullPointerException if an argument is null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(stdin, "stdin");
    CommandLine cmd = new CommandLine(new RegimenCommand(stdin));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + Failures.describe(e));
          failed.getErr().flush();
          return Failures.status(e);
        });
    cmd.setParameterExceptionHandler(RegimenCommand::usageError);
    return cmd;
  }

  /** {@return what a FILE of {@code -} reads} */
  InputStream stdin() {
    return stdin;
  }

  /** Without a subcommand there is nothing to do: wrong usage. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: choose one of " + String.join(", ", COMMANDS));
  }

  /**
   * Prints a usage error as one line, with a suggestion when picocli has one, and returns 2.
   * Picocli's own messages ("Unknown option: ...") are put in the command's style, starting in
   * lowercase like every other message.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    String name = failed.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(name).append(": ")
        .append(ConsoleText.sentenceInLowercase(ConsoleText.clean(e.getMessage())));
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
      List<String> rest = unmatched.getUnmatched();
      if (failed.getCommandSpec().parent() == null && !failed.getSubcommands().isEmpty()
          && !rest.isEmpty() && !rest.get(0).startsWith("-")) {
        line.setLength(0);
        line.append(name).append(": unknown command '").append(ConsoleText.clean(rest.get(0)))
            .append("': choose one of ").append(String.join(", ", COMMANDS));
      }
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    line.append(" (see '").append(name).append(" --help')");
    failed.getErr().println(line);
    failed.getErr().flush();
    return USAGE;
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
  }

  /**
   * Standard output, keeping the first failure to write it: a {@link PrintWriter} only says that
   * something failed, not whether a pipe closed or a disk filled up. After a failure nothing more is
   * written.
   */
  static final class WatchedStream extends FilterOutputStream {
    private IOException failure;

    WatchedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    /** {@return the first failure to write, or null} */
    IOException failure() {
      return failure;
    }
  }
}
