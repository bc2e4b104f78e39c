package org.kuzet.watchlist;

import java.time.Instant;
import java.util.Objects;

/**
 * A list version became active: from now on every screening uses it. Modules that keep screened
 * people (interdiction, financial intelligence) screen them again on this event.
 *
 * @param listName the list, e.g. {@code "UN"}, {@code "OFAC"}, {@code "KZ-NATIONAL"}
 * @param version the version now active: the SHA-256 of its source files, as recorded in every
 *     {@link ScreeningResult#listVersions()}
 * @param activatedAt when it became active
 */
public record WatchlistActivated(String listName, String version, Instant activatedAt) {

  public WatchlistActivated {
    if (listName == null || listName.isBlank()) {
      throw new IllegalArgumentException("listName is blank");
    }
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version is blank");
    }
    Objects.requireNonNull(activatedAt, "activatedAt");
  }
}
