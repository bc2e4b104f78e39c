package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HonorificsTest {

  private static List<String> kept(String text) {
    List<RawPart> raws = new ArrayList<>(DottedInitials.merge(PartSplitter.split(text)));
    List<String> ascii = new ArrayList<>(raws.stream().map(RawPart::text).toList());
    Honorifics.drop(raws, ascii);
    assertThat(raws).extracting(RawPart::text).containsExactlyElementsOf(ascii);
    return ascii;
  }

  @Test
  void titlesAndHonorificsAreDropped() {
    assertThat(kept("mr ivan petrov")).containsExactly("ivan", "petrov");
    assertThat(kept("sheikh ahmed maulavi yusuf")).containsExactly("ahmed", "yusuf");
    assertThat(kept("his excellency general ivanov")).containsExactly("ivanov");
  }

  @Test
  void oneWordIsAlwaysKept() {
    assertThat(kept("general")).containsExactly("general");
    assertThat(kept("mr dr")).containsExactly("mr");
  }

  @Test
  void aLeadingTheIsDropped() {
    assertThat(kept("the base")).containsExactly("base");
    assertThat(kept("base of the movement")).containsExactly("base", "of", "the", "movement");
  }

  @Test
  void dottedInitialsAreNoTitle() {
    assertThat(kept("d.r. ivanov")).containsExactly("dr", "ivanov");
  }
}
