package dev.regimen.core.session;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How long one session of a protocol takes, from {@link SessionPlan#length(dev.regimen.core.protocol.Protocol,
 * PlanOptions)}: the totals of its plan, how many cues the plan has, and which options the times
 * rest on, without the plan itself.
 *
 * @param minSeconds the shortest session in seconds, as {@link SessionPlan#minSeconds()}
 * @param maxSeconds the longest session in seconds, as {@link SessionPlan#maxSeconds()}
 * @param cues how many cues the plan has
 * @param assumptions the options some cue's time is assumed from; unmodifiable
 * @param hasAtLeastTimes whether some hold or timed set is given as a least time ("30 seconds or
 *     more"), so that a person may take longer than the totals say
 */
public record SessionLength(
    long minSeconds, long maxSeconds, int cues, Set<PlanAssumption> assumptions, boolean hasAtLeastTimes) {

  /**
   * Checks and copies the values.
   *
   * @param minSeconds the shortest session in seconds
   * @param maxSeconds the longest session in seconds
   * @param cues how many cues the plan has
   * @param assumptions the options some cue's time is assumed from; copied
   * @param hasAtLeastTimes whether some hold or timed set is given as a least time
   * @throws NullPointerException if the assumptions are null
   * @throws IllegalArgumentException if a total or the count is negative, the shortest is longer
   *     than the longest, or there is no cue
   */
  public SessionLength {
    Objects.requireNonNull(assumptions, "assumptions");
    if (minSeconds < 0 || minSeconds > maxSeconds) {
      throw new IllegalArgumentException(
          "minSeconds must be from 0 to maxSeconds (" + maxSeconds + "), was " + minSeconds);
    }
    if (cues < 1) {
      throw new IllegalArgumentException("cues must be at least 1, was " + cues);
    }
    assumptions =
        Collections.unmodifiableSet(
            assumptions.isEmpty() ? EnumSet.noneOf(PlanAssumption.class) : EnumSet.copyOf(assumptions));
  }

  /** {@return {@link #minSeconds()} as a duration} */
  public Duration minDuration() {
    return Duration.ofSeconds(minSeconds);
  }

  /** {@return {@link #maxSeconds()} as a duration} */
  public Duration maxDuration() {
    return Duration.ofSeconds(maxSeconds);
  }
}
