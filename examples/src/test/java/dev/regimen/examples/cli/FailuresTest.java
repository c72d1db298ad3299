package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void describesFileProblemsInPlainWords() {
    assertThat(Failures.describe(new NoSuchFileException("a.json"))).isEqualTo("error: no such file or directory");
    assertThat(Failures.describe(new AccessDeniedException("a.json"))).isEqualTo("error: permission denied");
    assertThat(Failures.describe(new IOException("disk full"))).isEqualTo("error: disk full");
  }

  @Test
  void theLastResortNamesTheFileOfAFileSystemProblem() {
    assertThat(Failures.describe((Exception) new NoSuchFileException("a.json")))
        .isEqualTo("a.json: error: no such file or directory");
    assertThat(Failures.describe(new UncheckedIOException(new IOException("disk full"))))
        .isEqualTo("error: disk full");
  }

  @Test
  void describesEveryViolationOfAModelRuleOnOneLine() {
    ValidationException e =
        new ValidationException("protocol", List.of(new Violation("id", "bad\nid"), new Violation("title", "blank")));
    assertThat(Failures.describe(e)).isEqualTo("invalid: 2 problems: id: bad id; title: blank");
  }

  @Test
  void describesEveryProblemOfAJsonDocument() {
    String json = "{\"schemaVersion\": 1, \"protocol\": {\"id\": \"Bad Id\", \"title\": \" \", \"summary\": \"s\","
        + " \"entries\": []}}";
    RegimenJsonException e = null;
    try {
      RegimenJson.create().readProtocol(json);
    } catch (RegimenJsonException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    String line = Failures.describe(e);
    assertThat(line).startsWith("error at " + e.pointer() + " (line 1, column " + e.column() + "): " + e.problem());
    assertThat(e.problems()).hasSizeGreaterThan(1);
    assertThat(line).contains("; and " + (e.problems().size() - 1) + " more: ");
    e.problems().subList(1, e.problems().size()).forEach(p -> assertThat(line).contains(p.toString()));
    assertThat(line).doesNotContain("\n");
  }

  @Test
  void aDocumentWithThousandsOfProblemsIsDescribedOnABoundedLine() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      entries.append(i == 0 ? "" : ",\n").append("{\"exercise\": {\"id\": \"shared\", \"name\": \"Knee to chest ")
          .append(i).append("\", \"kind\": \"stretch\", \"startingPosition\": \"Lying on your back\", \"steps\": [{\"text\": \"Pull one knee in\"}]}, \"dosage\": {}}");
    }
    String json = "{\"schemaVersion\": 1, \"protocol\": {\"id\": \"p\", \"title\": \"T\", \"summary\": \"S\","
        + " \"entries\": [\n" + entries + "\n]}}";
    RegimenJsonException e = null;
    try {
      RegimenJson.create().readProtocol(json);
    } catch (RegimenJsonException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSizeGreaterThan(RegimenJsonException.MAX_PROBLEMS_SHOWN);
    String line = Failures.describe(e);
    int notShown = e.problems().size() - RegimenJsonException.MAX_PROBLEMS_SHOWN;
    assertThat(line)
        .contains(e.problems().get(RegimenJsonException.MAX_PROBLEMS_SHOWN - 1).toString())
        .doesNotContain(e.problems().get(RegimenJsonException.MAX_PROBLEMS_SHOWN).toString() + ";")
        .endsWith("; and " + notShown + " more not shown")
        .doesNotContain("\n");
    assertThat(line.length()).isLessThan(RegimenJsonException.MAX_PROBLEMS_SHOWN * 200);
  }

  @Test
  void anUnexpectedFailureIsAnInternalErrorOnOneLine() {
    assertThat(Failures.describe(new IllegalStateException("broken\ninvariant")))
        .isEqualTo("internal error: java.lang.IllegalStateException: broken invariant");
  }
}
