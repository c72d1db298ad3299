package dev.regimen.formats.sheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.sheet.SheetOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the HTML sheet writes, example by example, and the L5-S1 golden page. */
class HtmlSheetTest {
  private static final boolean UPDATE = Boolean.getBoolean("regimen.golden.update");

  private static final HtmlSheet HTML = HtmlSheet.defaults();

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theL5S1PageMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden("l5-s1-relief.html", HTML.render(Handouts.L5S1));
  }

  @Test
  void theL5S1PageWithTheBundledDrawingsMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden(
        "l5-s1-relief.pictures.html", HTML.withPictures(PictureResolver.bundled()).render(Handouts.L5S1));
  }

  @Test
  void theBundledResolverShowsTheDrawingOfEachStretchWithItsAltText() throws IOException {
    String page = HTML.withPictures(PictureResolver.bundled()).render(Handouts.L5S1);

    assertThat(count(page, "<img")).isEqualTo(3);
    List<Exercise> stretches = Handouts.L5S1.exercises();
    Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]+)\" />").matcher(page);
    for (Exercise stretch : stretches) {
      assertThat(img.find()).as(stretch.id()).isTrue();
      byte[] png = Base64.getDecoder().decode(img.group(1));
      assertThat(png).isEqualTo(Catalog.mediaBytes(stretch.media().get(0).uri()).orElseThrow());
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(decoded.getWidth()).isEqualTo(360);
      assertThat(decoded.getHeight()).isEqualTo(240);
      assertThat(img.group(2)).isEqualTo(stretch.media().get(0).altText());
      // each drawing right after its exercise's heading
      assertThat(page.substring(0, img.start())).endsWith(". " + stretch.name() + "</h3>\n<div class=\"pictures\">\n<figure>");
    }
    assertThat(img.find()).isFalse();
  }

  @Test
  void theBundledResolverHasNoPictureForAnyOtherUri() {
    PictureResolver bundled = PictureResolver.bundled();

    assertThat(bundled.resolve(URI.create("l5-s1-relief/seated-hamstring-stretch.png"))).isPresent();
    assertThat(bundled.resolve(URI.create("pictures/seated-hamstring-stretch.png"))).isEmpty();
    assertThat(bundled.resolve(URI.create("https://example.org/l5-s1-relief/seated-hamstring-stretch.png"))).isEmpty();
    // a protocol of the caller's with pictures of its own: only the bundled ones are shown
    String page = HTML.withPictures(bundled).render(Handouts.withPictures());
    assertThat(count(page, "<img")).isEqualTo(3);
    assertThat(page).doesNotContain(Handouts.SEATED_ALT);
  }

  @Test
  void thePersonalisedL5S1PageMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden(
        "l5-s1-relief.personalised.html",
        HtmlSheet.of(dev.regimen.formats.sheet.Personalised.OPTIONS)
            .withPictures(PictureResolver.bundled())
            .render(Handouts.L5S1));
  }

  @Test
  void isOneSelfContainedPolyglotPage() {
    String page = HTML.render(Handouts.L5S1);

    assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n");
    assertThat(page).endsWith("</html>\n");
    // The one address is the XHTML namespace, a name that is never fetched.
    assertThat(page.replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", ""))
        .doesNotContain("<script", "<link", "http://", "https://", "url(", "@import", " src=");
    assertThat(count(page, "<h1>")).isEqualTo(1);
    assertThat(page).contains("@page { size: A4;", "@media print", "break-inside: avoid");
    assertThat(page).contains("<header>\n<h1>L5-S1 Relief Stretches</h1>\n</header>\n<main>\n<section class=\"safety\"");
  }

  @Test
  void escapesMarkupInProtocolText() {
    Protocol p = Handouts.L5S1.toBuilder().name("<script>alert(\"x\")</script> & <b>co</b>").build();

    String page = HTML.render(p);

    assertThat(page).contains("<title>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</title>");
    assertThat(page).doesNotContain("<script", "<b>");
  }

  @Test
  void asciiOnlyWritesEveryOtherCharacterAsAReference() {
    String unicode = HTML.render(Handouts.L5S1);
    String ascii = HtmlSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(Handouts.L5S1);

    assertThat(ascii.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(ascii).contains("2&#8211;4&#160;times");
    // Read back, the two pages say the same.
    Matcher ref = Pattern.compile("&#(\\d+);").matcher(ascii);
    StringBuilder decoded = new StringBuilder();
    while (ref.find()) {
      ref.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(Integer.parseInt(ref.group(1)))));
    }
    ref.appendTail(decoded);
    assertThat(decoded.toString()).isEqualTo(unicode);
  }

  @Test
  void theDoseIsInBold() {
    String page = HTML.render(Handouts.L5S1);

    assertThat(page).contains("<p class=\"dose\"><span class=\"label\">How much:</span> <strong>Hold about 30 seconds."
        + " Do 2\u20134\u00A0times on one side, then the other. Start with your right side.</strong></p>");
    assertThat(count(page, "<p class=\"dose\">")).isEqualTo(6);
  }

  @Test
  void stepsAreAnOrderedListAndTheGridATableWithHeaderScopes() {
    String page = HTML.render(Handouts.L5S1);

    assertThat(page).contains("<p class=\"list-label\" id=\"l6\">Steps:</p>\n<ol aria-labelledby=\"l6\">\n<li>Sit up straight");
    assertThat(page).contains("<tr><th scope=\"col\">Exercise</th><th scope=\"col\">Day 1</th>");
    assertThat(page).contains("<tr><th scope=\"row\">1. Seated Hamstring Stretch</th><td></td>");
    assertThat(count(page, "<table class=\"grid\">")).isEqualTo(1);
  }

  @Test
  void aGridOfMoreThanAWeekIsATablePerWeek() {
    String page = HtmlSheet.of(SheetOptions.builder().trackingDays(16).build()).render(Handouts.L5S1);

    assertThat(count(page, "<table class=\"grid\">")).isEqualTo(3);
    assertThat(page).contains(">Days 8\u201314</p>", ">Days 15\u201316</p>", "<th scope=\"col\">Day 16</th>");
    assertThat(page).doesNotContain("Day 17");
  }

  @Test
  void withoutAResolverPicturesAreLeftOutAndNothingSpeaksOfThem() {
    String without = HTML.render(Handouts.withPictures());
    String notFound = HTML.withPictures(uri -> Optional.empty()).render(Handouts.withPictures());

    for (String page : new String[] {without, notFound}) {
      String body = page.substring(page.indexOf("<body"));
      assertThat(body).doesNotContain("<img", "<figure", "pictures", "Step 3", Handouts.SEATED_ALT);
      // The page is the page of the protocol without pictures.
      assertThat(page).isEqualTo(HTML.render(Handouts.L5S1));
    }
  }

  @Test
  void picturesAreEmbeddedWithTheirAltTextAndTheirStep() {
    String page = HTML.withPictures(Handouts.RESOLVER).render(Handouts.withPictures());

    String seated = java.util.Base64.getEncoder().encodeToString(Handouts.PICTURES.get(Handouts.SEATED));
    assertThat(page).contains("<div class=\"pictures\">\n<figure><img src=\"data:image/svg+xml;base64," + seated
        + "\" alt=\"" + Handouts.SEATED_ALT + "\" /></figure>\n<figure><img src=\"data:image/svg+xml;base64,");
    assertThat(page).contains("\" alt=\"" + Handouts.SEATED_STEP_3_ALT + "\" /><figcaption><span>Step 3</span></figcaption></figure>");
    assertThat(count(page, "<img")).isEqualTo(2);
    // The pictures come right after the exercise's heading.
    assertThat(page).contains("<h3 id=\"e5\">1. Seated Hamstring Stretch</h3>\n<div class=\"pictures\">");
  }

  @Test
  void largePrintIsAClassOnTheBodyWithFourteenPointsOnPaper() {
    String page = HTML.withLargePrint(true).render(Handouts.L5S1);

    assertThat(page).contains("<body class=\"large-print\">");
    assertThat(page).contains("body.large-print { font-size: 14pt;");
    assertThat(HTML.render(Handouts.L5S1)).contains("<body>\n");
  }

  @Test
  void theLanguageIsTheWordingsAndTheProtocolsOwnTextIsMarkedWithItsLanguage() {
    Protocol spanish = Handouts.L5S1.toBuilder().language("es").build();

    String page = HTML.render(spanish);

    assertThat(page).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">");
    assertThat(page).contains("<h2 id=\"s1\">Safety first: read this before you start</h2>");
    assertThat(page).contains("<h1 lang=\"es\" xml:lang=\"es\">L5-S1 Relief Stretches</h1>");
    assertThat(page).contains("<span class=\"label\">Starting position:</span> <span lang=\"es\" xml:lang=\"es\">Lying on your back");
    assertThat(page).contains("<h3 id=\"e5\">1. <span lang=\"es\" xml:lang=\"es\">Seated Hamstring Stretch</span></h3>");
  }

  @Test
  void onlyWebAndMailLinksBecomeLinks() {
    Protocol p =
        Handouts.L5S1.toBuilder()
            .sources(java.util.List.of(
                Handouts.L5S1.sources().get(0).toBuilder().link(java.net.URI.create("https://example.org/a?b=1&c=2")).build()))
            .build();

    String page = HTML.render(p);

    assertThat(page).contains("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>");
  }

  @Test
  void describesItself() {
    assertThat(HTML.withLargePrint(true).withPictures(Handouts.RESOLVER).toString())
        .isEqualTo("HtmlSheet{" + SheetOptions.defaults() + ", largePrint=true, pictures=true}");
    assertThat(HTML.withPictures(Handouts.RESOLVER).withoutPictures().pictures()).isEmpty();
    assertThat(HTML.largePrint()).isFalse();
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Path file = Path.of("src", "test", "resources", "golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = HtmlSheetTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("sheet %s", name).isEqualTo(expected);
  }
}
