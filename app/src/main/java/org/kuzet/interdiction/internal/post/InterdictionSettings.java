package org.kuzet.interdiction.internal.post;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interdiction module ({@code kuzet.interdiction.*}).
 *
 * @param rescreenDays when the watchlists change, people inspected in this many last days are
 *     screened again
 * @param maxFileBytes largest photo or file attached to a seizure
 * @param zone the zone the posts' officers type times in and read them
 */
@ConfigurationProperties("kuzet.interdiction")
public record InterdictionSettings(
    @DefaultValue("30") int rescreenDays,
    @DefaultValue("10485760") long maxFileBytes,
    @DefaultValue("Asia/Almaty") ZoneId zone) {

  public InterdictionSettings {
    if (rescreenDays < 0 || rescreenDays > 3650) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.rescreen-days must be 0-3650: " + rescreenDays);
    }
    if (maxFileBytes < 1024) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.max-file-bytes is too small: " + maxFileBytes);
    }
  }
}
