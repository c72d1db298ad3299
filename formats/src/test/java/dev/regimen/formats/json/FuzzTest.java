package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.Generators;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents mutated at random (properties removed or added, types swapped, values out of range,
 * text truncated, random bytes) give either a valid value or a {@link RegimenJsonException} with
 * a pointer into the document, a position and a message: never another exception, never a hang.
 *
 * <p>A hang is caught per input ({@link #READ_TIMEOUT}), as a failure that names the input, and
 * shrinking is bounded: a class-level timeout once fired while QuickTheories was still shrinking a
 * failing example, and reported a timeout instead of the assertion that failed.
 */
class FuzzTest {
  /** The longest one read may take before it counts as a hang; a guard, not a performance assertion. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  /** Enough shrinking to make a failing document readable, little enough to report it promptly. */
  private static final int SHRINK_CYCLES = 200;

  private static final RegimenJson JSON = RegimenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<Class<?>> CAUSES =
      Set.of(ValidationException.class, URISyntaxException.class);

  /** The outcomes the mutations must produce, so a mutation that stops working is noticed. */
  private static final Set<String> EXPECTED_OUTCOMES =
      Set.of(
          "VALID",
          Kind.MALFORMED.name(),
          Kind.WRONG_TYPE.name(),
          Kind.UNKNOWN_PROPERTY.name(),
          Kind.MISSING_PROPERTY.name(),
          Kind.DUPLICATE_PROPERTY.name(),
          Kind.INVALID_VALUE.name());

  @Test
  void mutatedProtocolDocumentsGiveAProtocolOrTheLibrarysException() {
    Map<String, Integer> outcomes = new TreeMap<>();
    qt().withExamples(1500)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(Generators.protocols(), longs().all())
        .checkAssert(
            (protocol, seed) -> {
              byte[] mutated = mutate(JSON.writeProtocol(protocol), new Random(seed));
              outcomes.merge(check(mutated, JSON::readProtocol, JSON::writeProtocol), 1, Integer::sum);
            });
    assertThat(outcomes.keySet()).as("outcomes %s", outcomes).containsAll(EXPECTED_OUTCOMES);
  }

  @Test
  void mutatedExerciseDocumentsGiveAnExerciseOrTheLibrarysException() {
    Map<String, Integer> outcomes = new TreeMap<>();
    qt().withExamples(1500)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(Generators.exercises(), longs().all())
        .checkAssert(
            (exercise, seed) -> {
              byte[] mutated = mutate(JSON.writeExercise(exercise), new Random(seed));
              outcomes.merge(check(mutated, JSON::readExercise, JSON::writeExercise), 1, Integer::sum);
            });
    assertThat(outcomes.keySet()).as("outcomes %s", outcomes).containsAll(EXPECTED_OUTCOMES);
  }

  @Test
  void propertiesInAnotherOrderGiveTheSameProtocol() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(Generators.protocols(), longs().all())
        .checkAssert(
            (protocol, seed) -> {
              JsonNode tree = MAPPER.readTree(JSON.writeProtocol(protocol));
              // every object shuffled, the document object's own two members included
              Protocol read = JSON.readProtocol(MAPPER.writeValueAsString(shuffled(tree, new Random(seed))));
              assertThat(read).isEqualTo(protocol);
            });
  }

  /** Reads a mutated document and checks the outcome; returns it: VALID or the exception's kind. */
  private static <T> String check(byte[] document, Function<byte[], T> read, Function<T, String> write) {
    T value;
    try {
      value = assertTimeoutPreemptively(READ_TIMEOUT, () -> read.apply(document), "reading hung");
    } catch (RegimenJsonException e) {
      assertWellFormed(e, document);
      return e.kind().name();
    }
    // a mutation may leave a valid document: then it is a value like any other
    String written = write.apply(value);
    assertThat(read.apply(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
    return "VALID";
  }

  private static void assertWellFormed(RegimenJsonException e, byte[] document) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.pointer()).as("a JSON Pointer").matches("(/[^/]*)*");
    assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
    assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
    assertThat(e.getMessage()).startsWith(e.problems().get(0).toString());
    if (e.pointer().chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      // a pointer with control or format characters is printed with them escaped; a long one is
      // printed cut to its first MAX_POINTER_SHOWN characters
      String shown = e.pointer().isEmpty() ? "document" : e.pointer();
      assertThat(e.getMessage())
          .startsWith(
              shown.length() <= JsonProblem.MAX_POINTER_SHOWN
                  ? shown + ": "
                  : shown.substring(0, JsonProblem.MAX_POINTER_SHOWN) + "...: ");
    }
    assertThat(e.problem()).isNotBlank();
    if (e.getCause() != null) {
      assertThat(e.getCause() instanceof JacksonException || CAUSES.contains(e.getCause().getClass()))
          .as("cause %s", e.getCause())
          .isTrue();
    }
    if (e.kind() == Kind.MALFORMED || e.kind() == Kind.TRAILING_CONTENT || e.kind() == Kind.LIMIT_EXCEEDED) {
      return;
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(document);
    } catch (JacksonException malformedFurtherOn) {
      return; // the reader stopped before the part that is malformed
    }
    for (JsonProblem problem : e.problems()) {
      JsonPointer pointer = JsonPointer.compile(problem.pointer());
      boolean present = !tree.at(pointer).isMissingNode();
      boolean parentPresent = pointer.head() != null && !tree.at(pointer.head()).isMissingNode();
      assertThat(present || parentPresent)
          .as("%s points into the document (or at a property missing from an object in it)", problem)
          .isTrue();
    }
  }

  // ------------------------------------------------------------------ mutations

  private static byte[] mutate(String document, Random random) {
    int rounds = 1 + random.nextInt(3);
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < rounds; i++) {
      bytes = mutateOnce(bytes, random);
    }
    return bytes;
  }

  private static byte[] mutateOnce(byte[] bytes, Random random) {
    switch (random.nextInt(9)) {
      case 0:
        return onTree(bytes, random, FuzzTest::removeProperty);
      case 1:
        return onTree(bytes, random, FuzzTest::swapType);
      case 2:
        return onTree(bytes, random, FuzzTest::outOfRange);
      case 3:
        return onTree(bytes, random, FuzzTest::addUnknownProperty);
      case 4:
        return duplicateAProperty(bytes, random);
      case 5:
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // truncate
      case 6:
        return randomBytes(bytes, random);
      case 7:
        return insertRandomBytes(bytes, random);
      default:
        return deleteRange(bytes, random);
    }
  }

  private interface TreeMutation {
    void apply(List<Slot> slots, Random random);
  }

  /** A place in the tree: a property of an object or an element of an array. */
  private record Slot(JsonNode container, String name, int index) {
    JsonNode value() {
      return name != null ? container.get(name) : container.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) container).set(name, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static byte[] onTree(byte[] bytes, Random random, TreeMutation mutation) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      return randomBytes(bytes, random); // no longer JSON: mutate the bytes instead
    }
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (!slots.isEmpty()) {
      mutation.apply(slots, random);
    }
    return MAPPER.writeValueAsBytes(root);
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node.isObject()) {
      for (String name : new ArrayList<>(node.propertyNames())) {
        slots.add(new Slot(node, name, -1));
        collect(node.get(name), slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collect(node.get(i), slots);
      }
    }
  }

  private static void removeProperty(List<Slot> slots, Random random) {
    List<Slot> properties = slots.stream().filter(s -> s.name() != null).toList();
    if (!properties.isEmpty()) {
      Slot slot = properties.get(random.nextInt(properties.size()));
      ((ObjectNode) slot.container()).remove(slot.name());
    }
  }

  private static void swapType(List<Slot> slots, Random random) {
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode[] others = {
      NODES.stringNode("x"),
      NODES.numberNode(random.nextInt()),
      NODES.numberNode(1.5),
      NODES.booleanNode(random.nextBoolean()),
      NODES.nullNode(),
      NODES.objectNode(),
      NODES.arrayNode(),
      NODES.arrayNode().add("L5-S1").add(7),
      NODES.objectNode().put("id", "x"),
    };
    slot.set(others[random.nextInt(others.length)]);
  }

  private static void outOfRange(List<Slot> slots, Random random) {
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode value = slot.value();
    if (value.isNumber()) {
      JsonNode[] numbers = {
        NODES.numberNode(0),
        NODES.numberNode(-1),
        NODES.numberNode(-5),
        NODES.numberNode(11),
        NODES.numberNode(Integer.MAX_VALUE),
        NODES.numberNode(Integer.MIN_VALUE),
        NODES.numberNode(Long.MAX_VALUE),
        NODES.numberNode(new BigInteger("1000000000000000000000000000000")),
      };
      slot.set(numbers[random.nextInt(numbers.length)]);
    } else if (value.isString()) {
      String[] texts = {"", "   ", "Not A Slug", "L6-S1", "S1-S2", "l5-s1", "nope", "a b:c", "http://a b", "\u0000"};
      slot.set(NODES.stringNode(texts[random.nextInt(texts.length)]));
    } else if (value.isArray() && !value.isEmpty()) {
      ((ArrayNode) value).add(value.get(0).deepCopy()); // a repeat: duplicate ids
    }
  }

  private static void addUnknownProperty(List<Slot> slots, Random random) {
    List<JsonNode> objects = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot.value().isObject()) {
        objects.add(slot.value());
      }
    }
    if (!objects.isEmpty()) {
      ((ObjectNode) objects.get(random.nextInt(objects.size()))).put("unexpected", true);
    }
  }

  /** Repeats the first property of a random object: {@code {"a": 1, ...}} gives {@code {"a": 1, "a": 1, ...}}. */
  private static byte[] duplicateAProperty(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Integer> starts = new ArrayList<>();
    for (int i = text.indexOf("{\n"); i >= 0; i = text.indexOf("{\n", i + 1)) {
      starts.add(i);
    }
    if (starts.isEmpty()) {
      return randomBytes(bytes, random);
    }
    int start = starts.get(random.nextInt(starts.size())) + 1;
    int end = text.indexOf(",\n", start);
    if (end < 0) {
      return randomBytes(bytes, random);
    }
    String property = text.substring(start, end + 1);
    return (text.substring(0, start) + property + text.substring(start)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n && copy.length > 0; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] insertRandomBytes(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    byte[] inserted = new byte[1 + random.nextInt(4)];
    random.nextBytes(inserted);
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }

  private static byte[] deleteRange(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(40));
    byte[] result = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(bytes, to, result, from, bytes.length - to);
    return result;
  }

  /** The same tree with the properties of every object in a random order. */
  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      Collections.shuffle(entries, random);
      ObjectNode result = NODES.objectNode();
      for (Map.Entry<String, JsonNode> entry : entries) {
        result.set(entry.getKey(), shuffled(entry.getValue(), random));
      }
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = NODES.arrayNode();
      node.forEach(element -> result.add(shuffled(element, random)));
      return result;
    }
    return node;
  }
}
