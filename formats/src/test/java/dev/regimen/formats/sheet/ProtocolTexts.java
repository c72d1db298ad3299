package dev.regimen.formats.sheet;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a protocol with every human-readable text passed through a function (ids, codes and
 * links are left alone), so that tests can put hostile characters into every text a sheet shows.
 */
final class ProtocolTexts {
  /** Characters a sheet must never pass on: escapes, controls, direction overrides. */
  static final List<String> HOSTILE =
      List.of(
          "\u001B[31m",
          "\u001B]8;;http://evil.example\u0007",
          "\u0007",
          "\u0000",
          "\u007F",
          "\u009B2J",
          "\u0085",
          "\r",
          "\r\n",
          "\t",
          "\u000B",
          "\u202E",
          "\u202A",
          "\u2066",
          "\u2067",
          "\u2069",
          "\u200E",
          "\u200F",
          "\u061C",
          "\u200B",
          "\uFEFF",
          "\u00AD",
          "\uDB40\uDC41",
          "\u2028",
          "\uD800");

  private ProtocolTexts() {}

  /** {@return {@code text} with a hostile sequence put in, chosen and placed by the text itself} */
  static String hostile(String text) {
    int h = text.hashCode() & 0x7FFFFFFF;
    String bad = HOSTILE.get(h % HOSTILE.size());
    int at = (h / HOSTILE.size()) % (text.length() + 1);
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    String second = HOSTILE.get((h / 7) % HOSTILE.size());
    return second + text.substring(0, at) + bad + text.substring(at);
  }

  static Protocol map(Protocol p, UnaryOperator<String> f) {
    List<Condition> conditions = new ArrayList<>();
    for (Condition c : p.conditions()) {
      List<Finding> findings = new ArrayList<>();
      for (Finding fi : c.findings()) {
        Finding.Builder b = Finding.builder().from(fi).name(f.apply(fi.name()));
        fi.description().ifPresent(d -> b.description(f.apply(d)));
        findings.add(b.build());
      }
      conditions.add(
          Condition.builder()
              .from(c)
              .name(f.apply(c.name()))
              .description(f.apply(c.description()))
              .findings(findings)
              .build());
    }
    List<ProtocolEntry> entries = new ArrayList<>();
    for (ProtocolEntry e : p.entries()) {
      ProtocolEntry.Builder b =
          ProtocolEntry.builder()
              .from(e)
              .exercise(exercise(e.exercise(), f))
              .dosage(dosage(e.dosage(), f));
      e.note().ifPresent(n -> b.note(f.apply(n)));
      entries.add(b.build());
    }
    List<Advisory> advisories = new ArrayList<>();
    for (Advisory a : p.advisories()) {
      advisories.add(
          Advisory.builder()
              .from(a)
              .name(f.apply(a.name()))
              .text(f.apply(a.text()))
              .quotes(quotes(a.quotes(), f))
              .build());
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : p.recommendations()) {
      recommendations.add(
          Recommendation.builder()
              .from(r)
              .name(f.apply(r.name()))
              .text(f.apply(r.text()))
              .quotes(quotes(r.quotes(), f))
              .build());
    }
    List<String> takeaways = new ArrayList<>();
    for (String t : p.takeaways()) {
      takeaways.add(f.apply(t));
    }
    List<Source> sources = new ArrayList<>();
    for (Source s : p.sources()) {
      Source.Builder b = Source.builder().from(s).name(f.apply(s.name()));
      s.author().ifPresent(v -> b.author(f.apply(v)));
      s.publisher().ifPresent(v -> b.publisher(f.apply(v)));
      s.note().ifPresent(v -> b.note(f.apply(v)));
      List<Person> experts = new ArrayList<>();
      for (Person person : s.experts()) {
        experts.add(person(person, f));
      }
      sources.add(b.experts(experts).build());
    }
    return Protocol.builder()
        .from(p)
        .name(f.apply(p.name()))
        .summary(f.apply(p.summary()))
        .conditions(conditions)
        .entries(entries)
        .advisories(advisories)
        .recommendations(recommendations)
        .takeaways(takeaways)
        .sources(sources)
        .build();
  }

  private static Exercise exercise(Exercise e, UnaryOperator<String> f) {
    Exercise.Builder b =
        Exercise.builder()
            .from(e)
            .name(f.apply(e.name()));
    e.startingPosition().ifPresent(v -> b.startingPosition(f.apply(v)));
    e.purpose().ifPresent(v -> b.purpose(f.apply(v)));
    List<String> equipment = new ArrayList<>();
    for (String s : e.equipment()) {
      equipment.add(f.apply(s));
    }
    List<Step> steps = new ArrayList<>();
    for (Step s : e.steps()) {
      Step.Builder sb = Step.builder().from(s).text(f.apply(s.text()));
      s.hold().ifPresent(h -> sb.hold(hold(h, f)));
      steps.add(sb.build());
    }
    List<Sensation> sensations = new ArrayList<>();
    for (Sensation s : e.sensations()) {
      sensations.add(Sensation.builder().from(s).description(f.apply(s.description())).build());
    }
    List<Modification> modifications = new ArrayList<>();
    for (Modification m : e.modifications()) {
      modifications.add(Modification.of(m.reason(), f.apply(m.when()), f.apply(m.instruction())));
    }
    List<Progression> progressions = new ArrayList<>();
    for (Progression pr : e.progressions()) {
      Progression.Builder pb =
          Progression.builder().from(pr).name(f.apply(pr.name())).sign(f.apply(pr.sign()));
      pr.instruction().ifPresent(v -> pb.instruction(f.apply(v)));
      progressions.add(pb.build());
    }
    List<Contraindication> contraindications = new ArrayList<>();
    for (Contraindication ci : e.contraindications()) {
      Contraindication.Builder cb =
          Contraindication.builder().from(ci).rationale(f.apply(ci.rationale()));
      ci.quote().ifPresent(q -> cb.quote(quote(q, f)));
      contraindications.add(cb.build());
    }
    return b.equipment(equipment)
        .steps(steps)
        .sensations(sensations)
        .modifications(modifications)
        .progressions(progressions)
        .contraindications(contraindications)
        .quotes(quotes(e.quotes(), f))
        .build();
  }

  private static Dosage dosage(Dosage d, UnaryOperator<String> f) {
    Dosage.Builder b = Dosage.builder().from(d);
    d.hold().ifPresent(h -> b.hold(hold(h, f)));
    d.frequency()
        .ifPresent(
            fr -> {
              Frequency.Builder fb = Frequency.builder().from(fr);
              fr.wording().ifPresent(w -> fb.wording(f.apply(w)));
              b.frequency(fb.build());
            });
    d.intensity()
        .ifPresent(
            in -> b.intensity(Intensity.builder().from(in).description(f.apply(in.description())).build()));
    d.notes().ifPresent(n -> b.notes(f.apply(n)));
    return b.build();
  }

  private static Hold hold(Hold h, UnaryOperator<String> f) {
    Hold.Builder b = Hold.builder().from(h);
    h.wording().ifPresent(w -> b.wording(f.apply(w)));
    return b.build();
  }

  private static List<Quote> quotes(List<Quote> quotes, UnaryOperator<String> f) {
    List<Quote> mapped = new ArrayList<>();
    for (Quote q : quotes) {
      mapped.add(quote(q, f));
    }
    return mapped;
  }

  private static Quote quote(Quote q, UnaryOperator<String> f) {
    return Quote.builder().from(q).text(f.apply(q.text())).speaker(person(q.speaker(), f)).build();
  }

  private static Person person(Person p, UnaryOperator<String> f) {
    Person.Builder b = Person.builder().from(p).name(f.apply(p.name()));
    p.credentials().ifPresent(v -> b.credentials(f.apply(v)));
    p.role().ifPresent(v -> b.role(f.apply(v)));
    return b.build();
  }
}
