package dev.regimen.catalog;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ExerciseLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to find in an {@link ExerciseCatalog}: target areas, equipment, kinds, levels and words of
 * the name. Every criterion given must hold; the values of one criterion are alternatives (kinds
 * STRETCH and MOBILITY: either). A query with no criterion finds everything. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ExerciseQuery q = ExerciseQuery.builder()
 *     .target(BodyArea.BICEPS)                 // primary target biceps
 *     .kind(ExerciseKind.STRENGTHENING)
 *     .usingOnly("dumbbell")                   // needs nothing, or only dumbbells
 *     .name("curl")                            // a word of the name starts with "curl"
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Target</b>: the exercise works one of the areas as a primary target, or, with {@link
 *       Builder#includeSecondary()}, as a primary or a secondary one.
 *   <li><b>Equipment</b>: it lists one of the equipment given ({@link Builder#equipment(String...)},
 *       compared without regard to case), or, with {@link Builder#noEquipmentNeeded()}, needs none;
 *       when both are asked, either. {@link Builder#usingOnly(String...)} is a criterion of its own:
 *       it needs no equipment, or every piece it lists is among those given; an exercise whose
 *       equipment is not stated never matches it.
 *   <li><b>Kind</b> and <b>level</b>: one of those given; an exercise with no level never matches a
 *       level criterion.
 *   <li><b>Name</b>: every word of the query (letters and digits, without regard to case) begins a
 *       word of the name: "barbell curl" finds "Barbell Curls To The Front", "sit" finds "3/4
 *       Sit-Up".
 * </ul>
 */
public final class ExerciseQuery {
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final ExerciseQuery ALL = builder().build();

  private final Set<BodyArea> targets;
  private final boolean includeSecondary;
  private final Set<String> equipment;
  private final boolean noEquipmentNeeded;
  private final Set<String> available;
  private final boolean usingOnly;
  private final Set<ExerciseKind> kinds;
  private final Set<ExerciseLevel> levels;
  private final List<String> nameWords;

  private ExerciseQuery(Builder b) {
    this.targets = Set.copyOf(b.targets);
    this.includeSecondary = b.includeSecondary;
    this.equipment = Set.copyOf(b.equipment);
    this.noEquipmentNeeded = b.noEquipmentNeeded;
    this.available = Set.copyOf(b.available);
    this.usingOnly = b.usingOnly;
    this.kinds = b.kinds.isEmpty() ? Set.of() : Set.copyOf(b.kinds);
    this.levels = b.levels.isEmpty() ? Set.of() : Set.copyOf(b.levels);
    this.nameWords = List.copyOf(b.nameWords);
  }

  /** {@return the query that finds every exercise} */
  public static ExerciseQuery all() {
    return ALL;
  }

  /** {@return a new builder of a query with no criterion} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an exercise meets every criterion of the query.
   *
   * @param exercise the exercise
   * @return whether it matches
   * @throws NullPointerException if {@code exercise} is null
   */
  public boolean matches(Exercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    return matchesTarget(exercise)
        && matchesEquipment(exercise)
        && matchesAvailable(exercise)
        && (kinds.isEmpty() || kinds.contains(exercise.kind()))
        && (levels.isEmpty() || exercise.level().map(levels::contains).orElse(false))
        && matchesName(exercise);
  }

  private boolean matchesTarget(Exercise exercise) {
    if (targets.isEmpty()) {
      return true;
    }
    for (BodyArea area : exercise.primaryTargets()) {
      if (targets.contains(area)) {
        return true;
      }
    }
    if (includeSecondary) {
      for (BodyArea area : exercise.secondaryTargets()) {
        if (targets.contains(area)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesEquipment(Exercise exercise) {
    if (equipment.isEmpty() && !noEquipmentNeeded) {
      return true;
    }
    if (noEquipmentNeeded && exercise.needsNoEquipment()) {
      return true;
    }
    for (String piece : exercise.equipment()) {
      if (equipment.contains(key(piece))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesAvailable(Exercise exercise) {
    if (!usingOnly) {
      return true;
    }
    if (exercise.needsNoEquipment()) {
      return true;
    }
    if (exercise.equipment().isEmpty()) {
      return false; // not stated: it cannot be known to need only what is there
    }
    for (String piece : exercise.equipment()) {
      if (!available.contains(key(piece))) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesName(Exercise exercise) {
    if (nameWords.isEmpty()) {
      return true;
    }
    List<String> words = words(exercise.name());
    for (String wanted : nameWords) {
      boolean found = false;
      for (String word : words) {
        if (word.startsWith(wanted)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** {@return the words of a text, in lowercase} */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static String key(String equipment) {
    return equipment.strip().toLowerCase(Locale.ROOT);
  }

  /** {@return the criteria in words, for logs, such as {@code ExerciseQuery{kinds=[STRETCH]}}} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ExerciseQuery{");
    List<String> parts = new ArrayList<>();
    if (!targets.isEmpty()) {
      parts.add("targets=" + targets + (includeSecondary ? " (primary or secondary)" : " (primary)"));
    }
    if (!equipment.isEmpty() || noEquipmentNeeded) {
      parts.add("equipment=" + equipment + (noEquipmentNeeded ? " or none needed" : ""));
    }
    if (usingOnly) {
      parts.add("usingOnly=" + available);
    }
    if (!kinds.isEmpty()) {
      parts.add("kinds=" + kinds);
    }
    if (!levels.isEmpty()) {
      parts.add("levels=" + levels);
    }
    if (!nameWords.isEmpty()) {
      parts.add("name=" + nameWords);
    }
    return s.append(String.join(", ", parts)).append('}').toString();
  }

  /** Builds an {@link ExerciseQuery}. Not thread-safe; the query it builds is. */
  public static final class Builder {
    private final Set<BodyArea> targets = new LinkedHashSet<>();
    private boolean includeSecondary;
    private final Set<String> equipment = new LinkedHashSet<>();
    private boolean noEquipmentNeeded;
    private final Set<String> available = new LinkedHashSet<>();
    private boolean usingOnly;
    private final Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
    private final Set<ExerciseLevel> levels = EnumSet.noneOf(ExerciseLevel.class);
    private final List<String> nameWords = new ArrayList<>();

    private Builder() {}

    /**
     * Adds target areas: the exercise must work one of them (as a primary target, unless {@link
     * #includeSecondary()}).
     *
     * @param areas the areas
     * @return this builder
     * @throws NullPointerException if an area is null
     */
    public Builder target(BodyArea... areas) {
      for (BodyArea area : areas) {
        targets.add(Objects.requireNonNull(area, "area"));
      }
      return this;
    }

    /** {@return this builder, with secondary targets counting for the target criterion too} */
    public Builder includeSecondary() {
      includeSecondary = true;
      return this;
    }

    /**
     * Adds equipment: the exercise must list one of them (compared without regard to case), or
     * need none if {@link #noEquipmentNeeded()} is asked as well.
     *
     * @param pieces the equipment, such as "dumbbell"
     * @return this builder
     * @throws NullPointerException if a piece is null
     * @throws IllegalArgumentException if a piece is blank
     */
    public Builder equipment(String... pieces) {
      for (String piece : pieces) {
        equipment.add(piece(piece));
      }
      return this;
    }

    /** {@return this builder, asking for exercises that need no equipment} */
    public Builder noEquipmentNeeded() {
      noEquipmentNeeded = true;
      return this;
    }

    /**
     * Asks for exercises that can be done with only the equipment given: those that need none,
     * and those whose every listed piece is among these. Called again, it adds to the pieces.
     *
     * @param pieces what there is, such as "dumbbell", "bands"; none for exercises that need nothing
     * @return this builder
     * @throws NullPointerException if a piece is null
     * @throws IllegalArgumentException if a piece is blank
     */
    public Builder usingOnly(String... pieces) {
      return usingOnly(Arrays.asList(pieces));
    }

    /**
     * Asks for exercises that can be done with only the equipment given, as {@link
     * #usingOnly(String...)}.
     *
     * @param pieces what there is
     * @return this builder
     * @throws NullPointerException if a piece is null
     * @throws IllegalArgumentException if a piece is blank
     */
    public Builder usingOnly(Collection<String> pieces) {
      usingOnly = true;
      for (String piece : pieces) {
        available.add(piece(piece));
      }
      return this;
    }

    /**
     * Adds kinds: the exercise must be of one of them.
     *
     * @param kinds the kinds
     * @return this builder
     * @throws NullPointerException if a kind is null
     */
    public Builder kind(ExerciseKind... kinds) {
      for (ExerciseKind kind : kinds) {
        this.kinds.add(Objects.requireNonNull(kind, "kind"));
      }
      return this;
    }

    /**
     * Adds levels: the exercise must be of one of them.
     *
     * @param levels the levels
     * @return this builder
     * @throws NullPointerException if a level is null
     */
    public Builder level(ExerciseLevel... levels) {
      for (ExerciseLevel level : levels) {
        this.levels.add(Objects.requireNonNull(level, "level"));
      }
      return this;
    }

    /**
     * Adds words of the name: each must begin a word of the exercise's name, without regard to
     * case.
     *
     * @param words one or more words, such as "barbell curl"
     * @return this builder
     * @throws NullPointerException if {@code words} is null
     * @throws IllegalArgumentException if it has no letter or digit
     */
    public Builder name(String words) {
      Objects.requireNonNull(words, "words");
      List<String> split = words(words);
      if (split.isEmpty()) {
        throw new IllegalArgumentException("name: must have a letter or digit, was '" + words + "'");
      }
      nameWords.addAll(split);
      return this;
    }

    /** {@return the query} */
    public ExerciseQuery build() {
      return new ExerciseQuery(this);
    }

    private static String piece(String piece) {
      Objects.requireNonNull(piece, "piece");
      if (piece.isBlank()) {
        throw new IllegalArgumentException("equipment: must not be blank");
      }
      return key(piece);
    }
  }
}
