package dev.regimen.formats.sheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.formats.sheet.html.Browser.AxeViolation;
import dev.regimen.formats.sheet.html.Browser.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real-browser harness on small hand-written pages: what it reports must be what the page
 * does, or the tests of the HTML sheet that rely on it prove nothing.
 */
class BrowserTest {
  @RegisterExtension static final Browser BROWSER = new Browser();

  /** A page that does everything right: language, title, headings, a picture with its alt. */
  static final String GOOD =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Knee-to-chest stretch</title>
        <style>
          body { font: 14pt/1.4 sans-serif; color: #111; background: #fff; margin: 2em; }
          .safety { border: 3px solid #000; padding: 0.5em 1em; }
        </style>
      </head>
      <body>
        <main>
          <h1>Knee-to-chest stretch</h1>
          <section class="safety" aria-labelledby="safety">
            <h2 id="safety">Before you start</h2>
            <p>Ask a medical professional before you start.</p>
          </section>
          <p><img alt="A person lying on their back, pulling one knee to the chest"
                  width="120" height="60"
                  src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPScxMjAnIGhlaWdodD0nNjAnPjxyZWN0IHdpZHRoPScxMjAnIGhlaWdodD0nNjAnIGZpbGw9JyNjY2MnLz48L3N2Zz4="></p>
          <ol><li>Lie on the floor with your feet flat and your knees bent.</li></ol>
        </main>
      </body>
      </html>
      """;

  static String page(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title><style>body { margin: 0; font: 12pt sans-serif; }</style></head><body><main>"
        + body
        + "</main></body></html>";
  }

  @Test
  void startsDebiansChromiumThroughItsOwnDriverWithoutSeleniumManager() throws IOException {
    // Debian's /usr/bin/chromedriver is a link to /usr/lib/chromium/chromedriver.
    String driver = Browser.CHROMEDRIVER.toRealPath().toString();
    assertThat(Path.of(BROWSER.driverExecutable()).toRealPath()).hasToString(driver);
    assertThat(BROWSER.driverFinderLog())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Skipping Selenium Manager")
                    .contains("specified in Service class")
                    .endsWith(driver));
    assertThat(BROWSER.seleniumManagerRuns()).as("Selenium Manager ran").isFalse();
    // The browser is the one Debian's package installed: the same version chromium reports.
    String version = BROWSER.browserVersion();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    Process p =
        new ProcessBuilder(Browser.CHROMIUM.toString(), "--version")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains(version);
  }

  @Test
  void aGoodPagePassesEveryCheck() {
    Page page = BROWSER.load(GOOD);

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.externalRequests()).isEmpty();
    assertThat(page.axeViolations()).isEmpty();
    byte[] pdf = page.printA4();
    assertThat(Browser.pageCount(pdf)).isEqualTo(1);
    assertThat(Browser.everyPageIsA4(pdf)).isTrue();
    // The picture was decoded: a data: URL is part of the page, not a fetch.
    assertThat(page.script("return document.images[0].naturalWidth")).isEqualTo(120L);
  }

  @Test
  void aPictureWithoutAltTextFailsAxe() {
    String noAlt = GOOD.replace("alt=\"A person lying on their back, pulling one knee to the chest\"", "");
    assertThat(noAlt).isNotEqualTo(GOOD);

    List<AxeViolation> violations = BROWSER.load(noAlt).axeViolations();

    assertThat(violations).extracting(AxeViolation::id).containsExactly("image-alt");
    assertThat(violations.get(0).nodes()).singleElement().asString().contains("<img");
  }

  @Test
  void axeFindsWhatWcagAaAsks() {
    // No language, no title, grey on white below 4.5:1: three AA failures.
    String bad =
        "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><main>"
            + "<p style=\"color: #aaa; background: #fff\">Hold for about 30 seconds.</p>"
            + "</main></body></html>";

    assertThat(BROWSER.load(bad).axeViolations())
        .extracting(AxeViolation::id)
        .containsExactlyInAnyOrder("html-has-lang", "document-title", "color-contrast");
  }

  @Test
  void reportsConsoleErrors() {
    Page page =
        BROWSER.load(
            page(
                "Errors",
                "<h1>Errors</h1><script>console.error('the dose is missing');"
                    + " console.log('only a log'); undefinedFunction();</script>"));

    List<String> errors = page.consoleErrors();
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("the dose is missing"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("undefinedFunction is not defined"));
    assertThat(errors).noneSatisfy(e -> assertThat(e).contains("only a log"));
  }

  @Test
  void anErrorOfOnePageIsNotReportedOnTheNext() {
    BROWSER.load(page("Errors", "<script>console.error('first page')</script>"));

    assertThat(BROWSER.load(GOOD).consoleErrors()).isEmpty();
  }

  @Test
  void countsOneA4Page() {
    // A4 is 297 mm high; with Chrome's default 1 cm margins 277 mm are left: 270 mm fit.
    byte[] pdf = BROWSER.load(page("One page", "<div style=\"height: 270mm\">one</div>")).printA4();

    assertThat(Browser.pageCount(pdf)).isEqualTo(1);
    assertThat(Browser.everyPageIsA4(pdf)).isTrue();
  }

  @Test
  void countsTwoA4Pages() {
    // 290 mm do not fit on one page; 2 x 270 mm fit on two.
    byte[] overflow =
        BROWSER.load(page("Two pages", "<div style=\"height: 290mm\">too tall</div>")).printA4();
    byte[] twoBlocks =
        BROWSER
            .load(
                page(
                    "Two pages",
                    "<div style=\"height: 270mm\">one</div><div style=\"height: 270mm\">two</div>"))
            .printA4();
    byte[] pageBreak =
        BROWSER
            .load(page("Two pages", "<p>one</p><p style=\"break-before: page\">two</p>"))
            .printA4();

    assertThat(Browser.pageCount(overflow)).isEqualTo(2);
    assertThat(Browser.pageCount(twoBlocks)).isEqualTo(2);
    assertThat(Browser.pageCount(pageBreak)).isEqualTo(2);
    assertThat(Browser.everyPageIsA4(twoBlocks)).isTrue();
  }

  @Test
  void blocksAndReportsEveryExternalRequest() {
    Page page =
        BROWSER.load(
            page(
                "External",
                "<link rel=\"stylesheet\" href=\"https://fonts.regimen.invalid/style.css\">"
                    + "<img alt=\"remote\" src=\"http://127.0.0.1:9/picture.png\">"
                    + "<p id=\"fetched\">not yet</p>"
                    + "<script>fetch('https://api.regimen.invalid/data.json')"
                    + ".then(() => 'loaded', e => 'failed: ' + e.message)"
                    + ".then(t => document.getElementById('fetched').textContent = t);</script>"));
    // The fetch is asynchronous: wait until it has settled.
    page.script(
        "const p = document.getElementById('fetched');"
            + "return new Promise(done => (function wait() {"
            + " p.textContent === 'not yet' ? setTimeout(wait, 20) : done(true); })());");

    List<String> external =
        List.of(
            "https://fonts.regimen.invalid/style.css",
            "http://127.0.0.1:9/picture.png",
            "https://api.regimen.invalid/data.json");
    assertThat(page.externalRequests()).containsExactlyInAnyOrderElementsOf(external);
    assertThat(page.blockedRequests()).containsExactlyInAnyOrderElementsOf(external);
    // Nothing came back: the picture did not load, the fetch failed.
    assertThat(page.script("return document.images[0].naturalWidth")).isEqualTo(0L);
    assertThat(page.script("return document.getElementById('fetched').textContent"))
        .isEqualTo("failed: Failed to fetch");
  }

  @Test
  void aLocalFileBesideThePageIsNotARequestOut(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("dot.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\""
            + " height=\"10\"/></svg>");
    Path html = dir.resolve("page.html");
    Files.writeString(html, page("Local", "<h1>Local</h1><img alt=\"a dot\" src=\"dot.svg\">"));

    Page page = BROWSER.load(html);

    assertThat(page.externalRequests()).isEmpty();
    assertThat(page.blockedRequests()).isEmpty();
    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.script("return document.images[0].naturalWidth")).isEqualTo(10L);
  }

  @Test
  void takesAScreenshotOfTheWholePage() throws IOException {
    Page page = BROWSER.load(page("Tall", "<div style=\"height: 2000px; background: #036\"></div>"));

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(page.screenshot()));

    assertThat(png.getWidth()).isEqualTo(1000);
    assertThat(png.getHeight()).isEqualTo(2000);
    assertThat(png.getRGB(500, 1999) & 0xffffff).isEqualTo(0x003366);
  }

  @Test
  void aPageCannotBeUsedOnceAnotherIsOpen() {
    Page first = BROWSER.load(GOOD);
    BROWSER.load(GOOD);

    assertThatThrownBy(first::printA4)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another page");
  }
}
