package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A document that breaks thousands of rules is reported in bounded work and bounded output: every
 * problem is located in one scan of the document (not one scan each: a 2.3 MB document of 10,000
 * entries sharing one id took 40 s to report), the message shows the first {@value
 * RegimenJsonException#MAX_PROBLEMS_SHOWN} and says how many more there are, and no problem's line
 * is longer than a few hundred characters, whatever the document quotes.
 */
class ProblemReportingTest {
  private static final RegimenJson JSON = RegimenJson.defaults();
  private static final int ENTRIES = 10_000;

  /** An entry whose exercise is {@code shared} in every entry, with some padding to reach the size. */
  private static final String ENTRY =
      "{\"exercise\": {\"id\": \"shared\", \"name\": \"Knee to chest %d\", \"kind\": \"stretch\", "
          + "\"startingPosition\": \"Lying on your back with both knees bent and feet flat on the floor\", "
          + "\"steps\": [{\"text\": \"Pull one knee gently toward your chest and hold it there\"}]}, \"dosage\": {}}";

  /** The reproducer: 10,000 entries, one a line, sharing one exercise id. */
  private static String tenThousandEntriesSharingOneId() {
    StringBuilder json = new StringBuilder(2_400_000);
    json.append("{\"schemaVersion\": 1, \"protocol\": {\"id\": \"p\", \"title\": \"T\", \"summary\": \"S\", \"entries\": [\n");
    for (int i = 0; i < ENTRIES; i++) {
      json.append(i == 0 ? "" : ",\n").append(String.format(ENTRY, i));
    }
    return json.append("\n]}}\n").toString();
  }

  @Test
  void tenThousandDuplicateIdsAreEachReportedAtTheirOwnLineWithABoundedMessage() {
    String document = tenThousandEntriesSharingOneId();
    assertThat(document.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2_000_000);

    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(document));

    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.problems()).hasSize(ENTRIES - 1);
    for (int i : new int[] {1, 2, 99, 100, 5_000, ENTRIES - 1}) {
      JsonProblem problem = e.problems().get(i - 1);
      assertThat(problem.pointer()).isEqualTo("/protocol/entries/" + i + "/exercise/id");
      assertThat(problem.problem()).isEqualTo("duplicate exercise id 'shared' (first at entries[0])");
      assertThat(problem.line()).as("line of entry %d", i).isEqualTo(i + 2);
      assertThat(problem.column()).isEqualTo(21);
    }
    String message = e.getMessage();
    assertThat(message)
        .startsWith(e.problems().get(0) + "; and 9998 more: " + e.problems().get(1) + "; ")
        .endsWith("; " + e.problems().get(99) + "; and 9899 more not shown")
        .doesNotContain(e.problems().get(100).toString())
        .doesNotContain("\n");
    assertThat(message.length()).isLessThan(RegimenJsonException.MAX_PROBLEMS_SHOWN * 120);
  }

  @Test
  void everyProblemOfAValueIsLocatedInOneScanOfTheDocument() {
    String document = tenThousandEntriesSharingOneId();
    JsonFactory factory = new JsonFactory();
    int[] opened = {0};
    Supplier<JsonParser> parsers =
        () -> {
          opened[0]++;
          return factory.createParser(ObjectReadContext.empty(), document);
        };
    Locator locator = new Locator(parsers);
    JsonIn in = new JsonIn(parsers.get(), JsonLimits.defaults(), locator);

    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> Document.read(in, DocumentKind.PROTOCOL, parsers));

    assertThat(e.problems()).hasSize(ENTRIES - 1);
    assertThat(locator.scans()).isEqualTo(1);
    assertThat(opened[0]).as("the reading parser and one scan").isEqualTo(2);
  }

  @Test
  void aLocatorFindsManyElementsAndTheClosestAncestorOfAMissingOneInOneScan() {
    String document = "{\"a\": [10, {\"b\": 1, \"c\": [true, false]}], \"d\": {\"e\": null}}";
    JsonFactory factory = new JsonFactory();
    Locator locator = new Locator(() -> factory.createParser(ObjectReadContext.empty(), document));
    List<String> targets = List.of("/a/1/c/1", "/d/e", "/a/0", "/a/1/missing", "/x", "", "/a/7", "/d/e/deeper");
    var found =
        locator.locateAll(targets.stream().map(tools.jackson.core.JsonPointer::compile).toList());
    assertThat(found).extracting(l -> l.getColumnNr())
        .containsExactly(
            document.indexOf("false") + 1,
            document.indexOf("null") + 1,
            document.indexOf("10") + 1,
            document.indexOf("{\"b\"") + 1,
            1,
            1,
            document.indexOf("[10") + 1,
            document.indexOf("null") + 1);
    assertThat(locator.scans()).isEqualTo(1);
  }

  @Test
  void aProblemQuotingAHugeTextIsShownInABoundedLine() {
    String id = "x".repeat(100_000);
    JsonProblem problem = new JsonProblem("/protocol/entries/1/exercise/id", "duplicate exercise id '" + id + "'", 3, 22);
    String line = problem.toString();
    assertThat(line)
        .startsWith("/protocol/entries/1/exercise/id: duplicate exercise id 'xxx")
        .endsWith("x... (line 3, column 22)");
    assertThat(line.length()).isLessThanOrEqualTo(550);
    assertThat(problem.problem()).hasSize("duplicate exercise id ''".length() + 100_000);

    JsonProblem longPointer = new JsonProblem("/" + "p".repeat(10_000), "must not be blank", 1, 1);
    assertThat(longPointer.toString()).hasSize(1 + 199 + 3 + 2 + "must not be blank".length() + " (line 1, column 1)".length());
  }

  @Test
  void anEscapeIsNeverCutInHalf() {
    String problem = "a".repeat(JsonProblem.MAX_PROBLEM_SHOWN - 3) + "\u001B\u001B";
    assertThat(new JsonProblem("", problem, -1, -1).toString())
        .isEqualTo("document: " + "a".repeat(JsonProblem.MAX_PROBLEM_SHOWN - 3) + "...");
  }
}
