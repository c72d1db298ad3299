package dev.regimen.core.screening;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason for an entry's {@link Verdict}: a contraindication of the exercise that matched the
 * person, with the condition (and finding) it matched on and the sources it cites, resolved from
 * the protocol. Immutable and thread-safe.
 *
 * <p>Rules: the condition is the one the contraindication names; the finding is present exactly
 * when the contraindication names one, and is that one; the sources are exactly those the
 * contraindication cites (its source ids, then its quote's source when not among them), in that
 * order.
 */
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /** {@return the contraindication that matched} */
  public abstract Contraindication contraindication();

  /** {@return the condition it matched on, as the protocol describes it} */
  public abstract Condition condition();

  /** {@return the finding it matched on, when the contraindication names one} */
  public abstract Optional<Finding> finding();

  /** {@return the sources the contraindication cites, resolved from the protocol} */
  public abstract List<Source> sources();

  /** {@return the contraindication's severity} */
  public Severity severity() {
    return contraindication().severity();
  }

  /** {@return the verdict this reason gives on its own} */
  public Verdict verdict() {
    return Verdict.of(severity());
  }

  /** {@return why, in plain words: the contraindication's rationale} */
  public String rationale() {
    return contraindication().rationale();
  }

  /**
   * {@return what matched, in words: the condition's name, followed by the finding's name in
   * parentheses when there is one, such as "Herniated disc (Disc extruded onto the nerve)"}
   */
  public String matchedOn() {
    return condition().name() + finding().map(f -> " (" + f.name() + ")").orElse("");
  }

  /**
   * {@return the sentence a screening adds to the note of an entry it keeps for this reason, such
   * as "Caution (Herniated disc): Stretching can worsen a herniated disc."} A sheet that words the
   * caution in its own language finds the sentence in the note by this text.
   */
  public String noteSentence() {
    return "Caution (" + matchedOn() + "): " + rationale();
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
   * Builds a {@link Reason}; {@code build()} throws {@link ValidationException} on a broken rule.
   */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("reason");
    Contraindication ci = contraindication();
    if (!condition().id().equals(ci.conditionId())) {
      c.fail(
          "condition.id",
          "must be the contraindication's condition '" + ci.conditionId() + "', was '"
              + condition().id() + "'");
    }
    if (ci.findingId().isPresent()) {
      String expected = ci.findingId().get();
      if (finding().isEmpty()) {
        c.fail("finding", "is required: the contraindication names finding '" + expected + "'");
      } else if (!finding().get().id().equals(expected)) {
        c.fail(
            "finding.id",
            "must be the contraindication's finding '" + expected + "', was '"
                + finding().get().id() + "'");
      }
    } else {
      c.require(
          finding().isEmpty(), "finding", "must be absent: the contraindication names no finding");
    }
    Citations.requireExactly(c, sources(), Citations.of(ci));
    c.throwIfAny();
  }
}
