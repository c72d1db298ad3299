package dev.regimen.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The contract checks catch the faults they are meant to catch. */
class ValueContractsTest {

  /** A value that gets every contract wrong: it hands out and keeps the caller's list. */
  public abstract static class Leaky {
    /** {@return the items, the very list the builder was given} */
    public abstract List<String> items();

    /** {@return a builder} */
    public static Builder builder() {
      return new Builder();
    }

    /** Keeps the list it is given, accepts null names. */
    public static final class Builder {
      private List<String> items = new ArrayList<>();

      /**
       * Copies nothing.
       *
       * @param value the value
       * @return this
       */
      public Builder from(Leaky value) {
        items = value.items();
        return this;
      }

      /**
       * Keeps the caller's list.
       *
       * @param values the items
       * @return this
       */
      @SuppressWarnings("unchecked")
      public Builder items(Iterable<String> values) {
        items = (List<String>) values;
        return this;
      }

      /**
       * Accepts null silently.
       *
       * @param name ignored
       * @return this
       */
      public Builder name(String name) {
        return this;
      }

      /**
       * Rejects null as it should.
       *
       * @param item the item
       * @return this
       */
      public Builder addItems(String item) {
        items.add(Objects.requireNonNull(item, "items element"));
        return this;
      }

      /** {@return the value, sharing the list} */
      public Leaky build() {
        List<String> shared = items;
        return new Leaky() {
          @Override
          public List<String> items() {
            return shared;
          }
        };
      }
    }
  }

  /** A builder that rejects null but names the wrong attribute. */
  public static final class Misnamed {
    /**
     * Names the wrong attribute.
     *
     * @param title the title
     * @return this
     */
    public Misnamed title(String title) {
      Objects.requireNonNull(title, "name");
      return this;
    }
  }

  private static Leaky leaky() {
    return Leaky.builder().items(new ArrayList<>(List.of("a", "b"))).build();
  }

  @Test
  void catchesAListThatCanBeChanged() {
    assertThatThrownBy(() -> ValueContracts.assertListsUnmodifiable(leaky())).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesABuilderThatKeepsTheCallersList() {
    assertThatThrownBy(() -> ValueContracts.assertBuilderCopiesLists(leaky())).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesABuilderThatAcceptsNull() {
    assertThatThrownBy(() -> ValueContracts.assertBuilderRejectsNulls(Leaky.builder()))
        .isInstanceOf(AssertionError.class)
        // name(null) and items(null) both accept null; whichever is checked first is named.
        .hasMessageMatching("(?s).*\\[Builder\\.(name|items)\\(null\\)\\].*");
  }

  @Test
  void catchesABuilderThatNamesTheWrongAttribute() {
    assertThatThrownBy(() -> ValueContracts.assertBuilderRejectsNulls(new Misnamed()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Misnamed.title(null)")
        .hasMessageContaining("\"title\"");
  }

  @Test
  void catchesValuesThatDifferInHashOrString() {
    Object a = new Object() {
      @Override
      public boolean equals(Object o) {
        return true;
      }

      @Override
      public int hashCode() {
        return 1;
      }
    };
    assertThatThrownBy(() -> ValueContracts.assertSameValue(a, "other")).isInstanceOf(AssertionError.class);
    assertThat(a).isEqualTo("x");
  }
}
