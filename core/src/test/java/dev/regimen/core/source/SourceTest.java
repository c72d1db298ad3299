package dev.regimen.core.source;

import static dev.regimen.core.testing.Generators.sources;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void rejectsEveryBrokenRuleAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Source.builder()
                        .id("My Source")
                        .name(" ")
                        .author("")
                        .publisher("\t")
                        .link(URI.create("articles/1"))
                        .note("\n")
                        .build()))
        .containsExactly(
            new Violation(
                "id",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was 'My Source'"),
            new Violation("name", "must not be blank"),
            new Violation("author", "must not be blank"),
            new Violation("publisher", "must not be blank"),
            new Violation("note", "must not be blank"),
            new Violation("link", "must be an absolute URI, was 'articles/1'"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(sources()).checkAssert(s -> ValueContracts.assertSameValue(Source.builder().from(s).build(), s));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(sources()).checkAssert(s -> assertThat(ValueContracts.assertListsUnmodifiable(s)).isEqualTo(1));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(sources()).checkAssert(s -> assertThat(ValueContracts.assertBuilderCopiesLists(s)).isEqualTo(1));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Source.builder());
  }
}
