package dev.regimen.examples.cli;

import static dev.regimen.examples.cli.Cli.flat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.examples.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  private static final SessionPlan PLAN = SessionPlan.of(Catalog.l5s1Relief());

  @TempDir Path dir;

  @Test
  void printsTheTotalDurationRange() {
    Cli.Result result = Cli.run("plan");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines().subList(0, 3))
        .containsExactly(
            "Session plan: L5-S1 Relief Stretches",
            "════════════════════════════════════",
            "Total: " + ReportText.duration(PLAN.minSeconds()) + " – " + ReportText.duration(PLAN.maxSeconds()));
  }

  @Test
  void printsEveryCueInOrderWithItsDuration() {
    String out = Cli.run("plan", "--builtin", "l5-s1-relief").out();
    String flat = flat(out);
    int from = 0;
    for (Cue cue : PLAN.cues()) {
      String duration = cue.duration().open()
          ? "~" + ReportText.duration(cue.duration().minSeconds())
          : cue.duration().isExact()
              ? ReportText.duration(cue.duration().minSeconds())
              : cue.duration().minSeconds() + "–" + cue.duration().maxSeconds() + " s";
      String line = duration + (cue.optional() ? " * " : " ") + flat(cue.text());
      int at = flat.indexOf(line, from);
      assertThat(at).as("cue %s after position %d", line, from).isNotNegative();
      from = at + line.length();
    }
  }

  @Test
  void explainsTheMarks() {
    String out = flat(Cli.run("plan").out());
    assertThat(out)
        .contains("Durations marked ~ last until you move on; they are counted as 5 s a step and 5 s a breath.")
        .contains("Cues marked * belong to repetitions beyond the fewest asked for");
  }

  @Test
  void asciiAndWidthApply() {
    Cli.Result result = Cli.run("plan", "--ascii", "--width", "50");
    assertThat(result.out().chars()).allMatch(c -> c < 0x80);
    assertThat(result.outLines()).allMatch(line -> line.length() <= 50);
    assertThat(result.out()).contains("Total: " + ReportText.duration(PLAN.minSeconds()) + " - ");
  }

  @Test
  void plansAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), Fixtures.TINY_PROTOCOL);
    Cli.Result result = Cli.run("plan", file.toString());
    assertThat(result.status()).isZero();
    // a 10-second lead-in, one step counted as 5 s, then the dosage's 5-second hold
    assertThat(result.out()).contains("Total: 20 s\n");
    assertThat(result.outLines()).filteredOn(line -> line.startsWith("  ")).hasSize(3);
  }
}
