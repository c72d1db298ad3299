package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one text of a protocol says what another already says, so that a sheet says it once.
 * Texts are compared as words: in lower case, without punctuation, a curly apostrophe read as a
 * straight one. A text is said by another only when every one of its words is there, in the same
 * order, and where it ends the other's clause ends too ("a stretch in your lower back" is said by
 * "until you feel a stretch in your lower back.", "a stretch" is not): a part that adds a word is
 * never dropped. Only texts that are not about safety are ever compared. Stateless.
 *
 * <p>A sheet compares each text of an exercise with several others: to read a text once, read the
 * part looked for with {@link #part(String)}, and the steps' sentences with {@link Sentences}.
 */
final class Restatements {
  /** Words that only point at what follows: "a stretch", "this stretch". */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "some");

  /**
   * The words a sentence that only says how many times to repeat may hold, besides numbers: "Repeat
   * this two to four times on one side, then repeat on the other.", "Repeat each stretch two or three
   * times."
   */
  private static final Set<String> COUNT_WORDS =
      Set.of("repeat", "do", "this", "it", "each", "the", "stretch", "exercise", "movement",
          "times", "to", "or", "and", "on", "side", "sides", "then", "other", "both", "per");

  /**
   * The words a sentence that only says the source gives no number may hold: "The article gives no
   * hold time and no number of repetitions."
   */
  private static final Set<String> NO_NUMBER_WORDS =
      Set.of("the", "article", "source", "text", "video", "author", "gives", "give", "no", "hold",
          "time", "times", "and", "or", "nor", "number", "of", "repetitions", "a");

  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"
  };

  private Restatements() {}

  /** {@return the words of a text, in lower case, without punctuation} */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    tokenise(text, words, null);
    return words;
  }

  /**
   * {@return the clauses of a text, each as its words: a text breaks into clauses at every mark of
   * punctuation but an apostrophe or a hyphen inside a word}
   */
  static List<List<String>> clauses(String text) {
    List<List<String>> clauses = new ArrayList<>(4);
    tokenise(text, new ArrayList<>(), clauses);
    return clauses;
  }

  /**
   * Reads a text's words, in one pass and without copying a character but for a word's own string:
   * into {@code words}, and with {@code clauses}, each clause into a list of its own (then {@code
   * words} is the first clause's list).
   */
  private static void tokenise(String text, List<String> words, List<List<String>> clauses) {
    List<String> clause = words;
    int start = -1; // where the word being read starts, -1 between words
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int at = i;
      i += Character.charCount(cp);
      boolean inWord = isLetterOrDigit(cp)
          || ((cp == '\'' || cp == '\u2019' || cp == '-') && start >= 0
              && i < n && isLetterOrDigit(text.codePointAt(i)));
      if (inWord) {
        if (start < 0) {
          start = at;
        }
        continue;
      }
      if (start >= 0) {
        clause.add(word(text, start, at));
        start = -1;
      }
      if (clauses != null && !Character.isWhitespace(cp) && !clause.isEmpty()) {
        clauses.add(clause);
        clause = new ArrayList<>();
      }
    }
    if (start >= 0) {
      clause.add(word(text, start, n));
    }
    if (clauses != null && !clause.isEmpty()) {
      clauses.add(clause);
    }
  }

  private static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp);
  }

  /** {@return a word of a text, in lower case, a curly apostrophe read as a straight one} */
  private static String word(String text, int start, int end) {
    boolean plain = true; // ASCII and in lower case already
    for (int i = start; i < end && plain; i++) {
      char c = text.charAt(i);
      plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
    }
    String word = text.substring(start, end);
    return plain ? word : word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether {@code text} says {@code part}: every word of the part, a leading "a", "the"
   * or "this" aside, comes in the text in the same order, with none between them, and the text's
   * clause ends where the part ends}
   */
  static boolean says(String text, String part) {
    return says(text, part(part));
  }

  /**
   * {@return the words of a part that {@link #says(String, List)} looks for: its words but a
   * leading "a", "the" or "this"} To look for one part in many texts, read it once.
   */
  static List<String> part(String part) {
    List<String> wanted = words(part);
    return !wanted.isEmpty() && DETERMINERS.contains(wanted.get(0))
        ? wanted.subList(1, wanted.size())
        : wanted;
  }

  /**
   * {@return whether {@code text} says a part read by {@link #part(String)}, as {@link
   * #says(String, String)} says}
   */
  static boolean says(String text, List<String> part) {
    if (part.isEmpty()) {
      return false;
    }
    for (List<String> clause : clauses(text)) {
      if (clause.size() >= part.size()
          && clause.subList(clause.size() - part.size(), clause.size()).equals(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether a sentence has the same words as a whole sentence of {@code text}: "Breathe and
   * switch sides." of the step "Breathe and switch sides."}
   */
  static boolean isASentenceOf(String text, String sentence) {
    return new Sentences(List.of(text)).has(sentence);
  }

  /**
   * The sentences of an exercise's steps, each read as its words once, for the sentences of
   * another text to be looked for among them: {@code Restatements.Sentences.of(steps).has(sentence)}
   * is whether some step's text {@linkplain #isASentenceOf(String, String) has the sentence}. Not
   * thread-safe: the steps are read when first asked about.
   */
  static final class Sentences {
    private final List<String> texts;
    private List<List<String>> words;

    private Sentences(List<String> texts) {
      this.texts = texts;
    }

    /**
     * {@return the sentences of the steps}
     *
     * @param steps the steps, in any order
     */
    static Sentences of(List<Step> steps) {
      List<String> texts = new ArrayList<>(steps.size());
      for (Step step : steps) {
        texts.add(step.text());
      }
      return new Sentences(texts);
    }

    /** {@return whether the sentence has the same words as a whole sentence of one of the steps} */
    boolean has(String sentence) {
      List<String> wanted = words(sentence);
      if (wanted.isEmpty()) {
        return false;
      }
      if (words == null) {
        words = new ArrayList<>(texts.size() * 2);
        for (String text : texts) {
          for (String s : sentences(text)) {
            words.add(words(s));
          }
        }
      }
      for (List<String> said : words) {
        if (said.equals(wanted)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * {@return whether an instruction says a position word for word, but for its verb: "Sit up
   * straight in a chair." of "Sitting up straight in a chair."}
   */
  static boolean restatesPosition(String instruction, String position) {
    List<String> said = words(instruction);
    List<String> described = words(position);
    return said.size() >= 2
        && said.size() == described.size()
        && isParticipleOf(described.get(0), said.get(0))
        && said.subList(1, said.size()).equals(described.subList(1, described.size()));
  }

  /** {@return whether a word is the present participle of a verb: "sitting" of "sit", "lying" of "lie"} */
  static boolean isParticipleOf(String participle, String verb) {
    if (participle.equals(verb + "ing")) {
      return true;
    }
    if (!verb.isEmpty() && participle.equals(verb + verb.charAt(verb.length() - 1) + "ing")) {
      return true;
    }
    if (verb.endsWith("ie") && participle.equals(verb.substring(0, verb.length() - 2) + "ying")) {
      return true;
    }
    return verb.endsWith("e") && participle.equals(verb.substring(0, verb.length() - 1) + "ing");
  }

  /** {@return the sentences of a text, each with its closing punctuation} */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>(2);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        sentences.add(text.substring(from, i + 1).strip());
        from = i + 1;
      }
    }
    if (!text.substring(from).isBlank()) {
      sentences.add(text.substring(from).strip());
    }
    return sentences;
  }

  /**
   * {@return whether a sentence only says how many times to repeat, with the numbers of the
   * repetitions and the sides as the dosage has them} "Repeat this two to four times on one side,
   * then repeat on the other." says it of 2–4 repetitions per side, one side then the other.
   */
  static boolean onlyCounts(String sentence, Repetitions r, SideOrder order) {
    List<String> words = words(sentence);
    if (words.isEmpty() || !(words.get(0).equals("repeat") || words.get(0).equals("do"))) {
      return false;
    }
    List<Integer> numbers = new ArrayList<>(2);
    boolean sides = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean oneSide = word.equals("one") && i + 1 < words.size() && words.get(i + 1).equals("side");
      int n = oneSide ? -1 : number(word);
      if (n >= 0) {
        numbers.add(n);
      } else if (!COUNT_WORDS.contains(word) && !oneSide) {
        return false;
      }
      sides |= oneSide || word.equals("side") || word.equals("sides") || word.equals("other");
    }
    if (sides) {
      boolean oneThenOther = Collections.indexOfSubList(words, List.of("one", "side")) >= 0
          && words.contains("other");
      boolean eachSide = Collections.indexOfSubList(words, List.of("each", "side")) >= 0
          || Collections.indexOfSubList(words, List.of("per", "side")) >= 0;
      boolean asDosed = r.basis() == RepetitionBasis.PER_SIDE
          && (oneThenOther ? order == SideOrder.ONE_SIDE_THEN_OTHER : eachSide && order.isOneSided());
      if (!asDosed) {
        return false;
      }
    }
    return r.isExact() ? numbers.equals(List.of(r.min())) : numbers.equals(List.of(r.min(), r.max()));
  }

  /**
   * {@return whether a sentence only says that the source gives no hold time or no number of
   * repetitions, and the sheet says each of them already}
   *
   * @param noHoldSaid whether the sheet says that the source gives no hold time
   * @param noCountSaid whether the sheet says that the source gives no number of repetitions
   */
  static boolean onlySaysNoNumber(String sentence, boolean noHoldSaid, boolean noCountSaid) {
    List<String> words = words(sentence);
    if (!words.contains("no") || !(words.contains("gives") || words.contains("give"))) {
      return false;
    }
    if (!NO_NUMBER_WORDS.containsAll(words)) {
      return false;
    }
    boolean hold = words.contains("hold");
    boolean count = words.contains("repetitions") || words.contains("number");
    return (hold || count) && (!hold || noHoldSaid) && (!count || noCountSaid);
  }

  /** {@return the number a word says ("4", "four", "once"), or -1} */
  private static int number(String word) {
    if (word.equals("once")) {
      return 1;
    }
    if (word.equals("twice")) {
      return 2;
    }
    for (int i = 0; i < NUMBER_WORDS.length; i++) {
      if (NUMBER_WORDS[i].equals(word)) {
        return i;
      }
    }
    if (!word.isEmpty() && word.length() < 4 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(word);
    }
    return -1;
  }
}
