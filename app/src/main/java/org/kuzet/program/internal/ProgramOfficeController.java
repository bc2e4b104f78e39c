package org.kuzet.program.internal;

import static org.kuzet.web.Countries.code;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FormInput;
import org.kuzet.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program office's front page, each program's page, and the narrative texts of countries and
 * programs that the public fact sheets print, editable per language by program managers.
 */
@Controller
class ProgramOfficeController {

  record ProgramRow(
      Programs.Program program,
      String name,
      int projects,
      BigDecimal obligated,
      BigDecimal spent,
      int officersTrained) {}

  record CountryBlock(String code, String name, List<ProgramRow> programs) {}

  private final RecordPages.Support support;
  private final Countries countries;
  private final Programs programs;
  private final Projects projects;
  private final FundingLines funding;
  private final OfficersTrainedRecords trained;
  private final Organisations organisations;

  ProgramOfficeController(
      RecordPages.Support support,
      Countries countries,
      Programs programs,
      Projects projects,
      FundingLines funding,
      OfficersTrainedRecords trained,
      Organisations organisations) {
    this.support = support;
    this.countries = countries;
    this.programs = programs;
    this.projects = projects;
    this.funding = funding;
    this.trained = trained;
    this.organisations = organisations;
  }

  @GetMapping("/program")
  String overview(Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    Scope scope = support.access.scopeOf(user);
    String lang = Lang.of(locale);
    var visible = projects.visible(scope);
    var totals = trained.totalsByProgram();
    var blocks = new ArrayList<CountryBlock>();
    for (var country : countries.all()) {
      var rows = new ArrayList<ProgramRow>();
      for (var p : programs.ofCountry(country.code())) {
        int count = (int) visible.stream().filter(pr -> pr.programId().equals(p.id())).count();
        if (!scope.everything() && count == 0) {
          continue;
        }
        var sums =
            funding.totals(
                new Where()
                    .scope(scope, "f.project_id")
                    .eq("f.program_id", "program", p.id().value()));
        var obligated =
            sums.stream()
                .map(FundingLines.YearTotal::obligated)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var spent =
            sums.stream()
                .map(FundingLines.YearTotal::spent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var t = totals.get(p.code());
        rows.add(
            new ProgramRow(
                p, programs.name(p, lang), count, obligated, spent, t == null ? 0 : t.officers()));
      }
      if (scope.everything() || !rows.isEmpty()) {
        blocks.add(
            new CountryBlock(
                country.code(),
                countries
                    .text(country.code(), lang)
                    .map(Countries.CountryText::name)
                    .orElse(country.code()),
                rows));
      }
    }
    model.addAttribute("countries", blocks);
    model.addAttribute("years", funding.totals(new Where().scope(scope, "f.project_id")));
    model.addAttribute("mayEdit", support.access.mayEdit(user));
    model.addAttribute("partner", !scope.everything());
    model.addAttribute("languages", Lang.ALL);
    return "program/overview";
  }

  @GetMapping("/program/programs/{id}")
  String program(@PathVariable ProgramId id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    Scope scope = support.access.scopeOf(user);
    String lang = Lang.of(locale);
    var program = programs.find(id).orElseThrow(() -> new NotFound("program record"));
    var visible =
        projects.list(new Where().scope(scope, "p.id").eq("p.program_id", "program", id.value()));
    if (!scope.everything() && visible.isEmpty()) {
      throw new NotFound("program record");
    }
    var orgs = organisations.byCode();
    model.addAttribute("program", program);
    model.addAttribute("text", programs.text(id, lang).orElse(null));
    model.addAttribute("projects", visible);
    model.addAttribute(
        "partnerNames",
        visible.stream()
            .collect(
                Collectors.toMap(
                    Project::id, p -> ProjectPages.names(p.implementing(), orgs, lang))));
    model.addAttribute(
        "years",
        funding.totals(
            new Where().scope(scope, "f.project_id").eq("f.program_id", "program", id.value())));
    model.addAttribute(
        "trained", trained.list(new Where().eq("t.program_code", "code", program.code())));
    model.addAttribute("trainedTotal", trained.totalsByProgram().get(program.code()));
    model.addAttribute("mayEdit", support.access.mayEdit(user));
    model.addAttribute("languages", Lang.ALL);
    return "program/program";
  }

  // ---- texts of programs --------------------------------------------------------------------

  @GetMapping("/program/programs/{id}/text/{lang}")
  String programText(@PathVariable ProgramId id, @PathVariable String lang, Model model) {
    support.access.requireEditor(CurrentUser.require());
    var program = programs.find(id).orElseThrow(() -> new NotFound("program record"));
    requireLanguage(lang);
    var values = new LinkedHashMap<String, Object>();
    programs
        .textExactly(id, lang)
        .ifPresent(
            t -> {
              values.put("name", t.name());
              values.put("description", t.description());
            });
    values.put("sortOrder", Integer.toString(program.sortOrder()));
    values.put("onFactsheet", program.onFactsheet() ? "true" : null);
    model.addAttribute("form", programTextForm(id, lang, values, Map.of()));
    return "program/form";
  }

  @PostMapping("/program/programs/{id}/text/{lang}")
  String saveProgramText(
      @PathVariable ProgramId id,
      @PathVariable String lang,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    support.access.requireEditor(CurrentUser.require());
    var program = programs.find(id).orElseThrow(() -> new NotFound("program record"));
    requireLanguage(lang);
    var in = new FormInput(params);
    String name = in.text("name", true, 200);
    String description = in.text("description", true, 8000);
    Integer order = in.integer("sortOrder", true, 0, 10_000);
    if (!in.ok()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("form", programTextForm(id, lang, in.typed(), resolve(in, locale)));
      return "program/form";
    }
    support.tx.executeWithoutResult(
        s -> {
          programs.saveText(
              new Programs.ProgramText(
                  id, lang, FormInput.checked(name), FormInput.checked(description)));
          programs.update(id, FormInput.checked(order), in.bool("onFactsheet"));
          support.audit.record(
              "PROGRAM_UPDATE", "programText", id, program.code() + " " + lang + ": " + name);
        });
    support.flash.done(redirect, "common.saved");
    return "redirect:/program/programs/" + id;
  }

  private Pages.FormPage programTextForm(
      ProgramId id, String lang, Map<String, Object> values, Map<String, String> errors) {
    return new Pages.FormPage(
        "programText",
        "program.programText.edit." + lang,
        "/program/programs/" + id + "/text/" + lang,
        List.of(
            FormField.text("name", "program.field.name", true),
            FormField.of("description", "program.field.narrative", FormField.Kind.TEXTAREA, true)
                .help("program.help.narrative"),
            FormField.of("sortOrder", "program.field.sortOrder", FormField.Kind.INTEGER, true),
            FormField.of(
                "onFactsheet", "program.field.onFactsheet", FormField.Kind.CHECKBOX, false)),
        new LinkedHashMap<>(values),
        errors,
        "/program/programs/" + id,
        null,
        false);
  }

  @GetMapping("/program/programs/new")
  String newProgram(Model model, Locale locale) {
    support.access.requireEditor(CurrentUser.require());
    model.addAttribute(
        "form",
        newProgramForm(
            Lang.of(locale), Map.of("sortOrder", "100", "onFactsheet", "true"), Map.of()));
    return "program/form";
  }

  @PostMapping("/program/programs")
  String createProgram(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    support.access.requireEditor(CurrentUser.require());
    var in = new FormInput(params);
    String code = in.text("code", true, 40);
    if (code != null && !code.matches("[A-Z0-9][A-Z0-9-]*")) {
      in.reject("code", "program.v.code");
    } else if (code != null && programs.findByCode(code).isPresent()) {
      in.reject("code", "program.v.codeTaken");
    }
    String country =
        in.choice("country", true, countries.all().stream().map(Countries.Country::code).toList());
    Integer order = in.integer("sortOrder", true, 0, 10_000);
    String name = in.text("name", true, 200);
    String description = in.text("description", true, 8000);
    if (!in.ok()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("form", newProgramForm(Lang.of(locale), in.typed(), resolve(in, locale)));
      return "program/form";
    }
    ProgramId id =
        support.tx.execute(
            s -> {
              ProgramId created =
                  programs.insert(
                      FormInput.checked(code),
                      FormInput.checked(country),
                      FormInput.checked(order),
                      in.bool("onFactsheet"));
              programs.saveText(
                  new Programs.ProgramText(
                      created,
                      Lang.ENGLISH,
                      FormInput.checked(name),
                      FormInput.checked(description)));
              support.audit.record("PROGRAM_CREATE", "program", created, code + " " + name);
              return created;
            });
    support.flash.done(redirect, "common.saved");
    return "redirect:/program/programs/" + id;
  }

  private Pages.FormPage newProgramForm(
      String lang, Map<String, Object> values, Map<String, String> errors) {
    var countryOptions =
        countries.all().stream()
            .map(
                c ->
                    FormField.Option.plain(
                        c.code(),
                        countries
                            .text(c.code(), lang)
                            .map(Countries.CountryText::name)
                            .orElse(c.code())))
            .toList();
    return new Pages.FormPage(
        "program",
        "program.program.new",
        "/program/programs",
        List.of(
            FormField.text("code", "program.field.code", true).help("program.help.programCode"),
            FormField.select("country", "program.field.country", true, countryOptions),
            FormField.text("name", "program.field.nameEn", true),
            FormField.of("description", "program.field.narrative", FormField.Kind.TEXTAREA, true)
                .help("program.help.narrative"),
            FormField.of("sortOrder", "program.field.sortOrder", FormField.Kind.INTEGER, true),
            FormField.of(
                "onFactsheet", "program.field.onFactsheet", FormField.Kind.CHECKBOX, false)),
        new LinkedHashMap<>(values),
        errors,
        "/program",
        null,
        false);
  }

  // ---- countries and their fact-sheet texts -------------------------------------------------

  @GetMapping("/program/countries/new")
  String newCountry(Model model) {
    support.access.requireEditor(CurrentUser.require());
    model.addAttribute("form", countryForm(null, Lang.ENGLISH, Map.of(), Map.of()));
    return "program/form";
  }

  @PostMapping("/program/countries")
  String createCountry(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    support.access.requireEditor(CurrentUser.require());
    var in = new FormInput(params);
    String code = in.text("code", true, 40);
    if (code != null && !code.matches("[a-z0-9-]{1,40}")) {
      in.reject("code", "program.v.slug");
    } else if (code != null && countries.find(code).isPresent()) {
      in.reject("code", "program.v.codeTaken");
    }
    String typedIso = in.text("iso", true, 60);
    String iso3 = typedIso == null ? null : code(typedIso).orElse(null);
    if (typedIso != null && iso3 == null) {
      in.reject("iso", "program.v.country");
    } else if (iso3 != null && countries.all().stream().anyMatch(c -> c.iso3().equals(iso3))) {
      in.reject("iso", "program.v.codeTaken");
    }
    var text = readCountryText(in, code == null ? "" : code, Lang.ENGLISH);
    if (text == null || !in.ok()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("form", countryForm(null, Lang.ENGLISH, in.typed(), resolve(in, locale)));
      return "program/form";
    }
    support.tx.executeWithoutResult(
        s -> {
          countries.insert(
              new Countries.Country(FormInput.checked(code), FormInput.checked(iso3), 100));
          countries.saveText(text);
          support.audit.record("PROGRAM_CREATE", "country", code, text.name());
        });
    support.flash.done(redirect, "common.saved");
    return "redirect:/program";
  }

  @GetMapping("/program/countries/{code}/text/{lang}")
  String countryText(@PathVariable String code, @PathVariable String lang, Model model) {
    support.access.requireEditor(CurrentUser.require());
    countries.find(code).orElseThrow(() -> new NotFound("program record"));
    requireLanguage(lang);
    var values = new LinkedHashMap<String, Object>();
    var existing =
        countries.textExactly(code, lang).or(() -> countries.textExactly(code, Lang.ENGLISH));
    existing.ifPresent(
        t -> {
          // A new translation starts from the English text, so the translator sees what to
          // translate.
          values.put("name", t.name());
          values.put("title", t.title());
          values.put("bureau", t.bureau());
          values.put("issuedOn", t.issuedOn().toString());
          values.put("overview", t.overview());
        });
    model.addAttribute("form", countryForm(code, lang, values, Map.of()));
    return "program/form";
  }

  @PostMapping("/program/countries/{code}/text/{lang}")
  String saveCountryText(
      @PathVariable String code,
      @PathVariable String lang,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    support.access.requireEditor(CurrentUser.require());
    countries.find(code).orElseThrow(() -> new NotFound("program record"));
    requireLanguage(lang);
    var in = new FormInput(params);
    var text = readCountryText(in, code, lang);
    if (text == null || !in.ok()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("form", countryForm(code, lang, in.typed(), resolve(in, locale)));
      return "program/form";
    }
    support.tx.executeWithoutResult(
        s -> {
          countries.saveText(text);
          support.audit.record("PROGRAM_UPDATE", "countryText", code, lang + ": " + text.title());
        });
    support.flash.done(redirect, "common.saved");
    return "redirect:/program";
  }

  /** The texts as typed, or null when a field is refused (the form then holds its message). */
  private Countries.@Nullable CountryText readCountryText(FormInput in, String code, String lang) {
    String name = in.text("name", true, 100);
    String title = in.text("title", true, 300);
    String bureau = in.text("bureau", true, 300);
    LocalDate issued = in.date("issuedOn", true);
    String overview = in.text("overview", true, 8000);
    if (name == null || title == null || bureau == null || issued == null || overview == null) {
      return null;
    }
    return new Countries.CountryText(code, lang, name, title, bureau, overview, issued);
  }

  private Pages.FormPage countryForm(
      @Nullable String code, String lang, Map<String, Object> values, Map<String, String> errors) {
    var fields = new ArrayList<FormField>();
    if (code == null) {
      fields.add(
          FormField.text("code", "program.field.countrySlug", true)
              .help("program.help.countrySlug"));
      fields.add(FormField.of("iso", "program.field.iso2", FormField.Kind.COUNTRY, true));
    }
    fields.add(FormField.text("name", "program.field.countryName", true));
    fields.add(FormField.text("title", "program.field.factsheetTitle", true));
    fields.add(FormField.text("bureau", "program.field.bureau", true));
    fields.add(FormField.of("issuedOn", "program.field.issuedOn", FormField.Kind.DATE, true));
    fields.add(
        FormField.of("overview", "program.field.overview", FormField.Kind.TEXTAREA, true)
            .help("program.help.narrative"));
    return new Pages.FormPage(
        "countryText",
        code == null ? "program.country.new" : "program.countryText.edit." + lang,
        code == null ? "/program/countries" : "/program/countries/" + code + "/text/" + lang,
        fields,
        new LinkedHashMap<>(values),
        errors,
        "/program",
        null,
        false);
  }

  private static void requireLanguage(String lang) {
    if (!Lang.supported(lang)) {
      throw new NotFound("program record");
    }
  }

  private Map<String, String> resolve(FormInput in, Locale locale) {
    var out = new LinkedHashMap<String, String>();
    in.errors().forEach((k, v) -> out.put(k, support.cells.message(v, locale)));
    return out;
  }
}
