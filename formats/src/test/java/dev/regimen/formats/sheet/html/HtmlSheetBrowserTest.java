package dev.regimen.formats.sheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.html.Browser.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTML sheets in a real browser (see {@link Browser}): they load without a console error and
 * without a request out, axe-core finds no WCAG 2 A or AA violation, and they print on the
 * expected number of A4 pages. {@link #assertGoodHandout} is the check; the tests of broken pages
 * show that it fails when a picture loses its alt text or the safety callout disappears.
 */
class HtmlSheetBrowserTest {
  @RegisterExtension static final Browser BROWSER = new Browser();

  /** Where the README's screenshot is written with {@code -Dregimen.screenshot.update=true}. */
  private static final Path README_SCREENSHOT = Path.of("..", "docs", "images", "l5-s1-handout.png");

  private static final HtmlSheet HTML = HtmlSheet.defaults();

  /**
   * Everything a handout must be in a browser: no console error, no request out, no axe-core
   * violation of WCAG 2 A or AA, every picture decoded and with alt text, and (when it has one)
   * the safety callout first in {@code main}, with a heading and a border that stands out.
   *
   * @param safety whether the sheet has a safety callout
   */
  static void assertGoodHandout(Page page, boolean safety) {
    assertThat(page.consoleErrors()).as("console errors").isEmpty();
    assertThat(page.externalRequests()).as("requests out").isEmpty();
    assertThat(page.axeViolations()).as("axe-core, WCAG 2 A and AA").isEmpty();
    assertThat(page.script(
            "return Array.from(document.images).filter(i => !i.alt || !i.alt.trim()"
                + " || i.naturalWidth === 0).length"))
        .as("pictures without alt text or not decoded")
        .isEqualTo(0L);
    if (safety) {
      assertThat(page.script(
              "const s = document.querySelector('main > section.safety:first-child');"
                  + "if (!s || !s.querySelector('h2') || !s.textContent.trim()) return 'missing';"
                  + "const st = getComputedStyle(s);"
                  + "const other = document.querySelector('main > section:not(.safety)');"
                  + "const width = parseFloat(st.borderTopWidth);"
                  + "if (st.borderTopStyle !== 'solid' || width < 2) return 'no border';"
                  + "if (other && parseFloat(getComputedStyle(other).borderTopWidth) >= width)"
                  + " return 'not distinct';"
                  + "return 'ok';"))
          .as("the safety callout, first and distinct")
          .isEqualTo("ok");
    }
  }

  @Test
  void theL5S1HandoutIsCleanAccessibleAndPrintsOnTwoA4Pages() {
    Page page = BROWSER.load(HTML.render(Handouts.L5S1));

    assertGoodHandout(page, true);
    byte[] pdf = page.printA4();
    assertThat(Browser.everyPageIsA4(pdf)).isTrue();
    assertThat(Browser.pageCount(pdf)).isEqualTo(2);
  }

  @Test
  void theL5S1HandoutWithTheBundledDrawingsShowsThemAndStillPrintsOnTwoA4Pages() {
    Page page = BROWSER.load(HTML.withPictures(PictureResolver.bundled()).render(Handouts.L5S1));

    assertGoodHandout(page, true);
    assertThat(page.script("return Array.from(document.images).map(i => i.alt)"))
        .isEqualTo(Handouts.L5S1.exercises().stream().map(e -> e.media().get(0).altText()).collect(Collectors.toList()));
    assertThat(page.script("return Array.from(document.images).map(i => i.naturalWidth + 'x' + i.naturalHeight)"))
        .isEqualTo(List.of("360x240", "360x240", "360x240"));
    byte[] pdf = page.printA4();
    assertThat(Browser.everyPageIsA4(pdf)).isTrue();
    assertThat(Browser.pageCount(pdf)).isEqualTo(2);
  }

  @Test
  void theL5S1HandoutWithPicturesShowsThemWithTheirAltText() {
    Page page = BROWSER.load(HTML.withPictures(Handouts.RESOLVER).render(Handouts.withPictures()));

    assertGoodHandout(page, true);
    assertThat(page.script("return Array.from(document.images).map(i => i.alt)"))
        .isEqualTo(List.of(Handouts.SEATED_ALT, Handouts.SEATED_STEP_3_ALT));
    assertThat(page.script("return document.images[0].naturalWidth")).isEqualTo(120L);
    // Two pictures of the first exercise still fit: the handout stays on two pages.
    assertThat(Browser.pageCount(page.printA4())).isEqualTo(2);
  }

  @Test
  void theScreeningSheetIsCleanAndAccessible() {
    Page page = BROWSER.load(HTML.render(Handouts.screening()));

    assertGoodHandout(page, true);
    assertThat(Browser.pageCount(page.printA4())).isEqualTo(3);
  }

  @Test
  void thePlanSheetIsCleanAndAccessible() {
    Page page = BROWSER.load(HTML.render(SessionPlan.of(Handouts.L5S1)));

    assertGoodHandout(page, false);
    assertThat(Browser.pageCount(page.printA4())).isEqualTo(2);
  }

  @Test
  void largePrintSetsBodyTextAtFourteenPointsOrMoreOnPaperAndOnScreen() {
    Page page = BROWSER.load(HTML.withLargePrint(true).render(Handouts.L5S1));
    assertGoodHandout(page, true);
    String smallest =
        "return Math.min(...Array.from(document.querySelectorAll('p, li, th, td, figcaption'))"
            + ".map(e => parseFloat(getComputedStyle(e).fontSize)))";

    double screen = ((Number) page.script(smallest)).doubleValue();
    page.emulatePrint(true);
    double paper = ((Number) page.script(smallest)).doubleValue();

    // 14 pt is 18.67 CSS pixels.
    assertThat(screen).isGreaterThanOrEqualTo(14 * 96 / 72.0);
    assertThat(paper).isGreaterThanOrEqualTo(14 * 96 / 72.0);
    // Normal print is smaller on paper: large print is what makes the difference.
    Page normal = BROWSER.load(HTML.render(Handouts.L5S1));
    normal.emulatePrint(true);
    assertThat(((Number) normal.script(smallest)).doubleValue()).isLessThan(paper);
  }

  // ---------------------------------------------------------------- the check fails when it should

  @Test
  void aPictureThatLosesItsAltTextFailsTheCheck() {
    String good = HTML.withPictures(Handouts.RESOLVER).render(Handouts.withPictures());
    String broken = good.replace(" alt=\"" + Handouts.SEATED_ALT + "\"", "");
    assertThat(broken).isNotEqualTo(good);

    Page page = BROWSER.load(broken);

    assertThatThrownBy(() -> assertGoodHandout(page, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");
  }

  @Test
  void aPictureWithBlankAltTextFailsTheCheck() {
    String good = HTML.withPictures(Handouts.RESOLVER).render(Handouts.withPictures());
    String broken = good.replace(" alt=\"" + Handouts.SEATED_ALT + "\"", " alt=\" \"");
    assertThat(broken).isNotEqualTo(good);

    Page page = BROWSER.load(broken);

    assertThatThrownBy(() -> assertGoodHandout(page, true)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aHandoutWithoutItsSafetyCalloutFailsTheCheck() {
    String good = HTML.render(Handouts.L5S1);
    int start = good.indexOf("<section class=\"safety\"");
    int end = good.indexOf("</section>", start) + "</section>".length();
    assertThat(start).isPositive();
    String broken = good.substring(0, start) + good.substring(end);

    Page page = BROWSER.load(broken);

    assertThatThrownBy(() -> assertGoodHandout(page, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the safety callout");
  }

  @Test
  void aSafetyCalloutThatLooksLikeAnyOtherSectionFailsTheCheck() {
    String good = HTML.render(Handouts.L5S1);
    String broken = good.replace("<section class=\"safety\"", "<section class=\"safety\" style=\"border: 0\"");
    assertThat(broken).isNotEqualTo(good);

    Page page = BROWSER.load(broken);

    assertThatThrownBy(() -> assertGoodHandout(page, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no border");
  }

  // ---------------------------------------------------------------- the README's screenshot

  @Test
  void takesTheReadmeScreenshotOfTheL5S1Handout() throws IOException {
    Page page = BROWSER.load(HTML.withPictures(PictureResolver.bundled()).render(Handouts.L5S1));

    Path png = page.screenshot(Path.of("target", "browser", "l5-s1-handout.png"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));

    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isGreaterThan(2000);
    if (Boolean.getBoolean("regimen.screenshot.update")) {
      // The README shows the top of the page: the title and the safety callout first.
      Files.createDirectories(README_SCREENSHOT.getParent());
      ImageIO.write(image.getSubimage(0, 0, image.getWidth(), 1400), "png", README_SCREENSHOT.toFile());
    }
  }
}
