package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.examples.Fixtures;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  private static final SessionPlan PLAN = SessionPlan.of(Catalog.l5s1Relief());

  @TempDir Path dir;

  @Test
  void printsTheBundledPlanExactlyAsTheFormatsGoldenTimerScript() throws Exception {
    Cli.Result result = Cli.run("plan");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.session.txt"));
  }

  @Test
  void theTextFormatIsTheDefault() {
    assertThat(Cli.run("plan", "--builtin", "l5-s1", "--format", "text").out())
        .isEqualTo(Cli.run("plan").out());
  }

  @Test
  void printsTheTotalRangeAndItsAssumptions() {
    String out = Cli.run("plan").out();
    assertThat(out)
        .contains("How long: A session takes about 5–8 minutes (4:50 to 7:54), from the\n")
        .contains("  • Each other step: 5 seconds (a step lasts until you move on)\n")
        .contains("  • Rest between exercises: 15 seconds\n");
  }

  @Test
  void printsTheBundledPlanInSpanishExactlyAsTheFormatsSpanishGolden() throws Exception {
    Cli.Result result = Cli.run("plan", "--lang", "es");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.session.es.txt"));
  }

  @Test
  void refusesALanguageOtherThanEnglishOrSpanish() {
    Cli.Result result = Cli.run("plan", "--lang", "fr");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("invalid value for option '--lang': must be en or es, was 'fr'");
  }

  @Test
  void printsMarkdown() {
    Cli.Result result = Cli.run("plan", "--format", "markdown");
    assertThat(result.status()).isZero();
    assertThat(result.out())
        .startsWith("# L5-S1 Relief Stretches\n")
        .isEqualTo(MarkdownSheet.defaults().render(PLAN));
  }

  @Test
  void printsTheSessionPlanDocumentThatReadsBackAsThePlan() {
    Cli.Result result = Cli.run("plan", "--builtin", "l5-s1", "--format", "json");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(RegimenJson.defaults().readSessionPlan(result.out())).isEqualTo(PLAN);
  }

  @Test
  void asciiAndWidthApply() {
    Cli.Result result = Cli.run("plan", "--ascii", "--width", "50");
    assertThat(result.out().chars()).allMatch(c -> c < 0x80);
    assertThat(result.outLines()).allMatch(line -> line.length() <= 50);
    assertThat(result.out()).isEqualTo(
        TextSheet.of(SheetOptions.builder().asciiOnly(true).width(50).build()).render(PLAN));
  }

  @Test
  void plansAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), Fixtures.TINY_PROTOCOL);
    Cli.Result result = Cli.run("plan", file.toString());
    assertThat(result.status()).isZero();
    // a 10-second lead-in, the one repetition's movement counted as 4 s, then the dosage's
    // 5-second hold (a version 1 document without repetitions means one)
    assertThat(result.out()).contains("How long: A session takes about 19 seconds");
    assertThat(result.out()).isEqualTo(TextSheet.defaults()
        .render(SessionPlan.of(RegimenJson.defaults().readProtocol(Fixtures.TINY_PROTOCOL))));
  }
}
