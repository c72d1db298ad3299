package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary input is UTF-8 as RFC 3629 defines it, and nothing else: every ill-formed sequence of the
 * issue is rejected at its byte offset, line and column, from bytes, streams and files alike;
 * UTF-16 and UTF-32 are rejected by name; one byte-order mark at the start is ignored from every
 * source.
 */
class EncodingTest {
  private static final RegimenJson JSON = RegimenJson.defaults();

  /** An exercise document whose name is {@code NAME}, which the tests replace with raw bytes. */
  private static final String DOCUMENT =
      "{\n  \"schemaVersion\": 1,\n  \"exercise\": {\n    \"id\": \"e\",\n    \"name\": \"aNAMEz\",\n"
          + "    \"kind\": \"stretch\",\n    \"startingPosition\": \"P\",\n    \"steps\": [{\"text\": \"s\"}]\n  }\n}\n";

  private static final int NAME_OFFSET = DOCUMENT.indexOf("NAME");

  private static byte[] withName(String hexBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(DOCUMENT.substring(0, NAME_OFFSET).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(HexFormat.ofDelimiter(" ").parseHex(hexBytes));
    out.writeBytes(DOCUMENT.substring(NAME_OFFSET + 4).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static RegimenJsonException rejected(byte[] bytes) {
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(bytes));
    assertThat(e).as("reading %s", HexFormat.ofDelimiter(" ").formatHex(bytes)).isNotNull();
    return e;
  }

  private static void assertMalformedUtf8(String hex, String description) {
    RegimenJsonException e = rejected(withName(hex));
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getMessage())
        .isEqualTo(
            "/exercise/name: malformed UTF-8 at byte offset " + NAME_OFFSET + ": " + description
                + " (line 5, column " + (NAME_OFFSET - DOCUMENT.lastIndexOf('\n', NAME_OFFSET)) + ")");
    assertThat(e.expected()).contains("UTF-8 as RFC 3629 defines it");
  }

  @Test
  void rejectsOverlongFormsOfEveryLength() {
    assertMalformedUtf8("C0 AF", "bytes C0 AF are an overlong encoding of U+002F");
    assertMalformedUtf8("C0 80", "bytes C0 80 are an overlong encoding of U+0000");
    assertMalformedUtf8("C0 A2", "bytes C0 A2 are an overlong encoding of U+0022");
    assertMalformedUtf8("C1 BF", "bytes C1 BF are an overlong encoding of U+007F");
    assertMalformedUtf8("E0 80 AF", "bytes E0 80 AF are an overlong encoding of U+002F");
    assertMalformedUtf8("E0 9F BF", "bytes E0 9F BF are an overlong encoding of U+07FF");
    assertMalformedUtf8("F0 80 80 AF", "bytes F0 80 80 AF are an overlong encoding of U+002F");
    assertMalformedUtf8("F0 8F BF BF", "bytes F0 8F BF BF are an overlong encoding of U+FFFF");
  }

  @Test
  void rejectsCodePointsPastTheLastAndBytesUtf8NeverUses() {
    assertMalformedUtf8("F4 90 80 80", "bytes F4 90 80 80 encode 0x110000, which is past U+10FFFF");
    assertMalformedUtf8("F5 80 80 80", "byte F5 never occurs in UTF-8");
    assertMalformedUtf8("FF", "byte FF never occurs in UTF-8");
  }

  @Test
  void rejectsEncodedSurrogates() {
    assertMalformedUtf8("ED A0 80", "bytes ED A0 80 encode the surrogate U+D800, which UTF-8 does not allow");
    assertMalformedUtf8("ED BF BF", "bytes ED BF BF encode the surrogate U+DFFF, which UTF-8 does not allow");
    // a pair written as two three-byte sequences (CESU-8) is two surrogates
    assertMalformedUtf8("ED A0 BD ED B8 80", "bytes ED A0 BD encode the surrogate U+D83D, which UTF-8 does not allow");
  }

  @Test
  void rejectsTruncatedSequencesAndStrayContinuationBytes() {
    assertMalformedUtf8("E2 82", "truncated sequence E2 82: E2 starts a sequence of 3 bytes, 7A is not a continuation byte");
    assertMalformedUtf8("F0 9F 92", "truncated sequence F0 9F 92: F0 starts a sequence of 4 bytes, 7A is not a continuation byte");
    assertMalformedUtf8("C3", "truncated sequence C3: C3 starts a sequence of 2 bytes, 7A is not a continuation byte");
    assertMalformedUtf8("80", "byte 80 is a continuation byte without a lead byte");
  }

  @Test
  void aSequenceCutByTheEndOfTheInputIsTruncated() {
    byte[] document = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = new byte[document.length + 2];
    System.arraycopy(document, 0, cut, 0, document.length);
    cut[document.length] = (byte) 0xE2;
    cut[document.length + 1] = (byte) 0x82;
    RegimenJsonException e = rejected(cut);
    assertThat(e.problem())
        .isEqualTo("malformed UTF-8 at byte offset " + document.length
            + ": truncated sequence E2 82: E2 starts a sequence of 3 bytes, the input ends");
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void everySourceOfBytesIsHeldToTheSameRule(@TempDir Path dir) throws IOException {
    byte[] bytes = withName("C0 80");
    Path file = Files.write(dir.resolve("overlong.json"), bytes);
    String expected = rejected(bytes).getMessage();
    for (ThrowingRead read :
        List.<ThrowingRead>of(
            () -> JSON.readExercise(new ByteArrayInputStream(bytes)),
            () -> JSON.readExercise(file),
            () -> JSON.readDocument(bytes),
            () -> JSON.read(DocumentKind.EXERCISE, new ByteArrayInputStream(bytes)))) {
      RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, read::run);
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).isEqualTo(expected);
    }
  }

  private interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void acceptsEveryWellFormedSequenceAtTheEdgesOfTheRanges() {
    String[] edges = {
      "C2 80", "DF BF", "E0 A0 80", "E1 80 80", "EC BF BF", "ED 80 80", "ED 9F BF", "EE 80 80", "EF BF BF",
      "F0 90 80 80", "F1 80 80 80", "F3 BF BF BF", "F4 80 80 80", "F4 8F BF BF",
    };
    for (String edge : edges) {
      byte[] raw = HexFormat.ofDelimiter(" ").parseHex(edge);
      String expected = "a" + new String(raw, StandardCharsets.UTF_8) + "z";
      assertThat(JSON.readExercise(withName(edge)).name()).as(edge).isEqualTo(expected);
    }
  }

  @Test
  void findsTheSameFirstIllFormedByteAsTheJdksStrictDecoder() {
    // random byte strings over the bytes that matter: ASCII, continuations, every kind of lead
    int[] alphabet = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
        0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 24))
        .checkAssert(
            picks -> {
              byte[] bytes = new byte[picks.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) alphabet[picks.get(i)];
              }
              assertThat(Utf8.firstInvalid(bytes, 0, bytes.length))
                  .as(HexFormat.ofDelimiter(" ").formatHex(bytes))
                  .isEqualTo(jdkFirstMalformed(bytes));
            });
  }

  /** {@return the index of the first malformed byte by the JDK's UTF-8 decoder, or -1} */
  private static int jdkFirstMalformed(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return in.hasRemaining() ? in.position() : -1;
  }

  @Test
  void rejectsUtf16AndUtf32ByNameWithOrWithoutAByteOrderMark() {
    String document = JSON.writeExercise(JSON.readExercise(DOCUMENT.replace("NAME", "")));
    Object[][] cases = {
      {"\uFEFF" + document, "UTF-16BE", "UTF-16BE (it starts with the UTF-16BE byte-order mark)"},
      {"\uFEFF" + document, "UTF-16LE", "UTF-16LE (it starts with the UTF-16LE byte-order mark)"},
      {"\uFEFF" + document, "UTF-32BE", "UTF-32BE (it starts with the UTF-32BE byte-order mark)"},
      {"\uFEFF" + document, "UTF-32LE", "UTF-32LE (it starts with the UTF-32LE byte-order mark)"},
      {document, "UTF-16BE", "UTF-16BE or UTF-32 (byte 0 is 00)"},
      {document, "UTF-16LE", "UTF-16LE or UTF-32 (byte 1 is 00)"},
      {document, "UTF-32BE", "UTF-32BE (its first bytes are 00 00 00)"},
      {document, "UTF-32LE", "UTF-32LE (its first character is followed by 00 00 00)"},
    };
    for (Object[] c : cases) {
      byte[] bytes = ((String) c[0]).getBytes(java.nio.charset.Charset.forName((String) c[1]));
      RegimenJsonException e = rejected(bytes);
      assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
      assertThat(e.getMessage())
          .as((String) c[1])
          .isEqualTo("document: the document is not UTF-8 but " + c[2] + "; Regimen JSON is UTF-8 (line 1, column 1)");
    }
  }

  @Test
  void oneByteOrderMarkAtTheStartIsIgnoredFromEverySource() throws IOException {
    Exercise expected = JSON.readExercise(DOCUMENT.replace("NAME", ""));
    String text = "\uFEFF" + DOCUMENT.replace("NAME", "");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(JSON.readExercise(bytes)).isEqualTo(expected);
    assertThat(JSON.readExercise(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.readExercise(text)).isEqualTo(expected);
    assertThat(JSON.readExercise(new StringReader(text))).isEqualTo(expected);
  }

  @Test
  void aSecondByteOrderMarkIsAnError() {
    String twice = "\uFEFF\uFEFF" + DOCUMENT.replace("NAME", "");
    for (ThrowingRead read :
        List.<ThrowingRead>of(
            () -> JSON.readExercise(twice), () -> JSON.readExercise(twice.getBytes(StandardCharsets.UTF_8)))) {
      RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, read::run);
      assertThat(e).isNotNull();
      assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
      assertThat(e.problem()).isEqualTo("a second byte-order mark (U+FEFF) follows the first; at most one may start the document");
      assertThat(e.line()).isEqualTo(1);
    }
  }

  @Test
  void theWriterNeverWritesAByteOrderMark() throws IOException {
    Exercise exercise = JSON.readExercise(DOCUMENT.replace("NAME", "\\uFEFF"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeExercise(exercise, out);
    assertThat(out.toByteArray()[0]).isEqualTo((byte) '{');
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"a\\uFEFFz\"");
  }
}
