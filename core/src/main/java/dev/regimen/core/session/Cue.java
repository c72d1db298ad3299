package dev.regimen.core.session;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cue of a {@link SessionPlan}: what to show or say ("Left side: hold about 30 seconds"), what
 * kind of cue it is, how long it lasts and where it stands in the session. Immutable and
 * thread-safe.
 *
 * <p>An <em>optional</em> cue belongs to a repetition beyond the fewest the dosage asks for (the
 * third and fourth of "2 to 4"), or is the rest or pause that leads into one; a person doing the
 * fewest repetitions skips it. So a cue counts towards a plan's shortest total with {@link
 * #minSeconds()}, 0 when optional, and towards the longest with {@link #maxSeconds()}.
 *
 * <p>Rules: the text not blank; a hold given exactly for {@link CueKind#HOLD} cues; only steps,
 * holds, rests and side switches optional.
 */
@Value.Immutable
public abstract class Cue {
  Cue() {}

  /** {@return what the cue asks the person to do} */
  public abstract CueKind kind();

  /** {@return what to show or say, such as "Left side: hold about 30 seconds"} */
  public abstract String text();

  /** {@return how long it lasts} */
  public abstract CueDuration duration();

  /** {@return where it stands in the session} */
  public abstract CuePosition position();

  /** {@return the hold a {@link CueKind#HOLD} cue plays, with its breaths when given} */
  public abstract Optional<Hold> hold();

  /**
   * {@return whether it belongs to a repetition beyond the fewest asked for; false unless set}
   */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /** {@return what it adds to the plan's shortest total: 0 when optional, else its minimum} */
  public int minSeconds() {
    return optional() ? 0 : duration().minSeconds();
  }

  /** {@return what it adds to the plan's longest total: its maximum} */
  public int maxSeconds() {
    return duration().maxSeconds();
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
   * Builds a {@link Cue}; {@code build()} throws {@link ValidationException} listing every broken
   * rule.
   */
  public static final class Builder extends ImmutableCue.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("cue");
    c.notBlank("text", text());
    if (kind() == CueKind.HOLD) {
      c.require(hold().isPresent(), "hold", "is required for a hold cue");
    } else {
      if (hold().isPresent()) {
        c.fail("hold", "is only allowed on a hold cue, this is " + kind());
      }
    }
    if (optional() && (kind() == CueKind.LEAD_IN || kind() == CueKind.NEXT_EXERCISE)) {
      c.fail("optional", "a " + kind() + " cue is never optional");
    }
    c.throwIfAny();
  }
}
