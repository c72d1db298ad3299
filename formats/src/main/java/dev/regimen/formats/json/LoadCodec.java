package dev.regimen.formats.json;

import dev.regimen.core.dosage.Load;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Load}: {@code {"unit": "kilograms", "amount": 2.5}}; a whole amount is written without a fraction. */
final class LoadCodec {
  static final String UNIT = "unit";
  static final String AMOUNT = "amount";
  static final String MAX_AMOUNT = "maxAmount";
  static final String DESCRIPTION = "description";

  static final Fields FIELDS = Fields.of(UNIT, AMOUNT, MAX_AMOUNT, DESCRIPTION);
  private static final int REQUIRED = FIELDS.mask(UNIT);

  private LoadCodec() {}

  static void write(JsonGenerator g, Load load) {
    g.writeStartObject();
    g.writeStringProperty(UNIT, Enums.LOAD_UNITS.name(load.unit()));
    JsonOut.optional(g, AMOUNT, load.amount());
    JsonOut.optional(g, MAX_AMOUNT, load.maxAmount());
    JsonOut.optional(g, DESCRIPTION, load.description());
    g.writeEndObject();
  }

  static Load read(JsonIn in) {
    Object mark = in.beginObject();
    Load.Builder b = Load.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case UNIT:
          b.unit(in.next().enumValue(Enums.LOAD_UNITS));
          break;
        case AMOUNT:
          b.amount(in.next().decimal());
          break;
        case MAX_AMOUNT:
          b.maxAmount(in.next().decimal());
          break;
        case DESCRIPTION:
          b.description(in.next().string());
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
