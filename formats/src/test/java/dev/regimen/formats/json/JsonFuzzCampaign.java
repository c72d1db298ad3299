package dev.regimen.formats.json;

import dev.regimen.formats.json.FuzzOracle.Channel;
import dev.regimen.formats.json.FuzzOracle.Outcome;
import dev.regimen.formats.json.FuzzOracle.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A fuzz campaign against the JSON reader: inputs from a {@link JsonMutator}, each read by a
 * {@link RegimenJson} with the default limits or with tight ones, as bytes or as text, and judged
 * by a {@link FuzzOracle}; until a time is up or a number of inputs is reached. A failing input is
 * shrunk (ranges removed while it still fails the same way) and, when a folder is given, saved
 * there as {@code <target>-<label>-<hash>.json} with the failure beside it in a {@code .txt}.
 */
final class JsonFuzzCampaign {
  /** The readers: the defaults, and tight limits so that generated documents reach every limit. */
  static final List<RegimenJson> READERS =
      List.of(
          RegimenJson.defaults(),
          RegimenJson.builder().limits(new JsonLimits(4_000, 6, 60, 3)).build());

  /**
   * One failing input, shrunk.
   *
   * @param target what it was read as
   * @param label the failure's label
   * @param input the shrunk input
   * @param failure what went wrong
   * @param origin how the input was made
   */
  record Failure(Target target, String label, byte[] input, Throwable failure, String origin) {
    String fileName() {
      return target.name().toLowerCase(Locale.ROOT) + "-" + label.toLowerCase(Locale.ROOT).replace('_', '-')
          + "-" + hash(input) + ".json";
    }
  }

  /**
   * What a campaign did.
   *
   * @param inputs how many inputs were read
   * @param outcomes how many gave each outcome
   * @param failures the distinct failures (by label and place), shrunk
   * @param millis how long it took
   */
  record Report(long inputs, Map<String, Long> outcomes, List<Failure> failures, long millis) {
    String summary(long seed) {
      StringBuilder text = new StringBuilder();
      text.append(String.format(Locale.ROOT, "JSON fuzz campaign: seed %d, %d inputs in %.1f s (%.0f a second)%n",
          seed, inputs, millis / 1000.0, inputs * 1000.0 / Math.max(1, millis)));
      outcomes.forEach((label, count) -> text.append(String.format(Locale.ROOT, "  %-20s %10d%n", label, count)));
      text.append(String.format(Locale.ROOT, "  %d distinct failures%n", failures.size()));
      for (Failure f : failures) {
        text.append("  - ").append(f.fileName()).append(" (").append(f.origin()).append("): ")
            .append(OutputSafety.escape(String.valueOf(f.failure()))).append(System.lineSeparator());
      }
      return text.toString();
    }
  }

  private final long seed;
  private final long timeoutMillis;
  private final Path failureFolder;

  /**
   * A campaign.
   *
   * @param seed the seed: the same seed makes the same inputs
   * @param timeoutMillis the longest one input may take
   * @param failureFolder where to save failing inputs, or null
   */
  JsonFuzzCampaign(long seed, long timeoutMillis, Path failureFolder) {
    this.seed = seed;
    this.timeoutMillis = timeoutMillis;
    this.failureFolder = failureFolder;
  }

  /**
   * Runs until the time is up or the number of inputs is reached, whichever comes first.
   *
   * @param mutator where the inputs come from
   * @param millis the time to run
   * @param maxInputs the most inputs to read
   * @return the report
   */
  Report run(JsonMutator mutator, long millis, long maxInputs) {
    Random random = new Random(seed);
    Map<String, Long> outcomes = new TreeMap<>();
    Map<String, Failure> failures = new LinkedHashMap<>();
    long start = System.nanoTime();
    long deadline = start + millis * 1_000_000L;
    long inputs = 0;
    try (FuzzOracle oracle = new FuzzOracle(timeoutMillis)) {
      while (inputs < maxInputs && System.nanoTime() < deadline) {
        JsonMutator.Input input = mutator.next(random);
        RegimenJson json = READERS.get(random.nextInt(5) == 0 ? 1 : 0);
        Channel channel = random.nextBoolean() ? Channel.BYTES : Channel.TEXT;
        Outcome outcome = oracle.check(json, input.bytes(), input.target(), channel);
        inputs++;
        outcomes.merge(outcome.label(), 1L, Long::sum);
        if (outcome.failed()) {
          String key = outcome.label() + " " + place(outcome.failure());
          if (!failures.containsKey(key)) {
            byte[] shrunk = shrink(oracle, json, input, channel, outcome.label());
            Failure failure = new Failure(input.target(), outcome.label(), shrunk, outcome.failure(), input.origin() + ", " + channel);
            failures.put(key, failure);
            save(failure);
          }
        }
      }
    }
    return new Report(inputs, outcomes, List.copyOf(failures.values()), (System.nanoTime() - start) / 1_000_000L);
  }

  /** {@return where a failure was thrown: the first stack frame in Regimen's code, else the first} */
  private static String place(Throwable failure) {
    if (failure instanceof AssertionError && failure.getCause() instanceof RegimenJsonException) {
      // a malformed report: where the report was made, and of what kind
      RegimenJsonException report = (RegimenJsonException) failure.getCause();
      return report.kind() + " " + place(report);
    }
    StackTraceElement[] trace = failure.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("dev.regimen.") && !isHarness(frame.getClassName())) {
        return frame.toString();
      }
    }
    return trace.length == 0 ? "" : trace[0].toString();
  }

  /** {@return whether a class is part of the fuzz harness (its frames say nothing about the bug)} */
  private static boolean isHarness(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.startsWith("FuzzOracle") || simple.startsWith("JsonFuzzCampaign") || simple.startsWith("JsonMutator");
  }

  /** Removes ranges of the input, halving their size, as long as it fails with the same label. */
  private static byte[] shrink(FuzzOracle oracle, RegimenJson json, JsonMutator.Input input, Channel channel, String label) {
    if (label.equals("FAILURE_HANG")) {
      return input.bytes(); // every attempt would wait for the timeout
    }
    byte[] best = input.bytes();
    int attempts = 0;
    for (int size = Math.max(1, best.length / 2); size >= 1 && attempts < 4_000; size /= 2) {
      for (int from = 0; from + size <= best.length && attempts < 4_000; ) {
        byte[] candidate = new byte[best.length - size];
        System.arraycopy(best, 0, candidate, 0, from);
        System.arraycopy(best, from + size, candidate, from, best.length - from - size);
        attempts++;
        if (oracle.check(json, candidate, input.target(), channel).label().equals(label)) {
          best = candidate;
        } else {
          from += size;
        }
      }
    }
    return best;
  }

  private void save(Failure failure) {
    if (failureFolder == null) {
      return;
    }
    try {
      Files.createDirectories(failureFolder);
      Files.write(failureFolder.resolve(failure.fileName()), failure.input());
      StringWriter trace = new StringWriter();
      failure.failure().printStackTrace(new PrintWriter(trace));
      Files.writeString(
          failureFolder.resolve(failure.fileName().replaceAll("\\.json$", ".txt")),
          "seed " + seed + "; " + failure.origin() + System.lineSeparator() + OutputSafety.escape(trace.toString()).replace("\\u000A", "\n"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String hash(byte[] input) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(input);
      return HexFormat.of().formatHex(Arrays.copyOf(digest, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
