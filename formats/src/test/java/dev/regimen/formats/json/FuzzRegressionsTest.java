package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.formats.json.FuzzOracle.Channel;
import dev.regimen.formats.json.FuzzOracle.Outcome;
import dev.regimen.formats.json.FuzzOracle.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every input that ever made the JSON reader fail (found by {@link JsonFuzzCampaignTest} or by
 * hand) is kept in {@code src/test/resources/fuzz-regressions/} as {@code protocol-*.json} or
 * {@code exercise-*.json}, and read again here by every reader of the campaign, as bytes and as
 * text: each must now give a valid value or a well-formed report.
 */
class FuzzRegressionsTest {
  private static final Path FOLDER = Path.of("src/test/resources/fuzz-regressions");

  @Test
  void everyInputThatEverFailedNowGivesAValueOrAWellFormedReport() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(FOLDER)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("the regression inputs in %s", FOLDER.toAbsolutePath()).isNotEmpty();
    try (FuzzOracle oracle = new FuzzOracle(10_000)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        Target target = Target.valueOf(name.substring(0, name.indexOf('-')).toUpperCase(Locale.ROOT));
        byte[] input = Files.readAllBytes(file);
        for (RegimenJson json : JsonFuzzCampaign.READERS) {
          for (Channel channel : Channel.values()) {
            Outcome outcome = oracle.check(json, input, target, channel);
            assertThat(outcome.failed())
                .as("%s read as %s by %s: %s", name, channel, json, outcome.failure())
                .isFalse();
          }
        }
      }
    }
  }
}
