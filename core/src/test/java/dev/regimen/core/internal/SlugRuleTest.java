package dev.regimen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written slug check says exactly what the slug rule's regular expression says. */
class SlugRuleTest {
  private static final Pattern RULE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Strings over the characters that matter at the edges of the rule: a-c, 0-1, '-', 'A', '_'. */
  private static final Gen<String> NEAR_SLUGS =
      SourceDSL.strings().betweenCodePoints(0, 6).ofLengthBetween(0, 8)
          .map(s -> s.chars().mapToObj(c -> String.valueOf("abc01-A_".charAt(c % 8)))
              .reduce("", String::concat));

  @Test
  void isSlugAgreesWithTheSlugRuleOnEveryString() {
    qt().withExamples(5000)
        .forAll(NEAR_SLUGS)
        .check(s -> Checks.isSlug(s) == RULE.matcher(s).matches());
  }

  @Test
  void acceptsHyphenatedWordsAndRejectsEdgeHyphensDoubleHyphensAndCapitals() {
    assertThat(Checks.isSlug("knee-to-chest-stretch")).isTrue();
    assertThat(Checks.isSlug("l5-s1")).isTrue();
    assertThat(Checks.isSlug("")).isFalse();
    assertThat(Checks.isSlug("-a")).isFalse();
    assertThat(Checks.isSlug("a-")).isFalse();
    assertThat(Checks.isSlug("a--b")).isFalse();
    assertThat(Checks.isSlug("Knee")).isFalse();
    assertThat(Checks.isSlug("knee_to")).isFalse();
  }
}
