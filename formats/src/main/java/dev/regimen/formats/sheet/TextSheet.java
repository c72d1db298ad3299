package dev.regimen.formats.sheet;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders protocols, screening reports and session plans as plain-text sheets, wrapped to
 * {@linkplain SheetOptions#width() a width}: a home-exercise handout, the same checked for one
 * person, or a timer script, to print or show in a terminal. Immutable and thread-safe.
 *
 * <p>Every line fits the width, counted in terminal columns as {@link #displayWidth(CharSequence)}
 * counts them. Lists have hanging indents; a word moves to the next line rather than being split,
 * and only a word wider than a whole line is broken, where the line ends. Lines never end with a
 * space. The safety notices stand in a box; the tracking grid is drawn with box-drawing characters
 * (or {@code +-|} in ASCII-only output).
 *
 * <pre>{@code
 * String sheet = TextSheet.of(SheetOptions.builder().width(60).build()).render(protocol);
 * }</pre>
 */
public final class TextSheet implements SheetRenderer {
  private final SheetOptions options;

  private TextSheet(SheetOptions options) {
    this.options = options;
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   * @return the renderer
   * @throws NullPointerException if {@code options} is null
   */
  public static TextSheet of(SheetOptions options) {
    return new TextSheet(Objects.requireNonNull(options, "options"));
  }

  /** {@return a renderer with the {@linkplain SheetOptions#defaults() default options}} */
  public static TextSheet defaults() {
    return new TextSheet(SheetOptions.defaults());
  }

  @Override
  public SheetOptions options() {
    return options;
  }

  @Override
  public String render(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    StringBuilder out =
        SheetComposer.buffer(SheetComposer.estimate(protocol, options), options.asciiOnly());
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
    SheetComposer.compose(
        protocol, options, new TextWriter(out, options.width(), options.asciiOnly()));
  }

  /**
   * The number of terminal columns a line of text takes, as the text sheet counts them when it
   * fits lines to the width: 2 for East Asian wide and fullwidth characters and emoji, 0 for
   * combining marks, 1 for every other character.
   *
   * @param text a line of text, without control characters
   * @return its width in columns
   * @throws NullPointerException if {@code text} is null
   */
  public static int displayWidth(CharSequence text) {
    return Chars.columns(Objects.requireNonNull(text, "text"));
  }

  @Override
  public String render(ScreeningReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out =
        SheetComposer.buffer(
            ScreeningComposer.estimate(report, options), options.asciiOnly());
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
    ScreeningComposer.compose(report, options, new TextWriter(out, options.width(), options.asciiOnly()));
  }

  @Override
  public String render(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder out =
        SheetComposer.buffer(PlanComposer.estimate(plan), options.asciiOnly());
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
    PlanComposer.compose(plan, new TextWriter(out, options.width(), options.asciiOnly()));
  }

  @Override
  public String toString() {
    return "TextSheet{" + options + "}";
  }
}
