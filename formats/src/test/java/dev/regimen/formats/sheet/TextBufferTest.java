package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The text sheet's buffer: what it keeps of what is appended, and where it refuses an index. */
class TextBufferTest {
  @Test
  void holdsWhatIsAppendedInOrder() {
    TextBuffer b = new TextBuffer(4);
    b.append('A').append("bc").append(12).append(new StringBuilder("de"), 1, 2).append("\u2500xy", 0, 2);
    assertThat(b).hasToString("Abc12e\u2500x");
    assertThat(b.length()).isEqualTo(8);
    assertThat(b.charAt(6)).isEqualTo('\u2500');
  }

  @Test
  void growsPastItsCapacity() {
    TextBuffer b = new TextBuffer(1);
    String line = "x".repeat(1000);
    for (int i = 0; i < 50; i++) {
      b.append(line).append('\n');
    }
    assertThat(b.length()).isEqualTo(50_050);
    assertThat(b.toString()).isEqualTo((line + "\n").repeat(50));
  }

  @Test
  void copiesAPartOfAnotherBufferOrOfItself() {
    TextBuffer a = new TextBuffer(8).append("one two");
    TextBuffer b = new TextBuffer(8).append(a, 4, 7).append(' ');
    b.append(b, 0, 3);
    assertThat(b).hasToString("two two");
  }

  @Test
  void aCodePointOutsideTheBmpIsItsSurrogatePair() {
    assertThat(new TextBuffer(2).appendCodePoint(0x1F600).appendCodePoint('a')).hasToString("\uD83D\uDE00a");
  }

  @Test
  void setLengthDropsTheEndAndSubstringCopiesAPart() {
    TextBuffer b = new TextBuffer(8).append("Lift your leg");
    assertThat(b.substring(5)).isEqualTo("your leg");
    assertThat(b.subSequence(0, 4)).hasToString("Lift");
    b.setLength(4);
    assertThat(b).hasToString("Lift");
    b.clear();
    assertThat(b.length()).isZero();
  }

  @Test
  void indexOfFindsACharAtOrAfterAnIndex() {
    TextBuffer b = new TextBuffer(8).append("a\nb\nc");
    assertThat(b.indexOf('\n', 0)).isEqualTo(1);
    assertThat(b.indexOf('\n', 2)).isEqualTo(3);
    assertThat(b.indexOf('\n', 4)).isEqualTo(-1);
  }

  @Test
  void anIndexOutsideTheTextIsRefusedThoughTheArrayIsLonger() {
    TextBuffer b = new TextBuffer(64).append("abc");
    assertThatThrownBy(() -> b.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.setLength(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.substring(2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new TextBuffer(4).append(b, 1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
