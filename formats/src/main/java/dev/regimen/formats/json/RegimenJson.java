package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
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
 * String text = json.writeProtocol(protocol);
 * Protocol back = json.readProtocol(text);              // equals protocol
 * String report = json.writeScreeningReport(Screening.screen(protocol, profile));
 * String plan = json.writeSessionPlan(SessionPlan.of(protocol));
 *
 * RegimenJson strict = RegimenJson.builder()
 *     .compact()
 *     .limits(JsonLimits.defaults().withMaxDocumentLength(1_000_000))
 *     .build();
 * }</pre>
 *
 * <p><b>Writing</b> is deterministic: the same value always gives the same text, properties in a
 * fixed order. Pretty output indents by two spaces, puts each array element and property on its
 * own line and ends with a newline; compact output is one line without a final newline. Writing
 * to an {@code OutputStream} gives the UTF-8 bytes of the same text. Text is written as it is,
 * non-ASCII letters and emoji included, except that control characters (C0, DEL, C1) and format
 * characters (such as the bidirectional overrides) are escaped ({@code \}{@code u202E}), so that a
 * document cannot look other than it is in a terminal or an editor, and so is a surrogate without
 * its pair (which no encoding could write); they read back as the same characters.
 *
 * <p><b>Reading</b> is strict and never returns a half-built value. Every problem with the input
 * (malformed JSON, wrong types, unknown, missing or duplicate properties, an unsupported {@code
 * schemaVersion}, content after the document, a broken {@link JsonLimits limit}, a value that
 * breaks a rule of the model) is reported as a {@link RegimenJsonException} naming the JSON
 * Pointer, line and column of the element at fault. Reading from a {@code Reader}, {@code
 * InputStream} or {@code Path} reads the input into memory first (at most {@link
 * JsonLimits#maxDocumentLength()} plus one character or byte); those methods throw {@link
 * IOException} only when the input cannot be read, and never close a stream they were given.
 */
public final class RegimenJson {
  /** The format version this library writes and reads, the value of {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

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
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .characterEscapes(SafeEscapes.INSTANCE)
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
   * Writes a protocol document.
   *
   * @param protocol the protocol
   * @return the JSON text
   * @throws NullPointerException if {@code protocol} is null
   */
  public String writeProtocol(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return writeString(Document.PROTOCOL, protocol, ProtocolCodec::write);
  }

  /**
   * Writes a protocol document to a writer, which is flushed and left open.
   *
   * @param protocol the protocol
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeProtocol(Protocol protocol, Writer out) throws IOException {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, new SurrogateEscapingWriter(out)),
        Document.PROTOCOL,
        protocol,
        ProtocolCodec::write);
  }

  /**
   * Writes a protocol document to a stream as UTF-8; the stream is flushed and left open.
   *
   * @param protocol the protocol
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeProtocol(Protocol protocol, OutputStream out) throws IOException {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, out, JsonEncoding.UTF8),
        Document.PROTOCOL,
        protocol,
        ProtocolCodec::write);
  }

  /**
   * Writes an exercise document.
   *
   * @param exercise the exercise
   * @return the JSON text
   * @throws NullPointerException if {@code exercise} is null
   */
  public String writeExercise(Exercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    return writeString(Document.EXERCISE, exercise, ExerciseCodec::write);
  }

  /**
   * Writes an exercise document to a writer, which is flushed and left open.
   *
   * @param exercise the exercise
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeExercise(Exercise exercise, Writer out) throws IOException {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, new SurrogateEscapingWriter(out)),
        Document.EXERCISE,
        exercise,
        ExerciseCodec::write);
  }

  /**
   * Writes an exercise document to a stream as UTF-8; the stream is flushed and left open.
   *
   * @param exercise the exercise
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeExercise(Exercise exercise, OutputStream out) throws IOException {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, out, JsonEncoding.UTF8),
        Document.EXERCISE,
        exercise,
        ExerciseCodec::write);
  }

  /**
   * Writes a screening report document.
   *
   * @param report the screening report
   * @return the JSON text
   * @throws NullPointerException if {@code report} is null
   */
  public String writeScreeningReport(ScreeningReport report) {
    Objects.requireNonNull(report, "report");
    return writeString(Document.SCREENING_REPORT, report, ScreeningReportCodec::write);
  }

  /**
   * Writes a screening report document to a writer, which is flushed and left open.
   *
   * @param report the screening report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeScreeningReport(ScreeningReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    write(() -> factory.createGenerator(writeContext, out), Document.SCREENING_REPORT, report, ScreeningReportCodec::write);
  }

  /**
   * Writes a screening report document to a stream as UTF-8; the stream is flushed and left open.
   *
   * @param report the screening report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeScreeningReport(ScreeningReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, out, JsonEncoding.UTF8),
        Document.SCREENING_REPORT,
        report,
        ScreeningReportCodec::write);
  }

  /**
   * Writes a session plan document.
   *
   * @param plan the session plan
   * @return the JSON text
   * @throws NullPointerException if {@code plan} is null
   */
  public String writeSessionPlan(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return writeString(Document.SESSION_PLAN, plan, SessionPlanCodec::write);
  }

  /**
   * Writes a session plan document to a writer, which is flushed and left open.
   *
   * @param plan the session plan
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeSessionPlan(SessionPlan plan, Writer out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    write(() -> factory.createGenerator(writeContext, out), Document.SESSION_PLAN, plan, SessionPlanCodec::write);
  }

  /**
   * Writes a session plan document to a stream as UTF-8; the stream is flushed and left open.
   *
   * @param plan the session plan
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void writeSessionPlan(SessionPlan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    write(
        () -> factory.createGenerator(writeContext, out, JsonEncoding.UTF8),
        Document.SESSION_PLAN,
        plan,
        SessionPlanCodec::write);
  }

  private <T> String writeString(String kind, T value, BiConsumer<JsonGenerator, T> body) {
    // The sink of databind's writeValueAsString: segments on Jackson's recycled buffers, joined
    // once at the end, instead of a StringBuilder that doubles and copies as the text grows.
    BufferRecycler buffers = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = factory.createGenerator(writeContext, new SurrogateEscapingWriter(out))) {
        writeDocument(g, kind, value, body);
        g.flush();
      }
      return out.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  private <T> void write(
      Supplier<JsonGenerator> open, String kind, T value, BiConsumer<JsonGenerator, T> body)
      throws IOException {
    try (JsonGenerator g = open.get()) {
      writeDocument(g, kind, value, body);
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  private <T> void writeDocument(JsonGenerator g, String kind, T value, BiConsumer<JsonGenerator, T> body) {
    Document.write(g, kind, value, body);
    if (pretty) {
      g.writeRaw('\n');
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a protocol document.
   *
   * @param json the JSON text
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid protocol document
   */
  public Protocol readProtocol(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json, Document.PROTOCOL, ProtocolCodec::read);
  }

  /**
   * Reads a protocol document from UTF-8 bytes.
   *
   * @param json the JSON bytes
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid protocol document
   */
  public Protocol readProtocol(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length, Document.PROTOCOL, ProtocolCodec::read);
  }

  /**
   * Reads a protocol document from a reader, which is left open.
   *
   * @param json the reader
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid protocol document
   */
  public Protocol readProtocol(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readText(slurp(json), Document.PROTOCOL, ProtocolCodec::read);
  }

  /**
   * Reads a protocol document from a stream of UTF-8 bytes, which is left open.
   *
   * @param json the stream
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid protocol document
   */
  public Protocol readProtocol(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return readBytes(bytes, bytes.length, Document.PROTOCOL, ProtocolCodec::read);
  }

  /**
   * Reads a protocol document from a UTF-8 file.
   *
   * @param json the file
   * @return the protocol
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid protocol document
   */
  public Protocol readProtocol(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return readProtocol(in);
    }
  }

  /**
   * Reads an exercise document.
   *
   * @param json the JSON text
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid exercise document
   */
  public Exercise readExercise(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json, Document.EXERCISE, ExerciseCodec::read);
  }

  /**
   * Reads an exercise document from UTF-8 bytes.
   *
   * @param json the JSON bytes
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid exercise document
   */
  public Exercise readExercise(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length, Document.EXERCISE, ExerciseCodec::read);
  }

  /**
   * Reads an exercise document from a reader, which is left open.
   *
   * @param json the reader
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid exercise document
   */
  public Exercise readExercise(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readText(slurp(json), Document.EXERCISE, ExerciseCodec::read);
  }

  /**
   * Reads an exercise document from a stream of UTF-8 bytes, which is left open.
   *
   * @param json the stream
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid exercise document
   */
  public Exercise readExercise(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return readBytes(bytes, bytes.length, Document.EXERCISE, ExerciseCodec::read);
  }

  /**
   * Reads an exercise document from a UTF-8 file.
   *
   * @param json the file
   * @return the exercise
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid exercise document
   */
  public Exercise readExercise(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return readExercise(in);
    }
  }

  /**
   * Reads a screening report document.
   *
   * @param json the JSON text
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid screening report document
   */
  public ScreeningReport readScreeningReport(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json, Document.SCREENING_REPORT, ScreeningReportCodec::read);
  }

  /**
   * Reads a screening report document from UTF-8 bytes.
   *
   * @param json the JSON bytes
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid screening report document
   */
  public ScreeningReport readScreeningReport(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length, Document.SCREENING_REPORT, ScreeningReportCodec::read);
  }

  /**
   * Reads a screening report document from a reader, which is left open.
   *
   * @param json the reader
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid screening report document
   */
  public ScreeningReport readScreeningReport(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readText(slurp(json), Document.SCREENING_REPORT, ScreeningReportCodec::read);
  }

  /**
   * Reads a screening report document from a stream of UTF-8 bytes, which is left open.
   *
   * @param json the stream
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid screening report document
   */
  public ScreeningReport readScreeningReport(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return readBytes(bytes, bytes.length, Document.SCREENING_REPORT, ScreeningReportCodec::read);
  }

  /**
   * Reads a screening report document from a UTF-8 file.
   *
   * @param json the file
   * @return the screening report
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid screening report document
   */
  public ScreeningReport readScreeningReport(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return readScreeningReport(in);
    }
  }

  /**
   * Reads a session plan document.
   *
   * @param json the JSON text
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the text is not a valid session plan document
   */
  public SessionPlan readSessionPlan(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json, Document.SESSION_PLAN, SessionPlanCodec::read);
  }

  /**
   * Reads a session plan document from UTF-8 bytes.
   *
   * @param json the JSON bytes
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws RegimenJsonException if the bytes are not a valid session plan document
   */
  public SessionPlan readSessionPlan(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length, Document.SESSION_PLAN, SessionPlanCodec::read);
  }

  /**
   * Reads a session plan document from a reader, which is left open.
   *
   * @param json the reader
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the reader fails
   * @throws RegimenJsonException if the text is not a valid session plan document
   */
  public SessionPlan readSessionPlan(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readText(slurp(json), Document.SESSION_PLAN, SessionPlanCodec::read);
  }

  /**
   * Reads a session plan document from a stream of UTF-8 bytes, which is left open.
   *
   * @param json the stream
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the stream fails
   * @throws RegimenJsonException if the bytes are not a valid session plan document
   */
  public SessionPlan readSessionPlan(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    byte[] bytes = slurp(json);
    return readBytes(bytes, bytes.length, Document.SESSION_PLAN, SessionPlanCodec::read);
  }

  /**
   * Reads a session plan document from a UTF-8 file.
   *
   * @param json the file
   * @return the session plan
   * @throws NullPointerException if {@code json} is null
   * @throws IOException if the file cannot be read
   * @throws RegimenJsonException if the file is not a valid session plan document
   */
  public SessionPlan readSessionPlan(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (InputStream in = Files.newInputStream(json)) {
      return readSessionPlan(in);
    }
  }

  private <T> T readText(String json, String kind, Function<JsonIn, T> body) {
    if (json.length() > limits.maxDocumentLength()) {
      throw tooLong(json::charAt, "characters");
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json), kind, body);
  }

  private <T> T readBytes(byte[] json, int length, String kind, Function<JsonIn, T> body) {
    if (length > limits.maxDocumentLength()) {
      throw tooLong(i -> (char) json[i], "bytes");
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json, 0, length), kind, body);
  }

  private <T> T parse(Supplier<JsonParser> open, String kind, Function<JsonIn, T> body) {
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
        return Document.read(in, kind, body);
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
