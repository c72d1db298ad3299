package dev.regimen.examples.cli;

import dev.regimen.catalog.freeexercisedb.FreeExerciseDbException;
import dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter;
import dev.regimen.catalog.freeexercisedb.ImportReport;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.examples.AtomicFiles;
import dev.regimen.examples.cli.Failures.InputException;
import dev.regimen.formats.json.DocumentKind;
import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen import free-exercise-db FILE -o DIR}: imports an exercise dataset and writes one
 * Regimen exercise document per exercise into a directory.
 */
@Command(
    name = "import",
    header = "Import an exercise dataset: one exercise document per exercise.",
    sortOptions = false,
    description = {
      "Reads FILE (a JSON file of the free-exercise-db dataset's shape, or - for standard input) and"
          + " writes each exercise it imports to DIR/ID.json as a Regimen exercise document (version"
          + " 2), creating DIR if needed and replacing a file of the same name. Every document is"
          + " made before the first is written, and each file is written atomically: nothing"
          + " partial is left behind. Prints how many were imported, and each entry skipped with"
          + " its reasons; --changes prints every text the import dropped, split or copied.",
      "The import rules: docs/catalog.md."
    })
final class ImportCommand implements Callable<Integer> {
  /** The datasets this command imports. */
  static final List<String> DATASETS = List.of("free-exercise-db");

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset: free-exercise-db.")
  private String dataset;

  @Parameters(index = "1", paramLabel = "FILE", description = "The dataset's JSON file, or - for standard input.")
  private String file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "The directory to write the exercise documents to.")
  private Path output;

  @Option(
      names = "--image-base",
      paramLabel = "URI",
      description = "What the dataset's image paths are relative to: an http(s) address or a relative"
          + " path, '' to keep the paths as they are (default: "
          + "https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/).")
  private String imageBase;

  @Option(
      names = "--commit",
      paramLabel = "HASH",
      description = "The dataset's commit the file comes from, named in each exercise's source.")
  private String commit;

  @Option(names = "--changes", description = "Also print every change the import made to the text.")
  private boolean changes;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (!DATASETS.contains(dataset)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown dataset '" + ConsoleText.clean(dataset) + "': choose " + String.join(", ", DATASETS));
    }
    FreeExerciseDbImporter importer = importer();
    String name = file.equals("-") ? ProtocolInput.STDIN_NAME : file;
    ImportReport report;
    try {
      report = file.equals("-") ? importer.read(root.stdin()) : importer.read(Path.of(file));
    } catch (FreeExerciseDbException e) {
      throw InputException.invalid(ConsoleText.name(name) + ": " + ConsoleText.clean(e.getMessage()), e);
    } catch (IOException e) {
      throw InputException.unreadable(ConsoleText.name(name) + ": " + Failures.describe(e), e);
    }

    // every document is made before the first is written: a failure to make one writes nothing
    RegimenJson json = RegimenJson.create();
    List<String> documents = new ArrayList<>(report.exercises().size());
    for (Exercise e : report.exercises()) {
      documents.add(json.write(DocumentKind.EXERCISE, e));
    }
    directory();
    int written = 0;
    Iterator<String> document = documents.iterator();
    for (Exercise e : report.exercises()) {
      Path target = output.resolve(e.id() + ".json");
      try {
        AtomicFiles.write(target, document.next());
      } catch (IOException x) {
        throw InputException.unreadable(
            ConsoleText.name(target.toString()) + ": " + Failures.describe(x) + " (" + written + " of "
                + documents.size() + " documents were written before it, each whole)",
            x);
      }
      written++;
    }

    PrintWriter out = spec.commandLine().getOut();
    out.println("imported " + report.exercises().size() + " of " + report.total()
        + (report.total() == 1 ? " exercise" : " exercises") + " into "
        + ConsoleText.name(output.toString()) + " (" + written + (written == 1 ? " file)" : " files)"));
    if (!report.skipped().isEmpty()) {
      out.println("skipped " + report.skipped().size() + ":");
      for (ImportReport.Skipped s : report.skipped()) {
        out.println("  " + ConsoleText.clean(s.toString()));
      }
    }
    if (!report.changes().isEmpty()) {
      List<String> counts = new ArrayList<>();
      for (Map.Entry<ImportReport.Change.Kind, Integer> c : report.changeCounts().entrySet()) {
        counts.add(kind(c.getKey()) + " (" + c.getValue() + ")");
      }
      out.println("changes: " + String.join(", ", counts) + (changes ? ":" : " (--changes lists them)"));
      if (changes) {
        for (ImportReport.Change c : report.changes()) {
          out.println("  " + ConsoleText.clean(c.toString()));
        }
      }
    }
    out.flush();
    return 0;
  }

  private FreeExerciseDbImporter importer() {
    FreeExerciseDbImporter.Builder b = FreeExerciseDbImporter.builder();
    try {
      if (imageBase != null) {
        b.imageBase(new URI(imageBase));
      }
      if (commit != null) {
        b.commit(commit);
      }
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          (imageBase != null && e instanceof java.net.URISyntaxException ? "--image-base: not a URI: " : "")
              + ConsoleText.clean(e.getMessage()));
    }
    return b.build();
  }

  /** Creates the output directory if it is not there; a file in its place is an error. */
  private void directory() {
    try {
      Files.createDirectories(output);
    } catch (FileAlreadyExistsException e) {
      throw InputException.unreadable(
          ConsoleText.name(output.toString()) + ": error: not a directory", e);
    } catch (IOException e) {
      throw InputException.unreadable(ConsoleText.name(output.toString()) + ": " + Failures.describe(e), e);
    }
  }

  /** {@return a kind of change in words, for the summary: "dosage restatements dropped"} */
  static String kind(ImportReport.Change.Kind kind) {
    switch (kind) {
      case BLANK_DROPPED:
        return "blank texts dropped";
      case DOSAGE_RESTATEMENT_DROPPED:
        return "restatements of the dosage dropped";
      case STEP_SPLIT:
        return "steps split after the starting position";
      case WHITESPACE_TRIMMED:
        return "texts trimmed";
      case REPEATED_TARGET_DROPPED:
        return "repeated muscles dropped";
      case SECONDARY_TARGET_DROPPED:
        return "secondary muscles that are primary dropped";
      case CUSTOM_AREA:
        return "custom areas";
      case CAUTION_COPIED:
        return "cautions copied from the steps";
      case IMAGE_DROPPED:
        return "images dropped";
      case UNKNOWN_VALUE_DROPPED:
        return "unknown values dropped";
      case UNKNOWN_PROPERTY_IGNORED:
        return "unknown properties ignored";
      case ID_DISAMBIGUATED:
      default:
        return "ids numbered apart";
    }
  }
}
