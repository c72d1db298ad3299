package dev.regimen.formats.json;

import dev.regimen.core.exercise.Step;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Step}: {@code {"text": "...", "hold": {...}}}. */
final class StepCodec {
  static final String TEXT = "text";
  static final String HOLD = "hold";

  static final Fields FIELDS = Fields.of(TEXT, HOLD);
  private static final int REQUIRED = FIELDS.mask(TEXT);

  private StepCodec() {}

  static void write(JsonGenerator g, Step step) {
    g.writeStartObject();
    g.writeStringProperty(TEXT, step.text());
    if (step.hold().isPresent()) {
      g.writeName(HOLD);
      HoldCodec.write(g, step.hold().get());
    }
    g.writeEndObject();
  }

  static Step read(JsonIn in) {
    Object mark = in.beginObject();
    Step.Builder b = Step.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case TEXT:
          b.text(in.next().string());
          break;
        case HOLD:
          b.hold(HoldCodec.read(in.next()));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
