package dev.regimen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private static String run(String benchmark, String protocol, double score, String unit) {
    return "{\"benchmark\": \"dev.regimen.benchmarks." + benchmark + "\", \"params\": {\"protocol\": \""
        + protocol + "\"}, \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": \"NaN\","
        + " \"scoreUnit\": \"" + unit + "\"}, \"secondaryMetrics\": {}}";
  }

  private static String report(Path dir, String... runs) throws IOException {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + String.join(",", runs) + "]");
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Report.main(new String[] {file.toString()});
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void judgesJsonAgainstDatabindAndTheFloorInTheSameUnits(@TempDir Path dir) throws IOException {
    String out =
        report(
            dir,
            run("json.JsonBenchmark.readRegimen", "l5-s1", 300, "us/op"),
            run("json.JsonBenchmark.readDatabind", "l5-s1", 0.2, "ms/op"),
            run("json.JsonBenchmark.readFloor", "l5-s1", 100_000, "ns/op"));
    assertThat(out)
        .contains("| JSON read | l5-s1 | 300.0 µs ± n/a | 200.0 µs ± n/a | 1.50 | 100.0 µs ± n/a | 3.00 |")
        .contains("MISSED JSON read of l5-s1 vs databind records: 1.50 (target at most 1.00)")
        .contains("MISSED JSON read of l5-s1 vs the streaming floor: 3.00 (target at most 2.00)");
  }

  @Test
  void reportsTimePerEntryFromTenToTenThousandEntries(@TempDir Path dir) throws IOException {
    String out =
        report(
            dir,
            run("core.SessionPlanBenchmark.planRegimen", "10", 10, "us/op"),
            run("core.SessionPlanBenchmark.planRegimen", "100", 100, "us/op"),
            run("core.SessionPlanBenchmark.planRegimen", "1000", 1_000, "us/op"),
            run("core.SessionPlanBenchmark.planRegimen", "10000", 14_000, "us/op"),
            run("core.SessionPlanBenchmark.planRecords", "10", 1, "us/op"));
    assertThat(out)
        .contains("| Session plan | 1.0 µs | 1.0 µs | 1.0 µs | 1.4 µs | 1.40 | 1.40 |")
        .contains("MISSED Session plan: time per entry, 10 000 vs 10 entries: 1.40 (target at most 1.30)");
  }
}
