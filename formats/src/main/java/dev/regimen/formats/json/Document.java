package dev.regimen.formats.json;

import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The document envelope: {@code {"schemaVersion": 2, "protocol": {...}}}, or the same with the
 * property of another {@link DocumentKind}. The writer writes {@code schemaVersion} first; the
 * reader takes the two properties in either order, and always knows the version before it decodes
 * the value: when {@code schemaVersion} is not the first property, it scans the document object
 * once for it (skipping the value unread) before reading on. Every version from 1 to {@link
 * RegimenJson#SCHEMA_VERSION} is read; the codecs read the value by the rules of its version (see
 * {@link JsonIn#version()}) and so upgrade an older document to the current model.
 */
final class Document {
  static final String SCHEMA_VERSION = "schemaVersion";

  private Document() {}

  static <T> void write(JsonGenerator g, DocumentKind<T> kind, T value) {
    g.writeStartObject();
    g.writeNumberProperty(SCHEMA_VERSION, RegimenJson.SCHEMA_VERSION);
    g.writeName(kind.propertyName());
    kind.writeValue(g, value);
    g.writeEndObject();
  }

  /**
   * Reads a document.
   *
   * @param in the reader, before the document's first token
   * @param expected the kind expected, or null to take any kind
   * @param rescan opens a new parser over the same document, to find {@code schemaVersion} when
   *     it does not come first
   * @return the document
   */
  static RegimenDocument<?> read(JsonIn in, DocumentKind<?> expected, Supplier<JsonParser> rescan) {
    if (in.nextToken() == null) {
      throw new RegimenJsonException(
          Kind.MALFORMED,
          JsonIn.at("", "the document is empty; expected a JSON object", in.parser().currentLocation()),
          "a JSON object",
          null);
    }
    in.beginObject();
    TokenStreamLocation start = in.parser().currentTokenLocation();
    String name = in.name();
    boolean versionRead = false;
    if (name != null && !name.equals(SCHEMA_VERSION)) {
      in.version(scanVersion(rescan, in.limits(), start));
      // the version is known and supported: read on from the first property
    }
    RegimenDocument<?> document = null;
    for (; name != null; name = in.name()) {
      if (name.equals(SCHEMA_VERSION)) {
        if (versionRead) {
          throw in.problem(Kind.DUPLICATE_PROPERTY, "duplicate property '" + SCHEMA_VERSION + "'", "each property once");
        }
        in.version(checkVersion(in.next()));
        versionRead = true;
        continue;
      }
      DocumentKind<?> kind = DocumentKind.byPropertyName(name);
      if (kind == null) {
        throw unknown(in, name, expected);
      }
      if (expected != null && kind != expected) {
        throw in.problem(
            Kind.UNKNOWN_PROPERTY,
            "this is " + kind.withArticle() + " document; expected " + expected.withArticle()
                + " document, with the " + expected.displayName() + " under '" + expected.propertyName() + "'",
            expected.propertyName());
      }
      if (document != null) {
        throw document.kind() == kind
            ? in.problem(Kind.DUPLICATE_PROPERTY, "duplicate property '" + name + "'", "each property once")
            : in.problem(
                Kind.UNKNOWN_PROPERTY,
                "a document holds one value; this one has both '" + document.kind().propertyName()
                    + "' and '" + name + "'",
                "one of " + kindNames());
      }
      document = readValue(in.next(), kind);
    }
    if (!versionRead) {
      throw missing(SCHEMA_VERSION, start);
    }
    if (document == null) {
      throw expected != null
          ? missing(expected.propertyName(), start)
          : new RegimenJsonException(
              Kind.MISSING_PROPERTY,
              JsonIn.at("", "missing the document's value: one of " + kindNames(), start),
              "one of " + kindNames(),
              null);
    }
    checkEnd(in);
    return document;
  }

  private static <T> RegimenDocument<T> readValue(JsonIn in, DocumentKind<T> kind) {
    return new RegimenDocument<>(kind, kind.readValue(in));
  }

  /** Checks the version at the parser's current token. */
  private static int checkVersion(JsonIn in) {
    int version = in.integer();
    if (version < 1 || version > RegimenJson.SCHEMA_VERSION) {
      String readable = "1 to " + RegimenJson.SCHEMA_VERSION;
      throw in.problem(
          Kind.UNSUPPORTED_VERSION,
          "unsupported schemaVersion " + version + "; this version of Regimen reads schemaVersion "
              + readable + (version > RegimenJson.SCHEMA_VERSION
                  ? " (a newer Regimen wrote this document: read it with that version)"
                  : ""),
          "schemaVersion " + readable);
    }
    return version;
  }

  /**
   * Finds {@code schemaVersion} among the document object's properties without reading their
   * values, and checks it, so that the version is known before anything of the value is read and
   * a problem with it is reported first, as it would be if the version came first.
   */
  private static int scanVersion(Supplier<JsonParser> rescan, JsonLimits limits, TokenStreamLocation start) {
    try (JsonParser p = rescan.get()) {
      // no locator: the scan reports only the version's own problems and Jackson's, where they are
      JsonIn scan = new JsonIn(p, limits, null);
      try {
        p.nextToken();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          if (name.equals(SCHEMA_VERSION)) {
            return checkVersion(scan);
          }
          p.skipChildren();
        }
      } catch (JacksonException e) {
        // malformed before the version: the version cannot be known, so nothing is read
        throw scan.fromJackson(e);
      }
    }
    throw missing(SCHEMA_VERSION, start);
  }

  private static RegimenJsonException missing(String name, TokenStreamLocation start) {
    return new RegimenJsonException(
        Kind.MISSING_PROPERTY, JsonIn.at("", "missing required property '" + name + "'", start), name, null);
  }

  private static RegimenJsonException unknown(JsonIn in, String name, DocumentKind<?> expected) {
    String holds =
        expected != null
            ? expected.withArticle() + " document holds only '" + SCHEMA_VERSION + "' and '" + expected.propertyName() + "'"
            : "a document holds '" + SCHEMA_VERSION + "' and one of " + kindNames();
    return in.problem(
        Kind.UNKNOWN_PROPERTY,
        "unknown property '" + JsonIn.quoted(name) + "'; " + holds,
        expected != null ? expected.propertyName() : "one of " + kindNames());
  }

  /** {@return the kinds' properties for a message: 'protocol', 'exercise', 'screeningReport', 'sessionPlan'} */
  private static String kindNames() {
    StringBuilder names = new StringBuilder();
    for (DocumentKind<?> kind : DocumentKind.values()) {
      names.append(names.length() == 0 ? "'" : ", '").append(kind.propertyName()).append('\'');
    }
    return names.toString();
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
