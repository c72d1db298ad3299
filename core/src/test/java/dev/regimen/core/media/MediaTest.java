package dev.regimen.core.media;

import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.Generators;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTest {
  private static final String ALT = "A person sitting on a chair, one leg stretched out";

  @Test
  void aPictureHasItsUriTypeAltTextAndRole() {
    Media picture =
        Media.image(URI.create("Air_Bike/0.jpg"), "image/jpeg", ALT, MediaRole.START_POSITION);
    assertThat(picture.kind()).isEqualTo(MediaKind.IMAGE);
    assertThat(picture.uri()).isEqualTo(URI.create("Air_Bike/0.jpg"));
    assertThat(picture.caption()).isEmpty();
    Media video =
        Media.builder()
            .uri(URI.create("https://example.org/curl.mp4"))
            .mediaType("video/mp4")
            .altText("One curl, slowly")
            .role(MediaRole.MOVEMENT)
            .caption("Keep your elbows still")
            .build();
    assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
  }

  @Test
  void rejectsMediaWithoutAltText() {
    qt().forAll(Generators.blankTexts())
        .checkAssert(
            blank ->
                assertThat(
                        violationsOf(
                            () -> Media.image(URI.create("a.png"), "image/png", blank, MediaRole.ILLUSTRATION)))
                    .containsExactly(new Violation("altText", "must not be blank")));
  }

  @Test
  void rejectsUrisThatAreNeitherRelativeNorHttp() {
    for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "data:image/png;base64,AAAA", "ftp://x/y.png")) {
      assertThat(rejectionOf(() -> Media.image(URI.create(bad), "image/png", ALT, MediaRole.ILLUSTRATION)))
          .hasMessage("uri: must be relative or use http or https, was '" + bad + "'");
    }
    assertThat(rejectionOf(() -> Media.image(URI.create("//evil.example/x.png"), "image/png", ALT, MediaRole.ILLUSTRATION)))
        .hasMessage("uri: must be relative or use http or https; a reference starting with '//' names a host");
    assertThat(rejectionOf(() -> Media.image(URI.create(""), "image/png", ALT, MediaRole.ILLUSTRATION)))
        .hasMessage("uri: must not be empty");
    assertThat(Media.image(URI.create("HTTPS://example.org/a.png"), "image/png", ALT, MediaRole.ILLUSTRATION).uri())
        .hasScheme("HTTPS");
  }

  @Test
  void rejectsMediaTypesOtherThanImagesAndVideos() {
    for (String bad : List.of("", "image", "image/", "text/html", "application/pdf", "Image/PNG", "image/png; q=1", "video/mp4 ")) {
      assertThat(violationsOf(() -> Media.image(URI.create("a.png"), bad, ALT, MediaRole.ILLUSTRATION)))
          .containsExactly(new Violation("mediaType", Media.MEDIA_TYPE_RULE + ", was '" + bad + "'"));
    }
    assertThat(Media.image(URI.create("a.svg"), "image/svg+xml", ALT, MediaRole.ILLUSTRATION).kind())
        .isEqualTo(MediaKind.IMAGE);
  }

  @Test
  void rejectsABlankCaption() {
    assertThat(
            violationsOf(
                () ->
                    Media.builder()
                        .uri(URI.create("a.png"))
                        .mediaType("image/png")
                        .altText(ALT)
                        .role(MediaRole.END_POSITION)
                        .caption(" ")
                        .build()))
        .containsExactly(new Violation("caption", "must not be blank"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(Generators.media())
        .checkAssert(m -> ValueContracts.assertSameValue(Media.builder().from(m).build(), m));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Media.builder());
  }
}
