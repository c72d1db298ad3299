package dev.regimen.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the results of a JMH run (its JSON result file, {@code -rf json}) as Markdown tables of
 * ratios: each operation of Regimen against its baselines measured in the same run, the sheets'
 * throughput and allocation, the time per entry from 10 to 10 000 entries, and the cold start;
 * then each target of issue 8, met or missed. Benchmarks missing from the file are left out.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.regimen.benchmarks.Report benchmarks/target/jmh.json
 * }</pre>
 */
public final class Report {
  private static final String JSON = "json.JsonBenchmark.";
  private static final String SHEET = "sheet.SheetBenchmark.";
  private static final String BUILD = "core.BuildBenchmark.";
  private static final String SCREENING = "core.ScreeningBenchmark.";
  private static final String PLAN = "core.SessionPlanBenchmark.";
  private static final String COLD = "coldstart.ColdStartBenchmark.";
  private static final String PREFIX = "dev.regimen.benchmarks.";
  private static final List<String> PROTOCOLS = List.of(Corpus.L5_S1, "10", "100", "1000", "10000");
  private static final double FLAT = 1.3;

  /** One measured benchmark: its time per operation, error and allocation per operation. */
  private record Result(double ns, double errorNs, double bytes) {}

  /** Regimen's operation, its baseline and, for JSON, its floor. */
  private record Comparison(String label, String subject, String baseline, String floor) {}

  private static final List<Comparison> COMPARISONS =
      List.of(
          new Comparison("JSON write", JSON + "writeRegimen", JSON + "writeDatabind", JSON + "writeFloor"),
          new Comparison("JSON read", JSON + "readRegimen", JSON + "readDatabind", JSON + "readFloor"),
          new Comparison("Text sheet", SHEET + "text", SHEET + "textFloor", null),
          new Comparison("Markdown sheet", SHEET + "markdown", SHEET + "markdownFloor", null),
          new Comparison("Build and validate", BUILD + "buildRegimen", BUILD + "buildRecords", null),
          new Comparison("Screening", SCREENING + "screenRegimen", SCREENING + "screenRecords", null),
          new Comparison("Session plan", PLAN + "planRegimen", PLAN + "planRecords", null));

  private final Map<String, Result> results;
  private final PrintStream out;
  private final List<String> verdicts = new ArrayList<>();

  private Report(Map<String, Result> results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  /**
   * Prints the tables.
   *
   * @param args the JMH JSON result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report <JMH result file, written with -rf json>");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new Report(read(Path.of(args[0])), out).print();
  }

  private static Map<String, Result> read(Path file) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode run : root.values()) {
      String name = run.path("benchmark").asString();
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      JsonNode primary = run.path("primaryMetric");
      double scale = nanos(primary.path("scoreUnit").asString());
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      double bytes = alloc.isMissingNode() ? Double.NaN : number(alloc.path("score"));
      String protocol = run.path("params").path("protocol").asString("");
      results.put(
          key(name.substring(PREFIX.length()), protocol),
          new Result(number(primary.path("score")) * scale, number(primary.path("scoreError")) * scale, bytes));
    }
    return results;
  }

  /** {@return a number of JMH's output, which writes "NaN" as a string (an error of one iteration)} */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.isString() ? Double.parseDouble(node.asString()) : Double.NaN;
  }

  private static double nanos(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("unsupported unit " + unit + "; run in AverageTime or SingleShotTime mode");
    }
  }

  private static String key(String benchmark, String protocol) {
    return protocol.isEmpty() ? benchmark : benchmark + "@" + protocol;
  }

  private Result get(String benchmark, String protocol) {
    return benchmark == null ? null : results.get(key(benchmark, protocol));
  }

  private static int entries(String protocol) {
    return protocol.equals(Corpus.L5_S1) ? 3 : Integer.parseInt(protocol);
  }

  // ------------------------------------------------------------------ tables

  private void print() {
    comparisons();
    sheets();
    scaling();
    coldStart();
    out.println("### Targets (issue 8)");
    out.println();
    if (verdicts.isEmpty()) {
      out.println("No results to judge.");
    }
    for (String v : verdicts) {
      out.println("- " + v);
    }
  }

  private void comparisons() {
    out.println("### Regimen against its baselines (time per operation; ratio = Regimen / baseline)");
    out.println();
    out.println("| operation | protocol | Regimen | baseline | ratio | floor | ratio to floor |");
    out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Comparison c : COMPARISONS) {
      for (String protocol : PROTOCOLS) {
        Result subject = get(c.subject(), protocol);
        Result baseline = get(c.baseline(), protocol);
        if (subject == null || baseline == null) {
          continue;
        }
        Result floor = get(c.floor(), protocol);
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s | %.2f | %s | %s |%n",
            c.label(),
            protocol,
            time(subject),
            time(baseline),
            subject.ns() / baseline.ns(),
            floor == null ? "" : time(floor),
            floor == null ? "" : String.format(Locale.ROOT, "%.2f", subject.ns() / floor.ns()));
        if (c.floor() != null) {
          judge(
              c.label() + " of " + protocol + " vs databind records",
              subject.ns() / baseline.ns(),
              1.0);
          if (floor != null) {
            judge(c.label() + " of " + protocol + " vs the streaming floor", subject.ns() / floor.ns(), 2.0);
          }
        }
      }
    }
    out.println();
    out.println(
        "JSON baselines: plain Jackson databind on hand-written records with the same JSON shape (same"
            + " bytes); floor: a Jackson streaming pass that builds nothing (write: replays the"
            + " document's tokens; read: decodes every token). Other baselines: the same work"
            + " hand-written over records. Sheet floor: appending the finished sheet's lines.");
    out.println();
  }

  private void sheets() {
    boolean any = false;
    for (String format : List.of("text", "markdown")) {
      for (String protocol : PROTOCOLS) {
        Result r = get(SHEET + format, protocol);
        if (r == null) {
          continue;
        }
        if (!any) {
          out.println("### Sheets (allocation from `-prof gc`, per sheet)");
          out.println();
          out.println("| sheet | protocol | sheets/s | time | allocated | floor allocated | allocation ratio |");
          out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
          any = true;
        }
        Result floor = get(SHEET + format + "Floor", protocol);
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s | %s | %s |%n",
            format.equals("text") ? "Text" : "Markdown",
            protocol,
            rate(1e9 / r.ns()),
            time(r),
            bytes(r.bytes()),
            floor == null ? "" : bytes(floor.bytes()),
            floor == null || Double.isNaN(r.bytes()) ? "" : String.format(Locale.ROOT, "%.2f", r.bytes() / floor.bytes()));
      }
    }
    if (any) {
      out.println();
    }
  }

  private void scaling() {
    List<String[]> rows = new ArrayList<>();
    for (Comparison c : COMPARISONS) {
      for (String benchmark : new String[] {c.subject(), c.baseline(), c.floor()}) {
        if (benchmark == null) {
          continue;
        }
        double[] perEntry = new double[Corpus.SIZES.size()];
        boolean complete = true;
        for (int i = 0; i < perEntry.length; i++) {
          Result r = get(benchmark, String.valueOf(Corpus.SIZES.get(i)));
          if (r == null) {
            complete = false;
            break;
          }
          perEntry[i] = r.ns() / Corpus.SIZES.get(i);
        }
        if (!complete) {
          continue;
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double v : perEntry) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        double largeToSmall = perEntry[perEntry.length - 1] / perEntry[0];
        boolean regimen = benchmark.equals(c.subject());
        String name = c.label() + (regimen ? "" : benchmark.equals(c.baseline()) ? " (baseline)" : " (floor)");
        String[] row = new String[perEntry.length + 3];
        row[0] = name;
        for (int i = 0; i < perEntry.length; i++) {
          row[i + 1] = nanos(perEntry[i]);
        }
        row[perEntry.length + 1] = String.format(Locale.ROOT, "%.2f", largeToSmall);
        row[perEntry.length + 2] = String.format(Locale.ROOT, "%.2f", max / min);
        rows.add(row);
        if (regimen) {
          judge(c.label() + ": time per entry, 10 000 vs 10 entries", largeToSmall, FLAT);
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    out.println("### Scaling: time per entry (time per operation / entries)");
    out.println();
    out.println("| operation | 10 | 100 | 1 000 | 10 000 | 10 000 : 10 | max : min |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String[] row : rows) {
      out.println("| " + String.join(" | ", row) + " |");
    }
    out.println();
  }

  private void coldStart() {
    Result constant = get(COLD + "constant", "");
    if (constant == null) {
      return;
    }
    Result command = get(COLD + "regimenSheet", "");
    Result library = get(COLD + "librarySheet", "");
    out.println("### Cold start: fresh JVM to exit, the output read through a pipe");
    out.println();
    out.println("| run | time | ratio | more than the baseline |");
    out.println("| --- | ---: | ---: | ---: |");
    if (command != null) {
      coldStartRow("`regimen sheet` (examples/target/regimen.jar)", command, constant);
    }
    if (library != null) {
      coldStartRow("the library alone prints the L5-S1 text sheet", library, constant);
    }
    coldStartRow("baseline: prints a constant line", constant, constant);
    out.println();
  }

  private void coldStartRow(String what, Result r, Result baseline) {
    out.printf(
        Locale.ROOT,
        "| %s | %s | %.2f | %s |%n",
        what,
        time(r),
        r.ns() / baseline.ns(),
        r == baseline ? "" : nanos(r.ns() - baseline.ns()));
  }

  private void judge(String what, double ratio, double target) {
    verdicts.add(
        String.format(
            Locale.ROOT,
            "%s %s: %.2f (target at most %.2f)",
            ratio <= target ? "MET   " : "MISSED",
            what,
            ratio,
            target));
  }

  // ------------------------------------------------------------------ formatting

  private static String time(Result r) {
    return nanos(r.ns()) + " ± " + nanos(r.errorNs());
  }

  private static String nanos(double ns) {
    double a = Math.abs(ns);
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", ns);
  }

  private static String rate(double perSecond) {
    return perSecond >= 100
        ? String.format(Locale.ROOT, "%,.0f", perSecond)
        : String.format(Locale.ROOT, "%.2f", perSecond);
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "n/a";
    }
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", b / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }
}
