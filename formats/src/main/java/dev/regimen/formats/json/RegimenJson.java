package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.text.CharClass;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes protocols, exercises, screening reports and session plans in the Regimen JSON
 * format (described in the {@linkplain dev.regimen.formats.json package documentation} and by
 * {@link RegimenJsonSchema}). Immutable and thread-safe: one instance serves any number of
 * threads.
 *
 * <pre>{@code
 * RegimenJson json = RegimenJson.create();              // pretty, default limits
 * String text = json.writeProtocol(protocol);           // or json.write(DocumentKind.PROTOCOL, protocol)
 * Protocol back = json.readProtocol(text);              // equals protocol
 * String report = json.writeScreeningReport(Screening.screen(protocol, profile));
 * RegimenDocument<?> any = json.readDocument(path);     // whichever kind it is: any.kind(), any.value()
 *
 * RegimenJson strict = RegimenJson.builder()
 *     .compact()
 *     .limits(JsonLimits.defaults().withMaxDocumentLength(1_000_000))
 *     .build();
 * }</pre>
 *
 * <p>Every method goes through one path per direction: {@link #write(DocumentKind, Object)} and
 * its overloads, {@link #read(DocumentKind, String)} and its overloads; the methods named after a
 * kind ({@code writeProtocol}, {@code readSessionPlan}, ...) are shorthands for them, and {@link
 * #readDocument(String)} reads a document of any kind and says which.
 *
 * <p><b>Writing</b> is deterministic: the same value always gives the same text, properties in a
 * fixed order, {@code schemaVersion} first. Pretty output indents by two spaces, puts each array
 * element and property on its own line and ends with a newline; compact output is one line
 * without a final newline. The text is the same whatever it is written to: a {@code String}, a
 * {@code Writer}, or an {@code OutputStream}, which gets its UTF-8 bytes (without a byte-order
 * mark). Text is written as it is, non-ASCII letters and emoji included, except that every code
 * point that is not {@linkplain CharClass#VISIBLE visible} or a {@linkplain CharClass#SPACE space}
 * is escaped ({@code \}{@code u202E}): control characters (C0, DEL, C1), line and paragraph
 * separators, format characters of every plane (the bidirectional overrides, zero-width
 * characters, the tag characters U+E0000 to U+E007F as the escapes of their surrogates) and other
 * invisible characters, so that a document cannot look other than it is in a terminal or an
 * editor, and a surrogate without its pair, which no encoding could write. Each reads back as the
 * same character.
 *
 * <p><b>Reading</b> is strict and never returns a half-built value. Every problem with the input
 * (malformed JSON, wrong types, unknown, missing or duplicate properties, an unsupported {@code
 * schemaVersion}, content after the document, a broken {@link JsonLimits limit}, a value that
 * breaks a rule of the model) is reported as a {@link RegimenJsonException} naming the JSON
 * Pointer, line and column of the element at fault; a value that breaks many rules is reported
 * with all of them, located in one scan of the document. Properties may come in any order, in the
 * document object too: when {@code schemaVersion} is not first, the document object is scanned for
 * it (skipping the value unread) before the value is read, so the version is always known before
 * anything that depends on it, and a problem with it is reported first.
 *
 * <p><b>Encoding.</b> Binary input ({@code byte[]}, {@code InputStream}, {@code Path}) must be
 * UTF-8 as RFC 3629 defines it, checked before parsing: an overlong form ({@code C0 AF}), a code
 * point past U+10FFFF ({@code F4 90 80 80}), a byte UTF-8 never uses ({@code F5} to {@code FF}),
 * an encoded surrogate ({@code ED A0 80}), a stray continuation byte or a truncated sequence is
 * reported as {@link Kind#MALFORMED} with its byte offset, line and column. UTF-16 and UTF-32 input
 * (recognised by its byte-order mark or the NUL bytes among its first four) is rejected with a
 * message naming the encoding, never decoded. One UTF-8 byte-order mark ({@code EF BB BF}) at the
 * start is ignored, as RFC 8259 allows, and so is one U+FEFF at the start of text input ({@code
 * String}, {@code Reader}); the writer never writes one, and anywhere else U+FEFF is an error like
 * any other stray character.
 *
 * <p><b>Sources.</b> Reading from a {@code Reader}, {@code InputStream} or {@code Path} reads the
 * input into memory first (at most {@link JsonLimits#maxDocumentLength()} plus one character or
 * byte), so every source is read alike, member order included; those methods throw {@link
 * IOException} only when the input cannot be read, and never close a stream they were given.
 */
public final class RegimenJson {
  /**
   * The format version this library writes, the value of {@code schemaVersion}; it reads every
   * version from 1 to this one, and upgrades an older document to the current model (see {@code
   * docs/format/json.md}, "Versions").
   */
  public static final int SCHEMA_VERSION = 2;

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEntrySpacing(Separators.Spacing.NONE)
                  .withArrayElementSpacing(Separators.Spacing.NONE)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final RegimenJson DEFAULT = builder().build();

  private final boolean pretty;
  private final JsonLimits limits;
  private final JsonFactory factory;
  private final ObjectWriteContext writeContext;

  private RegimenJson(Builder builder) {
    this.pretty = builder.pretty;
    this.limits = builder.limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // a backstop: the reader checks the depth itself, one level earlier
                    .maxNestingDepth(limits.maxDepth() == Integer.MAX_VALUE ? limits.maxDepth() : limits.maxDepth() + 1)
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxStringLength())
                    .build())
            // property names are few and recur: interned, the codecs match them by identity
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();
    this.writeContext = new WriteContext(factory, pretty);
  }

  /** {@return the default instance: pretty output and {@linkplain JsonLimits#defaults() default limits}} */
  public static RegimenJson create() {
    return DEFAULT;
  }

  /** {@return a builder, set to pretty output and default limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this instance writes pretty (indented) rather than compact output} */
  public boolean isPretty() {
    return pretty;
  }

  /** {@return the limits this instance applies when reading} */
  public JsonLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a document.
   *
   * @param kind the kind of document
   * @param value the value it holds
   * @param <T> the value's type
   * @return the JSON text
   * @throws NullPointerException if an argument is null
   * @throws ClassCastException if {@code value} is not of the kind's type
   */
  public <T> String write(DocumentKind<T> kind, T value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    kind.type().cast(value);
    // The sink of databind's writeValueAsString: segments on Jackson's recycled buffers, joined
    // once at the end, instead of a StringBuilder that doubles and copies as the text grows.
    BufferRecycler buffers = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      writeTo(out, kind, value);
      return out.getAndClear();
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory writer failed", e); // it never does
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes a document to a writer, which is flushed and left open.
   *
   * @param kind the kind of document
   * @param value the value it holds
   * @param out where to write
   * @param <T> the value's type
   * @throws NullPointerException if an argument is null
   * @throws ClassCastException if {@code value} is not of the kind's type
   * @throws IOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, Writer out) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    kind.type().cast(value);
    writeTo(out, kind, value);
  }

  /**
   * Writes a document to a stream as UTF-8 (the same text as {@link #write(DocumentKind, Object)},
   * encoded); the stream is flushed and left open.
   *
   * @param kind the kind of document
   * @param value the value it holds
   * @param out where to write
   * @param <T> the value's type
   * @throws NullPointerException if an argument is null
   * @throws ClassCastException if {@code value} is not of the kind's type
   * @throws IOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, OutputStream out) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    kind.type().cast(value);
    // never closed: closing it would close the caller's stream; flushed by writeTo
    Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writeTo(utf8, kind, value);
  }

  /** The one output path: the generator writes through the filter that escapes unsafe text. */
  private <T> void writeTo(Writer sink, DocumentKind<T> kind, T value) throws IOException {
    try (JsonGenerator g = factory.createGenerator(writeContext, new SafeJsonWriter(sink))) {
      Document.write(g, kind, value);
      if (pretty) {
        g.writeRaw('\n');
      }
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes a protocol document: {@code write(DocumentKind.PROTOCOL, protocol)}.
   *
   * @param protocol the protocol
   * @return the JSON text
   * @throws NullPointerException if {@code protocol} is null
   */
  public String writeProtocol(Protocol protocol) {
    return write(DocumentKind.PROTOCOL, Objects.requireNonNull(protocol, "protocol"));
  }

  /**
   * Writes a protocol document to a writer, which is flushed and left open: {@code
   * write(DocumentKind.PROTOCOL, protocol, out)}.
   *
   * @param protocol the protocol
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeProtocol(Protocol protocol, Writer out) throws IOException {
    write(DocumentKind.PROTOCOL, Objects.requireNonNull(protocol, "protocol"), out);
  }

  /**
   * Writes a protocol document to a stream as UTF-8; the stream is flushed and left open: {@code
   * write(DocumentKind.PROTOCOL, protocol, out)}.
   *
   * @param protocol the protocol
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeProtocol(Protocol protocol, OutputStream out) throws IOException {
    write(DocumentKind.PROTOCOL, Objects.requireNonNull(protocol, "protocol"), out);
  }

  /**
   * Writes an exercise document: {@code write(DocumentKind.EXERCISE, exercise)}.
   *
   * @param exercise the exercise
   * @return the JSON text
   * @throws NullPointerException if {@code exercise} is null
   */
  public String writeExercise(Exercise exercise) {
    return write(DocumentKind.EXERCISE, Objects.requireNonNull(exercise, "exercise"));
  }

  /**
   * Writes an exercise document to a writer, which is flushed and left open: {@code
   * write(DocumentKind.EXERCISE, exercise, out)}.
   *
   * @param exercise the exercise
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeExercise(Exercise exercise, Writer out) throws IOException {
    write(DocumentKind.EXERCISE, Objects.requireNonNull(exercise, "exercise"), out);
  }

  /**
   * Writes an exercise document to a stream as UTF-8; the stream is flushed and left open: {@code
   * write(DocumentKind.EXERCISE, exercise, out)}.
   *
   * @param exercise the exercise
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeExercise(Exercise exercise, OutputStream out) throws IOException {
    write(DocumentKind.EXERCISE, Objects.requireNonNull(exercise, "exercise"), out);
  }

  /**
   * Writes a screening report document: {@code write(DocumentKind.SCREENING_REPORT, report)}.
   *
   * @param report the screening report
   * @return the JSON text
   * @throws NullPointerException if {@code report} is null
   */
  public String writeScreeningReport(ScreeningReport report) {
    return write(DocumentKind.SCREENING_REPORT, Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes a screening report document to a writer, which is flushed and left open: {@code
   * write(DocumentKind.SCREENING_REPORT, report, out)}.
   *
   * @param report the screening report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeScreeningReport(ScreeningReport report, Writer out) throws IOException {
    write(DocumentKind.SCREENING_REPORT, Objects.requireNonNull(report, "report"), out);
  }

  /**
   * Writes a screening report document to a stream as UTF-8; the stream is flushed and left open: {@code
   * write(DocumentKind.SCREENING_REPORT, report, out)}.
   *
   * @param report the screening report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeScreeningReport(ScreeningReport report, OutputStream out) throws IOException {
    write(DocumentKind.SCREENING_REPORT, Objects.requireNonNull(report, "report"), out);
  }

  /**
   * Writes a session plan document: {@code write(DocumentKind.SESSION_PLAN, plan)}.
   *
   * @param plan the session plan
   * @return the JSON text
   * @throws NullPointerException if {@code plan} is null
   */
  public String writeSessionPlan(SessionPlan plan) {
    return write(DocumentKind.SESSION_PLAN, Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a session plan document to a writer, which is flushed and left open: {@code
   * write(DocumentKind.SESSION_PLAN, plan, out)}.
   *
   * @param plan the session plan
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeSessionPlan(SessionPlan plan, Writer out) throws IOException {
    write(DocumentKind.SESSION_PLAN, Objects.requireNonNull(plan, "plan"), out);
  }

  /**
   * Writes a session plan document to a stream as UTF-8; the stream is flushed and left open: {@code
   * write(DocumentKind.SESSION_PLAN, plan, out)}.
   *
   * @param plan the session plan
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeSessionPlan(SessionPlan plan, OutputStream out) throws IOException {
    write(DocumentKind.SESSION_PLAN, Objects.requireNonNull(plan, "plan"), out);
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a document of the given kind.
   *
   * @param kind the kind of document expected
   * @param json the JSON text
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws RegimenJsonException if the text is not a valid document of that kind (a document of
   *     another kind is reported as such)
   */
  public <T> T read(DocumentKind<T> kind, String json) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    return kind.type().cast(readText(json, kind).value());
  }

  /**
   * Reads a document of the given kind from UTF-8 bytes.
   *
   * @param kind the kind of document expected
   * @param json the JSON bytes
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws RegimenJsonException if the bytes are not a valid document of that kind in UTF-8
   */
  public <T> T read(DocumentKind<T> kind, byte[] json) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    return kind.type().cast(readBytes(json, json.length, kind).value());
  }

  /**
   * Reads a document of the given kind from a reader, which is left open.
   *
   * @param kind the kind of document expected
   * @param json the reader
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid document of that kind
   */
  public <T> T read(DocumentKind<T> kind, Reader json) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    return kind.type().cast(readText(slurp(json), kind).value());
  }

  /**
   * Reads a document of the given kind from a stream of UTF-8 bytes, which is left open.
   *
   * @param kind the kind of document expected
   * @param json the stream
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid document of that kind in UTF-8
   */
  public <T> T read(DocumentKind<T> kind, InputStream json) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return kind.type().cast(readBytes(bytes, bytes.length, kind).value());
  }

  /**
   * Reads a document of the given kind from a UTF-8 file.
   *
   * @param kind the kind of document expected
   * @param json the file
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid document of that kind in UTF-8
   */
  public <T> T read(DocumentKind<T> kind, Path json) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return read(kind, in);
    }
  }

  /**
   * Reads a document of any kind, for callers that take whatever they are given (a validator, a
   * converter): a protocol, exercise, screening report or session plan document, with its kind.
   * The rules are those of {@link #read(DocumentKind, String)}, except that any kind is welcome.
   *
   * @param json the JSON text
   * @return the document: its kind and its value
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid document of any kind
   */
  public RegimenDocument<?> readDocument(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json, null);
  }

  /**
   * Reads a document of any kind from UTF-8 bytes, as {@link #readDocument(String)} does.
   *
   * @param json the JSON bytes
   * @return the document: its kind and its value
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid document of any kind in UTF-8
   */
  public RegimenDocument<?> readDocument(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length, null);
  }

  /**
   * Reads a document of any kind from a reader, which is left open, as {@link
   * #readDocument(String)} does.
   *
   * @param json the reader
   * @return the document: its kind and its value
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid document of any kind
   */
  public RegimenDocument<?> readDocument(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readText(slurp(json), null);
  }

  /**
   * Reads a document of any kind from a stream of UTF-8 bytes, which is left open, as {@link
   * #readDocument(String)} does.
   *
   * @param json the stream
   * @return the document: its kind and its value
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid document of any kind in UTF-8
   */
  public RegimenDocument<?> readDocument(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return readBytes(bytes, bytes.length, null);
  }

  /**
   * Reads a document of any kind from a UTF-8 file, as {@link #readDocument(String)} does.
   *
   * @param json the file
   * @return the document: its kind and its value
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid document of any kind in UTF-8
   */
  public RegimenDocument<?> readDocument(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return readDocument(in);
    }
  }

  /**
   * Reads a protocol document: {@code read(DocumentKind.PROTOCOL, json)}.
   *
   * @param json the JSON text
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid protocol document
   */
  public Protocol readProtocol(String json) {
    return read(DocumentKind.PROTOCOL, json);
  }

  /**
   * Reads a protocol document from UTF-8 bytes: {@code read(DocumentKind.PROTOCOL, json)}.
   *
   * @param json the JSON bytes
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid protocol document in UTF-8
   */
  public Protocol readProtocol(byte[] json) {
    return read(DocumentKind.PROTOCOL, json);
  }

  /**
   * Reads a protocol document from a reader, which is left open: {@code read(DocumentKind.PROTOCOL, json)}.
   *
   * @param json the reader
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid protocol document
   */
  public Protocol readProtocol(Reader json) throws IOException {
    return read(DocumentKind.PROTOCOL, json);
  }

  /**
   * Reads a protocol document from a stream of UTF-8 bytes, which is left open: {@code read(DocumentKind.PROTOCOL, json)}.
   *
   * @param json the stream
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid protocol document in UTF-8
   */
  public Protocol readProtocol(InputStream json) throws IOException {
    return read(DocumentKind.PROTOCOL, json);
  }

  /**
   * Reads a protocol document from a UTF-8 file: {@code read(DocumentKind.PROTOCOL, json)}.
   *
   * @param json the file
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid protocol document in UTF-8
   */
  public Protocol readProtocol(Path json) throws IOException {
    return read(DocumentKind.PROTOCOL, json);
  }

  /**
   * Reads an exercise document: {@code read(DocumentKind.EXERCISE, json)}.
   *
   * @param json the JSON text
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid exercise document
   */
  public Exercise readExercise(String json) {
    return read(DocumentKind.EXERCISE, json);
  }

  /**
   * Reads an exercise document from UTF-8 bytes: {@code read(DocumentKind.EXERCISE, json)}.
   *
   * @param json the JSON bytes
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid exercise document in UTF-8
   */
  public Exercise readExercise(byte[] json) {
    return read(DocumentKind.EXERCISE, json);
  }

  /**
   * Reads an exercise document from a reader, which is left open: {@code read(DocumentKind.EXERCISE, json)}.
   *
   * @param json the reader
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid exercise document
   */
  public Exercise readExercise(Reader json) throws IOException {
    return read(DocumentKind.EXERCISE, json);
  }

  /**
   * Reads an exercise document from a stream of UTF-8 bytes, which is left open: {@code read(DocumentKind.EXERCISE, json)}.
   *
   * @param json the stream
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid exercise document in UTF-8
   */
  public Exercise readExercise(InputStream json) throws IOException {
    return read(DocumentKind.EXERCISE, json);
  }

  /**
   * Reads an exercise document from a UTF-8 file: {@code read(DocumentKind.EXERCISE, json)}.
   *
   * @param json the file
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid exercise document in UTF-8
   */
  public Exercise readExercise(Path json) throws IOException {
    return read(DocumentKind.EXERCISE, json);
  }

  /**
   * Reads a screening report document: {@code read(DocumentKind.SCREENING_REPORT, json)}.
   *
   * @param json the JSON text
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid screening report document
   */
  public ScreeningReport readScreeningReport(String json) {
    return read(DocumentKind.SCREENING_REPORT, json);
  }

  /**
   * Reads a screening report document from UTF-8 bytes: {@code read(DocumentKind.SCREENING_REPORT, json)}.
   *
   * @param json the JSON bytes
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid screening report document in UTF-8
   */
  public ScreeningReport readScreeningReport(byte[] json) {
    return read(DocumentKind.SCREENING_REPORT, json);
  }

  /**
   * Reads a screening report document from a reader, which is left open: {@code read(DocumentKind.SCREENING_REPORT, json)}.
   *
   * @param json the reader
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid screening report document
   */
  public ScreeningReport readScreeningReport(Reader json) throws IOException {
    return read(DocumentKind.SCREENING_REPORT, json);
  }

  /**
   * Reads a screening report document from a stream of UTF-8 bytes, which is left open: {@code read(DocumentKind.SCREENING_REPORT, json)}.
   *
   * @param json the stream
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid screening report document in UTF-8
   */
  public ScreeningReport readScreeningReport(InputStream json) throws IOException {
    return read(DocumentKind.SCREENING_REPORT, json);
  }

  /**
   * Reads a screening report document from a UTF-8 file: {@code read(DocumentKind.SCREENING_REPORT, json)}.
   *
   * @param json the file
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid screening report document in UTF-8
   */
  public ScreeningReport readScreeningReport(Path json) throws IOException {
    return read(DocumentKind.SCREENING_REPORT, json);
  }

  /**
   * Reads a session plan document: {@code read(DocumentKind.SESSION_PLAN, json)}.
   *
   * @param json the JSON text
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid session plan document
   */
  public SessionPlan readSessionPlan(String json) {
    return read(DocumentKind.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan document from UTF-8 bytes: {@code read(DocumentKind.SESSION_PLAN, json)}.
   *
   * @param json the JSON bytes
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid session plan document in UTF-8
   */
  public SessionPlan readSessionPlan(byte[] json) {
    return read(DocumentKind.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan document from a reader, which is left open: {@code read(DocumentKind.SESSION_PLAN, json)}.
   *
   * @param json the reader
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid session plan document
   */
  public SessionPlan readSessionPlan(Reader json) throws IOException {
    return read(DocumentKind.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan document from a stream of UTF-8 bytes, which is left open: {@code read(DocumentKind.SESSION_PLAN, json)}.
   *
   * @param json the stream
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid session plan document in UTF-8
   */
  public SessionPlan readSessionPlan(InputStream json) throws IOException {
    return read(DocumentKind.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan document from a UTF-8 file: {@code read(DocumentKind.SESSION_PLAN, json)}.
   *
   * @param json the file
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid session plan document in UTF-8
   */
  public SessionPlan readSessionPlan(Path json) throws IOException {
    return read(DocumentKind.SESSION_PLAN, json);
  }

  private RegimenDocument<?> readText(String json, DocumentKind<?> kind) {
    if (json.length() > limits.maxDocumentLength()) {
      throw tooLong(json::charAt, "characters");
    }
    // one U+FEFF at the start is a byte-order mark that survived decoding: ignored
    int start = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    if (start == 1 && json.length() > 1 && json.charAt(1) == '\uFEFF') {
      throw secondBom(2);
    }
    return parse(
        start == 0
            ? () -> factory.createParser(ObjectReadContext.empty(), json)
            : () -> factory.createParser(ObjectReadContext.empty(), json.substring(start)),
        kind);
  }

  private RegimenDocument<?> readBytes(byte[] json, int length, DocumentKind<?> kind) {
    if (length > limits.maxDocumentLength()) {
      throw tooLong(i -> (char) json[i], "bytes");
    }
    String other = Utf8.otherEncoding(json, length);
    if (other != null) {
      throw new RegimenJsonException(
          Kind.MALFORMED,
          new JsonProblem("", "the document is not UTF-8 but " + other + "; Regimen JSON is UTF-8", 1, 1),
          "UTF-8",
          null);
    }
    int start = Utf8.hasBomAt(json, 0, length) ? Utf8.BOM_LENGTH : 0;
    if (start > 0 && Utf8.hasBomAt(json, start, length)) {
      throw secondBom(start + 1);
    }
    int bad = Utf8.firstInvalid(json, start, length);
    if (bad >= 0) {
      throw invalidUtf8(json, start, bad, length);
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json, start, length - start), kind);
  }

  /** The problem of a document that starts with two byte-order marks, which Jackson would skip both of. */
  private static RegimenJsonException secondBom(int column) {
    return new RegimenJsonException(
        Kind.MALFORMED,
        new JsonProblem("", "a second byte-order mark (U+FEFF) follows the first; at most one may start the document", 1, column),
        "at most one byte-order mark",
        null);
  }

  /**
   * The problem of bytes that are not UTF-8, at the byte where the ill-formed sequence starts: its
   * offset, line and column (in bytes, as for every problem of binary input), and the pointer of the
   * element it is in, found by parsing the well-formed bytes before it.
   */
  private RegimenJsonException invalidUtf8(byte[] json, int start, int bad, int length) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (json[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String pointer = "";
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json, start, bad - start)) {
      try {
        while (p.nextToken() != null) {
          pointer = p.streamReadContext().pathAsPointer().toString();
        }
      } catch (JacksonException e) {
        pointer = p.streamReadContext().pathAsPointer().toString();
      }
    } catch (JacksonException e) {
      // the bytes before it are not a JSON prefix: the problem concerns the document
    }
    return new RegimenJsonException(
        Kind.MALFORMED,
        new JsonProblem(
            pointer,
            "malformed UTF-8 at byte offset " + bad + ": " + Utf8.describe(json, bad, length),
            line,
            bad - lineStart + 1),
        "UTF-8 as RFC 3629 defines it",
        null);
  }

  private RegimenDocument<?> parse(Supplier<JsonParser> open, DocumentKind<?> kind) {
    JsonParser p;
    try {
      p = open.get();
    } catch (JacksonException e) {
      throw new RegimenJsonException(
          Kind.MALFORMED, JsonIn.at("", "malformed JSON: " + JsonIn.strip(String.valueOf(e.getOriginalMessage())), e.getLocation()), null, e);
    }
    try {
      JsonIn in = new JsonIn(p, limits, new Locator(open));
      try {
        return Document.read(in, kind, open);
      } catch (JacksonException e) {
        throw in.fromJackson(e);
      }
    } finally {
      try {
        p.close();
      } catch (JacksonException e) {
        // an in-memory parser has nothing to release; nothing to report
      }
    }
  }

  /** The problem of a document longer than the limit, at the first unit past it. */
  private RegimenJsonException tooLong(java.util.function.IntUnaryOperator unitAt, String unit) {
    int limit = limits.maxDocumentLength();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < limit; i++) {
      if (unitAt.applyAsInt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new RegimenJsonException(
        Kind.LIMIT_EXCEEDED,
        new JsonProblem(
            "",
            "document is longer than " + limit + " " + unit + " (maxDocumentLength)",
            line,
            limit - lineStart + 1),
        "at most " + limit + " " + unit,
        null);
  }

  /** Reads at most the limit plus one character, so a longer document is known to be too long. */
  private String slurp(Reader in) throws IOException {
    int max = limits.maxDocumentLength() == Integer.MAX_VALUE ? Integer.MAX_VALUE : limits.maxDocumentLength() + 1;
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    while (text.length() < max) {
      int n = in.read(buffer, 0, Math.min(buffer.length, max - text.length()));
      if (n < 0) {
        break;
      }
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  /** Reads at most the limit plus one byte, so a longer document is known to be too long. */
  private byte[] slurp(InputStream in) throws IOException {
    int max = limits.maxDocumentLength() == Integer.MAX_VALUE ? Integer.MAX_VALUE : limits.maxDocumentLength() + 1;
    return in.readNBytes(max);
  }

  /** {@return a description such as {@code RegimenJson[pretty, JsonLimits[...]]}} */
  @Override
  public String toString() {
    return "RegimenJson[" + (pretty ? "pretty" : "compact") + ", " + limits + "]";
  }

  /** Builds a {@link RegimenJson}. Not thread-safe; the instances it builds are. */
  public static final class Builder {
    private boolean pretty = true;
    private JsonLimits limits = JsonLimits.defaults();

    private Builder() {}

    /**
     * Writes indented output, two spaces a level, ending with a newline (the default).
     *
     * @return this builder
     */
    public Builder pretty() {
      this.pretty = true;
      return this;
    }

    /**
     * Writes compact output: one line, no final newline.
     *
     * @return this builder
     */
    public Builder compact() {
      this.pretty = false;
      return this;
    }

    /**
     * Sets the limits applied when reading.
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** {@return a new, immutable {@link RegimenJson} with this builder's settings} */
    public RegimenJson build() {
      return new RegimenJson(this);
    }
  }

  /** Gives each generator its own pretty printer (they keep the nesting level). */
  private static final class WriteContext extends ObjectWriteContext.Base {
    private final JsonFactory factory;
    private final boolean pretty;

    WriteContext(JsonFactory factory, boolean pretty) {
      this.factory = factory;
      this.pretty = pretty;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return pretty ? PRETTY.createInstance() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }
  }
}
