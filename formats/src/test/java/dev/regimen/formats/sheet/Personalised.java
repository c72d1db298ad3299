package dev.regimen.formats.sheet;

import java.net.URI;
import java.time.LocalDate;

/** The sheets of one made-up patient: every detail of the header, the pain score and a QR code. */
public final class Personalised {
  /** Every detail, and a QR code to the clinic's page of the routine. */
  public static final Personalisation JANE =
      Personalisation.builder()
          .patientName("Jane Doe")
          .dateGiven(LocalDate.of(2026, 12, 2))
          .clinician("Dr Amal Okafor, physiotherapist")
          .clinicContact("Riverside Physiotherapy, 12 Mill Lane, Leeds LS1 4AB; phone 0113 496 0000")
          .reviewDate(LocalDate.of(2026, 12, 23))
          .qrTarget(URI.create("https://clinic.example/routines/l5-s1-relief?from=sheet"))
          .build();

  /** The default options, for Jane, with the pain score. */
  public static final SheetOptions OPTIONS =
      SheetOptions.builder().personalisation(JANE).includePainScore(true).build();

  private Personalised() {}
}
