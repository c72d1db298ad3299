package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PdfHandout refuses, and that a refused handout writes nothing. */
class PdfHandoutInputTest {
  private static final byte[] PNG = png();

  private static byte[] png() {
    try {
      return Files.readAllBytes(Fixture.folder().resolve("pictures/knee-to-chest.png"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void malformedXhtmlIsRefusedWithItsLineAndColumn() {
    String broken = Handouts.body("<p>Hold <strong>30 seconds</p>");

    assertThatThrownBy(() -> PdfHandout.render(broken, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the handout is not well-formed XHTML: line 5, column 29: The element type \"strong\""
                + " must be terminated by the matching end-tag \"</strong>\".");
  }

  @Test
  void htmlThatIsNotXmlIsRefused() {
    String html = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>a<br></body></html>";

    assertThatThrownBy(() -> PdfHandout.render(html, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageStartingWith("the handout is not well-formed XHTML: line 1, column ");
  }

  @Test
  void aDocumentOutsideTheXhtmlNamespaceIsRefused() {
    String plain = "<html lang=\"en\"><head><title>x</title></head><body><p>a</p></body></html>";

    assertThatThrownBy(() -> PdfHandout.render(plain, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the handout is not XHTML: its root element is 'html' in no namespace, not an html"
                + " element in the namespace http://www.w3.org/1999/xhtml");
  }

  @Test
  void aHandoutWithoutTitleOrLanguageIsRefusedNamingBoth() {
    String bare =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head><body><p>a</p></body></html>";

    assertThatThrownBy(() -> PdfHandout.render(bare, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "2 problems: the handout has no language: give its html element a lang attribute, or"
                + " set PdfOptions.withLanguage; the handout has no title: give its head a title"
                + " element, or set PdfOptions.withTitle");
  }

  @Test
  void theOptionsCanGiveTheTitleAndLanguageTheXhtmlLacks() throws IOException {
    String bare =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Stop if it hurts.</p></body></html>";

    byte[] pdf =
        PdfHandout.render(
            bare,
            PdfOptions.defaults().withTitle("Neck routine").withLanguage(java.util.Locale.GERMAN));

    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Neck routine");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
    }
  }

  @Test
  void aBadLanguageTagIsRefused() {
    String handout = Handouts.body("").replace("lang=\"en\"", "lang=\"not a tag\"");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage("the handout's language 'not a tag' is not a language tag (BCP 47)");
  }

  @Test
  void aPictureWithoutAltTextIsRefusedNamingIt() {
    String handout =
        Handouts.body(
            "<img src=\"a.png\" alt=\"A knee pulled to the chest\"/><img src=\"b.png\"/>"
                + "<img src=\"c.png\" alt=\"  \"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, withPictures("a.png", "b.png", "c.png")))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "2 pictures have no alternative text (alt): 'b.png', 'c.png'; every picture in an"
                + " accessible PDF needs one (PDF/UA-1, ISO 14289-1, 7.3)");
  }

  @Test
  void aPictureTheResolverDoesNotHaveIsRefusedNamingIt() {
    String handout = Handouts.body("<img src=\"pictures/missing.png\" alt=\"A stretch\"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, Fixture.options()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the picture 'pictures/missing.png' is not there: the image resolver has no picture"
                + " at that address");
  }

  @Test
  void aPictureThatIsNotAnImageTheRendererCanEmbedIsRefused() {
    String handout = Handouts.body("<img src=\"a.png\" alt=\"A stretch\"/>");
    PdfOptions options =
        PdfOptions.defaults()
            .withImages(ImageResolver.of(Map.of("a.png", "<svg/>".getBytes(StandardCharsets.UTF_8))));

    assertThatThrownBy(() -> PdfHandout.render(handout, options))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage("the picture 'a.png' is not a PNG, JPEG or GIF image");
  }

  @Test
  void aPictureThatIsBrokenInsideIsRefused() {
    byte[] truncated = java.util.Arrays.copyOf(PNG, 40);
    String handout = Handouts.body("<img src=\"a.png\" alt=\"A stretch\"/>");
    PdfOptions options = PdfOptions.defaults().withImages(ImageResolver.of(Map.of("a.png", truncated)));

    assertThatThrownBy(() -> PdfHandout.render(handout, options))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageContaining("'a.png'")
        .hasMessageContaining("cannot be read as an image");
  }

  @Test
  void aResolverThatFailsIsNamedWithThePicture() {
    String handout = Handouts.body("<img src=\"a.png\" alt=\"A stretch\"/>");
    PdfOptions options =
        PdfOptions.defaults()
            .withImages(
                uri -> {
                  throw new IOException("the media store is offline");
                });

    assertThatThrownBy(() -> PdfHandout.render(handout, options))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage("the picture 'a.png' could not be read: the media store is offline");
  }

  @Test
  void aDataAddressIsDecodedWithoutAskingTheResolver() throws IOException {
    String data = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(PNG);
    String handout = Handouts.body("<img src=\"" + data + "\" alt=\"A knee pulled to the chest\"/>");

    byte[] pdf = PdfHandout.render(handout, PdfOptions.defaults());

    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.images(document)).isEqualTo(1);
    }
  }

  @Test
  void contentThePdfCannotShowIsRefused() {
    String handout =
        Handouts.body(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\""
                + " height=\"10\"/></svg><object data=\"x.pdf\">x</object>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "2 problems: the handout has a svg element, which the PDF cannot show; give pictures"
                + " as PNG, JPEG or GIF in an img element with alternative text; the handout has"
                + " a object element, which the PDF cannot show; give pictures as PNG, JPEG or GIF"
                + " in an img element with alternative text");
  }

  @Test
  void xhtml1EntitiesAreReadFromTheLocalDtdAndNoOtherEntityIsRead(@TempDir Path folder)
      throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET");
    String handout =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\" [\n"
            + "<!ENTITY secret SYSTEM \""
            + secret.toUri()
            + "\">\n]>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head>"
            + "<body><p>Hold&nbsp;30&#160;s &mdash; then rest.[&secret;]</p></body></html>";

    String text = Pdfs.text(PdfHandout.render(handout, PdfOptions.defaults()));

    // (the text is NFKC-normalized: the no-break spaces read as spaces)
    assertThat(text).contains("Hold 30 s \u2014 then rest.[]").doesNotContain("SECRET");
  }

  @Test
  void anotherDtdIsRefusedNotReadAsEmpty() {
    String handout =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/handout.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head>"
            + "<body><p>Hold&nbsp;30 s</p></body></html>";

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageContaining(
            "the handout refers to the DTD or entity at 'http://127.0.0.1:9/handout.dtd', which is"
                + " not read: use <!DOCTYPE html>, or the DOCTYPE of XHTML 1.0 or 1.1");
  }

  @Test
  void aNamedEntityWithoutDtdIsAnError() {
    String handout = Handouts.body("<p>Hold&nbsp;30 s</p>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the handout is not well-formed XHTML: line 5, column 14: The entity \"nbsp\" was"
                + " referenced, but not declared.");
  }

  @Test
  void nothingReachesTheStreamWhenRenderingFails() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String handout = Handouts.body("<img src=\"missing.png\" alt=\"A stretch\"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults(), out))
        .isInstanceOf(PdfHandoutException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void theStreamGetsTheWholePdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PdfHandout.render(Handouts.body(""), PdfOptions.defaults(), out);

    String pdf = out.toString(StandardCharsets.ISO_8859_1);
    assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n");
  }

  @Test
  void aFileIsReplacedByTheWholePdf(@TempDir Path folder) throws IOException {
    Path target = Files.writeString(folder.resolve("handout.pdf"), "old");

    PdfHandout.render(Fixture.xhtml(), Fixture.options(), target);

    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
    }
    assertThat(listing(folder)).containsExactly("handout.pdf");
  }

  @Test
  void aFileIsLeftAsItWasWhenRenderingFails(@TempDir Path folder) throws IOException {
    Path target = Files.writeString(folder.resolve("handout.pdf"), "old");
    Path absent = folder.resolve("new.pdf");

    assertThatThrownBy(() -> PdfHandout.render("<p>", PdfOptions.defaults(), target))
        .isInstanceOf(PdfHandoutException.class);
    assertThatThrownBy(() -> PdfHandout.render("<p>", PdfOptions.defaults(), absent))
        .isInstanceOf(PdfHandoutException.class);

    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(listing(folder)).containsExactly("handout.pdf");
  }

  @Test
  void aDirectoryIsNotReplaced(@TempDir Path folder) throws IOException {
    Path directory = Files.createDirectory(folder.resolve("handout.pdf"));

    assertThatThrownBy(() -> PdfHandout.render(Handouts.body(""), PdfOptions.defaults(), directory))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessageContaining("is a directory");
    assertThat(listing(folder)).containsExactly("handout.pdf");
  }

  @Test
  void argumentsMustNotBeNull() {
    assertThatThrownBy(() -> PdfHandout.render(null, PdfOptions.defaults()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("xhtml");
    assertThatThrownBy(() -> PdfHandout.render("", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options");
    assertThatThrownBy(() -> PdfHandout.render("", PdfOptions.defaults(), (Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target");
  }

  private static PdfOptions withPictures(String... names) {
    Map<String, byte[]> pictures = new java.util.HashMap<>();
    for (String name : names) {
      pictures.put(name, PNG);
    }
    return PdfOptions.defaults().withImages(ImageResolver.of(pictures));
  }

  private static java.util.List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().collect(java.util.stream.Collectors.toList());
    }
  }
}
