package dev.regimen.fhir;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * Writes a protocol as a PlanDefinition and one ActivityDefinition per exercise, in a collection
 * Bundle. The mapping is written down in {@code docs/fhir.md}; in short, every value FHIR has an
 * element for goes there, and what FHIR cannot say exactly goes in Regimen extensions, so that
 * {@link ProtocolReader} gives back an equal protocol. One instance per export; not thread-safe.
 */
final class ProtocolWriter {
  static final String PLAN_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
  static final String SNOMED = "http://snomed.info/sct";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String SHAREABLE_PD = "http://hl7.org/fhir/StructureDefinition/shareableplandefinition";
  static final String SHAREABLE_AD = "http://hl7.org/fhir/StructureDefinition/shareableactivitydefinition";
  static final String FHIRPATH = "text/fhirpath";

  private final FhirExport options;
  private final Protocol protocol;

  ProtocolWriter(FhirExport options, Protocol protocol) {
    this.options = options;
    this.protocol = protocol;
  }

  Bundle bundle() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    PlanDefinition plan = planDefinition();
    bundle.addEntry().setFullUrl(plan.getUrl()).setResource(plan);
    List<ActivityDefinition> activities = new ArrayList<>();
    for (int i = 0; i < protocol.entries().size(); i++) {
      ActivityDefinition activity = activityDefinition(i, protocol.entries().get(i));
      activities.add(activity);
      bundle.addEntry().setFullUrl(activity.getUrl()).setResource(activity);
    }
    // before the narratives: XHTML cannot hold what FHIR strings cannot
    TextCheck.check(bundle);
    plan.setText(Narratives.protocol(protocol));
    for (int i = 0; i < activities.size(); i++) {
      ProtocolEntry entry = protocol.entries().get(i);
      activities.get(i).setText(Narratives.exercise(entry.exercise(), entry.dosage()));
    }
    return bundle;
  }

  // ---------------------------------------------------------------------------------------------
  // PlanDefinition

  private PlanDefinition planDefinition() {
    Protocol p = protocol;
    PlanDefinition plan = new PlanDefinition();
    String url = options.planDefinitionUrl(p.id());
    if (Texts.isResourceId(p.id())) {
      plan.setId(p.id());
    }
    plan.getMeta().addProfile(SHAREABLE_PD);
    plan.setLanguage(p.language());
    plan.setUrl(url);
    plan.addIdentifier(new Identifier().setSystem(Ext.PROTOCOL_ID_SYSTEM).setValue(p.id()));
    plan.setVersion(options.version());
    plan.setName(Texts.computableName("Protocol", p.id()));
    plan.setTitle(p.name());
    plan.setType(
        new CodeableConcept(new Coding(PLAN_TYPE_SYSTEM, "clinical-protocol", "Clinical Protocol")));
    plan.setStatus(options.status());
    plan.setExperimental(options.experimental());
    plan.setPublisher(options.publisher());
    plan.setDescription(Markdown.escape(p.summary()));
    for (Condition c : p.conditions()) {
      plan.addTopic(conditionConcept(c));
    }
    String usage = usage(p.advisories(), p.cautions());
    if (!usage.isEmpty()) {
      plan.setUsage(usage);
    }
    for (int i = 0; i < p.sources().size(); i++) {
      plan.addRelatedArtifact(citation(p.sources().get(i)));
    }

    for (SpinalSegment s : p.targetSegments()) {
      plan.addExtension(Ext.TARGET_SEGMENT, new StringType(s.label()));
    }
    for (int i = 0; i < p.conditions().size(); i++) {
      plan.addExtension(Codec.condition(p.conditions().get(i)));
    }
    for (int i = 0; i < p.advisories().size(); i++) {
      plan.addExtension(Codec.advisory(p.advisories().get(i)));
    }
    for (int i = 0; i < p.cautions().size(); i++) {
      plan.addExtension(Codec.caution(p.cautions().get(i)));
    }
    for (int i = 0; i < p.recommendations().size(); i++) {
      plan.addExtension(Codec.recommendation(p.recommendations().get(i)));
    }
    for (int i = 0; i < p.takeaways().size(); i++) {
      plan.addExtension(Ext.TAKEAWAY, new StringType(p.takeaways().get(i)));
    }
    for (int i = 0; i < p.entries().size(); i++) {
      plan.addAction(action(i, p.entries().get(i)));
    }
    return plan;
  }

  private static String usage(List<Advisory> advisories, List<Caution> cautions) {
    StringBuilder usage = new StringBuilder();
    for (Advisory a : advisories) {
      line(usage, a.name() + ": " + a.text());
    }
    for (Caution c : cautions) {
      line(usage, c.severity().displayName() + ": " + c.text());
    }
    return usage.toString();
  }

  private static void line(StringBuilder text, String line) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(line);
  }

  static CodeableConcept conditionConcept(Condition c) {
    CodeableConcept concept = new CodeableConcept().setText(c.name());
    for (dev.regimen.core.condition.Coding coding : c.codings()) {
      concept.addCoding(Codec.fhirCoding(coding));
    }
    return concept;
  }

  private PlanDefinitionActionComponent action(int index, ProtocolEntry entry) {
    Exercise x = entry.exercise();
    Dosage d = entry.dosage();
    PlanDefinitionActionComponent action = new PlanDefinitionActionComponent();
    action.setId(x.id());
    action.setTitle(x.name());
    action.setDescription(numberedSteps(x));
    action.setTextEquivalent(DoseWords.of(d));
    action.setDefinition(new CanonicalType(options.activityDefinitionUrl(protocol.id(), x.id())));
    for (int k = 0; k < x.contraindications().size(); k++) {
      action.addCondition(condition(x.contraindications().get(k)));
    }
    for (Caution c : x.cautions()) {
      action.addDocumentation(
          new RelatedArtifact()
              .setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
              .setDisplay(c.severity().displayName() + ": " + c.text()));
    }
    action.addExtension(Codec.dosage(d));
    entry.note().ifPresent(n -> action.addExtension(Ext.ENTRY_NOTE, new StringType(n)));
    Repetitions reps = d.repetitions().orElse(null);
    boolean totalOnParent = reps != null && reps.basis() == RepetitionBasis.TOTAL && d.sideOrder().isOneSided();
    if (totalOnParent) {
      Timing timing = new Timing();
      count(timing, reps);
      action.setTiming(timing);
    }
    List<Optional<Side>> sides = sides(d);
    String previous = null;
    for (Optional<Side> side : sides) {
      PlanDefinitionActionComponent child = action.addAction();
      String id = x.id() + "." + side.map(Codec::code).orElse("each");
      child.setId(id);
      child.setTitle(side.map(s -> capital(s.displayName()) + " side").orElse("Each time"));
      side.ifPresent(
          s ->
              child.addExtension(
                  Ext.LATERALITY,
                  new CodeableConcept(
                      s == Side.LEFT
                          ? new Coding(SNOMED, "7771000", "Left")
                          : new Coding(SNOMED, "24028007", "Right"))));
      Timing timing = sessionTiming(d, totalOnParent ? null : reps);
      if (timing != null) {
        child.setTiming(timing);
      }
      if (previous != null) {
        child.addRelatedAction()
            .setActionId(previous)
            .setRelationship(
                d.sideOrder() == SideOrder.ALTERNATING
                    ? PlanDefinition.ActionRelationshipType.CONCURRENTWITHSTART
                    : PlanDefinition.ActionRelationshipType.AFTEREND);
      }
      previous = id;
      steps(child, id, x);
    }
    return action;
  }

  /** The sides in the order done: the first side first; one "each time" for both at once. */
  private static List<Optional<Side>> sides(Dosage d) {
    if (!d.sideOrder().isOneSided()) {
      return List.of(Optional.empty());
    }
    Side first = d.firstSide().orElse(Side.RIGHT);
    return List.of(Optional.of(first), Optional.of(first.opposite()));
  }

  private static void count(Timing timing, Repetitions reps) {
    timing.getRepeat().setCount(reps.min());
    if (reps.max() != reps.min()) {
      timing.getRepeat().setCountMax(reps.max());
    }
  }

  /**
   * The timing of one side's (or each time's) work: the repetitions when counted per side, and how
   * long each lasts (the hold) or how long the set goes on (a duration). Never a frequency: that is
   * on the ActivityDefinition, because {@code count} counts over the whole Timing.
   */
  private static Timing sessionTiming(Dosage d, Repetitions reps) {
    Timing timing = new Timing();
    boolean any = false;
    if (reps != null) {
      count(timing, reps);
      any = true;
    }
    Optional<Hold> hold = d.hold().filter(h -> h.seconds().isPresent());
    if (hold.isPresent()) {
      int min = hold.get().seconds().getAsInt();
      seconds(timing, min, hold.get().orMore() ? min : hold.get().maxSeconds().orElse(min));
      any = true;
    } else if (d.duration().isPresent()) {
      TimeRange t = d.duration().get();
      seconds(timing, t.seconds(), t.orMore() ? t.seconds() : t.maxSeconds().orElse(t.seconds()));
      any = true;
    }
    return any ? timing : null;
  }

  private static void seconds(Timing timing, int min, int max) {
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    repeat.setDuration(BigDecimal.valueOf(min));
    if (max != min) {
      repeat.setDurationMax(BigDecimal.valueOf(max));
    }
    repeat.setDurationUnit(Timing.UnitsOfTime.S);
  }

  private static void steps(PlanDefinitionActionComponent parent, String parentId, Exercise x) {
    String previous = null;
    for (int i = 0; i < x.steps().size(); i++) {
      Step step = x.steps().get(i);
      PlanDefinitionActionComponent child = parent.addAction();
      String id = parentId + "." + (i + 1);
      child.setId(id);
      child.setPrefix(Integer.toString(i + 1));
      child.setTitle("Step " + (i + 1));
      child.setDescription(step.text());
      child.addExtension(Ext.STEP_PHASE, new CodeType(Codec.code(step.phase())));
      step.hold()
          .ifPresent(
              h -> {
                child.addExtension(Codec.hold(Ext.HOLD, h));
              });
      for (int k = 0; k < step.media().size(); k++) {
        child.addDocumentation(media(step.media().get(k)));
      }
      if (previous != null) {
        child.addRelatedAction()
            .setActionId(previous)
            .setRelationship(PlanDefinition.ActionRelationshipType.AFTEREND);
      }
      previous = id;
    }
  }

  private static String numberedSteps(Exercise x) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < x.steps().size(); i++) {
      line(text, (i + 1) + ". " + x.steps().get(i).text());
    }
    return text.toString();
  }

  private static PlanDefinition.PlanDefinitionActionConditionComponent condition(Contraindication ci) {
    String has = "%regimenConditions contains '" + ci.conditionId() + "'";
    if (ci.findingId().isPresent()) {
      has = "(" + has + " and %regimenFindings contains '" + ci.findingId().get() + "')";
    }
    Expression expression =
        new Expression()
            .setLanguage(FHIRPATH)
            .setExpression(has + ".not()")
            .setDescription(ci.rationale());
    PlanDefinition.PlanDefinitionActionConditionComponent condition =
        new PlanDefinition.PlanDefinitionActionConditionComponent()
            .setKind(PlanDefinition.ActionConditionKind.APPLICABILITY)
            .setExpression(expression);
    Extension e = Ext.complex(Ext.CONTRAINDICATION);
    Ext.string(e, "condition-id", ci.conditionId());
    Ext.string(e, "finding-id", ci.findingId());
    Ext.code(e, "severity", Codec.code(ci.severity()));
    ci.quote().ifPresent(q -> e.addExtension(Codec.quote("quote", q)));
    for (String id : ci.sourceIds()) {
      Ext.string(e, "source-id", id);
    }
    condition.addExtension(e);
    return condition;
  }

  // ---------------------------------------------------------------------------------------------
  // ActivityDefinition

  private ActivityDefinition activityDefinition(int index, ProtocolEntry entry) {
    Exercise x = entry.exercise();
    ActivityDefinition activity = new ActivityDefinition();
    String id = protocol.id() + "." + x.id();
    if (Texts.isResourceId(id)) {
      activity.setId(id);
    }
    activity.getMeta().addProfile(SHAREABLE_AD);
    activity.setLanguage(x.language());
    activity.setUrl(options.activityDefinitionUrl(protocol.id(), x.id()));
    activity.addIdentifier(new Identifier().setSystem(Ext.EXERCISE_ID_SYSTEM).setValue(x.id()));
    for (ExternalId external : x.externalIds()) {
      activity.addIdentifier(
          new Identifier()
              .setSystem(Ext.DATASET_SYSTEM_PREFIX + external.dataset())
              .setValue(external.id()));
    }
    activity.setVersion(options.version());
    activity.setName(Texts.computableName("Exercise", x.id()));
    activity.setTitle(x.name());
    activity.setStatus(options.status());
    activity.setExperimental(options.experimental());
    activity.setPublisher(options.publisher());
    activity.setDescription(Markdown.escape(numberedSteps(x)));
    x.purpose().ifPresent(v -> activity.setPurpose(Markdown.escape(v)));
    StringBuilder usage = new StringBuilder();
    for (Caution c : x.cautions()) {
      line(usage, c.severity().displayName() + ": " + c.text());
    }
    if (usage.length() > 0) {
      activity.setUsage(usage.toString());
    }
    activity.setKind(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST);
    activity.setIntent(ActivityDefinition.RequestIntent.PROPOSAL);
    activity.setCode(exerciseTherapy(x.name()));
    for (BodyArea area : x.primaryTargets()) {
      activity.addBodySite(target(area, "primary"));
    }
    for (BodyArea area : x.secondaryTargets()) {
      activity.addBodySite(target(area, "secondary"));
    }
    programmeTiming(entry.dosage()).ifPresent(activity::setTiming);
    for (Person author : x.authors()) {
      ContactDetail contact = new ContactDetail().setName(author.name());
      if (author.credentials().isPresent() || author.role().isPresent()) {
        Extension details = Ext.complex(Ext.PERSON_DETAILS);
        Ext.string(details, "credentials", author.credentials());
        Ext.string(details, "role", author.role());
        contact.addExtension(details);
      }
      activity.addAuthor(contact);
    }
    for (int k = 0; k < x.sources().size(); k++) {
      activity.addRelatedArtifact(citation(x.sources().get(k)));
    }
    for (int k = 0; k < x.media().size(); k++) {
      activity.addRelatedArtifact(media(x.media().get(k)));
    }
    activity.addExtension(Codec.exercise(x));
    for (Caution c : x.cautions()) {
      activity.addExtension(Codec.caution(c));
    }
    for (Quote q : x.quotes()) {
      activity.addExtension(Codec.quote(Ext.QUOTE, q));
    }
    return activity;
  }

  static CodeableConcept exerciseTherapy(String name) {
    return new CodeableConcept(new Coding(SNOMED, "229065009", "Exercise therapy")).setText(name);
  }

  private static CodeableConcept target(BodyArea area, String role) {
    CodeableConcept concept = Codec.bodyArea(area);
    concept.addExtension(Ext.TARGET_ROLE, new CodeType(role));
    return concept;
  }

  /** How often and for how long: frequency, period and programme length, never repetitions. */
  static Optional<Timing> programmeTiming(Dosage d) {
    if (d.frequency().isEmpty() && d.programmeWeeks().isEmpty()) {
      return Optional.empty();
    }
    Timing timing = new Timing();
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    d.frequency()
        .ifPresent(
            f -> {
              repeat.setFrequency(f.min());
              if (f.max() != f.min()) {
                repeat.setFrequencyMax(f.max());
              }
              repeat.setPeriod(BigDecimal.ONE);
              repeat.setPeriodUnit(
                  f.period() == FrequencyPeriod.DAY ? Timing.UnitsOfTime.D : Timing.UnitsOfTime.WK);
            });
    d.programmeWeeks()
        .ifPresent(
            w -> {
              Duration bounds = new Duration();
              bounds.setValue(w).setUnit(w == 1 ? "week" : "weeks").setSystem(UCUM).setCode("wk");
              repeat.setBounds(bounds);
            });
    return Optional.of(timing);
  }

  // ---------------------------------------------------------------------------------------------
  // Related artifacts

  private static RelatedArtifact citation(Source s) {
    RelatedArtifact artifact =
        new RelatedArtifact()
            .setType(RelatedArtifact.RelatedArtifactType.CITATION)
            .setLabel(s.id())
            .setDisplay(s.name());
    StringBuilder citation = new StringBuilder();
    s.author().ifPresent(a -> citation.append(a).append(". "));
    citation.append(s.name()).append('.');
    s.publisher().ifPresent(p -> citation.append(' ').append(p).append('.'));
    artifact.setCitation(Markdown.escape(citation.toString()));
    s.link().ifPresent(u -> artifact.setUrl(u.toString()));
    Extension e = Ext.complex(Ext.SOURCE);
    Ext.string(e, "author", s.author().map(v -> v));
    Ext.string(e, "publisher", s.publisher().map(v -> v));
    Ext.string(e, "note", s.note().map(v -> v));
    for (int k = 0; k < s.experts().size(); k++) {
      e.addExtension(Codec.person("expert", s.experts().get(k)));
    }
    if (e.hasExtension()) {
      artifact.addExtension(e);
    }
    return artifact;
  }

  private static RelatedArtifact media(Media m) {
    RelatedArtifact artifact =
        new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION);
    m.caption().ifPresent(c -> artifact.setDisplay(c));
    artifact.setDocument(
        new Attachment()
            .setContentType(m.mediaType())
            .setUrl(m.uri().toString())
            .setTitle(m.altText()));
    artifact.addExtension(Ext.MEDIA_ROLE, new CodeType(Codec.code(m.role())));
    return artifact;
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
