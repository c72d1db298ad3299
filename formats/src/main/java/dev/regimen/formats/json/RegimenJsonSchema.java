package dev.regimen.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the Regimen JSON format, one for each format version, shipped
 * in the jar. Every document a {@link RegimenJson} writer produces validates against the schema of
 * the current version, {@link RegimenJson#SCHEMA_VERSION}; every document of an earlier version
 * that a reader takes validates against the schema of its own version, which stays in the jar
 * unchanged. The methods without a version give the current schema.
 *
 * <pre>{@code
 * String current = RegimenJsonSchema.text();      // schemaVersion 2
 * String first = RegimenJsonSchema.text(1);       // schemaVersion 1, for documents that say 1
 * }</pre>
 *
 * <p>The schema of version {@code N} has the {@code $id} {@code
 * https://regimen.dev/schemas/regimen-vN.schema.json} and lives at {@code
 * /dev/regimen/formats/json/regimen-vN.schema.json} in the {@code regimen-formats} jar. Code
 * outside this module (a named module cannot read another module's package resources) loads it
 * with {@link #text(int)} or {@link #open(int)}.
 *
 * <p>A schema describes what the format allows; some rules of the model are beyond it (ids unique
 * within a protocol, contraindications naming one of the protocol's conditions, a range's minimum
 * not above its maximum, the order of step phases). The reader checks those too, so a document may
 * validate against its schema and still be rejected by the reader with a {@link
 * RegimenJsonException} that names the rule; a document the reader accepts always validates
 * against the schema of its version. One difference in the other direction: JSON Schema counts
 * {@code 30.0} as an integer, while the reader takes only whole numbers written without a fraction.
 *
 * <p>Stateless and thread-safe.
 */
public final class RegimenJsonSchema {
  /** The {@code $id} of the current version's schema. */
  public static final String ID = "https://regimen.dev/schemas/regimen-v" + RegimenJson.SCHEMA_VERSION + ".schema.json";

  /** The resource path of the current version's schema in the jar. */
  public static final String RESOURCE =
      "/dev/regimen/formats/json/regimen-v" + RegimenJson.SCHEMA_VERSION + ".schema.json";

  private RegimenJsonSchema() {}

  /** {@return the {@code $id} of the current version's schema as a URI} */
  public static URI id() {
    return URI.create(ID);
  }

  /**
   * The {@code $id} of one version's schema.
   *
   * @param version a format version, from 1 to {@link RegimenJson#SCHEMA_VERSION}
   * @return the schema's {@code $id}, such as {@code https://regimen.dev/schemas/regimen-v1.schema.json}
   * @throws IllegalArgumentException if this library has no schema of that version
   */
  public static URI id(int version) {
    return URI.create("https://regimen.dev/schemas/regimen-v" + checked(version) + ".schema.json");
  }

  /**
   * The resource path of one version's schema in the jar.
   *
   * @param version a format version, from 1 to {@link RegimenJson#SCHEMA_VERSION}
   * @return the path, such as {@code /dev/regimen/formats/json/regimen-v1.schema.json}
   * @throws IllegalArgumentException if this library has no schema of that version
   */
  public static String resource(int version) {
    return "/dev/regimen/formats/json/regimen-v" + checked(version) + ".schema.json";
  }

  /**
   * Opens the current version's schema. The caller closes the stream.
   *
   * @return the schema, UTF-8 encoded JSON
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   */
  public static InputStream open() {
    return open(RegimenJson.SCHEMA_VERSION);
  }

  /**
   * Opens one version's schema. The caller closes the stream.
   *
   * @param version a format version, from 1 to {@link RegimenJson#SCHEMA_VERSION}
   * @return the schema, UTF-8 encoded JSON
   * @throws IllegalArgumentException if this library has no schema of that version
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   */
  public static InputStream open(int version) {
    String resource = resource(version);
    InputStream in = RegimenJsonSchema.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the JSON Schema " + resource + " is missing from the jar");
    }
    return in;
  }

  /**
   * Reads the current version's schema.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   * @throws UncheckedIOException if the schema cannot be read from the jar
   */
  public static String text() {
    return text(RegimenJson.SCHEMA_VERSION);
  }

  /**
   * Reads one version's schema.
   *
   * @param version a format version, from 1 to {@link RegimenJson#SCHEMA_VERSION}
   * @return the schema's JSON text
   * @throws IllegalArgumentException if this library has no schema of that version
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   * @throws UncheckedIOException if the schema cannot be read from the jar
   */
  public static String text(int version) {
    try (InputStream in = open(version)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema " + resource(version), e);
    }
  }

  private static int checked(int version) {
    if (version < 1 || version > RegimenJson.SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "no JSON Schema of schemaVersion " + version + "; this version of Regimen has the schemas of"
              + " schemaVersion 1 to " + RegimenJson.SCHEMA_VERSION);
    }
    return version;
  }
}
