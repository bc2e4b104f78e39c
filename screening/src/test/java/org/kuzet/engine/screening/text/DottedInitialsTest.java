package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DottedInitialsTest {

  private static List<RawPart> merged(String text) {
    return DottedInitials.merge(PartSplitter.split(text));
  }

  @Test
  void dottedInitialsBecomeOnePartInTheirOrder() {
    List<RawPart> parts = merged("a.b.c. ivanov");
    assertThat(parts).extracting(RawPart::text).containsExactly("abc", "ivanov");
    assertThat(parts.get(0).dotted()).isTrue();
    assertThat(merged("c.b.a.").get(0).text()).isEqualTo("cba");
  }

  @Test
  void theLastDotMayBeLeftOutAtTheEnd() {
    assertThat(merged("ivanov a.b.c")).extracting(RawPart::text).containsExactly("ivanov", "abc");
  }

  @Test
  void oneDottedInitialStaysAPartOfItsOwn() {
    List<RawPart> parts = merged("a. ivanov");
    assertThat(parts).extracting(RawPart::text).containsExactly("a", "ivanov");
    assertThat(parts.get(0).dotted()).isFalse();
    assertThat(parts.get(0).dotAfter()).isTrue();
  }

  @Test
  void lettersWithoutDotsAreNotMerged() {
    assertThat(merged("a b ivanov")).extracting(RawPart::text).containsExactly("a", "b", "ivanov");
  }
}
