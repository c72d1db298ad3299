package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Protocol}; target segments are written as labels such as "L5-S1", the
 * language only when it is not the default, {@code en}.
 */
final class ProtocolCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String V1_TITLE = "title";
  static final String LANGUAGE = "language";
  static final String SUMMARY = "summary";
  static final String TARGET_SEGMENTS = "targetSegments";
  static final String CONDITIONS = "conditions";
  static final String ENTRIES = "entries";
  static final String ADVISORIES = "advisories";
  static final String CAUTIONS = "cautions";
  static final String RECOMMENDATIONS = "recommendations";
  static final String TAKEAWAYS = "takeaways";
  static final String SOURCES = "sources";

  static final Fields FIELDS =
      Fields.of(
          ID,
          NAME,
          LANGUAGE,
          SUMMARY,
          TARGET_SEGMENTS,
          CONDITIONS,
          ENTRIES,
          ADVISORIES,
          CAUTIONS,
          RECOMMENDATIONS,
          TAKEAWAYS,
          SOURCES);
  /** The properties as format version 1 wrote them: the name was the title; no language, no cautions. */
  static final Fields FIELDS_V1 = FIELDS.earlier(List.of(NAME, V1_TITLE), List.of(LANGUAGE, CAUTIONS));
  private static final int REQUIRED = FIELDS.mask(ID, NAME, SUMMARY, ENTRIES);

  private ProtocolCodec() {}

  static void write(JsonGenerator g, Protocol protocol) {
    g.writeStartObject();
    g.writeStringProperty(ID, protocol.id());
    g.writeStringProperty(NAME, protocol.name());
    if (!protocol.language().equals(Exercise.DEFAULT_LANGUAGE)) {
      g.writeStringProperty(LANGUAGE, protocol.language());
    }
    g.writeStringProperty(SUMMARY, protocol.summary());
    JsonOut.list(g, TARGET_SEGMENTS, protocol.targetSegments(), (out, s) -> out.writeString(s.label()));
    JsonOut.list(g, CONDITIONS, protocol.conditions(), ConditionCodec::write);
    JsonOut.list(g, ENTRIES, protocol.entries(), ProtocolEntryCodec::write);
    JsonOut.list(g, ADVISORIES, protocol.advisories(), AdvisoryCodec::write);
    JsonOut.list(g, CAUTIONS, protocol.cautions(), CautionCodec::write);
    JsonOut.list(g, RECOMMENDATIONS, protocol.recommendations(), RecommendationCodec::write);
    JsonOut.strings(g, TAKEAWAYS, protocol.takeaways());
    JsonOut.list(g, SOURCES, protocol.sources(), SourceCodec::write);
    g.writeEndObject();
  }

  static Protocol read(JsonIn in) {
    Object mark = in.beginObject();
    Protocol.Builder b = Protocol.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case ID:
          b.id(in.next().string());
          break;
        case NAME:
          b.name(in.next().string());
          break;
        case LANGUAGE:
          b.language(in.next().string());
          break;
        case SUMMARY:
          b.summary(in.next().string());
          break;
        case TARGET_SEGMENTS:
          in.next().array(() -> b.addTargetSegments(in.segment()));
          break;
        case CONDITIONS:
          in.next().array(() -> b.addConditions(ConditionCodec.read(in)));
          break;
        case ENTRIES:
          in.next().array(() -> b.addEntries(ProtocolEntryCodec.read(in)));
          break;
        case ADVISORIES:
          in.next().array(() -> b.addAdvisories(AdvisoryCodec.read(in)));
          break;
        case CAUTIONS:
          in.next().array(() -> b.addCautions(CautionCodec.read(in)));
          break;
        case RECOMMENDATIONS:
          in.next().array(() -> b.addRecommendations(RecommendationCodec.read(in)));
          break;
        case TAKEAWAYS:
          in.next().array(() -> b.addTakeaways(in.string()));
          break;
        case SOURCES:
          in.next().array(() -> b.addSources(SourceCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
