package dev.regimen.core.screening;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The screening of one entry of a protocol: which exercise, where it stood, its {@linkplain
 * #verdict() verdict} and every {@linkplain #reasons() reason} for it. Immutable and thread-safe.
 *
 * <p>The verdict follows from the reasons: the most severe of theirs ({@link Verdict#AVOID} over
 * {@link Verdict#CAUTION}); when there is none, {@link Verdict#CHECK} if the exercise carries
 * cautions in words ({@link #cautions()}), which screening cannot judge, and {@link
 * Verdict#SUITABLE} otherwise.
 *
 * <p>Rules: the index not negative; the exercise id a lowercase slug; the name not blank.
 */
@Value.Immutable
public abstract class EntryScreening {
  EntryScreening() {}

  /** {@return the entry's position in the screened protocol, from 0} */
  public abstract int index();

  /** {@return the id of the entry's exercise} */
  public abstract String exerciseId();

  /** {@return the name of the entry's exercise} */
  public abstract String exerciseName();

  /**
   * {@return every contraindication of the exercise that matched the person, in the exercise's
   * order; empty when none did}
   */
  public abstract List<Reason> reasons();

  /**
   * {@return the exercise's cautions in words, all of them: screening cannot tell whether they
   * apply, so the person must read them}
   */
  public abstract List<Caution> cautions();

  /**
   * {@return the most severe verdict among the reasons; with none, {@link Verdict#CHECK} when the
   * exercise carries cautions in words and {@link Verdict#SUITABLE} otherwise}
   */
  public Verdict verdict() {
    Verdict verdict = cautions().isEmpty() ? Verdict.SUITABLE : Verdict.CHECK;
    for (Reason reason : reasons()) {
      verdict = verdict.worst(reason.verdict());
    }
    return verdict;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * Builds an {@link EntryScreening}; {@code build()} throws {@link ValidationException} on a
   * broken rule.
   */
  public static final class Builder extends ImmutableEntryScreening.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("entry screening");
    c.notNegative("index", index());
    c.slug("exerciseId", exerciseId());
    c.notBlank("exerciseName", exerciseName());
    c.throwIfAny();
  }
}
