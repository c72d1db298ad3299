package dev.regimen.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * <p>Exit status: 0 on success, 1 when the input is invalid (a file that cannot be read or is not
 * a valid protocol), 2 on wrong usage. Errors go to standard error as one line, never a stack
 * trace. Output is UTF-8 whatever the platform's default ({@code --ascii} where text is printed,
 * for terminals without Unicode).
 */
@Command(
    name = "regimen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    scope = ScopeType.INHERIT,
    usageHelpAutoWidth = false,
    description = {
      "Print, export, validate, screen and plan exercise protocols.",
      "Exit status: 0 on success, 1 when the input is invalid, 2 on wrong usage."
    },
    subcommands = {
      SheetCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      ScreenCommand.class,
      PlanCommand.class,
      ListCommand.class,
      HelpCommand.class
    })
public final class RegimenCommand implements Callable<Integer> {
  /** The exit status when the input is invalid. */
  public static final int INVALID_INPUT = 1;

  /** The exit status on wrong usage. */
  public static final int USAGE = 2;

  /** The commands, as the usage error messages list them. */
  private static final List<String> COMMANDS =
      List.of("sheet", "export", "validate", "screen", "plan", "list", "help");

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
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int status = commandLine(out, err, System.in).execute(args);
    if (out.checkError() && status == 0) {
      // a full disk or a closed pipe: the output is incomplete, so the run did not succeed
      err.println("regimen: error: standard output could not be written");
      status = INVALID_INPUT;
    }
    err.flush();
    System.exit(status);
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
          return INVALID_INPUT;
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

  /** Prints a usage error as one line, with a suggestion when picocli has one, and returns 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    String name = failed.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(name).append(": ").append(ConsoleText.clean(e.getMessage()));
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

  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
  }
}
