package dev.regimen.formats.sheet;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a protocol sheet is laid out: the line width of the text sheet, ASCII-only or Unicode
 * output, whether the tracking grid and the sources are included, how many days the grid has and
 * whether it has a row for the day's pain score; the language the sheet's own words are in; and
 * the {@linkplain Personalisation details of the person} the sheet is for, if any. Immutable and
 * thread-safe.
 *
 * <p>Defaults: {@value #DEFAULT_WIDTH} columns, Unicode, with the tracking grid and the sources,
 * {@value #DEFAULT_TRACKING_DAYS} days, no pain score, English, {@linkplain Personalisation#none()
 * no personalisation}. Rules: the width from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}; the days
 * from 1 to {@value #MAX_TRACKING_DAYS}; a pain score only with the tracking grid; the locale's
 * language English ({@code en}) or Spanish ({@code es}).
 */
public final class SheetOptions {
  /** The default line width, in columns. */
  public static final int DEFAULT_WIDTH = 72;

  /** The narrowest width a sheet can be laid out in. */
  public static final int MIN_WIDTH = 40;

  /** The widest width accepted. */
  public static final int MAX_WIDTH = 500;

  /** The default number of days in the tracking grid: a week. */
  public static final int DEFAULT_TRACKING_DAYS = 7;

  /** The most days a tracking grid can have: a year. */
  public static final int MAX_TRACKING_DAYS = 366;

  private static final SheetOptions DEFAULTS = builder().build();

  private final int width;
  private final boolean asciiOnly;
  private final boolean includeTrackingGrid;
  private final boolean includeSources;
  private final int trackingDays;
  private final boolean includePainScore;
  private final Personalisation personalisation;
  private final Locale locale;

  private SheetOptions(Builder b) {
    this.width = b.width;
    this.asciiOnly = b.asciiOnly;
    this.includeTrackingGrid = b.includeTrackingGrid;
    this.includeSources = b.includeSources;
    this.trackingDays = b.trackingDays;
    this.includePainScore = b.includePainScore;
    this.personalisation = b.personalisation;
    this.locale = b.locale;
  }

  /** {@return the default options} */
  public static SheetOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder, starting from these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.width = width;
    b.asciiOnly = asciiOnly;
    b.includeTrackingGrid = includeTrackingGrid;
    b.includeSources = includeSources;
    b.trackingDays = trackingDays;
    b.includePainScore = includePainScore;
    b.personalisation = personalisation;
    b.locale = locale;
    return b;
  }

  /**
   * {@return the line width of the text sheet, in terminal columns; every line fits it} The
   * Markdown sheet is not wrapped: Markdown renderers wrap paragraphs themselves.
   */
  public int width() {
    return width;
  }

  /**
   * {@return whether the output is ASCII only} When it is, the sheet draws with {@code -}, {@code
   * =}, {@code |} and {@code +}, and text from the protocol is spelled in ASCII (curly quotes
   * straight, dashes as hyphens, accents dropped, anything else as {@code ?}).
   */
  public boolean asciiOnly() {
    return asciiOnly;
  }

  /** {@return whether the sheet ends with a grid to tick off each exercise each day} */
  public boolean includeTrackingGrid() {
    return includeTrackingGrid;
  }

  /** {@return whether the sheet lists the protocol's sources} */
  public boolean includeSources() {
    return includeSources;
  }

  /** {@return the number of days (columns) in the tracking grid} */
  public int trackingDays() {
    return trackingDays;
  }

  /**
   * {@return whether the tracking grid has a row for the pain score, 0 to 10, of each day} The row
   * is labelled "Pain (0–10)", its cells are left empty for the number.
   */
  public boolean includePainScore() {
    return includePainScore;
  }

  /** {@return the details of the person the sheet is for; {@link Personalisation#none()} if none} */
  public Personalisation personalisation() {
    return personalisation;
  }

  /**
   * A copy for a person.
   *
   * @param personalisation their details, or {@link Personalisation#none()}
   * @return the copy
   * @throws NullPointerException if {@code personalisation} is null
   */
  public SheetOptions withPersonalisation(Personalisation personalisation) {
    return toBuilder().personalisation(personalisation).build();
  }

  /**
   * {@return the locale whose language the sheet's own words are in; English unless set} Only its
   * language counts ({@code es-MX} is worded as {@code es}); the protocol's text stays in the
   * protocol's own language. For now only the session plan's sheet is worded in Spanish: a
   * protocol's or a screening report's sheet is refused in it (see {@link SheetDocuments}).
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A copy with another locale.
   *
   * @param locale a locale whose language is English ({@code en}) or Spanish ({@code es})
   * @return the copy
   * @throws NullPointerException if {@code locale} is null
   * @throws ValidationException if sheets are not worded in the locale's language
   */
  public SheetOptions withLocale(Locale locale) {
    return toBuilder().locale(locale).build();
  }

  /**
   * A copy with another width.
   *
   * @param width from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
   * @return the copy
   * @throws ValidationException if the width is out of range
   */
  public SheetOptions withWidth(int width) {
    return toBuilder().width(width).build();
  }

  /**
   * A copy with ASCII-only output switched on or off.
   *
   * @param asciiOnly whether the output is ASCII only
   * @return the copy
   */
  public SheetOptions withAsciiOnly(boolean asciiOnly) {
    return toBuilder().asciiOnly(asciiOnly).build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SheetOptions)) {
      return false;
    }
    SheetOptions other = (SheetOptions) o;
    return width == other.width
        && asciiOnly == other.asciiOnly
        && includeTrackingGrid == other.includeTrackingGrid
        && includeSources == other.includeSources
        && trackingDays == other.trackingDays
        && includePainScore == other.includePainScore
        && personalisation.equals(other.personalisation)
        && locale.equals(other.locale);
  }

  @Override
  public int hashCode() {
    int h = width;
    h = 31 * h + Boolean.hashCode(asciiOnly);
    h = 31 * h + Boolean.hashCode(includeTrackingGrid);
    h = 31 * h + Boolean.hashCode(includeSources);
    h = 31 * h + trackingDays;
    h = 31 * h + Boolean.hashCode(includePainScore);
    h = 31 * h + personalisation.hashCode();
    return 31 * h + locale.hashCode();
  }

  @Override
  public String toString() {
    return "SheetOptions{width=" + width + ", asciiOnly=" + asciiOnly + ", includeTrackingGrid="
        + includeTrackingGrid + ", includeSources=" + includeSources + ", trackingDays="
        + trackingDays + (includePainScore ? ", includePainScore=true" : "")
        + (personalisation.isEmpty() ? "" : ", personalisation=" + personalisation)
        + ", locale=" + locale.toLanguageTag() + "}";
  }

  /** Builds {@link SheetOptions}; {@link #build()} checks every rule at once. Not thread-safe. */
  public static final class Builder {
    private int width = DEFAULT_WIDTH;
    private boolean asciiOnly;
    private boolean includeTrackingGrid = true;
    private boolean includeSources = true;
    private int trackingDays = DEFAULT_TRACKING_DAYS;
    private boolean includePainScore;
    private Personalisation personalisation = Personalisation.none();
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the line width of the text sheet.
     *
     * @param width in terminal columns, from {@value SheetOptions#MIN_WIDTH} to {@value
     *     SheetOptions#MAX_WIDTH}; checked by {@link #build()}
     * @return this
     */
    public Builder width(int width) {
      this.width = width;
      return this;
    }

    /**
     * Sets whether the output is ASCII only.
     *
     * @param asciiOnly true for ASCII only, false (the default) for Unicode
     * @return this
     */
    public Builder asciiOnly(boolean asciiOnly) {
      this.asciiOnly = asciiOnly;
      return this;
    }

    /**
     * Sets whether the tracking grid is included.
     *
     * @param include true (the default) to include it
     * @return this
     */
    public Builder includeTrackingGrid(boolean include) {
      this.includeTrackingGrid = include;
      return this;
    }

    /**
     * Sets whether the sources are included.
     *
     * @param include true (the default) to include them
     * @return this
     */
    public Builder includeSources(boolean include) {
      this.includeSources = include;
      return this;
    }

    /**
     * Sets the number of days in the tracking grid.
     *
     * @param days from 1 to {@value SheetOptions#MAX_TRACKING_DAYS}; checked by {@link #build()}
     * @return this
     */
    public Builder trackingDays(int days) {
      this.trackingDays = days;
      return this;
    }

    /**
     * Sets whether the tracking grid has a row for the pain score of each day.
     *
     * @param include true to include it; false (the default) for none
     * @return this
     */
    public Builder includePainScore(boolean include) {
      this.includePainScore = include;
      return this;
    }

    /**
     * Sets the details of the person the sheet is for.
     *
     * @param personalisation their details; {@link Personalisation#none()} (the default) for none
     * @return this
     * @throws NullPointerException if {@code personalisation} is null
     */
    public Builder personalisation(Personalisation personalisation) {
      this.personalisation = Objects.requireNonNull(personalisation, "personalisation");
      return this;
    }

    /**
     * Sets the locale whose language the sheet's own words are in.
     *
     * @param locale a locale whose language is English ({@code en}, the default) or Spanish
     *     ({@code es}), such as {@code Locale.forLanguageTag("es")}; checked by {@link #build()}
     * @return this
     * @throws NullPointerException if {@code locale} is null
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws ValidationException naming every rule broken, such as {@code width: must be from 40
     *     to 500, was 12} or {@code locale: sheets are worded in en (English) or es (Spanish), not
     *     in 'fr-FR'}
     */
    public SheetOptions build() {
      List<Violation> violations = new ArrayList<>(2);
      if (width < MIN_WIDTH || width > MAX_WIDTH) {
        violations.add(
            new Violation(
                "width", "must be from " + MIN_WIDTH + " to " + MAX_WIDTH + ", was " + width));
      }
      if (trackingDays < 1 || trackingDays > MAX_TRACKING_DAYS) {
        violations.add(
            new Violation(
                "trackingDays",
                "must be from 1 to " + MAX_TRACKING_DAYS + ", was " + trackingDays));
      }
      if (includePainScore && !includeTrackingGrid) {
        violations.add(
            new Violation(
                "includePainScore",
                "the pain score is a row of the tracking grid, which is not included"));
      }
      if (!SheetWording.supports(locale)) {
        violations.add(new Violation("locale", SheetWording.unsupported(locale)));
      }
      if (!violations.isEmpty()) {
        throw new ValidationException("sheetOptions", violations);
      }
      return new SheetOptions(this);
    }
  }
}
