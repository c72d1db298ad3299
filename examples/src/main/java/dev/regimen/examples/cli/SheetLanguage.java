package dev.regimen.examples.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The language of a sheet's own words, {@code --lang}, for {@code sheet}, {@code screen} and
 * {@code plan}: English or Spanish. The protocol's text stays in its own language.
 */
final class SheetLanguage {
  /** The languages a sheet is worded in, as {@code --lang} takes them: its one list. */
  static final List<String> LANGUAGES = List.of("en", "es");

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      completionCandidates = Candidates.class,
      description = "Language of the sheet's own words: ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE}). The protocol's text stays in its own language.")
  private String lang;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * {@return the locale of the language asked for}
   *
   * @throws ParameterException if it is not one a sheet is worded in
   */
  Locale locale() {
    if (!LANGUAGES.contains(lang)) {
      throw new ParameterException(
          spec.commandLine(),
          "invalid value for option '--lang': must be " + String.join(" or ", LANGUAGES) + ", was '"
              + ConsoleText.clean(lang) + "'");
    }
    return Locale.forLanguageTag(lang);
  }

  /**
   * Refuses a language other than English for an output that is not a sheet, whose words it would
   * not change.
   *
   * @param format the output asked for
   * @throws ParameterException if {@code --lang} asks for another language than English and the
   *     format is json or a FHIR format
   */
  void requireSheetFor(Format format) {
    if (!lang.equals("en") && (format == Format.JSON || format.isFhir())) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang is for sheets (text, markdown, html, pdf), not for --format " + format);
    }
  }

  /** The languages, as picocli's completion candidates. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return LANGUAGES.iterator();
    }
  }
}
