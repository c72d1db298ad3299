package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Step;
import java.util.ArrayList;
import java.util.Arrays;
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
   * {@return a text's words as one string: in lower case, one space between two words of a
   * clause and, with {@code clauses}, a bar between two clauses; empty for a text without words}
   * As words hold neither spaces nor bars, two texts have the same words (clauses) exactly when
   * they have the same key, and a part of a clause is a part of its key: a text is compared as
   * one string, not as lists of strings.
   */
  static String key(String text, boolean clauses) {
    int n = text.length();
    char[] key = new char[n + 8]; // room for every ASCII key: a space or a bar stands for a mark
    int k = 0; // the key's length
    int start = -1; // where the word being read starts in the text, -1 between words
    int wordAt = 0; // where it starts in the key
    boolean ascii = true; // the word is ASCII so far: lower-cased as it is copied
    boolean clauseHasWords = false;
    boolean bar = false; // a clause has ended: a bar goes before the next word
    for (int i = 0; i <= n; ) {
      int cp;
      boolean inWord;
      int at = i;
      if (i == n) {
        cp = -1; // the end of the text ends the last word
        inWord = false;
        i++;
      } else {
        char c = text.charAt(i);
        cp = c < 0x80 ? c : text.codePointAt(i);
        i += c < 0x80 ? 1 : Character.charCount(cp);
        inWord = isLetterOrDigit(cp)
            || ((cp == '\'' || cp == '\u2019' || cp == '-') && start >= 0
                && i < n && isLetterOrDigit(text.codePointAt(i)));
      }
      if (inWord) {
        if (start < 0) {
          start = at;
          ascii = true;
          if (bar) {
            key[k++] = '|';
            bar = false;
          } else if (clauseHasWords) {
            key[k++] = ' ';
          }
          wordAt = k;
          clauseHasWords = true;
        }
        ascii &= cp < 0x80;
        if (ascii) {
          key[k++] = (char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        }
        continue;
      }
      if (start >= 0 && !ascii) {
        // Not all ASCII: the word as words() reads it, in place of its ASCII start.
        String word = word(text, start, at);
        k = wordAt + word.length();
        if (k + (n - at) + 1 > key.length) {
          key = Arrays.copyOf(key, k + (n - at) + 8);
        }
        word.getChars(0, word.length(), key, wordAt);
      }
      start = -1;
      if (clauses && cp >= 0 && !Character.isWhitespace(cp) && clauseHasWords) {
        bar = true;
        clauseHasWords = false;
      }
    }
    return new String(key, 0, k);
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
   * A part of a text looked for in others, read once: its words but a leading "a", "the" or
   * "this", as {@link #key(String, boolean) one string}.
   *
   * @param key the part's words
   * @param clue a word that a text holds, letter case aside ({@link #containsIgnoreCase}), when it
   *     says the part; null when there is none to look for
   */
  record Part(String key, String clue) {}

  /** {@return a part of a text to look for in others with {@link #says(String, Part)}} */
  static Part part(String part) {
    String key = key(part, false);
    int space = key.indexOf(' ');
    String first = space < 0 ? key : key.substring(0, space);
    if (DETERMINERS.contains(first)) {
      key = space < 0 ? "" : key.substring(space + 1);
    }
    return new Part(key, clue(key.substring(key.lastIndexOf(' ') + 1)));
  }

  /**
   * {@return the word, when every text whose words hold it holds it as it is, letter case aside
   * ({@link #containsIgnoreCase}); else null} An ASCII word without an apostrophe is such a word:
   * the only characters whose lower case is ASCII are ASCII letters and the Kelvin sign (U+212A,
   * a k, which regionMatches takes for a k too), while a text's apostrophe may be curly.
   */
  private static String clue(String word) {
    if (word.isEmpty()) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || c == '\'') {
        return null;
      }
    }
    return word;
  }

  /**
   * {@return false when {@link #words(String) the words} of {@code text} cannot hold {@code word}
   * (a word as {@code words} reads it); true when they may} It reads no word of the text: for an
   * ASCII word without an apostrophe it looks for the word in the text, letter case aside, and any
   * other word may be there.
   */
  static boolean mayHoldWord(String text, String word) {
    String clue = clue(word);
    return clue == null || containsIgnoreCase(text, clue);
  }

  /** {@return whether {@code text} says a part, as {@link #says(String, String)} says} */
  static boolean says(String text, Part part) {
    String wanted = part.key();
    if (wanted.isEmpty() || (part.clue() != null && !containsIgnoreCase(text, part.clue()))) {
      return false;
    }
    String key = key(text, true);
    for (int at = key.indexOf(wanted); at >= 0; at = key.indexOf(wanted, at + 1)) {
      int end = at + wanted.length();
      boolean starts = at == 0 || key.charAt(at - 1) == ' ' || key.charAt(at - 1) == '|';
      boolean endsClause = end == key.length() || key.charAt(end) == '|';
      if (starts && endsClause) {
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
    /** The keys of each text's sentences, null until the text is read. */
    private final List<List<String>> keys;

    private Sentences(List<String> texts) {
      this.texts = texts;
      this.keys = new ArrayList<>(Collections.nCopies(texts.size(), null));
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
      String wanted = key(sentence, false);
      if (wanted.isEmpty()) {
        return false;
      }
      int space = wanted.indexOf(' ');
      String clue = clue(space < 0 ? wanted : wanted.substring(0, space));
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        if (clue != null && keys.get(i) == null && !containsIgnoreCase(text, clue)) {
          continue; // no sentence of it can start with the sentence's first word
        }
        if (keys.get(i) == null) {
          List<String> read = new ArrayList<>(2);
          for (String s : sentences(text)) {
            read.add(key(s, false));
          }
          keys.set(i, read);
        }
        if (keys.get(i).contains(wanted)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * {@return whether a text holds a part, letter case aside as {@link String#regionMatches(boolean,
   * int, String, int, int)} sets it aside} The part is compared only where the text's character
   * can be its first: for an ASCII first character, the same letter in either case, found with
   * {@link String#indexOf(int, int)}, and for i, k and s also anything but ASCII (U+0130, U+0131,
   * U+212A and U+017F are an i, a k and an s to regionMatches; no other character is an ASCII
   * one).
   */
  static boolean containsIgnoreCase(String text, String part) {
    int n = part.length();
    if (n == 0) {
      return true;
    }
    int last = text.length() - n; // the last index the part can start at
    char first = part.charAt(0);
    char lower = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
    char upper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
    if (first < 0x80 && lower != 'i' && lower != 'k' && lower != 's') {
      int atLower = text.indexOf(lower);
      int atUpper = upper == lower ? -1 : text.indexOf(upper);
      while (atLower >= 0 || atUpper >= 0) {
        int at = atUpper < 0 || (atLower >= 0 && atLower < atUpper) ? atLower : atUpper;
        if (at > last) {
          return false;
        }
        if (text.regionMatches(true, at, part, 0, n)) {
          return true;
        }
        if (at == atLower) {
          atLower = text.indexOf(lower, at + 1);
        } else {
          atUpper = text.indexOf(upper, at + 1);
        }
      }
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (first < 0x80 && c < 0x80 && c != lower && c != upper) {
        continue;
      }
      if (text.regionMatches(true, i, part, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether an instruction says a position word for word, but for its verb: "Sit up
   * straight in a chair." of "Sitting up straight in a chair."}
   */
  static boolean restatesPosition(String instruction, String position) {
    String said = key(instruction, false);
    String described = key(position, false);
    int verb = said.indexOf(' ');
    int participle = described.indexOf(' ');
    return verb > 0
        && participle > 0
        && said.regionMatches(verb, described, participle, said.length() - verb)
        && said.length() - verb == described.length() - participle
        && isParticipleOf(described.substring(0, participle), said.substring(0, verb));
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
    if (!containsIgnoreCase(sentence, "repeat") && !containsIgnoreCase(sentence, "do")) {
      return false; // it cannot start with either: not worth reading its words
    }
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
    if (!containsIgnoreCase(sentence, "no") || !containsIgnoreCase(sentence, "give")) {
      return false; // it cannot say "no" and "give" or "gives": not worth reading its words
    }
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
    if (word.isEmpty() || word.length() >= 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = 10 * n + (c - '0');
    }
    return n;
  }
}
