package dev.regimen.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaKind;
import dev.regimen.core.media.MediaRole;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawings of the bundled routine: attached as media, and shipped in the jar. */
class BundledPicturesTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static final List<Exercise> STRETCHES = Catalog.l5s1Relief().exercises();

  @Test
  void eachStretchOfTheL5S1RoutineHasOneDrawingOfItsHeldPosition() {
    assertThat(STRETCHES).hasSize(3);
    for (Exercise stretch : STRETCHES) {
      assertThat(stretch.media()).as(stretch.id()).hasSize(1);
      Media drawing = stretch.media().get(0);
      assertThat(drawing.kind()).isEqualTo(MediaKind.IMAGE);
      assertThat(drawing.mediaType()).isEqualTo("image/png");
      assertThat(drawing.role()).isEqualTo(MediaRole.END_POSITION);
      assertThat(drawing.uri()).hasToString("l5-s1-relief/" + stretch.id() + ".png");
      assertThat(drawing.uri().isAbsolute()).isFalse();
      assertThat(drawing.caption()).isEmpty();
      for (Step step : stretch.steps()) {
        assertThat(step.media()).isEmpty();
      }
    }
  }

  @Test
  void eachDrawingsAltTextDescribesThePositionInSentences() {
    for (Exercise stretch : STRETCHES) {
      String alt = stretch.media().get(0).altText();
      assertThat(alt).as(stretch.id()).isNotBlank().startsWith("A person ").endsWith(".");
      // a description of the position, not a title of the picture
      assertThat(alt.split("\\. ")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(alt.toLowerCase(java.util.Locale.ROOT)).doesNotContain("picture", "image", "drawing");
    }
    assertThat(STRETCHES.get(0).media().get(0).altText()).contains("chair", "heel on the floor", "toes");
    assertThat(STRETCHES.get(1).media().get(0).altText()).contains("lying on their back", "toward the chest");
    assertThat(STRETCHES.get(2).media().get(0).altText()).contains("bench", "bends forward from the waist");
  }

  @Test
  void mediaBytesGivesEachDrawingAsASmallPngOf360By240Pixels() {
    for (Exercise stretch : STRETCHES) {
      byte[] png = Catalog.mediaBytes(stretch.media().get(0).uri()).orElseThrow();
      assertThat(Arrays.copyOf(png, 8)).as(stretch.id()).isEqualTo(PNG_SIGNATURE);
      ByteBuffer header = ByteBuffer.wrap(png, 8, 25);
      assertThat(header.getInt()).isEqualTo(13);
      assertThat(header.getInt()).isEqualTo(0x49484452); // IHDR
      assertThat(header.getInt()).isEqualTo(360);
      assertThat(header.getInt()).isEqualTo(240);
      assertThat(png.length).isLessThan(8 * 1024);
    }
  }

  @Test
  void mediaBytesReturnsAnArrayOfItsOwnOnEveryCall() {
    URI uri = STRETCHES.get(0).media().get(0).uri();
    byte[] first = Catalog.mediaBytes(uri).orElseThrow();
    first[0] = 0;

    assertThat(Catalog.mediaBytes(uri).orElseThrow()[0]).isEqualTo(PNG_SIGNATURE[0]);
  }

  @Test
  void mediaBytesHasNothingForAUriNoBundledMediaHas() {
    assertThat(Catalog.mediaBytes(URI.create("l5-s1-relief/no-such-stretch.png"))).isEmpty();
    assertThat(Catalog.mediaBytes(URI.create("https://example.org/l5-s1-relief/knee-to-chest-stretch.png"))).isEmpty();
    assertThat(Catalog.mediaBytes(URI.create("./l5-s1-relief/knee-to-chest-stretch.png"))).isEmpty();
    assertThat(Catalog.mediaBytes(URI.create("/dev/regimen/core/catalog/l5-s1-relief/knee-to-chest-stretch.png"))).isEmpty();
    // no other resource of the jar is reachable through it
    assertThat(Catalog.mediaBytes(URI.create("Catalog.class"))).isEmpty();
    assertThat(Catalog.mediaBytes(URI.create("l5-s1-relief/../Catalog.class"))).isEmpty();
  }

  @Test
  void mediaBytesRejectsANullUriNamingIt() {
    assertThatThrownBy(() -> Catalog.mediaBytes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("uri");
  }
}
