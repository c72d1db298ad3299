package dev.regimen.formats.json;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

/**
 * What the strict UTF-8 check of binary input costs: the check alone ({@code check}, the reader's
 * package-private {@code Utf8.firstInvalid}, which is why this benchmark sits in the reader's
 * package) against the whole read it is part of ({@code readBytes}, {@link
 * RegimenJson#readProtocol(byte[])}, which checks and then parses) and against the JDK's strict
 * decoder over the same bytes ({@code jdkStrictDecode}, what a caller would otherwise run first).
 * The ratio {@code check / readBytes} is the share of a read that the check takes; {@code
 * readBytes} without it would take {@code readBytes - check}.
 *
 * <p>The documents: the bundled L5-S1 protocol and synthetic ones of 1,000 and 10,000 entries
 * ({@code ascii}: the corpus as it is, ASCII but for a few punctuation marks), and the same with
 * every exercise name in Greek, Japanese and accented Latin ({@code mixed}), where the check leaves
 * its eight-bytes-at-a-time path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class Utf8Benchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "1000", "10000"})
  public String protocol;

  /** The text: the corpus as it is, or with non-ASCII exercise names. */
  @Param({"ascii", "mixed"})
  public String text;

  private RegimenJson json;
  private byte[] bytes;
  private Protocol model;

  /**
   * Writes the document and checks that the reader reads it back.
   *
   * @throws IllegalStateException if it does not
   */
  @Setup
  public void setUp() {
    model = Corpus.protocol(protocol);
    if (text.equals("mixed")) {
      List<ProtocolEntry> entries = new ArrayList<>();
      for (ProtocolEntry entry : model.entries()) {
        Exercise named =
            Exercise.builder().from(entry.exercise()).name(entry.exercise().name() + " Ωμέγα 日本語 naïve café").build();
        entries.add(ProtocolEntry.of(named, entry.dosage()));
      }
      model = Protocol.builder().from(model).entries(entries).build();
    }
    json = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(Integer.MAX_VALUE)).build();
    bytes = json.writeProtocol(model).getBytes(StandardCharsets.UTF_8);
    if (!json.readProtocol(bytes).equals(model) || check() != -1) {
      throw new IllegalStateException("the document does not read back");
    }
  }

  /** {@return -1: the index of the first ill-formed byte, by the reader's check alone} */
  @Benchmark
  public int check() {
    return Utf8.firstInvalid(bytes, 0, bytes.length);
  }

  /** {@return the protocol, read from the bytes: the check, then the parse} */
  @Benchmark
  public Protocol readBytes() {
    return json.readProtocol(bytes);
  }

  /**
   * {@return the characters, decoded by the JDK's strict decoder}
   *
   * @throws CharacterCodingException never: the bytes are UTF-8
   */
  @Benchmark
  public CharBuffer jdkStrictDecode() throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes));
  }
}
