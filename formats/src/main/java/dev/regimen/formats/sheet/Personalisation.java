package dev.regimen.formats.sheet;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.formats.sheet.qr.QrCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sheet says about the one person it is given to, apart from the protocol: the patient's
 * name, the date the sheet was given, the clinician, how to reach the clinic, the date of the
 * review, and a web address for a QR code. Every part is optional; {@link #none()} has none, and a
 * sheet with it is the protocol's sheet as it always was. Immutable and thread-safe.
 *
 * <pre>{@code
 * Personalisation forJane = Personalisation.builder()
 *     .patientName("Jane Doe")
 *     .dateGiven(LocalDate.of(2026, 12, 2))
 *     .reviewDate(LocalDate.of(2026, 12, 23))
 *     .qrTarget(URI.create("https://clinic.example/videos/l5-s1"))
 *     .build();
 * String sheet = TextSheet.of(SheetOptions.builder().personalisation(forJane).build()).render(protocol);
 * }</pre>
 *
 * <p>None of it is part of the protocol: it is never written into the protocol's JSON, and a
 * protocol's sheets for two people differ only in it. Its text is the caller's and is treated as
 * the protocol's text is (see the {@linkplain dev.regimen.formats.sheet package documentation}):
 * control and format characters never reach a sheet, and no output reads it as markup. The
 * sheets write its dates for a reader, such as "2 December 2026".
 *
 * <p>Rules, all checked by {@link Builder#build()}: each text has something to show once its
 * white space and control and format characters are set aside, and is at most {@value
 * #MAX_TEXT_LENGTH} characters; the review date is not before the date given; the QR code's
 * address is an absolute {@code http} or {@code https} address with a host, of at most {@value
 * QrCode#MAX_BYTES} characters as {@link URI#toASCIIString()} spells it (what a code of {@link
 * QrCode} holds).
 */
public final class Personalisation {
  /** The most characters each text can have. */
  public static final int MAX_TEXT_LENGTH = 300;

  private static final Personalisation NONE = builder().build();

  private final String patientName;
  private final LocalDate dateGiven;
  private final String clinician;
  private final String clinicContact;
  private final LocalDate reviewDate;
  private final URI qrTarget;

  private Personalisation(Builder b) {
    this.patientName = b.patientName;
    this.dateGiven = b.dateGiven;
    this.clinician = b.clinician;
    this.clinicContact = b.clinicContact;
    this.reviewDate = b.reviewDate;
    this.qrTarget = b.qrTarget;
  }

  /** {@return no personalisation: a sheet with it is the protocol's sheet as it always was} */
  public static Personalisation none() {
    return NONE;
  }

  /** {@return a new builder, with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder, starting from this personalisation} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.patientName = patientName;
    b.dateGiven = dateGiven;
    b.clinician = clinician;
    b.clinicContact = clinicContact;
    b.reviewDate = reviewDate;
    b.qrTarget = qrTarget;
    return b;
  }

  /** {@return the patient's name, as the caller gave it} */
  public Optional<String> patientName() {
    return Optional.ofNullable(patientName);
  }

  /** {@return the date the sheet was given to the patient} */
  public Optional<LocalDate> dateGiven() {
    return Optional.ofNullable(dateGiven);
  }

  /** {@return the clinician who gave the sheet, as the caller gave it} */
  public Optional<String> clinician() {
    return Optional.ofNullable(clinician);
  }

  /** {@return how to reach the clinic, such as a phone number or an address, as given} */
  public Optional<String> clinicContact() {
    return Optional.ofNullable(clinicContact);
  }

  /** {@return the date the patient's routine is to be reviewed} */
  public Optional<LocalDate> reviewDate() {
    return Optional.ofNullable(reviewDate);
  }

  /** {@return the web address the sheet's QR code leads to} */
  public Optional<URI> qrTarget() {
    return Optional.ofNullable(qrTarget);
  }

  /** {@return whether any of the header's details is given (the QR code's address aside)} */
  public boolean hasHeader() {
    return patientName != null
        || dateGiven != null
        || clinician != null
        || clinicContact != null
        || reviewDate != null;
  }

  /** {@return whether nothing at all is given} */
  public boolean isEmpty() {
    return !hasHeader() && qrTarget == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Personalisation p
        && Objects.equals(patientName, p.patientName)
        && Objects.equals(dateGiven, p.dateGiven)
        && Objects.equals(clinician, p.clinician)
        && Objects.equals(clinicContact, p.clinicContact)
        && Objects.equals(reviewDate, p.reviewDate)
        && Objects.equals(qrTarget, p.qrTarget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patientName, dateGiven, clinician, clinicContact, reviewDate, qrTarget);
  }

  /** {@return which details are given, without the details themselves: they are personal} */
  @Override
  public String toString() {
    List<String> given = new ArrayList<>(6);
    if (patientName != null) {
      given.add("patientName");
    }
    if (dateGiven != null) {
      given.add("dateGiven");
    }
    if (clinician != null) {
      given.add("clinician");
    }
    if (clinicContact != null) {
      given.add("clinicContact");
    }
    if (reviewDate != null) {
      given.add("reviewDate");
    }
    if (qrTarget != null) {
      given.add("qrTarget");
    }
    return "Personalisation" + given;
  }

  /**
   * Builds a {@link Personalisation}; {@link #build()} checks every rule at once. A null argument
   * clears what was set. Not thread-safe.
   */
  public static final class Builder {
    private String patientName;
    private LocalDate dateGiven;
    private String clinician;
    private String clinicContact;
    private LocalDate reviewDate;
    private URI qrTarget;

    private Builder() {}

    /**
     * Sets the patient's name.
     *
     * @param name the name, or null for none
     * @return this
     */
    public Builder patientName(String name) {
      this.patientName = name;
      return this;
    }

    /**
     * Sets the date the sheet is given.
     *
     * @param date the date, or null for none
     * @return this
     */
    public Builder dateGiven(LocalDate date) {
      this.dateGiven = date;
      return this;
    }

    /**
     * Sets the clinician who gives the sheet.
     *
     * @param clinician the clinician's name, or null for none
     * @return this
     */
    public Builder clinician(String clinician) {
      this.clinician = clinician;
      return this;
    }

    /**
     * Sets how to reach the clinic.
     *
     * @param contact a phone number, an address or both, in words; or null for none
     * @return this
     */
    public Builder clinicContact(String contact) {
      this.clinicContact = contact;
      return this;
    }

    /**
     * Sets the date of the review.
     *
     * @param date the date, not before the date given; or null for none
     * @return this
     */
    public Builder reviewDate(LocalDate date) {
      this.reviewDate = date;
      return this;
    }

    /**
     * Sets the web address of the sheet's QR code.
     *
     * @param target an {@code http} or {@code https} address, checked by {@link #build()}; or null
     *     for no QR code
     * @return this
     */
    public Builder qrTarget(URI target) {
      this.qrTarget = target;
      return this;
    }

    /**
     * Builds the personalisation.
     *
     * @return the personalisation
     * @throws ValidationException naming every rule broken, such as {@code qrTarget: must be an
     *     http or https address, was ftp://clinic.example/}
     */
    public Personalisation build() {
      List<Violation> violations = new ArrayList<>(2);
      text("patientName", patientName, violations);
      text("clinician", clinician, violations);
      text("clinicContact", clinicContact, violations);
      if (dateGiven != null && reviewDate != null && reviewDate.isBefore(dateGiven)) {
        violations.add(
            new Violation(
                "reviewDate",
                "must not be before the date given, " + dateGiven + ", was " + reviewDate));
      }
      if (qrTarget != null) {
        target(qrTarget, violations);
      }
      if (!violations.isEmpty()) {
        throw new ValidationException("personalisation", violations);
      }
      return new Personalisation(this);
    }

    private static void text(String path, String value, List<Violation> violations) {
      if (value == null) {
        return;
      }
      if (DocumentWriter.clean(value, false).isEmpty()) {
        violations.add(new Violation(path, "must have something to show, was blank"));
      } else if (value.length() > MAX_TEXT_LENGTH) {
        violations.add(
            new Violation(
                path, "must be at most " + MAX_TEXT_LENGTH + " characters, was " + value.length()));
      }
    }

    private static void target(URI uri, List<Violation> violations) {
      String ascii = uri.toASCIIString();
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
        violations.add(
            new Violation("qrTarget", "must be an http or https address, was " + shown(ascii)));
      } else if (uri.getHost() == null) {
        violations.add(
            new Violation("qrTarget", "must name a host, such as clinic.example, was " + shown(ascii)));
      } else if (ascii.length() > QrCode.MAX_BYTES) {
        violations.add(
            new Violation(
                "qrTarget",
                "must be at most " + QrCode.MAX_BYTES + " characters (what a QR code on a sheet"
                    + " holds), was " + ascii.length()));
      }
    }

    /** The address as a message shows it: ASCII already, cut short when long. */
    private static String shown(String ascii) {
      return ascii.length() <= 80 ? ascii : ascii.substring(0, 77) + "...";
    }
  }
}
