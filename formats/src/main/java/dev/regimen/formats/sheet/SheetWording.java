package dev.regimen.formats.sheet;

import dev.regimen.formats.internal.Message;
import dev.regimen.formats.internal.Wording;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The words of a sheet in one language: every label and generated sentence, read from the
 * resource bundle {@code dev/regimen/formats/sheet/SheetWording_<language>.properties} (UTF-8),
 * with the language's plural rules ({@link Plural}). A composer asks for a message by key and fills
 * its placeholders; it never spells a word of its own. Immutable and thread-safe.
 *
 * <p>Keys name one sentence or label each ({@code plan.howLong}); a message whose words depend on
 * a number has variants by {@linkplain Plural plural category} ({@code duration.seconds.one},
 * {@code duration.seconds.other}, and in Spanish optionally {@code .many}), chosen by {@link
 * #phrase(String, long)}; a missing {@code many} variant falls back to {@code other}. Both bundles
 * hold the same keys with the same placeholders (a test compares them). Patterns use {@link
 * Message}'s syntax.
 *
 * <p>The bundles are in a package of the {@code dev.regimen.formats} module and are loaded through
 * that module ({@link java.util.ResourceBundle#getBundle(String, Locale, Module)}), so they are found on the
 * module path and on the class path alike. Each language has its own bundle and there is no base
 * bundle, so the JVM's default locale never decides a sheet's words.
 */
final class SheetWording {
  /** The languages sheets are worded in, as BCP 47 primary language tags. */
  static final List<String> LANGUAGES = Wording.LANGUAGES;

  static final String BUNDLE = Wording.BUNDLE;

  /** English, the default. */
  static final SheetWording ENGLISH = new SheetWording(Wording.of("en"));

  /** Spanish, addressing the reader as usted. */
  static final SheetWording SPANISH = new SheetWording(Wording.of("es"));

  private final String language;
  private final Wording wording;

  private SheetWording(Wording wording) {
    this.language = wording.language();
    this.wording = wording;
  }

  /**
   * The wording of a locale's language; the country and script do not matter ({@code es-MX} is
   * worded as {@code es}).
   *
   * @param locale the locale
   * @return its wording
   * @throws IllegalArgumentException if sheets are not worded in its language, naming those they
   *     are worded in
   */
  static SheetWording of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    switch (locale.getLanguage()) {
      case "en":
        return ENGLISH;
      case "es":
        return SPANISH;
      default:
        throw new IllegalArgumentException(unsupported(locale));
    }
  }

  /**
   * {@return the wording of a language tag's primary language, such as a {@link
   * dev.regimen.formats.sheet.document.SheetDocument#wordingLanguage()}}
   *
   * @throws IllegalArgumentException if sheets are not worded in it
   */
  static SheetWording of(String languageTag) {
    // A document's wording language is a primary tag already: it is looked up without parsing
    // it as a locale, which each writer of each sheet would otherwise do.
    switch (languageTag) {
      case "en":
        return ENGLISH;
      case "es":
        return SPANISH;
      default:
        return of(Locale.forLanguageTag(languageTag));
    }
  }

  /** {@return why a locale is refused: "sheets are worded in en (English) or es (Spanish), ..."} */
  static String unsupported(Locale locale) {
    return "sheets are worded in en (English) or es (Spanish), not in '" + locale.toLanguageTag()
        + "'";
  }

  /** {@return whether sheets are worded in the locale's language} */
  static boolean supports(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage());
  }

  /** {@return the language, a BCP 47 primary tag such as {@code es}} */
  String language() {
    return language;
  }

  /** {@return every key and its pattern, for tests and tools} */
  Map<String, Message> messages() {
    return wording.messages();
  }

  /** {@return the raw properties of a language's bundle file, for tests that check the files} */
  static Properties file(String language) {
    return Wording.file(language);
  }

  /** {@return the locale the wording's language is, for dates} */
  Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** {@return whether the wording has a message of this key} */
  boolean has(String key) {
    return wording.has(key);
  }

  private Message message(String key) {
    return wording.message(key);
  }

  /**
   * {@return the text of a message without placeholders}
   *
   * @throws IllegalArgumentException if there is no such message, or it has placeholders
   */
  String text(String key) {
    return message(key).format(Map.of());
  }

  /**
   * {@return a message to fill}
   *
   * @param key its key
   */
  Phrase phrase(String key) {
    return new Phrase(this, key);
  }

  /**
   * {@return the variant of a message for a number: {@code key.one}, {@code key.many} (else {@code
   * key.other}) or {@code key.other}}
   *
   * @param key the message's key, without the variant
   * @param n the number the words depend on
   */
  Phrase phrase(String key, long n) {
    String variant = key + "." + Plural.of(language, n).key();
    if (!wording.has(variant)) {
      variant = key + ".other";
    }
    return new Phrase(this, variant);
  }

  /**
   * Writes a duration in whole minutes when it is one, else in seconds: "1\u00A0minute", "10
   * seconds", "10\u00A0segundos".
   */
  void duration(int seconds, SheetWriter w) {
    durationPhrase(seconds).write(w);
  }

  /** {@return a duration in whole minutes when it is one, else in seconds} */
  Phrase durationPhrase(int seconds) {
    if (seconds >= 60 && seconds % 60 == 0) {
      int minutes = seconds / 60;
      return phrase("duration.minutes", minutes).with("count", minutes);
    }
    return phrase("duration.seconds", seconds).with("count", seconds);
  }

  /** A piece a placeholder is filled with, written into a sheet. */
  @FunctionalInterface
  interface Part {
    /**
     * Writes the piece.
     *
     * @param w where
     */
    void write(SheetWriter w);

    /** {@return the piece as plain text, for comparisons; null when it cannot be said as text} */
    default String text() {
      return null;
    }
  }

  /** {@return text from the protocol, which the writer makes safe} */
  static Part data(String text) {
    return new Part() {
      @Override
      public void write(SheetWriter w) {
        w.data(text);
      }

      @Override
      public String text() {
        return text;
      }
    };
  }

  /** {@return the sheet's own words in quotation marks, which the output chooses} */
  static Part quoted(String text) {
    return w -> w.quoted(text);
  }

  /** {@return text from the protocol in quotation marks, which the output chooses} */
  static Part quotedData(String text) {
    return w -> w.quotedData(text);
  }

  /** {@return text from the protocol, its first letter upper-cased: it starts a sentence} */
  static Part dataCapitalized(String text) {
    return w -> w.dataCapitalized(text);
  }

  /** {@return text from the protocol, in bold} */
  static Part strongData(String text) {
    return new Part() {
      @Override
      public void write(SheetWriter w) {
        w.strongData(text);
      }

      @Override
      public String text() {
        return text;
      }
    };
  }

  /** {@return the sheet's own words, in bold} */
  static Part strong(String text) {
    return new Part() {
      @Override
      public void write(SheetWriter w) {
        w.strong(text);
      }

      @Override
      public String text() {
        return text;
      }
    };
  }

  /** {@return a number, or a range of two: "3", "2–4"} */
  static Part span(long least, long most) {
    return new Part() {
      @Override
      public void write(SheetWriter w) {
        number(least, w);
        if (most != least) {
          w.text(SheetComposer.RANGE);
          number(most, w);
        }
      }

      @Override
      public String text() {
        return most == least ? Long.toString(least) : least + SheetComposer.RANGE + most;
      }
    };
  }

  private static void number(long n, SheetWriter w) {
    if (n == (int) n) {
      w.number((int) n);
    } else {
      w.text(Long.toString(n));
    }
  }

  /**
   * {@return the parts as a list in the wording's language: "A", "A and B", "A, B and C", "A, B y
   * C"} The pieces come from {@code list.two} ({@code {first} and {last}}) and {@code list.more}
   * ({@code {first}, {rest}}), as CLDR's list patterns do.
   *
   * @throws IllegalArgumentException if there are no parts
   */
  Part list(List<? extends Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("list: no parts");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.size() == 2) {
      String last = parts.get(1).text();
      return phrase(last != null && beforeI(last) ? "list.two.beforeI" : "list.two")
          .with("first", parts.get(0))
          .with("last", parts.get(1));
    }
    return phrase("list.more").with("first", parts.get(0)).with("rest", list(parts.subList(1, parts.size())));
  }

  /**
   * {@return whether a word starts with the sound of i, before which Spanish writes "e" for "y"
   * ("glúteos e isquiotibiales", "agua e hielo" being the exception of hie-, hia-)}
   */
  private static boolean beforeI(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("hie") || w.startsWith("hia")) {
      return false;
    }
    return w.startsWith("i") || w.startsWith("í") || w.startsWith("hi") || w.startsWith("hí");
  }

  /** {@return texts from the protocol as a list: "A, B and C"} */
  Part dataList(List<String> texts) {
    List<Part> parts = new java.util.ArrayList<>(texts.size());
    for (String t : texts) {
      parts.add(data(t));
    }
    return list(parts);
  }

  /**
   * A message being filled: its placeholders' parts by name. Written into a sheet with {@link
   * #write(SheetWriter)}, or said as a string with {@link #text()} (which then holds no quoted
   * part). Not thread-safe while being filled.
   */
  static final class Phrase implements Part {
    private final SheetWording wording;
    private final String key;
    /** The placeholders filled so far, by name: a phrase has a handful, looked for in turn. */
    private String[] names = new String[4];
    private Part[] parts = new Part[4];
    private int size;
    private boolean capitalized;

    private Phrase(SheetWording wording, String key) {
      this.wording = wording;
      this.key = key;
    }

    /** {@return this, its placeholder filled with the sheet's own words} */
    Phrase with(String name, String words) {
      Objects.requireNonNull(words, name);
      return with(name, new Part() {
        @Override
        public void write(SheetWriter w) {
          w.text(words);
        }

        @Override
        public String text() {
          return words;
        }
      });
    }

    /** {@return this, its placeholder filled with a number} */
    Phrase with(String name, long n) {
      String digits = Long.toString(n);
      return with(name, new Part() {
        @Override
        public void write(SheetWriter w) {
          if (n == (int) n) {
            w.number((int) n);
          } else {
            w.text(digits);
          }
        }

        @Override
        public String text() {
          return digits;
        }
      });
    }

    /** {@return this, its placeholder filled with a part; a name filled again takes the new part} */
    Phrase with(String name, Part part) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(part, name);
      int at = indexOf(name);
      if (at < 0) {
        if (size == names.length) {
          names = Arrays.copyOf(names, size * 2);
          parts = Arrays.copyOf(parts, size * 2);
        }
        at = size++;
        names[at] = name;
      }
      parts[at] = part;
      return this;
    }

    /**
     * {@return this, the first letter of the message's own words upper-cased when the message
     * starts with them, as a sentence does: "Hold for 30 seconds"}
     */
    Phrase capitalized() {
      capitalized = true;
      return this;
    }

    private int indexOf(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * {@return the message, once its placeholders are checked to be exactly the names filled}
     *
     * @throws IllegalArgumentException if a placeholder is not filled, or a name filled is none
     */
    private Message message() {
      Message m = wording.message(key);
      boolean exact = m.distinctPlaceholders() == size;
      for (int k = 0; exact && k < size; k++) {
        exact = indexOf(m.distinctPlaceholder(k)) >= 0;
      }
      if (!exact) {
        m.requireExactly(new LinkedHashSet<>(Arrays.asList(names).subList(0, size)));
      }
      return m;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the placeholders are not exactly the names filled
     */
    @Override
    public void write(SheetWriter w) {
      Message m = message();
      int n = m.size();
      for (int k = 0; k < n; k++) {
        String literal = m.literal(k);
        if (!literal.isEmpty()) {
          w.text(k == 0 && capitalized ? capitalize(literal) : literal);
        }
        parts[indexOf(m.name(k))].write(w);
      }
      String last = m.literal(n);
      if (!last.isEmpty()) {
        w.text(n == 0 && capitalized ? capitalize(last) : last);
      }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the placeholders are not exactly the names filled
     */
    @Override
    public String text() {
      String[] texts = new String[size];
      for (int i = 0; i < size; i++) {
        texts[i] = parts[i].text();
        if (texts[i] == null) {
          return null;
        }
      }
      Message m = message();
      int n = m.size();
      StringBuilder b = new StringBuilder(64);
      for (int k = 0; k < n; k++) {
        b.append(m.literal(k)).append(texts[indexOf(m.name(k))]);
      }
      String s = b.append(m.literal(n)).toString();
      return capitalized && m.startsWithWords() ? capitalize(s) : s;
    }

    @Override
    public String toString() {
      return key + Arrays.asList(names).subList(0, size);
    }
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
