package dev.regimen.examples;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.json.RegimenJacksonModule;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example: keep protocols inside your own JSON documents, with your own Jackson mapper, by
 * registering {@link RegimenJacksonModule}.
 *
 * <p>Run it with {@code java -cp examples/target/regimen.jar dev.regimen.examples.EmbedInJackson}.
 */
public final class EmbedInJackson {
  private EmbedInJackson() {}

  /**
   * A document of your application that holds protocols: what a clinic hands to one patient.
   *
   * @param patient the patient's reference
   * @param clinician who prescribed the routines
   * @param routines the routines; written and read in the Regimen format by the module
   */
  public record Handout(String patient, String clinician, List<Protocol> routines) {}

  /**
   * Writes a handout holding two protocols as JSON, reads it back and checks it is the same.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // 1. One mapper for the application, with the Regimen module registered. Like the module,
    //    a Jackson 3 mapper is immutable and thread-safe: build it once.
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new RegimenJacksonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    // 2. Your own types hold Protocol values like any other field.
    Handout handout =
        new Handout("p-0042", "Dr. Example", List.of(Catalog.l5s1Relief(), NeckRoutine.protocol()));

    // 3. Write: each protocol is written in the Regimen format, inside your document. The
    //    document's own versioning is yours: the embedded protocols carry no schemaVersion.
    String json = mapper.writeValueAsString(handout);
    json.lines().limit(12).forEach(out::println);
    out.println("  ... (" + json.lines().count() + " lines in all)");

    // 4. Read back: the protocols are checked by the same rules as RegimenJson's reader; a bad
    //    one fails the whole read with a DatabindException naming its JSON Pointer.
    Handout back = mapper.readValue(json, Handout.class);
    out.println("Read back " + back.routines().size() + " routines for " + back.patient()
        + "; the same as written: " + back.equals(handout));
  }
}
