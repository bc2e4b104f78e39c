package org.kuzet.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Paging a short API list held in memory, as the API's conventions state it: {@code page}, {@code
 * size} and {@code sort} checked (400 naming the parameter) and the answer in the standard envelope
 * ({@code items}, {@code page}, {@code size}, {@code sort}, {@code total}, {@code totalExact}). The
 * web module implements it with its {@code Paging} and {@code ListPage}; it is declared here so
 * that the identity module's own lists (accounts) page like every other without the identity module
 * depending on the web module, which depends on it (as {@link IdempotentCalls}).
 */
public interface ApiLists {

  /**
   * The page of {@code all} the caller asked for.
   *
   * @param page the request's {@code page} parameter as sent, or null
   * @param size the request's {@code size} parameter as sent, or null
   * @param sort the request's {@code sort} parameter as sent ({@code field,asc|desc}), or null
   * @param order each field the list may be sorted by and how it orders the items; the first is the
   *     default order
   * @param descendingByDefault whether the default order is descending
   * @return the page in the API's envelope, ready to be answered as JSON
   */
  <T> Object page(
      @Nullable String page,
      @Nullable String size,
      @Nullable String sort,
      LinkedHashMap<String, Comparator<T>> order,
      boolean descendingByDefault,
      List<T> all);
}
