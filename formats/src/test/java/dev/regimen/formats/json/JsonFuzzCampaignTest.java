package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader against fuzzed input: every input gives a valid value or a well-formed {@link
 * dev.regimen.formats.json.RegimenJsonException}, never another exception, a malformed report or a
 * hang (see {@link FuzzOracle}).
 *
 * <p>The normal test run reads a few thousand inputs from a fixed seed. The long campaign (tagged
 * {@code long-fuzz}, which the build leaves out unless asked) runs only when {@code
 * regimen.fuzz.seconds} is set, with the {@code fuzz} profile:
 *
 * <pre>
 * mvn -B -ntp -pl formats -am -Pfuzz test -Dregimen.fuzz.seconds=600 [-Dregimen.fuzz.seed=42]
 * </pre>
 *
 * It prints the count of each outcome and saves each distinct failing input, shrunk, under {@code
 * formats/target/fuzz-failures/}; once the bug is fixed the input goes to {@code
 * src/test/resources/fuzz-regressions/}, where {@link FuzzRegressionsTest} reads it on every run.
 */
class JsonFuzzCampaignTest {
  private static final long SHORT_SEED = 20261124L;
  private static final long SHORT_INPUTS = 2_000;

  @Test
  void aShortCampaignFindsNoFailureAndReachesEveryOutcome() {
    JsonFuzzCampaign campaign = new JsonFuzzCampaign(SHORT_SEED, 10_000, Path.of("target/fuzz-failures"));
    JsonFuzzCampaign.Report report = campaign.run(new JsonMutator(JsonMutator.defaultSeeds(20)), 120_000, SHORT_INPUTS);

    assertThat(report.failures()).as(report.summary(SHORT_SEED)).isEmpty();
    assertThat(report.inputs()).isEqualTo(SHORT_INPUTS);
    // the mutations must keep reaching every kind of outcome, or the campaign silently weakens
    assertThat(report.outcomes().keySet())
        .as(report.summary(SHORT_SEED))
        .containsAll(
            List.of(
                "VALID", "MALFORMED", "WRONG_TYPE", "UNKNOWN_PROPERTY", "MISSING_PROPERTY", "DUPLICATE_PROPERTY",
                "UNSUPPORTED_VERSION", "TRAILING_CONTENT", "LIMIT_EXCEEDED", "INVALID_VALUE"));
  }

  @Test
  @Tag("long-fuzz")
  void longCampaign() {
    String seconds = System.getProperty("regimen.fuzz.seconds", "");
    assumeTrue(!seconds.isBlank(), "the long campaign runs with -Dregimen.fuzz.seconds=N");
    long seed = Long.getLong("regimen.fuzz.seed", System.currentTimeMillis());
    long timeout = Long.getLong("regimen.fuzz.timeout.millis", 10_000);
    JsonFuzzCampaign campaign = new JsonFuzzCampaign(seed, timeout, Path.of("target/fuzz-failures"));
    JsonFuzzCampaign.Report report =
        campaign.run(new JsonMutator(JsonMutator.defaultSeeds(200)), Long.parseLong(seconds.strip()) * 1000, Long.MAX_VALUE);
    System.out.print(report.summary(seed));
    assertThat(report.failures()).as(report.summary(seed)).isEmpty();
  }
}
