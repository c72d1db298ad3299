package dev.regimen.examples.cli;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.formats.sheet.TextSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain-text screening reports and session plans for the {@code screen} and {@code plan}
 * commands, wrapped to a width, optionally ASCII only. Every advisory of the protocol and every
 * reason of every verdict is printed. Stateless.
 *
 * <p>This is the one place the command formats reports and plans; it is meant to give way to the
 * formats module's renderers for them when those exist.
 */
final class ReportText {
  private ReportText() {}

  // ------------------------------------------------------------------------------ screening

  /**
   * Formats a screening report: what was known of the person, what could not be judged, the
   * verdict of every exercise with every reason, the advisories that apply and the others. The
   * personalised sheet is not included.
   *
   * @param report the report
   * @param protocol the screened protocol, for the names of the person's conditions and findings
   * @param width the widest line
   * @param ascii whether the output must be ASCII
   * @return the report, ending with a newline
   */
  static String screening(ScreeningReport report, Protocol protocol, int width, boolean ascii) {
    Page page = new Page(width, ascii);
    page.title("Screening: " + report.protocolTitle());

    PatientProfile profile = report.profile();
    page.heading("What is known of the person");
    page.field("Conditions", profile.conditionIds().isEmpty()
        ? "none given"
        : profile.conditionIds().stream()
            .map(id -> conditionName(protocol, id))
            .collect(Collectors.joining("; ")));
    page.field("Findings", profile.findingIds().isEmpty()
        ? "none given"
        : profile.findingIds().stream()
            .map(id -> findingName(protocol, id))
            .collect(Collectors.joining("; ")));
    page.field("Pain has lasted",
        profile.painWeeks().isPresent() ? weeks(profile.painWeeks().getAsInt()) : "not known");
    page.field("In pain now", profile.inPain() ? "yes" : "no");

    if (!report.unknownConditionIds().isEmpty() || !report.unmatchedFindingIds().isEmpty()) {
      page.heading("Not judged: ask a medical professional");
      String known =
          protocol.conditions().stream().map(Condition::id).collect(Collectors.joining(", "));
      for (String id : report.unknownConditionIds()) {
        page.bullet(2, "Unknown condition id '" + id + "': this protocol does not describe it, so"
            + " the screening could say nothing about it. The protocol's conditions: " + known + ".");
      }
      for (String id : report.unmatchedFindingIds()) {
        page.bullet(2, "Finding id '" + id + "' is not a finding of any condition the person has"
            + " (as this protocol describes them), so it matched nothing.");
      }
    }

    page.heading("Exercises");
    String dash = ascii ? "-" : "\u2014";
    for (EntryScreening entry : report.entries()) {
      String number = (entry.index() + 1) + ".";
      page.item(2, number, entry.exerciseName() + ": " + verdict(entry));
      int under = 2 + number.length() + 1; // under the exercise's name
      for (Reason reason : entry.reasons()) {
        page.bullet(under, reason.severity().displayName() + " " + dash + " " + reason.matchedOn()
            + ": " + reason.rationale());
        reason.contraindication().quote().ifPresent(q -> quote(page, under + 2, q, ascii));
        sources(page, under + 2, reason.sources());
      }
    }

    page.heading("Safety notices that apply to this person");
    if (report.advisories().isEmpty()) {
      page.paragraph(2, "None.");
    }
    for (ApplicableAdvisory applicable : report.advisories()) {
      advisory(page, applicable.advisory(), "Why: " + applicable.because(), ascii);
      sources(page, 4, applicable.sources());
    }
    if (!report.otherAdvisories().isEmpty()) {
      page.heading("Other safety notices (they do not apply to what is known of the person)");
      for (Advisory advisory : report.otherAdvisories()) {
        advisory(page, advisory, "When: " + when(advisory), ascii);
        sources(page, 4, advisory.sourceIds().stream()
            .flatMap(id -> protocol.source(id).stream())
            .collect(Collectors.toList()));
      }
    }
    return page.toString();
  }

  /**
   * Formats a heading: the text, underlined.
   *
   * @param text the heading
   * @param width the widest line
   * @param ascii whether the output must be ASCII
   * @return the heading's lines, ending with a newline
   */
  static String heading(String text, int width, boolean ascii) {
    Page page = new Page(width, ascii);
    page.title(text);
    return page.toString();
  }

  /**
   * Formats what stands in for the personalised sheet when every exercise is to be avoided.
   *
   * @param width the widest line
   * @param ascii whether the output must be ASCII
   * @return the paragraph, ending with a newline
   */
  static String nothingSuitable(int width, boolean ascii) {
    Page page = new Page(width, ascii);
    page.paragraph(0, "No exercise of this protocol is suitable for this person: every one is to be"
        + " avoided, so there is no personalised sheet. Ask a medical professional.");
    return page.toString();
  }

  private static String verdict(EntryScreening entry) {
    switch (entry.verdict()) {
      case AVOID:
        return "Avoid (removed from the personalised sheet)";
      case CAUTION:
        return "Caution (kept, with the caution on the personalised sheet)";
      case SUITABLE:
      default:
        return "Suitable";
    }
  }

  private static void advisory(Page page, Advisory advisory, String why, boolean ascii) {
    page.bullet(2, advisory.title());
    page.paragraph(4, advisory.text());
    for (Quote quote : advisory.quotes()) {
      quote(page, 4, quote, ascii);
    }
    page.paragraph(4, why);
  }

  private static void quote(Page page, int indent, Quote quote, boolean ascii) {
    String open = ascii ? "\"" : "\u201c";
    String close = ascii ? "\"" : "\u201d";
    String dash = ascii ? "--" : "\u2014";
    page.paragraph(indent, open + ConsoleText.clean(quote.text()) + close + " " + dash + " "
        + quote.speaker().displayName());
  }

  private static String when(Advisory advisory) {
    switch (advisory.trigger()) {
      case PAIN_PERSISTS:
        return advisory.painWeeksAtLeast().isPresent()
            ? "if the pain has lasted " + weeks(advisory.painWeeksAtLeast().getAsInt()) + " or more."
            : "if the pain persists.";
      case IN_PAIN_NOW:
        return "if the person is in pain now.";
      case DURING_EXERCISE:
        return "while exercising.";
      case ALWAYS:
      default:
        return "always.";
    }
  }

  private static void sources(Page page, int indent, List<Source> sources) {
    for (Source source : sources) {
      StringBuilder s = new StringBuilder("Source: ").append(source.title());
      source.author().ifPresent(a -> s.append(", ").append(a));
      source.link().ifPresent(l -> s.append(", ").append(l));
      page.paragraph(indent, s.toString());
    }
  }

  private static String conditionName(Protocol protocol, String id) {
    return protocol.condition(id).map(c -> c.name() + " (" + id + ")").orElse(id + " (unknown)");
  }

  private static String findingName(Protocol protocol, String id) {
    return protocol.conditions().stream()
        .flatMap(c -> c.findings().stream())
        .filter(f -> f.id().equals(id))
        .findFirst()
        .map(Finding::name)
        .map(name -> name + " (" + id + ")")
        .orElse(id + " (unknown)");
  }

  private static String weeks(int weeks) {
    return weeks == 1 ? "1 week" : weeks + " weeks";
  }

  // ------------------------------------------------------------------------------ session plan

  /**
   * Formats a session plan: its total duration range and what it rests on, then every cue, grouped
   * by exercise, with its duration.
   *
   * @param plan the plan
   * @param width the widest line
   * @param ascii whether the output must be ASCII
   * @return the plan, ending with a newline
   */
  static String plan(SessionPlan plan, int width, boolean ascii) {
    Page page = new Page(width, ascii);
    page.title("Session plan: " + plan.protocolTitle());
    String dash = ascii ? "-" : "\u2013";
    String total = plan.minSeconds() == plan.maxSeconds()
        ? duration(plan.minSeconds())
        : duration(plan.minSeconds()) + " " + dash + " " + duration(plan.maxSeconds());
    page.item(0, "Total:", total);
    page.paragraph(0, "From the fewest repetitions and shortest holds to the most repetitions and"
        + " the longest holds.");
    if (plan.hasOpenCues()) {
      PlanOptions o = plan.options();
      page.paragraph(0, "Durations marked ~ last until you move on; they are counted as "
          + o.secondsPerStep() + " s a step and " + o.secondsPerBreath() + " s a breath.");
    }
    if (plan.cues().stream().anyMatch(Cue::optional)) {
      page.paragraph(0, "Cues marked * belong to repetitions beyond the fewest asked for: skip them"
          + " when doing the fewest.");
    }

    List<String> lengths = new ArrayList<>();
    for (Cue cue : plan.cues()) {
      lengths.add(length(cue, dash));
    }
    int column = lengths.stream().mapToInt(String::length).max().orElse(0);
    int entry = -1;
    for (int i = 0; i < plan.cues().size(); i++) {
      Cue cue = plan.cues().get(i);
      if (cue.position().entryIndex() != entry
          && (cue.kind() == CueKind.LEAD_IN || cue.kind() == CueKind.NEXT_EXERCISE)) {
        entry = cue.position().entryIndex();
        page.blank();
      }
      String label = pad(lengths.get(i), column) + (cue.optional() ? " * " : "   ");
      page.item(2, label, cue.text());
    }
    return page.toString();
  }

  private static String length(Cue cue, String dash) {
    CueDuration d = cue.duration();
    if (d.open()) {
      return "~" + duration(d.minSeconds());
    }
    if (d.isExact()) {
      return duration(d.minSeconds());
    }
    if (d.maxSeconds() < 60) {
      return d.minSeconds() + dash + d.maxSeconds() + " s";
    }
    return duration(d.minSeconds()) + dash + duration(d.maxSeconds());
  }

  /** {@return seconds in words: "45 s", "2 min", "2 min 5 s", "1 h 2 min"} */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    List<String> parts = new ArrayList<>(3);
    if (h > 0) {
      parts.add(h + " h");
    }
    if (m > 0) {
      parts.add(m + " min");
    }
    if (s > 0 || parts.isEmpty()) {
      parts.add(s + " s");
    }
    return String.join(" ", parts);
  }

  private static String pad(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  // ------------------------------------------------------------------------------ layout

  /** A page of wrapped text: a title, headings, fields, paragraphs and hanging-indent items. */
  private static final class Page {
    private final int width;
    private final boolean ascii;
    private final StringBuilder out = new StringBuilder(4096);

    Page(int width, boolean ascii) {
      this.width = width;
      this.ascii = ascii;
    }

    void title(String text) {
      String line = ConsoleText.line(text, ascii);
      for (String l : ConsoleText.wrap(line, width)) {
        out.append(l).append('\n');
      }
      int rule = Math.min(width, ConsoleText.wrap(line, width).stream()
          .mapToInt(TextSheet::displayWidth).max().orElse(0));
      out.append((ascii ? "=" : "\u2550").repeat(rule)).append('\n');
    }

    void heading(String text) {
      blank();
      for (String l : ConsoleText.wrap(ConsoleText.line(text, ascii), width)) {
        out.append(l).append('\n');
      }
    }

    void blank() {
      out.append('\n');
    }

    void field(String name, String value) {
      item(2, name + ":", value);
    }

    void paragraph(int indent, String text) {
      item(indent, "", text);
    }

    void bullet(int indent, String text) {
      item(indent, ascii ? "*" : "\u2022", text);
    }

    /**
     * Text after an indent of {@code indent} spaces and a label, wrapped so that its later lines
     * start under its first character. The text is tidied (it may come from a file); the label is
     * the command's own words and numbers.
     */
    void item(int indent, String label, String text) {
      String lead = " ".repeat(indent) + (label.isEmpty() ? "" : label + " ");
      int hang = TextSheet.displayWidth(lead);
      int room = Math.max(20, width - hang);
      List<String> lines = ConsoleText.wrap(ConsoleText.line(text, ascii), room);
      for (int i = 0; i < lines.size(); i++) {
        String head = i == 0 ? lead : " ".repeat(hang);
        out.append(stripEnd(head + lines.get(i))).append('\n');
      }
    }

    private static String stripEnd(String line) {
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      return line.substring(0, end);
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
