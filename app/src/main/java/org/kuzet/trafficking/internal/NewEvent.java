package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Countries;

/**
 * A trafficking event as entered: date and country are checked, place and description are personal.
 */
public record NewEvent(
    EventKind kind,
    @Nullable LocalDate date,
    @Nullable String country,
    @Nullable String place,
    @Nullable String description) {

  public NewEvent {
    country = Countries.stored(country);
  }
}
