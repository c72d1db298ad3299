package dev.regimen.catalog.freeexercisedb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real dataset, as the catalog bundles it, imported once for the tests that read it. */
final class Dataset {
  /** The resource of the bundled file. */
  static final String RESOURCE = "/dev/regimen/catalog/freeexercisedb/exercises.json";

  private Dataset() {}

  private static final class Holder {
    static final ImportReport REPORT = importWith(FreeExerciseDbImporter.create());
  }

  /** {@return the report of importing the bundled file with the default importer} */
  static ImportReport report() {
    return Holder.REPORT;
  }

  /** {@return the report of importing the bundled file with an importer} */
  static ImportReport importWith(FreeExerciseDbImporter importer) {
    try (InputStream in = open()) {
      return importer.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the bundled file} */
  static InputStream open() {
    InputStream in = Dataset.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is not on the class path");
    }
    return in;
  }
}
