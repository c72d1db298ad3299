package dev.regimen.formats.json;

import dev.regimen.core.session.SessionPlan;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link SessionPlan}. The totals {@code minSeconds} and {@code maxSeconds} follow
 * from the cues; they are written for readers' convenience, may be left out on input, and when
 * given must be the sums of the cues' shortest and longest durations: a document whose totals
 * disagree with its cues is rejected.
 */
final class SessionPlanCodec {
  static final String PROTOCOL_ID = "protocolId";
  static final String PROTOCOL_NAME = "protocolName";
  static final String V1_PROTOCOL_TITLE = "protocolTitle";
  static final String OPTIONS = "options";
  static final String CUES = "cues";
  static final String MIN_SECONDS = "minSeconds";
  static final String MAX_SECONDS = "maxSeconds";

  static final Fields FIELDS =
      Fields.of(PROTOCOL_ID, PROTOCOL_NAME, OPTIONS, CUES, MIN_SECONDS, MAX_SECONDS);
  static final Fields FIELDS_V1 = FIELDS.earlier(List.of(PROTOCOL_NAME, V1_PROTOCOL_TITLE), List.of());
  private static final int REQUIRED = FIELDS.mask(PROTOCOL_ID, PROTOCOL_NAME, OPTIONS, CUES);

  private SessionPlanCodec() {}

  static void write(JsonGenerator g, SessionPlan plan) {
    g.writeStartObject();
    g.writeStringProperty(PROTOCOL_ID, plan.protocolId());
    g.writeStringProperty(PROTOCOL_NAME, plan.protocolName());
    g.writeName(OPTIONS);
    PlanOptionsCodec.write(g, plan.options());
    JsonOut.list(g, CUES, plan.cues(), CueCodec::write);
    g.writeNumberProperty(MIN_SECONDS, plan.minSeconds());
    g.writeNumberProperty(MAX_SECONDS, plan.maxSeconds());
    g.writeEndObject();
  }

  static SessionPlan read(JsonIn in) {
    Object mark = in.beginObject();
    SessionPlan.Builder b = SessionPlan.builder();
    long min = -1;
    long max = -1;
    JsonIn.Spot minAt = null;
    JsonIn.Spot maxAt = null;
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case PROTOCOL_ID:
          b.protocolId(in.next().string());
          break;
        case PROTOCOL_NAME:
          b.protocolName(in.next().string());
          break;
        case OPTIONS:
          b.options(PlanOptionsCodec.read(in.next()));
          break;
        case CUES:
          in.next().array(() -> b.addCues(CueCodec.read(in)));
          break;
        case MIN_SECONDS:
          min = in.next().longInteger();
          minAt = in.spot();
          break;
        case MAX_SECONDS:
          max = in.next().longInteger();
          maxAt = in.spot();
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    SessionPlan plan = in.build(b::build, mark);
    if (minAt != null && min != plan.minSeconds()) {
      throw minAt.invalid(
          "must be " + plan.minSeconds() + ", the sum of the cues' shortest durations, was " + min,
          Long.toString(plan.minSeconds()));
    }
    if (maxAt != null && max != plan.maxSeconds()) {
      throw maxAt.invalid(
          "must be " + plan.maxSeconds() + ", the sum of the cues' longest durations, was " + max,
          Long.toString(plan.maxSeconds()));
    }
    return plan;
  }
}
