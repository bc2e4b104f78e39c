package org.kuzet.results.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.ProgramSummary;
import org.kuzet.web.Exports;
import org.kuzet.web.Flash;
import org.kuzet.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The results pages: overview, per program, per country, their exports, and the edit forms. */
@Controller
@RequestMapping("/results")
class ResultsController {

  private final ResultsAccess access;
  private final ResultsReport report;
  private final ResultsEditing editing;
  private final ResultsExport export;
  private final ManualValues manual;
  private final Indicators indicators;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Flash said;

  ResultsController(
      ResultsAccess access,
      ResultsReport report,
      ResultsEditing editing,
      ResultsExport export,
      ManualValues manual,
      Indicators indicators,
      AuditLog audit,
      MessageSource messages,
      Flash said) {
    this.said = said;
    this.access = access;
    this.report = report;
    this.editing = editing;
    this.export = export;
    this.manual = manual;
    this.indicators = indicators;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping
  String overview(Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    String lang = lang(locale);
    var visible = access.visiblePrograms(user);
    var countries = new LinkedHashMap<String, String>();
    var names = new LinkedHashMap<String, String>();
    for (ProgramSummary p : visible) {
      countries.computeIfAbsent(p.countryCode(), c -> report.countryName(c, lang));
      names.put(p.code(), p.name(lang));
    }
    model.addAttribute("programs", visible);
    model.addAttribute("programNames", names);
    model.addAttribute("countries", countries);
    model.addAttribute("mayEdit", access.mayEdit(user));
    model.addAttribute("pending", access.mayEdit(user) ? pending(user, lang) : List.of());
    return "results/overview";
  }

  @GetMapping("/programs/{code}")
  String program(@PathVariable String code, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    var program = access.requireProgram(user, code);
    model.addAttribute("results", report.program(program, lang(locale), access.fundingScope(user)));
    model.addAttribute("mayEdit", access.mayEdit(user));
    model.addAttribute("me", user.username());
    return "results/program";
  }

  @GetMapping("/countries/{country}")
  String country(@PathVariable String country, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    var visible = access.requireCountry(user, country);
    model.addAttribute(
        "results", report.country(country, visible, lang(locale), access.fundingScope(user)));
    model.addAttribute("partner", !access.seesEverything(user));
    return "results/country";
  }

  @GetMapping("/programs/{code}/export/{format}")
  void exportProgram(
      @PathVariable String code,
      @PathVariable String format,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    var program = access.requireProgram(user, code);
    var results = List.of(report.program(program, lang(locale), access.fundingScope(user)));
    write(
        response, format, "kuzet-results-" + code, export.table(results, locale), "program", code);
  }

  @GetMapping("/countries/{country}/export/{format}")
  void exportCountry(
      @PathVariable String country,
      @PathVariable String format,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    var visible = access.requireCountry(user, country);
    var results =
        report.country(country, visible, lang(locale), access.fundingScope(user)).programs();
    write(
        response,
        format,
        "kuzet-results-" + country,
        export.table(results, locale),
        "country",
        country);
  }

  @GetMapping("/programs/{code}/indicators/new")
  String newIndicator(@PathVariable String code, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var program = access.requireProgram(user, code);
    return form(model, locale, program, null, Map.of("unit", "OFFICERS"), Map.of());
  }

  @PostMapping("/programs/{code}/indicators")
  String createIndicator(
      @PathVariable String code,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes flash) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var program = access.requireProgram(user, code);
    try {
      var created = editing.create(user, code, form);
      said.done(flash, "results.saved.indicator");
      return "redirect:/results/programs/" + code + "#indicator-" + created.code();
    } catch (IndicatorForm.Invalid e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, locale, program, null, form, resolve(e, locale));
    }
  }

  @GetMapping("/indicators/{id}/edit")
  String editIndicator(@PathVariable long id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var indicator = editing.indicator(user, id);
    var program = access.requireProgram(user, indicator.programCode());
    return form(model, locale, program, indicator, IndicatorForm.values(indicator), Map.of());
  }

  @PostMapping("/indicators/{id}")
  String updateIndicator(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes flash) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var indicator = editing.indicator(user, id);
    var program = access.requireProgram(user, indicator.programCode());
    try {
      editing.update(user, id, form);
      said.done(flash, "results.saved.indicator");
      return "redirect:/results/programs/"
          + indicator.programCode()
          + "#indicator-"
          + indicator.code();
    } catch (IndicatorForm.Invalid e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      var values = new LinkedHashMap<>(form);
      values.put("code", indicator.code());
      values.put("measure", indicator.measure().name());
      return form(model, locale, program, indicator, values, resolve(e, locale));
    }
  }

  private String form(
      Model model,
      Locale locale,
      ProgramSummary program,
      @Nullable Indicator indicator,
      Map<String, String> values,
      Map<String, String> errors) {
    model.addAttribute("program", program);
    model.addAttribute("programName", program.name(lang(locale)));
    model.addAttribute("indicator", indicator);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("measures", Arrays.stream(Measure.values()).map(Measure::name).toList());
    model.addAttribute("scopes", IndicatorForm.SCOPES);
    model.addAttribute("units", Indicator.UNITS);
    return "results/indicator-form";
  }

  private Map<String, String> resolve(IndicatorForm.Invalid e, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    e.problems()
        .forEach((field, p) -> errors.put(field, messages.getMessage(p.key(), p.args(), locale)));
    return errors;
  }

  @PostMapping("/indicators/{id}/targets")
  String setTarget(
      @PathVariable long id,
      @RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String target,
      RedirectAttributes flash) {
    KuzetUser user = CurrentUser.require();
    return afterChange(
        user,
        id,
        flash,
        () -> editing.setTarget(user, id, fiscalYear, target),
        "results.saved.target");
  }

  @PostMapping("/indicators/{id}/values")
  String enter(
      @PathVariable long id,
      @RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    KuzetUser user = CurrentUser.require();
    return afterChange(
        user,
        id,
        flash,
        () -> editing.enter(user, id, fiscalYear, amount, note),
        "results.saved.entered");
  }

  @PostMapping("/values/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return review(id, true, note, flash);
  }

  @PostMapping("/values/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return review(id, false, note, flash);
  }

  private String review(long valueId, boolean approve, String note, RedirectAttributes flash) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var value = manual.find(valueId).orElseThrow(() -> new NotFound("results record"));
    return afterChange(
        user,
        value.indicatorId(),
        flash,
        () -> editing.review(user, valueId, approve, note),
        approve ? "results.saved.approved" : "results.saved.rejected");
  }

  /** Runs a change; on bad input nothing is saved and the page says what was wrong. */
  private String afterChange(
      KuzetUser user,
      long indicatorId,
      RedirectAttributes flash,
      Runnable change,
      String savedKey) {
    access.requireEditor(user);
    var indicator = editing.indicator(user, indicatorId);
    // The program page repeats a refusal beside the indicator it concerns; without an error it
    // reads nothing of this.
    flash.addFlashAttribute("errorIndicator", indicatorId);
    return said.run(
        flash,
        "/results/programs/" + indicator.programCode() + "#indicator-" + indicator.code(),
        () -> {
          change.run();
          return new Flash.Said(savedKey);
        });
  }

  private void write(
      HttpServletResponse response,
      String format,
      String filename,
      Exports.Table table,
      String of,
      String code)
      throws IOException {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new NotFound("results record");
    }
    audit.recordFacts(
        "RESULTS_EXPORT",
        "results",
        null,
        AuditDetail.of("results.exported", format, of, code, table.rows().size()));
    if (format.equals("csv")) {
      Exports.csv(response, filename, table);
    } else {
      Exports.excel(response, filename, "results", table);
    }
  }

  /** Values waiting for review in the programs this user sees. */
  private List<Map<String, Object>> pending(KuzetUser user, String lang) {
    var visible = access.visiblePrograms(user).stream().map(ProgramSummary::code).toList();
    var rows = new ArrayList<Map<String, Object>>();
    for (var v : manual.pending()) {
      indicators
          .find(v.indicatorId())
          .filter(i -> visible.contains(i.programCode()))
          .ifPresent(i -> rows.add(Map.of("value", v, "indicator", i, "name", i.name(lang))));
    }
    return rows;
  }

  static String lang(Locale locale) {
    String l = locale.getLanguage();
    return l.equals("ru") || l.equals("kk") ? l : "en";
  }
}
