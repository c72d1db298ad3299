package dev.regimen.formats.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;

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
 * that module ({@link ResourceBundle#getBundle(String, Locale, Module)}), so they are found on the
 * module path and on the class path alike. Each language has its own bundle and there is no base
 * bundle, so the JVM's default locale never decides a sheet's words.
 */
final class SheetWording {
  /** The languages sheets are worded in, as BCP 47 primary language tags. */
  static final List<String> LANGUAGES = List.of("en", "es");

  static final String BUNDLE = "dev.regimen.formats.sheet.SheetWording";

  /** English, the default. */
  static final SheetWording ENGLISH = load("en");

  /** Spanish, addressing the reader as usted. */
  static final SheetWording SPANISH = load("es");

  private final String language;
  private final Map<String, Message> messages;

  private SheetWording(String language, Map<String, Message> messages) {
    this.language = language;
    this.messages = messages;
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

  /** {@return why a locale is refused: "sheets are worded in en (English) or es (Spanish), ..."} */
  static String unsupported(Locale locale) {
    return "sheets are worded in en (English) or es (Spanish), not in '" + locale.toLanguageTag()
        + "'";
  }

  /** {@return whether sheets are worded in the locale's language} */
  static boolean supports(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage());
  }

  private static SheetWording load(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), SheetWording.class.getModule());
    if (!bundle.getLocale().getLanguage().equals(language)) {
      throw new IllegalStateException("the bundle " + BUNDLE + " has no " + language + " variant");
    }
    Map<String, Message> messages = new TreeMap<>();
    for (String key : bundle.keySet()) {
      try {
        messages.put(key, Message.parse(bundle.getString(key)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(BUNDLE + "_" + language + ": " + key + ": " + e.getMessage(), e);
      }
    }
    return new SheetWording(language, Collections.unmodifiableMap(messages));
  }

  /** {@return the language, a BCP 47 primary tag such as {@code es}} */
  String language() {
    return language;
  }

  /** {@return every key and its pattern, for tests and tools} */
  Map<String, Message> messages() {
    return messages;
  }

  /** {@return the raw properties of a language's bundle file, for tests that check the files} */
  static Properties file(String language) {
    String name = "/" + BUNDLE.replace('.', '/') + "_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = SheetWording.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private Message message(String key) {
    Message m = messages.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no message '" + key + "' in the " + language + " wording");
    }
    return m;
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
    if (!messages.containsKey(variant)) {
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

  /**
   * A message being filled: its placeholders' parts by name. Written into a sheet with {@link
   * #write(SheetWriter)}, or said as a string with {@link #text()} (which then holds no quoted
   * part). Not thread-safe while being filled.
   */
  static final class Phrase implements Part {
    private final SheetWording wording;
    private final String key;
    private final Map<String, Part> parts = new LinkedHashMap<>();
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

    /** {@return this, its placeholder filled with a part} */
    Phrase with(String name, Part part) {
      parts.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(part, name));
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

    @Override
    public void write(SheetWriter w) {
      wording.message(key).write(w, parts, capitalized);
    }

    @Override
    public String text() {
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, Part> e : parts.entrySet()) {
        String t = e.getValue().text();
        if (t == null) {
          return null;
        }
        values.put(e.getKey(), t);
      }
      String s = wording.message(key).format(values);
      return capitalized && wording.message(key).startsWithWords() ? capitalize(s) : s;
    }

    @Override
    public String toString() {
      return key + parts.keySet();
    }
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
