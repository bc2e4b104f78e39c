package org.kuzet.watchlist.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kuzet.watchlist}.
 *
 * @param maxUploadBytes largest list version upload (all its files together)
 * @param batchMaxBytes largest batch screening CSV
 * @param batchMaxRows most rows in a batch screening CSV
 */
@ConfigurationProperties("kuzet.watchlist")
record WatchlistSettings(
    @DefaultValue("33554432") long maxUploadBytes,
    @DefaultValue("2097152") long batchMaxBytes,
    @DefaultValue("10000") int batchMaxRows) {

  WatchlistSettings {
    if (maxUploadBytes < 1 || batchMaxBytes < 1 || batchMaxRows < 1) {
      throw new IllegalArgumentException("kuzet.watchlist limits must be positive");
    }
  }
}
