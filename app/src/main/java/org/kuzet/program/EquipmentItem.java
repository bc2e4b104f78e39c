package org.kuzet.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/**
 * A piece of program equipment as other modules see it: what it is, where it is installed, who
 * received it, and what the latest end-use check found ({@code null} fields when never checked).
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
    @Nullable Boolean lastCheckWorking) {}
