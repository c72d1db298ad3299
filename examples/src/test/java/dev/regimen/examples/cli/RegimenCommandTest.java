package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What every command shares: help, version, exit statuses and one-line errors. */
class RegimenCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"sheet", "export", "validate", "screen", "plan", "list", "import"})
  void everyCommandHasHelp(String command) {
    for (String[] args : new String[][] {{command, "--help"}, {command, "-h"}, {"help", command}}) {
      Cli.Result result = Cli.run(args);
      assertThat(result.status()).as(String.join(" ", args)).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).contains("Usage: regimen " + command + " ").contains("-h, --help");
    }
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndTheExitStatuses() {
    Cli.Result result = Cli.run("--help");
    assertThat(result.status()).isZero();
    assertThat(Cli.flat(result.out()))
        .contains("Exit status: 0 on success, 1 when the input is invalid, 2 on wrong usage, 3 when a"
            + " file or stream could not be read or written.");
    assertThat(result.out())
        .contains("Usage: regimen [-hV] [COMMAND]")
        .contains("  sheet ", "  export ", "  validate ", "  screen ", "  plan ", "  list ");
  }

  @Test
  void versionNamesTheBuildTheFormatAndTheJava() {
    for (String flag : new String[] {"--version", "-V"}) {
      Cli.Result result = Cli.run(flag);
      assertThat(result.status()).isZero();
      assertThat(result.outLines().get(0)).matches("regimen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      assertThat(result.outLines().get(1)).isEqualTo("Regimen JSON schemaVersion 2");
      assertThat(result.outLines().get(2)).startsWith("Java " + Runtime.version());
    }
  }

  @Test
  void aSubcommandPrintsTheVersionToo() {
    Cli.Result result = Cli.run("sheet", "--version");
    assertThat(result.status()).isZero();
    assertThat(result.out()).startsWith("regimen ");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {},
            "regimen: missing command: choose one of sheet, export, validate, screen, plan, list,"
                + " import, help (see 'regimen --help')"),
        Arguments.of(new String[] {"frob"},
            "regimen: unknown command 'frob': choose one of sheet, export, validate, screen, plan,"
                + " list, import, help (see 'regimen --help')"),
        Arguments.of(new String[] {"sheet", "--widht", "60"},
            "regimen sheet: unknown option: '--widht'; did you mean --width? (see 'regimen sheet"
                + " --help')"),
        Arguments.of(new String[] {"sheet", "--width", "12"},
            "regimen sheet: invalid value for option '--width': must be from 40 to 500, was 12"
                + " (see 'regimen sheet --help')"),
        Arguments.of(new String[] {"sheet", "--width", "wide"},
            "regimen sheet: invalid value for option '--width': 'wide' is not an int (see 'regimen"
                + " sheet --help')"),
        Arguments.of(new String[] {"sheet", "--format", "docx"},
            "regimen sheet: invalid value for option '--format': expected text, markdown, html or pdf,"
                + " was 'docx' (see 'regimen sheet --help')"),
        Arguments.of(new String[] {"sheet", "--format", "pdf"},
            "regimen sheet: --format pdf needs -o FILE: a PDF is not written to standard output"
                + " (see 'regimen sheet --help')"),
        Arguments.of(new String[] {"export", "--format", "pdf"},
            "regimen export: invalid value for option '--format': expected json, text, markdown, html, fhir or fhir-xml,"
                + " was 'pdf' (see 'regimen export --help')"),
        Arguments.of(new String[] {"screen", "--format", "docx"},
            "regimen screen: invalid value for option '--format': expected json, text, markdown, html, pdf, fhir"
                + " or fhir-xml, was 'docx' (see 'regimen screen --help')"),
        Arguments.of(new String[] {"plan", "--format", "docx"},
            "regimen plan: invalid value for option '--format': expected json, text, markdown, html or pdf,"
                + " was 'docx' (see 'regimen plan --help')"),
        Arguments.of(new String[] {"plan", "--width", "501"},
            "regimen plan: invalid value for option '--width': must be from 40 to 500, was 501"
                + " (see 'regimen plan --help')"),
        Arguments.of(new String[] {"sheet", "--builtin", "nope"},
            "regimen sheet: unknown built-in protocol 'nope'; known: l5-s1, l5-s1-relief (see"
                + " 'regimen sheet --help')"),
        Arguments.of(new String[] {"plan", "a.json", "--builtin", "l5-s1"},
            "regimen plan: give either FILE or --builtin, not both (see 'regimen plan --help')"),
        Arguments.of(new String[] {"validate"},
            "regimen validate: missing required parameter: 'FILE' (see 'regimen validate --help')"),
        Arguments.of(new String[] {"list", "extra"},
            "regimen list: unmatched argument at index 1: 'extra' (see 'regimen list --help')"),
        Arguments.of(new String[] {"screen", "--pain-weeks", "-2"},
            "regimen screen: invalid value for option '--pain-weeks': must not be negative, was -2"
                + " (see 'regimen screen --help')"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void wrongUsageExitsWithTwoAndOneLineOnStandardError(String[] args, String line) {
    Cli.Result result = Cli.run(args);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(line);
  }

  @Test
  void aFileThatDoesNotExistCannotBeReadExitsWithThreeAndOneLine() {
    Cli.Result result = Cli.run("sheet", "no-such-file.json");
    assertThat(result.status()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly("regimen sheet: no-such-file.json: error: no such file or directory");
  }

  @Test
  void aDirectoryCannotBeReadExitsWithThreeAndOneLine() {
    Cli.Result result = Cli.run("plan", ".");
    assertThat(result.status()).isEqualTo(3);
    assertThat(result.errLines()).containsExactly("regimen plan: .: error: is a directory");
  }

  @Test
  void theEnumsAreCaseInsensitive() {
    assertThat(Cli.run("sheet", "--format", "MARKDOWN").out()).startsWith("# L5-S1 Relief Stretches\n");
  }
}
