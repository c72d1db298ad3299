package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetRenderer;
import dev.regimen.formats.sheet.TextSheet;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code regimen plan}: prints a protocol's timed session plan as a timer script ({@link
 * TextSheet}, {@link MarkdownSheet} or {@link HtmlSheet}) or as a session plan JSON document.
 */
@Command(
    name = "plan",
    header = "Print the timed session plan of a protocol.",
    sortOptions = false,
    description = {
      "Every cue of a session (get ready, each step, each hold, rests and side switches) with"
          + " how long it lasts, and the session's total, from the fewest repetitions and shortest"
          + " holds to the most and longest, with every assumption the estimate makes.",
      "With --format json: the session plan as a Regimen JSON document; with --format html: a"
          + " self-contained page; with --format pdf and -o FILE: an accessible PDF of that page."
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Plan.class,
      completionCandidates = Format.Plan.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin private SheetLayout layout;

  @Mixin private SheetLanguage lang;

  @Mixin private SheetOutput output;

  @ParentCommand private RegimenCommand root;

  @Override
  public Integer call() {
    lang.requireSheetFor(format);
    SheetRenderer renderer = format == Format.JSON ? null : layout.renderer(format, lang, input.pictures());
    output.requireFileFor(format);
    Protocol protocol = input.load(root.stdin());
    SessionPlan plan = SessionPlan.of(protocol);
    if (renderer == null) {
      output.write(RegimenJson.defaults().writeSessionPlan(plan));
    } else {
      output.write(format, renderer.render(plan), layout.pdfOptions());
    }
    return 0;
  }
}
