package dev.regimen.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads use the same protocols and the same reader, writers and renderers at once (reading
 * and writing JSON, rendering text and Markdown sheets, screening, planning, and rendering the
 * personalised protocols) and get exactly what one thread gets. A fixed number of threads and of
 * rounds; the timeout guards against a deadlock and is not a performance assertion.
 */
class ConcurrentUseStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 4;

  private static final RegimenJson PRETTY = RegimenJson.defaults();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();
  private static final TextSheet TEXT = TextSheet.defaults();
  private static final TextSheet NARROW_ASCII =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MIN_WIDTH).asciiOnly(true).build());
  private static final MarkdownSheet MARKDOWN = MarkdownSheet.defaults();
  private static final PlanOptions PLAN_OPTIONS = PlanOptions.builder().secondsPerStep(3).build();

  /** One operation on a protocol and its profile, whose result must not depend on the thread. */
  private record Operation(String name, Function<Case, Object> run) {}

  /** A protocol, a profile to screen it against, and its documents. */
  private record Case(Protocol protocol, PatientProfile profile, String pretty, String compact, String broken) {}

  private static final List<Operation> OPERATIONS =
      List.of(
          new Operation("write pretty JSON", c -> PRETTY.writeProtocol(c.protocol())),
          new Operation("write compact JSON", c -> COMPACT.writeProtocol(c.protocol())),
          new Operation("read pretty JSON", c -> PRETTY.readProtocol(c.pretty())),
          new Operation("read compact JSON as bytes", c -> COMPACT.readProtocol(c.compact().getBytes(StandardCharsets.UTF_8))),
          new Operation("read broken JSON", c -> errorOf(c.broken())),
          new Operation("text sheet", c -> TEXT.render(c.protocol())),
          new Operation("narrow ASCII text sheet", c -> NARROW_ASCII.render(c.protocol())),
          new Operation("Markdown sheet", c -> MARKDOWN.render(c.protocol())),
          new Operation("screen", c -> Screening.screen(c.protocol(), c.profile())),
          new Operation("plan", c -> SessionPlan.of(c.protocol(), PLAN_OPTIONS)),
          new Operation("sheet of the personalised protocol", c -> personalised(c).map(TEXT::render)),
          new Operation("plan of the personalised protocol", c -> personalised(c).map(SessionPlan::of)),
          new Operation("JSON of the personalised protocol", c -> personalised(c).map(PRETTY::writeProtocol)));

  private static Optional<Protocol> personalised(Case c) {
    ScreeningReport report = Screening.screen(c.protocol(), c.profile());
    return report.personalised();
  }

  private static String errorOf(String document) {
    try {
      PRETTY.readProtocol(document);
      return "read";
    } catch (RegimenJsonException e) {
      return e.getMessage();
    }
  }

  @Test
  @Timeout(120)
  void everyThreadGetsWhatOneThreadGets() throws Exception {
    List<Case> cases = cases();
    // what one thread gets, before any other thread runs
    List<List<Object>> expected = new ArrayList<>();
    for (Case c : cases) {
      List<Object> results = new ArrayList<>();
      for (Operation op : OPERATIONS) {
        results.add(op.run().apply(c));
      }
      expected.add(results);
    }

    Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int checked = 0;
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < cases.size(); k++) {
                      // each thread walks the cases and the operations in its own order
                      int i = (k * (thread + 1) + round) % cases.size();
                      for (int o = 0; o < OPERATIONS.size(); o++) {
                        int op = (o + thread + k) % OPERATIONS.size();
                        Object result = OPERATIONS.get(op).run().apply(cases.get(i));
                        if (!result.equals(expected.get(i).get(op))) {
                          mismatches.add(OPERATIONS.get(op).name() + " of " + cases.get(i).protocol().id() + " on thread " + thread);
                        }
                        checked++;
                      }
                    }
                  }
                  return checked;
                }));
      }
      start.countDown();
      int checked = 0;
      for (Future<Integer> f : done) {
        checked += f.get();
      }
      assertThat(checked).isEqualTo(THREADS * ROUNDS * cases.size() * OPERATIONS.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).isEmpty();
  }

  private static List<Case> cases() {
    List<Protocol> protocols = new ArrayList<>();
    protocols.add(Catalog.l5s1Relief());
    qt().withFixedSeed(424242L).withExamples(16).forAll(Generators.protocols()).checkAssert(protocols::add);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < protocols.size(); i++) {
      Protocol protocol = protocols.get(i);
      List<PatientProfile> profile = new ArrayList<>();
      qt().withFixedSeed(i).withExamples(1).forAll(Generators.patientProfiles(protocol)).checkAssert(profile::add);
      String pretty = PRETTY.writeProtocol(protocol);
      String broken = pretty.replaceFirst("\"summary\": ", "\"summary\": 5, \"x\": ");
      cases.add(new Case(protocol, profile.get(0), pretty, COMPACT.writeProtocol(protocol), broken));
    }
    return cases;
  }
}
