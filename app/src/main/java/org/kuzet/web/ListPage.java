package org.kuzet.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an API list: the items, where the page is, and how many items the whole list
 * holds, so that a client knows when to stop.
 *
 * @param sort the order the items are in, as {@code field,asc|desc}
 * @param total the number of items in the whole list (all pages)
 */
public record ListPage<T>(List<T> items, int page, int size, String sort, long total) {

  public ListPage {
    items = List.copyOf(items);
  }

  public ListPage(List<T> items, Paging paging, long total) {
    this(items, paging.page(), paging.size(), paging.sortParameter(), total);
  }

  /** The same page with each item turned into its API form. */
  public <R> ListPage<R> map(Function<T, R> f) {
    return new ListPage<>(items.stream().map(f).toList(), page, size, sort, total);
  }
}
