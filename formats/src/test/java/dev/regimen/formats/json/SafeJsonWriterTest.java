package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeJsonWriterTest {

  private static String throughWriter(String... pieces) throws IOException {
    StringWriter sink = new StringWriter();
    try (SafeJsonWriter w = new SafeJsonWriter(sink)) {
      for (int i = 0; i < pieces.length; i++) {
        // alternate the three ways a generator hands text on
        if (i % 3 == 0) {
          w.write(pieces[i].toCharArray(), 0, pieces[i].length());
        } else if (i % 3 == 1) {
          w.write(pieces[i], 0, pieces[i].length());
        } else {
          for (char c : pieces[i].toCharArray()) {
            w.write(c);
          }
        }
      }
    }
    return sink.toString();
  }

  @Test
  void passesAPairUnchangedAlsoWhenItIsSplitBetweenWrites() throws IOException {
    String clef = "\uD834\uDD1E";
    assertThat(throughWriter("a" + clef + "b")).isEqualTo("a" + clef + "b");
    assertThat(throughWriter("a\uD834", "\uDD1Eb")).isEqualTo("a" + clef + "b");
    assertThat(throughWriter("x", "a\uD834", "\uDD1Eb")).isEqualTo("xa" + clef + "b");
    assertThat(throughWriter("x", "y", "a\uD834", "\uDD1Eb")).isEqualTo("xya" + clef + "b");
  }

  @Test
  void escapesALoneHighOrLowSurrogateWhereverItStands() throws IOException {
    assertThat(throughWriter("a\uD800b")).isEqualTo("a\\uD800b");
    assertThat(throughWriter("a\uDC00b")).isEqualTo("a\\uDC00b");
    assertThat(throughWriter("x", "a\uD800", "b")).isEqualTo("xa\\uD800b");
    assertThat(throughWriter("\uD800\uD800\uDC00")).isEqualTo("\\uD800\uD800\uDC00");
    assertThat(throughWriter("\uDC00\uD800")).isEqualTo("\\uDC00\\uD800");
  }

  @Test
  void escapesAHighSurrogateLeftAtTheEndWhenFlushed() throws IOException {
    assertThat(throughWriter("end\uDBFF")).isEqualTo("end\\uDBFF");
    assertThat(throughWriter("x", "end\uDBFF")).isEqualTo("xend\\uDBFF");
  }

  @Test
  void writesOnlyThePartOfAStringItIsGiven() throws IOException {
    StringWriter sink = new StringWriter();
    try (SafeJsonWriter w = new SafeJsonWriter(sink)) {
      w.write("--a\uD800b--", 2, 3);
      w.write("--c\uD834\uDD1Ed--".toCharArray(), 2, 4);
    }
    assertThat(sink.toString()).isEqualTo("a\\uD800bc\uD834\uDD1Ed");
  }

  @Test
  void theTextOfALargeProtocolIsItsUtf8DocumentDecoded() throws IOException {
    // large enough that the text sink spans many segments; names with a pair and a lone surrogate
    Protocol l5s1 = Catalog.l5s1Relief();
    List<ProtocolEntry> entries = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ProtocolEntry entry = l5s1.entries().get(i % l5s1.entries().size());
      Exercise exercise =
          Exercise.builder()
              .from(entry.exercise())
              .id(entry.exercise().id() + "-" + i)
              .name(entry.exercise().name() + " \uD834\uDD1E " + i + (i % 50 == 0 ? " \uD800" : ""))
              .build();
      entries.add(ProtocolEntry.of(exercise, entry.dosage()));
    }
    Protocol large = Protocol.builder().from(l5s1).entries(entries).build();
    RegimenJson json = RegimenJson.defaults();

    String text = json.writeProtocol(large);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.writeProtocol(large, bytes);

    assertThat(text.length()).isGreaterThan(200_000);
    assertThat(text).contains("\uD834\uDD1E 1\"", "\\uD800\"").doesNotContain("\uD800\"");
    assertThat(text).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    assertThat(json.readProtocol(text)).isEqualTo(large);
  }
}
