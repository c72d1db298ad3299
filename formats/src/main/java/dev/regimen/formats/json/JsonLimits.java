package dev.regimen.formats.json;

/**
 * Limits that protect a {@link RegimenJson} reader against hostile or runaway input. A document
 * that breaks a limit is rejected with a {@link RegimenJsonException} of kind {@link
 * RegimenJsonException.Kind#LIMIT_EXCEEDED} whose message names the limit, such as {@code
 * (maxStringLength)}. Immutable and thread-safe.
 *
 * <p>The defaults ({@link #defaults()}) are far above anything a real protocol needs (the bundled
 * L5-S1 protocol is about 20 kB, nests 9 levels deep, and its longest text is under 1,000
 * characters) and low enough that a hostile document cannot exhaust memory or time:
 *
 * <ul>
 *   <li>{@code maxDocumentLength} {@value #DEFAULT_MAX_DOCUMENT_LENGTH}: the longest document, in
 *       characters for text input ({@code String}, {@code Reader}) and in bytes for binary input
 *       ({@code byte[]}, {@code InputStream}, {@code Path}). A longer input is rejected before
 *       parsing, and no more than the limit plus one unit is ever read from a stream.
 *   <li>{@code maxDepth} {@value #DEFAULT_MAX_DEPTH}: the deepest nesting of objects and arrays,
 *       the document's own object counting as level 1. The format itself nests at most 10 levels.
 *   <li>{@code maxStringLength} {@value #DEFAULT_MAX_STRING_LENGTH}: the longest text value or
 *       property name, in characters.
 *   <li>{@code maxArrayLength} {@value #DEFAULT_MAX_ARRAY_LENGTH}: the most elements in any one
 *       array (the entries of a protocol, the steps of an exercise, and so on).
 * </ul>
 *
 * <p>Change one limit with the {@code with...} methods: {@code
 * JsonLimits.defaults().withMaxDocumentLength(50_000_000)}.
 *
 * <p>A {@link RegimenJson} holds what it writes to its own limits too: a value whose document
 * would break one (a session plan of more cues than {@code maxArrayLength}, a document longer
 * than {@code maxDocumentLength} in UTF-8 bytes) is refused with the problem its readers would
 * report, so what an instance writes, it reads. The model's own budget for a plan ({@link
 * dev.regimen.core.session.PlanOptions#DEFAULT_MAX_CUES} cues) is larger than the default {@code
 * maxArrayLength}: to write and read such plans, raise both limits, for example {@code
 * JsonLimits.defaults().withMaxArrayLength(100_000).withMaxDocumentLength(100_000_000)}.
 *
 * @param maxDocumentLength the longest document, in characters for text input and bytes for
 *     binary input; at least 1
 * @param maxDepth the deepest nesting of objects and arrays; at least 1
 * @param maxStringLength the longest text value or property name, in characters; at least 1
 * @param maxArrayLength the most elements in one array; at least 1
 */
public record JsonLimits(int maxDocumentLength, int maxDepth, int maxStringLength, int maxArrayLength) {

  /** The default longest document: 10,000,000 characters or bytes. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000;

  /** The default deepest nesting: 32 levels. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The default longest text value or property name: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The default most elements in one array: 10,000. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 10_000;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_ARRAY_LENGTH);

  /**
   * Creates limits.
   *
   * @param maxDocumentLength the longest document; at least 1
   * @param maxDepth the deepest nesting; at least 1
   * @param maxStringLength the longest text; at least 1
   * @param maxArrayLength the most elements in one array; at least 1
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public JsonLimits {
    atLeastOne("maxDocumentLength", maxDocumentLength);
    atLeastOne("maxDepth", maxDepth);
    atLeastOne("maxStringLength", maxStringLength);
    atLeastOne("maxArrayLength", maxArrayLength);
  }

  /** {@return the default limits, described in the class documentation} */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another longest document.
   *
   * @param maxDocumentLength the longest document, in characters for text input and bytes for
   *     binary input; at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code maxDocumentLength} is less than 1
   */
  public JsonLimits withMaxDocumentLength(int maxDocumentLength) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxArrayLength);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param maxDepth the deepest nesting of objects and arrays; at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code maxDepth} is less than 1
   */
  public JsonLimits withMaxDepth(int maxDepth) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxArrayLength);
  }

  /**
   * Returns a copy with another longest text.
   *
   * @param maxStringLength the longest text value or property name, in characters; at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code maxStringLength} is less than 1
   */
  public JsonLimits withMaxStringLength(int maxStringLength) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxArrayLength);
  }

  /**
   * Returns a copy with another largest array.
   *
   * @param maxArrayLength the most elements in one array; at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code maxArrayLength} is less than 1
   */
  public JsonLimits withMaxArrayLength(int maxArrayLength) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxArrayLength);
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
    }
  }
}
