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
 * The item is named as registered, with optional Russian and Kazakh names.
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
    @Nullable String itemKk) {

  /** The item in the reader's language, or as registered where it has no translation. */
  public String item(Locale locale) {
    return LocalNames.in(locale, item, itemRu, itemKk);
  }
}
