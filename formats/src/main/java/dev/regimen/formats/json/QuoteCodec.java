package dev.regimen.formats.json;

import dev.regimen.core.source.Quote;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Quote}: {@code {"text": "...", "speaker": {...}, "sourceId": "..."}}. */
final class QuoteCodec {
  static final String TEXT = "text";
  static final String SPEAKER = "speaker";
  static final String SOURCE_ID = "sourceId";

  static final Fields FIELDS = Fields.of(TEXT, SPEAKER, SOURCE_ID);
  private static final int REQUIRED = FIELDS.mask(TEXT, SPEAKER);

  private QuoteCodec() {}

  static void write(JsonGenerator g, Quote quote) {
    g.writeStartObject();
    g.writeStringProperty(TEXT, quote.text());
    g.writeName(SPEAKER);
    PersonCodec.write(g, quote.speaker());
    JsonOut.optional(g, SOURCE_ID, quote.sourceId());
    g.writeEndObject();
  }

  static Quote read(JsonIn in) {
    Object mark = in.beginObject();
    Quote.Builder b = Quote.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case TEXT:
          b.text(in.next().string());
          break;
        case SPEAKER:
          b.speaker(PersonCodec.read(in.next()));
          break;
        case SOURCE_ID:
          b.sourceId(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
