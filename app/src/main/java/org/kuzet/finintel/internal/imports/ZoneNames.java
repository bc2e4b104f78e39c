package org.kuzet.finintel.internal.imports;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A time zone as the reader says it: the city that names it in the reader's language with its
 * offset from UTC today, e.g. "Алматы (UTC+05:00)"; a zone without a city (UTC, a fixed offset) by
 * its name in that language. Pages call it as {@code @zoneNames.name(zoneId, #locale)}; forms keep
 * the zone's id as the value sent.
 */
@Component("zoneNames")
public class ZoneNames {

  private final Clock clock;

  ZoneNames(Clock clock) {
    this.clock = clock;
  }

  public String name(@Nullable String zoneId, Locale locale) {
    if (zoneId == null || zoneId.isBlank()) {
      return "";
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      return zoneId;
    }
    String city =
        TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(zone.getId());
    ZoneOffset offset = zone.getRules().getOffset(clock.instant());
    if (city == null || city.isBlank()) {
      String named = zone.getDisplayName(TextStyle.FULL, locale);
      return offset.getTotalSeconds() == 0 && !named.equals(zone.getId())
          ? named + " (UTC)"
          : named;
    }
    return city + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")";
  }
}
