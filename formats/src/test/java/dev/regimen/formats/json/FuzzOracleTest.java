package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fuzz oracle's second opinions see wrong answers: the strict UTF-8 decoder rejects what
 * jackson-core on its own would decode (overlong forms, encoded surrogates, code points past
 * U+10FFFF) and the JSON Schema rejects a document the format does not allow, while both accept
 * what the format does.
 */
class FuzzOracleTest {
  private static final String GOLDEN = new String(JsonMutator.golden(), StandardCharsets.UTF_8);

  private static byte[] withNameBytes(byte... raw) {
    String document = GOLDEN.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"T@T\"");
    int at = document.indexOf("T@T") + 1;
    assertThat(at).isPositive();
    byte[] head = document.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = document.substring(at + 1).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + raw.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(raw, 0, bytes, head.length, raw.length);
    System.arraycopy(tail, 0, bytes, head.length + raw.length, tail.length);
    return bytes;
  }

  @Test
  void theStrictDecoderRejectsWhatJacksonAloneWouldDecode() {
    assertThat(FuzzOracle.notStrictUtf8(withNameBytes((byte) 0xC0, (byte) 0x80))).contains("rejects it");
    assertThat(FuzzOracle.notStrictUtf8(withNameBytes((byte) 0xC0, (byte) 0xAF))).contains("rejects it");
    assertThat(FuzzOracle.notStrictUtf8(withNameBytes((byte) 0xED, (byte) 0xA0, (byte) 0x80))).contains("rejects it");
    assertThat(FuzzOracle.notStrictUtf8(withNameBytes((byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80))).contains("rejects it");
    assertThat(FuzzOracle.notStrictUtf8(withNameBytes((byte) 0xC3, (byte) 0xA9))).isNull();
    byte[] bom = ("\uFEFF" + GOLDEN).getBytes(StandardCharsets.UTF_8);
    assertThat(FuzzOracle.notStrictUtf8(bom)).isNull();
  }

  @Test
  void theSchemaRejectsWhatTheFormatDoesNotAllowAndAcceptsTheGoldenDocument() throws IOException {
    assertThat(FuzzOracle.againstSchema(GOLDEN)).isNull();
    assertThat(FuzzOracle.againstSchema(V1Goldens.text(V1Goldens.PROTOCOL))).isNull();
    assertThat(FuzzOracle.againstSchema("\uFEFF" + GOLDEN)).isNull();
    assertThat(FuzzOracle.againstSchema("{\"schemaVersion\": 2, \"protocol\": {}}")).startsWith("the JSON Schema rejects it");
    assertThat(FuzzOracle.againstSchema(GOLDEN.replace("\"schemaVersion\": 2", "\"schemaVersion\": 2, \"extra\": true")))
        .startsWith("the JSON Schema rejects it");
    // each document by the schema of its version: the current golden file is no version 1 document
    assertThat(FuzzOracle.againstSchema(GOLDEN.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")))
        .startsWith("the JSON Schema rejects it");
    assertThat(FuzzOracle.againstSchema(GOLDEN.replaceFirst("\"seconds\": \\d+", "\"seconds\": \"30\"")))
        .startsWith("the JSON Schema rejects it");
  }
}
