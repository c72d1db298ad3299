package dev.regimen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The L5-S1 handout written by hand as XHTML ({@code handout/l5-s1-relief.xhtml}) and its three
 * pictures, until HtmlSheet makes it.
 */
final class Fixture {
  static final String RESOURCE = "/dev/regimen/pdf/handout/l5-s1-relief.xhtml";

  private Fixture() {}

  /** {@return the handout's XHTML} */
  static String xhtml() {
    return read(RESOURCE);
  }

  /** {@return the folder of the handout, whose pictures/ the XHTML names} */
  static Path folder() {
    URL url = Fixture.class.getResource(RESOURCE);
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return options that find the handout's pictures} */
  static PdfOptions options() {
    return PdfOptions.defaults().withImages(ImageResolver.directory(folder()));
  }

  static String read(String resource) {
    try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
