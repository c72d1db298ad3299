package dev.regimen.fhir;

import dev.regimen.core.anatomy.BodyArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;

/**
 * The source of the StructureDefinitions shipped under {@code dev/regimen/fhir/definitions/}: each
 * Regimen extension as a tree of (sub-)extensions, turned into a differential. {@link
 * DefinitionsTest} holds the shipped files to what this gives, and rewrites them when run with
 * {@code -Dregimen.fhir.writeDefinitions=true}.
 */
final class Definitions {
  private Definitions() {}

  /** An extension or sub-extension: a value type, or (when {@code type} is null) children. */
  record Node(String name, String type, int min, String max, String definition, List<Node> children) {}

  static Node simple(String name, String type, int min, String max, String definition) {
    return new Node(name, type, min, max, definition, List.of());
  }

  static Node complex(String name, int min, String max, String definition, Node... children) {
    return new Node(name, null, min, max, definition, Arrays.asList(children));
  }

  static Node person(String name, int min, String max, String definition) {
    return complex(name, min, max, definition,
        simple("name", "string", 1, "1", "The person's name."),
        simple("credentials", "string", 0, "1", "Credentials, such as MD."),
        simple("role", "string", 0, "1", "Role or speciality, such as neurosurgeon."));
  }

  static Node quote(String name, int min, String max) {
    return complex(name, min, max, "Words an expert said, with the speaker and the source that published them.",
        simple("text", "string", 1, "1", "The quoted words, without quotation marks."),
        person("speaker", 1, "1", "Who said them."),
        simple("source-id", "string", 0, "1", "The Regimen id of the source (a relatedArtifact's label) that published them."));
  }

  static Node sourceIds() {
    return simple("source-id", "string", 0, "*", "The Regimen ids of the sources (relatedArtifact labels) it comes from.");
  }

  static Node range(String name, String definition) {
    return complex(name, 0, "1", definition,
        simple("min", "integer", 1, "1", "The smallest value."),
        simple("max", "integer", 1, "1", "The largest value (equal to min for an exact value)."));
  }

  static Node holdFields(String name, int min, String definition) {
    return complex(name, min, "1", definition,
        simple("seconds", "integer", 0, "1", "The hold in seconds, or the shortest of a range."),
        simple("max-seconds", "integer", 0, "1", "The longest hold in seconds, for a range."),
        simple("breaths", "integer", 0, "1", "The number of breaths, or the fewest of a range."),
        simple("max-breaths", "integer", 0, "1", "The most breaths, for a range."),
        simple("or-more", "boolean", 0, "1", "True when the numbers are a lower bound only (absent: false)."),
        simple("approximate", "boolean", 0, "1", "True when the numbers are approximate (absent: false)."),
        simple("wording", "string", 0, "1", "The source's own words for the hold."));
  }

  /** A definition: the extension's tree and where it may be used. */
  record Definition(String name, String title, List<String> contexts, Node root) {}

  static List<Definition> all() {
    List<Definition> d = new ArrayList<>();
    d.add(new Definition("target-segment", "Target spinal segment", List.of("PlanDefinition"),
        simple("target-segment", "string", 0, "*", "A spinal segment the protocol targets, such as L5-S1.")));
    d.add(new Definition("condition", "Condition addressed", List.of("PlanDefinition"),
        complex("condition", 0, "*", "A cause of pain the protocol addresses, which contraindications name by id; its codings are also in PlanDefinition.topic.",
            simple("id", "string", 1, "1", "The condition's Regimen id, a lowercase slug."),
            simple("name", "string", 1, "1", "The condition's name."),
            simple("description", "string", 1, "1", "What it is, in plain words."),
            simple("segment", "string", 0, "*", "A spinal segment it affects, such as L5-S1."),
            simple("coding", "Coding", 0, "*", "A standard code for it (ICD-10-CM, SNOMED CT, ...)."),
            complex("finding", 0, "*", "A finding that refines the condition.",
                simple("id", "string", 1, "1", "The finding's Regimen id."),
                simple("name", "string", 1, "1", "The finding's name."),
                simple("description", "string", 0, "1", "A description.")))));
    d.add(new Definition("advisory", "Safety advisory", List.of("PlanDefinition"),
        complex("advisory", 0, "*", "A safety notice for the whole protocol and when it applies; its words are also in PlanDefinition.usage.",
            simple("id", "string", 1, "1", "The advisory's Regimen id."),
            simple("name", "string", 1, "1", "The notice in a few words."),
            simple("text", "string", 1, "1", "The notice in full."),
            simple("trigger", "code", 1, "1", "When it applies: always | during-exercise | pain-persists | in-pain-now."),
            simple("pain-weeks-at-least", "integer", 0, "1", "For pain-persists: the weeks of pain from which it applies."),
            quote("quote", 0, "*"),
            sourceIds())));
    d.add(new Definition("caution", "Caution in words", List.of("PlanDefinition", "ActivityDefinition"),
        complex("caution", 0, "*", "A safety note in words that names no coded condition; screening cannot judge it, so the person must read it.",
            simple("text", "string", 1, "1", "The note."),
            simple("severity", "code", 1, "1", "How strongly it counts: avoid | caution."),
            quote("quote", 0, "1"),
            sourceIds())));
    d.add(new Definition("recommendation", "Recommendation", List.of("PlanDefinition"),
        complex("recommendation", 0, "*", "Advice that goes with the protocol beyond its exercises.",
            simple("id", "string", 1, "1", "The recommendation's Regimen id."),
            simple("name", "string", 1, "1", "The advice in a few words."),
            simple("text", "string", 1, "1", "The advice in full."),
            quote("quote", 0, "*"),
            sourceIds())));
    d.add(new Definition("takeaway", "Takeaway", List.of("PlanDefinition"),
        simple("takeaway", "string", 0, "*", "A point to remember.")));
    d.add(new Definition("dosage", "Exercise dosage", List.of("PlanDefinition.action"),
        complex("dosage", 0, "1", "The exact prescription of the exercise (FITT-VP). The child actions' timings and the ActivityDefinition's timing say as much of it as FHIR can; this says all of it.",
            complex("repetitions", 0, "1", "How many repetitions a set holds.",
                simple("min", "integer", 1, "1", "The fewest."),
                simple("max", "integer", 1, "1", "The most."),
                simple("basis", "code", 1, "1", "per-side | total.")),
            complex("duration", 0, "1", "How long a set goes on.",
                simple("seconds", "integer", 1, "1", "The time in seconds, or the shortest of a range."),
                simple("max-seconds", "integer", 0, "1", "The longest time in seconds, for a range."),
                simple("or-more", "boolean", 0, "1", "True for a lower bound only (absent: false)."),
                simple("approximate", "boolean", 0, "1", "True when approximate (absent: false)."),
                simple("wording", "string", 0, "1", "The source's own words.")),
            complex("distance", 0, "1", "How far a set goes.",
                simple("amount", "integer", 1, "1", "The distance, or the shortest of a range."),
                simple("max-amount", "integer", 0, "1", "The longest distance of a range."),
                simple("unit", "code", 1, "1", "metres | kilometres | yards | miles.")),
            simple("as-many-as-possible", "boolean", 0, "1", "True when the person does as many repetitions as they can (absent: false)."),
            holdFields("hold", 0, "How long each repetition's position is held."),
            range("sets", "How many sets (absent: 1)."),
            simple("side-order", "code", 0, "1", "both-at-once | one-side-then-other | alternating (absent: both-at-once)."),
            simple("first-side", "code", 0, "1", "left | right: the side to start with."),
            range("rest", "The rest between repetitions, in seconds."),
            range("rest-between-sets", "The rest between sets, in seconds."),
            complex("frequency", 0, "1", "How often the exercise is done.",
                simple("min", "integer", 1, "1", "The fewest times a period."),
                simple("max", "integer", 1, "1", "The most times a period."),
                simple("period", "code", 1, "1", "day | week."),
                simple("wording", "string", 0, "1", "The source's own words, such as daily.")),
            simple("programme-weeks", "integer", 0, "1", "How many weeks the programme runs."),
            simple("intensity", "string", 0, "1", "How hard it should feel, in words."),
            complex("load", 0, "1", "The resistance to work against.",
                simple("unit", "code", 1, "1", "kilograms | pounds | percent-of-one-rep-max | body-weight | band."),
                simple("amount", "decimal", 0, "1", "The load, or the lightest of a range."),
                simple("max-amount", "decimal", 0, "1", "The heaviest load of a range."),
                simple("description", "string", 0, "1", "The load in words (required for a band).")),
            complex("effort", 0, "1", "How hard a set should feel, on a scale.",
                simple("scale", "code", 1, "1", "rpe | repetitions-in-reserve."),
                simple("value", "integer", 1, "1", "The rating, or the lowest of a range."),
                simple("max-value", "integer", 0, "1", "The highest rating of a range.")),
            simple("tempo", "string", 0, "1", "The speed of a repetition, such as 3-1-1-0."),
            simple("notes", "string", 0, "1", "The source's own words for the dosage."))));
    d.add(new Definition("entry-note", "Entry note", List.of("PlanDefinition.action"),
        simple("entry-note", "string", 0, "1", "A note for this exercise in this protocol.")));
    d.add(new Definition("step-phase", "Step phase", List.of("PlanDefinition.action"),
        simple("step-phase", "code", 0, "1", "When the step is done: setup | side-setup | repetition | switch-sides | finish.")));
    d.add(new Definition("hold", "Step hold", List.of("PlanDefinition.action"),
        holdFields("hold", 0, "The hold a step asks for, exactly (seconds, breaths, words, bounds).")));
    d.add(new Definition("laterality", "Laterality", List.of("PlanDefinition.action"),
        simple("laterality", "CodeableConcept", 0, "1", "The side of the body this action works (SNOMED CT 7771000 Left, 24028007 Right).")));
    d.add(new Definition("contraindication", "Contraindication", List.of("PlanDefinition.action.condition"),
        complex("contraindication", 0, "1", "The Regimen contraindication this applicability condition expresses; the rationale is the expression's description.",
            simple("condition-id", "string", 1, "1", "The Regimen id of the condition (see the condition extension)."),
            simple("finding-id", "string", 0, "1", "The Regimen id of the finding that narrows it."),
            simple("severity", "code", 1, "1", "avoid | caution. An engine that honours this keeps a caution-level action and shows the rationale; one that does not drops the action, the safe side."),
            quote("quote", 0, "1"),
            sourceIds())));
    d.add(new Definition("exercise", "Exercise details", List.of("ActivityDefinition"),
        complex("exercise", 0, "1", "What ActivityDefinition has no element for: kind, descriptors, starting position, equipment, sensations, modifications, progressions.",
            simple("kind", "code", 1, "1", "stretch | strengthening | mobility | aerobic | balance | plyometric | powerlifting | olympic-weightlifting | strongman | breathing | self-massage."),
            simple("level", "code", 0, "1", "beginner | intermediate | advanced."),
            simple("force", "code", 0, "1", "push | pull | static."),
            simple("mechanic", "code", 0, "1", "compound | isolation."),
            simple("starting-position", "string", 0, "1", "The position to start from."),
            simple("equipment", "string", 0, "*", "An item of equipment needed."),
            simple("needs-no-equipment", "boolean", 0, "1", "True when the exercise needs no equipment at all (absent: not stated)."),
            simple("needs-partner", "boolean", 0, "1", "True when a partner is needed (absent: false)."),
            simple("licence", "string", 0, "1", "The licence of the text and media, an SPDX identifier."),
            complex("sensation", 0, "*", "What the person should feel, and where.",
                simple("description", "string", 1, "1", "What is felt."),
                simple("area", "CodeableConcept", 0, "*", "Where it is felt, a body area.")),
            complex("modification", 0, "*", "A change to the exercise and when it applies.",
                simple("reason", "code", 1, "1", "limited-flexibility | discomfort | balance | setting | other."),
                simple("when", "string", 1, "1", "When it applies."),
                simple("instruction", "string", 1, "1", "What to do instead.")),
            complex("progression", 0, "*", "An easier or harder variant.",
                simple("direction", "code", 1, "1", "easier | harder."),
                simple("name", "string", 1, "1", "The variant's name."),
                simple("instruction", "string", 0, "1", "How to do it."),
                simple("sign", "string", 1, "1", "The sign that tells when to switch.")))));
    d.add(new Definition("quote", "Quote", List.of("ActivityDefinition"), quote("quote", 0, "*")));
    d.add(new Definition("source", "Source details", List.of("RelatedArtifact"),
        complex("source", 0, "1", "What a citation has no element for.",
            simple("author", "string", 0, "1", "The author."),
            simple("publisher", "string", 0, "1", "The publisher or journal."),
            simple("note", "string", 0, "1", "Anything else a reader should know about the source."),
            person("expert", 0, "*", "An expert the source cites or quotes."))));
    d.add(new Definition("media-role", "Media role", List.of("RelatedArtifact"),
        simple("media-role", "code", 0, "1", "What a picture or video shows: start-position | mid-position | end-position | movement | illustration.")));
    d.add(new Definition("person-details", "Person details", List.of("ContactDetail"),
        complex("person-details", 0, "1", "Credentials and role of an author.",
            simple("credentials", "string", 0, "1", "Credentials, such as MD."),
            simple("role", "string", 0, "1", "Role or speciality."))));
    d.add(new Definition("body-area-id", "Custom body area id", List.of("CodeableConcept"),
        simple("body-area-id", "code", 0, "1", "The id of a custom Regimen body area, which is in no code system; its name is the concept's text.")));
    d.add(new Definition("target-role", "Target role", List.of("ActivityDefinition.bodySite"),
        simple("target-role", "code", 0, "1", "primary | secondary: whether the exercise mainly works this area.")));
    return d;
  }

  static Map<String, StructureDefinition> structureDefinitions() {
    Map<String, StructureDefinition> out = new LinkedHashMap<>();
    for (Definition def : all()) {
      out.put(def.name(), structureDefinition(def));
    }
    return out;
  }

  private static StructureDefinition structureDefinition(Definition def) {
    StructureDefinition sd = new StructureDefinition();
    sd.setId(def.name());
    sd.setUrl(Ext.SD + def.name());
    sd.setVersion("1.0.0");
    sd.setName(Texts.computableName("X", def.name()));
    sd.setTitle(def.title());
    sd.setStatus(Enumerations.PublicationStatus.ACTIVE);
    sd.setPublisher("Regimen");
    sd.setDescription(def.root().definition());
    sd.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
    sd.setAbstract(false);
    for (String context : def.contexts()) {
      sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
    }
    sd.setType("Extension");
    sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    List<ElementDefinition> elements = sd.getDifferential().getElement();
    Node root = def.root();
    ElementDefinition top = element("Extension", "Extension");
    top.setShort(def.title()).setDefinition(root.definition());
    elements.add(top);
    body(elements, "Extension", "Extension", root, Ext.SD + def.name());
    return sd;
  }

  /** The elements under an extension element: its sub-extensions, url and value. */
  private static void body(List<ElementDefinition> elements, String id, String path, Node node, String url) {
    if (node.type() == null) {
      ElementDefinition slicing = element(id + ".extension", path + ".extension");
      slicing.getSlicing()
          .addDiscriminator()
          .setType(ElementDefinition.DiscriminatorType.VALUE)
          .setPath("url");
      slicing.getSlicing().setRules(ElementDefinition.SlicingRules.CLOSED);
      elements.add(slicing);
      for (Node child : node.children()) {
        String childId = id + ".extension:" + child.name();
        ElementDefinition slice = element(childId, path + ".extension");
        slice.setSliceName(child.name());
        slice.setShort(child.name()).setDefinition(child.definition());
        slice.setMin(child.min()).setMax(child.max());
        elements.add(slice);
        body(elements, childId, path + ".extension", child, child.name());
      }
    } else {
      elements.add(element(id + ".extension", path + ".extension").setMax("0"));
    }
    ElementDefinition urlElement = element(id + ".url", path + ".url");
    urlElement.setFixed(new UriType(url));
    elements.add(urlElement);
    ElementDefinition value = element(id + ".value[x]", path + ".value[x]");
    if (node.type() == null) {
      value.setMax("0");
    } else {
      value.setMin(1);
      value.addType().setCode(node.type());
    }
    elements.add(value);
  }

  private static ElementDefinition element(String id, String path) {
    ElementDefinition e = new ElementDefinition();
    e.setId(id);
    e.setPath(path);
    return e;
  }

  static CodeSystem bodyAreas() {
    CodeSystem cs = new CodeSystem();
    cs.setId("body-area");
    cs.setUrl(Ext.BODY_AREA_SYSTEM);
    cs.setVersion("1.0.0");
    cs.setName("RegimenBodyArea");
    cs.setTitle("Regimen standard body areas");
    cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
    cs.setPublisher("Regimen");
    cs.setDescription("The body areas and muscle groups that exercise descriptions commonly name, as"
        + " Regimen's BodyArea constants; areas users define themselves are in no code system.");
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    for (BodyArea area : BodyArea.standard()) {
      cs.addConcept().setCode(area.id()).setDisplay(area.displayName());
    }
    cs.setCount(BodyArea.standard().size());
    return cs;
  }
}
