package dev.regimen.formats.json;

import dev.regimen.core.anatomy.SpinalRegion;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.anatomy.Vertebra;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The reading side shared by every codec: a Jackson streaming parser with the checks of the
 * format (types, unknown, duplicate and missing properties, limits) and the translation of every
 * problem into a {@link RegimenJsonException} carrying the JSON Pointer and position of the
 * element at fault. One instance reads one document; not thread-safe.
 *
 * <p>Convention: value readers ({@link #string()}, {@link #integer()}, the codecs' {@code read})
 * read the parser's current token; {@link #next()} advances to the value of the property just
 * named.
 */
final class JsonIn {
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile(
          "\\s*\\((?:start marker at )?\\[Source:.*?\\]\\)|\\s*\\n at \\[Source:.*", Pattern.DOTALL);
  private static final int MAX_QUOTED = 60;

  /**
   * Every spinal segment by its canonical label: a lookup instead of parsing on the common path
   * (parsing is left for the error messages of labels that are not here).
   */
  private static final Map<String, SpinalSegment> SEGMENTS = segmentsByLabel();

  private final JsonParser p;
  private final JsonLimits limits;
  private final Locator locator;
  /** The format version of the document being read; the newest unless the envelope says. */
  private int version = RegimenJson.SCHEMA_VERSION;

  /**
   * A reader over a parser.
   *
   * @param p the parser
   * @param limits the limits to apply (the document length is checked by the caller)
   * @param locator finds elements again for problems found after they were read; null when the
   *     document cannot be scanned again (then the position of the object being built is used)
   */
  JsonIn(JsonParser p, JsonLimits limits, Locator locator) {
    this.p = p;
    this.limits = limits;
    this.locator = locator;
  }

  private static Map<String, SpinalSegment> segmentsByLabel() {
    Map<String, SpinalSegment> segments = new HashMap<>();
    for (SpinalRegion region : SpinalRegion.values()) {
      for (int number = 1; number <= region.vertebraCount(); number++) {
        Vertebra upper = Vertebra.of(region, number);
        Optional<Vertebra> lower = upper.next();
        boolean insideFusedRegion = lower.isPresent() && lower.get().region() == region && region.isFused();
        if (lower.isPresent() && !insideFusedRegion) {
          SpinalSegment segment = SpinalSegment.of(upper, lower.get());
          segments.put(segment.label(), segment);
        }
      }
    }
    return Map.copyOf(segments);
  }

  /** {@return the format version of the document being read} */
  int version() {
    return version;
  }

  /** {@return whether the document being read is of format version 1} */
  boolean v1() {
    return version == 1;
  }

  /**
   * Sets the format version of the document being read, once its envelope has said.
   *
   * @param version a version this reader reads
   */
  void version(int version) {
    this.version = version;
  }

  // ---------------------------------------------------------------- structure

  /** Advances to the next token and returns this reader. */
  JsonIn next() {
    p.nextToken();
    return this;
  }

  /** {@return the next token; null at the end of the input} */
  JsonToken nextToken() {
    return p.nextToken();
  }

  /**
   * Checks that the current token starts an object.
   *
   * @return a mark of the object's start, for {@link #build}
   */
  Object beginObject() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    checkDepth();
    return locator == null ? p.currentTokenLocation() : null;
  }

  /** {@return the next property name of the current object; null at its end} */
  String name() {
    try {
      return p.nextName();
    } catch (StreamConstraintsException e) {
      // a name too long for a buffer breaks Jackson's string limit rather than its name limit
      if (String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
        throw nameTooLong(e);
      }
      throw e;
    }
  }

  private RegimenJsonException nameTooLong(StreamConstraintsException e) {
    // the name is not known yet: name the object that holds it, at the place reading stopped
    TokenStreamContext object = p.streamReadContext();
    String pointer = (object.getParent() == null ? object : object.getParent()).pathAsPointer().toString();
    return new RegimenJsonException(
        Kind.LIMIT_EXCEEDED,
        at(
            pointer,
            "property name is longer than " + limits.maxStringLength() + " characters (maxStringLength)",
            p.currentLocation()),
        "at most " + limits.maxStringLength() + " characters",
        e);
  }

  /**
   * Marks a property name as seen.
   *
   * @param fields the object's properties
   * @param name the name just read
   * @param seen the names seen so far
   * @return the names seen, now with {@code name}
   * @throws RegimenJsonException if the name is unknown or was seen before
   */
  int seen(Fields fields, String name, int seen) {
    int bit = fields.bit(name);
    if (bit == 0) {
      throw problem(
          Kind.UNKNOWN_PROPERTY,
          "unknown property '" + quoted(name) + "'; expected " + fields.expected(),
          fields.expected());
    }
    if ((seen & bit) != 0) {
      throw problem(
          Kind.DUPLICATE_PROPERTY, "duplicate property '" + name + "'", "each property once");
    }
    return seen | bit;
  }

  /**
   * Checks, at the end of an object, that every required property was seen.
   *
   * @param fields the object's properties
   * @param seen the names seen
   * @param required the required names
   * @param mark the object's start mark
   */
  void require(Fields fields, int seen, int required, Object mark) {
    int missing = required & ~seen;
    if (missing != 0) {
      List<String> names = fields.namesOf(missing);
      String message =
          names.size() == 1
              ? "missing required property '" + names.get(0) + "'"
              : "missing required properties '" + String.join("', '", names) + "'";
      String pointer = pointer().toString();
      throw new RegimenJsonException(
          Kind.MISSING_PROPERTY,
          at(pointer, message, locate(pointer(), mark)),
          String.join(", ", names),
          null);
    }
  }

  /**
   * Reads an array, element by element.
   *
   * @param element reads one element at the parser's current token
   */
  void array(Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    checkDepth();
    int count = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw problem(Kind.MALFORMED, "malformed JSON: unexpected end of input in an array", null);
      }
      if (++count > limits.maxArrayLength()) {
        throw problem(
            Kind.LIMIT_EXCEEDED,
            "array has more than " + limits.maxArrayLength() + " elements (maxArrayLength)",
            "at most " + limits.maxArrayLength() + " elements");
      }
      element.run();
    }
  }

  /**
   * Builds a value at the end of its object, turning the model's rule violations into problems
   * at the JSON Pointers of the elements that broke them.
   *
   * @param build builds the value
   * @param mark the object's start mark
   * @param <T> the value's type
   * @return the value
   */
  <T> T build(Supplier<T> build, Object mark) {
    try {
      return build.get();
    } catch (ValidationException e) {
      JsonPointer base = pointer();
      List<JsonPointer> pointers = new ArrayList<>(e.violations().size());
      for (Violation v : e.violations()) {
        pointers.add(append(base, v.path()));
      }
      List<TokenStreamLocation> places = locateAll(pointers, mark);
      List<JsonProblem> problems = new ArrayList<>(pointers.size());
      for (int i = 0; i < pointers.size(); i++) {
        problems.add(at(pointers.get(i).toString(), e.violations().get(i).message(), places.get(i)));
      }
      throw new RegimenJsonException(Kind.INVALID_VALUE, problems, null, e);
    }
  }

  private void checkDepth() {
    int depth = p.streamReadContext().getNestingDepth();
    if (depth > limits.maxDepth()) {
      throw problem(
          Kind.LIMIT_EXCEEDED,
          "nesting is deeper than " + limits.maxDepth() + " levels (maxDepth)",
          "at most " + limits.maxDepth() + " levels of nesting");
    }
  }

  // ---------------------------------------------------------------- values

  /** {@return the current token as a string} */
  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getString();
  }

  /** {@return the current token as an {@code int}} */
  int integer() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw problem(
          Kind.INVALID_VALUE,
          "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
              + ", was " + quoted(p.getString()),
          "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  /** {@return the current token as a {@code long}} */
  long longInteger() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number");
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw problem(
          Kind.INVALID_VALUE,
          "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
              + ", was " + quoted(p.getString()),
          "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
    return p.getLongValue();
  }

  /** {@return the current token, a string, as a URI} */
  URI uri() {
    String text = string();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw invalid("must be a URI: " + quoted(e.getMessage()), "a URI", e);
    }
  }

  /** {@return the current token as a finite number, whole or with a fraction} */
  double decimal() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw problem(
          Kind.INVALID_VALUE, "must be a finite number, was " + quoted(p.getString()), "a finite number");
    }
    return value;
  }

  /**
   * Builds a value from the current token, a scalar, turning the model's rule violations into
   * problems at this element (or, when the locator finds them, at the element a violation's path
   * names).
   *
   * @param build builds the value
   * @param <T> the value's type
   * @return the value
   */
  <T> T buildHere(Supplier<T> build) {
    return build(build, p.currentTokenLocation());
  }

  /** {@return the current token as a boolean} */
  boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  /**
   * Reads the current token as the name of an enum constant.
   *
   * @param names the enum's names
   * @param <E> the enum
   * @return the constant
   */
  <E extends Enum<E>> E enumValue(EnumNames<E> names) {
    String name = string();
    E value = names.parse(name);
    if (value == null) {
      throw problem(
          Kind.INVALID_VALUE,
          "must be " + names.expected() + ", was '" + quoted(name) + "'",
          names.expected());
    }
    return value;
  }

  /**
   * Parses the current string token with a model factory, such as {@code SpinalSegment::parse},
   * turning its rule violations into a problem at this element.
   *
   * @param parse the factory
   * @param <T> the value's type
   * @return the value
   */
  <T> T parsed(Function<String, T> parse) {
    String text = string();
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      JsonPointer base = pointer();
      List<JsonProblem> problems = new ArrayList<>(e.violations().size());
      TokenStreamLocation here = p.currentTokenLocation();
      for (Violation v : e.violations()) {
        problems.add(at(append(base, v.path()).toString(), v.message(), here));
      }
      throw new RegimenJsonException(Kind.INVALID_VALUE, problems, null, e);
    }
  }

  /**
   * Reads the current string token as a spinal segment written in its canonical form, such as
   * {@code L5-S1}.
   *
   * @return the segment
   */
  SpinalSegment segment() {
    SpinalSegment known = SEGMENTS.get(string());
    if (known != null) {
      return known;
    }
    SpinalSegment segment = parsed(SpinalSegment::parse);
    if (!segment.label().equals(p.getString())) {
      throw invalid(
          "must be written '" + segment.label() + "', was '" + quoted(p.getString()) + "'",
          segment.label(),
          null);
    }
    return segment;
  }

  /**
   * Reports an invalid value at the current token.
   *
   * @param message what is wrong
   * @param expected what was expected, or null
   * @param cause the cause, or null
   * @return the exception to throw
   */
  RegimenJsonException invalid(String message, String expected, Throwable cause) {
    return new RegimenJsonException(
        Kind.INVALID_VALUE,
        at(pointer().toString(), message, p.currentTokenLocation()),
        expected,
        cause);
  }

  /**
   * {@return where the current token is, to report a problem with it once the value that holds it
   * is built}: for values the format writes for readers' convenience and checks against what the
   * model computes.
   */
  Spot spot() {
    return new Spot(pointer().toString(), p.currentTokenLocation());
  }

  /** A token's JSON Pointer and position, kept for a problem found later. */
  static final class Spot {
    private final String pointer;
    private final TokenStreamLocation where;

    private Spot(String pointer, TokenStreamLocation where) {
      this.pointer = pointer;
      this.where = where;
    }

    /**
     * Reports an invalid value at this spot.
     *
     * @param message what is wrong
     * @param expected what was expected, or null
     * @return the exception to throw
     */
    RegimenJsonException invalid(String message, String expected) {
      return new RegimenJsonException(Kind.INVALID_VALUE, at(pointer, message, where), expected, null);
    }
  }

  /**
   * Reports a problem at the current token.
   *
   * @param kind the kind
   * @param message what is wrong
   * @param expected what was expected, or null
   * @return the exception to throw
   */
  RegimenJsonException problem(Kind kind, String message, String expected) {
    return new RegimenJsonException(
        kind, at(pointer().toString(), message, p.currentTokenLocation()), expected, null);
  }

  /**
   * Reports a codec that does not handle one of its own property names: a bug, never bad input.
   *
   * @param name the name
   * @return the exception to throw
   */
  IllegalStateException unhandled(String name) {
    return new IllegalStateException("no reader for property " + name);
  }

  /**
   * Reports a value of the wrong JSON type at the current token.
   *
   * @param expected what was expected, such as {@code a string}
   * @return the exception to throw
   */
  RegimenJsonException wrongType(String expected) {
    return problem(Kind.WRONG_TYPE, "expected " + expected + ", was " + describe(), expected);
  }

  /** {@return the current token in words: "an array", "a string ('abc')", "null"} */
  String describe() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string ('" + quoted(p.getString()) + "')";
      case VALUE_NUMBER_INT:
        return "a whole number (" + quoted(p.getString()) + ")";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction or exponent (" + quoted(p.getString()) + ")";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  // ---------------------------------------------------------------- errors from Jackson

  /**
   * Translates an exception of Jackson's parser (malformed JSON, a broken stream limit) into the
   * library's exception, at the parser's current element.
   *
   * @param e Jackson's exception
   * @return the exception to throw
   */
  RegimenJsonException fromJackson(JacksonException e) {
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
    String pointer = pointer().toString();
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      String limit;
      String message;
      if (original.startsWith("String value length")) {
        limit = "at most " + limits.maxStringLength() + " characters";
        message = "text is longer than " + limits.maxStringLength() + " characters (maxStringLength)";
      } else if (original.startsWith("Name length")) {
        return nameTooLong((StreamConstraintsException) e);
      } else if (original.startsWith("Document nesting depth")) {
        limit = "at most " + limits.maxDepth() + " levels of nesting";
        message = "nesting is deeper than " + limits.maxDepth() + " levels (maxDepth)";
      } else if (original.startsWith("Number value length")) {
        limit = "a shorter number";
        message = "number is too long: " + strip(original);
      } else {
        limit = null;
        message = "document exceeds a limit: " + strip(original);
      }
      return new RegimenJsonException(Kind.LIMIT_EXCEEDED, at(pointer, message, where), limit, e);
    }
    return new RegimenJsonException(
        Kind.MALFORMED, at(pointer, "malformed JSON: " + strip(original), where), null, e);
  }

  /** Jackson's message without its location (the library adds its own) and with a lowercase start. */
  static String strip(String message) {
    String m = JACKSON_LOCATION.matcher(message).replaceAll("").strip();
    if (!m.isEmpty() && Character.isUpperCase(m.charAt(0))
        && (m.length() == 1 || !Character.isUpperCase(m.charAt(1)))) {
      m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
    return m;
  }

  // ---------------------------------------------------------------- pointers and positions

  /** {@return the JSON Pointer of the current element} */
  JsonPointer pointer() {
    return p.streamReadContext().pathAsPointer();
  }

  /** {@return the parser} */
  JsonParser parser() {
    return p;
  }

  /** {@return the limits this reader applies} */
  JsonLimits limits() {
    return limits;
  }

  /**
   * Appends a model path such as {@code entries[1].exercise.id} to a pointer: {@code
   * /entries/1/exercise/id}. The model's attribute names are the format's property names.
   */
  static JsonPointer append(JsonPointer base, String path) {
    JsonPointer result = base;
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return result.appendProperty(path.substring(i));
        }
        String index = path.substring(i + 1, end);
        result = isIndex(index) ? result.appendIndex(Integer.parseInt(index)) : result.appendProperty(index);
        i = end + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        result = result.appendProperty(path.substring(i, end));
        i = end;
      }
    }
    return result;
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private TokenStreamLocation locate(JsonPointer pointer, Object mark) {
    return locateAll(List.of(pointer), mark).get(0);
  }

  /** The positions of elements, found in one scan of the document; the mark's where not found. */
  private List<TokenStreamLocation> locateAll(List<JsonPointer> pointers, Object mark) {
    TokenStreamLocation fallback =
        mark instanceof TokenStreamLocation ? (TokenStreamLocation) mark : p.currentTokenLocation();
    List<TokenStreamLocation> found = locator != null ? locator.locateAll(pointers) : null;
    List<TokenStreamLocation> places = new ArrayList<>(pointers.size());
    for (int i = 0; i < pointers.size(); i++) {
      TokenStreamLocation where = found == null ? null : found.get(i);
      places.add(where != null ? where : fallback);
    }
    return places;
  }

  static JsonProblem at(String pointer, String message, TokenStreamLocation where) {
    if (where == null || where.getLineNr() < 1) {
      return new JsonProblem(pointer, message, -1, -1);
    }
    // Jackson counts columns from 1 but reports 0 at the very end of an empty line
    return new JsonProblem(pointer, message, where.getLineNr(), Math.max(1, where.getColumnNr()));
  }

  /** {@return text from the input, shortened for a message} */
  static String quoted(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }
}
