package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.formats.sheet.html.PictureResolver;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html}, {@code --large-print} and {@code -o} of sheet, screen, plan and export,
 * and where the pictures of a sheet come from.
 */
class HtmlOutputTest {
  /** The HTML sheet with the bundled pictures, as the command makes it for a bundled protocol. */
  private static final HtmlSheet WITH_DRAWINGS = HtmlSheet.defaults().withPictures(PictureResolver.bundled());

  @TempDir Path dir;

  @Test
  void sheetPrintsTheHtmlPageOfTheBundledProtocolWithItsDrawings() throws Exception {
    Cli.Result result = Cli.run("sheet", "--format", "html");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.pictures.html"));
    assertThat(count(result.out(), "<img src=\"data:image/png;base64,")).isEqualTo(3);
    for (Exercise stretch : Catalog.l5s1Relief().exercises()) {
      Media drawing = stretch.media().get(0);
      byte[] png = Catalog.mediaBytes(drawing.uri()).orElseThrow();
      assertThat(result.out())
          .contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
              + "\" alt=\"" + drawing.altText() + "\" />");
    }
  }

  @Test
  void theFilesOfAProtocolsPicturesAreReadFromItsFolder() throws Exception {
    byte[] png = Catalog.mediaBytes(URI.create("l5-s1-relief/knee-to-chest-stretch.png")).orElseThrow();
    Files.createDirectories(dir.resolve("my pictures"));
    Files.write(dir.resolve("my pictures").resolve("knee.png"), png);
    Path file = dir.resolve("routine.json");
    Files.writeString(file, RegimenJson.defaults().writeProtocol(
        withPictureOfTheSecondStretch("my%20pictures/knee.png", "Pulling one knee in")));

    Cli.Result result = Cli.run("sheet", "--format", "html", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
            + "\" alt=\"Pulling one knee in\" />");
    // and the protocol's drawings, which are not in the folder, are the bundled ones
    assertThat(count(result.out(), "<img ")).isEqualTo(4);
  }

  @Test
  void anExportedBundledProtocolKeepsItsDrawings() throws Exception {
    Path file = dir.resolve("l5-s1.json");
    assertThat(Cli.run("export", "-o", file.toString()).status()).isZero();

    Cli.Result result = Cli.run("sheet", "--format", "html", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.pictures.html"));
  }

  @Test
  void aWebPictureIsNeverFetchedButLeftOutWithAWarning() throws Exception {
    Path file = dir.resolve("routine.json");
    Files.writeString(file, RegimenJson.defaults().writeProtocol(
        withPictureOfTheSecondStretch("https://clinic.example/knee.png", "Pulling one knee in")));

    Cli.Result result = Cli.run("sheet", "--format", "html", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).doesNotContain("Pulling one knee in", "clinic.example");
    assertThat(count(result.out(), "<img ")).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("regimen sheet: warning: picture 'https://clinic.example/knee.png' left out:"
            + " pictures are never fetched from the network" + System.lineSeparator());
  }

  @Test
  void aPictureOutsideTheProtocolsFolderIsLeftOutWithAWarning() throws Exception {
    Files.write(dir.resolve("outside.png"), Catalog.mediaBytes(URI.create("l5-s1-relief/knee-to-chest-stretch.png")).orElseThrow());
    Path file = Files.createDirectories(dir.resolve("routines")).resolve("routine.json");
    Files.writeString(file, RegimenJson.defaults().writeProtocol(
        withPictureOfTheSecondStretch("../outside.png", "Pulling one knee in")));

    Cli.Result result = Cli.run("sheet", "--format", "html", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).doesNotContain("Pulling one knee in");
    assertThat(result.err())
        .startsWith("regimen sheet: warning: picture '../outside.png' left out: no such file in the"
            + " folder of ")
        .contains("routine.json");
  }

  @Test
  void aProtocolOnStandardInputHasTheBundledPicturesOnly() throws Exception {
    String json = RegimenJson.defaults().writeProtocol(
        withPictureOfTheSecondStretch("knee.png", "Pulling one knee in"));

    Cli.Result result = Cli.runWithStdin(json, "sheet", "--format", "html", "-");

    assertThat(result.status()).isZero();
    assertThat(count(result.out(), "<img ")).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("regimen sheet: warning: picture 'knee.png' left out: standard input has no"
            + " folder to find it in" + System.lineSeparator());
  }

  @Test
  void textAndMarkdownSheetsNeitherShowNorLookForPictures() {
    for (String format : List.of("text", "markdown")) {
      Cli.Result result = Cli.run("sheet", "--format", format);

      assertThat(result.status()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).doesNotContain("l5-s1-relief/", ".png", "A person ");
    }
  }

  /** {@return the bundled protocol with one more picture, of its second stretch} */
  private static Protocol withPictureOfTheSecondStretch(String uri, String altText) {
    Protocol l5s1 = Catalog.l5s1Relief();
    List<ProtocolEntry> entries = new ArrayList<>(l5s1.entries());
    Exercise e = entries.get(1).exercise();
    Exercise pictured =
        e.toBuilder().addMedia(Media.image(URI.create(uri), "image/png", altText, MediaRole.MID_POSITION)).build();
    entries.set(1, entries.get(1).toBuilder().exercise(pictured).build());
    return l5s1.toBuilder().entries(entries).build();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void sheetWritesTheHtmlPageToAFileAtomically() throws Exception {
    Path file = dir.resolve("handout.html");
    Files.writeString(file, "an older handout");

    Cli.Result result = Cli.run("sheet", "--format", "html", "--large-print", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(WITH_DRAWINGS.withLargePrint(true).render(Catalog.l5s1Relief()))
        .contains("<body class=\"large-print\">");
    // Nothing but the file is left in the folder: no temporary file.
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAndLeftAlone() {
    Path missing = dir.resolve("no-such-folder").resolve("handout.html");

    Cli.Result result = Cli.run("sheet", "--format", "html", "-o", missing.toString());

    assertThat(result.status()).isNotZero();
    assertThat(result.err()).contains("handout.html");
    assertThat(missing).doesNotExist();
  }

  @Test
  void largePrintIsForHtmlOnly() {
    Cli.Result result = Cli.run("sheet", "--large-print");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--large-print applies to --format html or pdf only, not to --format text");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void asciiMakesAnAsciiPage() {
    Cli.Result result = Cli.run("sheet", "--format", "html", "--ascii");

    assertThat(result.out())
        .isEqualTo(HtmlSheet.of(SheetOptions.builder().asciiOnly(true).build())
            .withPictures(PictureResolver.bundled())
            .render(Catalog.l5s1Relief()));
    assertThat(result.out().chars()).allMatch(c -> c < 0x80);
  }

  @Test
  void screenPrintsTheHtmlPageOfTheReport() throws Exception {
    Path file = dir.resolve("screening.html");

    Cli.Result result =
        Cli.run("screen", "--condition", "herniated-disc", "--format", "html", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo(
            WITH_DRAWINGS
                .render(
                    Screening.screen(
                        Catalog.l5s1Relief(),
                        PatientProfile.builder().addConditionIds("herniated-disc").build())));
  }

  @Test
  void planPrintsTheHtmlTimerScript() {
    Cli.Result result = Cli.run("plan", "--format", "html");

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(HtmlSheet.defaults().render(SessionPlan.of(Catalog.l5s1Relief())));
  }

  @Test
  void exportWritesTheHtmlSheet() throws Exception {
    Path file = dir.resolve("export.html");

    Cli.Result result = Cli.run("export", "--format", "html", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(Golden.read("l5-s1-relief.pictures.html"));
  }

  @Test
  void theFormatListNamesHtml() {
    Cli.Result result = Cli.run("sheet", "--format", "docx");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("expected text, markdown, html or pdf, was 'docx'");
  }
}
