/**
 * QR codes for printed sheets: {@link dev.regimen.formats.sheet.qr.QrCode} encodes a short text,
 * such as a web address, as ISO/IEC 18004 defines it, with no library but the JDK.
 */
package dev.regimen.formats.sheet.qr;
