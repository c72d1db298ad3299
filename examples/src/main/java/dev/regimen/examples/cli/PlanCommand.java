package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen plan}: prints a protocol's timed session plan as a timer script ({@link
 * TextSheet} or {@link MarkdownSheet}) or as a session plan JSON document.
 */
@Command(
    name = "plan",
    header = "Print the timed session plan of a protocol.",
    sortOptions = false,
    description = {
      "Every cue of a session (get ready, each step, each hold, rests and side switches) with"
          + " how long it lasts, and the session's total, from the fewest repetitions and shortest"
          + " holds to the most and longest, with every assumption the estimate makes.",
      "With --format json: the session plan as a Regimen JSON document."
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Any.class,
      completionCandidates = Format.Any.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin private SheetLayout layout;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    SheetOptions options = layout.options();
    Protocol protocol = input.load(root.stdin());
    SessionPlan plan = SessionPlan.of(protocol);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        out.print(RegimenJson.defaults().writeSessionPlan(plan));
        break;
      case MARKDOWN:
        out.print(MarkdownSheet.of(options).render(plan));
        break;
      case TEXT:
      default:
        out.print(TextSheet.of(options).render(plan));
        break;
    }
    out.flush();
    return 0;
  }
}
