package dev.regimen.formats.json;

import dev.regimen.core.protocol.Recommendation;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Recommendation}. */
final class RecommendationCodec {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String QUOTES = "quotes";
  static final String SOURCE_IDS = "sourceIds";

  static final Fields FIELDS = Fields.of(ID, TITLE, TEXT, QUOTES, SOURCE_IDS);
  private static final int REQUIRED = FIELDS.mask(ID, TITLE, TEXT);

  private RecommendationCodec() {}

  static void write(JsonGenerator g, Recommendation recommendation) {
    g.writeStartObject();
    g.writeStringProperty(ID, recommendation.id());
    g.writeStringProperty(TITLE, recommendation.title());
    g.writeStringProperty(TEXT, recommendation.text());
    JsonOut.list(g, QUOTES, recommendation.quotes(), QuoteCodec::write);
    JsonOut.strings(g, SOURCE_IDS, recommendation.sourceIds());
    g.writeEndObject();
  }

  static Recommendation read(JsonIn in) {
    Object mark = in.beginObject();
    Recommendation.Builder b = Recommendation.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ID:
          b.id(in.next().string());
          break;
        case TITLE:
          b.title(in.next().string());
          break;
        case TEXT:
          b.text(in.next().string());
          break;
        case QUOTES:
          in.next().array(() -> b.addQuotes(QuoteCodec.read(in)));
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
