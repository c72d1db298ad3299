package dev.regimen.examples.cli;

import dev.regimen.formats.json.RegimenDocument;
import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen validate}: checks Regimen JSON files of every kind the library writes (protocol,
 * exercise, screening report, session plan), one line per file, naming the kind of each valid
 * one; and FHIR R4 files (JSON or XML): a protocol is imported, with every loss listed, and
 * validated offline with Regimen's StructureDefinitions; a screening's CarePlan Bundle is
 * validated. Files are read one at a
 * time and nothing of a file is kept once its line is printed, so a run over thousands of files
 * needs no more memory than one file does. Exits with 3 if a file could not be read, else with 1
 * if a file is invalid.
 */
@Command(
    name = "validate",
    header = "Check Regimen JSON and FHIR files, one line per file.",
    sortOptions = false,
    description = {
      "Every kind of Regimen document is accepted: protocol, exercise, screening report and"
          + " session plan. - reads standard input. One line per file:",
      "  FILE: ok (KIND)",
      "  FILE: error at POINTER (line L, column C): MESSAGE",
      "  FILE: error: no such file or directory",
      "FHIR R4 files (XML, or JSON with a resourceType) are accepted too: a protocol (a"
          + " PlanDefinition, or a Bundle holding one, as 'regimen export --format fhir' writes) is"
          + " read back as Regimen would import it and validated offline; a screening (the CarePlan"
          + " Bundle of 'regimen screen --format fhir') is validated. The line names the kind, and"
          + " a line per import loss and per validation error or warning follows:",
      "  FILE: ok (FHIR protocol ID: ...; imports with nothing lost; validates with no error or warning)",
      "  FILE: import loss at LOCATION: WHAT WAS DROPPED AND WHY",
      "  FILE: validation error at LOCATION: MESSAGE",
      "A FHIR file that does not import, or has a validation error, is invalid; warnings and"
          + " losses are listed but do not make it invalid. The first FHIR file of a run takes"
          + " some seconds more: the validator loads FHIR's definitions.",
      "Exits with 3 if a file could not be read, else with 1 if a file is invalid.",
      "For more files than a command line holds, write their names in a file and pass @LIST:"
          + " names are separated by spaces or line breaks; put a name that contains spaces in"
          + " double or single quotes (\"my routine.json\"); a line starting with # is a comment."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check (- reads standard input).")
  private List<String> files;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the lines of invalid files.")
  private boolean quiet;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  /** What checking one file found: a valid document of a kind, an invalid file or an unreadable one. */
  private record Verdict(String line, List<String> details, int status) {
    static Verdict ok(RegimenDocument<?> document) {
      return new Verdict("ok (" + document.kind().displayName() + ")", List.of(), 0);
    }

    static Verdict of(FhirCli.Check check) {
      return new Verdict(
          check.summary(), check.details(), check.valid() ? 0 : RegimenCommand.INVALID_INPUT);
    }

    static Verdict invalid(String line) {
      return new Verdict(line, List.of(), RegimenCommand.INVALID_INPUT);
    }

    static Verdict unreadable(String line) {
      return new Verdict(line, List.of(), RegimenCommand.IO_FAILURE);
    }
  }

  @Override
  public Integer call() {
    RegimenJson json = RegimenJson.defaults();
    PrintWriter out = spec.commandLine().getOut();
    boolean invalid = false;
    boolean unreadable = false;
    for (String file : files) {
      Verdict verdict = check(json, file);
      boolean ok = verdict.status() == 0;
      invalid |= verdict.status() == RegimenCommand.INVALID_INPUT;
      unreadable |= verdict.status() == RegimenCommand.IO_FAILURE;
      if (!ok || !quiet) {
        String name = file.equals("-") ? ProtocolInput.STDIN_NAME : file;
        out.println(ConsoleText.name(name) + ": " + ConsoleText.clean(verdict.line()));
        for (String detail : verdict.details()) {
          out.println(ConsoleText.name(name) + ": " + ConsoleText.clean(detail));
        }
      }
    }
    out.flush();
    return unreadable ? RegimenCommand.IO_FAILURE : invalid ? RegimenCommand.INVALID_INPUT : 0;
  }

  /** {@return what is wrong with the file, if anything} */
  private Verdict check(RegimenJson json, String file) {
    byte[] bytes;
    try {
      bytes = file.equals("-")
          ? read(root.stdin(), json.limits().maxDocumentLength())
          : read(Path.of(file), json.limits().maxDocumentLength());
    } catch (IOException e) {
      return Verdict.unreadable(Failures.describe(e));
    } catch (InvalidPathException e) {
      return Verdict.unreadable("error: not a valid file name");
    }
    if (FhirSniffer.looksLikeFhir(bytes)) {
      return checkFhir(bytes, json.limits().maxDocumentLength());
    }
    try {
      return Verdict.ok(json.readDocument(bytes));
    } catch (RuntimeException e) {
      return Verdict.invalid(Failures.describe(e));
    }
  }

  private static Verdict checkFhir(byte[] bytes, int limit) {
    if (bytes.length > limit) {
      return Verdict.invalid("error: the file is longer than " + limit + " bytes, the most a document may be");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return Verdict.invalid("error: the FHIR file is not UTF-8");
    }
    String fhir = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return Verdict.of(FhirRuntime.call(() -> FhirCli.check(fhir)));
  }

  /** Reads at most one byte more than the reader accepts, so a longer file is still reported. */
  private static byte[] read(Path file, int limit) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limit);
    }
  }

  private static byte[] read(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
  }
}
