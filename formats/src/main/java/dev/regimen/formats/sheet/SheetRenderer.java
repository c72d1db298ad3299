package dev.regimen.formats.sheet;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.document.SheetDocument;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders printable sheets for a patient: {@link TextSheet} for plain text, {@link MarkdownSheet}
 * for Markdown, {@link dev.regimen.formats.sheet.html.HtmlSheet} for HTML. All say the same things in
 * the same order.
 *
 * <ul>
 *   <li>A {@linkplain #render(Protocol) protocol's sheet}: the title; what the routine is for, with
 *       how long a session takes (an estimate from {@link SessionPlan#of(Protocol)} with the
 *       default options, stating the assumptions it uses); the safety notices first (every
 *       advisory of the protocol and every contraindication of every exercise, with its severity
 *       in words); each exercise, numbered, with its starting position, equipment, steps, dosage in
 *       plain words, what to feel, modifications, cautions and quotes; the recommendations and
 *       takeaways; a tracking grid; the sources.
 *   <li>A {@linkplain #render(ScreeningReport) screening report's sheet}: the title; "Before you
 *       start", with what is known of the person (conditions and findings by name, how long the
 *       pain has lasted, whether they are in pain now), the advisories that apply to them with why
 *       and their sources, every matched contraindication with its severity, rationale, quote and
 *       sources, what the screening could not judge, and every exercise's verdict with every
 *       reason; then the personalised protocol's sheet, whose safety section holds the advisories
 *       not already shown. When every exercise is to be avoided, the sheet says so plainly, tells
 *       the person to ask a professional, and still shows every advisory.
 *   <li>A {@linkplain #render(SessionPlan) session plan's sheet}: a timer script, with how long a
 *       session takes as a range, every assumption of the plan's options, and every cue with the
 *       time it starts at, how long it lasts (exact, a range, or open) and where it stands
 *       (exercise, set, side, repetition k of n, optional).
 * </ul>
 *
 * <p>Every output renders the sheet's {@linkplain SheetDocument tree}: {@link SheetDocuments}
 * decides what a sheet says and in which order, the output only how it looks. No safety content is
 * dropped from any sheet. Implementations are immutable and thread-safe,
 * and their output is deterministic: the same input and options give the same characters, ending
 * with a newline. Text from the input never brings control characters into the output: see the
 * package documentation.
 */
public interface SheetRenderer {
  /** {@return the options the sheet is laid out with} */
  SheetOptions options();

  /**
   * Renders a sheet document: every other method renders the document {@link SheetDocuments}
   * builds, so a caller who changes a tree (or builds one) gets the same output for it.
   *
   * @param document the document
   * @return the sheet, ending with a newline
   * @throws NullPointerException if {@code document} is null
   */
  String render(SheetDocument document);

  /**
   * Renders a sheet document and appends the sheet to {@code out}.
   *
   * @param document the document
   * @param out where to append the sheet
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} throws it
   */
  default void render(SheetDocument document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    out.append(render(document));
  }

  /**
   * Renders a protocol.
   *
   * @param protocol the protocol
   * @return the sheet, ending with a newline
   * @throws NullPointerException if {@code protocol} is null
   */
  default String render(Protocol protocol) {
    return render(SheetDocuments.of(protocol, options()));
  }

  /**
   * Renders a protocol and appends the sheet to {@code out}.
   *
   * @param protocol the protocol
   * @param out where to append the sheet
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} throws it
   */
  default void render(Protocol protocol, Appendable out) throws IOException {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(out, "out");
    render(SheetDocuments.of(protocol, options()), out);
  }

  /**
   * Renders a screening report: "Before you start", then the personalised protocol's sheet.
   *
   * @param report the report
   * @return the sheet, ending with a newline
   * @throws NullPointerException if {@code report} is null
   */
  default String render(ScreeningReport report) {
    return render(SheetDocuments.of(report, options()));
  }

  /**
   * Renders a screening report and appends the sheet to {@code out}.
   *
   * @param report the report
   * @param out where to append the sheet
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} throws it
   */
  default void render(ScreeningReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    render(SheetDocuments.of(report, options()), out);
  }

  /**
   * Renders a session plan as a timer script, worded in the options' language.
   *
   * @param plan the plan
   * @return the sheet, ending with a newline
   * @throws NullPointerException if {@code plan} is null
   */
  default String render(SessionPlan plan) {
    return render(SheetDocuments.of(plan, options()));
  }

  /**
   * Renders a session plan as a timer script, worded in the options' language, and appends the
   * sheet to {@code out}.
   *
   * @param plan the plan
   * @param out where to append the sheet
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} throws it
   */
  default void render(SessionPlan plan, Appendable out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    render(SheetDocuments.of(plan, options()), out);
  }
}
