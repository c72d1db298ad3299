package dev.regimen.formats.sheet.html;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sheets the HTML tests open: the bundled L5-S1 protocol, with and without pictures. */
final class Handouts {
  static final Protocol L5S1 = Catalog.l5s1Relief();

  /** A person with a herniated disc only, in pain for a week and in pain now. */
  static final PatientProfile HERNIATED_DISC =
      PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(1).inPain(true).build();

  static final URI SEATED = URI.create("pictures/seated-hamstring.svg");
  static final URI SEATED_STEP_3 = URI.create("pictures/seated-hamstring-lean.svg");

  static final String SEATED_ALT =
      "A person sitting on the edge of a chair, the right leg stretched out, heel on the floor";
  static final String SEATED_STEP_3_ALT =
      "The same person leaning forward from the hips, reaching for the toes of the stretched leg";

  /** Two small line drawings, as a caller's picture folder would hold them. */
  static final Map<URI, byte[]> PICTURES =
      Map.of(
          SEATED, drawing("M20 20 v40 M20 60 h40 M60 60 v30 M20 60 l60 20"),
          SEATED_STEP_3, drawing("M30 25 l10 35 M40 60 h20 M60 60 v30 M40 60 l50 20"));

  /** The resolver over {@link #PICTURES}: a URI it has no picture for gives none. */
  static final PictureResolver RESOLVER = uri -> Optional.ofNullable(PICTURES.get(uri));

  private Handouts() {}

  static byte[] drawing(String path) {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"100\" viewBox=\"0 0 120"
            + " 100\"><rect width=\"120\" height=\"100\" fill=\"#fff\"/><path d=\"" + path
            + "\" stroke=\"#000\" stroke-width=\"4\" fill=\"none\"/></svg>";
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /** {@return the L5-S1 protocol with a picture of its first exercise and one of its step 3} */
  static Protocol withPictures() {
    List<ProtocolEntry> entries = new ArrayList<>(L5S1.entries());
    ProtocolEntry first = entries.get(0);
    Exercise e = first.exercise();
    List<Step> steps = new ArrayList<>(e.steps());
    steps.set(
        2,
        steps.get(2).toBuilder()
            .addMedia(Media.image(SEATED_STEP_3, "image/svg+xml", SEATED_STEP_3_ALT, MediaRole.END_POSITION))
            .build());
    Exercise pictured =
        e.toBuilder()
            .addMedia(Media.image(SEATED, "image/svg+xml", SEATED_ALT, MediaRole.START_POSITION))
            .steps(steps)
            .build();
    entries.set(0, first.toBuilder().exercise(pictured).build());
    return L5S1.toBuilder().entries(entries).build();
  }

  static ScreeningReport screening() {
    return Screening.screen(L5S1, HERNIATED_DISC);
  }
}
