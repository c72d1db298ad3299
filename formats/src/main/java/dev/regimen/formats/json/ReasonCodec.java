package dev.regimen.formats.json;

import dev.regimen.core.screening.Reason;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of a screening {@link Reason}: the contraindication that matched, the condition (and
 * finding) it matched on and the sources it cites, each written in full as the protocol describes
 * it, so that a report can be read without its protocol.
 */
final class ReasonCodec {
  static final String CONTRAINDICATION = "contraindication";
  static final String CONDITION = "condition";
  static final String FINDING = "finding";
  static final String SOURCES = "sources";

  static final Fields FIELDS = Fields.of(CONTRAINDICATION, CONDITION, FINDING, SOURCES);
  private static final int REQUIRED = FIELDS.mask(CONTRAINDICATION, CONDITION);

  private ReasonCodec() {}

  static void write(JsonGenerator g, Reason reason) {
    g.writeStartObject();
    g.writeName(CONTRAINDICATION);
    ContraindicationCodec.write(g, reason.contraindication());
    g.writeName(CONDITION);
    ConditionCodec.write(g, reason.condition());
    if (reason.finding().isPresent()) {
      g.writeName(FINDING);
      FindingCodec.write(g, reason.finding().get());
    }
    JsonOut.list(g, SOURCES, reason.sources(), SourceCodec::write);
    g.writeEndObject();
  }

  static Reason read(JsonIn in) {
    Object mark = in.beginObject();
    Reason.Builder b = Reason.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case CONTRAINDICATION:
          b.contraindication(ContraindicationCodec.read(in.next()));
          break;
        case CONDITION:
          b.condition(ConditionCodec.read(in.next()));
          break;
        case FINDING:
          b.finding(FindingCodec.read(in.next()));
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
