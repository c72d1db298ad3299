package dev.regimen.fhir;

import static dev.regimen.fhir.Texts.html;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Source;
import java.util.List;
import org.hl7.fhir.r4.model.Narrative;

/**
 * The human-readable narrative ({@code text}) of each resource Regimen writes, so that a receiver
 * that shows only narratives still shows the whole content, safety first. Generated, never
 * hand-edited: its status is {@code generated}.
 */
final class Narratives {
  private Narratives() {}

  private static final String OPEN = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";

  /** The opening tag for text in {@code language}: with lang and xml:lang, as the validator asks. */
  private static String open(String language) {
    String tag = html(language);
    return "<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tag + "\" xml:lang=\"" + tag + "\">";
  }

  static Narrative protocol(Protocol p) {
    StringBuilder h = new StringBuilder(open(p.language()));
    h.append("<h2>").append(html(p.name())).append("</h2>");
    h.append("<p>").append(html(p.summary())).append("</p>");
    if (!p.advisories().isEmpty() || !p.cautions().isEmpty()) {
      h.append("<p><b>Safety</b></p><ul>");
      for (Advisory a : p.advisories()) {
        h.append("<li><b>").append(html(a.name())).append(".</b> ").append(html(a.text())).append("</li>");
      }
      cautions(h, p.cautions());
      h.append("</ul>");
    }
    h.append("<p><b>Exercises</b></p><ol>");
    for (ProtocolEntry e : p.entries()) {
      h.append("<li><b>").append(html(e.exercise().name())).append("</b>: ")
          .append(html(DoseWords.of(e.dosage())));
      for (Contraindication ci : e.exercise().contraindications()) {
        h.append(" ").append(html(ci.severity().displayName())).append(" (")
            .append(html(p.condition(ci.conditionId()).map(c -> c.name()).orElse(ci.conditionId())))
            .append("): ").append(html(ci.rationale()));
      }
      for (Caution c : e.exercise().cautions()) {
        h.append(" ").append(html(c.severity().displayName())).append(": ").append(html(c.text()));
      }
      e.note().ifPresent(n -> h.append(" ").append(html(n)));
      h.append("</li>");
    }
    h.append("</ol>");
    if (!p.recommendations().isEmpty()) {
      h.append("<p><b>Recommendations</b></p><ul>");
      for (Recommendation r : p.recommendations()) {
        h.append("<li><b>").append(html(r.name())).append(".</b> ").append(html(r.text())).append("</li>");
      }
      h.append("</ul>");
    }
    list(h, "Takeaways", p.takeaways());
    sources(h, p.sources());
    return narrative(h.append("</div>").toString());
  }

  static Narrative exercise(Exercise x, Dosage d) {
    StringBuilder h = new StringBuilder(open(x.language()));
    h.append("<h3>").append(html(x.name())).append("</h3>");
    x.purpose().ifPresent(v -> h.append("<p>").append(html(v)).append("</p>"));
    x.startingPosition().ifPresent(v -> h.append("<p>Starting position: ").append(html(v)).append("</p>"));
    if (!x.equipment().isEmpty()) {
      h.append("<p>Equipment: ").append(html(String.join(", ", x.equipment()))).append("</p>");
    }
    h.append("<ol>");
    for (Step s : x.steps()) {
      h.append("<li>").append(html(s.text())).append("</li>");
    }
    h.append("</ol>");
    h.append("<p>").append(html(DoseWords.of(d))).append("</p>");
    if (!x.contraindications().isEmpty() || !x.cautions().isEmpty()) {
      h.append("<ul>");
      for (Contraindication ci : x.contraindications()) {
        h.append("<li>").append(html(ci.severity().displayName())).append(": ").append(html(ci.rationale()))
            .append("</li>");
      }
      cautions(h, x.cautions());
      h.append("</ul>");
    }
    sources(h, x.sources());
    return narrative(h.append("</div>").toString());
  }

  /** A narrative of paragraphs, for the resources of a care plan. */
  static Narrative paragraphs(List<String> paragraphs) {
    StringBuilder h = new StringBuilder(OPEN);
    for (String p : paragraphs) {
      h.append("<p>").append(html(p)).append("</p>");
    }
    return narrative(h.append("</div>").toString());
  }

  private static void cautions(StringBuilder h, List<Caution> cautions) {
    for (Caution c : cautions) {
      h.append("<li><b>").append(html(c.severity().displayName())).append(":</b> ").append(html(c.text()))
          .append("</li>");
    }
  }

  private static void list(StringBuilder h, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<p><b>").append(heading).append("</b></p><ul>");
    for (String item : items) {
      h.append("<li>").append(html(item)).append("</li>");
    }
    h.append("</ul>");
  }

  private static void sources(StringBuilder h, List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    h.append("<p><b>Sources</b></p><ul>");
    for (Source s : sources) {
      h.append("<li>").append(html(s.name()));
      s.link().ifPresent(u -> h.append(" (").append(html(u.toString())).append(")"));
      h.append("</li>");
    }
    h.append("</ul>");
  }

  private static Narrative narrative(String xhtml) {
    Narrative n = new Narrative();
    n.setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString(xhtml);
    return n;
  }
}
