package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "build your own routine" example is the tagged region of MyFirstRoutine.java: it
 * runs, stays short, and the README shows it character for character.
 */
class MyFirstRoutineTest {
  private static final Path SOURCE =
      Path.of("src", "main", "java", "dev", "regimen", "examples", "MyFirstRoutine.java");

  /** The README marks the example's code block with this comment, on the line before it. */
  private static final String README_MARKER =
      "<!-- snippet: examples/src/main/java/dev/regimen/examples/MyFirstRoutine.java -->";

  @Test
  void printsTheSheetOfTheRoutineItBuilds() throws Exception {
    Console.Output output = Console.capture(() -> MyFirstRoutine.main(new String[0]));

    assertThat(output.err()).isEmpty();
    assertThat(output.out())
        .contains("Morning Back")
        .contains("Two minutes of gentle mobility.")
        .contains("1. Cat-Cow")
        .contains("Starting position: On your hands and knees, back flat, hands under your")
        .contains("  1. Breathe in, let your belly sink and look up.")
        .contains("  2. Breathe out and round your back.")
        .contains("How much: Hold about 5 seconds. Do it 8–10 times.")
        .endsWith("\n");
  }

  @Test
  void theReadmeSnippetIsAtMostTwentyLines() throws IOException {
    List<String> snippet = snippet().lines().toList();
    assertThat(snippet).hasSizeBetween(10, 20);
    assertThat(snippet.get(0)).startsWith("import ");
    assertThat(snippet.get(snippet.size() - 1)).isEqualTo("}");
  }

  @Test
  void theReadmeShowsTheSnippetExactly() throws IOException {
    Path readme = Path.of("..", "README.md");
    assertThat(readme).exists();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertThat(text).contains(README_MARKER);

    Matcher block =
        Pattern.compile(Pattern.quote(README_MARKER) + "\\R```java\\R(.*?)```", Pattern.DOTALL)
            .matcher(text);
    assertThat(block.find()).as("a ```java block right after the marker").isTrue();
    assertThat(block.group(1)).isEqualTo(snippet());
  }

  private static String snippet() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    int start = source.indexOf("// tag::readme[]\n");
    int end = source.indexOf("// end::readme[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return source.substring(start + "// tag::readme[]\n".length(), end);
  }
}
