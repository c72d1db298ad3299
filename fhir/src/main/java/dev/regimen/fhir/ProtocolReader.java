package dev.regimen.fhir;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.Timing;

/**
 * Reads a PlanDefinition (and the ActivityDefinitions its actions name) back into a protocol.
 * Content Regimen wrote is read from its elements and extensions and comes back equal; foreign
 * content is read from FHIR's own elements as far as they go, and every element that could not be
 * carried over, or value that had to be filled in, is noted. One instance per import.
 */
final class ProtocolReader {
  private final PlanDefinition plan;
  private final Map<String, ActivityDefinition> activities;
  private final List<ImportNote> notes = new ArrayList<>();

  ProtocolReader(PlanDefinition plan, Map<String, ActivityDefinition> activitiesByUrl) {
    this.plan = plan;
    this.activities = activitiesByUrl;
  }

  List<ImportNote> notes() {
    return notes;
  }

  private void note(String location, String note) {
    notes.add(new ImportNote(location, note));
  }

  Protocol read() {
    String at = "PlanDefinition";
    Protocol.Builder p = Protocol.builder();
    p.id(id(at, plan.getIdentifier(), Ext.PROTOCOL_ID_SYSTEM, plan.getIdElement().getIdPart(), plan.getName(), plan.getTitle()));
    String title = plan.getTitle();
    if (title == null || title.isBlank()) {
      title = plan.getName();
      if (title == null || title.isBlank()) {
        throw new FhirImportException(at + ".title", "is required (and there is no name to use instead)");
      }
      note(at + ".title", "absent: the name '" + title + "' is used as the title");
    }
    p.name(title);
    if (plan.hasDescription()) {
      p.summary(Markdown.unescape(plan.getDescription()));
    } else {
      note(at + ".description", "absent: the title is used as the summary, which Regimen requires");
      p.summary(title);
    }
    p.language(language(at + ".language", plan.getLanguage()));
    boolean regimen = !plan.getExtensionsByUrl(Ext.CONDITION).isEmpty()
        || plan.getIdentifier().stream().anyMatch(i -> Ext.PROTOCOL_ID_SYSTEM.equals(i.getSystem()));
    located(at, () -> {
      p.targetSegments(Codec.each("extension[target-segment]", Ext.all(plan, Ext.TARGET_SEGMENT),
          e -> Codec.segment(Ext.primitive(e))));
      p.conditions(Codec.each("extension[condition]", Ext.all(plan, Ext.CONDITION), Codec::condition));
      p.advisories(Codec.each("extension[advisory]", Ext.all(plan, Ext.ADVISORY), Codec::advisory));
      p.cautions(Codec.each("extension[caution]", Ext.all(plan, Ext.CAUTION), Codec::caution));
      p.recommendations(
          Codec.each("extension[recommendation]", Ext.all(plan, Ext.RECOMMENDATION), Codec::recommendation));
      p.takeaways(Codec.each("extension[takeaway]", Ext.all(plan, Ext.TAKEAWAY), Ext::primitive));
      return null;
    });
    if (!regimen) {
      for (int i = 0; i < plan.getTopic().size(); i++) {
        note(at + ".topic[" + i + "]", "dropped: a topic ('" + text(plan.getTopic().get(i))
            + "') is not a Regimen condition, which needs an id and a description");
      }
      if (plan.hasUsage() && plan.getExtensionsByUrl(Ext.ADVISORY).isEmpty()) {
        p.addAdvisories(Advisory.builder().id("usage").name("How to use this plan")
            .text(plan.getUsage()).trigger(AdvisoryTrigger.ALWAYS).build());
        note(at + ".usage", "kept as an advisory that always applies, 'How to use this plan'");
      }
    }
    p.sources(sources(at + ".relatedArtifact", plan.getRelatedArtifact()));
    if (plan.getAction().isEmpty()) {
      throw new FhirImportException(at + ".action", "is required: a protocol has at least one exercise");
    }
    for (int i = 0; i < plan.getAction().size(); i++) {
      p.addEntries(entry(at + ".action[" + i + "]", plan.getAction().get(i)));
    }
    if (plan.hasGoal()) {
      note(at + ".goal", "dropped: Regimen protocols have no goals apart from their summary");
    }
    return read(at, p::build);
  }

  // ---------------------------------------------------------------------------------------------

  private ProtocolEntry entry(String at, PlanDefinitionActionComponent action) {
    ActivityDefinition activity = null;
    if (action.hasDefinitionCanonicalType()) {
      String url = action.getDefinitionCanonicalType().getValue();
      int bar = url.indexOf('|');
      activity = activities.get(bar < 0 ? url : url.substring(0, bar));
      if (activity == null) {
        note(at + ".definitionCanonical", "'" + url + "' is not among the resources given: the exercise"
            + " is read from the action alone");
      }
    }
    Exercise exercise = exercise(at, action, activity);
    Optional<Extension> dosage = Ext.one(action, Ext.DOSAGE);
    Dosage d = dosage.isPresent()
        ? located(at + ".extension[dosage]", () -> Codec.dosage(dosage.get()))
        : foreignDosage(at, action, activity);
    ProtocolEntry.Builder entry = ProtocolEntry.builder().exercise(exercise).dosage(d);
    Ext.one(action, Ext.ENTRY_NOTE).map(Ext::primitive).ifPresent(entry::note);
    return read(at, entry::build);
  }

  private Exercise exercise(String at, PlanDefinitionActionComponent action, ActivityDefinition activity) {
    Exercise.Builder x = Exercise.builder();
    String adAt = activity == null ? at : "ActivityDefinition[" + activity.getUrl() + "]";
    String name = activity != null && activity.hasTitle() ? activity.getTitle() : action.getTitle();
    if (name == null || name.isBlank()) {
      throw new FhirImportException(at + ".title", "is required: the exercise's name");
    }
    x.name(name);
    List<Identifier> identifiers = activity == null ? List.of() : activity.getIdentifier();
    x.id(id(adAt, identifiers, Ext.EXERCISE_ID_SYSTEM, action.getId(), null, name));
    Optional<Extension> details = activity == null ? Optional.empty() : Ext.one(activity, Ext.EXERCISE);
    if (details.isPresent()) {
      located(adAt + ".extension[exercise]", () -> {
        Codec.exercise(details.get(), x);
        return null;
      });
    } else {
      x.kind(ExerciseKind.MOBILITY);
      note(adAt, "no exercise kind in FHIR: set to mobility, as Regimen requires a kind");
    }
    x.steps(steps(at, action));
    for (int k = 0; k < action.getCondition().size(); k++) {
      contraindication(at + ".condition[" + k + "]", action.getCondition().get(k)).ifPresent(x::addContraindications);
    }
    if (activity != null) {
      x.language(language(adAt + ".language", activity.getLanguage()));
      if (activity.hasPurpose()) {
        x.purpose(Markdown.unescape(activity.getPurpose()));
      }
      for (Identifier id : activity.getIdentifier()) {
        String system = id.getSystem() == null ? "" : id.getSystem();
        if (system.startsWith(Ext.DATASET_SYSTEM_PREFIX)) {
          x.addExternalIds(read(adAt + ".identifier", () -> ExternalId.of(
              system.substring(Ext.DATASET_SYSTEM_PREFIX.length()), id.getValue())));
        } else if (!system.equals(Ext.EXERCISE_ID_SYSTEM)) {
          note(adAt + ".identifier", "dropped: identifier of system '" + system + "' has no place in Regimen");
        }
      }
      for (int k = 0; k < activity.getBodySite().size(); k++) {
        CodeableConcept site = activity.getBodySite().get(k);
        String where = adAt + ".bodySite[" + k + "]";
        try {
          var area = Codec.bodyArea(site);
          boolean secondary = Ext.one(site, Ext.TARGET_ROLE).map(Ext::primitive).filter("secondary"::equals).isPresent();
          if (secondary) {
            x.addSecondaryTargets(area);
          } else {
            x.addPrimaryTargets(area);
          }
        } catch (FhirImportException e) {
          note(where, "dropped: '" + text(site) + "' is not a Regimen body area (" + e.problem() + ")");
        }
      }
      for (ContactDetail author : activity.getAuthor()) {
        Person.Builder person = Person.builder().name(author.getName());
        Ext.one(author, Ext.PERSON_DETAILS).ifPresent(e -> {
          Ext.text(e, "credentials").ifPresent(person::credentials);
          Ext.text(e, "role").ifPresent(person::role);
        });
        x.addAuthors(read(adAt + ".author", person::build));
      }
      List<RelatedArtifact> citations = new ArrayList<>();
      for (int k = 0; k < activity.getRelatedArtifact().size(); k++) {
        RelatedArtifact artifact = activity.getRelatedArtifact().get(k);
        if (artifact.getType() == RelatedArtifact.RelatedArtifactType.CITATION) {
          citations.add(artifact);
        } else if (artifact.hasDocument()) {
          x.addMedia(media(adAt + ".relatedArtifact[" + k + "]", artifact));
        } else {
          note(adAt + ".relatedArtifact[" + k + "]", "dropped: a related artifact of type "
              + artifact.getType().toCode() + " without a document is neither a source nor a picture");
        }
      }
      x.sources(sources(adAt + ".relatedArtifact", citations));
      x.cautions(located(adAt, () -> Codec.each("extension[caution]", Ext.all(activity, Ext.CAUTION), Codec::caution)));
      x.quotes(located(adAt, () -> Codec.each("extension[quote]", Ext.all(activity, Ext.QUOTE), Codec::quote)));
      if (activity.hasUsage() && !activity.hasExtension(Ext.CAUTION)) {
        x.addCautions(read(adAt + ".usage", () -> dev.regimen.core.safety.Caution.of(activity.getUsage())));
        note(adAt + ".usage", "kept as a caution in words, for the person to read");
      }
    }
    return read(adAt, x::build);
  }

  private List<Step> steps(String at, PlanDefinitionActionComponent action) {
    List<PlanDefinitionActionComponent> children = action.getAction();
    // Regimen's shape: one child per side (or one "each time"), each holding the steps
    if (!children.isEmpty() && children.get(0).hasAction()) {
      children = children.get(0).getAction();
      at = at + ".action[0]";
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      PlanDefinitionActionComponent child = children.get(i);
      String where = at + ".action[" + i + "]";
      String text = child.hasDescription() ? child.getDescription() : child.getTitle();
      if (text == null || text.isBlank()) {
        note(where, "dropped: a child action with neither description nor title is no step");
        continue;
      }
      Step.Builder step = Step.builder().text(text);
      Ext.one(child, Ext.STEP_PHASE).map(e -> Codec.enumOf(StepPhase.class, where + ".extension[step-phase]", Ext.primitive(e)))
          .ifPresent(step::phase);
      Ext.one(child, Ext.HOLD).ifPresent(h -> step.hold(located(where + ".extension[hold]", () -> Codec.hold(h))));
      for (int k = 0; k < child.getDocumentation().size(); k++) {
        RelatedArtifact doc = child.getDocumentation().get(k);
        if (doc.hasDocument()) {
          step.addMedia(media(where + ".documentation[" + k + "]", doc));
        }
      }
      steps.add(read(where, step::build));
    }
    if (steps.isEmpty()) {
      String description = action.getDescription();
      if (description == null || description.isBlank()) {
        throw new FhirImportException(at, "has no steps: no child actions and no description");
      }
      for (String line : description.split("\\R")) {
        String text = line.replaceFirst("^\\s*\\d+[.)]\\s*", "").strip();
        if (!text.isEmpty()) {
          steps.add(read(at + ".description", () -> Step.of(text)));
        }
      }
      note(at + ".description", "read as the steps, one a line");
    }
    return steps;
  }

  private Optional<Contraindication> contraindication(String at, PlanDefinition.PlanDefinitionActionConditionComponent c) {
    Optional<Extension> e = Ext.one(c, Ext.CONTRAINDICATION);
    String rationale = c.hasExpression() ? c.getExpression().getDescription() : null;
    if (e.isEmpty()) {
      note(at, "dropped: a condition without Regimen's contraindication extension names no condition of"
          + " the protocol (" + (rationale != null ? rationale : c.hasExpression() ? c.getExpression().getExpression() : "no expression") + ")");
      return Optional.empty();
    }
    return Optional.of(located(at + ".extension[contraindication]", () -> {
      Extension x = e.get();
      Contraindication.Builder ci = Contraindication.builder()
          .conditionId(Codec.required(x, "condition-id"))
          .severity(Codec.requiredEnum(x, "severity", Severity.class))
          .sourceIds(Ext.texts(x, "source-id"));
      if (rationale == null) {
        throw new FhirImportException("", "the condition's expression has no description, the rationale");
      }
      ci.rationale(rationale);
      Ext.text(x, "finding-id").ifPresent(ci::findingId);
      Ext.child(x, "quote").ifPresent(q -> ci.quote(Codec.quote(q)));
      return Codec.build("", ci::build);
    }));
  }

  private Dosage foreignDosage(String at, PlanDefinitionActionComponent action, ActivityDefinition activity) {
    Dosage.Builder d = Dosage.builder();
    Timing session = null;
    if (action.hasTimingTiming()) {
      session = action.getTimingTiming();
    } else if (!action.getAction().isEmpty() && action.getAction().get(0).hasTimingTiming()) {
      session = action.getAction().get(0).getTimingTiming();
    }
    if (session != null) {
      Timing.TimingRepeatComponent r = session.getRepeat();
      if (r.hasCount()) {
        int max = r.hasCountMax() ? r.getCountMax() : r.getCount();
        d.repetitions(read(at + ".timingTiming", () -> Repetitions.between(r.getCount(), max)));
      }
      if (r.hasDuration()) {
        int seconds = seconds(r.getDuration().doubleValue(), r.getDurationUnit());
        int max = r.hasDurationMax() ? seconds(r.getDurationMax().doubleValue(), r.getDurationUnit()) : seconds;
        if (r.hasCount()) {
          d.hold(read(at + ".timingTiming", () -> Hold.ofSecondsBetween(seconds, max)));
        } else {
          d.duration(read(at + ".timingTiming", () -> TimeRange.ofSecondsBetween(seconds, max)));
        }
      }
    }
    if (activity != null && activity.hasTimingTiming()) {
      Timing.TimingRepeatComponent r = activity.getTimingTiming().getRepeat();
      if (r.hasFrequency() && r.hasPeriodUnit()
          && (r.getPeriodUnit() == Timing.UnitsOfTime.D || r.getPeriodUnit() == Timing.UnitsOfTime.WK)
          && (!r.hasPeriod() || r.getPeriod().intValue() == 1)) {
        int max = r.hasFrequencyMax() ? r.getFrequencyMax() : r.getFrequency();
        d.frequency(read("ActivityDefinition.timingTiming", () -> Frequency.builder().min(r.getFrequency()).max(max)
            .period(r.getPeriodUnit() == Timing.UnitsOfTime.D ? FrequencyPeriod.DAY : FrequencyPeriod.WEEK).build()));
      } else if (r.hasFrequency()) {
        note("ActivityDefinition.timingTiming", "dropped: a frequency other than a number of times a day or a week");
      }
      if (r.hasBoundsDuration() && "wk".equals(r.getBoundsDuration().getCode())) {
        d.programmeWeeks(r.getBoundsDuration().getValue().intValue());
      }
    }
    if (action.hasTextEquivalent()) {
      d.notes(action.getTextEquivalent());
    }
    note(at, "no Regimen dosage extension: the dose is read from the timings as far as they go"
        + (action.hasTextEquivalent() ? ", and the text equivalent kept as the dosage's notes" : ""));
    return read(at, d::build);
  }

  private static int seconds(double value, Timing.UnitsOfTime unit) {
    double factor = unit == null ? 1 : switch (unit) {
      case MIN -> 60;
      case H -> 3600;
      case D -> 86_400;
      default -> 1;
    };
    return (int) Math.round(value * factor);
  }

  // ---------------------------------------------------------------------------------------------

  private List<Source> sources(String at, List<RelatedArtifact> artifacts) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < artifacts.size(); i++) {
      RelatedArtifact a = artifacts.get(i);
      String where = at + "[" + i + "]";
      if (a.getType() != RelatedArtifact.RelatedArtifactType.CITATION) {
        note(where, "dropped: only citations are sources in Regimen, this is of type " + a.getType().toCode());
        continue;
      }
      String title = a.hasDisplay() ? a.getDisplay() : a.hasCitation() ? Markdown.unescape(a.getCitation()) : null;
      if (title == null) {
        note(where, "dropped: a citation with neither display nor citation text has no title");
        continue;
      }
      Source.Builder s = Source.builder().name(title);
      if (a.hasLabel() && Slugs.isSlug(a.getLabel())) {
        s.id(a.getLabel());
      } else {
        String id = Slugs.of(title, "source-" + (i + 1));
        s.id(id);
        note(where, "no Regimen id in label: the source's id is '" + id + "'");
      }
      if (a.hasUrl()) {
        try {
          s.link(new URI(a.getUrl()));
        } catch (URISyntaxException e) {
          note(where + ".url", "dropped: '" + a.getUrl() + "' is not a URI");
        }
      }
      Ext.one(a, Ext.SOURCE).ifPresent(e -> located(where + ".extension[source]", () -> {
        Ext.text(e, "author").ifPresent(s::author);
        Ext.text(e, "publisher").ifPresent(s::publisher);
        Ext.text(e, "note").ifPresent(s::note);
        s.experts(Codec.each("expert", Ext.children(e, "expert"), Codec::person));
        return null;
      }));
      sources.add(read(where, s::build));
    }
    return sources;
  }

  private Media media(String at, RelatedArtifact a) {
    Media.Builder m = Media.builder();
    String url = a.getDocument().getUrl();
    String type = a.getDocument().getContentType();
    String alt = a.getDocument().getTitle();
    if (url == null || type == null || alt == null) {
      throw new FhirImportException(at + ".document", "needs url, contentType and title (the alt text)");
    }
    try {
      m.uri(new URI(url));
    } catch (URISyntaxException e) {
      throw new FhirImportException(at + ".document.url", "'" + url + "' is not a URI", e);
    }
    m.mediaType(type).altText(alt);
    Optional<Extension> role = Ext.one(a, Ext.MEDIA_ROLE);
    if (role.isPresent()) {
      m.role(Codec.enumOf(MediaRole.class, at + ".extension[media-role]", Ext.primitive(role.get())));
    } else {
      m.role(MediaRole.ILLUSTRATION);
      note(at, "no media role: read as an illustration");
    }
    if (a.hasDisplay()) {
      m.caption(a.getDisplay());
    }
    return read(at, m::build);
  }

  private String id(String at, List<Identifier> identifiers, String system, String resourceId, String name, String title) {
    for (Identifier i : identifiers) {
      if (system.equals(i.getSystem()) && i.getValue() != null) {
        if (!Slugs.isSlug(i.getValue())) {
          throw new FhirImportException(at + ".identifier", "'" + i.getValue() + "' is not a Regimen id: "
              + Slugs.RULE);
        }
        return i.getValue();
      }
    }
    String id = Slugs.of(resourceId != null ? resourceId : name != null ? name : title, "imported");
    note(at, "no Regimen id: the id '" + id + "' is derived from "
        + (resourceId != null ? "the resource id" : name != null ? "the name" : "the title"));
    return id;
  }

  private String language(String at, String tag) {
    if (tag == null) {
      return Exercise.DEFAULT_LANGUAGE;
    }
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (canonical.equals(tag)) {
        return tag;
      }
      note(at, "'" + tag + "' read as its canonical form '" + canonical + "'");
      return canonical;
    } catch (IllformedLocaleException e) {
      note(at, "dropped: '" + tag + "' is not a BCP 47 tag; the language is " + Exercise.DEFAULT_LANGUAGE);
      return Exercise.DEFAULT_LANGUAGE;
    }
  }

  private static String text(CodeableConcept c) {
    if (c.hasText()) {
      return c.getText();
    }
    return c.getCoding().isEmpty() ? "" : c.getCodingFirstRep().getDisplay() != null
        ? c.getCodingFirstRep().getDisplay() : c.getCodingFirstRep().getCode();
  }

  /** Builds, turning the model's rule violations into an import error located at {@code at}. */
  private static <T> T read(String at, Supplier<T> build) {
    return Codec.build(at, build);
  }

  /** Reads, locating any import error inside {@code at}. */
  private static <T> T located(String at, Supplier<T> read) {
    try {
      return read.get();
    } catch (FhirImportException e) {
      throw e.within(at);
    }
  }

}
