package dev.regimen.formats.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The encoding rules of binary input: UTF-8 as RFC 3629 defines it, and nothing else. Jackson's
 * byte parser decodes overlong forms ({@code C0 AF} as {@code /}, {@code C0 80} as NUL), code
 * points above U+10FFFF and encoded surrogates without a word, and detects UTF-16 and UTF-32 by
 * itself; so every byte input is checked here first, in one pass that reads eight bytes at a time
 * while they are ASCII. Stateless.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The length of the UTF-8 byte-order mark, {@code EF BB BF}. */
  static final int BOM_LENGTH = 3;

  private Utf8() {}

  /** {@return whether the UTF-8 byte-order mark starts at {@code from}, before {@code length}} */
  static boolean hasBomAt(byte[] bytes, int from, int length) {
    return length - from >= BOM_LENGTH
        && bytes[from] == (byte) 0xEF
        && bytes[from + 1] == (byte) 0xBB
        && bytes[from + 2] == (byte) 0xBF;
  }

  /**
   * {@return null when the input's first bytes can be UTF-8 JSON, else what encoding it is in
   * words}: a UTF-16 or UTF-32 byte-order mark, or a NUL byte among the first four (JSON text
   * starts with ASCII, which UTF-16 and UTF-32 write with NUL bytes beside it)
   */
  static String otherEncoding(byte[] b, int length) {
    if (length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return "UTF-32BE (it starts with the UTF-32BE byte-order mark)";
    }
    if (length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE (it starts with the UTF-32LE byte-order mark)";
    }
    if (length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return "UTF-16BE (it starts with the UTF-16BE byte-order mark)";
    }
    if (length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return "UTF-16LE (it starts with the UTF-16LE byte-order mark)";
    }
    int n = Math.min(length, 4);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0) {
          return "UTF-32BE (its first bytes are 00 00 00)";
        }
        if (n == 4 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
          return "UTF-32LE (its first character is followed by 00 00 00)";
        }
        return (i % 2 == 0 ? "UTF-16BE" : "UTF-16LE")
            + String.format(Locale.ROOT, " or UTF-32 (byte %d is 00)", i);
      }
    }
    return null;
  }

  /**
   * Finds the first byte that breaks RFC 3629.
   *
   * @param b the bytes
   * @param from the index of the first byte to check
   * @param to the index after the last
   * @return the index of the first byte of the first ill-formed sequence, or -1 if all are well
   *     formed
   */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // eight ASCII bytes at a time: the common case of JSON text
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= to) {
        return -1;
      }
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(b, i, to);
      if (length <= 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** {@return the length of the well-formed sequence at {@code i} (2 to 4), or 0 if it is ill-formed} */
  private static int sequenceLength(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    int need;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
      if (lead == 0xE0) {
        low = 0xA0; // below: overlong
      } else if (lead == 0xED) {
        high = 0x9F; // above: a surrogate
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
      if (lead == 0xF0) {
        low = 0x90; // below: overlong
      } else if (lead == 0xF4) {
        high = 0x8F; // above: past U+10FFFF
      }
    } else {
      return 0; // a continuation byte, an overlong lead (C0, C1) or a byte UTF-8 never uses (F5-FF)
    }
    if (i + need >= to) {
      return 0; // truncated by the end of the input
    }
    int second = b[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k <= need; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return need + 1;
  }

  /**
   * Describes the ill-formed sequence at {@code i}, which {@link #firstInvalid} found.
   *
   * @param b the bytes
   * @param i the index of its first byte
   * @param to the index after the last byte of the input
   * @return what is wrong, such as {@code bytes C0 AF are an overlong encoding of U+002F}
   */
  static String describe(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    if (lead >= 0x80 && lead <= 0xBF) {
      return "byte " + hex(lead) + " is a continuation byte without a lead byte";
    }
    if (lead >= 0xF5) {
      return "byte " + hex(lead) + " never occurs in UTF-8";
    }
    int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    int available = 0;
    while (available < need && i + 1 + available < to && ((b[i + 1 + available] & 0xFF) >= 0x80)
        && ((b[i + 1 + available] & 0xFF) <= 0xBF)) {
      available++;
    }
    String bytes = hexRun(b, i, 1 + available);
    if (available < need) {
      return "truncated sequence " + bytes + ": " + hex(lead) + " starts a sequence of " + (need + 1)
          + " bytes" + (i + 1 + available >= to ? ", the input ends" : ", " + hex(b[i + 1 + available] & 0xFF)
          + " is not a continuation byte");
    }
    int cp = lead & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    String at = String.format(Locale.ROOT, "U+%04X", cp);
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return "bytes " + bytes + " encode the surrogate " + at + ", which UTF-8 does not allow";
    }
    if (cp > 0x10FFFF) {
      return "bytes " + bytes + " encode " + String.format(Locale.ROOT, "0x%X", cp)
          + ", which is past U+10FFFF";
    }
    return "bytes " + bytes + " are an overlong encoding of " + at;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "%02X", b);
  }

  private static String hexRun(byte[] b, int i, int n) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < n; k++) {
      s.append(k == 0 ? "" : " ").append(hex(b[i + k] & 0xFF));
    }
    return s.toString();
  }
}
