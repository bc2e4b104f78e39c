package org.kuzet.program.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.AgencyZones;
import org.kuzet.web.FormInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The equipment register: what was handed over to whom and where, and its end-use checks. */
@Controller
@RequestMapping("/program/equipment")
class EquipmentPages extends RecordPages<EquipmentRegister.Equipment> {

  private final EquipmentRegister register;
  private final Projects projects;
  private final Organisations organisations;
  private final Choices choices;
  private final Clock clock;
  private final AgencyZones zones;

  EquipmentPages(
      Support support,
      EquipmentRegister register,
      Projects projects,
      Organisations organisations,
      Choices choices,
      Clock clock,
      AgencyZones zones) {
    super(support);
    this.clock = clock;
    this.zones = zones;
    this.register = register;
    this.projects = projects;
    this.organisations = organisations;
    this.choices = choices;
  }

  @Override
  String base() {
    return "/program/equipment";
  }

  @Override
  String type() {
    return "equipment";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.select("project", "program.field.project", false, choices.projects(scope)),
        FormField.select(
            "recipient", "program.field.recipient", false, choices.organisations(lang)),
        FormField.text("location", "program.field.location", false),
        FormField.text("q", "program.field.search", false));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    var where =
        new Where()
            .scope(scope, "e.project_id")
            .eq("e.project_id", "project", longFilter(f, "project"))
            .eq("e.recipient", "recipient", f.value("recipient"))
            .contains(
                "location", f.value("location"), "e.location", "e.location_ru", "e.location_kk")
            .contains(
                "q",
                f.value("q"),
                "e.item",
                "e.item_ru",
                "e.item_kk",
                "e.model",
                "e.serial_number",
                "e.recipient_unit",
                "e.recipient_unit_ru",
                "e.recipient_unit_kk",
                "e.handover_document");
    var codes = ProgramPagesSupport.projectCodes(projects);
    var orgs = organisations.byCode();
    var locale = Locale.forLanguageTag(lang);
    var rows =
        register.list(where).stream()
            .map(
                e ->
                    new Grid.Row(
                        recordPath(e.id().toString()),
                        Arrays.asList(
                            e.item(locale),
                            e.model(),
                            e.serialNumber(),
                            e.value(),
                            e.currency(),
                            orgs.containsKey(e.recipient())
                                ? orgs.get(e.recipient()).shortName(lang)
                                : e.recipient(),
                            e.recipientUnit(locale),
                            e.location(locale),
                            e.handoverDate(),
                            e.handoverDocument(),
                            codes.get(e.projectId()),
                            e.lastCheckedOn(),
                            e.lastWorking(),
                            e.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.item",
            "program.field.model",
            "program.field.serialNumber",
            "program.field.value",
            "program.field.currency",
            "program.field.recipient",
            "program.field.recipientUnit",
            "program.field.location",
            "program.field.handoverDate",
            "program.field.handoverDocument",
            "program.field.project",
            "program.field.lastCheckedOn",
            "program.field.lastWorking",
            "program.field.illustrative"),
        rows);
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.select(
            "project", "program.field.project", true, choices.projects(Scope.EVERYTHING)),
        FormField.text("item", "program.field.item", true),
        FormField.text("itemRu", "names.inRussian", false),
        FormField.text("itemKk", "names.inKazakh", false),
        FormField.text("model", "program.field.model", false),
        FormField.text("serialNumber", "program.field.serialNumber", false),
        FormField.of("value", "program.field.value", FormField.Kind.MONEY, false),
        FormField.of("currency", "program.field.currency", FormField.Kind.CURRENCY, false),
        FormField.select("recipient", "program.field.recipient", true, choices.organisations(lang)),
        FormField.text("recipientUnit", "program.field.recipientUnit", false),
        FormField.text("recipientUnitRu", "names.textInRussian", false),
        FormField.text("recipientUnitKk", "names.textInKazakh", false),
        FormField.text("location", "program.field.location", true).help("program.help.location"),
        FormField.text("locationRu", "names.textInRussian", false),
        FormField.text("locationKk", "names.textInKazakh", false),
        FormField.of("handoverDate", "program.field.handoverDate", FormField.Kind.DATE, false),
        FormField.text("handoverDocument", "program.field.handoverDocument", false),
        FormField.of("illustrative", "program.field.illustrative", FormField.Kind.CHECKBOX, false));
  }

  @Override
  Map<String, Object> defaults(FormInput params) {
    var values = params.typed();
    values.putIfAbsent("currency", "USD");
    return values;
  }

  @Override
  Optional<EquipmentRegister.Equipment> find(String id) {
    return ProgramPagesSupport.parseId(id).map(EquipmentId::new).flatMap(register::find);
  }

  @Override
  void requireReadable(KuzetUser user, EquipmentRegister.Equipment record) {
    support.access.requireProject(user, record.projectId());
  }

  @Override
  Map<String, Object> values(EquipmentRegister.Equipment e) {
    return map(
        "project", e.projectId().toString(),
        "item", e.item(),
        "itemRu", e.itemRu(),
        "itemKk", e.itemKk(),
        "model", e.model(),
        "serialNumber", e.serialNumber(),
        "value", e.value() == null ? null : e.value().toPlainString(),
        "currency", e.currency() == null ? "USD" : e.currency(),
        "recipient", e.recipient(),
        "recipientUnit", e.recipientUnit(),
        "recipientUnitRu", e.recipientUnitRu(),
        "recipientUnitKk", e.recipientUnitKk(),
        "location", e.location(),
        "locationRu", e.locationRu(),
        "locationKk", e.locationKk(),
        "handoverDate", e.handoverDate(),
        "handoverDocument", e.handoverDocument(),
        "illustrative", e.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, EquipmentRegister.@Nullable Equipment existing) {
    Long project = in.id("project", true, choices.projectIds());
    String item = in.text("item", true, 200);
    String itemRu = in.text("itemRu", false, 200);
    String itemKk = in.text("itemKk", false, 200);
    String model = in.text("model", false, 200);
    String serial = in.text("serialNumber", false, 100);
    BigDecimal value = in.money("value", false);
    String currency = in.currency("currency");
    String recipient = in.choice("recipient", true, choices.organisationCodes());
    String unit = in.text("recipientUnit", false, 200);
    String unitRu = in.text("recipientUnitRu", false, 200);
    String unitKk = in.text("recipientUnitKk", false, 200);
    String location = in.text("location", true, 200);
    String locationRu = in.text("locationRu", false, 200);
    String locationKk = in.text("locationKk", false, 200);
    LocalDate handover = in.date("handoverDate", false);
    String document = in.text("handoverDocument", false, 200);
    if (item != null
        && serial != null
        && register.serialTaken(item, serial, existing == null ? null : existing.id())) {
      in.reject("serialNumber", "program.v.serialTaken");
    }
    if (!in.ok()) {
      return null;
    }
    var e =
        new EquipmentRegister.Equipment(
            existing == null ? new EquipmentId(0) : existing.id(),
            new ProjectId(FormInput.checked(project)),
            FormInput.checked(item),
            model,
            serial,
            value,
            value == null ? null : currency,
            FormInput.checked(recipient),
            unit,
            FormInput.checked(location),
            handover,
            document,
            in.bool("illustrative"),
            null,
            null,
            itemRu,
            itemKk,
            locationRu,
            locationKk,
            unit == null ? null : unitRu,
            unit == null ? null : unitKk);
    if (existing == null) {
      return register.insert(e).toString();
    }
    register.update(e);
    return existing.id().toString();
  }

  @Override
  void delete(EquipmentRegister.Equipment record) {
    register.delete(record.id());
  }

  @Override
  String describe(EquipmentRegister.Equipment e) {
    return e.item()
        + (e.serialNumber() == null ? "" : " s/n " + e.serialNumber())
        + " at "
        + e.location();
  }

  // ---- the item's own page, with its end-use checks ---------------------------------------

  @Override
  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    var item = readable(user, id);
    detail(model, locale, user, item, Map.of("checkedOn", today().toString()), Map.of());
    return "program/equipment";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    support.access.requireEditor(user);
    return form(model, locale, id, values(readable(user, id)), Map.of(), false);
  }

  @PostMapping("/{id}/checks")
  String addCheck(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    KuzetUser user = CurrentUser.require();
    support.access.requireEditor(user);
    var item = readable(user, id);
    var in = new FormInput(params);
    LocalDate on = in.date("checkedOn", true);
    if (on != null && on.isAfter(today().plusDays(1))) {
      in.reject("checkedOn", "program.v.future");
    }
    if (on != null && item.handoverDate() != null && on.isBefore(item.handoverDate())) {
      in.reject("checkedOn", "program.v.beforeHandover");
    }
    String by = in.text("checkedBy", true, 200);
    String byRu = in.text("checkedByRu", false, 200);
    String byKk = in.text("checkedByKk", false, 200);
    String note = in.text("note", false, 1000);
    String noteRu = in.text("noteRu", false, 1000);
    String noteKk = in.text("noteKk", false, 1000);
    if (!in.ok()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      detail(model, locale, user, item, in.typed(), resolve(in, locale));
      return "program/equipment";
    }
    var check =
        new EquipmentRegister.EndUseCheck(
            0,
            item.id(),
            FormInput.checked(on),
            FormInput.checked(by),
            in.bool("present"),
            in.bool("working"),
            in.bool("usedAsIntended"),
            note,
            byRu,
            byKk,
            note == null ? null : noteRu,
            note == null ? null : noteKk);
    support.tx.executeWithoutResult(
        s -> {
          long checkId = register.insertCheck(check);
          support.audit.recordFacts(
              "PROGRAM_CREATE",
              "endUseCheck",
              checkId,
              AuditDetail.of(
                  "program.endUseCheck",
                  describe(item),
                  FormInput.checked(on).toString(),
                  FormInput.checked(by),
                  Boolean.toString(check.present()),
                  Boolean.toString(check.working()),
                  Boolean.toString(check.usedAsIntended())));
        });
    support.flash.done(redirect, "common.saved");
    return "redirect:" + recordPath(id);
  }

  /** Today where the reader is (their agency's zone), for the default and the "future" check. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(zones.reader()));
  }

  private void detail(
      Model model,
      Locale locale,
      KuzetUser user,
      EquipmentRegister.Equipment item,
      Map<String, Object> checkValues,
      Map<String, String> checkErrors) {
    String lang = Lang.of(locale);
    model.addAttribute("item", item);
    model.addAttribute(
        "recipientName",
        organisations.find(item.recipient()).map(o -> o.label(lang)).orElse(item.recipient()));
    model.addAttribute("project", projects.find(item.projectId()).orElseThrow());
    model.addAttribute("checks", register.checks(item.id()));
    model.addAttribute("mayEdit", support.access.mayEdit(user));
    model.addAttribute(
        "checkForm",
        new Pages.FormPage(
            "endUseCheck",
            "program.check.new",
            recordPath(item.id().toString()) + "/checks",
            List.of(
                FormField.of("checkedOn", "program.field.checkedOn", FormField.Kind.DATE, true),
                FormField.text("checkedBy", "program.field.checkedBy", true),
                FormField.text("checkedByRu", "names.textInRussian", false),
                FormField.text("checkedByKk", "names.textInKazakh", false),
                FormField.of("present", "program.field.present", FormField.Kind.CHECKBOX, false),
                FormField.of("working", "program.field.working", FormField.Kind.CHECKBOX, false),
                FormField.of(
                    "usedAsIntended",
                    "program.field.usedAsIntended",
                    FormField.Kind.CHECKBOX,
                    false),
                FormField.of("note", "program.field.note", FormField.Kind.TEXTAREA, false),
                FormField.of("noteRu", "names.textInRussian", FormField.Kind.TEXTAREA, false),
                FormField.of("noteKk", "names.textInKazakh", FormField.Kind.TEXTAREA, false)),
            new LinkedHashMap<>(checkValues),
            checkErrors,
            recordPath(item.id().toString()),
            null,
            false));
  }
}
