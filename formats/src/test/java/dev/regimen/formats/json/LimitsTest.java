package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A document just over each limit is rejected with a message naming the limit; one at the limit is read. */
class LimitsTest {
  /**
   * 5 levels deep (document, exercise, steps, step, hold); 3 steps; longest text 20 characters
   * (the name), longest property name 16 ("startingPosition").
   */
  private static final String DOCUMENT =
      "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"Knee-to-chest, slow!\",\"kind\":\"stretch\","
          + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"a\"},{\"text\":\"b\"},"
          + "{\"text\":\"c\",\"hold\":{\"seconds\":5}}]}}";

  private static RegimenJson with(JsonLimits limits) {
    return RegimenJson.builder().limits(limits).build();
  }

  private static RegimenJsonException error(RegimenJson json, String document) {
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> json.readExercise(document));
    assertThat(e).as("reading should fail").isNotNull();
    return e;
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    JsonLimits limits = JsonLimits.defaults();
    assertThat(limits.maxDocumentLength()).isEqualTo(10_000_000).isEqualTo(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(limits.maxDepth()).isEqualTo(32).isEqualTo(JsonLimits.DEFAULT_MAX_DEPTH);
    assertThat(limits.maxStringLength()).isEqualTo(100_000).isEqualTo(JsonLimits.DEFAULT_MAX_STRING_LENGTH);
    assertThat(limits.maxArrayLength()).isEqualTo(10_000).isEqualTo(JsonLimits.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(RegimenJson.defaults().limits()).isEqualTo(limits);
  }

  @Test
  void eachLimitCanBeChangedAlone() {
    JsonLimits limits =
        JsonLimits.defaults().withMaxDocumentLength(1).withMaxDepth(2).withMaxStringLength(3).withMaxArrayLength(4);
    assertThat(limits).isEqualTo(new JsonLimits(1, 2, 3, 4));
    assertThat(with(limits).limits()).isEqualTo(limits);
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth: must be at least 1, was 0");
    assertThatThrownBy(() -> new JsonLimits(-1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength: must be at least 1, was -1");
  }

  @Test
  void aDocumentLongerThanMaxDocumentLengthIsRejected() {
    int length = DOCUMENT.length();
    assertThat(with(JsonLimits.defaults().withMaxDocumentLength(length)).readExercise(DOCUMENT).id()).isEqualTo("e");
    RegimenJson tight = with(JsonLimits.defaults().withMaxDocumentLength(length - 1));
    RegimenJsonException e = error(tight, DOCUMENT);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "document: document is longer than " + (length - 1) + " characters (maxDocumentLength) (line 1, column "
                + length + ")");
    RegimenJsonException bytes =
        catchThrowableOfType(
            RegimenJsonException.class, () -> tight.readExercise(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    assertThat(bytes.getMessage())
        .isEqualTo(
            "document: document is longer than " + (length - 1) + " bytes (maxDocumentLength) (line 1, column "
                + length + ")");
    assertThat(bytes.expected()).contains("at most " + (length - 1) + " bytes");
  }

  @Test
  void theDocumentLengthLimitCountsLinesToThePlaceItIsCrossed() {
    String pretty = RegimenJson.defaults().writeExercise(RegimenJson.defaults().readExercise(DOCUMENT));
    int limit = pretty.indexOf("\"kind\"") + 2;
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxDocumentLength(limit)), pretty);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(7);
  }

  @Test
  void aLineBreakJustPastTheLimitIsThePlaceItIsCrossedNotTheStartOfTheNextLine() {
    String pretty = RegimenJson.defaults().writeExercise(RegimenJson.defaults().readExercise(DOCUMENT));
    int limit = pretty.indexOf('\n', pretty.indexOf("\"kind\""));
    int lineStart = pretty.lastIndexOf('\n', limit - 1) + 1;
    RegimenJsonException text = error(with(JsonLimits.defaults().withMaxDocumentLength(limit)), pretty);
    assertThat(text.line()).isEqualTo(6);
    assertThat(text.column()).isEqualTo(limit - lineStart + 1);

    byte[] bytes = pretty.getBytes(StandardCharsets.UTF_8);
    RegimenJsonException fromBytes =
        catchThrowableOfType(
            RegimenJsonException.class,
            () -> with(JsonLimits.defaults().withMaxDocumentLength(limit)).readExercise(bytes));
    assertThat(fromBytes.line()).isEqualTo(6);
    assertThat(fromBytes.column()).isEqualTo(text.column());
  }

  @Test
  @Timeout(30)
  void aReaderLongerThanTheLimitIsRejectedAfterReadingJustPastIt() {
    String pretty = RegimenJson.defaults().writeExercise(RegimenJson.defaults().readExercise(DOCUMENT));
    RegimenJson json = with(JsonLimits.defaults().withMaxDocumentLength(pretty.length() - 1));
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> json.readExercise(new StringReader(pretty)));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("document is longer than " + (pretty.length() - 1) + " characters (maxDocumentLength)");
  }

  @Test
  @Timeout(30)
  void anEndlessStreamIsRejectedAfterReadingJustPastTheLimit() throws Exception {
    RegimenJson json = with(JsonLimits.defaults().withMaxDocumentLength(1000));
    CountingEndlessStream bytes = new CountingEndlessStream();
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> json.readExercise(bytes));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.problem()).isEqualTo("document is longer than 1000 bytes (maxDocumentLength)");
    assertThat(bytes.read).isEqualTo(1001);

    CountingEndlessReader chars = new CountingEndlessReader();
    RegimenJsonException text = catchThrowableOfType(RegimenJsonException.class, () -> json.readProtocol(chars));
    assertThat(text.problem()).isEqualTo("document is longer than 1000 characters (maxDocumentLength)");
    assertThat(chars.read).isEqualTo(1001);
  }

  @Test
  void streamsWithinTheLimitAreRead() throws Exception {
    RegimenJson json = with(JsonLimits.defaults().withMaxDocumentLength(DOCUMENT.length()));
    assertThat(json.readExercise(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8))).id())
        .isEqualTo("e");
    assertThat(json.readExercise(new StringReader(DOCUMENT)).id()).isEqualTo("e");
  }

  @Test
  void nestingDeeperThanMaxDepthIsRejected() {
    assertThat(with(JsonLimits.defaults().withMaxDepth(5)).readExercise(DOCUMENT).id()).isEqualTo("e");
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxDepth(4)), DOCUMENT);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "/exercise/steps/2/hold: nesting is deeper than 4 levels (maxDepth) (line 1, column "
                + (DOCUMENT.indexOf("{\"seconds\"") + 1) + ")");
  }

  @Test
  void anArrayDeeperThanMaxDepthIsRejectedWhereItStarts() {
    // the steps array is the third level: its elements would be the fourth
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxDepth(2)), DOCUMENT);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "/exercise/steps: nesting is deeper than 2 levels (maxDepth) (line 1, column "
                + (DOCUMENT.indexOf("[") + 1) + ")");
  }

  @Test
  void aTextLongerThanMaxStringLengthIsRejected() {
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxStringLength(19)), DOCUMENT);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "/exercise/name: text is longer than 19 characters (maxStringLength) (line 1, column "
                + (DOCUMENT.indexOf("\"Knee") + 1) + ")");
  }

  @Test
  void aTextOfExactlyMaxStringLengthIsRead() {
    assertThat(with(JsonLimits.defaults().withMaxStringLength(20)).readExercise(DOCUMENT).name())
        .isEqualTo("Knee-to-chest, slow!");
  }

  @Test
  void aPropertyNameLongerThanMaxStringLengthIsRejected() {
    String shortTexts = DOCUMENT.replace("Knee-to-chest, slow!", "K");
    assertThat(with(JsonLimits.defaults().withMaxStringLength(16)).readExercise(shortTexts).id()).isEqualTo("e");
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxStringLength(15)), shortTexts);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/exercise");
    assertThat(e.problem()).isEqualTo("property name is longer than 15 characters (maxStringLength)");
    assertThat(e.line()).isEqualTo(1);
    int name = shortTexts.indexOf("\"startingPosition\"");
    assertThat(e.column()).isBetween(name + 1, name + 1 + "\"startingPosition\"".length());
  }

  @Test
  void anArrayLongerThanMaxArrayLengthIsRejected() {
    assertThat(with(JsonLimits.defaults().withMaxArrayLength(3)).readExercise(DOCUMENT).steps()).hasSize(3);
    RegimenJsonException e = error(with(JsonLimits.defaults().withMaxArrayLength(2)), DOCUMENT);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "/exercise/steps/2: array has more than 2 elements (maxArrayLength) (line 1, column "
                + (DOCUMENT.indexOf("{\"text\":\"c\"") + 1) + ")");
  }

  @Test
  void aHugeArrayOfTheDefaultsIsRejectedAtTheFirstElementPastTheLimit() {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < JsonLimits.DEFAULT_MAX_ARRAY_LENGTH + 5; i++) {
      steps.append(i == 0 ? "" : ",").append("{\"text\":\"s\"}");
    }
    String document =
        "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
            + "\"startingPosition\":\"P\",\"steps\":[" + steps + "]}}";
    RegimenJsonException e = error(RegimenJson.defaults(), document);
    assertThat(e.pointer()).isEqualTo("/exercise/steps/10000");
    assertThat(e.problem()).isEqualTo("array has more than 10000 elements (maxArrayLength)");
  }

  /** An input stream that never ends, counting the bytes read from it. */
  private static final class CountingEndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }
  }

  /** A reader that never ends, counting the characters read from it. */
  private static final class CountingEndlessReader extends Reader {
    long read;

    @Override
    public int read(char[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = ' ';
      }
      read += length;
      return length;
    }

    @Override
    public void close() {}
  }
}
