package dev.regimen.formats.sheet;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders protocols, screening reports and session plans as Markdown sheets: CommonMark, with a
 * GitHub (GFM) table for the tracking grid, for a web page or a document. Immutable and
 * thread-safe.
 *
 * <p>Text from the protocol is escaped so that it shows literally: a name such as {@code
 * *Stretch*}, {@code <script>} or {@code # 1. Start} comes out as written, never as emphasis, HTML,
 * a heading or a list, and a {@code |} never splits a table cell. Only http, https and mailto
 * source links become links. Paragraphs are not wrapped (Markdown renderers wrap them), so {@link
 * SheetOptions#width()} does not apply; the other options do.
 */
public final class MarkdownSheet implements SheetRenderer {
  private final SheetOptions options;

  private MarkdownSheet(SheetOptions options) {
    this.options = options;
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   * @return the renderer
   * @throws NullPointerException if {@code options} is null
   */
  public static MarkdownSheet of(SheetOptions options) {
    return new MarkdownSheet(Objects.requireNonNull(options, "options"));
  }

  /** {@return a renderer with the {@linkplain SheetOptions#defaults() default options}} */
  public static MarkdownSheet defaults() {
    return new MarkdownSheet(SheetOptions.defaults());
  }

  @Override
  public SheetOptions options() {
    return options;
  }

  @Override
  public String render(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    StringBuilder out =
        SheetComposer.buffer(
            SheetComposer.estimate(protocol, options) * 4 / 5, options.asciiOnly());
    write(protocol, out);
    return out.toString();
  }

  @Override
  public void render(Protocol protocol, Appendable out) throws IOException {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(out, "out");
    if (out instanceof StringBuilder) {
      write(protocol, (StringBuilder) out);
    } else {
      out.append(render(protocol));
    }
  }

  private void write(Protocol protocol, StringBuilder out) {
    SheetComposer.compose(protocol, options, new MarkdownWriter(out, options.asciiOnly()));
  }

  @Override
  public String render(ScreeningReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out =
        SheetComposer.buffer(
            ScreeningComposer.estimate(report, options) * 4 / 5, options.asciiOnly());
    write(report, out);
    return out.toString();
  }

  @Override
  public void render(ScreeningReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    if (out instanceof StringBuilder) {
      write(report, (StringBuilder) out);
    } else {
      out.append(render(report));
    }
  }

  private void write(ScreeningReport report, StringBuilder out) {
    ScreeningComposer.compose(report, options, new MarkdownWriter(out, options.asciiOnly()));
  }

  @Override
  public String render(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder out =
        SheetComposer.buffer(PlanComposer.estimate(plan) * 4 / 5, options.asciiOnly());
    write(plan, out);
    return out.toString();
  }

  @Override
  public void render(SessionPlan plan, Appendable out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    if (out instanceof StringBuilder) {
      write(plan, (StringBuilder) out);
    } else {
      out.append(render(plan));
    }
  }

  private void write(SessionPlan plan, StringBuilder out) {
    PlanComposer.compose(plan, new MarkdownWriter(out, options.asciiOnly()));
  }

  @Override
  public String toString() {
    return "MarkdownSheet{" + options + "}";
  }
}
