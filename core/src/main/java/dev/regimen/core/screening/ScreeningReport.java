package dev.regimen.core.screening;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of screening a protocol against a {@link PatientProfile}: a verdict for every entry
 * with every reason, the advisories that apply to the person, and the personalised protocol.
 * Made by {@link Screening#screen(Protocol, PatientProfile)}. Immutable and thread-safe.
 *
 * <p>The personalised protocol is the screened one with the entries to {@linkplain Verdict#AVOID
 * avoid} removed and a caution added to the note of each entry given {@link Verdict#CAUTION};
 * everything else, its advisories included, is unchanged. When every entry is to be avoided there
 * is nothing this person should do from the protocol: {@link #personalised()} is then empty,
 * {@link #everyEntryAvoided()} is true, and {@link #removed()} says why for each entry.
 *
 * <p>No safety content is dropped: every advisory of the protocol is either in {@link
 * #advisories()} (it applies) or in {@link #otherAdvisories()} (it does not apply to what is
 * known of the person); the protocol's cautions in words are in {@link #protocolCautions()} and
 * each exercise's in its entry's {@link EntryScreening#cautions()}; the personalised protocol
 * keeps them all.
 *
 * <p>Rules (all reported at once): the protocol id a lowercase slug and the name not blank; at
 * least one entry screening, numbered 0, 1, ... in order, with unique exercise ids; no advisory in
 * both lists; the personalised protocol present exactly when some entry is not to be avoided, with
 * the protocol's id and exactly the entries not to be avoided, in order.
 */
@Value.Immutable
public abstract class ScreeningReport {
  ScreeningReport() {}

  /** {@return the id of the screened protocol} */
  public abstract String protocolId();

  /** {@return the name of the screened protocol} */
  public abstract String protocolName();

  /** {@return what was known of the person} */
  public abstract PatientProfile profile();

  /** {@return the screening of every entry of the protocol, in the protocol's order} */
  public abstract List<EntryScreening> entries();

  /** {@return the protocol's advisories that apply to the person, in the protocol's order} */
  public abstract List<ApplicableAdvisory> advisories();

  /**
   * {@return the protocol's advisories that do not apply to what is known of the person, in the
   * protocol's order: for example a "see a specialist if the pain persists" notice when the pain
   * is recent or its duration unknown. They stay in the personalised protocol}
   */
  public abstract List<Advisory> otherAdvisories();

  /**
   * {@return the protocol for this person: the entries to avoid removed, cautions added to the
   * notes of the entries given {@link Verdict#CAUTION}, everything else unchanged; empty when
   * every entry is to be avoided}
   */
  public abstract Optional<Protocol> personalised();

  /**
   * {@return the profile's condition ids that are not conditions of the protocol: the screening
   * could say nothing about them, and a professional should judge them}
   */
  public abstract List<String> unknownConditionIds();

  /**
   * {@return the profile's finding ids that are not findings of any condition the person has (as
   * the protocol describes it): by the matching rules they match no contraindication, and a
   * professional should judge them}
   */
  public abstract List<String> unmatchedFindingIds();

  /**
   * {@return the protocol's cautions in words, for everyone who follows it: screening cannot judge
   * them, so the person must read them}
   */
  public abstract List<Caution> protocolCautions();

  /** {@return the screenings of the entries to avoid, removed from the personalised protocol} */
  public List<EntryScreening> removed() {
    return withVerdict(Verdict.AVOID);
  }

  /** {@return the screenings of the entries kept with a caution, for a matched contraindication} */
  public List<EntryScreening> keptWithCaution() {
    return withVerdict(Verdict.CAUTION);
  }

  /** {@return the screenings of the entries kept, whose cautions in words the person must read} */
  public List<EntryScreening> toCheck() {
    return withVerdict(Verdict.CHECK);
  }

  /** {@return the screenings of the entries kept with nothing against them} */
  public List<EntryScreening> suitable() {
    return withVerdict(Verdict.SUITABLE);
  }

  /** {@return whether every entry is to be avoided, so that there is no personalised protocol} */
  public boolean everyEntryAvoided() {
    return entries().stream().allMatch(e -> e.verdict() == Verdict.AVOID);
  }

  /**
   * Finds the screening of an entry by its exercise's id.
   *
   * @param exerciseId the exercise's id
   * @return the entry's screening, or empty when the protocol has no such entry
   * @throws NullPointerException if {@code exerciseId} is null
   */
  public Optional<EntryScreening> entry(String exerciseId) {
    Objects.requireNonNull(exerciseId, "exerciseId");
    return entries().stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
  }

  /**
   * Finds an applicable advisory by its id.
   *
   * @param advisoryId the advisory's id
   * @return the advisory with why it applies, or empty when it does not apply or does not exist
   * @throws NullPointerException if {@code advisoryId} is null
   */
  public Optional<ApplicableAdvisory> advisory(String advisoryId) {
    Objects.requireNonNull(advisoryId, "advisoryId");
    return advisories().stream().filter(a -> a.advisory().id().equals(advisoryId)).findFirst();
  }

  private List<EntryScreening> withVerdict(Verdict verdict) {
    return entries().stream()
        .filter(e -> e.verdict() == verdict)
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * Builds a {@link ScreeningReport}; {@code build()} throws {@link ValidationException} listing
   * every broken rule.
   */
  public static final class Builder extends ImmutableScreeningReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("screening report");
    c.slug("protocolId", protocolId());
    c.notBlank("protocolName", protocolName());
    c.require(!entries().isEmpty(), "entries", "must have at least one entry screening");
    for (int i = 0; i < entries().size(); i++) {
      int index = entries().get(i).index();
      if (index != i) {
        c.fail("entries[" + i + "].index", "must be " + i + ", was " + index);
      }
    }
    c.unique(
        "entries",
        "exerciseId",
        entries().stream().map(EntryScreening::exerciseId).collect(Collectors.toList()),
        "exercise id");
    List<String> applicable =
        advisories().stream().map(a -> a.advisory().id()).collect(Collectors.toList());
    List<String> others = otherAdvisories().stream().map(Advisory::id).collect(Collectors.toList());
    c.unique("advisories", "advisory.id", applicable, "advisory id");
    c.unique("otherAdvisories", "id", others, "advisory id");
    for (int i = 0; i < others.size(); i++) {
      if (applicable.contains(others.get(i))) {
        c.fail(
            "otherAdvisories[" + i + "].id",
            "advisory '" + others.get(i) + "' is also among the applicable advisories");
      }
    }

    List<String> kept =
        entries().stream()
            .filter(e -> e.verdict() != Verdict.AVOID)
            .map(EntryScreening::exerciseId)
            .collect(Collectors.toList());
    if (personalised().isEmpty()) {
      c.require(
          kept.isEmpty(),
          "personalised",
          "is required: entries " + kept + " are not to be avoided");
    } else {
      Protocol p = personalised().get();
      c.require(
          p.id().equals(protocolId()),
          "personalised.id",
          "must be the protocol id '" + protocolId() + "', was '" + p.id() + "'");
      List<String> ids =
          p.entries().stream().map(e -> e.exercise().id()).collect(Collectors.toList());
      c.require(
          ids.equals(kept),
          "personalised.entries",
          "must be exactly the entries not to be avoided, " + kept + ", was " + ids);
    }
    c.throwIfAny();
  }
}
