package dev.regimen.examples.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells FHIR content from Regimen JSON without reading it as either: FHIR is XML (Regimen writes
 * none), or a JSON object with a {@code resourceType} property at the top level (no Regimen
 * document has one). Content that is neither, or not well-formed, is left to Regimen's reader,
 * which says what is wrong with it.
 */
final class FhirSniffer {
  private static final JsonFactory JSON = new JsonFactory();

  private FhirSniffer() {}

  /**
   * Whether {@code bytes} look like FHIR.
   *
   * @param bytes the file's content
   * @return true for XML, or a JSON object with a top-level {@code resourceType}
   */
  static boolean looksLikeFhir(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    if (i == bytes.length) {
      return false;
    }
    if (bytes[i] == '<') {
      return true;
    }
    if (bytes[i] != '{') {
      return false;
    }
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes)) {
      parser.nextToken();
      for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
        if ("resourceType".equals(parser.currentName())) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      // not well-formed JSON: Regimen's reader reports where
      return false;
    }
  }
}
