package dev.regimen.formats.sheet.html;

import dev.regimen.formats.sheet.qr.QrCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Draws a {@link QrCode} as a PNG image: black on white, one-bit greyscale, {@value #SCALE}
 * pixels a module, with the quiet zone of {@value QrCode#QUIET_ZONE} modules around it. Its zlib
 * stream is stored, not compressed, so the bytes are the same on every JDK (a compressor's output
 * may differ from one zlib to the next, and the HTML golden file holds them). Stateless.
 *
 * <p>Why a PNG and not inline SVG: the page also goes to PDF through openhtmltopdf, which draws
 * SVG only with its Batik plugin and otherwise leaves it out (the pdf module refuses an {@code
 * svg} element for that reason); an {@code img} with alternative text is tagged as a figure in
 * PDF/UA, as every other picture of the sheet is.
 */
final class QrPng {
  /** Pixels a module: enough that a viewer that smooths the image still shows sharp modules. */
  static final int SCALE = 4;

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int STORED_BLOCK = 65_535;

  private QrPng() {}

  /** {@return the width and height of the image of a code, in pixels} */
  static int pixels(QrCode code) {
    return (code.size() + 2 * QrCode.QUIET_ZONE) * SCALE;
  }

  /** {@return the PNG image of a code} */
  static byte[] of(QrCode code) {
    int pixels = pixels(code);
    int rowBytes = (pixels + 7) / 8;
    byte[] raw = new byte[(rowBytes + 1) * pixels];
    for (int py = 0; py < pixels; py++) {
      int row = py * (rowBytes + 1);
      raw[row] = 0; // filter: none
      for (int px = 0; px < pixels; px++) {
        int x = px / SCALE - QrCode.QUIET_ZONE;
        int y = py / SCALE - QrCode.QUIET_ZONE;
        boolean dark = x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.isDark(x, y);
        if (!dark) {
          raw[row + 1 + px / 8] |= (byte) (0x80 >>> (px % 8));
        }
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(raw.length + 128);
    png.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, pixels);
    putInt(header, 4, pixels);
    header[8] = 1; // bit depth
    header[9] = 0; // greyscale
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", zlibStored(raw));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951, 3.2.4). */
  private static byte[] zlibStored(byte[] data) {
    ByteArrayOutputStream z = new ByteArrayOutputStream(data.length + 64);
    z.write(0x78);
    z.write(0x01);
    int at = 0;
    do {
      int length = Math.min(STORED_BLOCK, data.length - at);
      boolean last = at + length == data.length;
      z.write(last ? 1 : 0);
      z.write(length & 0xFF);
      z.write(length >>> 8);
      z.write(~length & 0xFF);
      z.write((~length >>> 8) & 0xFF);
      z.write(data, at, length);
      at += length;
    } while (at < data.length);
    Adler32 adler = new Adler32();
    adler.update(data);
    byte[] sum = new byte[4];
    putInt(sum, 0, (int) adler.getValue());
    z.writeBytes(sum);
    return z.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    png.writeBytes(length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    byte[] sum = new byte[4];
    putInt(sum, 0, (int) crc.getValue());
    png.writeBytes(sum);
  }

  private static void putInt(byte[] into, int at, int value) {
    into[at] = (byte) (value >>> 24);
    into[at + 1] = (byte) (value >>> 16);
    into[at + 2] = (byte) (value >>> 8);
    into[at + 3] = (byte) value;
  }
}
