package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.SessionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Says a session plan's cue in the sheet's language. A plan made by {@link SessionPlan#of} words
 * its cues in English around the protocol's own words ("Right side: " and a step; "Rest for 5
 * seconds. Next: right side, repetition 2 of 2 to 4."). In English the sheet shows a cue's text as
 * it is. In another language the cue is said again from what it is (its kind, position, hold and
 * duration), the protocol's words in it (an exercise's name and starting position, a step, a hold
 * given in words) kept as the protocol wrote them.
 *
 * <p>The protocol's words are found by saying the cue in English with the bundle's {@code cue.*}
 * messages, which are the expansion's words: a cue is said in another language only when the
 * English words give back its text exactly, so that nothing is dropped or invented. A cue they do
 * not give back (a plan built by hand or read from JSON, with words of its own) and a cue of work
 * (a duration, a distance or as many as you can, whose words the cue does not carry) are shown as
 * they are, as the plan's text. Stateless.
 */
final class CueWording {
  private CueWording() {}

  /** Writes the cue's text in the wording's language. */
  static void write(Cue cue, SheetWording say, SheetWriter w) {
    Optional<SheetWording.Part> said = say(cue, say);
    if (said.isPresent()) {
      said.get().write(w);
    } else {
      w.data(cue.text());
    }
  }

  /**
   * {@return the cue said in the wording's language; empty in English, and where the plan's
   * English words are not the expansion's}
   */
  static Optional<SheetWording.Part> say(Cue cue, SheetWording say) {
    if (say == SheetWording.ENGLISH) {
      return Optional.empty();
    }
    for (Function<SheetWording, SheetWording.Part> reading : readings(cue)) {
      if (cue.text().equals(reading.apply(SheetWording.ENGLISH).text())) {
        return Optional.of(reading.apply(say));
      }
    }
    return Optional.empty();
  }

  /** {@return the ways the expansion may have worded the cue, each to be tried in English} */
  private static List<Function<SheetWording, SheetWording.Part>> readings(Cue cue) {
    List<Function<SheetWording, SheetWording.Part>> readings = new ArrayList<>(4);
    String text = cue.text();
    CuePosition at = cue.position();
    Optional<Side> side = at.side();
    switch (cue.kind()) {
      case LEAD_IN:
        tail(text, words -> say -> say.phrase("cue.getReady").with("introduction", words))
            .ifPresent(readings::add);
        break;
      case NEXT_EXERCISE:
        int rest = cue.duration().maxSeconds();
        tail(text, words -> say -> {
              SheetWording.Phrase next =
                  say.phrase("cue.nextExercise").with("introduction", words);
              return rest == 0
                  ? next
                  : say.phrase("cue.afterRest").with("rest", rest(say, cue.duration())).with("next", next);
            })
            .ifPresent(readings::add);
        break;
      case STEP:
        side.flatMap(s -> tail(text, words -> say -> onSide(say, s, words)))
            .ifPresent(readings::add);
        readings.add(say -> SheetWording.data(text));
        break;
      case HOLD:
        Hold hold = cue.hold().orElseThrow();
        side.ifPresent(s -> readings.add(say -> onSide(say, s, hold(say, hold))));
        readings.add(say -> hold(say, hold).capitalized());
        break;
      case REST:
        readings.add(say -> afterRest(say, cue.duration(), next(say, at)));
        if (at.set().isPresent()) {
          int sets = at.sets();
          for (int fewest = sets; fewest >= 1; fewest--) {
            int min = fewest;
            readings.add(say -> afterRest(say, cue.duration(), set(say, at, min)));
          }
        }
        break;
      case SWITCH_SIDES:
        readings.add(
            say -> say.phrase("cue.switch").with("next", say.phrase("cue.next").with("what", next(say, at))));
        break;
      default:
        // WORK: the cue does not say whether it was a duration, a distance or as many as you can.
        break;
    }
    return readings;
  }

  /**
   * {@return the reading of a text made of the expansion's words followed by the protocol's, when
   * the text starts with those words}
   *
   * @param make the reading, given the protocol's words
   */
  private static Optional<Function<SheetWording, SheetWording.Part>> tail(
      String text, Function<SheetWording.Part, Function<SheetWording, SheetWording.Part>> make) {
    String prefix = make.apply(SheetWording.data("")).apply(SheetWording.ENGLISH).text();
    if (prefix == null || !text.startsWith(prefix) || text.length() == prefix.length()) {
      return Optional.empty();
    }
    return Optional.of(make.apply(SheetWording.data(text.substring(prefix.length()))));
  }

  private static SheetWording.Phrase onSide(SheetWording say, Side side, SheetWording.Part words) {
    return say.phrase("cue.onSide")
        .with("side", say.phrase("cue.side." + side.displayName()).capitalized())
        .with("words", words);
  }

  private static SheetWording.Phrase afterRest(
      SheetWording say, CueDuration rest, SheetWording.Part what) {
    return say.phrase("cue.afterRest")
        .with("rest", rest(say, rest))
        .with("next", say.phrase("cue.next").with("what", what));
  }

  /** "Rest for 5 seconds.", "Rest for 3 to 5 seconds." */
  private static SheetWording.Phrase rest(SheetWording say, CueDuration d) {
    SheetWording.Part time =
        d.minSeconds() == d.maxSeconds()
            ? seconds(say, "cue.seconds", d.maxSeconds())
            : between(say, d.minSeconds(), seconds(say, "cue.seconds", d.maxSeconds()));
    return say.phrase("cue.rest").with("time", time);
  }

  /** "right side, repetition 2 of 2 to 4", "repetition 2 of 3", "left side", "repetition 1". */
  private static SheetWording.Part next(SheetWording say, CuePosition at) {
    Optional<SheetWording.Part> side = at.side().map(s -> say.phrase("cue.side." + s.displayName()));
    int min = at.repetitionsMin().orElse(1);
    int max = at.repetitionsMax().orElse(1);
    if (max == 1) {
      return side.orElseGet(() -> say.phrase("cue.firstRepetition"));
    }
    SheetWording.Phrase repetition =
        say.phrase("cue.repetition")
            .with("repetition", at.repetition().orElse(1))
            .with("count", min == max ? say.phrase("cue.count").with("n", max) : between(say, min, number(say, max)));
    return side.<SheetWording.Part>map(s -> say.phrase("cue.and").with("first", s).with("second", repetition))
        .orElse(repetition);
  }

  /** "set 2 of 3", "set 2 of 2 to 3, right side", the fewest sets given. */
  private static SheetWording.Part set(SheetWording say, CuePosition at, int fewest) {
    int most = at.sets();
    SheetWording.Phrase set =
        say.phrase("cue.set")
            .with("set", at.set().getAsInt())
            .with("sets", fewest == most ? number(say, most) : between(say, fewest, number(say, most)));
    return at.side()
        .<SheetWording.Part>map(s -> say.phrase("cue.and").with("first", set).with("second", say.phrase("cue.side." + s.displayName())))
        .orElse(set);
  }

  /**
   * "hold for about 30 seconds", "hold for 3 breaths (about 5 seconds)", "hold until it eases";
   * English says a hold given in words by its words, as the expansion does.
   */
  private static SheetWording.Phrase hold(SheetWording say, Hold hold) {
    // The expansion says a hold by its words when it has them; in another language a hold that
    // also has numbers is said by them, in that language (the step says it in the protocol's).
    if (hold.wording().isPresent() && (say == SheetWording.ENGLISH || !hold.hasNumbers())) {
      return say.phrase("cue.hold.words").with("words", SheetWording.data(hold.wording().get()));
    }
    return say.phrase(hold.orMore() ? "cue.hold" : "cue.hold.for").with("time", describe(say, hold));
  }

  /** A hold's time as the expansion says it: "about 30 seconds", "3 breaths (10 seconds)". */
  private static SheetWording.Part describe(SheetWording say, Hold hold) {
    SheetWording.Part time = null;
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      int max = hold.maxSeconds().orElse(min);
      time =
          min == max
              ? seconds(say, hold.orMore() ? "cue.seconds.orMore" : "cue.seconds", min)
              : between(say, min, seconds(say, "cue.seconds", max));
      if (hold.approximate()) {
        time = say.phrase("cue.about").with("time", time);
      }
    }
    if (hold.breaths().isEmpty()) {
      return time;
    }
    int n = hold.breaths().getAsInt();
    int most = hold.maxBreaths().orElse(n);
    SheetWording.Part breaths =
        n == most
            ? seconds(say, hold.orMore() ? "cue.breaths.orMore" : "cue.breaths", n)
            : between(say, n, seconds(say, "cue.breaths", most));
    if (time == null) {
      return hold.approximate() ? say.phrase("cue.about").with("time", breaths) : breaths;
    }
    return say.phrase("cue.breaths.time").with("breaths", breaths).with("time", time);
  }

  /** {@return a count of a unit: "5 seconds", "1 breath"} */
  private static SheetWording.Phrase seconds(SheetWording say, String key, int count) {
    return say.phrase(key, count).with("count", count);
  }

  /** {@return "3 to 5 seconds": the fewest, and the most with its unit} */
  private static SheetWording.Phrase between(SheetWording say, int min, SheetWording.Part max) {
    return say.phrase("cue.between").with("min", min).with("max", max);
  }

  private static SheetWording.Phrase number(SheetWording say, int n) {
    return say.phrase("cue.count").with("n", n);
  }
}
