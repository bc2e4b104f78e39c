package org.kuzet.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which part of a list an API caller asked for, the same on every list: {@code page} (from 0),
 * {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and {@code
 * sort=field,asc|desc} with a field the list allows (see {@link Sortable}). A controller takes it
 * as a parameter; a value out of range answers 400 naming the parameter.
 *
 * @param sort a field the list allows
 */
public record Paging(int page, int size, String sort, boolean descending) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** Past this many rows an offset costs more than the caller should ask of the database. */
  public static final int MAX_OFFSET = 100_000;

  /**
   * A list's {@code total} is counted up to this many items: counting a million inspections costs
   * far more than reading a page of them. A longer list says so ({@link ListPage#totalExact()}).
   */
  public static final int COUNT_LIMIT = 10_000;

  private static final Pattern SORT =
      Pattern.compile("([A-Za-z][A-Za-z0-9]{0,40})(?:,(asc|desc))?");

  public Paging {
    if (page < 0) {
      throw Refusal.of("page", "api.paging.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw Refusal.of("size", "api.paging.size", String.valueOf(MAX_SIZE));
    }
    if ((long) page * size > MAX_OFFSET) {
      throw Refusal.of("page", "api.paging.tooDeep", String.valueOf(MAX_OFFSET));
    }
  }

  /**
   * Reads the three request parameters against the fields a list may be sorted by.
   *
   * @param sortable the allowed fields; the first is the default order
   */
  public static Paging of(
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort,
      List<String> sortable,
      boolean descendingByDefault) {
    String field = sortable.get(0);
    boolean descending = descendingByDefault;
    if (sort != null && !sort.isBlank()) {
      var m = SORT.matcher(sort.strip());
      if (!m.matches() || !sortable.contains(m.group(1))) {
        throw Refusal.of("sort", "api.paging.sort", String.join(", ", sortable));
      }
      field = m.group(1);
      descending = "desc".equals(m.group(2));
    }
    return new Paging(
        page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, descending);
  }

  /**
   * Reads the three request parameters as sent (text), as {@link #of(Integer, Integer, String,
   * List, boolean)} does once they are numbers; a number that is not one is refused naming the
   * parameter.
   */
  public static Paging parse(
      @Nullable String page,
      @Nullable String size,
      @Nullable String sort,
      List<String> sortable,
      boolean descendingByDefault) {
    return of(number("page", page), number("size", size), sort, sortable, descendingByDefault);
  }

  private static @Nullable Integer number(String name, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
      throw Refusal.of(name, "error.value.number", shown);
    }
  }

  public int offset() {
    return page * size;
  }

  /**
   * {@code ORDER BY} for SQL, from the list's own field-to-column map (never from the caller's
   * text), with the id last so that pages never overlap.
   */
  public String orderBy(Map<String, String> columns, String idColumn) {
    String column = columns.get(sort);
    if (column == null) {
      throw new IllegalStateException("no column for sort field " + sort);
    }
    String direction = descending ? " DESC" : " ASC";
    return " ORDER BY "
        + column
        + direction
        + (column.equals(idColumn) ? "" : ", " + idColumn + direction);
  }

  /**
   * SQL counting the rows of {@code fromWhere} ({@code " FROM t WHERE ..."}) but no further than
   * one past {@link #COUNT_LIMIT}, for {@link ListPage}'s total.
   */
  public static String countUpToLimit(String fromWhere) {
    return "SELECT COUNT(*) FROM (SELECT 1"
        + fromWhere
        + " FETCH FIRST "
        + (COUNT_LIMIT + 1)
        + " ROWS ONLY) counted";
  }

  /** {@code LIMIT} and {@code OFFSET} of this page, for SQL that both databases accept. */
  public String limit() {
    return " LIMIT " + size + " OFFSET " + offset();
  }

  /**
   * This page of a list already held in memory (a short list: posts, lookouts, a case's notes),
   * sorted by the comparator of the chosen field.
   */
  public <T> ListPage<T> slice(List<T> all, Map<String, Comparator<T>> comparators) {
    Comparator<T> order = comparators.get(sort);
    if (order == null) {
      throw new IllegalStateException("no comparator for sort field " + sort);
    }
    List<T> sorted = all.stream().sorted(descending ? order.reversed() : order).toList();
    int from = Math.min(offset(), sorted.size());
    int to = Math.min(from + size, sorted.size());
    return new ListPage<>(sorted.subList(from, to), this, sorted.size());
  }

  /** The {@code sort} parameter as it would be written back: {@code inspectedAt,desc}. */
  public String sortParameter() {
    return sort + (descending ? ",desc" : ",asc");
  }
}
