package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Judges what the JSON reader does with one input. The contract every input must meet: the reader
 * returns a value that writes and reads back as itself, or throws a {@link RegimenJsonException}
 * that is well formed (a kind, at least one problem, a JSON Pointer, a position or none, a one-line
 * message free of control characters); within a time limit. Anything else (another exception, an
 * error such as a stack overflow, a malformed report, a hang) is a failure.
 *
 * <p>The oracle is differential: what the reader accepts is judged again by two second opinions
 * that share no code with it, so that a wrong <em>acceptance</em> fails the run, not only a crash.
 * Bytes it accepts must be UTF-8 by the JDK's strict decoder (after the one byte-order mark the
 * format allows), and the document must be valid by the shipped JSON Schema of the version it
 * states (read by the networknt validator): a version 1 document by the version 1 schema, which
 * the reader must not stretch; either disagreement is a failure ({@code FAILURE_ACCEPTED_NOT_UTF8},
 * {@code FAILURE_ACCEPTED_AGAINST_SCHEMA}).
 *
 * <p>Each input is read on a worker thread so that a hang is caught; a worker that hangs is
 * abandoned (it is a daemon) and replaced. Not thread-safe: one oracle per thread.
 */
final class FuzzOracle implements AutoCloseable {
  /** What a document is read as. */
  enum Target {
    PROTOCOL,
    EXERCISE
  }

  /** How the bytes are given to the reader. */
  enum Channel {
    /** {@code readX(byte[])}: Jackson's UTF-8 byte parser. */
    BYTES,
    /** {@code readX(String)} of the bytes decoded as UTF-8: Jackson's character parser. */
    TEXT
  }

  /**
   * The result of one input.
   *
   * @param label {@code VALID}, the exception's kind, or a failure label starting with {@code
   *     FAILURE}
   * @param failure what went wrong, for failures; null otherwise
   */
  record Outcome(String label, Throwable failure) {
    boolean failed() {
      return failure != null;
    }
  }

  private final long timeoutMillis;
  private ExecutorService worker;

  /**
   * An oracle.
   *
   * @param timeoutMillis the longest one input may take before it counts as a hang
   */
  FuzzOracle(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.worker = newWorker();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-reader");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Reads one input and judges the result.
   *
   * @param json the reader
   * @param input the bytes
   * @param target what to read them as
   * @param channel how to give them to the reader
   * @return the outcome
   */
  Outcome check(RegimenJson json, byte[] input, Target target, Channel channel) {
    Future<Outcome> result = worker.submit(() -> judge(json, input, target, channel));
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Outcome("FAILURE_HANG", new AssertionError("no result within " + timeoutMillis + " ms"));
    } catch (ExecutionException e) {
      return new Outcome("FAILURE_" + e.getCause().getClass().getSimpleName(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Outcome judge(RegimenJson json, byte[] input, Target target, Channel channel) {
    try {
      Object value = read(json, input, target, channel);
      String utf8 = channel == Channel.BYTES ? notStrictUtf8(input) : null;
      if (utf8 != null) {
        return new Outcome("FAILURE_ACCEPTED_NOT_UTF8", new AssertionError("accepted, but " + utf8));
      }
      String schema = againstSchema(channel == Channel.BYTES ? decoded(input) : new String(input, StandardCharsets.UTF_8));
      if (schema != null) {
        return new Outcome("FAILURE_ACCEPTED_AGAINST_SCHEMA", new AssertionError("accepted, but " + schema));
      }
      String problem = checkRoundTrip(json, value, target);
      return problem == null
          ? new Outcome("VALID", null)
          : new Outcome("FAILURE_ROUND_TRIP", new AssertionError(problem));
    } catch (RegimenJsonException e) {
      String problem = checkReport(e);
      return problem == null
          ? new Outcome(e.kind().name(), null)
          : new Outcome("FAILURE_BAD_REPORT", new AssertionError(problem, e));
    } catch (Throwable e) { // anything else, errors included, is what the campaign looks for
      return new Outcome("FAILURE_" + e.getClass().getSimpleName(), e);
    }
  }

  private static Object read(RegimenJson json, byte[] input, Target target, Channel channel) {
    if (channel == Channel.BYTES) {
      return target == Target.PROTOCOL ? json.readProtocol(input) : json.readExercise(input);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    return target == Target.PROTOCOL ? json.readProtocol(text) : json.readExercise(text);
  }

  /**
   * The first second opinion: {@return null when the bytes are UTF-8 by the JDK's strict decoder,
   * one leading byte-order mark allowed, else what the decoder says}
   */
  static String notStrictUtf8(byte[] input) {
    int start = hasBom(input) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(input, start, input.length - start));
      return null;
    } catch (CharacterCodingException e) {
      return "the JDK's strict UTF-8 decoder rejects it: " + e;
    }
  }

  private static boolean hasBom(byte[] input) {
    return input.length >= 3 && input[0] == (byte) 0xEF && input[1] == (byte) 0xBB && input[2] == (byte) 0xBF;
  }

  /** {@return the text of bytes already known to be UTF-8, without the byte-order mark} */
  private static String decoded(byte[] input) {
    int start = hasBom(input) ? 3 : 0;
    return new String(input, start, input.length - start, StandardCharsets.UTF_8);
  }

  /**
   * The second opinion: {@return null when the document is valid by the shipped JSON Schema of the
   * version it states (the reader reads every version, each by its own rules), else the
   * validator's first errors}
   */
  static String againstSchema(String document) {
    String text = !document.isEmpty() && document.charAt(0) == '\uFEFF' ? document.substring(1) : document;
    List<com.networknt.schema.Error> errors;
    try {
      errors = SchemaTest.validate(text);
    } catch (RuntimeException e) {
      return "the schema validator cannot read it: " + e;
    }
    return errors.isEmpty() ? null : "the JSON Schema rejects it: " + errors.subList(0, Math.min(3, errors.size()));
  }

  /** {@return null when the value writes and reads back as itself, else what went wrong} */
  private static String checkRoundTrip(RegimenJson json, Object value, Target target) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String written;
    Object back;
    Object backFromBytes;
    if (target == Target.PROTOCOL) {
      written = json.writeProtocol((Protocol) value);
      json.writeProtocol((Protocol) value, bytes);
      back = json.readProtocol(written);
      backFromBytes = json.readProtocol(written.getBytes(StandardCharsets.UTF_8));
    } else {
      written = json.writeExercise((Exercise) value);
      json.writeExercise((Exercise) value, bytes);
      back = json.readExercise(written);
      backFromBytes = json.readExercise(written.getBytes(StandardCharsets.UTF_8));
    }
    if (!Arrays.equals(bytes.toByteArray(), written.getBytes(StandardCharsets.UTF_8))) {
      return "the UTF-8 output is not the text output encoded";
    }
    return back.equals(value) && backFromBytes.equals(value) ? null : value + " does not read back as itself";
  }

  /** {@return null when the exception is a well-formed report, else what is wrong with it} */
  static String checkReport(RegimenJsonException e) {
    if (e.kind() == null || e.problems().isEmpty()) {
      return "no kind or no problem";
    }
    for (JsonProblem problem : e.problems()) {
      if (!isJsonPointer(problem.pointer())) {
        return "not a JSON Pointer: " + problem.pointer();
      }
      if (problem.problem().isBlank()) {
        return "blank problem at " + problem.pointer();
      }
      boolean known = problem.line() >= 1 && problem.column() >= 1;
      boolean unknown = problem.line() == -1 && problem.column() == -1;
      if (!known && !unknown) {
        return "bad position " + problem.line() + ":" + problem.column() + " at " + problem.pointer();
      }
    }
    String message = Objects.requireNonNullElse(e.getMessage(), "");
    if (!message.startsWith(e.problems().get(0).toString())) {
      return "the message does not start with the first problem: " + message;
    }
    if (OutputSafety.firstUnsafe(message) >= 0 || message.indexOf('\n') >= 0) {
      return "the message is not one line of safe characters: " + OutputSafety.describeFirstUnsafe(message)
          + (message.indexOf('\n') >= 0 ? " (and a line break)" : "");
    }
    return null;
  }

  /** {@return whether text is a JSON Pointer (RFC 6901): empty, or '/' and tokens with ~0 and ~1 only as escapes} */
  static boolean isJsonPointer(String text) {
    // a loop, not a regular expression: a pattern with an alternation under a star recurses per
    // character and overflows the stack on a long property name
    if (!text.isEmpty() && text.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '~' && (i + 1 == text.length() || (text.charAt(i + 1) != '0' && text.charAt(i + 1) != '1'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
