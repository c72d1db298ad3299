package dev.regimen.examples.cli;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code regimen list}: the bundled protocols, exercises and conditions, with their ids. */
@Command(
    name = "list",
    header = "List the bundled protocols, exercises and conditions.",
    description = {
      "With their ids: the names that --builtin, --condition and --finding take."
    })
final class ListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();

    out.println("Protocols");
    List<String[]> rows = new ArrayList<>();
    for (Protocol p : Catalog.protocols()) {
      List<String> aliases = Builtins.aliases(p.id());
      rows.add(new String[] {
        p.id(),
        p.name() + " (" + count(p.entries().size(), "exercise")
            + (aliases.isEmpty() ? "" : "; also --builtin " + String.join(", ", aliases)) + ")"
      });
    }
    table(out, rows);

    out.println();
    out.println("Exercises");
    rows.clear();
    for (Exercise e : Catalog.exercises()) {
      rows.add(new String[] {e.id(), e.name() + " (" + e.kind().name().toLowerCase(Locale.ROOT) + ")"});
    }
    table(out, rows);

    out.println();
    out.println("Conditions (--condition ID) and their findings (--finding ID)");
    rows.clear();
    for (Condition c : Catalog.conditions()) {
      rows.add(new String[] {c.id(), c.name()});
      for (Finding f : c.findings()) {
        rows.add(new String[] {"  " + f.id(), f.name() + " (a finding of " + c.id() + ")"});
      }
    }
    table(out, rows);
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, List<String[]> rows) {
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    for (String[] row : rows) {
      out.println(("  " + row[0] + " ".repeat(width - row[0].length()) + "  " + row[1]).stripTrailing());
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
