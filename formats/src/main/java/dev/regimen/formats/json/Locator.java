package dev.regimen.formats.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the positions of elements of an in-memory document by their JSON Pointers, in one scan of
 * the document however many they are. Used only on the error path, for problems found after the
 * elements were read (the model's rules are checked when a value is built), so reading valid
 * input costs nothing; a value that breaks ten thousand rules costs one scan, not ten thousand.
 * Not thread-safe: one per document.
 */
final class Locator {
  private final Supplier<JsonParser> parsers;
  private int scans;

  /**
   * A locator over a document.
   *
   * @param parsers opens a new parser over the same document each time
   */
  Locator(Supplier<JsonParser> parsers) {
    this.parsers = parsers;
  }

  /** {@return how many times this locator has scanned the document} */
  int scans() {
    return scans;
  }

  /**
   * Finds one element.
   *
   * @param target the element's pointer
   * @return what {@link #locateAll} returns for it
   */
  TokenStreamLocation locate(JsonPointer target) {
    return locateAll(List.of(target)).get(0);
  }

  /**
   * Finds elements, in one scan.
   *
   * @param targets the elements' pointers
   * @return for each target, in order, the position of the element's first token; when the
   *     element is absent (a missing property), the position of its closest ancestor that is
   *     present; null for every target if the document cannot be scanned
   */
  List<TokenStreamLocation> locateAll(List<JsonPointer> targets) {
    Node root = new Node();
    List<Node> ends = new ArrayList<>(targets.size());
    for (JsonPointer target : targets) {
      Node node = root;
      for (JsonPointer rest = target; !rest.matches(); rest = rest.tail()) {
        node = node.child(rest.getMatchingProperty());
      }
      ends.add(node);
    }
    scans++;
    try (JsonParser p = parsers.get()) {
      scan(p, root);
    } catch (JacksonException e) {
      List<TokenStreamLocation> none = new ArrayList<>(targets.size());
      targets.forEach(t -> none.add(null));
      return none;
    }
    List<TokenStreamLocation> found = new ArrayList<>(targets.size());
    for (Node end : ends) {
      Node node = end;
      while (node.where == null && node.parent != null) {
        node = node.parent;
      }
      found.add(node.where);
    }
    return found;
  }

  /** Walks the document, descending only into the elements some target lies in or under. */
  private static void scan(JsonParser p, Node root) {
    JsonToken token = p.nextToken();
    if (token == null) {
      return;
    }
    root.where = p.currentTokenLocation();
    Deque<Frame> open = new ArrayDeque<>();
    if (root.children != null && token.isStructStart()) {
      open.push(new Frame(root, token == JsonToken.START_ARRAY));
    }
    while (!open.isEmpty()) {
      Frame frame = open.peek();
      String key;
      if (frame.array) {
        token = p.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
          open.pop();
          continue;
        }
        key = Integer.toString(frame.index++);
      } else {
        key = p.nextName();
        if (key == null) {
          open.pop();
          continue;
        }
        token = p.nextToken();
      }
      Node child = frame.node.children.get(key);
      if (child == null) {
        p.skipChildren();
        continue;
      }
      child.where = p.currentTokenLocation();
      if (child.children != null && token.isStructStart()) {
        open.push(new Frame(child, token == JsonToken.START_ARRAY));
      } else {
        p.skipChildren();
      }
    }
  }

  /** A step of the targets' paths: a property name or an array index, as a pointer writes it. */
  private static final class Node {
    private final Node parent;
    private Map<String, Node> children;
    private TokenStreamLocation where;

    Node() {
      this(null);
    }

    private Node(Node parent) {
      this.parent = parent;
    }

    Node child(String key) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(key, k -> new Node(this));
    }
  }

  /** An object or array being walked. */
  private static final class Frame {
    final Node node;
    final boolean array;
    int index;

    Frame(Node node, boolean array) {
      this.node = node;
      this.array = array;
    }
  }
}
