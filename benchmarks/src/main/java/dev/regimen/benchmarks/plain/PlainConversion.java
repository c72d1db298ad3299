package dev.regimen.benchmarks.plain;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Coding;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Conversions between Regimen's model and the {@link Plain} records, in three directions:
 *
 * <ul>
 *   <li>{@link #toPlain(Protocol)}: the records equivalent to a protocol (benchmark setup); every
 *       attribute of the model is carried over, so that a record that differs from the format
 *       shows in the benchmarks' byte-for-byte checks;
 *   <li>{@link #build(Plain.Protocol)}: the protocol built from records through Regimen's public
 *       builders and factories, every value validated (the builder benchmark);
 *   <li>{@link #copy(Plain.Protocol)}: new records constructed from records, nothing checked (its
 *       baseline: the same walk over the same data, constructing the equivalent records).
 * </ul>
 *
 * Enum constants map by position; the constants of each pair of enums have the same names in the
 * same order, which {@link #checkEnums()} verifies.
 */
public final class PlainConversion {
  private PlainConversion() {}

  // ------------------------------------------------------------------ model -> records

  /**
   * The records equivalent to a protocol.
   *
   * @param p the protocol
   * @return its records
   */
  public static Plain.Protocol toPlain(Protocol p) {
    return new Plain.Protocol(
        p.id(),
        p.name(),
        language(p.language()),
        p.summary(),
        map(p.targetSegments(), SpinalSegment::label),
        map(p.conditions(), PlainConversion::toPlain),
        map(p.entries(), PlainConversion::toPlain),
        map(p.advisories(), PlainConversion::toPlain),
        map(p.cautions(), PlainConversion::toPlain),
        map(p.recommendations(), PlainConversion::toPlain),
        List.copyOf(p.takeaways()),
        map(p.sources(), PlainConversion::toPlain));
  }

  /** The format leaves the default language out: null here. */
  private static String language(String language) {
    return language.equals(Exercise.DEFAULT_LANGUAGE) ? null : language;
  }

  private static Plain.Condition toPlain(Condition c) {
    return new Plain.Condition(
        c.id(),
        c.name(),
        c.description(),
        map(c.affectedSegments(), SpinalSegment::label),
        map(c.codings(), k -> new Plain.Coding(k.system(), k.code(), k.display())),
        map(c.findings(), f -> new Plain.Finding(f.id(), f.name(), f.description().orElse(null))));
  }

  /**
   * The record of an entry.
   *
   * @param e the entry
   * @return its record
   */
  public static Plain.Entry toPlain(ProtocolEntry e) {
    return new Plain.Entry(toPlain(e.exercise()), toPlain(e.dosage()), e.note().orElse(null));
  }

  private static Plain.Exercise toPlain(Exercise e) {
    return new Plain.Exercise(
        e.id(),
        e.name(),
        Plain.ExerciseKind.values()[e.kind().ordinal()],
        language(e.language()),
        e.level().map(l -> Plain.ExerciseLevel.values()[l.ordinal()]).orElse(null),
        e.force().map(f -> Plain.Force.values()[f.ordinal()]).orElse(null),
        e.mechanic().map(m -> Plain.Mechanic.values()[m.ordinal()]).orElse(null),
        e.purpose().orElse(null),
        e.startingPosition().orElse(null),
        List.copyOf(e.equipment()),
        e.needsNoEquipment(),
        e.needsPartner(),
        map(e.primaryTargets(), PlainConversion::toPlain),
        map(e.secondaryTargets(), PlainConversion::toPlain),
        map(
            e.steps(),
            s -> new Plain.Step(
                s.text(),
                Plain.StepPhase.values()[s.phase().ordinal()],
                s.hold().map(PlainConversion::toPlain).orElse(null),
                map(s.media(), PlainConversion::toPlain))),
        map(e.sensations(), s -> new Plain.Sensation(s.description(), map(s.areas(), PlainConversion::toPlain))),
        map(
            e.modifications(),
            m -> new Plain.Modification(Plain.ModificationReason.values()[m.reason().ordinal()], m.when(), m.instruction())),
        map(
            e.progressions(),
            g -> new Plain.Progression(
                g.name(), Plain.ProgressionDirection.values()[g.direction().ordinal()], g.instruction().orElse(null), g.sign())),
        map(e.contraindications(), PlainConversion::toPlain),
        map(e.cautions(), PlainConversion::toPlain),
        map(e.quotes(), PlainConversion::toPlain),
        map(e.media(), PlainConversion::toPlain),
        map(e.sources(), PlainConversion::toPlain),
        map(e.authors(), PlainConversion::toPlain),
        e.licence().orElse(null),
        map(e.externalIds(), x -> new Plain.ExternalId(x.dataset(), x.id())));
  }

  /** A standard area by its id alone, as the format writes it; a custom one with its name. */
  private static Plain.BodyArea toPlain(BodyArea a) {
    return new Plain.BodyArea(a.id(), a.isStandard() ? null : a.displayName());
  }

  private static Plain.Media toPlain(Media m) {
    return new Plain.Media(
        m.uri().toString(),
        m.mediaType(),
        m.altText(),
        Plain.MediaRole.values()[m.role().ordinal()],
        m.caption().orElse(null));
  }

  /**
   * The record of a hold.
   *
   * @param h the hold
   * @return its record
   */
  public static Plain.Hold toPlain(Hold h) {
    return new Plain.Hold(
        boxed(h.seconds()),
        boxed(h.maxSeconds()),
        boxed(h.breaths()),
        boxed(h.maxBreaths()),
        h.orMore(),
        h.approximate(),
        h.wording().orElse(null));
  }

  private static Plain.Range toPlain(Range r) {
    return new Plain.Range(r.min(), r.max());
  }

  private static Plain.Dosage toPlain(Dosage d) {
    return new Plain.Dosage(
        d.repetitions()
            .map(r -> new Plain.Repetitions(r.min(), r.max(), Plain.RepetitionBasis.values()[r.basis().ordinal()]))
            .orElse(null),
        d.duration()
            .map(t -> new Plain.TimeRange(t.seconds(), boxed(t.maxSeconds()), t.orMore(), t.approximate(), t.wording().orElse(null)))
            .orElse(null),
        d.distance()
            .map(x -> new Plain.Distance(x.amount(), boxed(x.maxAmount()), Plain.DistanceUnit.values()[x.unit().ordinal()]))
            .orElse(null),
        d.asManyAsPossible(),
        d.hold().map(PlainConversion::toPlain).orElse(null),
        toPlain(d.sets()),
        Plain.SideOrder.values()[d.sideOrder().ordinal()],
        d.firstSide().map(s -> Plain.Side.values()[s.ordinal()]).orElse(null),
        d.restSeconds().map(PlainConversion::toPlain).orElse(null),
        d.restBetweenSetsSeconds().map(PlainConversion::toPlain).orElse(null),
        d.frequency()
            .map(f -> new Plain.Frequency(f.min(), f.max(), Plain.FrequencyPeriod.values()[f.period().ordinal()], f.wording().orElse(null)))
            .orElse(null),
        boxed(d.programmeWeeks()),
        d.intensity().map(i -> new Plain.Intensity(i.description())).orElse(null),
        d.load()
            .map(l -> new Plain.Load(
                Plain.LoadUnit.values()[l.unit().ordinal()], number(l.amount()), number(l.maxAmount()), l.description().orElse(null)))
            .orElse(null),
        d.effort()
            .map(f -> new Plain.Effort(Plain.EffortScale.values()[f.scale().ordinal()], f.value(), boxed(f.maxValue())))
            .orElse(null),
        d.tempo().map(Tempo::notation).orElse(null),
        d.notes().orElse(null));
  }

  /** A whole amount as an {@link Integer} (the format writes it without a fraction), else a {@link Double}. */
  private static Number number(OptionalDouble value) {
    if (value.isEmpty()) {
      return null;
    }
    double v = value.getAsDouble();
    return v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE ? (Number) (int) v : (Number) v;
  }

  private static Plain.Contraindication toPlain(Contraindication c) {
    return new Plain.Contraindication(
        c.conditionId(),
        c.findingId().orElse(null),
        Plain.Severity.values()[c.severity().ordinal()],
        c.rationale(),
        c.quote().map(PlainConversion::toPlain).orElse(null),
        List.copyOf(c.sourceIds()));
  }

  private static Plain.Caution toPlain(Caution c) {
    return new Plain.Caution(
        c.text(),
        Plain.Severity.values()[c.severity().ordinal()],
        c.quote().map(PlainConversion::toPlain).orElse(null),
        List.copyOf(c.sourceIds()));
  }

  private static Plain.Quote toPlain(Quote q) {
    return new Plain.Quote(q.text(), toPlain(q.speaker()), q.sourceId().orElse(null));
  }

  private static Plain.Person toPlain(Person p) {
    return new Plain.Person(p.name(), p.credentials().orElse(null), p.role().orElse(null));
  }

  private static Plain.Advisory toPlain(Advisory a) {
    return new Plain.Advisory(
        a.id(),
        a.name(),
        a.text(),
        Plain.AdvisoryTrigger.values()[a.trigger().ordinal()],
        boxed(a.painWeeksAtLeast()),
        map(a.quotes(), PlainConversion::toPlain),
        List.copyOf(a.sourceIds()));
  }

  private static Plain.Recommendation toPlain(Recommendation r) {
    return new Plain.Recommendation(
        r.id(), r.name(), r.text(), map(r.quotes(), PlainConversion::toPlain), List.copyOf(r.sourceIds()));
  }

  private static Plain.Source toPlain(Source s) {
    return new Plain.Source(
        s.id(),
        s.name(),
        s.author().orElse(null),
        s.publisher().orElse(null),
        s.link().map(URI::toString).orElse(null),
        map(s.experts(), PlainConversion::toPlain),
        s.note().orElse(null));
  }

  // ------------------------------------------------------------------ records -> model (builders)

  private static final ExerciseKind[] KINDS = ExerciseKind.values();
  private static final ExerciseLevel[] LEVELS = ExerciseLevel.values();
  private static final Force[] FORCES = Force.values();
  private static final Mechanic[] MECHANICS = Mechanic.values();
  private static final StepPhase[] PHASES = StepPhase.values();
  private static final MediaRole[] ROLES = MediaRole.values();
  private static final ModificationReason[] REASONS = ModificationReason.values();
  private static final ProgressionDirection[] DIRECTIONS = ProgressionDirection.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final RepetitionBasis[] BASES = RepetitionBasis.values();
  private static final SideOrder[] SIDE_ORDERS = SideOrder.values();
  private static final Side[] SIDES = Side.values();
  private static final FrequencyPeriod[] PERIODS = FrequencyPeriod.values();
  private static final DistanceUnit[] DISTANCE_UNITS = DistanceUnit.values();
  private static final LoadUnit[] LOAD_UNITS = LoadUnit.values();
  private static final EffortScale[] SCALES = EffortScale.values();
  private static final AdvisoryTrigger[] TRIGGERS = AdvisoryTrigger.values();

  /**
   * Builds a protocol from records through Regimen's public builders; every value is validated as
   * it is built.
   *
   * @param p the records
   * @return the protocol
   * @throws dev.regimen.core.validation.ValidationException if the records break a rule of the
   *     model
   */
  public static Protocol build(Plain.Protocol p) {
    Protocol.Builder b = Protocol.builder().id(p.id()).name(p.name()).summary(p.summary());
    if (p.language() != null) {
      b.language(p.language());
    }
    for (String s : p.targetSegments()) {
      b.addTargetSegments(SpinalSegment.parse(s));
    }
    for (Plain.Condition c : p.conditions()) {
      b.addConditions(build(c));
    }
    for (Plain.Entry e : p.entries()) {
      ProtocolEntry.Builder entry =
          ProtocolEntry.builder().exercise(build(e.exercise())).dosage(build(e.dosage()));
      if (e.note() != null) {
        entry.note(e.note());
      }
      b.addEntries(entry.build());
    }
    for (Plain.Advisory a : p.advisories()) {
      b.addAdvisories(build(a));
    }
    for (Plain.Caution c : p.cautions()) {
      b.addCautions(build(c));
    }
    for (Plain.Recommendation r : p.recommendations()) {
      Recommendation.Builder rb =
          Recommendation.builder().id(r.id()).name(r.name()).text(r.text()).addAllSourceIds(r.sourceIds());
      for (Plain.Quote q : r.quotes()) {
        rb.addQuotes(build(q));
      }
      b.addRecommendations(rb.build());
    }
    b.addAllTakeaways(p.takeaways());
    for (Plain.Source s : p.sources()) {
      b.addSources(build(s));
    }
    return b.build();
  }

  private static Condition build(Plain.Condition c) {
    Condition.Builder b = Condition.builder().id(c.id()).name(c.name()).description(c.description());
    for (String s : c.affectedSegments()) {
      b.addAffectedSegments(SpinalSegment.parse(s));
    }
    for (Plain.Coding k : c.codings()) {
      b.addCodings(Coding.of(k.system(), k.code(), k.display()));
    }
    for (Plain.Finding f : c.findings()) {
      Finding.Builder fb = Finding.builder().id(f.id()).name(f.name());
      if (f.description() != null) {
        fb.description(f.description());
      }
      b.addFindings(fb.build());
    }
    return b.build();
  }

  private static Exercise build(Plain.Exercise e) {
    Exercise.Builder b =
        Exercise.builder()
            .id(e.id())
            .name(e.name())
            .kind(KINDS[e.kind().ordinal()])
            .addAllEquipment(e.equipment())
            .needsNoEquipment(e.needsNoEquipment())
            .needsPartner(e.needsPartner());
    if (e.language() != null) {
      b.language(e.language());
    }
    if (e.level() != null) {
      b.level(LEVELS[e.level().ordinal()]);
    }
    if (e.force() != null) {
      b.force(FORCES[e.force().ordinal()]);
    }
    if (e.mechanic() != null) {
      b.mechanic(MECHANICS[e.mechanic().ordinal()]);
    }
    if (e.purpose() != null) {
      b.purpose(e.purpose());
    }
    if (e.startingPosition() != null) {
      b.startingPosition(e.startingPosition());
    }
    for (Plain.BodyArea a : e.primaryTargets()) {
      b.addPrimaryTargets(build(a));
    }
    for (Plain.BodyArea a : e.secondaryTargets()) {
      b.addSecondaryTargets(build(a));
    }
    for (Plain.Step s : e.steps()) {
      Step.Builder sb = Step.builder().text(s.text()).phase(PHASES[s.phase().ordinal()]);
      if (s.hold() != null) {
        sb.hold(build(s.hold()));
      }
      for (Plain.Media m : s.media()) {
        sb.addMedia(build(m));
      }
      b.addSteps(sb.build());
    }
    for (Plain.Sensation s : e.sensations()) {
      Sensation.Builder sb = Sensation.builder().description(s.description());
      for (Plain.BodyArea a : s.areas()) {
        sb.addAreas(build(a));
      }
      b.addSensations(sb.build());
    }
    for (Plain.Modification m : e.modifications()) {
      b.addModifications(Modification.of(REASONS[m.reason().ordinal()], m.when(), m.instruction()));
    }
    for (Plain.Progression g : e.progressions()) {
      Progression.Builder pb =
          Progression.builder().name(g.name()).direction(DIRECTIONS[g.direction().ordinal()]).sign(g.sign());
      if (g.instruction() != null) {
        pb.instruction(g.instruction());
      }
      b.addProgressions(pb.build());
    }
    for (Plain.Contraindication c : e.contraindications()) {
      Contraindication.Builder cb =
          Contraindication.builder()
              .conditionId(c.conditionId())
              .severity(SEVERITIES[c.severity().ordinal()])
              .rationale(c.rationale())
              .addAllSourceIds(c.sourceIds());
      if (c.findingId() != null) {
        cb.findingId(c.findingId());
      }
      if (c.quote() != null) {
        cb.quote(build(c.quote()));
      }
      b.addContraindications(cb.build());
    }
    for (Plain.Caution c : e.cautions()) {
      b.addCautions(build(c));
    }
    for (Plain.Quote q : e.quotes()) {
      b.addQuotes(build(q));
    }
    for (Plain.Media m : e.media()) {
      b.addMedia(build(m));
    }
    for (Plain.Source s : e.sources()) {
      b.addSources(build(s));
    }
    for (Plain.Person a : e.authors()) {
      b.addAuthors(build(a));
    }
    if (e.licence() != null) {
      b.licence(e.licence());
    }
    for (Plain.ExternalId x : e.externalIds()) {
      b.addExternalIds(ExternalId.of(x.dataset(), x.id()));
    }
    return b.build();
  }

  /**
   * A standard area is looked up by its id; a record with a display name is a custom area.
   *
   * @throws IllegalArgumentException if a record without a display name names no standard area
   */
  private static BodyArea build(Plain.BodyArea a) {
    if (a.displayName() != null) {
      return BodyArea.custom(a.id(), a.displayName());
    }
    Optional<BodyArea> standard = BodyArea.standard(a.id());
    if (standard.isEmpty()) {
      throw new IllegalArgumentException("no standard body area has the id '" + a.id() + "'");
    }
    return standard.get();
  }

  private static Media build(Plain.Media m) {
    Media.Builder b =
        Media.builder().uri(URI.create(m.uri())).mediaType(m.mediaType()).altText(m.altText()).role(ROLES[m.role().ordinal()]);
    if (m.caption() != null) {
      b.caption(m.caption());
    }
    return b.build();
  }

  private static Caution build(Plain.Caution c) {
    Caution.Builder b =
        Caution.builder().text(c.text()).severity(SEVERITIES[c.severity().ordinal()]).addAllSourceIds(c.sourceIds());
    if (c.quote() != null) {
      b.quote(build(c.quote()));
    }
    return b.build();
  }

  private static Hold build(Plain.Hold h) {
    Hold.Builder b = Hold.builder().orMore(h.orMore()).approximate(h.approximate());
    if (h.seconds() != null) {
      b.seconds(h.seconds());
    }
    if (h.maxSeconds() != null) {
      b.maxSeconds(h.maxSeconds());
    }
    if (h.breaths() != null) {
      b.breaths(h.breaths());
    }
    if (h.maxBreaths() != null) {
      b.maxBreaths(h.maxBreaths());
    }
    if (h.wording() != null) {
      b.wording(h.wording());
    }
    return b.build();
  }

  private static Range build(Plain.Range r) {
    return Range.between(r.min(), r.max());
  }

  private static Dosage build(Plain.Dosage d) {
    Dosage.Builder b =
        Dosage.builder()
            .asManyAsPossible(d.asManyAsPossible())
            .sets(build(d.sets()))
            .sideOrder(SIDE_ORDERS[d.sideOrder().ordinal()]);
    if (d.repetitions() != null) {
      Plain.Repetitions r = d.repetitions();
      b.repetitions(Repetitions.builder().min(r.min()).max(r.max()).basis(BASES[r.basis().ordinal()]).build());
    }
    if (d.duration() != null) {
      Plain.TimeRange t = d.duration();
      TimeRange.Builder tb = TimeRange.builder().seconds(t.seconds()).orMore(t.orMore()).approximate(t.approximate());
      if (t.maxSeconds() != null) {
        tb.maxSeconds(t.maxSeconds());
      }
      if (t.wording() != null) {
        tb.wording(t.wording());
      }
      b.duration(tb.build());
    }
    if (d.distance() != null) {
      Plain.Distance x = d.distance();
      Distance.Builder xb = Distance.builder().amount(x.amount()).unit(DISTANCE_UNITS[x.unit().ordinal()]);
      if (x.maxAmount() != null) {
        xb.maxAmount(x.maxAmount());
      }
      b.distance(xb.build());
    }
    if (d.hold() != null) {
      b.hold(build(d.hold()));
    }
    if (d.firstSide() != null) {
      b.firstSide(SIDES[d.firstSide().ordinal()]);
    }
    if (d.restSeconds() != null) {
      b.restSeconds(build(d.restSeconds()));
    }
    if (d.restBetweenSetsSeconds() != null) {
      b.restBetweenSetsSeconds(build(d.restBetweenSetsSeconds()));
    }
    if (d.frequency() != null) {
      Plain.Frequency f = d.frequency();
      Frequency.Builder fb =
          Frequency.builder().min(f.min()).max(f.max()).period(PERIODS[f.period().ordinal()]);
      if (f.wording() != null) {
        fb.wording(f.wording());
      }
      b.frequency(fb.build());
    }
    if (d.programmeWeeks() != null) {
      b.programmeWeeks(d.programmeWeeks());
    }
    if (d.intensity() != null) {
      b.intensity(Intensity.described(d.intensity().description()));
    }
    if (d.load() != null) {
      Plain.Load l = d.load();
      Load.Builder lb = Load.builder().unit(LOAD_UNITS[l.unit().ordinal()]);
      if (l.amount() != null) {
        lb.amount(l.amount().doubleValue());
      }
      if (l.maxAmount() != null) {
        lb.maxAmount(l.maxAmount().doubleValue());
      }
      if (l.description() != null) {
        lb.description(l.description());
      }
      b.load(lb.build());
    }
    if (d.effort() != null) {
      Plain.Effort f = d.effort();
      Effort.Builder fb = Effort.builder().scale(SCALES[f.scale().ordinal()]).value(f.value());
      if (f.maxValue() != null) {
        fb.maxValue(f.maxValue());
      }
      b.effort(fb.build());
    }
    if (d.tempo() != null) {
      b.tempo(Tempo.parse(d.tempo()));
    }
    if (d.notes() != null) {
      b.notes(d.notes());
    }
    return b.build();
  }

  private static Advisory build(Plain.Advisory a) {
    Advisory.Builder b =
        Advisory.builder()
            .id(a.id())
            .name(a.name())
            .text(a.text())
            .trigger(TRIGGERS[a.trigger().ordinal()])
            .addAllSourceIds(a.sourceIds());
    if (a.painWeeksAtLeast() != null) {
      b.painWeeksAtLeast(a.painWeeksAtLeast());
    }
    for (Plain.Quote q : a.quotes()) {
      b.addQuotes(build(q));
    }
    return b.build();
  }

  private static Source build(Plain.Source s) {
    Source.Builder b = Source.builder().id(s.id()).name(s.name());
    if (s.author() != null) {
      b.author(s.author());
    }
    if (s.publisher() != null) {
      b.publisher(s.publisher());
    }
    if (s.link() != null) {
      b.link(URI.create(s.link()));
    }
    for (Plain.Person e : s.experts()) {
      b.addExperts(build(e));
    }
    if (s.note() != null) {
      b.note(s.note());
    }
    return b.build();
  }

  private static Quote build(Plain.Quote q) {
    Quote.Builder b = Quote.builder().text(q.text()).speaker(build(q.speaker()));
    if (q.sourceId() != null) {
      b.sourceId(q.sourceId());
    }
    return b.build();
  }

  private static Person build(Plain.Person p) {
    Person.Builder b = Person.builder().name(p.name());
    if (p.credentials() != null) {
      b.credentials(p.credentials());
    }
    if (p.role() != null) {
      b.role(p.role());
    }
    return b.build();
  }

  // ------------------------------------------------------------------ records -> records

  /**
   * Constructs new records equal to the given ones: the same walk as {@link #build(Plain.Protocol)}
   * over the same data, without validation.
   *
   * @param p the records
   * @return equal, newly constructed records
   */
  public static Plain.Protocol copy(Plain.Protocol p) {
    return new Plain.Protocol(
        p.id(),
        p.name(),
        p.language(),
        p.summary(),
        copyList(p.targetSegments(), s -> s),
        copyList(p.conditions(), PlainConversion::copy),
        copyList(p.entries(), e -> new Plain.Entry(copy(e.exercise()), copy(e.dosage()), e.note())),
        copyList(p.advisories(), PlainConversion::copy),
        copyList(p.cautions(), PlainConversion::copy),
        copyList(
            p.recommendations(),
            r -> new Plain.Recommendation(
                r.id(), r.name(), r.text(), copyList(r.quotes(), PlainConversion::copy), copyList(r.sourceIds(), s -> s))),
        copyList(p.takeaways(), s -> s),
        copyList(p.sources(), PlainConversion::copy));
  }

  private static Plain.Condition copy(Plain.Condition c) {
    return new Plain.Condition(
        c.id(),
        c.name(),
        c.description(),
        copyList(c.affectedSegments(), s -> s),
        copyList(c.codings(), k -> new Plain.Coding(k.system(), k.code(), k.display())),
        copyList(c.findings(), f -> new Plain.Finding(f.id(), f.name(), f.description())));
  }

  private static Plain.Exercise copy(Plain.Exercise e) {
    return new Plain.Exercise(
        e.id(),
        e.name(),
        e.kind(),
        e.language(),
        e.level(),
        e.force(),
        e.mechanic(),
        e.purpose(),
        e.startingPosition(),
        copyList(e.equipment(), s -> s),
        e.needsNoEquipment(),
        e.needsPartner(),
        copyList(e.primaryTargets(), PlainConversion::copy),
        copyList(e.secondaryTargets(), PlainConversion::copy),
        copyList(
            e.steps(),
            s -> new Plain.Step(s.text(), s.phase(), s.hold() == null ? null : copy(s.hold()), copyList(s.media(), PlainConversion::copy))),
        copyList(e.sensations(), s -> new Plain.Sensation(s.description(), copyList(s.areas(), PlainConversion::copy))),
        copyList(e.modifications(), m -> new Plain.Modification(m.reason(), m.when(), m.instruction())),
        copyList(e.progressions(), g -> new Plain.Progression(g.name(), g.direction(), g.instruction(), g.sign())),
        copyList(
            e.contraindications(),
            c -> new Plain.Contraindication(
                c.conditionId(),
                c.findingId(),
                c.severity(),
                c.rationale(),
                c.quote() == null ? null : copy(c.quote()),
                copyList(c.sourceIds(), s -> s))),
        copyList(e.cautions(), PlainConversion::copy),
        copyList(e.quotes(), PlainConversion::copy),
        copyList(e.media(), PlainConversion::copy),
        copyList(e.sources(), PlainConversion::copy),
        copyList(e.authors(), PlainConversion::copy),
        e.licence(),
        copyList(e.externalIds(), x -> new Plain.ExternalId(x.dataset(), x.id())));
  }

  private static Plain.BodyArea copy(Plain.BodyArea a) {
    return new Plain.BodyArea(a.id(), a.displayName());
  }

  private static Plain.Media copy(Plain.Media m) {
    return new Plain.Media(m.uri(), m.mediaType(), m.altText(), m.role(), m.caption());
  }

  private static Plain.Caution copy(Plain.Caution c) {
    return new Plain.Caution(c.text(), c.severity(), c.quote() == null ? null : copy(c.quote()), copyList(c.sourceIds(), s -> s));
  }

  private static Plain.Hold copy(Plain.Hold h) {
    return new Plain.Hold(h.seconds(), h.maxSeconds(), h.breaths(), h.maxBreaths(), h.orMore(), h.approximate(), h.wording());
  }

  private static Plain.Range copy(Plain.Range r) {
    return r == null ? null : new Plain.Range(r.min(), r.max());
  }

  private static Plain.Dosage copy(Plain.Dosage d) {
    Plain.Repetitions r = d.repetitions();
    Plain.TimeRange t = d.duration();
    Plain.Distance x = d.distance();
    Plain.Frequency f = d.frequency();
    Plain.Intensity i = d.intensity();
    Plain.Load l = d.load();
    Plain.Effort e = d.effort();
    return new Plain.Dosage(
        r == null ? null : new Plain.Repetitions(r.min(), r.max(), r.basis()),
        t == null ? null : new Plain.TimeRange(t.seconds(), t.maxSeconds(), t.orMore(), t.approximate(), t.wording()),
        x == null ? null : new Plain.Distance(x.amount(), x.maxAmount(), x.unit()),
        d.asManyAsPossible(),
        d.hold() == null ? null : copy(d.hold()),
        copy(d.sets()),
        d.sideOrder(),
        d.firstSide(),
        copy(d.restSeconds()),
        copy(d.restBetweenSetsSeconds()),
        f == null ? null : new Plain.Frequency(f.min(), f.max(), f.period(), f.wording()),
        d.programmeWeeks(),
        i == null ? null : new Plain.Intensity(i.description()),
        l == null ? null : new Plain.Load(l.unit(), l.amount(), l.maxAmount(), l.description()),
        e == null ? null : new Plain.Effort(e.scale(), e.value(), e.maxValue()),
        d.tempo(),
        d.notes());
  }

  private static Plain.Advisory copy(Plain.Advisory a) {
    return new Plain.Advisory(
        a.id(),
        a.name(),
        a.text(),
        a.trigger(),
        a.painWeeksAtLeast(),
        copyList(a.quotes(), PlainConversion::copy),
        copyList(a.sourceIds(), s -> s));
  }

  private static Plain.Source copy(Plain.Source s) {
    return new Plain.Source(
        s.id(), s.name(), s.author(), s.publisher(), s.link(), copyList(s.experts(), PlainConversion::copy), s.note());
  }

  private static Plain.Quote copy(Plain.Quote q) {
    return new Plain.Quote(q.text(), copy(q.speaker()), q.sourceId());
  }

  private static Plain.Person copy(Plain.Person p) {
    return new Plain.Person(p.name(), p.credentials(), p.role());
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Checks that each enum of {@link Plain} has the constants of its model enum, by name and in
   * order, which the conversions rely on.
   *
   * @throws IllegalStateException if a pair differs
   */
  public static void checkEnums() {
    same(ExerciseKind.values(), Plain.ExerciseKind.values());
    same(ExerciseLevel.values(), Plain.ExerciseLevel.values());
    same(Force.values(), Plain.Force.values());
    same(Mechanic.values(), Plain.Mechanic.values());
    same(StepPhase.values(), Plain.StepPhase.values());
    same(MediaRole.values(), Plain.MediaRole.values());
    same(ModificationReason.values(), Plain.ModificationReason.values());
    same(ProgressionDirection.values(), Plain.ProgressionDirection.values());
    same(Severity.values(), Plain.Severity.values());
    same(RepetitionBasis.values(), Plain.RepetitionBasis.values());
    same(SideOrder.values(), Plain.SideOrder.values());
    same(Side.values(), Plain.Side.values());
    same(FrequencyPeriod.values(), Plain.FrequencyPeriod.values());
    same(DistanceUnit.values(), Plain.DistanceUnit.values());
    same(LoadUnit.values(), Plain.LoadUnit.values());
    same(EffortScale.values(), Plain.EffortScale.values());
    same(AdvisoryTrigger.values(), Plain.AdvisoryTrigger.values());
  }

  private static void same(Enum<?>[] model, Enum<?>[] plain) {
    List<String> a = map(List.of(model), Enum::name);
    List<String> b = map(List.of(plain), Enum::name);
    if (!a.equals(b)) {
      throw new IllegalStateException("enum constants differ: " + a + " and " + b);
    }
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static <T, R> List<R> map(List<T> values, Function<T, R> f) {
    List<R> out = new ArrayList<>(values.size());
    for (T value : values) {
      out.add(f.apply(value));
    }
    return List.copyOf(out);
  }

  /** A new list with the mapped elements, as a record's owner builds it: sized, no defensive copy. */
  private static <T, R> List<R> copyList(List<T> values, Function<T, R> f) {
    List<R> out = new ArrayList<>(values.size());
    for (T value : values) {
      out.add(f.apply(value));
    }
    return out;
  }
}
