package org.kuzet.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.LocalNames;

/**
 * A piece of program equipment as other modules see it: what it is, where it is installed, who
 * received it, and what the latest end-use check found ({@code null} fields when never checked).
 * The item, its location and receiving unit are as registered, with optional Russian and Kazakh
 * wording.
 */
public record EquipmentItem(
    long id,
    String item,
    @Nullable String model,
    @Nullable String serialNumber,
    @Nullable BigDecimal value,
    @Nullable String currency,
    AgencyCode recipient,
    @Nullable String recipientUnit,
    String location,
    @Nullable LocalDate handoverDate,
    String projectCode,
    @Nullable LocalDate lastCheckedOn,
    @Nullable Boolean lastCheckWorking,
    @Nullable String itemRu,
    @Nullable String itemKk,
    @Nullable String locationRu,
    @Nullable String locationKk,
    @Nullable String recipientUnitRu,
    @Nullable String recipientUnitKk) {

  /** The item in the reader's language, or as registered where it has no translation. */
  public String item(Locale locale) {
    return LocalNames.in(locale, item, itemRu, itemKk);
  }

  /** Where it is installed, in the reader's language or as registered. */
  public String location(Locale locale) {
    return LocalNames.in(locale, location, locationRu, locationKk);
  }

  /** The receiving unit in the reader's language or as registered; null when none is named. */
  public @Nullable String recipientUnit(Locale locale) {
    return recipientUnit == null
        ? null
        : LocalNames.in(locale, recipientUnit, recipientUnitRu, recipientUnitKk);
  }
}
