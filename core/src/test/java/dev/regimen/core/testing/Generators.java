package dev.regimen.core.testing;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalRegion;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.anatomy.Vertebra;
import dev.regimen.core.condition.Coding;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.DistanceUnit;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import dev.regimen.core.exercise.Force;
import dev.regimen.core.exercise.Mechanic;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for every type of the Regimen model, shared by the tests of every
 * module (formats' tests get them through the core test-jar).
 *
 * <p>What the generators promise:
 *
 * <ul>
 *   <li>Every value they produce is valid: building it does not throw. {@link #protocols()} in
 *       particular builds coherent protocols: ids are unique where the protocol requires it,
 *       every contraindication names one of the protocol's own conditions (and, when it names a
 *       finding, one of that condition's findings), and every source id used anywhere names one
 *       of the protocol's own sources.
 *   <li>Every optional attribute is set some of the time and absent some of the time, and every
 *       list is empty some of the time (unless the model requires an element) and has several
 *       elements some of the time, so a round trip that drops a field is caught.
 *   <li>Texts are never blank, always hold a visible letter, never start or end with whitespace
 *       and hold no line breaks; some of the time they hold non-ASCII letters (accents, Greek,
 *       CJK, right-to-left scripts, an emoji outside the Basic Multilingual Plane, combining
 *       marks), invisible format characters (zero-width spaces, soft hyphens, bidirectional
 *       controls, tag characters outside the Basic Multilingual Plane), a control character,
 *       quotation marks, backslashes, characters that mean something in Markdown or HTML ({@code
 *       * _ # [ ] ( ) ` | < > &}), bare web and e-mail addresses and very long words.
 *   <li>Ids are valid slugs: lowercase letters and digits in words joined by single hyphens.
 *   <li>Sizes stay small (lists of 0 to 3 elements, 1 to 4 protocol entries) so properties run
 *       fast; numbers reach the model's limits some of the time (sets up to {@link
 *       Dosage#MAX_SETS}, repetitions up to {@link Repetitions#MAX}, holds and times up to their
 *       maxima), so that properties see the whole range.
 * </ul>
 *
 * <p>Besides the valid values there are generators of invalid inputs ({@link
 * #invalidVertebraLabels()}, {@link #invalidSegmentLabels()}, {@link #invalidSlugs()}, {@link
 * #blankTexts()}) and the exhaustive lists {@link #allVertebrae()} and {@link #allSegments()}.
 *
 * <p>The class uses only the exported API of {@code dev.regimen.core}. It is stateless; every
 * method returns a new generator.
 */
public final class Generators {
  private static final String SLUG_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Words that are hard on encoders, escapers, renderers and wrappers. */
  private static final List<String> AWKWARD_WORDS =
      List.of(
          "naïve",
          "Über",
          "straße",
          "café",
          "Ωμέγα",
          "日本語",
          "💪",
          "São",
          "\"quoted\"",
          "it's",
          "‘single’",
          "“double”",
          "«guillemets»",
          "back\\slash",
          "C:\\Users\\me",
          "\\n",
          "*bold*",
          "_emphasis_",
          "**strong**",
          "#",
          "[link](https://example.org)",
          "`code`",
          "|pipe|",
          ">",
          "-",
          "1.",
          "<b>bold</b>",
          "&amp;",
          "<script>alert('x')</script>",
          "a&b",
          "50%",
          "{braces}",
          "$HOME",
          "~tilde~",
          "—",
          "…",
          "½",
          "°C",
          "Pneumonoultramicroscopicsilicovolcanoconiosis",
          "\u05e2\u05d1\u05e8\u05d9\u05ea",
          "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
          "e\u0301te\u0301",
          "zero\u200bwidth",
          "soft\u00adhyphen",
          "no\u00a0break",
          "bidi\u202eoverride\u202c",
          "isolate\u2067rtl\u2069",
          "tag\udb40\udc01\udb40\udc41chars",
          "bell\u0007ring",
          "https://example.org/a_b*c",
          "www.example.org",
          "someone@example.org",
          "knee-to-chest-stretch-with-a-towel-around-the-foot-held-with-both-hands-for-longer");

  private static final List<String> CREDENTIALS = List.of("MD", "PT, DPT", "PhD", "MSc, MCSP");

  private static final List<String> CODE_SYSTEMS =
      List.of(
          Coding.ICD_10_CM,
          Coding.SNOMED_CT,
          "http://example.org/codes",
          "urn:oid:2.16.840.1.113883.6.90");

  private Generators() {}

  // ---------------------------------------------------------------------------------------------
  // Texts and ids

  /**
   * Texts of one to eight words, never blank, trimmed, on one line; some of the time with
   * awkward words (non-ASCII, quotes, backslashes, Markdown and HTML characters, long words).
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    Gen<String> plain = lowercaseWords(1, 10);
    Gen<String> awkward = pick(AWKWARD_WORDS);
    return in -> {
      int words = range(1, 8).generate(in);
      StringJoiner text = new StringJoiner(" ");
      for (int i = 0; i < words; i++) {
        text.add(range(1, 4).generate(in) == 1 ? awkward.generate(in) : plain.generate(in));
      }
      return text.toString();
    };
  }

  /**
   * Valid ids: one to three words of lowercase letters and digits joined by single hyphens, such
   * as {@code knee-2-chest}.
   *
   * @return the generator
   */
  public static Gen<String> slugs() {
    Gen<String> word = slugWords();
    return in -> {
      int words = range(1, 3).generate(in);
      StringJoiner slug = new StringJoiner("-");
      for (int i = 0; i < words; i++) {
        slug.add(word.generate(in));
      }
      return slug.toString();
    };
  }

  /**
   * Strings that are not slugs: empty, blank, uppercase, with stray, leading, trailing or double
   * hyphens, spaces, underscores, dots or non-ASCII letters.
   *
   * @return the generator
   */
  public static Gen<String> invalidSlugs() {
    Gen<String> slug = slugs();
    List<Function<String, String>> spoilers =
        List.of(
            s -> "X" + s,
            s -> s.toUpperCase(Locale.ROOT) + "X",
            s -> "-" + s,
            s -> s + "-",
            s -> s.replaceFirst("^([a-z0-9]+)", "$1--x"),
            s -> s + " x",
            s -> " " + s,
            s -> s + "_x",
            s -> s + ".x",
            s -> s + "é",
            s -> s + "/x",
            s -> "");
    return in -> spoilers.get(range(0, spoilers.size() - 1).generate(in)).apply(slug.generate(in));
  }

  /**
   * Blank texts: empty, or only whitespace (spaces, tabs, line breaks, an em space, an
   * ideographic space).
   *
   * @return the generator
   */
  public static Gen<String> blankTexts() {
    return pick(List.of("", " ", "   ", "\t", "\n", " \r\n ", "\u2003", "\u3000"));
  }

  // ---------------------------------------------------------------------------------------------
  // Anatomy

  /**
   * Every vertebra from C1 down to Co4, in order, built region by region from the region's
   * vertebra count.
   *
   * @return the 33 vertebrae, top first; unmodifiable
   */
  public static List<Vertebra> allVertebrae() {
    List<Vertebra> all = new ArrayList<>();
    for (SpinalRegion region : SpinalRegion.values()) {
      for (int n = 1; n <= region.vertebraCount(); n++) {
        all.add(Vertebra.of(region, n));
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Every valid segment, top first: each pair of consecutive vertebrae except the pairs inside a
   * fused region (the sacrum, the coccyx). S5-Co1, between the two fused regions, is a segment.
   *
   * @return the 25 segments, top first; unmodifiable
   */
  public static List<SpinalSegment> allSegments() {
    List<Vertebra> vertebrae = allVertebrae();
    List<SpinalSegment> all = new ArrayList<>();
    for (int i = 0; i + 1 < vertebrae.size(); i++) {
      Vertebra upper = vertebrae.get(i);
      Vertebra lower = vertebrae.get(i + 1);
      if (upper.region() != lower.region() || !upper.region().isFused()) {
        all.add(SpinalSegment.of(upper, lower));
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Any of the 33 vertebrae.
   *
   * @return the generator
   */
  public static Gen<Vertebra> vertebrae() {
    return pick(allVertebrae());
  }

  /**
   * Any valid segment: two adjacent vertebrae, the upper first, none inside the fused sacrum or
   * coccyx.
   *
   * @return the generator
   */
  public static Gen<SpinalSegment> segments() {
    return pick(allSegments());
  }

  /**
   * Any spinal region.
   *
   * @return the generator
   */
  public static Gen<SpinalRegion> spinalRegions() {
    return enumValues(SpinalRegion.class);
  }

  /**
   * Body areas: mostly standard ones, some of the time a custom area (an id that no standard area
   * has, and a display name).
   *
   * @return the generator
   */
  public static Gen<BodyArea> bodyAreas() {
    Gen<BodyArea> standard = pick(BodyArea.standard());
    return in -> {
      if (range(1, 5).generate(in) > 1) {
        return standard.generate(in);
      }
      String id = "custom_" + slugWords().generate(in);
      return BodyArea.custom(id, texts().generate(in));
    };
  }

  /**
   * Labels that name no vertebra: numbers past a region's count or zero ({@code L6}, {@code C8},
   * {@code Co5}, {@code T0}), unknown region prefixes ({@code X1}, {@code Lu3}) and malformed
   * strings ({@code L}, {@code 5L}, {@code L-5}, {@code L5.0}, non-ASCII digits, ...).
   *
   * @return the generator
   */
  public static Gen<String> invalidVertebraLabels() {
    Gen<String> outOfRange =
        in -> {
          SpinalRegion region = spinalRegions().generate(in);
          int number =
              booleans().generate(in)
                  ? 0
                  : region.vertebraCount() + range(1, 30).generate(in);
          String prefix = region.prefix();
          return (booleans().generate(in) ? prefix : prefix.toLowerCase(Locale.ROOT))
              + number;
        };
    Gen<String> unknownPrefix =
        in ->
            pick(List.of("A", "B", "D", "X", "Z", "Lu", "Th", "CC", "LL", "Sa", "Cx")).generate(in)
                + range(1, 9).generate(in);
    Gen<String> malformed =
        pick(
            List.of(
                "",
                " ",
                "L",
                "5",
                "Co",
                "L-5",
                "L 5",
                "5L",
                "L5a",
                "L5.0",
                "L+5",
                "L1000",
                "L\u0665",
                "L\uff15",
                "\u216c5",
                "L5-S1",
                "vertebra"));
    return oneOf(List.of(outOfRange, unknownPrefix, malformed));
  }

  /**
   * Names that are no segment: non-adjacent pairs ({@code L4-S1}), pairs in the wrong order
   * ({@code S1-L5}) or of one vertebra twice, pairs inside the fused sacrum or coccyx ({@code
   * S2-S3}), pairs naming a vertebra that does not exist ({@code L5-L6}) and malformed names
   * ({@code L5S1}, {@code L5--S1}, an en dash, ...).
   *
   * @return the generator
   */
  public static Gen<String> invalidSegmentLabels() {
    List<Vertebra> all = allVertebrae();
    int last = all.size() - 1;
    Gen<String> nonAdjacent =
        in -> {
          int upper = range(0, last - 2).generate(in);
          int lower = range(upper + 2, last).generate(in);
          return all.get(upper).label() + "-" + all.get(lower).label();
        };
    Gen<String> wrongOrder =
        in -> {
          int upper = range(1, last).generate(in);
          int lower = range(0, upper).generate(in);
          return all.get(upper).label() + "-" + all.get(lower).label();
        };
    Gen<String> insideFused =
        pick(List.of("S1-S2", "S2-S3", "S3-S4", "S4-S5", "Co1-Co2", "Co2-Co3", "Co3-Co4"));
    Gen<String> missingVertebra =
        in -> {
          String bad = invalidVertebraLabels().generate(in);
          String good = vertebrae().generate(in).label();
          return booleans().generate(in) ? bad + "-" + good : good + "-" + bad;
        };
    Gen<String> malformed =
        pick(
            List.of(
                "", " ", "L5", "L5S1", "L5--S1", "L5-", "-S1", "L5-S1-S2", "L5\u2013S1",
                "L5 S1", "L5/S1", "L5_S1", "-"));
    return oneOf(List.of(nonAdjacent, wrongOrder, insideFused, missingVertebra, malformed));
  }

  // ---------------------------------------------------------------------------------------------
  // Dosage

  /**
   * Holds of seconds, breaths, both, or words only; seconds and breaths sometimes a range or a
   * lower bound only; sometimes approximate; with and without wording; up to the model's maxima
   * some of the time.
   *
   * @return the generator
   */
  public static Gen<Hold> holds() {
    return in -> {
      int shape = range(0, 3).generate(in); // 0: seconds, 1: breaths, 2: both, 3: words only
      Hold.Builder hold = Hold.builder();
      int bound = range(0, 3).generate(in); // 0, 1: exact; 2: a range; 3: a lower bound only
      if (shape == 0 || shape == 2) {
        int seconds = wide(in, 1, 120, Hold.MAX_SECONDS);
        hold.seconds(seconds);
        if (bound == 2) {
          hold.maxSeconds(range(seconds, Math.min(Hold.MAX_SECONDS, seconds + 60)).generate(in));
        }
      }
      if (shape == 1 || shape == 2) {
        int breaths = wide(in, 1, 20, Hold.MAX_BREATHS);
        hold.breaths(breaths);
        if (bound == 2) {
          hold.maxBreaths(range(breaths, Math.min(Hold.MAX_BREATHS, breaths + 5)).generate(in));
        }
      }
      if (bound == 3 && shape != 3) {
        hold.orMore(true);
      }
      if (booleans().generate(in)) {
        hold.approximate(booleans().generate(in));
      }
      if (shape == 3) {
        hold.wording(texts().generate(in));
      } else {
        maybe(texts(), in).ifPresent(hold::wording);
      }
      return hold.build();
    };
  }

  /**
   * Repetition ranges from 1 up to 15 most of the time and up to {@link Repetitions#MAX} some of
   * the time, exact some of the time, per side or in total (or the default basis).
   *
   * @return the generator
   */
  public static Gen<Repetitions> repetitions() {
    return in -> {
      int min = wide(in, 1, 10, Repetitions.MAX);
      int max = booleans().generate(in) ? min : range(min, Math.min(Repetitions.MAX, min + 5)).generate(in);
      Repetitions.Builder repetitions = Repetitions.builder().min(min).max(max);
      maybe(enumValues(RepetitionBasis.class), in).ifPresent(repetitions::basis);
      return repetitions.build();
    };
  }

  /**
   * Ranges from {@code least} to {@code most}: exact or a range, small most of the time and up to
   * {@code most} some of the time.
   *
   * @param least the smallest value
   * @param most the largest value
   * @return the generator
   */
  public static Gen<Range> ranges(int least, int most) {
    return in -> {
      int min = wide(in, least, Math.min(most, least + 5), most);
      int max = booleans().generate(in) ? min : range(min, Math.min(most, min + 30)).generate(in);
      return Range.between(min, max);
    };
  }

  /**
   * Times: exact, a range or a lower bound only, approximate or not, with and without wording, in
   * whole minutes some of the time, up to a day some of the time.
   *
   * @return the generator
   */
  public static Gen<TimeRange> timeRanges() {
    return in -> {
      int seconds = wide(in, 1, 3600, TimeRange.MAX_SECONDS);
      if (booleans().generate(in)) {
        seconds = Math.max(60, seconds - seconds % 60);
      }
      TimeRange.Builder time = TimeRange.builder().seconds(seconds);
      int bound = range(0, 2).generate(in);
      if (bound == 1) {
        time.maxSeconds(range(seconds, Math.min(TimeRange.MAX_SECONDS, seconds + 1800)).generate(in));
      } else if (bound == 2) {
        time.orMore(true);
      }
      maybe(booleans(), in).ifPresent(time::approximate);
      maybe(texts(), in).ifPresent(time::wording);
      return time.build();
    };
  }

  /**
   * Distances in every unit, exact or a range.
   *
   * @return the generator
   */
  public static Gen<Distance> distances() {
    return in -> {
      int amount = wide(in, 1, 5000, Distance.MAX_AMOUNT);
      Distance.Builder distance =
          Distance.builder().amount(amount).unit(enumValues(DistanceUnit.class).generate(in));
      if (booleans().generate(in)) {
        distance.maxAmount(range(amount, Math.min(Distance.MAX_AMOUNT, amount + 1000)).generate(in));
      }
      return distance.build();
    };
  }

  /**
   * Loads in every unit: weights and percentages (whole, halves or decimals, exact or a range),
   * body weight, bands in words; a description some of the time.
   *
   * @return the generator
   */
  public static Gen<Load> loads() {
    return in -> {
      LoadUnit unit = enumValues(LoadUnit.class).generate(in);
      Load.Builder load = Load.builder().unit(unit);
      double most =
          unit == LoadUnit.KILOGRAMS
              ? Load.MAX_KILOGRAMS
              : unit == LoadUnit.POUNDS ? Load.MAX_POUNDS : Load.MAX_PERCENT;
      if (unit != LoadUnit.BODY_WEIGHT && (unit != LoadUnit.BAND || booleans().generate(in))) {
        double amount = range(1, (int) most * 4).generate(in) / 4.0;
        if (range(1, 4).generate(in) == 1) {
          amount = range(1, (int) most * 100).generate(in) / 100.0;
        }
        load.amount(amount);
        if (booleans().generate(in)) {
          load.maxAmount(Math.min(most, amount + range(0, 40).generate(in) / 2.0));
        }
      }
      if (unit == LoadUnit.BAND) {
        load.description(texts().generate(in));
      } else {
        maybe(texts(), in).ifPresent(load::description);
      }
      return load.build();
    };
  }

  /**
   * Efforts on both scales, exact or a range, from 0 to 10.
   *
   * @return the generator
   */
  public static Gen<Effort> efforts() {
    return in -> {
      int value = range(0, Effort.MAX_VALUE).generate(in);
      Effort.Builder effort =
          Effort.builder().scale(enumValues(EffortScale.class).generate(in)).value(value);
      if (booleans().generate(in)) {
        effort.maxValue(range(value, Effort.MAX_VALUE).generate(in));
      }
      return effort.build();
    };
  }

  /**
   * Tempos of three or four phases, each a digit or X.
   *
   * @return the generator
   */
  public static Gen<Tempo> tempos() {
    return in -> {
      int phases = range(3, 4).generate(in);
      StringJoiner notation = new StringJoiner("-");
      for (int i = 0; i < phases; i++) {
        int digit = range(0, 10).generate(in);
        notation.add(digit == 10 ? "X" : Integer.toString(digit));
      }
      return Tempo.parse(notation.toString());
    };
  }

  /**
   * Frequencies: 1 to 24 times a day or 1 to 7 days a week, exact or a range, with and without
   * wording.
   *
   * @return the generator
   */
  public static Gen<Frequency> frequencies() {
    return in -> {
      FrequencyPeriod period = enumValues(FrequencyPeriod.class).generate(in);
      int ceiling = period == FrequencyPeriod.WEEK ? Frequency.MAX_DAYS_A_WEEK : Frequency.MAX_TIMES_A_DAY;
      int min = range(1, ceiling).generate(in);
      int max = range(min, ceiling).generate(in);
      Frequency.Builder frequency = Frequency.builder().min(min).max(max).period(period);
      maybe(texts(), in).ifPresent(frequency::wording);
      return frequency.build();
    };
  }

  /**
   * Intensities: a described level.
   *
   * @return the generator
   */
  public static Gen<Intensity> intensities() {
    return in -> Intensity.described(texts().generate(in));
  }

  /**
   * Dosages of every shape: repetitions, a duration, a distance, "as many as you can" (alone or
   * with a duration) or not specified at all; every optional part set some of the time; a hold
   * never together with a duration, a tempo only with repetitions or "as many as you can", a
   * first side only for one-sided exercises; the defaults (one set, both sides at once) left unset
   * some of the time.
   *
   * @return the generator
   */
  public static Gen<Dosage> dosages() {
    return in -> {
      Dosage.Builder dosage = Dosage.builder();
      int measure = range(0, 5).generate(in); // repetitions, duration, distance, amap, amap+time, none
      boolean repeated = measure == 0 || measure == 3 || measure == 4;
      switch (measure) {
        case 0:
          dosage.repetitions(repetitions().generate(in));
          break;
        case 1:
          dosage.duration(timeRanges().generate(in));
          break;
        case 2:
          dosage.distance(distances().generate(in));
          break;
        case 3:
          dosage.asManyAsPossible(true);
          break;
        case 4:
          dosage.asManyAsPossible(true).duration(timeRanges().generate(in));
          break;
        default:
          break;
      }
      if (measure != 1 && measure != 4) {
        maybe(holds(), in).ifPresent(dosage::hold);
      }
      maybe(ranges(1, Dosage.MAX_SETS), in).ifPresent(dosage::sets);
      SideOrder sideOrder = SideOrder.BOTH_AT_ONCE;
      if (booleans().generate(in)) {
        sideOrder = enumValues(SideOrder.class).generate(in);
        dosage.sideOrder(sideOrder);
      }
      if (sideOrder.isOneSided()) {
        maybe(enumValues(Side.class), in).ifPresent(dosage::firstSide);
      }
      maybe(ranges(0, Dosage.MAX_REST_SECONDS), in).ifPresent(dosage::restSeconds);
      maybe(ranges(0, Dosage.MAX_REST_SECONDS), in).ifPresent(dosage::restBetweenSetsSeconds);
      maybe(frequencies(), in).ifPresent(dosage::frequency);
      maybe(in2 -> wide(in2, 1, 26, Dosage.MAX_PROGRAMME_WEEKS), in).ifPresent(dosage::programmeWeeks);
      maybe(intensities(), in).ifPresent(dosage::intensity);
      maybe(loads(), in).ifPresent(dosage::load);
      maybe(efforts(), in).ifPresent(dosage::effort);
      if (repeated) {
        maybe(tempos(), in).ifPresent(dosage::tempo);
      }
      maybe(texts(), in).ifPresent(dosage::notes);
      return dosage.build();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Sources

  /**
   * People with and without credentials and role.
   *
   * @return the generator
   */
  public static Gen<Person> persons() {
    return in -> {
      Person.Builder person = Person.builder().name(texts().generate(in));
      maybe(oneOf(List.of(pick(CREDENTIALS), texts())), in).ifPresent(person::credentials);
      maybe(texts(), in).ifPresent(person::role);
      return person.build();
    };
  }

  /**
   * Quotes with and without a source id (any slug; not tied to a protocol's sources).
   *
   * @return the generator
   */
  public static Gen<Quote> quotes() {
    return in -> quote(in, List.of(slugs().generate(in)));
  }

  /**
   * Quotes whose source id, when set, is one of {@code sourceIds}.
   *
   * @param sourceIds the ids a quote may name; when empty, quotes name no source
   * @return the generator
   */
  public static Gen<Quote> quotes(List<String> sourceIds) {
    List<String> ids = List.copyOf(sourceIds);
    return in -> quote(in, ids);
  }

  /**
   * Sources with every optional part (author, publisher, absolute link, note) set some of the
   * time and 0 to 3 experts.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return in -> source(in, slugs().generate(in));
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions

  /**
   * Codings in ICD-10-CM, SNOMED CT and other systems.
   *
   * @return the generator
   */
  public static Gen<Coding> codings() {
    return in -> {
      String system = pick(CODE_SYSTEMS).generate(in);
      String code;
      if (system.equals(Coding.ICD_10_CM)) {
        code =
            (char) ('A' + range(0, 25).generate(in))
                + String.format(Locale.ROOT, "%02d", range(0, 99).generate(in))
                + (booleans().generate(in) ? "." + range(0, 99).generate(in) : "");
      } else if (system.equals(Coding.SNOMED_CT)) {
        code = String.valueOf(range(100_000, 999_999_999).generate(in));
      } else {
        code = texts().generate(in);
      }
      return Coding.of(system, code, texts().generate(in));
    };
  }

  /**
   * Findings with and without a description.
   *
   * @return the generator
   */
  public static Gen<Finding> findings() {
    return in -> finding(in, slugs().generate(in));
  }

  /**
   * Conditions with 0 to 3 affected segments, codings and findings (finding ids unique).
   *
   * @return the generator
   */
  public static Gen<Condition> conditions() {
    return in -> condition(in, slugs().generate(in));
  }

  // ---------------------------------------------------------------------------------------------
  // Safety

  /**
   * Contraindications naming any condition and finding ids (not tied to a protocol), with and
   * without a finding, a quote and source ids.
   *
   * @return the generator
   */
  public static Gen<Contraindication> contraindications() {
    return in -> {
      Contraindication.Builder contraindication =
          Contraindication.builder()
              .conditionId(slugs().generate(in))
              .severity(enumValues(Severity.class).generate(in))
              .rationale(texts().generate(in));
      maybe(slugs(), in).ifPresent(contraindication::findingId);
      maybe(quotes(), in).ifPresent(contraindication::quote);
      contraindication.sourceIds(listOf(slugs(), 0, 3).generate(in));
      return contraindication.build();
    };
  }

  /**
   * Contraindications that name one of {@code conditions} and, some of the time, one of that
   * condition's findings; their quotes and source ids name only {@code sourceIds}.
   *
   * @param conditions the conditions to choose from; not empty
   * @param sourceIds the source ids they may name
   * @return the generator
   * @throws IllegalArgumentException if {@code conditions} is empty
   */
  public static Gen<Contraindication> contraindications(
      List<Condition> conditions, List<String> sourceIds) {
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("conditions: must not be empty");
    }
    List<Condition> known = List.copyOf(conditions);
    List<String> ids = List.copyOf(sourceIds);
    return in -> contraindication(in, known, ids);
  }

  /**
   * Advisories with every trigger ({@code painWeeksAtLeast} exactly for pain_persists), quotes
   * and source ids naming any source.
   *
   * @return the generator
   */
  public static Gen<Advisory> advisories() {
    return in -> advisory(in, slugs().generate(in), listOf(slugs(), 1, 3).generate(in));
  }

  /**
   * Advisories whose quotes and source ids name only {@code sourceIds}.
   *
   * @param sourceIds the source ids they may name
   * @return the generator
   */
  public static Gen<Advisory> advisories(List<String> sourceIds) {
    List<String> ids = List.copyOf(sourceIds);
    return in -> advisory(in, slugs().generate(in), ids);
  }

  // ---------------------------------------------------------------------------------------------
  // Exercises

  /**
   * Steps of every phase (or the default), with and without a hold, with 0 to 2 pictures.
   *
   * @return the generator
   */
  public static Gen<Step> steps() {
    return in -> {
      Step.Builder step = Step.builder().text(texts().generate(in));
      maybe(enumValues(StepPhase.class), in).ifPresent(step::phase);
      maybe(holds(), in).ifPresent(step::hold);
      step.media(listOf(media(), 0, 2).generate(in));
      return step.build();
    };
  }

  /**
   * Steps in phase order, as an exercise requires: 1 to 4 steps of {@link #steps()}, sorted by
   * phase (the order of the rest kept).
   *
   * @return the generator
   */
  public static Gen<List<Step>> stepLists() {
    Gen<List<Step>> steps = listOf(steps(), 1, 4);
    return in -> {
      List<Step> list = new ArrayList<>(steps.generate(in));
      list.sort((a, b) -> a.phase().compareTo(b.phase()));
      return list;
    };
  }

  /**
   * Pictures and videos: relative and absolute (http, https) URIs, every role, image and video
   * media types, with and without a caption.
   *
   * @return the generator
   */
  public static Gen<Media> media() {
    List<String> types =
        List.of("image/jpeg", "image/png", "image/svg+xml", "image/webp", "video/mp4", "video/webm");
    return in -> {
      String path = slugs().generate(in) + "/" + range(0, 9).generate(in) + ".jpg";
      URI uri =
          booleans().generate(in)
              ? URI.create(path)
              : URI.create((booleans().generate(in) ? "https" : "http") + "://example.org/" + path);
      Media.Builder media =
          Media.builder()
              .uri(uri)
              .mediaType(pick(types).generate(in))
              .altText(texts().generate(in))
              .role(enumValues(MediaRole.class).generate(in));
      maybe(texts(), in).ifPresent(media::caption);
      return media.build();
    };
  }

  /**
   * Cautions in words of both severities (or the default), with and without a quote, naming some
   * of {@code sourceIds}.
   *
   * @param sourceIds the source ids they may name
   * @return the generator
   */
  public static Gen<Caution> cautions(List<String> sourceIds) {
    List<String> ids = List.copyOf(sourceIds);
    return in -> {
      Caution.Builder caution = Caution.builder().text(texts().generate(in));
      maybe(enumValues(Severity.class), in).ifPresent(caution::severity);
      maybe(quotes(ids), in).ifPresent(caution::quote);
      caution.sourceIds(someOf(in, ids, 3));
      return caution.build();
    };
  }

  /**
   * External identifiers: a dataset slug and an id as datasets write them (capitals, underscores,
   * digits).
   *
   * @return the generator
   */
  public static Gen<ExternalId> externalIds() {
    return in ->
        ExternalId.of(
            slugs().generate(in),
            pick(List.of("Air_Bike", "3_4_Sit-Up", "ab-roller", "12345", "Dumbbell Curl"))
                .generate(in));
  }

  /**
   * Language tags in canonical form: en, es, es-MX, en-GB, de, pt-BR, zh-Hant, he.
   *
   * @return the generator
   */
  public static Gen<String> languages() {
    return pick(List.of("en", "es", "es-MX", "en-GB", "de", "pt-BR", "zh-Hant", "he"));
  }

  /**
   * Sensations felt in 0 to 3 areas.
   *
   * @return the generator
   */
  public static Gen<Sensation> sensations() {
    return in ->
        Sensation.builder()
            .description(texts().generate(in))
            .areas(distinctListOf(bodyAreas(), 0, 3).generate(in))
            .build();
  }

  /**
   * Modifications for every reason.
   *
   * @return the generator
   */
  public static Gen<Modification> modifications() {
    return in ->
        Modification.of(
            enumValues(ModificationReason.class).generate(in),
            texts().generate(in),
            texts().generate(in));
  }

  /**
   * Easier and harder variants, with and without an instruction.
   *
   * @return the generator
   */
  public static Gen<Progression> progressions() {
    return in -> {
      Progression.Builder progression =
          Progression.builder()
              .direction(enumValues(ProgressionDirection.class).generate(in))
              .name(texts().generate(in))
              .sign(texts().generate(in));
      maybe(texts(), in).ifPresent(progression::instruction);
      return progression.build();
    };
  }

  /**
   * Exercises with every optional part set some of the time and 0 to 3 elements in each list (1
   * to 4 steps); their contraindications, quotes and source ids name any ids (not tied to a
   * protocol).
   *
   * @return the generator
   */
  public static Gen<Exercise> exercises() {
    return in -> {
      List<Condition> conditions = listOf(conditions(), 1, 2).generate(in);
      List<String> sourceIds = listOf(slugs(), 1, 3).generate(in);
      return exercise(in, slugs().generate(in), conditions, sourceIds);
    };
  }

  /**
   * Exercises whose contraindications name only {@code conditions} (and their findings), and
   * whose quotes name only {@code sourceIds}.
   *
   * @param conditions the conditions contraindications may name; when empty, the exercises have
   *     no contraindications
   * @param sourceIds the source ids they may name
   * @return the generator
   */
  public static Gen<Exercise> exercises(List<Condition> conditions, List<String> sourceIds) {
    List<Condition> known = List.copyOf(conditions);
    List<String> ids = List.copyOf(sourceIds);
    return in -> exercise(in, slugs().generate(in), known, ids);
  }

  // ---------------------------------------------------------------------------------------------
  // Protocols

  /**
   * Recommendations with 0 to 3 quotes and source ids naming any source.
   *
   * @return the generator
   */
  public static Gen<Recommendation> recommendations() {
    return in -> recommendation(in, slugs().generate(in), listOf(slugs(), 1, 3).generate(in));
  }

  /**
   * Recommendations whose quotes and source ids name only {@code sourceIds}.
   *
   * @param sourceIds the source ids they may name
   * @return the generator
   */
  public static Gen<Recommendation> recommendations(List<String> sourceIds) {
    List<String> ids = List.copyOf(sourceIds);
    return in -> recommendation(in, slugs().generate(in), ids);
  }

  /**
   * Protocol entries: an exercise (as {@link #exercises()}), a dosage and, some of the time, a
   * note.
   *
   * @return the generator
   */
  public static Gen<ProtocolEntry> entries() {
    return in -> entry(in, exercises().generate(in));
  }

  /**
   * Valid, coherent protocols: 0 to 3 sources, conditions, target segments, advisories,
   * recommendations and takeaways, 1 to 4 entries; ids unique; every reference to a condition, a
   * finding or a source resolves within the protocol.
   *
   * @return the generator
   */
  public static Gen<Protocol> protocols() {
    return in -> {
      List<String> sourceIds = uniqueSlugs(in, 0, 3);
      List<Source> sources = new ArrayList<>();
      for (String id : sourceIds) {
        sources.add(source(in, id));
      }
      List<Condition> conditions = new ArrayList<>();
      for (String id : uniqueSlugs(in, 0, 3)) {
        conditions.add(condition(in, id));
      }
      List<ProtocolEntry> entries = new ArrayList<>();
      for (String id : uniqueSlugs(in, 1, 4)) {
        entries.add(entry(in, exercise(in, id, conditions, sourceIds)));
      }
      List<Advisory> advisories = new ArrayList<>();
      for (String id : uniqueSlugs(in, 0, 3)) {
        advisories.add(advisory(in, id, sourceIds));
      }
      List<Recommendation> recommendations = new ArrayList<>();
      for (String id : uniqueSlugs(in, 0, 3)) {
        recommendations.add(recommendation(in, id, sourceIds));
      }
      return Protocol.builder()
          .id(slugs().generate(in))
          .name(texts().generate(in))
          .summary(texts().generate(in))
          .targetSegments(distinctListOf(segments(), 0, 3).generate(in))
          .conditions(conditions)
          .entries(entries)
          .advisories(advisories)
          .recommendations(recommendations)
          .takeaways(listOf(texts(), 0, 3).generate(in))
          .cautions(listOf(cautions(sourceIds), 0, 2).generate(in))
          .language(languages().generate(in))
          .sources(sources)
          .build();
    };
  }

  /**
   * Protocols of {@link #protocols()} whose plans stay small enough for a property test to expand
   * hundreds of them: at most about {@value #PLANNABLE_CUES} cues with any {@link #planOptions()}
   * (a protocol over that is drawn again). Their numbers still reach well past the usual (hundreds
   * of repetitions, dozens of sets), but not all at once.
   *
   * @return the generator
   */
  public static Gen<Protocol> plannableProtocols() {
    Gen<Protocol> protocols = protocols();
    return in -> {
      for (int attempt = 1; ; attempt++) {
        Protocol protocol = protocols.generate(in);
        if (cueBound(protocol) <= PLANNABLE_CUES || attempt == 50) {
          return protocol;
        }
      }
    };
  }

  /** The most cues {@link #plannableProtocols()} lets a plan have, about. */
  public static final int PLANNABLE_CUES = 20_000;

  /** An upper bound of the cues of a protocol's plan, worked out from its dosages. */
  private static long cueBound(Protocol protocol) {
    long cues = 0;
    for (ProtocolEntry entry : protocol.entries()) {
      Dosage d = entry.dosage();
      long bouts = 2L * d.repetitions().map(Repetitions::max).orElse(1);
      long perBout = 2L * entry.exercise().steps().size() + 3;
      cues += 2L * entry.exercise().steps().size() + 1 + d.sets().max() * (1 + bouts * perBout);
    }
    return cues;
  }

  // ---------------------------------------------------------------------------------------------
  // Screening and session plans

  /**
   * Profiles of what is known of a person, not tied to a protocol: 0 to 3 condition and finding
   * ids (any slugs), the weeks of pain (0 to 52) or unknown, in pain now or not (or the default).
   *
   * @return the generator
   */
  public static Gen<PatientProfile> patientProfiles() {
    return in -> {
      PatientProfile.Builder profile =
          PatientProfile.builder()
              .conditionIds(distinctListOf(slugs(), 0, 3).generate(in))
              .findingIds(distinctListOf(slugs(), 0, 3).generate(in));
      maybe(range(0, 52), in).ifPresent(profile::painWeeks);
      maybe(booleans(), in).ifPresent(profile::inPain);
      return profile.build();
    };
  }

  /**
   * Profiles drawn against a protocol, so that they match some of its contraindications and
   * advisories: some of the protocol's condition ids, some findings of its conditions (whether or
   * not the person has the condition), some of the time an id the protocol does not know, the
   * weeks of pain (0 to 52) or unknown, in pain now or not.
   *
   * @param protocol the protocol whose ids to draw from
   * @return the generator
   */
  public static Gen<PatientProfile> patientProfiles(Protocol protocol) {
    List<String> conditionIds = new ArrayList<>();
    List<String> findingIds = new ArrayList<>();
    for (Condition condition : protocol.conditions()) {
      conditionIds.add(condition.id());
      condition.findings().forEach(f -> findingIds.add(f.id()));
    }
    return in -> {
      List<String> conditions = new ArrayList<>(someOf(in, conditionIds, conditionIds.size()));
      List<String> findings = new ArrayList<>(someOf(in, findingIds, findingIds.size()));
      maybe(slugs(), in).ifPresent(conditions::add);
      maybe(slugs(), in).ifPresent(findings::add);
      PatientProfile.Builder profile =
          PatientProfile.builder().conditionIds(conditions).findingIds(findings);
      maybe(range(0, 52), in).ifPresent(profile::painWeeks);
      maybe(booleans(), in).ifPresent(profile::inPain);
      return profile.build();
    };
  }

  /**
   * Screening reports: a protocol of {@link #protocols()} screened against a profile of {@link
   * #patientProfiles(Protocol)}.
   *
   * @return the generator
   */
  public static Gen<ScreeningReport> screeningReports() {
    return screeningReports(protocols());
  }

  /**
   * Screening reports: a protocol of {@code protocols} screened against a profile of {@link
   * #patientProfiles(Protocol)}.
   *
   * @param protocols the protocols to screen
   * @return the generator
   */
  public static Gen<ScreeningReport> screeningReports(Gen<Protocol> protocols) {
    return in -> {
      Protocol protocol = protocols.generate(in);
      return Screening.screen(protocol, patientProfiles(protocol).generate(in));
    };
  }

  /**
   * Plan options with each assumption set (0 to 60 seconds, either first side) some of the time
   * and left at its default the rest.
   *
   * @return the generator
   */
  public static Gen<PlanOptions> planOptions() {
    return in -> {
      PlanOptions.Builder options = PlanOptions.builder();
      maybe(range(0, 60), in).ifPresent(options::leadInSeconds);
      maybe(range(0, 60), in).ifPresent(options::secondsPerStep);
      maybe(range(0, 10), in).ifPresent(options::secondsPerRepetition);
      maybe(range(0, 60), in).ifPresent(options::assumedHoldSeconds);
      maybe(range(0, 300), in).ifPresent(options::secondsPerOpenSet);
      maybe(range(0, 900), in).ifPresent(options::secondsPerKilometre);
      maybe(range(0, 60), in).ifPresent(options::secondsPerBreath);
      maybe(range(0, 60), in).ifPresent(options::restBetweenRepetitionsSeconds);
      maybe(range(0, 60), in).ifPresent(options::restBetweenSetsSeconds);
      maybe(range(0, 60), in).ifPresent(options::restBetweenExercisesSeconds);
      maybe(range(0, 60), in).ifPresent(options::switchSidesSeconds);
      maybe(enumValues(Side.class), in).ifPresent(options::firstSide);
      return options.build();
    };
  }

  /**
   * Session plans: a protocol of {@link #plannableProtocols()} expanded with options of {@link
   * #planOptions()}.
   *
   * @return the generator
   */
  public static Gen<SessionPlan> sessionPlans() {
    return in -> SessionPlan.of(plannableProtocols().generate(in), planOptions().generate(in));
  }

  // ---------------------------------------------------------------------------------------------
  // Building blocks

  /**
   * Picks one of {@code gens} and generates with it.
   *
   * @param <T> the type generated
   * @param gens the generators to choose from; not empty
   * @return the generator
   */
  public static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    List<Gen<T>> choices = List.copyOf(gens);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("gens: must not be empty");
    }
    return in -> choices.get(range(0, choices.size() - 1).generate(in)).generate(in);
  }

  /**
   * Lists of {@code min} to {@code max} elements of {@code gen}, repeats allowed.
   *
   * @param <T> the element type
   * @param gen the elements
   * @param min the fewest elements
   * @param max the most elements
   * @return the generator
   */
  public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    Objects.requireNonNull(gen, "gen");
    return in -> {
      int size = range(min, max).generate(in);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(gen.generate(in));
      }
      return list;
    };
  }

  /**
   * Lists of {@code min} to {@code max} distinct elements of {@code gen} (repeats dropped, so a
   * list may come out shorter than {@code min} when {@code gen} repeats itself).
   *
   * @param <T> the element type
   * @param gen the elements
   * @param min the fewest elements drawn
   * @param max the most elements drawn
   * @return the generator
   */
  public static <T> Gen<List<T>> distinctListOf(Gen<T> gen, int min, int max) {
    Gen<List<T>> lists = listOf(gen, min, max);
    return in -> new ArrayList<>(new LinkedHashSet<>(lists.generate(in)));
  }

  /**
   * A number from {@code least} to {@code usual} most of the time and from {@code least} to {@code
   * most} one time in ten, with {@code most} itself one time in forty. The large values come from
   * the top of the roll, so that shrinking (which lowers every draw) shrinks towards the usual.
   */
  private static int wide(RandomnessSource in, int least, int usual, int most) {
    int roll = range(1, 40).generate(in);
    if (roll == 40) {
      return most;
    }
    return range(least, roll >= 37 ? most : usual).generate(in);
  }

  private static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  private static Gen<String> lowercaseWords(int minLength, int maxLength) {
    return in -> {
      int length = range(minLength, maxLength).generate(in);
      StringBuilder word = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        word.append((char) ('a' + range(0, 25).generate(in)));
      }
      return word.toString();
    };
  }

  private static Gen<String> slugWords() {
    return in -> {
      int length = range(1, 8).generate(in);
      StringBuilder word = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        word.append(SLUG_CHARACTERS.charAt(range(0, SLUG_CHARACTERS.length() - 1).generate(in)));
      }
      return word.toString();
    };
  }

  /** Draws {@code min} to {@code max} distinct slugs; a repeat gets a numeric suffix. */
  private static List<String> uniqueSlugs(RandomnessSource in, int min, int max) {
    int count = range(min, max).generate(in);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String id = slugs().generate(in);
      while (!ids.add(id)) {
        id = id + "-" + i;
      }
    }
    return new ArrayList<>(ids);
  }

  /** Draws a distinct subset of {@code ids}, of at most {@code max} elements. */
  private static List<String> someOf(RandomnessSource in, List<String> ids, int max) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return distinctListOf(pick(ids), 0, max).generate(in);
  }

  private static Quote quote(RandomnessSource in, List<String> sourceIds) {
    Quote.Builder quote =
        Quote.builder().text(texts().generate(in)).speaker(persons().generate(in));
    if (!sourceIds.isEmpty()) {
      maybe(pick(sourceIds), in).ifPresent(quote::sourceId);
    }
    return quote.build();
  }

  private static Source source(RandomnessSource in, String id) {
    Source.Builder source = Source.builder().id(id).name(texts().generate(in));
    maybe(texts(), in).ifPresent(source::author);
    maybe(texts(), in).ifPresent(source::publisher);
    maybe(links(), in).ifPresent(source::link);
    source.experts(listOf(persons(), 0, 3).generate(in));
    maybe(texts(), in).ifPresent(source::note);
    return source.build();
  }

  private static Gen<URI> links() {
    return in -> {
      StringBuilder link = new StringBuilder("https://example.org/").append(slugs().generate(in));
      if (booleans().generate(in)) {
        link.append("/caf%C3%A9");
      }
      if (booleans().generate(in)) {
        link.append("?page=").append(range(1, 99).generate(in)).append("&lang=en");
      }
      if (booleans().generate(in)) {
        link.append("#").append(slugs().generate(in));
      }
      return URI.create(link.toString());
    };
  }

  private static Finding finding(RandomnessSource in, String id) {
    Finding.Builder finding = Finding.builder().id(id).name(texts().generate(in));
    maybe(texts(), in).ifPresent(finding::description);
    return finding.build();
  }

  private static Condition condition(RandomnessSource in, String id) {
    List<Finding> findings = new ArrayList<>();
    for (String findingId : uniqueSlugs(in, 0, 3)) {
      findings.add(finding(in, findingId));
    }
    return Condition.builder()
        .id(id)
        .name(texts().generate(in))
        .description(texts().generate(in))
        .affectedSegments(distinctListOf(segments(), 0, 3).generate(in))
        .codings(listOf(codings(), 0, 3).generate(in))
        .findings(findings)
        .build();
  }

  private static Contraindication contraindication(
      RandomnessSource in, List<Condition> conditions, List<String> sourceIds) {
    Condition condition = pick(conditions).generate(in);
    Contraindication.Builder contraindication =
        Contraindication.builder()
            .conditionId(condition.id())
            .severity(enumValues(Severity.class).generate(in))
            .rationale(texts().generate(in));
    if (!condition.findings().isEmpty()) {
      maybe(pick(condition.findings()), in).map(Finding::id).ifPresent(contraindication::findingId);
    }
    maybe(quotes(sourceIds), in).ifPresent(contraindication::quote);
    contraindication.sourceIds(someOf(in, sourceIds, 3));
    return contraindication.build();
  }

  private static Advisory advisory(RandomnessSource in, String id, List<String> sourceIds) {
    AdvisoryTrigger trigger = enumValues(AdvisoryTrigger.class).generate(in);
    Advisory.Builder advisory =
        Advisory.builder()
            .id(id)
            .name(texts().generate(in))
            .text(texts().generate(in))
            .trigger(trigger)
            .quotes(listOf(quotes(sourceIds), 0, 3).generate(in))
            .sourceIds(someOf(in, sourceIds, 3));
    if (trigger == AdvisoryTrigger.PAIN_PERSISTS) {
      advisory.painWeeksAtLeast(range(1, 12).generate(in));
    }
    return advisory.build();
  }

  private static Exercise exercise(
      RandomnessSource in, String id, List<Condition> conditions, List<String> protocolSourceIds) {
    // some of the time the exercise carries sources of its own, which its content may name too
    List<Source> ownSources = new ArrayList<>();
    List<String> sourceIds = new ArrayList<>(protocolSourceIds);
    if (range(1, 3).generate(in) == 1) {
      for (String own : uniqueSlugs(in, 1, 2)) {
        String ownId = "own-" + own;
        if (!sourceIds.contains(ownId)) {
          ownSources.add(source(in, ownId));
          sourceIds.add(ownId);
        }
      }
    }
    List<BodyArea> targets = distinctListOf(bodyAreas(), 0, 5).generate(in);
    int primary = range(0, targets.size()).generate(in);
    Exercise.Builder exercise =
        Exercise.builder()
            .id(id)
            .name(texts().generate(in))
            .kind(enumValues(ExerciseKind.class).generate(in))
            .primaryTargets(targets.subList(0, primary))
            .secondaryTargets(targets.subList(primary, targets.size()))
            .steps(stepLists().generate(in))
            .sensations(listOf(sensations(), 0, 3).generate(in))
            .modifications(listOf(modifications(), 0, 3).generate(in))
            .progressions(listOf(progressions(), 0, 3).generate(in))
            .cautions(listOf(cautions(sourceIds), 0, 2).generate(in))
            .quotes(listOf(quotes(sourceIds), 0, 3).generate(in))
            .media(listOf(media(), 0, 3).generate(in))
            .sources(ownSources)
            .authors(listOf(persons(), 0, 2).generate(in))
            .externalIds(listOf(externalIds(), 0, 2).generate(in));
    maybe(languages(), in).ifPresent(exercise::language);
    maybe(enumValues(ExerciseLevel.class), in).ifPresent(exercise::level);
    maybe(enumValues(Force.class), in).ifPresent(exercise::force);
    maybe(enumValues(Mechanic.class), in).ifPresent(exercise::mechanic);
    maybe(texts(), in).ifPresent(exercise::purpose);
    maybe(texts(), in).ifPresent(exercise::startingPosition);
    int equipment = range(0, 2).generate(in); // listed, none needed, not stated
    if (equipment == 0) {
      exercise.equipment(distinctListOf(texts(), 1, 3).generate(in));
    } else if (equipment == 1) {
      exercise.needsNoEquipment(true);
    }
    maybe(booleans(), in).ifPresent(exercise::needsPartner);
    maybe(pick(List.of("Unlicense", "CC-BY-4.0", "Apache-2.0", "CC0-1.0", "LicenseRef-clinic")), in)
        .ifPresent(exercise::licence);
    if (!conditions.isEmpty()) {
      exercise.contraindications(
          listOf(contraindications(conditions, sourceIds), 0, 3).generate(in));
    }
    return exercise.build();
  }

  private static Recommendation recommendation(
      RandomnessSource in, String id, List<String> sourceIds) {
    return Recommendation.builder()
        .id(id)
        .name(texts().generate(in))
        .text(texts().generate(in))
        .quotes(listOf(quotes(sourceIds), 0, 3).generate(in))
        .sourceIds(someOf(in, sourceIds, 3))
        .build();
  }

  private static ProtocolEntry entry(RandomnessSource in, Exercise exercise) {
    ProtocolEntry.Builder entry =
        ProtocolEntry.builder().exercise(exercise).dosage(dosages().generate(in));
    maybe(texts(), in).ifPresent(entry::note);
    return entry.build();
  }
}
