package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.FiscalYear;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to results: targets per fiscal year, and manual values with their review — a value is
 * entered by one program-office user and approved or rejected by another. Every change is audited;
 * bad input saves nothing.
 */
@Service
@Transactional
class ResultsEditing {

  static final int NOTE_MAX = 1000;
  static final BigDecimal MAX = new BigDecimal("999999999999999");

  private final Indicators indicators;
  private final ManualValues manual;
  private final ResultsAccess access;
  private final AuditLog audit;
  private final Clock clock;

  ResultsEditing(
      Indicators indicators,
      ManualValues manual,
      ResultsAccess access,
      AuditLog audit,
      Clock clock) {
    this.clock = clock;
    this.indicators = indicators;
    this.manual = manual;
    this.access = access;
    this.audit = audit;
  }

  /** The indicator, when the user may see its program; 404 otherwise. */
  Indicator indicator(KuzetUser user, long id) {
    var indicator = indicators.find(id).orElseThrow(() -> new NotFound("results record"));
    access.requireProgram(user, indicator.programCode());
    return indicator;
  }

  /** Adds an indicator to a program; the form's problems come back all at once. */
  Indicator create(KuzetUser user, String programCode, Map<String, String> form) {
    access.requireEditor(user);
    access.requireProgram(user, programCode);
    var indicator =
        IndicatorForm.read(
            form, programCode, null, indicators.nextSortOrder(programCode), indicators);
    long id = indicators.insert(indicator);
    audit.record(
        "RESULTS_INDICATOR_CREATE",
        "indicator",
        id,
        programCode + " " + indicator.code() + " " + indicator.measure());
    return indicators.find(id).orElseThrow();
  }

  /** Changes an indicator's texts, unit, scope, baseline and flags; code and measure stay. */
  Indicator update(KuzetUser user, long id, Map<String, String> form) {
    access.requireEditor(user);
    var existing = indicator(user, id);
    var changed =
        IndicatorForm.read(
            form, existing.programCode(), existing, existing.sortOrder(), indicators);
    indicators.update(changed);
    audit.record(
        "RESULTS_INDICATOR_UPDATE",
        "indicator",
        id,
        existing.programCode() + " " + existing.code());
    return changed;
  }

  /** Sets a year's target; a blank target removes it. */
  Indicator setTarget(KuzetUser user, long id, @Nullable String year, @Nullable String target) {
    access.requireEditor(user);
    var indicator = indicator(user, id);
    int fy = fiscalYear(year);
    if (target == null || target.isBlank()) {
      if (indicators.removeTarget(id, fy)) {
        audit.record("RESULTS_TARGET_REMOVED", "indicator", id, indicator.code() + " " + fy);
      }
      return indicator;
    }
    BigDecimal value = amount("target", target);
    indicators.setTarget(id, fy, value, user.username(), clock.instant());
    audit.record(
        "RESULTS_TARGET_SET",
        "indicator",
        id,
        indicator.code() + " " + fy + " = " + value.toPlainString());
    return indicator;
  }

  /** Enters a value of a manual indicator; it counts once another user approves it. */
  Indicator enter(
      KuzetUser user,
      long id,
      @Nullable String year,
      @Nullable String amount,
      @Nullable String note) {
    access.requireEditor(user);
    var indicator = indicator(user, id);
    if (!indicator.measure().manual()) {
      throw Refusal.of("amount", "results.error.computed");
    }
    int fy = fiscalYear(year);
    BigDecimal value = amount("amount", amount);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_MAX) {
      throw Refusal.of("note", "results.error.tooLong", NOTE_MAX);
    }
    long valueId = manual.insert(id, fy, value, text, user.username(), clock.instant(), false);
    audit.record(
        "RESULTS_VALUE_ENTERED",
        "manual-value",
        valueId,
        indicator.code() + " " + fy + " = " + value.toPlainString());
    return indicator;
  }

  /** Approves or rejects a pending value; the person who entered it may not decide it. */
  Indicator review(KuzetUser user, long valueId, boolean approve, @Nullable String note) {
    access.requireEditor(user);
    var value = manual.find(valueId).orElseThrow(() -> new NotFound("results record"));
    var indicator = indicator(user, value.indicatorId());
    if (value.enteredBy().equals(user.username())) {
      throw Refusal.of("review", "results.error.ownEntry");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (!approve && text == null) {
      throw Refusal.of("reviewNote", "results.error.reasonRequired");
    }
    if (text != null && text.length() > NOTE_MAX) {
      throw Refusal.of("reviewNote", "results.error.tooLong", NOTE_MAX);
    }
    var decision = approve ? ManualValues.Status.APPROVED : ManualValues.Status.REJECTED;
    if (!manual.review(valueId, decision, user.username(), clock.instant(), text)) {
      throw Refusal.of("review", "results.error.decided");
    }
    audit.recordFacts(
        approve ? "RESULTS_VALUE_APPROVED" : "RESULTS_VALUE_REJECTED",
        "manual-value",
        valueId,
        AuditDetail.of(
            "results.valueDecided",
            indicator.code(),
            value.fiscalYear(),
            value.amount().toPlainString(),
            value.enteredBy()));
    return indicator;
  }

  static int fiscalYear(@Nullable String year) {
    if (year == null || year.isBlank()) {
      throw Refusal.of("fiscalYear", "results.error.required");
    }
    try {
      int fy = Integer.parseInt(year.strip().toUpperCase(Locale.ROOT).replaceFirst("^FY", ""));
      return new FiscalYear(fy).year();
    } catch (IllegalArgumentException e) {
      throw Refusal.of(
          "fiscalYear", "results.error.year", year.strip(), FiscalYear.FIRST, FiscalYear.LAST);
    }
  }

  static BigDecimal amount(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      throw Refusal.of(field, "results.error.required");
    }
    try {
      var value =
          new BigDecimal(text.strip().replace(",", "").replace(" ", "").replace("\u00a0", ""));
      if (value.signum() < 0 || value.compareTo(MAX) > 0 || value.scale() > 3) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw Refusal.of(field, "results.error.number", text.strip());
    }
  }
}
