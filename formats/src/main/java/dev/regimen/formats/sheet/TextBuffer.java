package dev.regimen.formats.sheet;

import java.util.Arrays;

/**
 * The characters of a text sheet as {@link Flow} writes it: a growable array of chars, which
 * is all a text sheet needs of a {@link StringBuilder}. A text sheet is UTF-16 from its first
 * line (box drawing), and a {@code StringBuilder} in UTF-16 copies a part of a Latin-1 string
 * one char at a time, each {@code append} checking its coder and its capacity; this buffer copies
 * a part of a string with {@link String#getChars(int, int, char[], int)}, which widens Latin-1 in
 * bulk. Not thread-safe.
 */
final class TextBuffer implements CharSequence {
  private char[] chars;
  private int length;

  /**
   * An empty buffer.
   *
   * @param capacity the chars it holds before it grows
   */
  TextBuffer(int capacity) {
    chars = new char[Math.max(16, capacity)];
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return substring(start, end);
  }

  /** {@return the chars from {@code start} to the end, as a string} */
  String substring(int start) {
    return substring(start, length);
  }

  /** {@return the chars from {@code start} to {@code end}, as a string} */
  String substring(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("from " + start + " to " + end + ", length " + length);
    }
    return new String(chars, start, end - start);
  }

  /**
   * {@return the index of the first {@code c} at or after {@code from}, or -1}
   *
   * @param c the char looked for
   * @param from where to start looking
   */
  int indexOf(char c, int from) {
    for (int i = Math.max(0, from); i < length; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Drops the chars from {@code newLength} on.
   *
   * @param newLength at most the length
   */
  void setLength(int newLength) {
    if (newLength < 0 || newLength > length) {
      throw new IndexOutOfBoundsException("length " + newLength + " of " + length);
    }
    length = newLength;
  }

  /** Drops every char. */
  void clear() {
    length = 0;
  }

  TextBuffer append(char c) {
    if (length == chars.length) {
      grow(1);
    }
    chars[length++] = c;
    return this;
  }

  TextBuffer append(String s) {
    int n = s.length();
    if (length + n > chars.length) {
      grow(n);
    }
    s.getChars(0, n, chars, length);
    length += n;
    return this;
  }

  TextBuffer append(CharSequence s) {
    return append(s, 0, s.length());
  }

  /**
   * Appends a part of a text.
   *
   * @param s the text
   * @param start the index of the part's first char
   * @param end the index after its last char
   * @return this buffer
   */
  TextBuffer append(CharSequence s, int start, int end) {
    int n = end - start;
    if (length + n > chars.length) {
      grow(n);
    }
    if (s instanceof String string) {
      string.getChars(start, end, chars, length);
    } else if (s instanceof TextBuffer b) {
      if (start < 0 || end > b.length || start > end) {
        throw new IndexOutOfBoundsException("from " + start + " to " + end + ", length " + b.length);
      }
      System.arraycopy(b.chars, start, chars, length, n);
    } else {
      for (int i = start; i < end; i++) {
        chars[length + i - start] = s.charAt(i);
      }
    }
    length += n;
    return this;
  }

  /** Appends a code point, a surrogate pair for one outside the BMP. */
  TextBuffer appendCodePoint(int cp) {
    if (Character.isBmpCodePoint(cp)) {
      return append((char) cp);
    }
    return append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
  }

  /** Appends a number in decimal digits. */
  TextBuffer append(int n) {
    return append(Integer.toString(n));
  }

  private void grow(int needed) {
    int capacity = Math.max(length + needed, chars.length * 2);
    chars = Arrays.copyOf(chars, capacity);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
