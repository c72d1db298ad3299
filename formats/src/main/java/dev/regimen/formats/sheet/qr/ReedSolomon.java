package dev.regimen.formats.sheet.qr;

/**
 * Reed–Solomon error correction over GF(256) as QR codes use it (ISO/IEC 18004, 7.5.2): the field
 * built on the primitive polynomial x⁸ + x⁴ + x³ + x² + 1 ({@code 0x11D}), the generator
 * polynomial of degree n the product of (x − αⁱ) for i from 0 to n − 1, with α = 2. Stateless and
 * thread-safe.
 */
final class ReedSolomon {
  private static final int PRIMITIVE = 0x11D;
  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= PRIMITIVE;
      }
    }
    for (int i = 255; i < EXP.length; i++) {
      EXP[i] = EXP[i - 255];
    }
  }

  private ReedSolomon() {}

  /** {@return the product of two elements of the field} */
  static int multiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }

  /**
   * {@return the coefficients of the generator polynomial of the given degree, highest first and
   * without the leading 1}
   */
  static int[] generator(int degree) {
    // g(x) = 1, then multiplied by (x - α^i) in turn; kept with the leading coefficient first.
    int[] g = new int[degree + 1];
    g[0] = 1;
    for (int i = 0; i < degree; i++) {
      int root = EXP[i];
      for (int j = i + 1; j >= 1; j--) {
        g[j] ^= multiply(g[j - 1], root);
      }
    }
    int[] withoutLead = new int[degree];
    System.arraycopy(g, 1, withoutLead, 0, degree);
    return withoutLead;
  }

  /**
   * {@return the error correction codewords of a block: the remainder of the data, times x to the
   * degree, divided by the generator}
   *
   * @param data the block's data codewords, each 0 to 255
   * @param from where the block starts in {@code data}
   * @param length how many codewords it has
   * @param generator the generator, as {@link #generator(int)} gives it
   */
  static int[] remainder(int[] data, int from, int length, int[] generator) {
    int n = generator.length;
    int[] r = new int[n];
    for (int i = from; i < from + length; i++) {
      int factor = data[i] ^ r[0];
      System.arraycopy(r, 1, r, 0, n - 1);
      r[n - 1] = 0;
      for (int j = 0; j < n; j++) {
        r[j] ^= multiply(generator[j], factor);
      }
    }
    return r;
  }
}
