package dev.regimen.catalog;

import dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a catalog's content comes from and under what licence: the dataset's name, its authors,
 * its address, the version bundled, the licence's SPDX identifier and full text, and an
 * attribution line to show beside the content. Immutable and thread-safe.
 *
 * <pre>{@code
 * Attribution a = ExerciseCatalog.freeExerciseDb().attribution().orElseThrow();
 * a.text();         // "Exercises from free-exercise-db by yuhonas and contributors (...)"
 * a.licence();      // "Unlicense"
 * a.licenceText();  // the Unlicense, word for word
 * }</pre>
 */
public final class Attribution {
  /** The commit of free-exercise-db that this artifact bundles, {@value}. */
  public static final String FREE_EXERCISE_DB_COMMIT = "acd61f751fe15d618862ee3084f27e839222a28f";

  private static final String RESOURCES = "/dev/regimen/catalog/freeexercisedb/";

  private static final Attribution FREE_EXERCISE_DB =
      new Attribution(
          FreeExerciseDbImporter.DATASET,
          "yuhonas and contributors",
          FreeExerciseDbImporter.DATASET_LINK,
          FREE_EXERCISE_DB_COMMIT + " (2025-04-21)",
          FreeExerciseDbImporter.LICENCE,
          resource("LICENSE.md"));

  private final String name;
  private final String authors;
  private final URI link;
  private final String version;
  private final String licence;
  private final String licenceText;

  private Attribution(String name, String authors, URI link, String version, String licence, String licenceText) {
    this.name = name;
    this.authors = authors;
    this.link = link;
    this.version = version;
    this.licence = licence;
    this.licenceText = licenceText;
  }

  /**
   * An attribution.
   *
   * @param name the dataset's or collection's name, not blank
   * @param authors who made it, not blank
   * @param link where it is, an absolute URI
   * @param version the version used (a release, a commit, a date), or null when not known
   * @param licence the licence, an SPDX identifier such as {@code CC-BY-4.0}, not blank
   * @param licenceText the licence's full text, not blank
   * @return the attribution
   * @throws NullPointerException if an argument other than {@code version} is null
   * @throws IllegalArgumentException if a text is blank or the link is not absolute
   */
  public static Attribution of(
      String name, String authors, URI link, String version, String licence, String licenceText) {
    notBlank(name, "name");
    notBlank(authors, "authors");
    Objects.requireNonNull(link, "link");
    if (!link.isAbsolute()) {
      throw new IllegalArgumentException("link: must be an absolute URI, was '" + link + "'");
    }
    if (version != null) {
      notBlank(version, "version");
    }
    notBlank(licence, "licence");
    notBlank(licenceText, "licenceText");
    return new Attribution(name, authors, link, version, licence, licenceText);
  }

  /** {@return the attribution of the bundled free-exercise-db dataset} */
  public static Attribution freeExerciseDb() {
    return FREE_EXERCISE_DB;
  }

  /** {@return the dataset's name, such as "free-exercise-db"} */
  public String name() {
    return name;
  }

  /** {@return who made it, such as "yuhonas and contributors"} */
  public String authors() {
    return authors;
  }

  /** {@return where it is} */
  public URI link() {
    return link;
  }

  /** {@return the version used, such as a commit and its date, when known} */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** {@return the licence, an SPDX identifier such as {@code Unlicense}} */
  public String licence() {
    return licence;
  }

  /** {@return the licence's full text} */
  public String licenceText() {
    return licenceText;
  }

  /**
   * {@return the line to show beside the content, such as "Exercises from free-exercise-db by
   * yuhonas and contributors (https://github.com/yuhonas/free-exercise-db), version ..., licence:
   * Unlicense."}
   */
  public String text() {
    return "Exercises from " + name + " by " + authors + " (" + link + ")"
        + (version == null ? "" : ", version " + version) + ", licence: " + licence + ".";
  }

  /** {@return the attribution line} */
  @Override
  public String toString() {
    return text();
  }

  private static void notBlank(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + ": must not be blank");
    }
  }

  /** {@return a text resource of the bundled dataset, whole} */
  static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled " + name + " cannot be read", e);
    }
  }

  /** {@return a stream of a resource of the bundled dataset} */
  static InputStream open(String name) throws IOException {
    InputStream in = Attribution.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IOException("the bundled " + name + " is missing from the jar");
    }
    return in;
  }
}
