package dev.regimen.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Step;
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
  private static final int EXAMPLES = 300;

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
    return in -> new Case(Generators.protocols().generate(in), Generators.planOptions().generate(in));
  }

  /** Repetitions (bouts on one side or none) in one set of {@code n} repetitions. */
  private static int bouts(Dosage d, int n) {
    boolean perSide = d.repetitions().basis() == RepetitionBasis.PER_SIDE;
    return d.sideOrder().isOneSided() && perSide ? 2 * n : n;
  }

  /** Side switches in one set of {@code n} repetitions. */
  private static int switches(Dosage d, int n) {
    boolean perSide = d.repetitions().basis() == RepetitionBasis.PER_SIDE;
    switch (d.sideOrder()) {
      case ONE_SIDE_THEN_OTHER:
        return perSide || n >= 2 ? 1 : 0;
      case ALTERNATING:
        return perSide ? n : n / 2;
      default:
        return 0;
    }
  }

  /** The holds of one repetition, by the placement rule. */
  private static List<Hold> holdsOfOneRepetition(ProtocolEntry entry) {
    List<Hold> holds = new ArrayList<>();
    for (Step step : entry.exercise().steps()) {
      step.hold().ifPresent(h -> holds.add(entry.dosage().hold().orElse(h)));
    }
    if (holds.isEmpty()) {
      entry.dosage().hold().ifPresent(holds::add);
    }
    return holds;
  }

  private static long holdSeconds(Hold hold, PlanOptions options, boolean longest) {
    if (hold.seconds().isEmpty()) {
      return (long) hold.breaths().getAsInt() * options.secondsPerBreath();
    }
    return longest ? hold.maxSeconds().orElse(hold.seconds().getAsInt()) : hold.seconds().getAsInt();
  }

  /** An entry's seconds, its lead-in or next-exercise cue included, with {@code n} repetitions. */
  private static long entrySeconds(
      ProtocolEntry entry, int index, PlanOptions options, boolean longest) {
    Dosage d = entry.dosage();
    int n = longest ? d.repetitions().max() : d.repetitions().min();
    long repetition = (long) entry.exercise().steps().size() * options.secondsPerStep();
    for (Hold hold : holdsOfOneRepetition(entry)) {
      repetition += holdSeconds(hold, options, longest);
    }
    int bouts = bouts(d, n);
    int switches = switches(d, n);
    int rests = bouts - 1 - switches;
    long set =
        bouts * repetition
            + (long) switches * options.switchSidesSeconds()
            + (long) rests * d.restSeconds().orElse(options.restBetweenRepetitionsSeconds());
    long setRest = d.restBetweenSetsSeconds().orElse(options.restBetweenSetsSeconds());
    long intro = index == 0 ? options.leadInSeconds() : options.restBetweenExercisesSeconds();
    return intro + d.sets() * set + (d.sets() - 1) * setRest;
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
  void cueCountsMatchRepetitionsTimesSidesTimesSets() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                ProtocolEntry entry = c.protocol.entries().get(i);
                Dosage d = entry.dosage();
                List<Cue> cues = c.plan.cuesOfEntry(i);
                int most = d.sets() * bouts(d, d.repetitions().max());
                int fewest = d.sets() * bouts(d, d.repetitions().min());
                int holds = holdsOfOneRepetition(entry).size();
                int steps = entry.exercise().steps().size();
                List<Cue> holdCues = of(cues, CueKind.HOLD);
                List<Cue> switchCues = of(cues, CueKind.SWITCH_SIDES);

                assertThat(holdCues).hasSize(most * holds);
                assertThat(holdCues.stream().filter(h -> !h.optional())).hasSize(fewest * holds);
                assertThat(of(cues, CueKind.STEP)).hasSize(most * steps);
                assertThat(switchCues).hasSize(d.sets() * switches(d, d.repetitions().max()));
                assertThat(switchCues.stream().filter(s -> !s.optional()))
                    .hasSize(d.sets() * switches(d, d.repetitions().min()));
                assertThat(of(cues, i == 0 ? CueKind.LEAD_IN : CueKind.NEXT_EXERCISE)).hasSize(1);
              }
              assertThat(c.plan.cues().get(0).kind()).isEqualTo(CueKind.LEAD_IN);
              assertThat(c.plan.cues(CueKind.NEXT_EXERCISE)).hasSize(c.protocol.entries().size() - 1);
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
                for (int set = 1; set <= d.sets(); set++) {
                  List<Optional<Side>> sides = sidesOfRepetitions(c.plan.cuesOfEntry(i), set);
                  assertThat(sides).isNotEmpty();
                  assertSideOrder(d.sideOrder(), first, sides);
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
      if (cue.kind() == CueKind.STEP && at.set().getAsInt() == set && !at.equals(last)) {
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
  void cuesStandInEntryOrderAndOptionalCuesBelongToRepetitionsBeyondTheFewest() {
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
                if (cue.optional()) {
                  assertThat(at.repetition().getAsInt()).isGreaterThan(at.repetitionsMin().getAsInt());
                } else if (at.repetition().isPresent()) {
                  assertThat(at.repetition().getAsInt()).isLessThanOrEqualTo(at.repetitionsMin().getAsInt());
                }
              }
              assertThat(entry).isEqualTo(c.protocol.entries().size() - 1);
            });
  }

  @Test
  void aScreenedProtocolPlansToNoMoreThanTheWholeOne() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.screeningReports(), Generators.planOptions())
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
        .forAll(Generators.protocols())
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
