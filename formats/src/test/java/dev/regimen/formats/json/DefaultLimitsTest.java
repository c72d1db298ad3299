package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's {@linkplain JsonLimits#defaults() default limits} hold against documents built to
 * break them: a document just over each limit is rejected with a message naming the limit, at the
 * element that crossed it, without reading on; one just at the limit is read. Inputs of 100 MB are
 * rejected after reading the longest document allowed plus one unit, so memory stays bounded by the
 * limit, not by the input. ({@code LimitsTest} proves each limit with small custom values; this
 * proves the shipped defaults against inputs of the sizes an attacker would send.)
 *
 * <p>The timeouts guard against a hang; they are not performance assertions.
 */
@Timeout(60)
class DefaultLimitsTest {
  private static final RegimenJson JSON = RegimenJson.create();
  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  private static final String ENTRY =
      "{\"exercise\":{\"id\":\"e%d\",\"name\":\"E\",\"kind\":\"stretch\",\"startingPosition\":\"P\","
          + "\"steps\":[{\"text\":\"s\"}]},\"dosage\":{}}";

  private static String protocolWithEntries(int count) {
    StringBuilder json = new StringBuilder(count * 120 + 200);
    json.append("{\"schemaVersion\":1,\"protocol\":{\"id\":\"p\",\"title\":\"T\",\"summary\":\"S\",\"entries\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append(String.format(ENTRY, i));
    }
    return json.append("]}}").toString();
  }

  private static String protocolWithTitle(String title) {
    return protocolWithEntries(1).replace("\"title\":\"T\"", "\"title\":\"" + title + "\"");
  }

  private static RegimenJsonException rejection(String document) {
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(document));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    return e;
  }

  @Test
  void tenThousandEntriesAreReadAndOneMoreIsRejectedAtTheEntryPastTheLimit() {
    assertThat(JSON.readProtocol(protocolWithEntries(JsonLimits.DEFAULT_MAX_ARRAY_LENGTH)).entries())
        .hasSize(10_000);

    RegimenJsonException e = rejection(protocolWithEntries(JsonLimits.DEFAULT_MAX_ARRAY_LENGTH + 1));
    assertThat(e.pointer()).isEqualTo("/protocol/entries/10000");
    assertThat(e.problem()).isEqualTo("array has more than 10000 elements (maxArrayLength)");
  }

  @Test
  void aTextOfOneHundredThousandCharactersIsReadAndOneMoreIsRejected() {
    String longest = "a".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH);
    assertThat(JSON.readProtocol(protocolWithTitle(longest)).name()).hasSize(100_000);

    RegimenJsonException e = rejection(protocolWithTitle(longest + "a"));
    assertThat(e.pointer()).isEqualTo("/protocol/title");
    assertThat(e.problem()).isEqualTo("text is longer than 100000 characters (maxStringLength)");
    assertThat(e.expected()).contains("at most 100000 characters");
  }

  @Test
  void aPropertyNameOverOneHundredThousandCharactersIsRejectedAsAPropertyNameOfItsObject() {
    String document = protocolWithEntries(1).replace("\"title\":", "\"" + "t".repeat(100_001) + "\":");
    RegimenJsonException text = rejection(document);
    RegimenJsonException bytes =
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(document.getBytes(StandardCharsets.UTF_8)));
    for (RegimenJsonException e : new RegimenJsonException[] {text, bytes}) {
      assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
      assertThat(e.pointer()).isEqualTo("/protocol");
      assertThat(e.problem()).isEqualTo("property name is longer than 100000 characters (maxStringLength)");
    }
  }

  /**
   * The format nests at most 9 levels, so at the default depth limit (32) any deeper nesting is in a
   * place the format gives no such value, and is rejected there, at the first level too many,
   * before the parser goes deeper ({@code LimitsTest} proves the depth limit itself with a limit
   * below 9).
   */
  @Test
  void aMillionOpenBracketsAreRejectedAtTheFirstOneWithoutOverflowingTheStack() {
    String document = "{\"schemaVersion\":1,\"protocol\":{\"targetSegments\":" + "[".repeat(1_000_000);
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(document));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.getMessage())
        .isEqualTo("/protocol/targetSegments/0: expected a string, was an array (line 1, column 50)");

    String objects = "{\"schemaVersion\":1,\"protocol\":" + "{\"x\":".repeat(1_000_000);
    RegimenJsonException unknown = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(objects));
    assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(unknown.pointer()).isEqualTo("/protocol/x");
  }

  @Test
  void aNumberOfAThousandDigitsIsRejectedAsALimitAtItsPlace() {
    String document = protocolWithEntries(1).replace("\"dosage\":{}", "\"dosage\":{\"sets\":" + "9".repeat(1_001) + "}");
    RegimenJsonException e = rejection(document);
    assertThat(e.pointer()).isEqualTo("/protocol/entries/0/dosage/sets");
    assertThat(e.problem()).startsWith("number is too long");
  }

  @Test
  void aHundredMegabyteStreamIsRejectedAfterReadingTheLimitPlusOneByte() throws IOException {
    CountingStream stream = new CountingStream(HUNDRED_MB);
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(stream));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.problem()).isEqualTo("document is longer than 10000000 bytes (maxDocumentLength)");
    assertThat(stream.read).isEqualTo(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH + 1L);
  }

  @Test
  void aHundredMegabyteReaderIsRejectedAfterReadingTheLimitPlusOneCharacter() throws IOException {
    CountingReader reader = new CountingReader(HUNDRED_MB);
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(reader));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.problem()).isEqualTo("document is longer than 10000000 characters (maxDocumentLength)");
    assertThat(reader.read).isEqualTo(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH + 1L);
  }

  @Test
  void aHundredMegabyteFileIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    Files.writeString(file, "{\"schemaVersion\":1,\"protocol\":{\"title\":\"", StandardCharsets.UTF_8);
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(HUNDRED_MB); // the rest reads as zero bytes
    }
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(file));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("(maxDocumentLength)");
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
    byte[] golden = JsonMutator.golden();
    RegimenJson exact = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(golden.length)).build();
    assertThat(exact.readProtocol(golden)).isEqualTo(Catalog.l5s1Relief());

    byte[] longer = new byte[golden.length + 1];
    System.arraycopy(golden, 0, longer, 0, golden.length);
    longer[golden.length] = ' ';
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> exact.readProtocol(longer));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("(maxDocumentLength)");
  }

  /** A stream of {@code size} bytes of a JSON text that never closes, made as it is read. */
  private static final class CountingStream extends InputStream {
    private final byte[] head = "{\"schemaVersion\":1,\"protocol\":{\"summary\":\"".getBytes(StandardCharsets.US_ASCII);
    private final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      int b = read < head.length ? head[(int) read] : 'a';
      read++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - read);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }

  /** A reader of {@code size} characters of a JSON text that never closes, made as they are read. */
  private static final class CountingReader extends Reader {
    private final String head = "{\"schemaVersion\":1,\"exercise\":{\"name\":\"";
    private final long size;
    long read;

    CountingReader(long size) {
      this.size = size;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - read);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = read < head.length() ? head.charAt((int) read) : 'b';
        read++;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
