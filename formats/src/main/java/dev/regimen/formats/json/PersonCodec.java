package dev.regimen.formats.json;

import dev.regimen.core.source.Person;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Person}: {@code {"name": "...", "credentials": "MD", "role": "..."}}. */
final class PersonCodec {
  static final String NAME = "name";
  static final String CREDENTIALS = "credentials";
  static final String ROLE = "role";

  static final Fields FIELDS = Fields.of(NAME, CREDENTIALS, ROLE);
  private static final int REQUIRED = FIELDS.mask(NAME);

  private PersonCodec() {}

  static void write(JsonGenerator g, Person person) {
    g.writeStartObject();
    g.writeStringProperty(NAME, person.name());
    JsonOut.optional(g, CREDENTIALS, person.credentials());
    JsonOut.optional(g, ROLE, person.role());
    g.writeEndObject();
  }

  static Person read(JsonIn in) {
    Object mark = in.beginObject();
    Person.Builder b = Person.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case NAME:
          b.name(in.next().string());
          break;
        case CREDENTIALS:
          b.credentials(in.next().string());
          break;
        case ROLE:
          b.role(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
