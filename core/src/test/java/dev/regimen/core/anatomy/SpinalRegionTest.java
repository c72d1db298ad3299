package dev.regimen.core.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpinalRegionTest {

  @Test
  void regionsRunFromTheNeckToTheTailboneWithTheirVertebraCounts() {
    assertThat(SpinalRegion.values())
        .containsExactly(
            SpinalRegion.CERVICAL, SpinalRegion.THORACIC, SpinalRegion.LUMBAR,
            SpinalRegion.SACRAL, SpinalRegion.COCCYGEAL);
    assertThat(Arrays.stream(SpinalRegion.values()).mapToInt(SpinalRegion::vertebraCount))
        .containsExactly(7, 12, 5, 5, 4);
    assertThat(Arrays.stream(SpinalRegion.values()).map(SpinalRegion::prefix))
        .containsExactly("C", "T", "L", "S", "Co");
  }

  @Test
  void onlyTheSacrumAndTheCoccyxAreFused() {
    assertThat(Arrays.stream(SpinalRegion.values()).filter(SpinalRegion::isFused))
        .containsExactly(SpinalRegion.SACRAL, SpinalRegion.COCCYGEAL);
  }

  @Test
  void firstAndLastBoundTheRegion() {
    assertThat(SpinalRegion.LUMBAR.first().label()).isEqualTo("L1");
    assertThat(SpinalRegion.LUMBAR.last().label()).isEqualTo("L5");
    assertThat(SpinalRegion.COCCYGEAL.labelRange()).isEqualTo("Co1 to Co4");
  }

  @Test
  void findsARegionByItsPrefixIgnoringCase() {
    for (SpinalRegion region : SpinalRegion.values()) {
      assertThat(SpinalRegion.ofPrefix(region.prefix())).contains(region);
      assertThat(SpinalRegion.ofPrefix(region.prefix().toLowerCase(java.util.Locale.ROOT))).contains(region);
    }
    assertThat(SpinalRegion.ofPrefix("X")).isEmpty();
    assertThat(SpinalRegion.ofPrefix("")).isEmpty();
  }

  @Test
  void rejectsANullPrefixNamingIt() {
    assertThatThrownBy(() -> SpinalRegion.ofPrefix(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("prefix");
  }
}
