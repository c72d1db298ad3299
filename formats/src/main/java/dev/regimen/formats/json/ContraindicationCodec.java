package dev.regimen.formats.json;

import dev.regimen.core.safety.Contraindication;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Contraindication}. */
final class ContraindicationCodec {
  static final String CONDITION_ID = "conditionId";
  static final String FINDING_ID = "findingId";
  static final String SEVERITY = "severity";
  static final String RATIONALE = "rationale";
  static final String QUOTE = "quote";
  static final String SOURCE_IDS = "sourceIds";

  static final Fields FIELDS =
      Fields.of(CONDITION_ID, FINDING_ID, SEVERITY, RATIONALE, QUOTE, SOURCE_IDS);
  private static final int REQUIRED = FIELDS.mask(CONDITION_ID, SEVERITY, RATIONALE);

  private ContraindicationCodec() {}

  static void write(JsonGenerator g, Contraindication contraindication) {
    g.writeStartObject();
    g.writeStringProperty(CONDITION_ID, contraindication.conditionId());
    JsonOut.optional(g, FINDING_ID, contraindication.findingId());
    g.writeStringProperty(SEVERITY, Enums.SEVERITIES.name(contraindication.severity()));
    g.writeStringProperty(RATIONALE, contraindication.rationale());
    if (contraindication.quote().isPresent()) {
      g.writeName(QUOTE);
      QuoteCodec.write(g, contraindication.quote().get());
    }
    JsonOut.strings(g, SOURCE_IDS, contraindication.sourceIds());
    g.writeEndObject();
  }

  static Contraindication read(JsonIn in) {
    Object mark = in.beginObject();
    Contraindication.Builder b = Contraindication.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case CONDITION_ID:
          b.conditionId(in.next().string());
          break;
        case FINDING_ID:
          b.findingId(in.next().string());
          break;
        case SEVERITY:
          b.severity(in.next().enumValue(Enums.SEVERITIES));
          break;
        case RATIONALE:
          b.rationale(in.next().string());
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
