package dev.regimen.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.testing.Generators;
import dev.regimen.core.testing.ValueContracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of session plans over the shared generators. Expected counts and totals are worked
 * out here with arithmetic on the dosage, independently of how the plan is expanded.
 */
class SessionPlanPropertiesTest {
  /** Fewer than elsewhere: plans reach thousands of cues, and each example expands one. */
  private static final int EXAMPLES = 100;

  /** A protocol with plan options and its plan. */
  private static final class Case {
    final Protocol protocol;
    final PlanOptions options;
    final SessionPlan plan;

    Case(Protocol protocol, PlanOptions options) {
      this.protocol = protocol;
      this.options = options;
      this.plan = SessionPlan.of(protocol, options);
    }

    @Override
    public String toString() {
      return "protocol=" + protocol + ", options=" + options;
    }
  }

  private static Gen<Case> cases() {
    return in ->
        new Case(Generators.plannableProtocols().generate(in), Generators.planOptions().generate(in));
  }

  /**
   * Bouts (repetitions, or whole timed, distance or open sets, on one side or none) in one set of
   * {@code n} repetitions.
   */
  private static int bouts(Dosage d, int n) {
    if (d.repetitions().isEmpty()) {
      boolean twoSides =
          d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER
              || (d.sideOrder() == SideOrder.ALTERNATING && !d.amountGiven());
      return twoSides ? 2 : 1;
    }
    boolean perSide = d.repetitions().get().basis() == RepetitionBasis.PER_SIDE;
    return d.sideOrder().isOneSided() && perSide ? 2 * n : n;
  }

  /** Side switches (from the first side to the other) in one set of {@code n} repetitions. */
  private static int switches(Dosage d, int n) {
    if (d.repetitions().isEmpty()) {
      return bouts(d, n) == 2 ? 1 : 0;
    }
    boolean perSide = d.repetitions().get().basis() == RepetitionBasis.PER_SIDE;
    switch (d.sideOrder()) {
      case ONE_SIDE_THEN_OTHER:
        return perSide || n >= 2 ? 1 : 0;
      case ALTERNATING:
        return perSide ? n : n / 2;
      default:
        return 0;
    }
  }

  /** The times work moves to a side in one set: where the side set-up steps are played. */
  private static int sideRuns(Dosage d, int n) {
    if (!d.sideOrder().isOneSided()) {
      return 0;
    }
    if (d.sideOrder() == SideOrder.ALTERNATING) {
      return bouts(d, n);
    }
    return 1 + switches(d, n);
  }

  private static List<Step> steps(ProtocolEntry entry, StepPhase phase) {
    return entry.exercise().steps().stream().filter(st -> st.phase() == phase).collect(Collectors.toList());
  }

  /** The holds of one bout, by the placement rule: the dosage's wins at a repetition step. */
  private static List<Hold> holdsOfOneBout(ProtocolEntry entry) {
    List<Hold> holds = new ArrayList<>();
    for (Step step : steps(entry, StepPhase.REPETITION)) {
      step.hold().ifPresent(h -> holds.add(entry.dosage().hold().orElse(h)));
    }
    if (holds.isEmpty()) {
      entry.dosage().hold().ifPresent(holds::add);
    }
    return holds;
  }

  /** The holds of the steps of a phase other than repetition: each its own. */
  private static List<Hold> holdsOf(List<Step> steps) {
    return steps.stream().flatMap(st -> st.hold().stream()).collect(Collectors.toList());
  }

  private static long holdSeconds(Hold hold, PlanOptions options, boolean longest) {
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      return longest && !hold.orMore() ? hold.maxSeconds().orElse(min) : min;
    }
    if (hold.breaths().isPresent()) {
      int fewest = hold.breaths().getAsInt();
      return (long) (longest ? hold.maxBreaths().orElse(fewest) : fewest) * options.secondsPerBreath();
    }
    return options.assumedHoldSeconds();
  }

  private static long holdsSeconds(List<Hold> holds, PlanOptions options, boolean longest) {
    long seconds = 0;
    for (Hold hold : holds) {
      seconds += holdSeconds(hold, options, longest);
    }
    return seconds;
  }

  /** The work cue of one bout of a set that is not repetitions; 0 for repetitions. */
  private static long workSeconds(Dosage d, PlanOptions options, boolean longest) {
    if (d.duration().isPresent()) {
      TimeRange t = d.duration().get();
      return longest && !t.orMore() ? t.maxSeconds().orElse(t.seconds()) : t.seconds();
    }
    if (d.distance().isPresent()) {
      Distance distance = d.distance().get();
      int amount = longest ? distance.maxAmount().orElse(distance.amount()) : distance.amount();
      double metres = amount * metresPer(distance.unit());
      return (long) Math.ceil(metres / 1000.0 * options.secondsPerKilometre());
    }
    return d.asManyAsPossible() ? options.secondsPerOpenSet() : 0;
  }

  private static double metresPer(DistanceUnit unit) {
    switch (unit) {
      case KILOMETRES:
        return 1000.0;
      case MILES:
        return 1609.344;
      case YARDS:
        return 0.9144;
      default:
        return 1.0;
    }
  }

  private static boolean works(Dosage d) {
    return d.duration().isPresent() || d.distance().isPresent() || d.asManyAsPossible();
  }

  private static int repetitions(Dosage d, boolean longest) {
    return d.repetitions().map(r -> longest ? r.max() : r.min()).orElse(1);
  }

  /** An entry's seconds, its lead-in or next-exercise cue included: the fewest or the most. */
  private static long entrySeconds(
      ProtocolEntry entry, int index, PlanOptions options, boolean longest) {
    Dosage d = entry.dosage();
    int n = repetitions(d, longest);
    int sets = longest ? d.sets().max() : d.sets().min();
    int repetitionSteps = steps(entry, StepPhase.REPETITION).size();
    long movement =
        repetitionSteps == 0
            ? 0
            : d.tempo().isPresent() ? d.tempo().get().secondsPerRepetition() : options.secondsPerRepetition();
    long bout =
        movement
            + holdsSeconds(holdsOfOneBout(entry), options, longest)
            + workSeconds(d, options, longest);
    List<Step> sideSetup = steps(entry, StepPhase.SIDE_SETUP);
    long sideSetupSeconds =
        (long) sideSetup.size() * options.secondsPerStep() + holdsSeconds(holdsOf(sideSetup), options, longest);
    List<Step> switching = steps(entry, StepPhase.SWITCH_SIDES);
    long switchSeconds =
        (long) switching.size() * options.secondsPerStep() + holdsSeconds(holdsOf(switching), options, longest)
            + options.switchSidesSeconds();
    int bouts = bouts(d, n);
    int switches = switches(d, n);
    int rests = bouts - 1 - switches;
    boolean holds = !holdsOfOneBout(entry).isEmpty();
    Range rest = d.restSeconds().orElse(Range.of(holds ? options.restBetweenRepetitionsSeconds() : 0));
    long set =
        bouts * bout
            + switches * switchSeconds
            + (long) rests * (longest ? rest.max() : rest.min())
            + (long) sideRuns(d, n) * sideSetupSeconds;
    Range setRest = d.restBetweenSetsSeconds().orElse(Range.of(options.restBetweenSetsSeconds()));
    long intro = index == 0 ? options.leadInSeconds() : options.restBetweenExercisesSeconds();
    long once = 0;
    for (StepPhase phase : List.of(StepPhase.SETUP, StepPhase.FINISH)) {
      List<Step> steps = steps(entry, phase);
      once += (long) steps.size() * options.secondsPerStep() + holdsSeconds(holdsOf(steps), options, longest);
    }
    if (!d.sideOrder().isOneSided()) {
      once += sideSetupSeconds;
    }
    return intro + once + sets * set + (sets - 1) * (longest ? setRest.max() : setRest.min());
  }

  private static List<Cue> of(List<Cue> cues, CueKind kind) {
    return cues.stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
  }

  @Test
  void theDurationRangeIsConsistentAndIsTheSumOfTheCuesMinimaAndMaxima() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              long min = 0;
              long max = 0;
              for (Cue cue : c.plan.cues()) {
                assertThat(cue.minSeconds()).isLessThanOrEqualTo(cue.maxSeconds());
                min += cue.minSeconds();
                max += cue.maxSeconds();
              }
              assertThat(c.plan.minSeconds()).isEqualTo(min).isLessThanOrEqualTo(c.plan.maxSeconds());
              assertThat(c.plan.maxSeconds()).isEqualTo(max);
            });
  }

  @Test
  void theTotalRunsFromFewestRepetitionsAndShortestHoldsToMostAndLongest() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              long min = 0;
              long max = 0;
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                min += entrySeconds(c.protocol.entries().get(i), i, c.options, false);
                max += entrySeconds(c.protocol.entries().get(i), i, c.options, true);
              }
              assertThat(c.plan.minSeconds()).isEqualTo(min);
              assertThat(c.plan.maxSeconds()).isEqualTo(max);
            });
  }

  @Test
  void cueCountsMatchBoutsTimesSidesTimesSetsAndPhases() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                ProtocolEntry entry = c.protocol.entries().get(i);
                Dosage d = entry.dosage();
                List<Cue> cues = c.plan.cuesOfEntry(i);
                int most = d.sets().max() * bouts(d, repetitions(d, true));
                int fewest = d.sets().min() * bouts(d, repetitions(d, false));
                int holds = holdsOfOneBout(entry).size();
                int repetitionSteps = steps(entry, StepPhase.REPETITION).size();
                int sideSetup = steps(entry, StepPhase.SIDE_SETUP).size();
                int switching = steps(entry, StepPhase.SWITCH_SIDES).size();
                int once =
                    steps(entry, StepPhase.SETUP).size()
                        + steps(entry, StepPhase.FINISH).size()
                        + (d.sideOrder().isOneSided() ? 0 : sideSetup);
                int switchesMost = d.sets().max() * switches(d, repetitions(d, true));
                int switchesFewest = d.sets().min() * switches(d, repetitions(d, false));
                int runsMost = d.sets().max() * sideRuns(d, repetitions(d, true));
                int onceHolds =
                    holdsOf(steps(entry, StepPhase.SETUP)).size()
                        + holdsOf(steps(entry, StepPhase.FINISH)).size()
                        + (d.sideOrder().isOneSided() ? runsMost : 1)
                            * holdsOf(steps(entry, StepPhase.SIDE_SETUP)).size()
                        + switchesMost * holdsOf(steps(entry, StepPhase.SWITCH_SIDES)).size();
                List<Cue> holdCues = of(cues, CueKind.HOLD);
                List<Cue> switchCues = of(cues, CueKind.SWITCH_SIDES);

                assertThat(holdCues).hasSize(most * holds + onceHolds);
                assertThat(of(cues, CueKind.STEP))
                    .hasSize(
                        most * repetitionSteps
                            + once
                            + (d.sideOrder().isOneSided() ? runsMost * sideSetup : 0)
                            + switchesMost * switching);
                assertThat(of(cues, CueKind.WORK)).hasSize(works(d) ? most : 0);
                assertThat(of(cues, CueKind.WORK).stream().filter(w -> !w.optional()))
                    .hasSize(works(d) ? fewest : 0);
                assertThat(switchCues).hasSize(switchesMost);
                assertThat(switchCues.stream().filter(s -> !s.optional())).hasSize(switchesFewest);
                assertThat(of(cues, i == 0 ? CueKind.LEAD_IN : CueKind.NEXT_EXERCISE)).hasSize(1);
              }
              assertThat(c.plan.cues().get(0).kind()).isEqualTo(CueKind.LEAD_IN);
              assertThat(c.plan.cues(CueKind.NEXT_EXERCISE)).hasSize(c.protocol.entries().size() - 1);
            });
  }

  @Test
  void setUpAndFinishingStepsArePlayedOnceOutsideEverySet() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                ProtocolEntry entry = c.protocol.entries().get(i);
                List<Cue> steps = of(c.plan.cuesOfEntry(i), CueKind.STEP);
                for (StepPhase phase : List.of(StepPhase.SETUP, StepPhase.FINISH)) {
                  for (Step step : steps(entry, phase)) {
                    if (entry.exercise().steps().stream().filter(o -> o.text().equals(step.text())).count() > 1) {
                      continue; // a text said by two steps cannot be told apart by its cues
                    }
                    List<Cue> said =
                        steps.stream().filter(cue -> cue.text().equals(step.text())).collect(Collectors.toList());
                    assertThat(said).as("%s step '%s'", phase, step.text()).hasSize(1);
                    assertThat(said.get(0).position().set()).isEmpty();
                    assertThat(said.get(0).optional()).isFalse();
                  }
                }
              }
            });
  }

  @Test
  void sideOrderIsHonouredFromTheFirstSide() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                Dosage d = c.protocol.entries().get(i).dosage();
                Side first = d.firstSide().orElse(c.options.firstSide());
                for (int set = 1; set <= d.sets().max(); set++) {
                  List<Optional<Side>> sides = sidesOfRepetitions(c.plan.cuesOfEntry(i), set);
                  ProtocolEntry entry = c.protocol.entries().get(i);
                  if (steps(entry, StepPhase.REPETITION).isEmpty() && holdsOfOneBout(entry).isEmpty() && !works(d)) {
                    continue; // a bout of nothing: no cue tells its side
                  }
                  assertThat(sides).isNotEmpty();
                  if (d.repetitions().isEmpty()) {
                    // one bout a side worked one after the other, else one bout in all
                    assertThat(sides)
                        .isEqualTo(
                            bouts(d, 1) == 2
                                ? List.of(Optional.of(first), Optional.of(first.opposite()))
                                : List.of(Optional.empty()));
                  } else {
                    assertSideOrder(d.sideOrder(), first, sides);
                  }
                }
              }
            });
  }

  /** The side of each repetition of a set, in order, read from where its first step stands. */
  private static List<Optional<Side>> sidesOfRepetitions(List<Cue> cues, int set) {
    List<Optional<Side>> sides = new ArrayList<>();
    CuePosition last = null;
    for (Cue cue : cues) {
      CuePosition at = cue.position();
      boolean ofABout = cue.kind() == CueKind.STEP || cue.kind() == CueKind.HOLD || cue.kind() == CueKind.WORK;
      if (ofABout && at.set().isPresent() && at.set().getAsInt() == set && !at.equals(last)) {
        sides.add(at.side());
        last = at;
      }
    }
    return sides;
  }

  private static void assertSideOrder(SideOrder order, Side first, List<Optional<Side>> sides) {
    if (order == SideOrder.BOTH_AT_ONCE) {
      assertThat(sides).allMatch(Optional::isEmpty);
      return;
    }
    assertThat(sides).allMatch(Optional::isPresent);
    assertThat(sides.get(0)).contains(first);
    if (order == SideOrder.ALTERNATING) {
      for (int k = 0; k < sides.size(); k++) {
        assertThat(sides.get(k)).contains(k % 2 == 0 ? first : first.opposite());
      }
    } else {
      int firstOther = sides.indexOf(Optional.of(first.opposite()));
      if (firstOther >= 0) {
        assertThat(sides.subList(firstOther, sides.size()))
            .allMatch(s -> s.equals(Optional.of(first.opposite())));
        assertThat(sides.subList(0, firstOther)).allMatch(s -> s.equals(Optional.of(first)));
      }
    }
  }

  @Test
  void cuesStandInEntryOrderAndOptionalCuesBelongToSetsOrRepetitionsBeyondTheFewest() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              int entry = 0;
              for (Cue cue : c.plan.cues()) {
                CuePosition at = cue.position();
                assertThat(at.entryIndex()).isBetween(entry, entry + 1);
                entry = at.entryIndex();
                assertThat(at.exerciseId())
                    .isEqualTo(c.protocol.entries().get(entry).exercise().id());
                int fewestSets = c.protocol.entries().get(entry).dosage().sets().min();
                boolean beyondFewestSets = at.set().isPresent() && at.set().getAsInt() > fewestSets;
                if (at.set().isEmpty()) {
                  assertThat(cue.optional()).as("set-up, finish and introductions").isFalse();
                } else if (cue.optional()) {
                  assertThat(beyondFewestSets || at.repetition().getAsInt() > at.repetitionsMin().getAsInt())
                      .isTrue();
                } else {
                  assertThat(beyondFewestSets).isFalse();
                  assertThat(at.repetition().getAsInt()).isLessThanOrEqualTo(at.repetitionsMin().getAsInt());
                }
              }
              assertThat(entry).isEqualTo(c.protocol.entries().size() - 1);
            });
  }

  @Test
  void aScreenedProtocolPlansToNoMoreThanTheWholeOne() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.screeningReports(Generators.plannableProtocols()), Generators.planOptions())
        .checkAssert(
            (report, options) ->
                report
                    .personalised()
                    .ifPresent(
                        p -> {
                          SessionPlan plan = SessionPlan.of(p, options);
                          assertThat(plan.cues(CueKind.NEXT_EXERCISE))
                              .hasSize(p.entries().size() - 1);
                          assertThat(plan.protocolId()).isEqualTo(report.protocolId());
                        }));
  }

  @Test
  void plansAreValuesWhoseListsCannotBeChangedThroughThem() {
    qt().withExamples(100)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            plan -> {
              ValueContracts.assertSameValue(SessionPlan.builder().from(plan).build(), plan);
              ValueContracts.assertListsUnmodifiable(plan);
              ValueContracts.assertBuilderCopiesLists(plan);
              ValueContracts.assertSameValue(
                  PlanOptions.builder().from(plan.options()).build(), plan.options());
              Cue cue = plan.cues().get(plan.cues().size() - 1);
              ValueContracts.assertSameValue(Cue.builder().from(cue).build(), cue);
              ValueContracts.assertSameValue(
                  CuePosition.builder().from(cue.position()).build(), cue.position());
              ValueContracts.assertSameValue(
                  CueDuration.builder().from(cue.duration()).build(), cue.duration());
              assertThatThrownBy(() -> plan.cues(CueKind.HOLD).add(cue))
                  .isInstanceOf(UnsupportedOperationException.class);
            });
  }

  @Test
  void buildersRejectNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(SessionPlan.builder());
    ValueContracts.assertBuilderRejectsNulls(Cue.builder());
    ValueContracts.assertBuilderRejectsNulls(CuePosition.builder());
    ValueContracts.assertBuilderRejectsNulls(PlanOptions.builder());
  }

  @Test
  void screeningThenPlanningUsesOnlyTheKeptEntries() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.plannableProtocols())
        .checkAssert(
            protocol -> {
              SessionPlan whole = SessionPlan.of(protocol);
              SessionPlan screened =
                  SessionPlan.of(
                      Screening.screen(protocol, PatientProfile.empty())
                          .personalised()
                          .orElseThrow());
              assertThat(screened.cues()).isEqualTo(whole.cues());
            });
  }
}
