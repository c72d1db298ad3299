package dev.regimen.formats.sheet.qr;

import java.util.Arrays;
import java.util.Objects;

/**
 * A QR code, as ISO/IEC 18004 defines it: the square of dark and light modules that encodes a short
 * text, such as a web address, for a phone's camera to read. Immutable and thread-safe.
 *
 * <pre>{@code
 * QrCode code = QrCode.encode("https://clinic.example/exercises");
 * for (int y = 0; y < code.size(); y++) {
 *   for (int x = 0; x < code.size(); x++) {
 *     draw(x, y, code.isDark(x, y));
 *   }
 * }
 * }</pre>
 *
 * <p>What it encodes: the text's characters as ISO-8859-1 bytes, in byte mode (which readers take
 * as ISO-8859-1 when no other character set is named; every web address written in ASCII, as
 * {@link java.net.URI#toASCIIString()} gives it, is read back exactly); at error correction level
 * M (about 15% of the code can be lost and it still reads); in the smallest of the versions
 * {@value #MIN_VERSION} to {@value #MAX_VERSION} (21 to 57 modules a side) that holds it, up to
 * {@value #MAX_BYTES} characters; with the mask whose penalty, by the standard's four rules, is
 * lowest (the first such mask when two tie). The code does not include the quiet zone, the light
 * margin four modules wide that a reader needs around it: whoever draws it leaves that margin.
 */
public final class QrCode {
  /** The smallest version: 21 by 21 modules. */
  public static final int MIN_VERSION = 1;

  /** The largest version encoded: 57 by 57 modules, still small enough to print on a sheet. */
  public static final int MAX_VERSION = 10;

  /** The most characters a code holds: what version {@value #MAX_VERSION} holds at level M. */
  public static final int MAX_BYTES = 213;

  /** The width of the light margin a reader needs around the code, in modules. */
  public static final int QUIET_ZONE = 4;

  /** Error correction codewords per block at level M, by version (ISO/IEC 18004, table 9). */
  private static final int[] EC_PER_BLOCK = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};

  /** Error correction blocks at level M, by version (ISO/IEC 18004, table 9). */
  private static final int[] BLOCKS = {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5};

  /** Level M's two bits in the format information. */
  private static final int LEVEL_M = 0b00;

  private static final int PENALTY_RUN = 3;
  private static final int PENALTY_BLOCK = 3;
  private static final int PENALTY_FINDER = 40;
  private static final int PENALTY_BALANCE = 10;

  private final int version;
  private final int size;
  private final int mask;
  private final boolean[] dark;

  private QrCode(int version, int mask, boolean[] dark) {
    this.version = version;
    this.size = 17 + 4 * version;
    this.mask = mask;
    this.dark = dark;
  }

  /**
   * Encodes a text, such as a web address.
   *
   * @param text the text, 1 to {@value #MAX_BYTES} characters, each from U+0000 to U+00FF
   *     (ISO-8859-1)
   * @return its QR code
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is empty, longer than {@value #MAX_BYTES}
   *     characters, or has a character outside ISO-8859-1
   */
  public static QrCode encode(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text: must not be empty");
    }
    if (text.length() > MAX_BYTES) {
      throw new IllegalArgumentException(
          "text: a QR code (version " + MAX_VERSION + " at most, error correction level M) holds"
              + " at most " + MAX_BYTES + " characters, was " + text.length());
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        throw new IllegalArgumentException(
            "text: only characters from U+0000 to U+00FF (ISO-8859-1) can be encoded, was U+"
                + String.format("%04X", (int) c) + " at index " + i);
      }
      bytes[i] = (byte) c;
    }
    int version = MIN_VERSION;
    while (dataCodewords(version) * 8 < 4 + countBits(version) + 8 * bytes.length) {
      version++;
    }
    int[] codewords = withErrorCorrection(version, dataCodewords(bytes, version));
    return build(version, codewords);
  }

  /** {@return the version, from {@value #MIN_VERSION} to {@value #MAX_VERSION}} */
  public int version() {
    return version;
  }

  /** {@return the number of modules a side: 17 + 4 × the version, from 21 to 57} */
  public int size() {
    return size;
  }

  /** {@return the mask the code is drawn with, from 0 to 7} */
  public int mask() {
    return mask;
  }

  /**
   * Whether a module is dark.
   *
   * @param x its column, from 0 (left) to {@link #size()} − 1
   * @param y its row, from 0 (top) to {@link #size()} − 1
   * @return true for a dark module, false for a light one
   * @throws IndexOutOfBoundsException if {@code x} or {@code y} is outside the code
   */
  public boolean isDark(int x, int y) {
    Objects.checkIndex(x, size);
    Objects.checkIndex(y, size);
    return dark[y * size + x];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QrCode other && version == other.version && Arrays.equals(dark, other.dark);
  }

  @Override
  public int hashCode() {
    return 31 * version + Arrays.hashCode(dark);
  }

  @Override
  public String toString() {
    return "QrCode{version=" + version + ", size=" + size + ", mask=" + mask + "}";
  }

  // ---------------------------------------------------------------- codewords

  /** {@return the bits of the character count indicator in byte mode} */
  private static int countBits(int version) {
    return version <= 9 ? 8 : 16;
  }

  /** {@return the number of modules that carry codewords and remainder bits} */
  private static int dataModules(int version) {
    int size = 17 + 4 * version;
    int modules = size * size - 3 * 64 - 2 * (size - 16) - 31;
    if (version >= 2) {
      int alignments = version / 7 + 2;
      modules -= 25 * (alignments * alignments - 3) - 10 * (alignments - 2);
    }
    if (version >= 7) {
      modules -= 36;
    }
    return modules;
  }

  private static int totalCodewords(int version) {
    return dataModules(version) / 8;
  }

  private static int dataCodewords(int version) {
    return totalCodewords(version) - EC_PER_BLOCK[version] * BLOCKS[version];
  }

  /** {@return the data codewords: mode, count, the bytes, terminator, padding} */
  private static int[] dataCodewords(byte[] bytes, int version) {
    int capacity = dataCodewords(version);
    Bits bits = new Bits(capacity * 8);
    bits.append(0b0100, 4);
    bits.append(bytes.length, countBits(version));
    for (byte b : bytes) {
      bits.append(b & 0xFF, 8);
    }
    bits.append(0, Math.min(4, capacity * 8 - bits.length));
    bits.append(0, (8 - bits.length % 8) % 8);
    int[] codewords = new int[capacity];
    int filled = bits.length / 8;
    for (int i = 0; i < filled; i++) {
      codewords[i] = bits.codeword(i);
    }
    for (int i = filled; i < capacity; i++) {
      codewords[i] = (i - filled) % 2 == 0 ? 0xEC : 0x11;
    }
    return codewords;
  }

  /** The data split into blocks, each given its error correction, and the blocks interleaved. */
  private static int[] withErrorCorrection(int version, int[] data) {
    int blocks = BLOCKS[version];
    int ec = EC_PER_BLOCK[version];
    int total = totalCodewords(version);
    int longBlocks = total % blocks;
    int shortData = total / blocks - ec;
    int[] generator = ReedSolomon.generator(ec);
    int[][] dataOf = new int[blocks][];
    int[][] ecOf = new int[blocks][];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      int length = shortData + (b >= blocks - longBlocks ? 1 : 0);
      dataOf[b] = Arrays.copyOfRange(data, at, at + length);
      ecOf[b] = ReedSolomon.remainder(data, at, length, generator);
      at += length;
    }
    int[] out = new int[total];
    int n = 0;
    for (int i = 0; i <= shortData; i++) {
      for (int b = 0; b < blocks; b++) {
        if (i < dataOf[b].length) {
          out[n++] = dataOf[b][i];
        }
      }
    }
    for (int i = 0; i < ec; i++) {
      for (int b = 0; b < blocks; b++) {
        out[n++] = ecOf[b][i];
      }
    }
    return out;
  }

  /** A bit buffer of fixed capacity, most significant bit first. */
  private static final class Bits {
    private final boolean[] bits;
    private int length;

    Bits(int capacity) {
      bits = new boolean[capacity];
    }

    void append(int value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        bits[length++] = ((value >>> i) & 1) != 0;
      }
    }

    int codeword(int index) {
      int v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 1) | (bits[index * 8 + i] ? 1 : 0);
      }
      return v;
    }
  }

  // ---------------------------------------------------------------- the matrix

  private static QrCode build(int version, int[] codewords) {
    int size = 17 + 4 * version;
    boolean[] modules = new boolean[size * size];
    boolean[] function = new boolean[size * size];
    Matrix m = new Matrix(size, modules, function);
    m.functionPatterns(version);
    m.placeData(codewords);

    int best = -1;
    int bestPenalty = Integer.MAX_VALUE;
    boolean[] bestModules = null;
    for (int mask = 0; mask < 8; mask++) {
      boolean[] candidate = modules.clone();
      Matrix c = new Matrix(size, candidate, function);
      c.applyMask(mask);
      c.formatInformation(mask);
      int penalty = c.penalty();
      if (penalty < bestPenalty) {
        best = mask;
        bestPenalty = penalty;
        bestModules = candidate;
      }
    }
    return new QrCode(version, best, bestModules);
  }

  /** The modules being drawn, and which of them belong to function patterns. */
  private static final class Matrix {
    private final int size;
    private final boolean[] dark;
    private final boolean[] function;

    Matrix(int size, boolean[] dark, boolean[] function) {
      this.size = size;
      this.dark = dark;
      this.function = function;
    }

    private boolean get(int x, int y) {
      return dark[y * size + x];
    }

    private void set(int x, int y, boolean isDark) {
      dark[y * size + x] = isDark;
      function[y * size + x] = true;
    }

    /** Finders with their separators, timing, alignment, the dark module, reserved areas. */
    void functionPatterns(int version) {
      for (int i = 0; i < size; i++) {
        set(6, i, i % 2 == 0);
        set(i, 6, i % 2 == 0);
      }
      finder(3, 3);
      finder(size - 4, 3);
      finder(3, size - 4);
      int[] positions = alignmentPositions(version);
      int last = positions.length - 1;
      for (int i = 0; i <= last; i++) {
        for (int j = 0; j <= last; j++) {
          boolean nearFinder =
              (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
          if (!nearFinder) {
            alignment(positions[i], positions[j]);
          }
        }
      }
      formatInformation(0);
      versionInformation(version);
    }

    private void finder(int cx, int cy) {
      for (int dy = -4; dy <= 4; dy++) {
        for (int dx = -4; dx <= 4; dx++) {
          int x = cx + dx;
          int y = cy + dy;
          if (x < 0 || x >= size || y < 0 || y >= size) {
            continue;
          }
          int ring = Math.max(Math.abs(dx), Math.abs(dy));
          set(x, y, ring != 2 && ring != 4);
        }
      }
    }

    private void alignment(int cx, int cy) {
      for (int dy = -2; dy <= 2; dy++) {
        for (int dx = -2; dx <= 2; dx++) {
          set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
        }
      }
    }

    /** The rows and columns of the alignment patterns' centres (ISO/IEC 18004, annex E). */
    private int[] alignmentPositions(int version) {
      if (version == 1) {
        return new int[0];
      }
      int count = version / 7 + 2;
      int step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
      int[] positions = new int[count];
      positions[0] = 6;
      for (int i = count - 1, p = size - 7; i >= 1; i--, p -= step) {
        positions[i] = p;
      }
      return positions;
    }

    /** Level M and the mask, BCH (15, 5) coded and masked, in both its places. */
    void formatInformation(int mask) {
      int data = LEVEL_M << 3 | mask;
      int r = data;
      for (int i = 0; i < 10; i++) {
        r = (r << 1) ^ ((r >>> 9) * 0x537);
      }
      int bits = (data << 10 | r) ^ 0x5412;
      // Around the top-left finder: bits 0-7 down column 8 (skipping the timing row), 8-14 along
      // row 8 leftwards (skipping the timing column).
      for (int i = 0; i <= 5; i++) {
        set(8, i, bit(bits, i));
      }
      set(8, 7, bit(bits, 6));
      set(8, 8, bit(bits, 7));
      set(7, 8, bit(bits, 8));
      for (int i = 9; i < 15; i++) {
        set(14 - i, 8, bit(bits, i));
      }
      // Beside the other two finders.
      for (int i = 0; i < 8; i++) {
        set(size - 1 - i, 8, bit(bits, i));
      }
      for (int i = 8; i < 15; i++) {
        set(8, size - 15 + i, bit(bits, i));
      }
      set(8, size - 8, true);
    }

    /** From version 7, the version, BCH (18, 6) coded, in both its places. */
    private void versionInformation(int version) {
      if (version < 7) {
        return;
      }
      int r = version;
      for (int i = 0; i < 12; i++) {
        r = (r << 1) ^ ((r >>> 11) * 0x1F25);
      }
      int bits = version << 12 | r;
      for (int i = 0; i < 18; i++) {
        boolean b = bit(bits, i);
        int a = size - 11 + i % 3;
        int c = i / 3;
        set(a, c, b);
        set(c, a, b);
      }
    }

    /** The codewords, in two-module columns from the bottom right, up and down in turn. */
    void placeData(int[] codewords) {
      int total = codewords.length * 8;
      int i = 0;
      for (int right = size - 1; right >= 1; right -= 2) {
        if (right == 6) {
          right = 5;
        }
        boolean upward = ((right + 1) & 2) == 0;
        for (int v = 0; v < size; v++) {
          int y = upward ? size - 1 - v : v;
          for (int j = 0; j < 2; j++) {
            int x = right - j;
            if (function[y * size + x]) {
              continue;
            }
            // Past the last codeword, the remainder bits are light (before masking).
            dark[y * size + x] = i < total && ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) != 0;
            i++;
          }
        }
      }
    }

    void applyMask(int mask) {
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          if (!function[y * size + x] && masked(mask, x, y)) {
            dark[y * size + x] ^= true;
          }
        }
      }
    }

    /** The mask conditions of ISO/IEC 18004, table 10: i the row, j the column. */
    private static boolean masked(int mask, int j, int i) {
      return switch (mask) {
        case 0 -> (i + j) % 2 == 0;
        case 1 -> i % 2 == 0;
        case 2 -> j % 3 == 0;
        case 3 -> (i + j) % 3 == 0;
        case 4 -> (i / 2 + j / 3) % 2 == 0;
        case 5 -> (i * j) % 2 + (i * j) % 3 == 0;
        case 6 -> ((i * j) % 2 + (i * j) % 3) % 2 == 0;
        default -> ((i + j) % 2 + (i * j) % 3) % 2 == 0;
      };
    }

    /**
     * The penalty of the drawn code by the four rules of ISO/IEC 18004, 7.8.3: runs of five or
     * more modules of one colour in a row or column, 2 × 2 blocks of one colour, the finder-like
     * pattern 1:1:3:1:1 with four light modules on one side (outside the code counts as light),
     * and the share of dark modules away from half.
     */
    int penalty() {
      int penalty = 0;
      boolean[] line = new boolean[size];
      for (int horizontal = 0; horizontal < 2; horizontal++) {
        for (int a = 0; a < size; a++) {
          for (int b = 0; b < size; b++) {
            line[b] = horizontal == 0 ? get(b, a) : get(a, b);
          }
          penalty += runs(line) + finderLike(line);
        }
      }
      int darkCount = 0;
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          boolean d = get(x, y);
          if (d) {
            darkCount++;
          }
          if (x + 1 < size && y + 1 < size
              && get(x + 1, y) == d && get(x, y + 1) == d && get(x + 1, y + 1) == d) {
            penalty += PENALTY_BLOCK;
          }
        }
      }
      int total = size * size;
      penalty += Math.abs(20 * darkCount - 10 * total) / total * PENALTY_BALANCE;
      return penalty;
    }

    private int runs(boolean[] line) {
      int penalty = 0;
      int run = 1;
      for (int i = 1; i <= line.length; i++) {
        if (i < line.length && line[i] == line[i - 1]) {
          run++;
          continue;
        }
        if (run >= 5) {
          penalty += PENALTY_RUN + run - 5;
        }
        run = 1;
      }
      return penalty;
    }

    private int finderLike(boolean[] line) {
      int penalty = 0;
      for (int i = 0; i + 7 <= line.length; i++) {
        if (line[i] && !line[i + 1] && line[i + 2] && line[i + 3] && line[i + 4] && !line[i + 5]
            && line[i + 6] && (light(line, i - 4, i) || light(line, i + 7, i + 11))) {
          penalty += PENALTY_FINDER;
        }
      }
      return penalty;
    }

    /** {@return whether the modules from {@code from} to {@code to} (exclusive) are light} */
    private static boolean light(boolean[] line, int from, int to) {
      for (int i = Math.max(0, from); i < Math.min(line.length, to); i++) {
        if (line[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean bit(int value, int i) {
    return ((value >>> i) & 1) != 0;
  }
}
