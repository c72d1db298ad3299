package dev.regimen.formats.json;

import dev.regimen.core.source.Source;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Source}; the link is written as a URI string. */
final class SourceCodec {
  static final String ID = "id";
  static final String NAME = "name";
  static final String V1_TITLE = "title";
  static final String AUTHOR = "author";
  static final String PUBLISHER = "publisher";
  static final String LINK = "link";
  static final String EXPERTS = "experts";
  static final String NOTE = "note";

  static final Fields FIELDS = Fields.of(ID, NAME, AUTHOR, PUBLISHER, LINK, EXPERTS, NOTE);
  /** The properties as format version 1 wrote them. */
  static final Fields FIELDS_V1 =
      FIELDS.earlier(List.of(NAME, V1_TITLE), List.of());
  private static final int REQUIRED = FIELDS.mask(ID, NAME);
  private static final int REQUIRED_V1 = FIELDS_V1.present(REQUIRED);


  private SourceCodec() {}

  static void write(JsonGenerator g, Source source) {
    g.writeStartObject();
    g.writeStringProperty(ID, source.id());
    g.writeStringProperty(NAME, source.name());
    JsonOut.optional(g, AUTHOR, source.author());
    JsonOut.optional(g, PUBLISHER, source.publisher());
    if (source.link().isPresent()) {
      g.writeStringProperty(LINK, source.link().get().toString());
    }
    JsonOut.list(g, EXPERTS, source.experts(), PersonCodec::write);
    JsonOut.optional(g, NOTE, source.note());
    g.writeEndObject();
  }

  static Source read(JsonIn in) {
    Object mark = in.beginObject();
    Source.Builder b = Source.builder();
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
        case AUTHOR:
          b.author(in.next().string());
          break;
        case PUBLISHER:
          b.publisher(in.next().string());
          break;
        case LINK:
          b.link(in.next().uri());
          break;
        case EXPERTS:
          in.next().array(() -> b.addExperts(PersonCodec.read(in)));
          break;
        case NOTE:
          b.note(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, in.v1() ? REQUIRED_V1 : REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
