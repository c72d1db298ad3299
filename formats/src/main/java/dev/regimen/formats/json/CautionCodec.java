package dev.regimen.formats.json;

import dev.regimen.core.safety.Caution;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Caution}, a safety note in words: {@code {"text": "...", "severity": "avoid"}}. */
final class CautionCodec {
  static final String TEXT = "text";
  static final String SEVERITY = "severity";
  static final String QUOTE = "quote";
  static final String SOURCE_IDS = "sourceIds";

  static final Fields FIELDS = Fields.of(TEXT, SEVERITY, QUOTE, SOURCE_IDS);
  private static final int REQUIRED = FIELDS.mask(TEXT);

  private CautionCodec() {}

  static void write(JsonGenerator g, Caution caution) {
    g.writeStartObject();
    g.writeStringProperty(TEXT, caution.text());
    g.writeStringProperty(SEVERITY, Enums.SEVERITIES.name(caution.severity()));
    if (caution.quote().isPresent()) {
      g.writeName(QUOTE);
      QuoteCodec.write(g, caution.quote().get());
    }
    JsonOut.strings(g, SOURCE_IDS, caution.sourceIds());
    g.writeEndObject();
  }

  static Caution read(JsonIn in) {
    Object mark = in.beginObject();
    Caution.Builder b = Caution.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case TEXT:
          b.text(in.next().string());
          break;
        case SEVERITY:
          b.severity(in.next().enumValue(Enums.SEVERITIES));
          break;
        case QUOTE:
          b.quote(QuoteCodec.read(in.next()));
          break;
        case SOURCE_IDS:
          in.next().array(() -> b.addSourceIds(in.string()));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
