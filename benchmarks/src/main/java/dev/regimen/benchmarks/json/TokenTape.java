package dev.regimen.benchmarks.json;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The tokens of a JSON document, recorded once, to be written again with a Jackson generator: the
 * floor of any Jackson-based writer (it writes the same bytes and reads no model). Supports the
 * tokens of Regimen's format: objects, arrays, names, strings, whole numbers and booleans.
 */
final class TokenTape {
  private static final byte START_OBJECT = 1;
  private static final byte END_OBJECT = 2;
  private static final byte START_ARRAY = 3;
  private static final byte END_ARRAY = 4;
  private static final byte NAME = 5;
  private static final byte STRING = 6;
  private static final byte INT = 7;
  private static final byte TRUE = 8;
  private static final byte FALSE = 9;

  private final byte[] codes;
  private final String[] texts;
  private final int[] ints;

  private TokenTape(byte[] codes, String[] texts, int[] ints) {
    this.codes = codes;
    this.texts = texts;
    this.ints = ints;
  }

  /**
   * Records the tokens of a document.
   *
   * @param json the document, UTF-8
   * @return its tape
   * @throws IllegalArgumentException if the document holds a token the tape does not support
   */
  static TokenTape record(byte[] json) {
    int capacity = 1024;
    byte[] codes = new byte[capacity];
    String[] texts = new String[capacity];
    int[] ints = new int[capacity];
    int n = 0;
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (n == codes.length) {
          capacity *= 2;
          codes = Arrays.copyOf(codes, capacity);
          texts = Arrays.copyOf(texts, capacity);
          ints = Arrays.copyOf(ints, capacity);
        }
        switch (t) {
          case START_OBJECT:
            codes[n] = START_OBJECT;
            break;
          case END_OBJECT:
            codes[n] = END_OBJECT;
            break;
          case START_ARRAY:
            codes[n] = START_ARRAY;
            break;
          case END_ARRAY:
            codes[n] = END_ARRAY;
            break;
          case PROPERTY_NAME:
            codes[n] = NAME;
            texts[n] = p.currentName();
            break;
          case VALUE_STRING:
            codes[n] = STRING;
            texts[n] = p.getString();
            break;
          case VALUE_NUMBER_INT:
            codes[n] = INT;
            ints[n] = p.getIntValue();
            break;
          case VALUE_TRUE:
            codes[n] = TRUE;
            break;
          case VALUE_FALSE:
            codes[n] = FALSE;
            break;
          default:
            throw new IllegalArgumentException("unsupported token " + t);
        }
        n++;
      }
    }
    return new TokenTape(Arrays.copyOf(codes, n), Arrays.copyOf(texts, n), Arrays.copyOf(ints, n));
  }

  /** {@return the number of tokens} */
  int size() {
    return codes.length;
  }

  /**
   * Writes the tokens.
   *
   * @param g the generator
   */
  void replay(JsonGenerator g) {
    byte[] codes = this.codes;
    for (int i = 0; i < codes.length; i++) {
      switch (codes[i]) {
        case START_OBJECT:
          g.writeStartObject();
          break;
        case END_OBJECT:
          g.writeEndObject();
          break;
        case START_ARRAY:
          g.writeStartArray();
          break;
        case END_ARRAY:
          g.writeEndArray();
          break;
        case NAME:
          g.writeName(texts[i]);
          break;
        case STRING:
          g.writeString(texts[i]);
          break;
        case INT:
          g.writeNumber(ints[i]);
          break;
        case TRUE:
          g.writeBoolean(true);
          break;
        case FALSE:
          g.writeBoolean(false);
          break;
        default:
          throw new IllegalStateException("unknown code " + codes[i]);
      }
    }
  }
}
