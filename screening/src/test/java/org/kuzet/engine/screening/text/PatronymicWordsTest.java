package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatronymicWordsTest {

  private static List<String> joined(String text) {
    return PatronymicWords.join(DottedInitials.merge(PartSplitter.split(text))).stream()
        .map(RawPart::text)
        .toList();
  }

  @Test
  void aPatronymicWordJoinsTheFathersNameBeforeIt() {
    assertThat(joined("nurlan serik uly")).containsExactly("nurlan", "serikuly");
    assertThat(joined("akhmed ali ogly aliev")).containsExactly("akhmed", "aliogly", "aliev");
    assertThat(joined("сергей ұлы")).containsExactly("сергейұлы");
  }

  @Test
  void theMarkedTextJoinsToo() {
    List<RawPart> parts = PatronymicWords.join(PartSplitter.split("mixail o'g'li"));
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).marked()).isEqualTo("mixailo'g'li");
  }

  @Test
  void aShortWordOrInitialsBeforeItDoNotJoin() {
    assertThat(joined("li uly")).containsExactly("li", "uly");
    assertThat(joined("a.b. uly")).containsExactly("ab", "uly");
  }

  @Test
  void aPatronymicWordFirstIsLeftAsItIs() {
    assertThat(joined("uly ivanov")).containsExactly("uly", "ivanov");
  }
}
