package dev.regimen.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain Jackson databind mapper a user would configure for {@link Plain}'s records so that
 * they read and write Regimen's format byte for byte: properties in declaration order (Jackson 3
 * sorts them alphabetically by default), nulls and empty lists left out, two-space indentation,
 * no escaped slashes; a list left out reads as an empty list, and a flag left out reads as false
 * (Jackson 3 fails on a missing primitive by default).
 */
public final class PlainJson {
  private PlainJson() {}

  /** The pretty printer of Regimen's format: two spaces a level, one element or property a line. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEntrySpacing(Separators.Spacing.NONE)
                  .withArrayElementSpacing(Separators.Spacing.NONE)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** {@return a new mapper for the records of {@link Plain}, writing pretty output} */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        // a list left out of the document reads as an empty list, not null
        .withConfigOverride(
            List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        // a flag written only when true (orMore, needsPartner, ...) reads as false when left out
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(PRETTY)
        .build();
  }
}
