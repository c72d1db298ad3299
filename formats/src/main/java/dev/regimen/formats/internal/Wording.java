package dev.regimen.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The message patterns of one language's bundle, {@code
 * dev/regimen/formats/sheet/SheetWording_<language>.properties} (UTF-8), by key. Immutable and
 * thread-safe.
 *
 * <p>The bundles are in a package of the {@code dev.regimen.formats} module and are loaded through
 * that module ({@link ResourceBundle#getBundle(String, Locale, Module)}), so they are found on the
 * module path and on the class path alike. Each language has its own bundle and there is no base
 * bundle, so the JVM's default locale never decides a sheet's words.
 */
public final class Wording {
  /** The languages sheets are worded in, as BCP 47 primary language tags. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  /** The base name of the bundles. */
  public static final String BUNDLE = "dev.regimen.formats.sheet.SheetWording";

  private static final Wording ENGLISH = load("en");
  private static final Wording SPANISH = load("es");

  private final String language;
  /** Every key and its pattern, sorted by key. */
  private final Map<String, Message> messages;
  /** The same, to be looked up by key: a sheet looks up hundreds of messages. */
  private final Map<String, Message> byKey;

  private Wording(String language, Map<String, Message> messages) {
    this.language = language;
    this.messages = messages;
    this.byKey = Map.copyOf(messages);
  }

  /**
   * The wording of a language.
   *
   * @param language a BCP 47 primary language tag, {@code en} or {@code es}
   * @return its wording
   * @throws IllegalArgumentException if sheets are not worded in it
   */
  public static Wording of(String language) {
    Objects.requireNonNull(language, "language");
    switch (language) {
      case "en":
        return ENGLISH;
      case "es":
        return SPANISH;
      default:
        throw new IllegalArgumentException(
            "sheets are worded in en (English) or es (Spanish), not in '" + language + "'");
    }
  }

  private static Wording load(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Wording.class.getModule());
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
    return new Wording(language, Collections.unmodifiableMap(messages));
  }

  /** {@return the language, a BCP 47 primary tag such as {@code es}} */
  public String language() {
    return language;
  }

  /** {@return every key and its pattern} */
  public Map<String, Message> messages() {
    return messages;
  }

  /**
   * {@return the message of a key}
   *
   * @param key its key
   * @throws IllegalArgumentException if there is no such message
   */
  public Message message(String key) {
    Message m = byKey.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no message '" + key + "' in the " + language + " wording");
    }
    return m;
  }

  /**
   * {@return whether there is a message of this key}
   *
   * @param key its key
   */
  public boolean has(String key) {
    return byKey.containsKey(key);
  }

  /**
   * {@return the text of a message without placeholders}
   *
   * @param key its key
   * @throws IllegalArgumentException if there is no such message, or it has placeholders
   */
  public String text(String key) {
    return message(key).format(Map.of());
  }

  /**
   * {@return a message with its placeholders filled}
   *
   * @param key its key
   * @param values a value for every placeholder, by name
   * @throws IllegalArgumentException if there is no such message, or the values do not match its
   *     placeholders
   */
  public String format(String key, Map<String, String> values) {
    return message(key).format(values);
  }

  /**
   * {@return the raw properties of a language's bundle file, for tests that check the files}
   *
   * @param language {@code en} or {@code es}
   * @throws IllegalStateException if there is no such file
   */
  public static Properties file(String language) {
    String name = "/" + BUNDLE.replace('.', '/') + "_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Wording.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
