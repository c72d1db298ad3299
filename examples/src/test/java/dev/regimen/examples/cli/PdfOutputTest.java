package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code regimen sheet|screen|plan --format pdf -o FILE}. */
class PdfOutputTest {
  @TempDir Path dir;

  @Test
  void sheetWritesThePdfHandoutToAFileAtomically() throws IOException {
    Path file = dir.resolve("handout.pdf");
    Files.writeString(file, "an older handout");

    Cli.Result result = Cli.run("sheet", "--format", "pdf", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    byte[] pdf = Files.readAllBytes(file);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(new PDFTextStripper().getText(document))
          .contains("Safety first: read this before you start");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void screenWritesThePersonsSheetAsAPdfWithEveryNoticeThatAppliesToThem() throws IOException {
    Path file = dir.resolve("screening.pdf");

    Cli.Result result =
        Cli.run("screen", "--condition", "herniated-disc", "--in-pain", "--format", "pdf", "-o",
            file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
      // The sheet is set in columns: a heading may break across lines of the text.
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Before you start")
          .contains("Do not exercise while you are already in pain")
          .contains("Consult a medical professional before starting");
    }
  }

  @Test
  void planWritesTheTimerScriptAsAPdf() throws IOException {
    Path file = dir.resolve("plan.pdf");

    Cli.Result result = Cli.run("plan", "--format", "pdf", "-o", file.toString());

    assertThat(result.status()).isZero();
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Session timer script")
          .contains("End of the session.");
    }
  }

  @Test
  void screenAndPlanWithoutAFileAreUsageErrors() {
    for (String command : new String[] {"screen", "plan"}) {
      Cli.Result result = Cli.run(command, "--format", "pdf");

      assertThat(result.status()).as(command).isEqualTo(2);
      assertThat(result.out()).as(command).isEmpty();
      assertThat(result.err()).as(command).contains("--format pdf needs -o FILE");
    }
  }

  @Test
  void largePrintIsHonoured() throws IOException {
    Path normal = dir.resolve("normal.pdf");
    Path large = dir.resolve("large.pdf");

    assertThat(Cli.run("sheet", "--format", "pdf", "-o", normal.toString()).status()).isZero();
    assertThat(Cli.run("sheet", "--format", "pdf", "--large-print", "-o", large.toString()).status())
        .isZero();

    try (PDDocument n = Loader.loadPDF(Files.readAllBytes(normal));
        PDDocument l = Loader.loadPDF(Files.readAllBytes(large))) {
      assertThat(l.getNumberOfPages()).isGreaterThan(n.getNumberOfPages());
    }
  }

  @Test
  void pdfWithoutAFileIsAUsageError() {
    Cli.Result result = Cli.run("sheet", "--format", "pdf");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--format pdf needs -o FILE");
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAndLeftAlone() {
    Path missing = dir.resolve("no-such-folder").resolve("handout.pdf");

    Cli.Result result = Cli.run("sheet", "--format", "pdf", "-o", missing.toString());

    assertThat(result.status()).isNotZero();
    assertThat(result.err()).contains("handout.pdf");
    assertThat(missing).doesNotExist();
  }
}
