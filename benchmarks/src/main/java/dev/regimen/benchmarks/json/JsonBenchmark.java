package dev.regimen.benchmarks.json;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainJson;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.json.JsonLimits;
import dev.regimen.formats.json.RegimenJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regimen's JSON codec against what a user would use instead, on the same document:
 *
 * <ul>
 *   <li>{@code write}: {@link RegimenJson#writeProtocol(Protocol)} to a string, against plain
 *       Jackson databind writing the equivalent {@link Plain} records ({@code writeDatabind}, the
 *       same bytes) and against a Jackson generator writing the document's recorded tokens ({@code
 *       writeFloor}: the same bytes with no model to read, into the string sink databind uses, the
 *       floor for a Jackson-based writer);
 *   <li>{@code read}: {@link RegimenJson#readProtocol(byte[])} from UTF-8 bytes, against databind
 *       reading the records ({@code readDatabind}) and against a Jackson parser that passes over
 *       every token and decodes every string and number without building anything ({@code
 *       readFloor}, the floor for a Jackson-based reader).
 * </ul>
 *
 * The setup checks that the baselines are equivalent: databind writes the same text as Regimen
 * and reads back the same records; the floor writes the same text; Regimen reads back the same
 * protocol. The reader's document-length limit is raised, as a user with large documents would.
 *
 * <p>Warm-up: on the 2-core machine of docs/benchmarks.md, Regimen's reader and databind each
 * took about six one-second iterations to reach a steady state (both run a lot of code: codecs,
 * builders, checks, or databind's deserializers); the floors, a few lines each, take three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class JsonBenchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "10", "100", "1000", "10000"})
  public String protocol;

  private Protocol model;
  private Plain.Document records;
  private RegimenJson json;
  private JsonMapper mapper;
  private JsonFactory floorFactory;
  private TokenTape tape;
  private byte[] bytes;

  /**
   * Builds the protocol, its records and its document, and checks the baselines' equivalence.
   *
   * @throws IllegalStateException if a baseline is not equivalent
   */
  @Setup
  public void setUp() {
    model = Corpus.protocol(protocol);
    records = new Plain.Document(RegimenJson.SCHEMA_VERSION, PlainConversion.toPlain(model));
    json =
        RegimenJson.builder()
            .limits(JsonLimits.defaults().withMaxDocumentLength(Integer.MAX_VALUE))
            .build();
    mapper = PlainJson.mapper();
    floorFactory = new JsonFactory();
    String text = json.writeProtocol(model);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    tape = TokenTape.record(bytes);
    check(writeDatabind() + "\n", text, "databind's text");
    check(writeFloor(), text, "the floor's text");
    check(readRegimen(), model, "Regimen's reading");
    check(readDatabind(), records, "databind's reading");
  }

  static void check(Object actual, Object expected, String what) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException(what + " differs from Regimen's; the baseline is not equivalent");
    }
  }

  /** {@return the document written by Regimen} */
  @Benchmark
  public String writeRegimen() {
    return json.writeProtocol(model);
  }

  /** {@return the same document written by databind from the records} */
  @Benchmark
  public String writeDatabind() {
    return mapper.writeValueAsString(records);
  }

  /** {@return the same document written by a generator from its recorded tokens} */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public String writeFloor() {
    // the sink of databind's writeValueAsString: segments on Jackson's recycled buffers
    BufferRecycler buffers = floorFactory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = mapper.createGenerator(out)) {
        tape.replay(g);
        g.writeRaw('\n');
      }
      return out.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  /** {@return the protocol read by Regimen} */
  @Benchmark
  public Protocol readRegimen() {
    return json.readProtocol(bytes);
  }

  /** {@return the records read by databind} */
  @Benchmark
  public Plain.Document readDatabind() {
    return mapper.readValue(bytes, Plain.Document.class);
  }

  /** {@return a checksum of a pass over every token, decoding every string and number} */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public long readFloor() {
    long sum = 0;
    try (JsonParser p = floorFactory.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          sum += p.getStringLength();
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getIntValue();
        } else {
          sum++;
        }
      }
    }
    return sum;
  }
}
