package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartSplitterTest {

  private static List<String> texts(List<RawPart> parts) {
    return parts.stream().map(RawPart::text).toList();
  }

  @Test
  void splitsAtSpacesPunctuationAndHyphens() {
    assertThat(texts(PartSplitter.split("al-qaida, ivanov  petrov/sidorov")))
        .containsExactly("al", "qaida", "ivanov", "petrov", "sidorov");
  }

  @Test
  void apostrophesJoinAndAreKeptOnlyInTheMarkedText() {
    List<RawPart> parts = PartSplitter.split("qa'ida o’neil s`ergei");
    assertThat(texts(parts)).containsExactly("qaida", "oneil", "sergei");
    assertThat(parts.get(0).marked()).isEqualTo("qa'ida");
    assertThat(parts.get(1).marked()).isEqualTo("o'neil");
    assertThat(parts.get(2).marked()).isEqualTo("s'ergei");
  }

  @Test
  void aLeadingApostropheIsNoMark() {
    assertThat(PartSplitter.split("'ali").get(0).marked()).isEqualTo("ali");
  }

  @Test
  void aFullStopAfterAPartIsRemembered() {
    List<RawPart> parts = PartSplitter.split("a. ivanov");
    assertThat(parts.get(0).dotAfter()).isTrue();
    assertThat(parts.get(1).dotAfter()).isFalse();
    assertThat(parts).noneMatch(RawPart::dotted);
  }

  @Test
  void combiningMarksStayWithTheirLetter() {
    assertThat(texts(PartSplitter.split("e\u0301mile"))).containsExactly("e\u0301mile");
  }

  @Test
  void textWithoutLettersOrDigitsHasNoParts() {
    assertThat(PartSplitter.split(" -.,' ")).isEmpty();
  }
}
