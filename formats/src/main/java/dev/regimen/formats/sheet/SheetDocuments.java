package dev.regimen.formats.sheet;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaKind;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.document.Picture;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.SheetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sheets of protocols, screening reports and session plans as {@link SheetDocument} trees:
 * what {@link TextSheet} and {@link MarkdownSheet} say, in the same order, as a tree any output
 * can render. Stateless and thread-safe.
 *
 * <pre>{@code
 * SheetDocument handout = SheetDocuments.of(protocol, SheetOptions.defaults());
 * List<Section> safety = handout.safetySections();
 * }</pre>
 *
 * <p>Every advisory, contraindication and caution of a protocol is in a protocol's tree, in its
 * {@linkplain dev.regimen.formats.sheet.document.SectionKind#SAFETY safety callout}; a screening
 * report's tree holds what its text and Markdown sheets hold (see {@link SheetRenderer}). The
 * pictures of each exercise (the {@linkplain MediaKind#IMAGE images} among its media and its
 * steps' media) come first in its {@link dev.regimen.formats.sheet.document.ExerciseSection}.
 * {@link SheetOptions#width()} and {@link SheetOptions#asciiOnly()} are for the outputs and do
 * not change the tree.
 *
 * <p>Every tree is worded in the {@linkplain SheetOptions#locale() options' language}, English or
 * Spanish ({@link SheetDocument#wordingLanguage()}); the protocol's own text stays in its declared
 * language ({@link SheetDocument#language()}), each piece of it marked {@link
 * dev.regimen.formats.sheet.document.Origin#PROTOCOL}. The core's standard body areas and the
 * everyday names of spinal joints are the sheet's words; a hold or a frequency given in words is
 * said in those words where the sheet is in the protocol's language, and from its numbers (where
 * it has them) where it is not.
 */
public final class SheetDocuments {
  private SheetDocuments() {}

  /**
   * The tree of a protocol's sheet.
   *
   * @param protocol the protocol
   * @param options whether the tracking grid and the sources are included, and the grid's days
   * @return the tree
   * @throws NullPointerException if an argument is null
   */
  public static SheetDocument of(Protocol protocol, SheetOptions options) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(options, "options");
    SheetWording wording = SheetWording.of(options.locale());
    DocumentWriter w =
        new DocumentWriter(
            SheetKind.PROTOCOL, protocol.language(), wording.language(), pictures(protocol));
    SheetComposer.compose(protocol, options, w);
    return w.document();
  }

  /**
   * The tree of a screening report's sheet: "Before you start", then the personalised protocol.
   *
   * @param report the report
   * @param options whether the tracking grid and the sources are included, and the grid's days
   * @return the tree
   * @throws NullPointerException if an argument is null
   */
  public static SheetDocument of(ScreeningReport report, SheetOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    SheetWording wording = SheetWording.of(options.locale());
    List<List<Picture>> pictures = report.personalised().map(SheetDocuments::pictures).orElse(List.of());
    String language = report.personalised().map(Protocol::language).orElse(Exercise.DEFAULT_LANGUAGE);
    DocumentWriter w =
        new DocumentWriter(SheetKind.SCREENING, language, wording.language(), pictures);
    ScreeningComposer.compose(report, options, w);
    return w.document();
  }

  /**
   * The tree of a session plan's sheet in English: a timer script.
   *
   * @param plan the plan
   * @return the tree
   * @throws NullPointerException if {@code plan} is null
   */
  public static SheetDocument of(SessionPlan plan) {
    return of(plan, SheetOptions.defaults());
  }

  /**
   * The tree of a session plan's sheet, worded in the {@linkplain SheetOptions#locale() options'
   * language}: a timer script. The plan's own text (its cues, which a plan made by {@link
   * SessionPlan#of(Protocol)} words in English around the protocol's steps and names) is English:
   * in another language each cue is said again in that language around the protocol's words,
   * which stay as the protocol wrote them; a cue whose text the plan's expansion did not write
   * (a plan built by hand or read from JSON) and a cue of work (a duration, a distance, as many
   * as you can) are shown as they are.
   *
   * @param plan the plan
   * @param options the language of the wording; the other options are for the outputs
   * @return the tree
   * @throws NullPointerException if an argument is null
   */
  public static SheetDocument of(SessionPlan plan, SheetOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    SheetWording wording = SheetWording.of(options.locale());
    DocumentWriter w =
        new DocumentWriter(
            SheetKind.SESSION_PLAN, Exercise.DEFAULT_LANGUAGE, wording.language(), List.of());
    PlanComposer.compose(plan, wording, w);
    return w.document();
  }

  /** {@return the pictures of each exercise of the protocol, in entry order} */
  private static List<List<Picture>> pictures(Protocol protocol) {
    List<List<Picture>> all = new ArrayList<>(protocol.entries().size());
    for (ProtocolEntry entry : protocol.entries()) {
      Exercise e = entry.exercise();
      List<Picture> pictures = new ArrayList<>();
      for (Media m : e.media()) {
        picture(m, 0, pictures);
      }
      List<Step> steps = e.steps();
      for (int i = 0; i < steps.size(); i++) {
        for (Media m : steps.get(i).media()) {
          picture(m, i + 1, pictures);
        }
      }
      all.add(List.copyOf(pictures));
    }
    return all;
  }

  private static void picture(Media m, int step, List<Picture> into) {
    if (m.kind() != MediaKind.IMAGE) {
      return;
    }
    String alt = DocumentWriter.clean(m.altText(), false);
    if (alt.isEmpty()) {
      // A picture nobody could be told about is not shown.
      return;
    }
    String caption = m.caption().map(c -> DocumentWriter.clean(c, false)).orElse("");
    into.add(new Picture(m, alt, caption, step));
  }
}
