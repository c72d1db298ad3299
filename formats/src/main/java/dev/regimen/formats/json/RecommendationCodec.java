package dev.regimen.formats.json;

import dev.regimen.core.protocol.Recommendation;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Recommendation}. */
final class RecommendationCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String V1_TITLE = "title";
  static final String TEXT = "text";
  static final String QUOTES = "quotes";
  static final String SOURCE_IDS = "sourceIds";

  static final Fields FIELDS = Fields.of(ID, NAME, TEXT, QUOTES, SOURCE_IDS);
  /** The properties as format version 1 wrote them. */
  static final Fields FIELDS_V1 =
      FIELDS.earlier(List.of(NAME, V1_TITLE), List.of());
  private static final int REQUIRED = FIELDS.mask(ID, NAME, TEXT);
  private static final int REQUIRED_V1 = FIELDS_V1.present(REQUIRED);

  private RecommendationCodec() {}

  static void write(JsonGenerator g, Recommendation recommendation) {
    g.writeStartObject();
    g.writeStringProperty(ID, recommendation.id());
    g.writeStringProperty(NAME, recommendation.name());
    g.writeStringProperty(TEXT, recommendation.text());
    JsonOut.list(g, QUOTES, recommendation.quotes(), QuoteCodec::write);
    JsonOut.strings(g, SOURCE_IDS, recommendation.sourceIds());
    g.writeEndObject();
  }

  static Recommendation read(JsonIn in) {
    Object mark = in.beginObject();
    Recommendation.Builder b = Recommendation.builder();
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
    in.require(fields, seen, in.v1() ? REQUIRED_V1 : REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
