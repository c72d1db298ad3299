package dev.regimen.fhir;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dosage in plain English sentences, for receivers that show text only ({@code
 * action.textEquivalent}, {@code ServiceRequest.patientInstruction}): "Do it 2 to 4 times on each
 * side, holding each time for about 30 seconds. One side, then the other, starting on the right.
 * Daily." A dosage that gives no amount says so, and to ask a clinician, rather than invent one.
 */
final class DoseWords {
  private DoseWords() {}

  static String of(Dosage d) {
    List<String> sentences = new ArrayList<>();
    sentences.add(amount(d));
    if (d.sets().min() != 1 || d.sets().max() != 1) {
      sentences.add("Do " + range(d.sets()) + " sets.");
    }
    if (d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER) {
      sentences.add("One side, then the other" + firstSide(d) + ".");
    } else if (d.sideOrder() == SideOrder.ALTERNATING) {
      sentences.add("Alternate sides" + firstSide(d) + ".");
    }
    d.restSeconds().ifPresent(r -> sentences.add("Rest " + seconds(r) + " between repetitions."));
    d.restBetweenSetsSeconds().ifPresent(r -> sentences.add("Rest " + seconds(r) + " between sets."));
    d.intensity().ifPresent(i -> sentences.add("Intensity: " + i.description() + "."));
    d.load().ifPresent(l -> sentences.add("Load: " + load(l) + "."));
    d.effort().ifPresent(e -> sentences.add("Effort: " + effort(e) + "."));
    d.tempo().ifPresent(t -> sentences.add("Tempo " + t.notation() + " (seconds down, pause, up, pause)."));
    d.frequency().ifPresent(f -> sentences.add(capitalise(frequency(f)) + "."));
    d.programmeWeeks().ifPresent(w -> sentences.add("For " + plural(w, "week") + "."));
    d.notes().ifPresent(n -> sentences.add("In the source's words: \"" + n + "\""));
    return String.join(" ", sentences);
  }

  private static String amount(Dosage d) {
    if (!d.amountGiven()) {
      String hold = d.hold().map(h -> " Hold " + hold(h) + ".").orElse("");
      return "The source gives no number of repetitions or time: ask your clinician how much to do." + hold;
    }
    StringBuilder s = new StringBuilder();
    if (d.repetitions().isPresent()) {
      Repetitions r = d.repetitions().get();
      s.append("Do it ").append(times(r.min(), r.max()));
      if (d.sideOrder().isOneSided()) {
        s.append(r.basis() == RepetitionBasis.PER_SIDE ? " on each side" : " in total, both sides together");
      }
    } else if (d.asManyAsPossible()) {
      s.append("Do it as many times as you can");
      d.duration().ifPresent(t -> s.append(" in ").append(time(t)));
    } else if (d.duration().isPresent()) {
      s.append("Keep going for ").append(time(d.duration().get()));
    } else {
      s.append("Go ").append(distance(d.distance().get()));
    }
    d.hold().ifPresent(h -> s.append(", holding each time for ").append(hold(h)));
    return s.append('.').toString();
  }

  static String hold(Hold h) {
    List<String> parts = new ArrayList<>();
    String about = h.approximate() ? "about " : "";
    String more = h.orMore() ? " or more" : "";
    if (h.seconds().isPresent()) {
      int min = h.seconds().getAsInt();
      parts.add(about + (h.maxSeconds().isPresent() && h.maxSeconds().getAsInt() != min
          ? min + " to " + plural(h.maxSeconds().getAsInt(), "second")
          : plural(min, "second")) + more);
    }
    if (h.breaths().isPresent()) {
      int min = h.breaths().getAsInt();
      parts.add(about + (h.maxBreaths().isPresent() && h.maxBreaths().getAsInt() != min
          ? min + " to " + plural(h.maxBreaths().getAsInt(), "breath")
          : plural(min, "breath")) + more);
    }
    String numbers = String.join(", ", parts);
    if (h.wording().isPresent() && !h.wording().get().equals(numbers)) {
      return numbers.isEmpty() ? "\"" + h.wording().get() + "\"" : numbers + " (\"" + h.wording().get() + "\")";
    }
    return numbers;
  }

  static String time(TimeRange t) {
    String about = t.approximate() ? "about " : "";
    String words;
    if (t.maxSeconds().isPresent() && t.maxSeconds().getAsInt() != t.seconds()) {
      words = about + duration(t.seconds()) + " to " + duration(t.maxSeconds().getAsInt());
    } else {
      words = about + duration(t.seconds()) + (t.orMore() ? " or more" : "");
    }
    return t.wording().map(w -> words + " (\"" + w + "\")").orElse(words);
  }

  private static String duration(int seconds) {
    if (seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String distance(Distance d) {
    String unit = d.unit().name().toLowerCase(Locale.ROOT);
    String singular = unit.substring(0, unit.length() - 1);
    int max = d.maxAmount().orElse(d.amount());
    String amount = max != d.amount() ? d.amount() + " to " + max : Integer.toString(d.amount());
    return amount + " " + (max == 1 ? singular : unit);
  }

  private static String load(Load l) {
    String amount =
        l.amount().isPresent()
            ? number(l.amount().getAsDouble())
                + (l.maxAmount().isPresent() && l.maxAmount().getAsDouble() != l.amount().getAsDouble()
                    ? " to " + number(l.maxAmount().getAsDouble())
                    : "")
            : "";
    String words;
    switch (l.unit()) {
      case KILOGRAMS:
        words = amount + " kg";
        break;
      case POUNDS:
        words = amount + " lb";
        break;
      case PERCENT_OF_ONE_REP_MAX:
        words = amount + " % of your one-repetition maximum";
        break;
      case BODY_WEIGHT:
        words = "your body weight";
        break;
      case BAND:
      default:
        words = "a resistance band";
        break;
    }
    return l.description().map(desc -> words + " (" + desc + ")").orElse(words);
  }

  private static String effort(Effort e) {
    String value =
        e.maxValue().isPresent() && e.maxValue().getAsInt() != e.value()
            ? e.value() + " to " + e.maxValue().getAsInt()
            : Integer.toString(e.value());
    return e.scale() == EffortScale.RPE
        ? "a rating of perceived exertion of " + value + " out of 10"
        : "stop with " + value + " repetitions in reserve";
  }

  static String frequency(Frequency f) {
    if (f.wording().isPresent()) {
      return f.wording().get();
    }
    String count = f.min() == f.max() ? Integer.toString(f.min()) : f.min() + " to " + f.max();
    if (f.period() == FrequencyPeriod.DAY) {
      return f.min() == 1 && f.max() == 1 ? "once a day" : count + " times a day";
    }
    return (f.max() == 1 ? "1 day" : count + " days") + " a week";
  }

  private static String firstSide(Dosage d) {
    return d.firstSide().map(s -> ", starting on the " + s.displayName()).orElse("");
  }

  private static String times(int min, int max) {
    if (min == max) {
      return min == 1 ? "once" : min == 2 ? "twice" : min + " times";
    }
    return min + " to " + max + " times";
  }

  private static String range(Range r) {
    return r.isExact() ? Integer.toString(r.min()) : r.min() + " to " + r.max();
  }

  private static String seconds(Range r) {
    return r.isExact() ? plural(r.min(), "second") : r.min() + " to " + plural(r.max(), "second");
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
