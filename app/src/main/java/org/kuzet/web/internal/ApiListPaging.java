package org.kuzet.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.ApiLists;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.stereotype.Component;

/**
 * The identity module's lists paged with the same {@link Paging} and answered in the same {@link
 * ListPage} as every other list (see {@link ApiLists} for why identity cannot use them itself).
 */
@Component
class ApiListPaging implements ApiLists {

  @Override
  public <T> ListPage<T> page(
      @Nullable String page,
      @Nullable String size,
      @Nullable String sort,
      LinkedHashMap<String, Comparator<T>> order,
      boolean descendingByDefault,
      List<T> all) {
    Paging paging =
        Paging.parse(page, size, sort, List.copyOf(order.keySet()), descendingByDefault);
    return paging.slice(all, order);
  }
}
