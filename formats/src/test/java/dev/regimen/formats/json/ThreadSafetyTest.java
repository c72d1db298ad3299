package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One instance serves many threads at once and gives each the same results as a single thread. */
class ThreadSafetyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 20;

  @Test
  @Timeout(60) // a guard against a deadlock, not a performance assertion
  void oneInstanceGivesEveryThreadTheSameResults() throws Exception {
    RegimenJson json = RegimenJson.defaults();
    List<Protocol> protocols = new ArrayList<>();
    qt().withFixedSeed(20261124L).withExamples(40).forAll(Generators.protocols()).checkAssert(protocols::add);
    List<String> texts = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Protocol protocol : protocols) {
      String text = json.writeProtocol(protocol);
      texts.add(text);
      errors.add(errorOf(json, text.replaceFirst("\"summary\": ", "\"summary\": 5, \"x\": ")));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        tasks.add(
            () -> {
              for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < protocols.size(); k++) {
                  int i = (k + offset) % protocols.size();
                  assertThat(json.writeProtocol(protocols.get(i))).isEqualTo(texts.get(i));
                  assertThat(json.readProtocol(texts.get(i))).isEqualTo(protocols.get(i));
                  String bad = texts.get(i).replaceFirst("\"summary\": ", "\"summary\": 5, \"x\": ");
                  assertThat(errorOf(json, bad)).isEqualTo(errors.get(i));
                }
              }
              return true;
            });
      }
      for (Future<Boolean> done : pool.invokeAll(tasks)) {
        assertThat(done.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String errorOf(RegimenJson json, String document) {
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> json.readProtocol(document));
    assertThat(e).isNotNull();
    return e.getMessage();
  }
}
