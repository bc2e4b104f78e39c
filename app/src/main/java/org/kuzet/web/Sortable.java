package org.kuzet.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields an API list may be sorted by, on its {@link Paging} parameter: the first is the
 * default order, with {@link #descending()}. The OpenAPI document lists them as the values of
 * {@code sort}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sortable {

  /** Field names as the list's items name them; the first is the default. */
  String[] value();

  /** Whether the default order is descending (newest first). */
  boolean descending() default false;
}
