package dev.regimen.core.internal;

import dev.regimen.core.text.CharClass;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the violations of one value's rules, then throws them all at once. The rule texts are
 * kept here once and reused in every message. Not thread-safe: one instance per check.
 */
public final class Checks {
  /** The form of every id: lowercase letters and digits in words joined by single hyphens. */
  public static final String SLUG_RULE =
      "must be a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest')";

  /** The rule for every required text. */
  public static final String NOT_BLANK_RULE = "must not be blank";

  /**
   * The rule for every required text that is not blank but shows nothing: only format, control or
   * other invisible characters (see {@link CharClass}), perhaps between spaces.
   */
  public static final String NOT_INVISIBLE_RULE = "must not be blank or invisible";

  /** The most invisible characters a message names. */
  private static final int NAMED_INVISIBLES = 5;

  /** The most characters of a text that a {@code toString} shows. */
  public static final int TO_STRING_TEXT = 60;

  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  private Checks(String subject) {
    this.subject = subject;
  }

  /**
   * Starts the checks of one value.
   *
   * @param subject the value's name in messages, such as {@code hold}
   * @return a new, empty collector
   */
  public static Checks of(String subject) {
    return new Checks(subject);
  }

  /**
   * Shortens a text for a {@code toString}: at most {@link #TO_STRING_TEXT} characters, then
   * {@code ...}, never splitting a surrogate pair. Its policy, over the classes of {@link
   * CharClass}: {@link CharClass#VISIBLE visible} characters and the space separators are kept;
   * every other code point (a tab, a line break, a control or format character, an invisible
   * character, a lone surrogate) is written as one {@code ?}, so that the description stays one
   * harmless line that shows everything it holds.
   *
   * @param text the text
   * @return the shortened text
   */
  public static String abbreviate(String text) {
    int end = Math.min(text.length(), TO_STRING_TEXT);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 3);
    for (int i = 0; i < end; ) {
      int cp = Character.codePointAt(text, i);
      CharClass type = CharClass.of(cp);
      if (type == CharClass.VISIBLE || (type == CharClass.SPACE && cp != '\t')) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
      i += Character.charCount(cp);
    }
    return end < text.length() ? out.append("...").toString() : out.toString();
  }

  /** {@return whether {@code value} is a valid slug} */
  public static boolean isSlug(String value) {
    // A plain loop rather than the regular expression: every id of every value is checked.
    int n = value.length();
    if (n == 0) {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 0; i < n; i++) {
      char ch = value.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        afterHyphen = false;
      } else if (ch == '-' && !afterHyphen) {
        afterHyphen = true;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Records a violation when {@code ok} is false.
   *
   * @param ok whether the rule holds
   * @param path where, relative to the value
   * @param message what is wrong
   */
  public void require(boolean ok, String path, String message) {
    if (!ok) {
      violations.add(new Violation(path, message));
    }
  }

  /**
   * Records a violation.
   *
   * @param path where, relative to the value
   * @param message what is wrong
   */
  public void fail(String path, String message) {
    violations.add(new Violation(path, message));
  }

  /**
   * Requires a slug id.
   *
   * @param path where
   * @param id the id
   */
  public void slug(String path, String id) {
    if (!isSlug(id)) {
      fail(path, SLUG_RULE + ", was '" + id + "'");
    }
  }

  /**
   * Requires a text with at least one {@linkplain CharClass#VISIBLE visible} character: a blank
   * text breaks {@link #NOT_BLANK_RULE}, one that is not blank but shows nothing (only zero-width,
   * direction, control or other invisible characters) breaks {@link #NOT_INVISIBLE_RULE}, and its
   * message names the first few of them, such as {@code must not be blank or invisible, was only
   * U+200B, U+200E}.
   *
   * @param path where
   * @param text the text
   */
  public void notBlank(String path, String text) {
    String problem = blankness(text);
    if (problem != null) {
      fail(path, problem);
    }
  }

  /**
   * Requires every text of a list to have a visible character, as {@link #notBlank} does.
   *
   * @param path the list's path
   * @param texts the texts
   */
  public void noneBlank(String path, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      String problem = blankness(texts.get(i));
      if (problem != null) {
        fail(path + "[" + i + "]", problem);
      }
    }
  }

  /** {@return null when a text has a visible character, else what is wrong with it} */
  private static String blankness(String text) {
    if (text.isBlank()) {
      return NOT_BLANK_RULE;
    }
    if (CharClass.hasVisible(text)) {
      return null;
    }
    StringBuilder message = new StringBuilder(NOT_INVISIBLE_RULE).append(", was only ");
    int named = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (CharClass.of(cp) == CharClass.SPACE || CharClass.of(cp) == CharClass.LINE_BREAK) {
        continue;
      }
      if (named == NAMED_INVISIBLES) {
        return message.append(", ...").toString();
      }
      message.append(named == 0 ? "" : ", ").append(String.format(Locale.ROOT, "U+%04X", cp));
      named++;
    }
    // only spaces Java does not count as white space, such as U+00A0: blank all the same
    return named == 0 ? NOT_BLANK_RULE : message.toString();
  }

  /**
   * Requires every id of a list to be a slug; each one that is not is reported at its index.
   *
   * @param path the list's path, such as {@code sourceIds}
   * @param ids the ids
   */
  public void slugs(String path, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!isSlug(id)) {
        fail(path + "[" + i + "]", SLUG_RULE + ", was '" + id + "'");
      }
    }
  }

  /**
   * Requires a number of at least {@code least}.
   *
   * @param path where
   * @param value the number
   * @param least the smallest allowed
   */
  public void atLeast(String path, long value, long least) {
    if (value < least) {
      fail(path, "must be at least " + least + ", was " + value);
    }
  }

  /**
   * Requires a number from {@code least} to {@code most}, both included.
   *
   * @param path where
   * @param value the number
   * @param least the smallest allowed
   * @param most the largest allowed
   */
  public void between(String path, long value, long least, long most) {
    if (value < least || value > most) {
      fail(path, "must be from " + least + " to " + most + ", was " + value);
    }
  }

  /**
   * Requires a number greater than zero.
   *
   * @param path where
   * @param value the number
   */
  public void positive(String path, long value) {
    if (value <= 0) {
      fail(path, "must be greater than 0, was " + value);
    }
  }

  /**
   * Requires a number of zero or more.
   *
   * @param path where
   * @param value the number
   */
  public void notNegative(String path, long value) {
    if (value < 0) {
      fail(path, "must not be negative, was " + value);
    }
  }

  /**
   * Requires the ids of a list to be unique; each repeat is reported at its own index.
   *
   * @param listPath the list's path, such as {@code entries}
   * @param idPath the id's path inside an element, such as {@code exercise.id}
   * @param ids the ids, in list order
   * @param what what the ids name, for the message, such as {@code exercise id}
   */
  public void unique(String listPath, String idPath, List<String> ids, String what) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer earlier = first.putIfAbsent(ids.get(i), i);
      if (earlier != null) {
        fail(
            listPath + "[" + i + "]." + idPath,
            "duplicate " + what + " '" + ids.get(i) + "' (first at " + listPath + "[" + earlier
                + "])");
      }
    }
  }

  /**
   * Throws every violation recorded, if any.
   *
   * @throws ValidationException if any rule was broken
   */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ValidationException(subject, violations);
    }
  }
}
