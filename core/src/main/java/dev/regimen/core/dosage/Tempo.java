package dev.regimen.core.dosage;

import dev.regimen.core.validation.ValidationException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The speed of a repetition in the usual notation: the seconds of lowering, pause, lifting and,
 * optionally, pause again, such as {@code 3-1-1-0} or {@code 2-0-2}; {@code X} marks a phase done
 * as fast as possible. Immutable and thread-safe.
 *
 * <p>Rules: three or four phases joined by hyphens, each a digit from 0 to 9 or {@code X}.
 */
public final class Tempo {
  /** The rule of the notation. */
  public static final String RULE =
      "must be three or four phases joined by hyphens, each a digit 0-9 or X, such as '3-1-1-0'";

  private final String notation;

  private Tempo(String notation) {
    this.notation = notation;
  }

  /**
   * Reads a tempo.
   *
   * @param notation such as {@code 3-1-1-0}, {@code 2-0-2} or {@code 2-0-X-1}
   * @return the tempo
   * @throws ValidationException if the notation breaks its rule
   * @throws NullPointerException if {@code notation} is null
   */
  public static Tempo parse(String notation) {
    Objects.requireNonNull(notation, "notation");
    int n = notation.length();
    if ((n != 5 && n != 7) || !phasesAt(notation)) {
      throw new ValidationException("tempo", "", RULE + ", was '" + abbreviated(notation) + "'");
    }
    return new Tempo(notation);
  }

  private static boolean phasesAt(String notation) {
    for (int i = 0; i < notation.length(); i++) {
      char ch = notation.charAt(i);
      boolean ok = i % 2 == 0 ? (ch >= '0' && ch <= '9') || ch == 'X' : ch == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviated(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "...";
  }

  /** {@return the notation, such as {@code 3-1-1-0}} */
  public String notation() {
    return notation;
  }

  /** {@return the number of phases, 3 or 4} */
  public int phaseCount() {
    return (notation.length() + 1) / 2;
  }

  /**
   * The seconds of one phase.
   *
   * @param index the phase, from 0
   * @return its seconds; empty for a phase marked {@code X}, done as fast as possible
   * @throws IndexOutOfBoundsException if there is no such phase
   */
  public OptionalInt phaseSeconds(int index) {
    Objects.checkIndex(index, phaseCount());
    char ch = notation.charAt(2 * index);
    return ch == 'X' ? OptionalInt.empty() : OptionalInt.of(ch - '0');
  }

  /**
   * {@return the seconds one repetition takes at this tempo, a phase marked {@code X} counted as
   * one second; at least one second}
   */
  public int secondsPerRepetition() {
    int seconds = 0;
    for (int i = 0; i < phaseCount(); i++) {
      seconds += phaseSeconds(i).orElse(1);
    }
    return Math.max(1, seconds);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tempo && ((Tempo) other).notation.equals(notation);
  }

  @Override
  public int hashCode() {
    return notation.hashCode();
  }

  /** {@return the notation} */
  @Override
  public String toString() {
    return notation;
  }
}
