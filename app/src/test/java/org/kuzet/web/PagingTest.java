package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paging parameters every API list shares, and the total it answers. */
class PagingTest {

  @Test
  void aTotalIsExactUpToTheCountLimitAndSaysSoPastIt() {
    var paging = Paging.of(null, null, null, List.of("id"), true);
    var within = new ListPage<>(List.of("a"), paging, Paging.COUNT_LIMIT);
    assertThat(within.total()).isEqualTo(Paging.COUNT_LIMIT);
    assertThat(within.totalExact()).isTrue();
    var past = new ListPage<>(List.of("a"), paging, Paging.COUNT_LIMIT + 1L);
    assertThat(past.total()).isEqualTo(Paging.COUNT_LIMIT);
    assertThat(past.totalExact()).isFalse();
    assertThat(past.map(String::toUpperCase).totalExact()).as("kept when mapped").isFalse();
  }

  @Test
  void theCountStopsOnePastTheLimit() {
    assertThat(Paging.countUpToLimit(" FROM t WHERE a = ?"))
        .isEqualTo(
            "SELECT COUNT(*) FROM (SELECT 1 FROM t WHERE a = ? FETCH FIRST "
                + (Paging.COUNT_LIMIT + 1)
                + " ROWS ONLY) counted");
  }

  @Test
  void parametersOutOfRangeAreRefusedByName() {
    var sortable = List.of("inspectedAt", "id");
    assertThat(
            Paging.of(2, 10, "id,asc", sortable, true)
                .orderBy(Map.of("id", "id", "inspectedAt", "t"), "id"))
        .isEqualTo(" ORDER BY id ASC");
    assertThatThrownBy(() -> Paging.of(0, 201, null, sortable, true))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.first().field()).isEqualTo("size"));
    assertThatThrownBy(() -> Paging.of(0, 10, "name", sortable, true))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.first().field()).isEqualTo("sort"));
    assertThatThrownBy(() -> Paging.of(20_000, 10, null, sortable, true))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.first().field()).isEqualTo("page"));
  }
}
