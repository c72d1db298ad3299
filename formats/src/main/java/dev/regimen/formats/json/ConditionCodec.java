package dev.regimen.formats.json;

import dev.regimen.core.condition.Condition;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Condition}; affected segments are written as labels such as "L5-S1". */
final class ConditionCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String DESCRIPTION = "description";
  static final String AFFECTED_SEGMENTS = "affectedSegments";
  static final String CODINGS = "codings";
  static final String FINDINGS = "findings";

  static final Fields FIELDS =
      Fields.of(ID, NAME, DESCRIPTION, AFFECTED_SEGMENTS, CODINGS, FINDINGS);
  private static final int REQUIRED = FIELDS.mask(ID, NAME, DESCRIPTION);

  private ConditionCodec() {}

  static void write(JsonGenerator g, Condition condition) {
    g.writeStartObject();
    g.writeStringProperty(ID, condition.id());
    g.writeStringProperty(NAME, condition.name());
    g.writeStringProperty(DESCRIPTION, condition.description());
    JsonOut.list(g, AFFECTED_SEGMENTS, condition.affectedSegments(), (out, s) -> out.writeString(s.label()));
    JsonOut.list(g, CODINGS, condition.codings(), CodingCodec::write);
    JsonOut.list(g, FINDINGS, condition.findings(), FindingCodec::write);
    g.writeEndObject();
  }

  static Condition read(JsonIn in) {
    Object mark = in.beginObject();
    Condition.Builder b = Condition.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ID:
          b.id(in.next().string());
          break;
        case NAME:
          b.name(in.next().string());
          break;
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        case AFFECTED_SEGMENTS:
          in.next().array(() -> b.addAffectedSegments(in.segment()));
          break;
        case CODINGS:
          in.next().array(() -> b.addCodings(CodingCodec.read(in)));
          break;
        case FINDINGS:
          in.next().array(() -> b.addFindings(FindingCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
