package dev.regimen.formats.json;

import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.json.FuzzOracle.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzz inputs for the JSON reader: valid documents (the L5-S1 golden files of the current
 * format and of version 1, and generated protocols and exercises, pretty and compact) mutated at the level of bytes and of JSON tokens,
 * and documents of random bytes. Deterministic for a seed.
 */
final class JsonMutator {
  /** One input: the bytes and what to read them as. */
  record Input(byte[] bytes, Target target, String origin) {}

  /** A valid document to start from. */
  record Seed(byte[] bytes, Target target, String name) {}

  private static final byte[] INTERESTING_BYTES = {
    0x00, 0x01, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31,
    0x3A, 0x45, 0x5B, 0x5C, 0x5D, 0x65, 0x7B, 0x7D, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0,
    (byte) 0xC2, (byte) 0xE2, (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFE,
    (byte) 0xFF
  };

  /** Tokens and fragments that reach the reader's corners. */
  private static final String[] DICTIONARY = {
    "null", "true", "false", "0", "-0", "1", "-1", "0.5", "1e3", "1E-7", "-1.0e+2", "2147483647",
    "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
    "123456789012345678901234567890", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0x10", "01",
    "\"\"", "\" \"", "\"x\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uD83D\\uDE00\"",
    "\"\\u001b[31m\"", "\"\\u202e\"", "\"\\r\\n\"", "\"\\\"\"", "\"\\\\\"", "\"\\/\"", "\"\\x\"", "\"\\u12\"",
    "\"L5-S1\"", "\"l5-s1\"", "\"L6-S1\"", "\"S1-S2\"", "\"C0-C1\"", "\"C7-T1\"", "\"S5-Co1\"", "\"Co1-Co2\"",
    "\"stretch\"", "\"per_side\"", "\"avoid\"", "\"caution\"", "\"always\"", "\"week\"", "\"left\"",
    "\"https://example.org/a\"", "\"http://a b\"", "\"mailto:\"", "\"::\"", "\"%zz\"", "\"javascript:x\"",
    "\"schemaVersion\"", "\"protocol\"", "\"exercise\"", "\"id\"", "\"entries\"", "\"hold\"", "\"seconds\"",
    "\"schemaVersion\": 1,", "\"x\": 1,", "{}", "[]", "{", "}", "[", "]", ",", ":", "[{}]", "[[]]",
    "/* c */", "// c\n", "#", "'x'", "\uFEFF", "\u00E9", "\uD83D\uDE00", "\u202E", "\u0000",
  };

  private final List<Seed> seeds;

  JsonMutator(List<Seed> seeds) {
    this.seeds = List.copyOf(seeds);
  }

  /**
   * The seeds: the golden L5-S1 documents (current and version 1), and generated protocols and exercises (from the shared
   * generators, with a fixed seed), each pretty and compact.
   *
   * @param generated how many protocols and exercises to generate
   * @return the seeds
   */
  static List<Seed> defaultSeeds(int generated) {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(new Seed(golden(), Target.PROTOCOL, "golden l5-s1-relief"));
    try {
      // a document of format version 1, so that mutations reach the reading of an earlier version
      seeds.add(new Seed(utf8(V1Goldens.text(V1Goldens.PROTOCOL)), Target.PROTOCOL, "golden v1 l5-s1-relief"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RegimenJson pretty = RegimenJson.defaults();
    RegimenJson compact = RegimenJson.builder().compact().build();
    List<Protocol> protocols = new ArrayList<>();
    qt().withFixedSeed(9L).withExamples(generated).forAll(Generators.protocols()).checkAssert(protocols::add);
    List<Exercise> exercises = new ArrayList<>();
    qt().withFixedSeed(10L).withExamples(generated).forAll(Generators.exercises()).checkAssert(exercises::add);
    for (int i = 0; i < protocols.size(); i++) {
      RegimenJson json = i % 2 == 0 ? pretty : compact;
      seeds.add(new Seed(utf8(json.writeProtocol(protocols.get(i))), Target.PROTOCOL, "generated protocol " + i));
    }
    for (int i = 0; i < exercises.size(); i++) {
      RegimenJson json = i % 2 == 0 ? pretty : compact;
      seeds.add(new Seed(utf8(json.writeExercise(exercises.get(i))), Target.EXERCISE, "generated exercise " + i));
    }
    return seeds;
  }

  /** {@return the golden L5-S1 protocol document} */
  static byte[] golden() {
    try (InputStream in = JsonMutator.class.getResourceAsStream("/golden/l5-s1-relief.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource golden/l5-s1-relief.json is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Seed> seeds() {
    return seeds;
  }

  /**
   * The next input: most often a seed mutated one to six times, sometimes random bytes or a
   * nesting of random depth.
   *
   * @param random the source of randomness
   * @return the input
   */
  Input next(Random random) {
    int choice = random.nextInt(100);
    if (choice < 4) {
      Target target = random.nextBoolean() ? Target.PROTOCOL : Target.EXERCISE;
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      return new Input(bytes, target, "random bytes");
    }
    if (choice < 7) {
      Target target = random.nextBoolean() ? Target.PROTOCOL : Target.EXERCISE;
      return new Input(randomJsonish(random), target, "random JSON characters");
    }
    if (choice < 9) {
      return new Input(deepNesting(random), Target.PROTOCOL, "deep nesting");
    }
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    byte[] bytes = seed.bytes();
    int rounds = 1 + random.nextInt(random.nextInt(6) + 1);
    StringBuilder origin = new StringBuilder(seed.name());
    for (int i = 0; i < rounds; i++) {
      int op = WEIGHTED_OPERATIONS[random.nextInt(WEIGHTED_OPERATIONS.length)];
      bytes = mutate(bytes, op, random);
      origin.append(i == 0 ? ": " : ", ").append(OPERATIONS[op]);
    }
    return new Input(bytes, seed.target(), origin.toString());
  }

  private static final String[] OPERATIONS = {
    "flip bits", "interesting byte", "insert random bytes", "delete range", "duplicate range",
    "truncate", "insert token", "replace token", "replace number", "replace string",
    "splice from another seed", "swap ranges", "repeat a property", "append after the end",
    "insert ill-formed UTF-8 into a string",
  };

  /**
   * Ill-formed UTF-8 that jackson-core on its own decodes or half-decodes: overlong forms, code
   * points past U+10FFFF, bytes UTF-8 never uses, encoded surrogates, truncated sequences.
   */
  private static final byte[][] ILL_FORMED = {
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xA2}, {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
    {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x92}, {(byte) 0x80}, {(byte) 0xFE, (byte) 0xFF},
  };

  /** The operations by index, those that keep the document's structure three times as often. */
  private static final int[] WEIGHTED_OPERATIONS = {
    0, 1, 2, 3, 4, 5, 11, 13, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 12, 12, 12, 14, 14,
  };

  private byte[] mutate(byte[] bytes, int op, Random random) {
    switch (op) {
      case 0:
        return flipBits(bytes, random);
      case 1:
        return interestingByte(bytes, random);
      case 2:
        return insert(bytes, random.nextInt(bytes.length + 1), randomBytes(random, 1 + random.nextInt(8)));
      case 3:
        return deleteRange(bytes, random);
      case 4:
        return duplicateRange(bytes, random);
      case 5:
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 6:
        return insert(bytes, random.nextInt(bytes.length + 1), token(random));
      case 7:
        return replaceToken(bytes, random);
      case 8:
        return replaceNumber(bytes, random);
      case 9:
        return replaceString(bytes, random);
      case 10:
        return splice(bytes, random);
      case 11:
        return swapRanges(bytes, random);
      case 13:
        return insert(bytes, bytes.length, token(random));
      case 14:
        return illFormedUtf8(bytes, random);
      default:
        return repeatProperty(bytes, random);
    }
  }

  private static byte[] token(Random random) {
    return utf8(DICTIONARY[random.nextInt(DICTIONARY.length)]);
  }

  private static byte[] flipBits(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    byte[] copy = bytes.clone();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(copy.length);
      copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
    }
    return copy;
  }

  private static byte[] interestingByte(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)]};
    }
    byte[] copy = bytes.clone();
    copy[random.nextInt(copy.length)] = INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
    return copy;
  }

  private static byte[] deleteRange(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
    return concat(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, to, bytes.length));
  }

  private static byte[] duplicateRange(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(300));
    return insert(bytes, random.nextInt(bytes.length + 1), Arrays.copyOfRange(bytes, from, to));
  }

  private static byte[] swapRanges(byte[] bytes, Random random) {
    if (bytes.length < 4) {
      return bytes;
    }
    int a = random.nextInt(bytes.length / 2);
    int b = bytes.length / 2 + random.nextInt(bytes.length - bytes.length / 2);
    int la = Math.min(1 + random.nextInt(40), bytes.length / 2 - a);
    int lb = Math.min(1 + random.nextInt(40), bytes.length - b);
    return concat(
        Arrays.copyOfRange(bytes, 0, a),
        Arrays.copyOfRange(bytes, b, b + lb),
        Arrays.copyOfRange(bytes, a + la, b),
        Arrays.copyOfRange(bytes, a, a + la),
        Arrays.copyOfRange(bytes, b + lb, bytes.length));
  }

  /** Inserts an ill-formed UTF-8 sequence just inside a random string literal. */
  private static byte[] illFormedUtf8(byte[] bytes, Random random) {
    byte[] sequence = ILL_FORMED[random.nextInt(ILL_FORMED.length)];
    int[] span = stringSpan(bytes, random);
    int at = span == null ? random.nextInt(bytes.length + 1) : span[0] + 1 + random.nextInt(span[1] - span[0] - 1);
    return insert(bytes, at, sequence);
  }

  /** Replaces one JSON token (a literal, number or string) with a dictionary entry. */
  private static byte[] replaceToken(byte[] bytes, Random random) {
    int[] span = tokenSpan(bytes, random);
    if (span == null) {
      return insert(bytes, random.nextInt(bytes.length + 1), token(random));
    }
    return concat(Arrays.copyOfRange(bytes, 0, span[0]), token(random), Arrays.copyOfRange(bytes, span[1], bytes.length));
  }

  private static byte[] replaceNumber(byte[] bytes, Random random) {
    List<int[]> numbers = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] >= '0' && bytes[i] <= '9') && (i == 0 || bytes[i - 1] == ' ' || bytes[i - 1] == ':' || bytes[i - 1] == '[' || bytes[i - 1] == ',')) {
        int end = i;
        while (end < bytes.length && bytes[end] >= '0' && bytes[end] <= '9') {
          end++;
        }
        numbers.add(new int[] {i, end});
        i = end;
      }
    }
    if (numbers.isEmpty()) {
      return insert(bytes, random.nextInt(bytes.length + 1), token(random));
    }
    int[] span = numbers.get(random.nextInt(numbers.size()));
    String[] replacements = {
      "0", "-1", "-5", "11", "1.5", "1e2", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
      "1e309", "-0", "00", "1.", ".5", "+1", "0x1", "1_0", String.valueOf(random.nextInt()), "365", "10000",
    };
    byte[] replacement = utf8(replacements[random.nextInt(replacements.length)]);
    return concat(Arrays.copyOfRange(bytes, 0, span[0]), replacement, Arrays.copyOfRange(bytes, span[1], bytes.length));
  }

  /** Replaces the contents of one string literal (a value or a property name) with hostile text. */
  private static byte[] replaceString(byte[] bytes, Random random) {
    int[] span = stringSpan(bytes, random);
    if (span == null) {
      return insert(bytes, random.nextInt(bytes.length + 1), token(random));
    }
    String[] contents = {
      "", " ", "\\u0000", "\\u001b[2J\\u001b[31mred", "\\r", "\\n\\n", "\\u202eesrever", "<script>alert(1)</script>",
      "# heading", "*emph* _x_ `code` [l](http://x)", "| a | b |", "\\ud800", "\\udfff\\ud800",
      "\u00e9\u0301", "\uD83D\uDE00", "\\u0085\\u2028\\u2029", "x".repeat(1 + random.nextInt(2000)),
      "Not A Slug", "a--b", "-a", "a-", "L5-S1", "T12-L1", "C1-C2", "S1-S2", "Co1-Co2", "co1-co2", "L5-L4",
      "per_side", "PER_SIDE", "stretch", "caution", "avoid", "day", "week", "harder", "easier", "left", "right",
      "https://x.org", "http://", "https://[::1", "urn:x", "::", "a b", "%", "?#", "\\\"", "\\\\",
    };
    byte[] content = utf8(contents[random.nextInt(contents.length)]);
    return concat(Arrays.copyOfRange(bytes, 0, span[0] + 1), content, Arrays.copyOfRange(bytes, span[1] - 1, bytes.length));
  }

  /** Inserts a slice of another seed (a value or a property, most often) at a random place. */
  private byte[] splice(byte[] bytes, Random random) {
    byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
    if (other.length == 0) {
      return bytes;
    }
    int from = random.nextInt(other.length);
    int to = Math.min(other.length, from + 1 + random.nextInt(400));
    int at = random.nextInt(bytes.length + 1);
    if (random.nextBoolean() && bytes.length > 0) {
      int end = Math.min(bytes.length, at + random.nextInt(400));
      return concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(other, from, to), Arrays.copyOfRange(bytes, end, bytes.length));
    }
    return insert(bytes, at, Arrays.copyOfRange(other, from, to));
  }

  /** Repeats the property that starts after a random comma or brace: {@code "a": 1, "a": 1}. */
  private static byte[] repeatProperty(byte[] bytes, Random random) {
    int[] span = stringSpan(bytes, random);
    if (span == null) {
      return bytes;
    }
    int end = span[1];
    int depth = 0;
    while (end < bytes.length) {
      byte b = bytes[end];
      if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (b == ',' && depth == 0) {
        end++;
        break;
      }
      end++;
    }
    byte[] property = Arrays.copyOfRange(bytes, span[0], end);
    return insert(bytes, span[0], property);
  }

  /** {@return the span of a random string literal, quotes included; null when there is none} */
  private static int[] stringSpan(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return null;
    }
    int start = random.nextInt(bytes.length);
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '"') {
        int end = i + 1;
        while (end < bytes.length && bytes[end] != '"') {
          end += bytes[end] == '\\' ? 2 : 1;
        }
        return end < bytes.length ? new int[] {i, end + 1} : null;
      }
    }
    return null;
  }

  private static int[] tokenSpan(byte[] bytes, Random random) {
    int[] string = stringSpan(bytes, random);
    if (string != null && random.nextBoolean()) {
      return string;
    }
    if (bytes.length == 0) {
      return null;
    }
    int start = random.nextInt(bytes.length);
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if ((b >= '0' && b <= '9') || b == '-' || b == 't' || b == 'f' || b == 'n') {
        int end = i;
        while (end < bytes.length && bytes[end] != ',' && bytes[end] != '}' && bytes[end] != ']' && bytes[end] != '\n'
            && bytes[end] != '"') {
          end++;
        }
        return new int[] {i, end};
      }
    }
    return string;
  }

  private static byte[] randomJsonish(Random random) {
    String alphabet = "{}[]:,\"\\ \n0123456789-.eE+truefalsn/*u\u00e9";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(200);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return utf8(text.toString());
  }

  /** Objects and arrays nested up to 100,000 deep, left open or closed. */
  private static byte[] deepNesting(Random random) {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 64 : 100_000);
    StringBuilder text = new StringBuilder("{\"schemaVersion\":1,\"protocol\":");
    StringBuilder closers = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      boolean object = random.nextInt(3) == 0;
      text.append(object ? "{\"id\":" : "[");
      closers.append(object ? '}' : ']');
    }
    if (random.nextBoolean()) {
      text.append('1').append(closers.reverse()).append('}');
    }
    return utf8(text.toString());
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    return concat(Arrays.copyOfRange(bytes, 0, at), inserted, Arrays.copyOfRange(bytes, at, bytes.length));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, at, part.length);
      at += part.length;
    }
    return result;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
