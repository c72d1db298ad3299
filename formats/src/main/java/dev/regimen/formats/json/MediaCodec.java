package dev.regimen.formats.json;

import dev.regimen.core.media.Media;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Media}: {@code {"uri": "Air_Bike/0.jpg", "mediaType": "image/jpeg", "altText": "...", "role": "start_position"}}. */
final class MediaCodec {
  static final String URI = "uri";
  static final String MEDIA_TYPE = "mediaType";
  static final String ALT_TEXT = "altText";
  static final String ROLE = "role";
  static final String CAPTION = "caption";

  static final Fields FIELDS = Fields.of(URI, MEDIA_TYPE, ALT_TEXT, ROLE, CAPTION);
  private static final int REQUIRED = FIELDS.mask(URI, MEDIA_TYPE, ALT_TEXT, ROLE);

  private MediaCodec() {}

  static void write(JsonGenerator g, Media media) {
    g.writeStartObject();
    g.writeStringProperty(URI, media.uri().toString());
    g.writeStringProperty(MEDIA_TYPE, media.mediaType());
    g.writeStringProperty(ALT_TEXT, media.altText());
    g.writeStringProperty(ROLE, Enums.MEDIA_ROLES.name(media.role()));
    JsonOut.optional(g, CAPTION, media.caption());
    g.writeEndObject();
  }

  static Media read(JsonIn in) {
    Object mark = in.beginObject();
    Media.Builder b = Media.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case URI:
          b.uri(in.next().uri());
          break;
        case MEDIA_TYPE:
          b.mediaType(in.next().string());
          break;
        case ALT_TEXT:
          b.altText(in.next().string());
          break;
        case ROLE:
          b.role(in.next().enumValue(Enums.MEDIA_ROLES));
          break;
        case CAPTION:
          b.caption(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
