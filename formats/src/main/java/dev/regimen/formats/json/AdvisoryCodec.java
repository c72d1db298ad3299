package dev.regimen.formats.json;

import dev.regimen.core.safety.Advisory;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Advisory}. */
final class AdvisoryCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String V1_TITLE = "title";
  static final String TEXT = "text";
  static final String TRIGGER = "trigger";
  static final String PAIN_WEEKS_AT_LEAST = "painWeeksAtLeast";
  static final String QUOTES = "quotes";
  static final String SOURCE_IDS = "sourceIds";

  static final Fields FIELDS =
      Fields.of(ID, NAME, TEXT, TRIGGER, PAIN_WEEKS_AT_LEAST, QUOTES, SOURCE_IDS);
  /** The properties as format version 1 wrote them. */
  static final Fields FIELDS_V1 =
      FIELDS.earlier(List.of(NAME, V1_TITLE), List.of());
  private static final int REQUIRED = FIELDS.mask(ID, NAME, TEXT, TRIGGER);
  private static final int REQUIRED_V1 = FIELDS_V1.present(REQUIRED);

  private AdvisoryCodec() {}

  static void write(JsonGenerator g, Advisory advisory) {
    g.writeStartObject();
    g.writeStringProperty(ID, advisory.id());
    g.writeStringProperty(NAME, advisory.name());
    g.writeStringProperty(TEXT, advisory.text());
    g.writeStringProperty(TRIGGER, Enums.ADVISORY_TRIGGERS.name(advisory.trigger()));
    JsonOut.optional(g, PAIN_WEEKS_AT_LEAST, advisory.painWeeksAtLeast());
    JsonOut.list(g, QUOTES, advisory.quotes(), QuoteCodec::write);
    JsonOut.strings(g, SOURCE_IDS, advisory.sourceIds());
    g.writeEndObject();
  }

  static Advisory read(JsonIn in) {
    Object mark = in.beginObject();
    Advisory.Builder b = Advisory.builder();
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
        case TRIGGER:
          b.trigger(in.next().enumValue(Enums.ADVISORY_TRIGGERS));
          break;
        case PAIN_WEEKS_AT_LEAST:
          b.painWeeksAtLeast(in.next().integer());
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
