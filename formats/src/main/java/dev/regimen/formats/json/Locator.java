package dev.regimen.formats.json;

import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the position of an element of an in-memory document by its JSON Pointer, by scanning the
 * document again. Used only on the error path, for problems found after the element was read
 * (the model's rules are checked when a value is built), so reading valid input costs nothing.
 */
final class Locator {
  private final Supplier<JsonParser> parsers;

  /**
   * A locator over a document.
   *
   * @param parsers opens a new parser over the same document each time
   */
  Locator(Supplier<JsonParser> parsers) {
    this.parsers = parsers;
  }

  /**
   * Finds an element.
   *
   * @param target the element's pointer
   * @return the position of the element's first token; when the element is absent (a missing
   *     property), the position of its closest ancestor that is present; null if the document
   *     cannot be scanned that far
   */
  TokenStreamLocation locate(JsonPointer target) {
    try (JsonParser p = parsers.get()) {
      JsonToken token = p.nextToken();
      TokenStreamLocation found = p.currentTokenLocation();
      JsonPointer rest = target;
      while (!rest.matches()) {
        if (token == JsonToken.START_OBJECT) {
          if (!findProperty(p, rest.getMatchingProperty())) {
            return found;
          }
        } else if (token == JsonToken.START_ARRAY && rest.getMatchingIndex() >= 0) {
          if (!findElement(p, rest.getMatchingIndex())) {
            return found;
          }
        } else {
          return found;
        }
        token = p.currentToken();
        found = p.currentTokenLocation();
        rest = rest.tail();
      }
      return found;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Moves to the value of property {@code name} of the current object; false if it is absent. */
  private static boolean findProperty(JsonParser p, String name) {
    for (String n = p.nextName(); n != null; n = p.nextName()) {
      p.nextToken();
      if (n.equals(name)) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  /** Moves to element {@code index} of the current array; false if it has fewer elements. */
  private static boolean findElement(JsonParser p, int index) {
    for (int i = 0; ; i++) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return false;
      }
      if (i == index) {
        return true;
      }
      p.skipChildren();
    }
  }
}
