package dev.regimen.formats.json;

import dev.regimen.core.screening.ApplicableAdvisory;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link ApplicableAdvisory}: the advisory, why it applies, its sources in full. */
final class ApplicableAdvisoryCodec {
  static final String ADVISORY = "advisory";
  static final String BECAUSE = "because";
  static final String SOURCES = "sources";

  static final Fields FIELDS = Fields.of(ADVISORY, BECAUSE, SOURCES);
  private static final int REQUIRED = FIELDS.mask(ADVISORY, BECAUSE);

  private ApplicableAdvisoryCodec() {}

  static void write(JsonGenerator g, ApplicableAdvisory applicable) {
    g.writeStartObject();
    g.writeName(ADVISORY);
    AdvisoryCodec.write(g, applicable.advisory());
    g.writeStringProperty(BECAUSE, applicable.because());
    JsonOut.list(g, SOURCES, applicable.sources(), SourceCodec::write);
    g.writeEndObject();
  }

  static ApplicableAdvisory read(JsonIn in) {
    Object mark = in.beginObject();
    ApplicableAdvisory.Builder b = ApplicableAdvisory.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ADVISORY:
          b.advisory(AdvisoryCodec.read(in.next()));
          break;
        case BECAUSE:
          b.because(in.next().string());
          break;
        case SOURCES:
          in.next().array(() -> b.addSources(SourceCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
