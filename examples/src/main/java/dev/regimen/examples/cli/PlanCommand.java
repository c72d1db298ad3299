package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.SheetOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code regimen plan}: prints a protocol's timed session plan. */
@Command(
    name = "plan",
    header = "Print the timed session plan of a protocol.",
    sortOptions = false,
    description = {
      "Every cue of a session (get ready, each step, each hold, rests and side switches) with"
          + " how long it lasts, and the session's total, from the fewest repetitions and shortest"
          + " holds to the most and longest."
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Mixin private SheetLayout layout;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    SheetOptions options = layout.options();
    Protocol protocol = input.load(root.stdin());
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportText.plan(SessionPlan.of(protocol), options.width(), options.asciiOnly()));
    out.flush();
    return 0;
  }
}
