package dev.regimen.formats.json;

import dev.regimen.core.source.Source;
import java.net.URI;
import java.net.URISyntaxException;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Source}; the link is written as a URI string. */
final class SourceCodec {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String AUTHOR = "author";
  static final String PUBLISHER = "publisher";
  static final String LINK = "link";
  static final String EXPERTS = "experts";
  static final String NOTE = "note";

  static final Fields FIELDS = Fields.of(ID, TITLE, AUTHOR, PUBLISHER, LINK, EXPERTS, NOTE);
  private static final int REQUIRED = FIELDS.mask(ID, TITLE);

  private SourceCodec() {}

  static void write(JsonGenerator g, Source source) {
    g.writeStartObject();
    g.writeStringProperty(ID, source.id());
    g.writeStringProperty(TITLE, source.title());
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
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case ID:
          b.id(in.next().string());
          break;
        case TITLE:
          b.title(in.next().string());
          break;
        case AUTHOR:
          b.author(in.next().string());
          break;
        case PUBLISHER:
          b.publisher(in.next().string());
          break;
        case LINK:
          b.link(uri(in.next()));
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
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }

  private static URI uri(JsonIn in) {
    String text = in.string();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw in.invalid("must be a URI: " + JsonIn.quoted(e.getMessage()), "a URI", e);
    }
  }
}
