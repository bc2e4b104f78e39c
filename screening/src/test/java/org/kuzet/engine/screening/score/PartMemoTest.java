package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/** One query's part similarities, remembered per distinct list part. */
class PartMemoTest {

  private static NameToken part(String name) {
    return NameNormaliser.tokens(name).get(0);
  }

  @Test
  void remembersWhatTheSimilarityGaveAtAnyListPosition() {
    NameToken query = part("Sergey");
    NameToken list = part("Sergei");
    PartMemo memo = new PartMemo(2);
    Pair first = memo.pair(query, list, 1, 0, true);
    assertThat(first).isEqualTo(PartSimilarity.single(query, list, 1, 0, true));
    // the same list part elsewhere in another name: the same similarity at its own position
    Pair again = memo.pair(query, list, 1, 3, true);
    assertThat(again).isEqualTo(PartSimilarity.single(query, list, 1, 3, true));
  }

  @Test
  void rememberedMissesStayMisses() {
    PartMemo memo = new PartMemo(1);
    NameToken query = part("Smirnov");
    NameToken list = part("Ivanov");
    assertThat(memo.pair(query, list, 0, 0, true)).isNull();
    assertThat(memo.pair(query, list, 0, 0, true)).isNull();
  }

  @Test
  void holdsManyListPartsAndEachQueryPartApart() {
    // more distinct list parts than the first table holds: it grows and keeps every answer
    List<NameToken> listParts = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      listParts.add(part(k % 2 == 0 ? "Sergei" : "Ivanov"));
    }
    NameToken sergey = part("Sergey");
    NameToken ivanova = part("Ivanova");
    PartMemo memo = new PartMemo(2);
    for (int round = 0; round < 2; round++) {
      for (int j = 0; j < listParts.size(); j++) {
        NameToken l = listParts.get(j);
        assertThat(memo.pair(sergey, l, 0, j, true))
            .isEqualTo(PartSimilarity.single(sergey, l, 0, j, true));
        assertThat(memo.pair(ivanova, l, 1, j, false))
            .isEqualTo(PartSimilarity.single(ivanova, l, 1, j, false));
      }
    }
  }
}
