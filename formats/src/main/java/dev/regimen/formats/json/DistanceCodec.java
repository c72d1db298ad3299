package dev.regimen.formats.json;

import dev.regimen.core.dosage.Distance;
import tools.jackson.core.JsonGenerator;

/** JSON codec of {@link Distance}: {@code {"amount": 2, "unit": "kilometres"}}, with {@code maxAmount} for a range. */
final class DistanceCodec {
  static final String AMOUNT = "amount";
  static final String MAX_AMOUNT = "maxAmount";
  static final String UNIT = "unit";

  static final Fields FIELDS = Fields.of(AMOUNT, MAX_AMOUNT, UNIT);
  private static final int REQUIRED = FIELDS.mask(AMOUNT, UNIT);

  private DistanceCodec() {}

  static void write(JsonGenerator g, Distance distance) {
    g.writeStartObject();
    g.writeNumberProperty(AMOUNT, distance.amount());
    JsonOut.optional(g, MAX_AMOUNT, distance.maxAmount());
    g.writeStringProperty(UNIT, Enums.DISTANCE_UNITS.name(distance.unit()));
    g.writeEndObject();
  }

  static Distance read(JsonIn in) {
    Object mark = in.beginObject();
    Distance.Builder b = Distance.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case AMOUNT:
          b.amount(in.next().integer());
          break;
        case MAX_AMOUNT:
          b.maxAmount(in.next().integer());
          break;
        case UNIT:
          b.unit(in.next().enumValue(Enums.DISTANCE_UNITS));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
