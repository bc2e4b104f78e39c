package org.kuzet.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an API list: the items, where the page is, and how many items the whole list holds,
 * so that a client knows when to stop.
 *
 * @param sort the order the items are in, as {@code field,asc|desc}
 * @param total the number of items in the whole list (all pages), counted up to {@link
 *     Paging#COUNT_LIMIT}
 * @param totalExact false when the list holds more than {@link Paging#COUNT_LIMIT} items: {@code
 *     total} then says "at least", and a client pages on until a page comes back short
 */
public record ListPage<T>(
    List<T> items, int page, int size, String sort, long total, boolean totalExact) {

  public ListPage {
    items = List.copyOf(items);
  }

  /** A page of a list of {@code counted} items (as counted, up to one past the limit). */
  public ListPage(List<T> items, Paging paging, long counted) {
    this(
        items,
        paging.page(),
        paging.size(),
        paging.sortParameter(),
        Math.min(counted, Paging.COUNT_LIMIT),
        counted <= Paging.COUNT_LIMIT);
  }

  /** The same page with each item turned into its API form. */
  public <R> ListPage<R> map(Function<T, R> f) {
    return new ListPage<>(items.stream().map(f).toList(), page, size, sort, total, totalExact);
  }
}
