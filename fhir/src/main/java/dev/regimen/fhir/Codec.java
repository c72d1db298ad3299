package dev.regimen.fhir;

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
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;

/**
 * Regimen values as (complex) extensions and back. Each pair of methods writes and reads the same
 * sub-extensions, named as in the StructureDefinitions; a reader throws {@link
 * FhirImportException} located relative to the extension it reads. Stateless.
 */
final class Codec {
  private Codec() {}

  // ---------------------------------------------------------------------------------------------
  // Enumerations as codes: lowercase names with hyphens, such as "one-side-then-other"

  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String name, String code) {
    for (E value : type.getEnumConstants()) {
      if (code(value).equals(code)) {
        return value;
      }
    }
    List<String> codes = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      codes.add(code(value));
    }
    throw new FhirImportException(name, "'" + code + "' is not one of " + codes);
  }

  static <E extends Enum<E>> Optional<E> enumIn(Extension parent, String name, Class<E> type) {
    return Ext.text(parent, name).map(c -> enumOf(type, name, c));
  }

  static <E extends Enum<E>> E requiredEnum(Extension parent, String name, Class<E> type) {
    return enumOf(type, name, required(parent, name));
  }

  static String required(Extension parent, String name) {
    return Ext.text(parent, name).orElseThrow(() -> new FhirImportException(name, "is required"));
  }

  static int requiredInt(Extension parent, String name) {
    OptionalInt value = Ext.integer(parent, name);
    if (value.isEmpty()) {
      throw new FhirImportException(name, "is required");
    }
    return value.getAsInt();
  }

  /** Runs a builder's build, turning the model's rule violations into an import error here. */
  static <T> T build(String where, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      throw new FhirImportException(where, "breaks Regimen's rules: " + e.getMessage(), e);
    }
  }

  /** Reads every extension of {@code exts} with {@code read}, locating errors by index. */
  static <T> List<T> each(String where, List<Extension> exts, Function<Extension, T> read) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < exts.size(); i++) {
      try {
        values.add(read.apply(exts.get(i)));
      } catch (FhirImportException e) {
        throw e.within(where + "[" + i + "]");
      }
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------
  // Sources: people and quotes

  static Extension person(String url, Person p) {
    Extension e = Ext.complex(url);
    Ext.string(e, "name", p.name());
    Ext.string(e, "credentials", p.credentials());
    Ext.string(e, "role", p.role());
    return e;
  }

  static Person person(Extension e) {
    Person.Builder p = Person.builder().name(required(e, "name"));
    Ext.text(e, "credentials").ifPresent(p::credentials);
    Ext.text(e, "role").ifPresent(p::role);
    return build("", p::build);
  }

  static Extension quote(String url, Quote q) {
    Extension e = Ext.complex(url);
    Ext.string(e, "text", q.text());
    e.addExtension(person("speaker", q.speaker()));
    Ext.string(e, "source-id", q.sourceId());
    return e;
  }

  static Quote quote(Extension e) {
    Extension speaker =
        Ext.child(e, "speaker").orElseThrow(() -> new FhirImportException("speaker", "is required"));
    Person person;
    try {
      person = person(speaker);
    } catch (FhirImportException x) {
      throw x.within("speaker");
    }
    Quote.Builder q = Quote.builder().text(required(e, "text")).speaker(person);
    Ext.text(e, "source-id").ifPresent(q::sourceId);
    return build("", q::build);
  }

  private static void quotes(Extension e, List<Quote> quotes) {
    for (Quote q : quotes) {
      e.addExtension(quote("quote", q));
    }
  }

  private static List<Quote> quotes(Extension e) {
    return each("quote", Ext.children(e, "quote"), Codec::quote);
  }

  private static void sourceIds(Extension e, List<String> ids) {
    for (String id : ids) {
      Ext.string(e, "source-id", id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions

  static Extension condition(Condition c) {
    Extension e = Ext.complex(Ext.CONDITION);
    Ext.string(e, "id", c.id());
    Ext.string(e, "name", c.name());
    Ext.string(e, "description", c.description());
    for (SpinalSegment s : c.affectedSegments()) {
      Ext.string(e, "segment", s.label());
    }
    for (Coding coding : c.codings()) {
      Ext.add(e, "coding", fhirCoding(coding));
    }
    for (Finding f : c.findings()) {
      Extension finding = Ext.add(e, "finding", null);
      Ext.string(finding, "id", f.id());
      Ext.string(finding, "name", f.name());
      Ext.string(finding, "description", f.description());
    }
    return e;
  }

  static Condition condition(Extension e) {
    Condition.Builder c =
        Condition.builder()
            .id(required(e, "id"))
            .name(required(e, "name"))
            .description(required(e, "description"));
    c.affectedSegments(each("segment", Ext.children(e, "segment"), s -> segment(Ext.primitive(s))));
    c.codings(each("coding", Ext.children(e, "coding"), Codec::coding));
    c.findings(
        each(
            "finding",
            Ext.children(e, "finding"),
            f -> {
              Finding.Builder finding = Finding.builder().id(required(f, "id")).name(required(f, "name"));
              Ext.text(f, "description").ifPresent(finding::description);
              return build("", finding::build);
            }));
    return build("", c::build);
  }

  static SpinalSegment segment(String label) {
    try {
      return SpinalSegment.parse(label);
    } catch (IllegalArgumentException x) {
      throw new FhirImportException("", "'" + label + "' is not a spinal segment: " + x.getMessage(), x);
    }
  }

  static org.hl7.fhir.r4.model.Coding fhirCoding(Coding c) {
    return new org.hl7.fhir.r4.model.Coding(c.system(), c.code(), c.display());
  }

  private static Coding coding(Extension e) {
    if (!(e.getValue() instanceof org.hl7.fhir.r4.model.Coding)) {
      throw new FhirImportException("", "must hold a Coding");
    }
    return coding((org.hl7.fhir.r4.model.Coding) e.getValue());
  }

  static Coding coding(org.hl7.fhir.r4.model.Coding c) {
    return build(
        "", () -> Coding.of(nullToEmpty(c.getSystem()), nullToEmpty(c.getCode()), nullToEmpty(c.getDisplay())));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------------------------------------
  // Safety

  static Extension advisory(Advisory a) {
    Extension e = Ext.complex(Ext.ADVISORY);
    Ext.string(e, "id", a.id());
    Ext.string(e, "name", a.name());
    Ext.string(e, "text", a.text());
    Ext.code(e, "trigger", code(a.trigger()));
    Ext.integer(e, "pain-weeks-at-least", a.painWeeksAtLeast());
    quotes(e, a.quotes());
    sourceIds(e, a.sourceIds());
    return e;
  }

  static Advisory advisory(Extension e) {
    Advisory.Builder a =
        Advisory.builder()
            .id(required(e, "id"))
            .name(required(e, "name"))
            .text(required(e, "text"))
            .trigger(requiredEnum(e, "trigger", AdvisoryTrigger.class))
            .quotes(quotes(e))
            .sourceIds(Ext.texts(e, "source-id"));
    Ext.integer(e, "pain-weeks-at-least").ifPresent(a::painWeeksAtLeast);
    return build("", a::build);
  }

  static Extension caution(Caution c) {
    Extension e = Ext.complex(Ext.CAUTION);
    Ext.string(e, "text", c.text());
    Ext.code(e, "severity", code(c.severity()));
    c.quote().ifPresent(q -> e.addExtension(quote("quote", q)));
    sourceIds(e, c.sourceIds());
    return e;
  }

  static Caution caution(Extension e) {
    Caution.Builder c =
        Caution.builder()
            .text(required(e, "text"))
            .severity(requiredEnum(e, "severity", Severity.class))
            .sourceIds(Ext.texts(e, "source-id"));
    List<Quote> quotes = quotes(e);
    if (quotes.size() > 1) {
      throw new FhirImportException("quote", "a caution has at most one quote, found " + quotes.size());
    }
    quotes.stream().findFirst().ifPresent(c::quote);
    return build("", c::build);
  }

  static Extension recommendation(Recommendation r) {
    Extension e = Ext.complex(Ext.RECOMMENDATION);
    Ext.string(e, "id", r.id());
    Ext.string(e, "name", r.name());
    Ext.string(e, "text", r.text());
    quotes(e, r.quotes());
    sourceIds(e, r.sourceIds());
    return e;
  }

  static Recommendation recommendation(Extension e) {
    Recommendation.Builder r =
        Recommendation.builder()
            .id(required(e, "id"))
            .name(required(e, "name"))
            .text(required(e, "text"))
            .quotes(quotes(e))
            .sourceIds(Ext.texts(e, "source-id"));
    return build("", r::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Dosage

  static Extension hold(String url, Hold h) {
    Extension e = Ext.complex(url);
    Ext.integer(e, "seconds", h.seconds());
    Ext.integer(e, "max-seconds", h.maxSeconds());
    Ext.integer(e, "breaths", h.breaths());
    Ext.integer(e, "max-breaths", h.maxBreaths());
    Ext.flag(e, "or-more", h.orMore());
    Ext.flag(e, "approximate", h.approximate());
    Ext.string(e, "wording", h.wording());
    return e;
  }

  static Hold hold(Extension e) {
    Hold.Builder h = Hold.builder().orMore(Ext.flag(e, "or-more")).approximate(Ext.flag(e, "approximate"));
    Ext.integer(e, "seconds").ifPresent(h::seconds);
    Ext.integer(e, "max-seconds").ifPresent(h::maxSeconds);
    Ext.integer(e, "breaths").ifPresent(h::breaths);
    Ext.integer(e, "max-breaths").ifPresent(h::maxBreaths);
    Ext.text(e, "wording").ifPresent(h::wording);
    return build("", h::build);
  }

  private static Extension range(String name, Range r) {
    Extension e = Ext.complex(name);
    Ext.integer(e, "min", r.min());
    Ext.integer(e, "max", r.max());
    return e;
  }

  private static Range range(Extension e) {
    return build("", () -> Range.between(requiredInt(e, "min"), requiredInt(e, "max")));
  }

  static Extension time(String name, TimeRange t) {
    Extension e = Ext.complex(name);
    Ext.integer(e, "seconds", t.seconds());
    Ext.integer(e, "max-seconds", t.maxSeconds());
    Ext.flag(e, "or-more", t.orMore());
    Ext.flag(e, "approximate", t.approximate());
    Ext.string(e, "wording", t.wording());
    return e;
  }

  private static TimeRange time(Extension e) {
    TimeRange.Builder t =
        TimeRange.builder()
            .seconds(requiredInt(e, "seconds"))
            .orMore(Ext.flag(e, "or-more"))
            .approximate(Ext.flag(e, "approximate"));
    Ext.integer(e, "max-seconds").ifPresent(t::maxSeconds);
    Ext.text(e, "wording").ifPresent(t::wording);
    return build("", t::build);
  }

  static Extension dosage(Dosage d) {
    Extension e = Ext.complex(Ext.DOSAGE);
    d.repetitions()
        .ifPresent(
            r -> {
              Extension reps = Ext.add(e, "repetitions", null);
              Ext.integer(reps, "min", r.min());
              Ext.integer(reps, "max", r.max());
              Ext.code(reps, "basis", code(r.basis()));
            });
    d.duration().ifPresent(t -> e.addExtension(time("duration", t)));
    d.distance()
        .ifPresent(
            x -> {
              Extension distance = Ext.add(e, "distance", null);
              Ext.integer(distance, "amount", x.amount());
              Ext.integer(distance, "max-amount", x.maxAmount());
              Ext.code(distance, "unit", code(x.unit()));
            });
    Ext.flag(e, "as-many-as-possible", d.asManyAsPossible());
    d.hold().ifPresent(h -> e.addExtension(hold("hold", h)));
    if (!d.sets().equals(Range.of(1))) {
      e.addExtension(range("sets", d.sets()));
    }
    if (d.sideOrder() != SideOrder.BOTH_AT_ONCE) {
      Ext.code(e, "side-order", code(d.sideOrder()));
    }
    d.firstSide().ifPresent(s -> Ext.code(e, "first-side", code(s)));
    d.restSeconds().ifPresent(r -> e.addExtension(range("rest", r)));
    d.restBetweenSetsSeconds().ifPresent(r -> e.addExtension(range("rest-between-sets", r)));
    d.frequency()
        .ifPresent(
            f -> {
              Extension frequency = Ext.add(e, "frequency", null);
              Ext.integer(frequency, "min", f.min());
              Ext.integer(frequency, "max", f.max());
              Ext.code(frequency, "period", code(f.period()));
              Ext.string(frequency, "wording", f.wording());
            });
    Ext.integer(e, "programme-weeks", d.programmeWeeks());
    d.intensity().ifPresent(i -> Ext.string(e, "intensity", i.description()));
    d.load()
        .ifPresent(
            l -> {
              Extension load = Ext.add(e, "load", null);
              Ext.code(load, "unit", code(l.unit()));
              Ext.decimal(load, "amount", l.amount());
              Ext.decimal(load, "max-amount", l.maxAmount());
              Ext.string(load, "description", l.description());
            });
    d.effort()
        .ifPresent(
            x -> {
              Extension effort = Ext.add(e, "effort", null);
              Ext.code(effort, "scale", code(x.scale()));
              Ext.integer(effort, "value", x.value());
              Ext.integer(effort, "max-value", x.maxValue());
            });
    d.tempo().ifPresent(t -> Ext.string(e, "tempo", t.notation()));
    Ext.string(e, "notes", d.notes());
    if (e.getExtension().isEmpty()) {
      // A dose of defaults only (one set, both sides at once, nothing else) would leave the
      // extension empty, and FHIR serialisers drop an empty extension: the import would then read
      // the dose as foreign. Its one set, written out, keeps it Regimen's.
      e.addExtension(range("sets", d.sets()));
    }
    return e;
  }

  static Dosage dosage(Extension e) {
    Dosage.Builder d = Dosage.builder().asManyAsPossible(Ext.flag(e, "as-many-as-possible"));
    within("repetitions", Ext.child(e, "repetitions"), r -> build("", () -> Repetitions.builder()
        .min(requiredInt(r, "min"))
        .max(requiredInt(r, "max"))
        .basis(requiredEnum(r, "basis", RepetitionBasis.class))
        .build())).ifPresent(d::repetitions);
    within("duration", Ext.child(e, "duration"), Codec::time).ifPresent(d::duration);
    within("distance", Ext.child(e, "distance"), x -> {
      Distance.Builder distance = Distance.builder()
          .amount(requiredInt(x, "amount"))
          .unit(requiredEnum(x, "unit", DistanceUnit.class));
      Ext.integer(x, "max-amount").ifPresent(distance::maxAmount);
      return build("", distance::build);
    }).ifPresent(d::distance);
    within("hold", Ext.child(e, "hold"), Codec::hold).ifPresent(d::hold);
    within("sets", Ext.child(e, "sets"), Codec::range).ifPresent(d::sets);
    enumIn(e, "side-order", SideOrder.class).ifPresent(d::sideOrder);
    enumIn(e, "first-side", Side.class).ifPresent(d::firstSide);
    within("rest", Ext.child(e, "rest"), Codec::range).ifPresent(d::restSeconds);
    within("rest-between-sets", Ext.child(e, "rest-between-sets"), Codec::range)
        .ifPresent(d::restBetweenSetsSeconds);
    within("frequency", Ext.child(e, "frequency"), f -> {
      Frequency.Builder frequency = Frequency.builder()
          .min(requiredInt(f, "min"))
          .max(requiredInt(f, "max"))
          .period(requiredEnum(f, "period", FrequencyPeriod.class));
      Ext.text(f, "wording").ifPresent(frequency::wording);
      return build("", frequency::build);
    }).ifPresent(d::frequency);
    Ext.integer(e, "programme-weeks").ifPresent(d::programmeWeeks);
    Ext.text(e, "intensity").map(i -> build("intensity", () -> Intensity.described(i))).ifPresent(d::intensity);
    within("load", Ext.child(e, "load"), l -> {
      Load.Builder load = Load.builder().unit(requiredEnum(l, "unit", LoadUnit.class));
      Ext.decimal(l, "amount").ifPresent(load::amount);
      Ext.decimal(l, "max-amount").ifPresent(load::maxAmount);
      Ext.text(l, "description").ifPresent(load::description);
      return build("", load::build);
    }).ifPresent(d::load);
    within("effort", Ext.child(e, "effort"), x -> {
      Effort.Builder effort = Effort.builder()
          .scale(requiredEnum(x, "scale", EffortScale.class))
          .value(requiredInt(x, "value"));
      Ext.integer(x, "max-value").ifPresent(effort::maxValue);
      return build("", effort::build);
    }).ifPresent(d::effort);
    Ext.text(e, "tempo").map(t -> build("tempo", () -> Tempo.parse(t))).ifPresent(d::tempo);
    Ext.text(e, "notes").ifPresent(d::notes);
    return build("", d::build);
  }

  private static <T> Optional<T> within(String name, Optional<Extension> e, Function<Extension, T> read) {
    if (e.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.apply(e.get()));
    } catch (FhirImportException x) {
      throw x.within(name);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Exercise details that ActivityDefinition has no element for

  static Extension exercise(dev.regimen.core.exercise.Exercise x) {
    Extension e = Ext.complex(Ext.EXERCISE);
    Ext.code(e, "kind", code(x.kind()));
    x.level().ifPresent(v -> Ext.code(e, "level", code(v)));
    x.force().ifPresent(v -> Ext.code(e, "force", code(v)));
    x.mechanic().ifPresent(v -> Ext.code(e, "mechanic", code(v)));
    Ext.string(e, "starting-position", x.startingPosition());
    for (String item : x.equipment()) {
      Ext.string(e, "equipment", item);
    }
    Ext.flag(e, "needs-no-equipment", x.needsNoEquipment());
    Ext.flag(e, "needs-partner", x.needsPartner());
    Ext.string(e, "licence", x.licence());
    for (Sensation s : x.sensations()) {
      Extension sensation = Ext.add(e, "sensation", null);
      Ext.string(sensation, "description", s.description());
      for (BodyArea area : s.areas()) {
        Ext.add(sensation, "area", bodyArea(area));
      }
    }
    for (Modification m : x.modifications()) {
      Extension modification = Ext.add(e, "modification", null);
      Ext.code(modification, "reason", code(m.reason()));
      Ext.string(modification, "when", m.when());
      Ext.string(modification, "instruction", m.instruction());
    }
    for (Progression p : x.progressions()) {
      Extension progression = Ext.add(e, "progression", null);
      Ext.code(progression, "direction", code(p.direction()));
      Ext.string(progression, "name", p.name());
      Ext.string(progression, "instruction", p.instruction());
      Ext.string(progression, "sign", p.sign());
    }
    return e;
  }

  /** Reads the details into {@code x}. */
  static void exercise(Extension e, dev.regimen.core.exercise.Exercise.Builder x) {
    x.kind(requiredEnum(e, "kind", ExerciseKind.class));
    enumIn(e, "level", ExerciseLevel.class).ifPresent(x::level);
    enumIn(e, "force", Force.class).ifPresent(x::force);
    enumIn(e, "mechanic", Mechanic.class).ifPresent(x::mechanic);
    Ext.text(e, "starting-position").ifPresent(x::startingPosition);
    x.equipment(Ext.texts(e, "equipment"));
    x.needsNoEquipment(Ext.flag(e, "needs-no-equipment"));
    x.needsPartner(Ext.flag(e, "needs-partner"));
    Ext.text(e, "licence").ifPresent(x::licence);
    x.sensations(each("sensation", Ext.children(e, "sensation"), s -> {
      Sensation.Builder sensation = Sensation.builder().description(required(s, "description"));
      sensation.areas(each("area", Ext.children(s, "area"), a -> {
        if (!(a.getValue() instanceof CodeableConcept)) {
          throw new FhirImportException("", "must hold a CodeableConcept");
        }
        return bodyArea((CodeableConcept) a.getValue());
      }));
      return build("", sensation::build);
    }));
    x.modifications(each("modification", Ext.children(e, "modification"), m -> build("", () ->
        Modification.of(
            requiredEnum(m, "reason", ModificationReason.class),
            required(m, "when"),
            required(m, "instruction")))));
    x.progressions(each("progression", Ext.children(e, "progression"), p -> {
      Progression.Builder progression = Progression.builder()
          .direction(requiredEnum(p, "direction", ProgressionDirection.class))
          .name(required(p, "name"))
          .sign(required(p, "sign"));
      Ext.text(p, "instruction").ifPresent(progression::instruction);
      return build("", progression::build);
    }));
  }

  // ---------------------------------------------------------------------------------------------
  // Body areas

  /**
   * A body area as a concept: a standard area as a coding of Regimen's body-area code system, a
   * custom one as its name in {@code text} with its id in an extension (it is in no code system).
   */
  static CodeableConcept bodyArea(BodyArea area) {
    CodeableConcept concept = new CodeableConcept().setText(area.displayName());
    if (BodyArea.standard(area.id()).isPresent()) {
      concept.addCoding(new org.hl7.fhir.r4.model.Coding(Ext.BODY_AREA_SYSTEM, area.id(), area.displayName()));
    } else {
      concept.addExtension(Ext.BODY_AREA_ID, new CodeType(area.id()));
    }
    return concept;
  }

  static BodyArea bodyArea(CodeableConcept concept) {
    Optional<Extension> custom = Ext.one(concept, Ext.BODY_AREA_ID);
    if (custom.isPresent()) {
      String id = Ext.primitive(custom.get());
      String name = concept.getText();
      if (name == null) {
        throw new FhirImportException("text", "is required: the custom area's name");
      }
      return build("", () -> BodyArea.custom(id, name));
    }
    for (org.hl7.fhir.r4.model.Coding c : concept.getCoding()) {
      if (Ext.BODY_AREA_SYSTEM.equals(c.getSystem()) && c.getCode() != null) {
        return BodyArea.standard(c.getCode())
            .orElseThrow(() -> new FhirImportException("coding", "'" + c.getCode() + "' is not a standard body area"));
      }
    }
    throw new FhirImportException("", "names no Regimen body area (no coding of " + Ext.BODY_AREA_SYSTEM + ")");
  }
}
