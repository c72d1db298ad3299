package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a handout names is fetched: an HTTP server on the loopback address serves everything a
 * handout asks for, and must never be asked.
 */
class NoFetchTest {
  private HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] png = Files.readAllBytes(Fixture.folder().resolve("pictures/knee-to-chest.png"));
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          byte[] body = exchange.getRequestURI().getPath().endsWith(".png") ? png : "p{}".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void thisServerAnswersWhenAskedSoItsSilenceMeansSomething() throws Exception {
    try (var in = new java.net.URL(base + "/probe.css").openStream()) {
      assertThat(in.readAllBytes()).isNotEmpty();
    }
    assertThat(requests).containsExactly("/probe.css");
    requests.clear();
  }

  @Test
  void anHttpPictureComesFromTheResolverNotTheNetwork() throws IOException {
    String address = base + "/pictures/knee.png";
    byte[] png = Files.readAllBytes(Fixture.folder().resolve("pictures/knee-to-chest.png"));
    List<String> asked = new ArrayList<>();
    ImageResolver resolver =
        uri -> {
          asked.add(uri);
          return Optional.ofNullable(uri.equals(address) ? png : null);
        };
    String handout = Handouts.body("<img src=\"" + address + "\" alt=\"A knee pulled to the chest\"/>");

    byte[] pdf = PdfHandout.render(handout, PdfOptions.defaults().withImages(resolver));

    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.images(document)).isEqualTo(1);
    }
    assertThat(asked).containsExactly(address);
    assertThat(requests).isEmpty();
  }

  @Test
  void anHttpPictureTheResolverDoesNotHaveIsNotFetched() {
    String handout =
        Handouts.body("<img src=\"" + base + "/pictures/knee.png\" alt=\"A knee pulled to the chest\"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the picture '"
                + base
                + "/pictures/knee.png' is not there: the image resolver has no picture at that address");
    assertThat(requests).isEmpty();
  }

  @Test
  void stylesheetsFontsAndImportsFromElsewhereAreRefusedAndNotFetched() {
    String head =
        "<link rel=\"stylesheet\" href=\"" + base + "/linked.css\"/>"
            + "<style>@import url(\"" + base + "/imported.css\");"
            + " @font-face { font-family: Remote; src: url(\"" + base + "/font.ttf\"); }"
            + " body { font-family: Remote; }</style>";

    assertThatThrownBy(() -> PdfHandout.render(Handouts.of(head, ""), PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageContaining("a stylesheet at '" + base + "/linked.css', which a handout may not load")
        .hasMessageContaining("a stylesheet at '" + base + "/imported.css'")
        .hasMessageContaining("a font at '" + base + "/font.ttf'");
    assertThat(requests).isEmpty();
  }

  @Test
  void aCssBackgroundPictureIsAskedOfTheResolverNotTheNetwork() {
    List<String> asked = new ArrayList<>();
    ImageResolver resolver =
        uri -> {
          asked.add(uri);
          return Optional.empty();
        };
    String head = "<style>body { background-image: url(\"" + base + "/paper.png\"); }</style>";

    assertThatThrownBy(
            () -> PdfHandout.render(Handouts.of(head, ""), PdfOptions.defaults().withImages(resolver)))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageContaining("'" + base + "/paper.png' is not there");
    assertThat(asked).containsExactly(base + "/paper.png");
    assertThat(requests).isEmpty();
  }

  @Test
  void aPdfOrSvgPictureIsRefusedAndNotFetched() {
    String handout =
        Handouts.body(
            "<img src=\"" + base + "/leaflet.pdf\" alt=\"A leaflet\"/>"
                + "<img src=\"" + base + "/drawing.svg\" alt=\"A drawing\"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessageContaining("a PDF document at '" + base + "/leaflet.pdf'");
    assertThat(requests).isEmpty();
  }

  @Test
  void aFilePictureIsNotReadFromDiskByTheRenderer(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("knee.png");
    Files.copy(Fixture.folder().resolve("pictures/knee-to-chest.png"), file);
    String handout = Handouts.body("<img src=\"" + file.toUri() + "\" alt=\"A knee pulled up\"/>");

    assertThatThrownBy(() -> PdfHandout.render(handout, PdfOptions.defaults()))
        .isInstanceOf(PdfHandoutException.class)
        .hasMessage(
            "the picture '" + file.toUri() + "' is not there: the image resolver has no picture at"
                + " that address");

    byte[] pdf =
        PdfHandout.render(
            handout,
            PdfOptions.defaults()
                .withImages(ImageResolver.of(Map.of(file.toUri().toString(), Files.readAllBytes(file)))));
    assertThat(pdf).isNotEmpty();
  }

  @Test
  void theGateSendsEveryAddressToItsOwnSchemeAndRefusesTheOthers() {
    ResourceGate gate = new ResourceGate(ImageResolver.none());

    assertThat(gate.resolveURI("https://clinic.example/", "a b.png"))
        .isEqualTo("regimen-resource:a+b.png");
    assertThat(gate.resolveURI(null, base + "/x.png")).startsWith("regimen-resource:http");
    assertThat(gate.refusing().getUrl(base + "/x.png").getStream()).isNull();
    assertThat(gate.problems())
        .containsExactly(
            "the handout refers to '" + base + "/x.png', which was not fetched: a handout loads"
                + " nothing from http: addresses");
    assertThat(requests).isEmpty();
  }
}
