package dev.regimen.catalog.freeexercisedb;

import dev.regimen.core.exercise.Exercise;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an import did: the exercises it made, in the order of the input; every entry it skipped,
 * with its reasons; and every change it made on the way, each a {@link Change} that says where in
 * the input, what text and why (a dropped, split, trimmed or copied text, a target left out, a
 * custom area, an ignored property). Nothing the input said is lost without a change or a skip
 * naming it. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImportReport report = FreeExerciseDbImporter.create().read(Path.of("exercises.json"));
 * report.exercises();   // 868 exercises
 * report.skipped();     // 5 entries, each with its reasons
 * report.summary();     // "imported 868 of 873 exercises; skipped 5: ..."
 * }</pre>
 */
public final class ImportReport {
  private final int total;
  private final List<Exercise> exercises;
  private final List<Skipped> skipped;
  private final List<Change> changes;

  ImportReport(int total, List<Exercise> exercises, List<Skipped> skipped, List<Change> changes) {
    this.total = total;
    this.exercises = List.copyOf(exercises);
    this.skipped = List.copyOf(skipped);
    this.changes = List.copyOf(changes);
  }

  /** {@return how many entries the input held} */
  public int total() {
    return total;
  }

  /** {@return the exercises imported, in the order of the input; each one valid} */
  public List<Exercise> exercises() {
    return exercises;
  }

  /** {@return the entries that were not imported, in the order of the input, with their reasons} */
  public List<Skipped> skipped() {
    return skipped;
  }

  /** {@return every change made to the text of the imported exercises, in the order of the input} */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes of one kind.
   *
   * @param kind the kind
   * @return its changes, in the order of the input
   * @throws NullPointerException if {@code kind} is null
   */
  public List<Change> changes(Change.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /** {@return how many changes there are of each kind that occurs, in the order of the kinds} */
  public Map<Change.Kind, Integer> changeCounts() {
    Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
    for (Change c : changes) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * {@return the report in one line: "imported 868 of 873 exercises; skipped 5: Iron_Cross (...),
   * ..." or "imported 3 of 3 exercises"}
   */
  public String summary() {
    StringBuilder line =
        new StringBuilder("imported ").append(exercises.size()).append(" of ").append(total)
            .append(total == 1 ? " exercise" : " exercises");
    if (!skipped.isEmpty()) {
      line.append("; skipped ").append(skipped.size()).append(": ")
          .append(skipped.stream().map(Skipped::toString).collect(Collectors.joining("; ")));
    }
    return line.toString();
  }

  /** {@return the summary} */
  @Override
  public String toString() {
    return summary();
  }

  /**
   * An entry of the input that was not imported.
   *
   * @param index its position in the input, from 0
   * @param pointer its JSON Pointer in the input, such as {@code /412}
   * @param id its id in the dataset, when it has one that is text
   * @param reasons why it was not imported, each naming where in the input when it can; never empty
   */
  public record Skipped(int index, String pointer, Optional<String> id, List<String> reasons) {
    /**
     * A skipped entry.
     *
     * @param index its position in the input, from 0
     * @param pointer its JSON Pointer in the input
     * @param id its id in the dataset, when it has one
     * @param reasons why it was not imported; not empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no reason
     */
    public Skipped {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(id, "id");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons: a skipped entry has at least one reason");
      }
    }

    /** {@return such as {@code Iron_Cross (/426): has no instructions, ...}} */
    @Override
    public String toString() {
      return id.orElse("entry " + index) + " (" + pointer + "): " + String.join("; ", reasons);
    }
  }

  /**
   * A change the import made to what the input said: a text dropped, split, trimmed or copied, a
   * target left out, an area outside the standard vocabulary, a property ignored.
   *
   * @param kind what was done
   * @param pointer where in the input, a JSON Pointer such as {@code /412/instructions/5}
   * @param id the entry's id in the dataset
   * @param text the text of the input that the change concerns, as the input wrote it
   * @param detail what was done with it, in words, such as "dropped: it restates the dosage"
   */
  public record Change(Kind kind, String pointer, String id, String text, String detail) {
    /**
     * A change.
     *
     * @param kind what was done
     * @param pointer where in the input
     * @param id the entry's id in the dataset
     * @param text the text of the input concerned
     * @param detail what was done with it, in words
     * @throws NullPointerException if an argument is null
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(detail, "detail");
    }

    /** {@return such as {@code /412/instructions/5 (Barbell_Squat): 'Repeat ...': dropped: ...}} */
    @Override
    public String toString() {
      return pointer + " (" + id + "): '" + text + "': " + detail;
    }

    /** What a change did. */
    public enum Kind {
      /** A blank text (an instruction, a muscle name, an image path) was left out. */
      BLANK_DROPPED,
      /**
       * An instruction that only restates the dosage ("Repeat for the recommended amount of
       * repetitions.") was left out: the protocol's dosage says how many.
       */
      DOSAGE_RESTATEMENT_DROPPED,
      /**
       * The instruction that declares the starting position went on with the movement itself: it
       * was split after the declaration, the first part a set-up step, the rest a repetition step.
       * No word is lost.
       */
      STEP_SPLIT,
      /** White space at the start or end of a text was removed. */
      WHITESPACE_TRIMMED,
      /** A muscle listed twice in one list was kept once. */
      REPEATED_TARGET_DROPPED,
      /** A secondary muscle that is also the primary one was kept as primary only. */
      SECONDARY_TARGET_DROPPED,
      /** A muscle outside the standard vocabulary became a custom body area (nothing is dropped). */
      CUSTOM_AREA,
      /**
       * A sentence of an instruction that is a safety note in words was copied into the
       * exercise's cautions; the step keeps it too.
       */
      CAUTION_COPIED,
      /** An image that could not be made a media reference was left out. */
      IMAGE_DROPPED,
      /** A value of force, level or mechanic that the dataset does not define was left out. */
      UNKNOWN_VALUE_DROPPED,
      /** A property the dataset does not define was ignored. */
      UNKNOWN_PROPERTY_IGNORED,
      /** The id made the same slug as an earlier entry's: a number was added to keep ids unique. */
      ID_DISAMBIGUATED
    }
  }
}
