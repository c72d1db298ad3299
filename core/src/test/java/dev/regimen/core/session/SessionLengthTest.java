package dev.regimen.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.Generators;
import dev.regimen.core.validation.ValidationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SessionPlan#length}: the plan's totals without the plan. Each example is checked against
 * the plan itself, made by {@link SessionPlan#of(Protocol, PlanOptions)}.
 */
class SessionLengthTest {
  /** Fewer than elsewhere: plans reach thousands of cues, and each example expands several. */
  private static final int EXAMPLES = 150;

  /** Each shrink cycle expands plans too: a failure reports within seconds, not minutes. */
  private static final int SHRINK_CYCLES = 30;

  /** Each option a plan may assume, and a change of it by one second. */
  private static final Map<PlanAssumption, UnaryOperator<PlanOptions.Builder>> LONGER =
      Map.ofEntries(
          Map.entry(PlanAssumption.LEAD_IN, b -> b.leadInSeconds(b.build().leadInSeconds() + 1)),
          Map.entry(PlanAssumption.SECONDS_PER_STEP, b -> b.secondsPerStep(b.build().secondsPerStep() + 1)),
          Map.entry(
              PlanAssumption.SECONDS_PER_REPETITION,
              b -> b.secondsPerRepetition(b.build().secondsPerRepetition() + 1)),
          Map.entry(PlanAssumption.SECONDS_PER_BREATH, b -> b.secondsPerBreath(b.build().secondsPerBreath() + 1)),
          Map.entry(
              PlanAssumption.ASSUMED_HOLD_SECONDS, b -> b.assumedHoldSeconds(b.build().assumedHoldSeconds() + 1)),
          Map.entry(PlanAssumption.SECONDS_PER_OPEN_SET, b -> b.secondsPerOpenSet(b.build().secondsPerOpenSet() + 1)),
          Map.entry(
              PlanAssumption.SECONDS_PER_KILOMETRE, b -> b.secondsPerKilometre(b.build().secondsPerKilometre() + 1)),
          Map.entry(
              PlanAssumption.REST_BETWEEN_REPETITIONS,
              b -> b.restBetweenRepetitionsSeconds(b.build().restBetweenRepetitionsSeconds() + 1)),
          Map.entry(
              PlanAssumption.REST_BETWEEN_SETS, b -> b.restBetweenSetsSeconds(b.build().restBetweenSetsSeconds() + 1)),
          Map.entry(
              PlanAssumption.REST_BETWEEN_EXERCISES,
              b -> b.restBetweenExercisesSeconds(b.build().restBetweenExercisesSeconds() + 1)),
          Map.entry(PlanAssumption.SWITCH_SIDES, b -> b.switchSidesSeconds(b.build().switchSidesSeconds() + 1)));

  /** A property of a protocol, plan options, the protocol's plan with them and its length. */
  private interface Property {
    void check(Protocol protocol, PlanOptions options, SessionPlan plan, SessionLength length);
  }

  /** Checks a property over generated plannable protocols and plan options. */
  private static void forEveryCase(Property property) {
    Gen<Protocol> protocols = Generators.plannableProtocols();
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(protocols, Generators.planOptions())
        .checkAssert(
            (protocol, options) ->
                property.check(
                    protocol, options, SessionPlan.of(protocol, options), SessionPlan.length(protocol, options)));
  }

  @Test
  void theLengthIsThePlansTotalsAndCueCount() {
    forEveryCase(
        (protocol, options, plan, length) -> {
          assertThat(length.minSeconds()).isEqualTo(plan.minSeconds());
          assertThat(length.maxSeconds()).isEqualTo(plan.maxSeconds());
          assertThat(length.cues()).isEqualTo(plan.cues().size());
          assertThat(length.minDuration()).isEqualTo(plan.minDuration());
          assertThat(length.maxDuration()).isEqualTo(plan.maxDuration());
        });
  }

  @Test
  void anOptionTheLengthDoesNotRestOnChangesNoTimeOfThePlan() {
    assertThat(LONGER.keySet()).isEqualTo(EnumSet.allOf(PlanAssumption.class));
    forEveryCase(
        (protocol, options, plan, length) -> {
          for (PlanAssumption unused : EnumSet.complementOf(EnumSet.copyOf(length.assumptions()))) {
            PlanOptions longer = LONGER.get(unused).apply(options.toBuilder()).build();
            SessionPlan other = SessionPlan.of(protocol, longer);
            assertThat(other.cues()).as("the plan with %s one second longer", unused).isEqualTo(plan.cues());
          }
        });
  }

  @Test
  void theLengthRestsOnTheOptionsOfTheCuesThePlanHas() {
    forEveryCase(
        (protocol, options, plan, length) -> {
          assertThat(length.assumptions()).contains(PlanAssumption.LEAD_IN);
          assertThat(length.assumptions().contains(PlanAssumption.SWITCH_SIDES))
              .isEqualTo(!plan.cues(CueKind.SWITCH_SIDES).isEmpty());
          assertThat(length.assumptions().contains(PlanAssumption.REST_BETWEEN_EXERCISES))
              .isEqualTo(!plan.cues(CueKind.NEXT_EXERCISE).isEmpty());
          boolean breathHold =
              plan.cues(CueKind.HOLD).stream()
                  .anyMatch(c -> c.hold().orElseThrow().seconds().isEmpty() && c.hold().get().breaths().isPresent());
          assertThat(length.assumptions().contains(PlanAssumption.SECONDS_PER_BREATH)).isEqualTo(breathHold);
          boolean wordsHold = plan.cues(CueKind.HOLD).stream().anyMatch(c -> !c.hold().orElseThrow().hasNumbers());
          assertThat(length.assumptions().contains(PlanAssumption.ASSUMED_HOLD_SECONDS)).isEqualTo(wordsHold);
          boolean atLeastHold =
              plan.cues(CueKind.HOLD).stream()
                  .anyMatch(c -> c.hold().orElseThrow().orMore() && c.hold().get().hasNumbers());
          if (atLeastHold) {
            assertThat(length.hasAtLeastTimes()).isTrue();
          }
        });
  }

  @Test
  void aPlanPastItsCueLimitStopsTheLengthWithTheSameMessage() {
    forEveryCase(
        (protocol, options, plan, length) -> {
          int cues = plan.cues().size();
          PlanOptions tight = options.toBuilder().maxCues(Math.max(1, cues - 1)).build();
          if (cues == 1) {
            return;
          }
          ValidationException planned =
              org.junit.jupiter.api.Assertions.assertThrows(
                  ValidationException.class, () -> SessionPlan.of(protocol, tight));
          assertThatThrownBy(() -> SessionPlan.length(protocol, tight))
              .isInstanceOf(ValidationException.class)
              .hasMessage(planned.getMessage());
        });
  }

  @Test
  void aLengthHandsOutItsAssumptionsUnmodifiableAndCopied() {
    EnumSet<PlanAssumption> given = EnumSet.of(PlanAssumption.LEAD_IN);
    SessionLength length = new SessionLength(10, 20, 1, given, false);
    given.add(PlanAssumption.SWITCH_SIDES);
    assertThat(length.assumptions()).containsExactly(PlanAssumption.LEAD_IN);
    assertThatThrownBy(() -> length.assumptions().add(PlanAssumption.SWITCH_SIDES))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAShortestSessionLongerThanTheLongest() {
    assertThatThrownBy(() -> new SessionLength(30, 20, 1, EnumSet.noneOf(PlanAssumption.class), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSeconds must be from 0 to maxSeconds (20), was 30");
  }
}
