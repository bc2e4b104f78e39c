package org.kuzet.program.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Exports;
import org.kuzet.web.Flash;
import org.kuzet.web.FormInput;
import org.kuzet.web.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages every kind of program record has: a filtered list, its CSV and Excel exports, a form to
 * add one, and a form to see, change or delete one. Partners get their own projects' records,
 * read-only; program managers edit. Every change and every export goes into the audit log, and a
 * form with any wrong field saves nothing and comes back with a message at that field.
 */
abstract class RecordPages<T> {

  /** What every record-pages controller needs, in one bean. */
  @Component
  static class Support {
    final ProgramAccess access;
    final AuditLog audit;
    final Cells cells;
    final TransactionTemplate tx;
    final Flash flash;

    Support(
        ProgramAccess access,
        AuditLog audit,
        Cells cells,
        PlatformTransactionManager transactions,
        Flash flash) {
      this.flash = flash;
      this.access = access;
      this.audit = audit;
      this.cells = cells;
      this.tx = new TransactionTemplate(transactions);
    }
  }

  protected final Support support;

  RecordPages(Support support) {
    this.support = support;
  }

  /** The list's path, e.g. {@code /program/funding}. */
  abstract String base();

  /** The record type's name in message keys and the audit log, e.g. {@code funding}. */
  abstract String type();

  abstract List<FormField> filters(Scope scope, String lang);

  abstract Grid grid(FormInput filter, Scope scope, String lang);

  abstract List<FormField> fields(String lang);

  abstract Optional<T> find(String id);

  /** Refuses (404) a record this user may not read. */
  abstract void requireReadable(KuzetUser user, T record);

  abstract Map<String, Object> values(T record);

  /**
   * Saves the typed values as a new record ({@code existing} null) or over an existing one, and
   * returns its id; returns null, having noted why in {@code in}, when any field is wrong.
   */
  abstract @Nullable String save(FormInput in, @Nullable T existing);

  abstract void delete(T record);

  abstract String describe(T record);

  /** Whether records of this type may be deleted; projects and organisations are kept. */
  boolean deletable() {
    return true;
  }

  /** Where a row of the list leads. */
  String recordPath(String id) {
    return base() + "/" + id;
  }

  /** Values of a new form; by default what the link passed, e.g. {@code ?project=42}. */
  Map<String, Object> defaults(FormInput params) {
    return params.typed();
  }

  // ---- list and exports ------------------------------------------------------------------

  @GetMapping
  String list(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    Scope scope = support.access.scopeOf(user);
    String lang = Lang.of(locale);
    var filter = new FormInput(params);
    Grid grid = grid(filter, scope, lang);
    model.addAttribute(
        "page",
        new Pages.ListPage(
            type(),
            "program." + type() + ".title",
            "program." + type() + ".help",
            base(),
            filters(scope, lang),
            filter.typed(),
            resolve(filter, locale),
            grid,
            query(params),
            support.access.mayEdit(user)));
    return "program/list";
  }

  @GetMapping("/export/{format}")
  void export(
      @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    Scope scope = support.access.scopeOf(user);
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new NotFound("program record");
    }
    var filter = new FormInput(params);
    Grid grid = grid(filter, scope, Lang.of(locale));
    var table = support.cells.table(grid, locale);
    support.audit.recordFacts(
        "PROGRAM_EXPORT",
        type(),
        null,
        params.isEmpty()
            ? AuditDetail.of("program.exported", format, grid.rows().size())
            : AuditDetail.of(
                "program.exportedFiltered", format, grid.rows().size(), query(params)));
    String filename = "kuzet-" + type();
    if (format.equals("csv")) {
      Exports.csv(response, filename, table);
    } else {
      Exports.excel(response, filename, type(), table);
    }
  }

  // ---- forms -----------------------------------------------------------------------------

  @GetMapping("/new")
  String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    support.access.requireEditor(CurrentUser.require());
    return form(model, locale, null, defaults(new FormInput(params)), Map.of(), false);
  }

  @PostMapping
  String createPost(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    support.access.requireEditor(CurrentUser.require());
    return saveAndAnswer(params, null, null, model, locale, response, redirect);
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    T record = readable(user, id);
    return form(model, locale, id, values(record), Map.of(), !support.access.mayEdit(user));
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    KuzetUser user = CurrentUser.require();
    support.access.requireEditor(user);
    T record = readable(user, id);
    return saveAndAnswer(params, id, record, model, locale, response, redirect);
  }

  @PostMapping("/{id}/delete")
  String deletePost(@PathVariable String id, RedirectAttributes redirect) {
    KuzetUser user = CurrentUser.require();
    support.access.requireEditor(user);
    T record = readable(user, id);
    if (!deletable()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, type() + " records are kept");
    }
    support.tx.executeWithoutResult(
        status -> {
          delete(record);
          support.audit.record("PROGRAM_DELETE", type(), id, describe(record));
        });
    support.flash.done(redirect, "program.deleted");
    return "redirect:" + base();
  }

  protected T readable(KuzetUser user, String id) {
    support.access.scopeOf(user);
    T record = find(id).orElseThrow(() -> new NotFound("program record"));
    requireReadable(user, record);
    return record;
  }

  private String saveAndAnswer(
      MultiValueMap<String, String> params,
      @Nullable String id,
      @Nullable T existing,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var in = new FormInput(params);
    String savedId = saveAudited(in, existing);
    if (savedId == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, locale, id, in.typed(), resolve(in, locale), false);
    }
    support.flash.done(redirect, "common.saved");
    return "redirect:" + afterSave(savedId);
  }

  /**
   * Saves typed values as a new record ({@code existing} null) or over an existing one, with its
   * audit entry, in one transaction: the form and the API save through here. Answers the record's
   * id, or null with the reasons noted in {@code in} and nothing saved. The caller has checked that
   * the user may edit and may read {@code existing}.
   */
  @Nullable String saveAudited(FormInput in, @Nullable T existing) {
    String savedId;
    try {
      Optional<String> done =
          support.tx.execute(
              status -> {
                String saved = save(in, existing);
                if (saved == null || !in.ok()) {
                  status.setRollbackOnly();
                  return Optional.empty();
                }
                String what = find(saved).map(this::describe).orElse(saved);
                support.audit.record(
                    existing == null ? "PROGRAM_CREATE" : "PROGRAM_UPDATE", type(), saved, what);
                return Optional.of(saved);
              });
      savedId = done == null ? null : done.orElse(null);
    } catch (DataIntegrityViolationException e) {
      in.reject("_form", "program.v.conflict");
      savedId = null;
    }
    if (savedId == null && in.ok()) {
      in.reject("_form", "program.v.notSaved");
    }
    return savedId;
  }

  /** Where to go once a record is saved: its own page. */
  String afterSave(String id) {
    return recordPath(id);
  }

  String form(
      Model model,
      Locale locale,
      @Nullable String id,
      Map<String, Object> values,
      Map<String, String> errors,
      boolean readOnly) {
    model.addAttribute(
        "form",
        new Pages.FormPage(
            type(),
            "program." + type() + (id == null ? ".new" : readOnly ? ".view" : ".edit"),
            id == null ? base() : base() + "/" + id,
            fields(Lang.of(locale)),
            new LinkedHashMap<>(values),
            errors,
            base(),
            id == null || readOnly || !deletable() ? null : base() + "/" + id + "/delete",
            readOnly));
    return "program/form";
  }

  Map<String, String> resolve(FormInput in, Locale locale) {
    return in.errors().entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> support.cells.message(e.getValue(), locale),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  static String query(MultiValueMap<String, String> params) {
    var clean = new LinkedMultiValueMap<String, String>();
    params.forEach(
        (k, v) -> {
          if (!k.startsWith("_") && !k.equals("lang")) {
            v.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> clean.add(k, s));
          }
        });
    String query =
        UriComponentsBuilder.newInstance().queryParams(clean).build().encode().getQuery();
    return query == null ? "" : query;
  }

  // ---- helpers for subclasses ---------------------------------------------------------------

  /** A filter value read as an integer; a wrong one is noted at the filter and ignored. */
  static @Nullable Integer intFilter(FormInput in, String field) {
    return in.integer(field, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  static @Nullable Long longFilter(FormInput in, String field) {
    String v = in.value(field);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      in.reject(field, "form.choice");
      return null;
    }
  }

  static Map<String, Object> map(@Nullable Object... keysAndValues) {
    var m = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        m.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return m;
  }
}
