package dev.regimen.catalog.freeexercisedb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the dataset's JSON into {@link Entry} values with Jackson's streaming parser, keeping the
 * place of every text. The file's shape (an array of objects) is required, and a violation of it
 * throws {@link FreeExerciseDbException}; a problem inside an entry is recorded on the entry, which
 * is then skipped. Thread-safe: each read has its own parser.
 */
final class DatasetReader {
  /** The properties of an entry that the dataset defines (its schema.json). */
  static final Set<String> PROPERTIES =
      Set.of(
          "id", "name", "force", "level", "mechanic", "equipment", "primaryMuscles",
          "secondaryMuscles", "instructions", "category", "images");

  /** The dataset's own parser: strict JSON, a property given twice is an error. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private final JsonParser p;

  private DatasetReader(JsonParser p) {
    this.p = p;
  }

  /** Opens a parser; the reader does not close what the parser reads. */
  interface ParserSource {
    JsonParser open();
  }

  /**
   * Reads every entry.
   *
   * @throws FreeExerciseDbException if the input is not of the dataset's shape
   * @throws IOException if the input cannot be read
   */
  static List<Entry> read(ParserSource source) throws IOException {
    try (JsonParser p = source.open()) {
      return new DatasetReader(p).entries();
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw error("", p.currentLocation(), "the input is empty: expected an array of exercises");
      }
      if (t != JsonToken.START_ARRAY) {
        throw error(
            "", p.currentTokenLocation(), "expected an array of exercises, was " + what(t));
      }
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        int index = entries.size();
        if (t != JsonToken.START_OBJECT) {
          throw error(
              "/" + index,
              p.currentTokenLocation(),
              "expected an exercise (an object), was " + what(t));
        }
        entries.add(entry(index));
      }
      t = p.nextToken();
      if (t != null) {
        throw error(
            "", p.currentTokenLocation(), "content after the array of exercises: " + what(t));
      }
      return entries;
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      String pointer = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
      throw error(pointer, where, "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private Entry entry(int index) {
    Entry entry = new Entry(index);
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      String at = entry.pointer + "/" + escape(name);
      switch (name) {
        case "id":
          entry.id = text(entry, at, t, false);
          break;
        case "name":
          entry.name = text(entry, at, t, false);
          break;
        case "category":
          entry.category = text(entry, at, t, false);
          break;
        case "force":
          entry.force = text(entry, at, t, true);
          break;
        case "level":
          entry.level = text(entry, at, t, true);
          break;
        case "mechanic":
          entry.mechanic = text(entry, at, t, true);
          break;
        case "equipment":
          entry.equipment = text(entry, at, t, true);
          break;
        case "primaryMuscles":
          entry.primaryMuscles = texts(entry, at, t);
          break;
        case "secondaryMuscles":
          entry.secondaryMuscles = texts(entry, at, t);
          break;
        case "instructions":
          entry.instructions = texts(entry, at, t);
          break;
        case "images":
          entry.images = texts(entry, at, t);
          break;
        default:
          entry.unknownProperties.add(new Entry.Text(name, at));
          p.skipChildren();
          break;
      }
    }
    return entry;
  }

  /** {@return the text, or null for null (when allowed) or a problem recorded} */
  private Entry.Text text(Entry entry, String at, JsonToken t, boolean nullable) {
    if (t == JsonToken.VALUE_STRING) {
      return new Entry.Text(p.getString(), at);
    }
    if (t == JsonToken.VALUE_NULL && nullable) {
      return null;
    }
    entry.problems.add(
        place(at, p.currentTokenLocation()) + ": must be "
            + (nullable ? "text or null" : "text") + ", was " + what(t));
    p.skipChildren();
    return null;
  }

  /** {@return the texts of an array, null for null, or null with a problem recorded} */
  private List<Entry.Text> texts(Entry entry, String at, JsonToken t) {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      entry.problems.add(
          place(at, p.currentTokenLocation()) + ": must be an array of texts, was " + what(t));
      p.skipChildren();
      return null;
    }
    List<Entry.Text> texts = new ArrayList<>();
    boolean ok = true;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      String element = at + "/" + texts.size();
      if (e == JsonToken.VALUE_STRING) {
        texts.add(new Entry.Text(p.getString(), element));
      } else {
        entry.problems.add(
            place(element, p.currentTokenLocation()) + ": must be text, was " + what(e));
        p.skipChildren();
        texts.add(new Entry.Text("", element));
        ok = false;
      }
    }
    return ok ? texts : null;
  }

  /** {@return a token in words, for messages: "an object", "a number (12)"} */
  private String what(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number (" + p.getString() + ")";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /** {@return "POINTER (line L, column C)", or the pointer alone when the place is unknown} */
  static String place(String pointer, TokenStreamLocation where) {
    if (where == null || where.getLineNr() < 1) {
      return pointer;
    }
    return pointer + " (line " + where.getLineNr() + ", column " + Math.max(1, where.getColumnNr()) + ")";
  }

  private static FreeExerciseDbException error(String pointer, TokenStreamLocation where, String problem) {
    return error(pointer, where, problem, null);
  }

  private static FreeExerciseDbException error(
      String pointer, TokenStreamLocation where, String problem, Throwable cause) {
    boolean known = where != null && where.getLineNr() >= 1;
    return new FreeExerciseDbException(
        pointer,
        known ? where.getLineNr() : -1,
        known ? Math.max(1, where.getColumnNr()) : -1,
        problem,
        cause);
  }

  /** {@return a property name as a JSON Pointer segment (RFC 6901: '~' as ~0, '/' as ~1)} */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
