package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module for applications that embed Regimen protocols, exercises, screening reports
 * and session plans in their own Jackson documents: register it and {@link Protocol}, {@link
 * Exercise}, {@link ScreeningReport} and {@link SessionPlan} values (fields of records or beans,
 * elements of collections, map values) are written and read in the Regimen format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RegimenJacksonModule()).build();
 * record Assignment(String patient, Protocol protocol) {}
 * String json = mapper.writeValueAsString(new Assignment("p-17", protocol));
 * Assignment back = mapper.readValue(json, Assignment.class);
 * }</pre>
 *
 * <p>An embedded value has the same shape as the {@code protocol}, {@code exercise}, {@code
 * screeningReport} or {@code sessionPlan} object of a Regimen document, without the document's
 * {@code schemaVersion}: the embedding document owns its versioning. The rules are those of {@link
 * RegimenJson}'s reader (unknown, duplicate and missing properties, types, the model's rules), and
 * a problem is reported as a {@link DatabindException} whose message names the JSON Pointer (within
 * the whole document) and position of the element at fault and whose cause is the {@link
 * RegimenJsonException}. Malformed JSON is reported by Jackson as usual. The document's length,
 * nesting depth and string lengths are governed by the mapper's own {@code StreamReadConstraints};
 * the length of each array is limited to {@link JsonLimits#DEFAULT_MAX_ARRAY_LENGTH} elements. For
 * a rule of the model the line and column are those of the start of the object that broke it.
 *
 * <p>What the module writes, it reads: writing a value with an array longer than that (a session
 * plan of more cues) fails with a {@link DatabindException} whose cause is the {@link
 * RegimenJsonException} reading it would give.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegimenJacksonModule extends JacksonModule {
  private static final JsonLimits LIMITS =
      JsonLimits.defaults().withMaxDepth(Integer.MAX_VALUE).withMaxStringLength(Integer.MAX_VALUE);

  /** Creates the module. */
  public RegimenJacksonModule() {}

  /** {@return {@code "regimen"}} */
  @Override
  public String getModuleName() {
    return "regimen";
  }

  /** {@return the unknown version: the module follows the version of the regimen-formats jar} */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers of {@link Protocol}, {@link Exercise}, {@link
   * ScreeningReport} and {@link SessionPlan}.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Protocol.class, new Serializer<>(Protocol.class, ProtocolCodec::write));
    serializers.addSerializer(Exercise.class, new Serializer<>(Exercise.class, ExerciseCodec::write));
    serializers.addSerializer(
        ScreeningReport.class, new Serializer<>(ScreeningReport.class, ScreeningReportCodec::write));
    serializers.addSerializer(
        SessionPlan.class, new Serializer<>(SessionPlan.class, SessionPlanCodec::write));
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Protocol.class, new Deserializer<>(Protocol.class, ProtocolCodec::read));
    deserializers.addDeserializer(Exercise.class, new Deserializer<>(Exercise.class, ExerciseCodec::read));
    deserializers.addDeserializer(
        ScreeningReport.class,
        new Deserializer<>(ScreeningReport.class, ScreeningReportCodec::read));
    deserializers.addDeserializer(
        SessionPlan.class, new Deserializer<>(SessionPlan.class, SessionPlanCodec::read));
    context.addDeserializers(deserializers);
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<JsonGenerator, T> write;

    Serializer(Class<T> type, BiConsumer<JsonGenerator, T> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      try {
        write.accept(new ArrayBound(g), value);
      } catch (RegimenJsonException e) {
        throw DatabindException.from(g, e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /**
   * The application's generator, refusing an array longer than the module's reader takes, with
   * the problem reading it would report (at the element past the limit, without a position: the
   * text is the application's): what the module writes, it reads.
   */
  private static final class ArrayBound extends JsonGeneratorDelegate {
    ArrayBound(JsonGenerator g) {
      super(g, true);
    }

    @Override
    public JsonGenerator writeStartArray(Object currentValue, int size) {
      int max = LIMITS.maxArrayLength();
      if (size > max) {
        String pointer = delegate.streamWriteContext().pathAsPointer().appendIndex(max).toString();
        throw new RegimenJsonException(
            RegimenJsonException.Kind.LIMIT_EXCEEDED,
            new JsonProblem(pointer, JsonIn.arrayTooLong(max), -1, -1),
            JsonIn.arrayExpected(max),
            null);
      }
      return super.writeStartArray(currentValue, size);
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<JsonIn, T> read;

    Deserializer(Class<T> type, Function<JsonIn, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      try {
        return read.apply(new JsonIn(p, LIMITS, null));
      } catch (RegimenJsonException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
