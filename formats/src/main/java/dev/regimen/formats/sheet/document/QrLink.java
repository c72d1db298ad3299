package dev.regimen.formats.sheet.document;

import dev.regimen.formats.sheet.qr.QrCode;
import java.net.URI;
import java.util.Objects;

/**
 * A web address the caller gave for the person the sheet is for (see {@link
 * dev.regimen.formats.sheet.Personalisation#qrTarget()}), with its QR code: outputs that draw show
 * the code with the address written under it, the others the address in words.
 *
 * @param target the address, {@code http} or {@code https}
 * @param code its QR code, of the address as {@link URI#toASCIIString()} spells it
 */
public record QrLink(URI target, QrCode code) implements Block {
  /**
   * Checks the link.
   *
   * @param target the address, {@code http} or {@code https}
   * @param code its QR code
   * @throws NullPointerException if an argument is null
   */
  public QrLink {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
  }
}
