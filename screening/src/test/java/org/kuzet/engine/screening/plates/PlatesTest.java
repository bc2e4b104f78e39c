package org.kuzet.engine.screening.plates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.Plates;

class PlatesTest {

  @Test
  void cyrillicLookAlikesMatchLatin() {
    assertThat(Plates.normalise("123 АВС 02")).isEqualTo("123ABC02");
    assertThat(Plates.matches("123 АВС 02", "123abc-02")).isTrue();
    assertThat(Plates.matches("777 ЕКМ 01 KZ", "777EKM01")).isTrue();
    assertThat(Plates.matches("Х 123 ОР 77", "X123OP77 RUS")).isTrue();
    assertThat(Plates.matches("123 НТУ 05", "123HTY05")).isTrue();
    assertThat(Plates.matches("123 ABC 02", "123 ABD 02")).isFalse();
  }

  @Test
  void everyLookAlikePairIsMapped() {
    String cyr = "АВЕКМНОРСТУХ";
    String lat = "ABEKMHOPCTYX";
    for (int i = 0; i < cyr.length(); i++) {
      assertThat(Plates.normalise("1" + cyr.charAt(i))).isEqualTo("1" + lat.charAt(i));
    }
  }

  @Test
  void formatsOfTheRegion() {
    assertThat(Plates.format("123 ABC 02")).isEqualTo(PlateFormat.KAZAKHSTAN_2012);
    assertThat(Plates.format("A 123 BCD")).isEqualTo(PlateFormat.KAZAKHSTAN_1993);
    assertThat(Plates.format("А 123 ВС 777")).isEqualTo(PlateFormat.RUSSIA);
    assertThat(Plates.format("01 KG 123 ABC")).isEqualTo(PlateFormat.KYRGYZSTAN);
    assertThat(Plates.format("01 A 123 BC")).isEqualTo(PlateFormat.UZBEKISTAN);
    assertThat(Plates.format("XYZ")).isEqualTo(PlateFormat.UNKNOWN);
  }

  @Test
  void lettersWithoutALatinTwinAreRefused() {
    assertThatThrownBy(() -> Plates.normalise("123 ЖЖЖ 02")).hasMessageContaining("Ж");
    assertThatThrownBy(() -> Plates.normalise(" - ")).isInstanceOf(IllegalArgumentException.class);
  }
}
