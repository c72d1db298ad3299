package dev.regimen.formats.json;

import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The document envelope: {@code {"schemaVersion": 1, "protocol": {...}}}, or the same with {@code
 * "exercise"}, {@code "screeningReport"} or {@code "sessionPlan"}; {@code schemaVersion} first.
 */
final class Document {
  static final String SCHEMA_VERSION = "schemaVersion";
  static final String PROTOCOL = "protocol";
  static final String EXERCISE = "exercise";
  static final String SCREENING_REPORT = "screeningReport";
  static final String SESSION_PLAN = "sessionPlan";

  /** Every kind of document. */
  private static final List<String> KINDS =
      List.of(PROTOCOL, EXERCISE, SCREENING_REPORT, SESSION_PLAN);

  private Document() {}

  static <T> void write(JsonGenerator g, String kind, T value, BiConsumer<JsonGenerator, T> body) {
    g.writeStartObject();
    g.writeNumberProperty(SCHEMA_VERSION, RegimenJson.SCHEMA_VERSION);
    g.writeName(kind);
    body.accept(g, value);
    g.writeEndObject();
  }

  static <T> T read(JsonIn in, String kind, Function<JsonIn, T> body) {
    if (in.nextToken() == null) {
      throw new RegimenJsonException(
          Kind.MALFORMED,
          JsonIn.at("", "the document is empty; expected a JSON object", in.parser().currentLocation()),
          "a JSON object",
          null);
    }
    in.beginObject();
    String name = in.name();
    if (name == null) {
      throw in.problem(
          Kind.MISSING_PROPERTY, "missing required property '" + SCHEMA_VERSION + "'", SCHEMA_VERSION);
    }
    if (!name.equals(SCHEMA_VERSION)) {
      throw in.problem(
          Kind.MISSING_PROPERTY,
          "expected '" + SCHEMA_VERSION + "' as the first property, found '" + JsonIn.quoted(name) + "'",
          SCHEMA_VERSION + " as the first property");
    }
    int version = in.next().integer();
    if (version != RegimenJson.SCHEMA_VERSION) {
      throw in.problem(
          Kind.UNSUPPORTED_VERSION,
          "unsupported schemaVersion " + version + "; this version of Regimen reads schemaVersion "
              + RegimenJson.SCHEMA_VERSION,
          "schemaVersion " + RegimenJson.SCHEMA_VERSION);
    }
    name = in.name();
    if (name == null) {
      throw in.problem(Kind.MISSING_PROPERTY, "missing required property '" + kind + "'", kind);
    }
    if (!name.equals(kind)) {
      throw unexpected(in, name, kind);
    }
    T value = body.apply(in.next());
    name = in.name();
    if (name != null) {
      throw unexpected(in, name, kind);
    }
    checkEnd(in);
    return value;
  }

  private static RegimenJsonException unexpected(JsonIn in, String name, String kind) {
    if (name.equals(SCHEMA_VERSION) || name.equals(kind)) {
      return in.problem(Kind.DUPLICATE_PROPERTY, "duplicate property '" + name + "'", "each property once");
    }
    if (KINDS.contains(name)) {
      return in.problem(
          Kind.UNKNOWN_PROPERTY,
          "this is " + article(name) + " document; expected " + article(kind) + " document, with the "
              + words(kind) + " under '" + kind + "'",
          kind);
    }
    return in.problem(
        Kind.UNKNOWN_PROPERTY,
        "unknown property '" + JsonIn.quoted(name) + "'; " + article(kind) + " document holds only '"
            + SCHEMA_VERSION + "' and '" + kind + "'",
        kind);
  }

  private static String article(String kind) {
    return (kind.equals(EXERCISE) ? "an " : "a ") + words(kind);
  }

  /** {@return a kind of document in words: "protocol", "screening report"} */
  private static String words(String kind) {
    switch (kind) {
      case SCREENING_REPORT:
        return "screening report";
      case SESSION_PLAN:
        return "session plan";
      default:
        return kind;
    }
  }

  /** Checks that nothing but whitespace follows the document's closing brace. */
  private static void checkEnd(JsonIn in) {
    JsonToken after;
    try {
      after = in.nextToken();
    } catch (JacksonException e) {
      throw trailing(e.getLocation() != null ? e.getLocation() : in.parser().currentLocation());
    }
    if (after != null) {
      throw trailing(in.parser().currentTokenLocation());
    }
  }

  private static RegimenJsonException trailing(TokenStreamLocation where) {
    return new RegimenJsonException(
        Kind.TRAILING_CONTENT,
        JsonIn.at("", "unexpected content after the end of the document", where),
        "the end of the input",
        null);
  }
}
