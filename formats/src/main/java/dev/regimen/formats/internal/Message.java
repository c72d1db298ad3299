package dev.regimen.formats.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One message pattern of a sheet's wording, parsed: literal text with named placeholders, such as
 * {@code Exercise {number} of {count}}. Immutable and thread-safe.
 *
 * <p>The syntax is deliberately smaller than {@link java.text.MessageFormat}'s: a placeholder is a
 * name of letters and digits in braces; {@code {{} and {@code }}} stand for a literal brace;
 * nothing else is special (an apostrophe is an apostrophe, so "l'exercice" and "Spain's" need no
 * escaping). Plural variants are not chosen inside a pattern but by key ({@code
 * plan.exercises.one}, {@code plan.exercises.other}): see the sheet package's {@code SheetWording}.
 */
public final class Message {
  /** The literal text before each placeholder, and after the last: one more than the names. */
  private final List<String> literals;

  /** The placeholders' names, in order; a name may repeat. */
  private final List<String> names;

  /** The placeholders' names, each once, in the order they first appear: made once, checked often. */
  private final Set<String> placeholders;

  /** The same names, each once, as an array to be read by index. */
  private final String[] distinct;

  private Message(List<String> literals, List<String> names) {
    this.literals = literals;
    this.names = names;
    this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(names));
    this.distinct = placeholders.toArray(new String[0]);
  }

  /**
   * Parses a pattern.
   *
   * @param pattern the pattern
   * @return the message
   * @throws IllegalArgumentException if a brace is not closed, not opened, or holds no name or a
   *     name with other characters than letters and digits, naming where
   */
  public static Message parse(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder literal = new StringBuilder(pattern.length());
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException(
              "pattern: the brace at " + i + " is not closed, in '" + pattern + "'");
        }
        String name = pattern.substring(i + 1, close);
        if (name.isEmpty() || !name.chars().allMatch(Character::isLetterOrDigit)) {
          throw new IllegalArgumentException(
              "pattern: a placeholder is a name of letters and digits, was '{" + name + "}' at "
                  + i + ", in '" + pattern + "'");
        }
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(name);
        i = close + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "pattern: the brace at " + i + " closes nothing (write }} for a brace), in '"
                + pattern + "'");
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    return new Message(List.copyOf(literals), List.copyOf(names));
  }

  /** {@return whether the message starts with its own words rather than a placeholder} */
  public boolean startsWithWords() {
    return !literals.get(0).isEmpty();
  }

  /** {@return the names of the placeholders, each once, in the order they first appear} */
  public Set<String> placeholders() {
    return placeholders;
  }

  /** {@return the number of different placeholders: {@link #placeholders()}' size} */
  public int distinctPlaceholders() {
    return distinct.length;
  }

  /**
   * {@return the name of the placeholder {@code k} of {@link #placeholders()}, in their order}
   *
   * @param k from 0 to {@link #distinctPlaceholders()} - 1
   */
  public String distinctPlaceholder(int k) {
    return distinct[k];
  }

  /** {@return the number of placeholders, one less than the pieces of literal text} */
  public int size() {
    return names.size();
  }

  /**
   * {@return the literal text before the placeholder {@code k}, or after the last one when {@code
   * k} is {@link #size()}}
   *
   * @param k from 0 to {@link #size()}
   */
  public String literal(int k) {
    return literals.get(k);
  }

  /**
   * {@return the name of the placeholder {@code k}}
   *
   * @param k from 0 to {@link #size()} - 1
   */
  public String name(int k) {
    return names.get(k);
  }

  /**
   * Formats the message as a string.
   *
   * @param values a value for every placeholder, by name
   * @return the text
   * @throws IllegalArgumentException if a placeholder has no value, or a value no placeholder
   */
  public String format(Map<String, String> values) {
    requireExactly(values.keySet());
    if (names.isEmpty()) {
      return literals.get(0); // a text without placeholders is its one literal, made once
    }
    StringBuilder b = new StringBuilder(64);
    for (int k = 0; k < names.size(); k++) {
      b.append(literals.get(k)).append(values.get(names.get(k)));
    }
    return b.append(literals.get(names.size())).toString();
  }

  /**
   * Checks that the placeholders are exactly the names given.
   *
   * @param given the names
   * @throws IllegalArgumentException if they differ
   */
  public void requireExactly(Set<String> given) {
    Set<String> wanted = placeholders();
    if (!wanted.equals(given)) {
      throw new IllegalArgumentException(
          "message '" + this + "' has the placeholders " + wanted + ", was given " + given);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(64);
    for (int k = 0; k < names.size(); k++) {
      b.append(literals.get(k).replace("{", "{{").replace("}", "}}"));
      b.append('{').append(names.get(k)).append('}');
    }
    return b.append(literals.get(names.size()).replace("{", "{{").replace("}", "}}")).toString();
  }
}
