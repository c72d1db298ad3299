package dev.regimen.examples;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import dev.regimen.formats.sheet.TextSheet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example: read a protocol from a JSON file, screen it for one person, and print the sheet that
 * person may follow.
 *
 * <p>Make a file first, then run the example on it:
 *
 * <pre>
 * java -jar examples/target/regimen.jar export --builtin l5-s1 -o l5-s1.json
 * java -cp examples/target/regimen.jar dev.regimen.examples.ScreenFromJson l5-s1.json
 * </pre>
 */
public final class ScreenFromJson {
  private ScreenFromJson() {}

  /**
   * Screens the protocol in the file named by the first argument for a person with a herniated
   * disc whose pain has lasted three weeks.
   *
   * @param args the JSON file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ScreenFromJson PROTOCOL.json");
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // 1. Read. The reader is strict: a file that is not a valid protocol is rejected as a whole,
    //    with the JSON Pointer, line and column of what is wrong.
    Protocol protocol;
    try {
      protocol = RegimenJson.create().readProtocol(Path.of(args[0]));
    } catch (RegimenJsonException e) {
      System.err.println(
          args[0] + ": error at " + e.pointer() + " (line " + e.line() + ", column " + e.column()
              + "): " + e.problem());
      return;
    }

    // 2. What is known of the person, by the ids the protocol's conditions and findings use.
    PatientProfile person =
        PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(3).build();

    // 3. Screen: a verdict for every exercise with every reason, and the notices that apply.
    ScreeningReport report = Screening.screen(protocol, person);
    out.println("Screening of " + report.protocolName() + ":");
    for (EntryScreening entry : report.entries()) {
      out.println("  " + entry.exerciseName() + ": " + entry.verdict().displayName());
      for (Reason reason : entry.reasons()) {
        out.println("    because of " + reason.matchedOn() + ": " + reason.rationale());
      }
    }
    out.println("Notices that apply to this person:");
    for (ApplicableAdvisory notice : report.advisories()) {
      out.println("  " + notice.advisory().name() + " (" + notice.because() + ")");
    }
    report.unknownConditionIds()
        .forEach(id -> out.println("Unknown condition '" + id + "': ask a professional."));

    // 4. The personalised protocol: the exercises to avoid removed, cautions added to the notes
    //    of the others, every safety notice kept. It is empty when every exercise is to be avoided.
    out.println();
    report.personalised().ifPresentOrElse(
        mine -> out.print(TextSheet.withDefaults().render(mine)),
        () -> out.println("No exercise of this routine is suitable: ask a professional."));
  }
}
