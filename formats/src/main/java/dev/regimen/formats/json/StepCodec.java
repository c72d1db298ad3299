package dev.regimen.formats.json;

import dev.regimen.core.exercise.Step;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link Step}: {@code {"text": "...", "phase": "repetition", "hold": {...}}}. Format
 * version 1 had no phases (every step was played in each repetition, the phase's default) and no
 * media.
 */
final class StepCodec {
  static final String TEXT = "text";
  static final String PHASE = "phase";
  static final String HOLD = "hold";
  static final String MEDIA = "media";

  static final Fields FIELDS = Fields.of(TEXT, PHASE, HOLD, MEDIA);
  static final Fields FIELDS_V1 = FIELDS.earlier(List.of(), List.of(PHASE, MEDIA));
  private static final int REQUIRED = FIELDS.mask(TEXT);

  private StepCodec() {}

  static void write(JsonGenerator g, Step step) {
    g.writeStartObject();
    g.writeStringProperty(TEXT, step.text());
    g.writeStringProperty(PHASE, Enums.STEP_PHASES.name(step.phase()));
    if (step.hold().isPresent()) {
      g.writeName(HOLD);
      HoldCodec.write(g, step.hold().get());
    }
    JsonOut.list(g, MEDIA, step.media(), MediaCodec::write);
    g.writeEndObject();
  }

  static Step read(JsonIn in) {
    Object mark = in.beginObject();
    Step.Builder b = Step.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case TEXT:
          b.text(in.next().string());
          break;
        case PHASE:
          b.phase(in.next().enumValue(Enums.STEP_PHASES));
          break;
        case HOLD:
          b.hold(HoldCodec.read(in.next()));
          break;
        case MEDIA:
          in.next().array(() -> b.addMedia(MediaCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
