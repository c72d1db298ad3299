package dev.regimen.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the Regimen JSON format, shipped in the jar. Every document
 * a {@link RegimenJson} writer produces validates against it.
 *
 * <p>The schema's {@code $id} is {@value #ID}; the resource lives at {@value #RESOURCE} in the
 * {@code regimen-formats} jar. Code outside this module (a named module cannot read another
 * module's package resources) loads it with {@link #text()} or {@link #open()}.
 *
 * <p>The schema describes what the format allows; some rules of the model are beyond it (ids
 * unique within a protocol, contraindications naming one of the protocol's conditions, a range's
 * minimum not above its maximum). The reader checks those too, so a document may validate against
 * the schema and still be rejected by the reader with a {@link RegimenJsonException} that names
 * the rule. One difference in the other direction: JSON Schema counts {@code 30.0} as an integer,
 * while the reader takes only whole numbers written without a fraction.
 */
public final class RegimenJsonSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "https://regimen.dev/schemas/regimen-v1.schema.json";

  /** The schema's resource path in the jar. */
  public static final String RESOURCE = "/dev/regimen/formats/json/regimen-v1.schema.json";

  private RegimenJsonSchema() {}

  /** {@return the schema's {@code $id} as a URI} */
  public static URI id() {
    return URI.create(ID);
  }

  /**
   * Opens the schema. The caller closes the stream.
   *
   * @return the schema, UTF-8 encoded JSON
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   */
  public static InputStream open() {
    InputStream in = RegimenJsonSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the JSON Schema " + RESOURCE + " is missing from the jar");
    }
    return in;
  }

  /**
   * Reads the schema.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   * @throws UncheckedIOException if the schema cannot be read from the jar
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema " + RESOURCE, e);
    }
  }
}
