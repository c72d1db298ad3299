package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.examples.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A protocol file written to attack the terminal (escape sequences that clear the screen, recolour
 * it, set its title or hide a link; a carriage return that overwrites a line; C1 controls;
 * bidirectional overrides; NUL, BEL and DEL) is shown by {@code regimen sheet} and reported by
 * {@code regimen validate} without one control or format character reaching the terminal, while
 * the visible text stays.
 */
class HostileFileCliTest {
  /** JSON escapes for what a hostile author would put in a name. */
  private static final String NASTY =
      "\\u001b[2J\\u001b[31mRed\\u001b[0m \\u001b]0;owned\\u0007 \\u001b]8;;https://evil.example\\u001b\\\\link"
          + "\\u001b]8;;\\u001b\\\\ Safe\\rEvil \\u009b31m \\u202eesrever\\u202c \\u0000\\u007f <b>bold</b> # *x*";

  @TempDir Path dir;

  @Test
  void theSheetOfAHostileFileShowsItsTextAndNoControlCharacter() throws IOException {
    String hostile =
        Fixtures.TINY_PROTOCOL
            .replace("\"title\": \"Tiny\"", "\"title\": \"Tiny " + NASTY + "\"")
            .replace("\"name\": \"Cat-Cow\"", "\"name\": \"Cat-Cow " + NASTY + "\"")
            .replace("\"text\": \"Breathe.\"", "\"text\": \"Breathe. " + NASTY + "\"");
    Path file = write("hostile.json", hostile);

    for (List<String> format : List.of(List.of("--format", "text"), List.of("--format", "markdown"))) {
      Cli.Result result = Cli.run("sheet", format.get(0), format.get(1), file.toString());

      assertThat(result.status()).as(result.err()).isZero();
      assertSafe(result.out());
      assertSafe(result.err());
      assertThat(Cli.flat(result.out())).contains("Tiny").contains("Cat-Cow").contains("esrever").contains("Breathe.");
    }
  }

  @Test
  void validateReportsHostileValuesAndNamesWithoutControlCharacters() throws IOException {
    Path badId = write("bad-id.json", Fixtures.TINY_PROTOCOL.replace("\"id\": \"tiny\"", "\"id\": \"" + NASTY + "\""));
    Path badKind =
        write("bad-kind.json", Fixtures.TINY_PROTOCOL.replace("\"kind\": \"mobility\"", "\"kind\": \"" + NASTY + "\""));
    Path badName =
        write("bad-name.json", Fixtures.TINY_PROTOCOL.replace("\"summary\":", "\"sum" + NASTY + "mary\":"));
    Path badSegment =
        write("bad-segment.json", Fixtures.TINY_PROTOCOL.replace("\"summary\":", "\"targetSegments\": [\"" + NASTY + "\"], \"summary\":"));
    Path malformed = write("malformed.json", "{\"schemaVersion\": 1, \"protocol\": \u001b[2J\u202e\r}");

    Cli.Result result =
        Cli.run("validate", badId.toString(), badKind.toString(), badName.toString(), badSegment.toString(), malformed.toString());

    assertThat(result.status()).isEqualTo(1);
    assertSafe(result.out());
    assertSafe(result.err());
    List<String> lines = result.outLines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith(badId + ": error at /protocol/id ");
    assertThat(lines.get(1)).startsWith(badKind + ": error at /protocol/entries/0/exercise/kind ");
    assertThat(lines.get(2)).startsWith(badName + ": error at /protocol/sum").contains("unknown property");
    assertThat(lines.get(3)).startsWith(badSegment + ": error at /protocol/targetSegments/0 ");
    assertThat(lines.get(4)).startsWith(malformed + ": error at /protocol ").contains("malformed JSON");
  }

  private static void assertSafe(String output) {
    for (int i = 0; i < output.length(); ) {
      int cp = output.codePointAt(i);
      int type = Character.getType(cp);
      assertThat(cp == '\n'
              || (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                  && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR))
          .as("U+%04X at %d in %s", cp, i, output)
          .isTrue();
      i += Character.charCount(cp);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
