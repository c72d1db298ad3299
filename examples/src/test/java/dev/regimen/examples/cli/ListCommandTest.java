package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import org.junit.jupiter.api.Test;

class ListCommandTest {
  @Test
  void listsEveryBundledProtocolExerciseConditionAndFindingWithItsId() {
    Cli.Result result = Cli.run("list");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    String out = result.out();
    for (Protocol p : Catalog.protocols()) {
      assertThat(out).containsPattern("(?m)^  " + p.id() + " +" + p.name() + " \\(");
    }
    for (Exercise e : Catalog.exercises()) {
      assertThat(out).containsPattern("(?m)^  " + e.id() + " +" + e.name() + " \\(");
    }
    for (Condition c : Catalog.conditions()) {
      assertThat(out).containsPattern("(?m)^  " + c.id() + " +" + c.name() + "$");
      for (Finding f : c.findings()) {
        assertThat(out).containsPattern("(?m)^    " + f.id() + " +" + f.name() + " \\(a finding of " + c.id() + "\\)$");
      }
    }
  }

  @Test
  void namesTheAliasOfTheL5S1Protocol() {
    assertThat(Cli.run("list").out())
        .contains("  l5-s1-relief  L5-S1 Relief Stretches (3 exercises; also --builtin l5-s1)\n");
  }
}
