package org.kuzet.trafficking.internal;

import java.util.List;
import java.util.Locale;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.web.Flash;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworker's pages: the case list, the identification interview, and a case with its events,
 * referrals and links. Every handler goes through {@link CaseManagement}, which checks role and
 * agency again and writes the audit log.
 */
@Controller
class CasePages {

  private final CaseManagement management;
  private final MessageSource messages;
  private final Flash said;

  CasePages(CaseManagement management, MessageSource messages, Flash said) {
    this.said = said;
    this.management = management;
    this.messages = messages;
  }

  @GetMapping("/trafficking")
  String root() {
    return "redirect:/trafficking/cases";
  }

  @GetMapping("/trafficking/cases")
  String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("cases", management.list(user, all));
    model.addAttribute("all", all);
    return "trafficking/cases";
  }

  @GetMapping("/trafficking/identify")
  String identifyForm(Model model, Locale locale) {
    CaseManagement.requireCaseworker(CurrentUser.require());
    var form = new LinkedMultiValueMap<String, String>();
    String today = management.today().toString();
    form.add("identifiedOn", today);
    form.add("consentDate", today);
    return identifyPage(model, form, List.of(), locale);
  }

  /** Scores the interview without storing anything: usable before the person has consented. */
  @PostMapping("/trafficking/identify/assess")
  String assess(@RequestParam MultiValueMap<String, String> params, Model model) {
    CaseManagement.requireCaseworker(CurrentUser.require());
    var f = IdentificationForm.read(params);
    var answers = IdentificationForm.answers(f);
    Integer age = f.integer("age", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    model.addAttribute("assessment", IdentificationInterview.assess(answers, age));
    return "trafficking/identify :: assessment";
  }

  @PostMapping("/trafficking/cases")
  String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    CaseManagement.requireCaseworker(user);
    var parsed = IdentificationForm.parse(params);
    if (!parsed.problems().isEmpty()) {
      return identifyPage(model, params, parsed.problems(), locale);
    }
    try {
      VictimCaseId id = management.identify(user, parsed.value());
      return "redirect:/trafficking/cases/" + id + "?created";
    } catch (Refusal e) {
      return identifyPage(model, params, e.problems(), locale);
    }
  }

  private String identifyPage(
      Model model, MultiValueMap<String, String> form, List<Problem> problems, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("problems", resolve(problems, locale));
    model.addAttribute("problemFields", problems.stream().map(Problem::field).toList());
    model.addAttribute(
        "assessment",
        IdentificationInterview.assess(
            IdentificationForm.answers(IdentificationForm.read(form)), null));
    vocabulary(model, locale);
    return "trafficking/identify";
  }

  @GetMapping("/trafficking/cases/{id}")
  String view(@PathVariable VictimCaseId id, Model model, Locale locale) {
    VictimCase c = management.view(CurrentUser.require(), id);
    model.addAttribute("c", c);
    model.addAttribute("assessment", c.assessment());
    model.addAttribute("today", management.today());
    vocabulary(model, locale);
    return "trafficking/case";
  }

  @PostMapping("/trafficking/cases/{id}/profile")
  String profile(
      @PathVariable VictimCaseId id,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var relationship = f.code("recruiterRelationship", false, RecruiterRelationship.class);
    var recruitment = f.codes("recruitment", RecruitmentMethod.class);
    var control = f.codes("control", MeansOfControl.class);
    var exploitation = f.codes("exploitation", ExploitationType.class);
    return change(
        id,
        flash,
        f,
        () ->
            management.updateProfile(
                CurrentUser.require(), id, relationship, recruitment, control, exploitation));
  }

  @PostMapping("/trafficking/cases/{id}/events")
  String event(
      @PathVariable VictimCaseId id,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var kind = f.code("kind", false, EventKind.class);
    var event =
        new NewEvent(
            kind == null ? EventKind.EXPLOITATION : kind,
            f.date("date", false),
            f.optional("country"),
            f.optional("place"),
            f.optional("description"));
    if (kind == null && f.ok()) {
      f.reject("kind", "tip.error.code.invalid", "");
    }
    return change(id, flash, f, () -> management.addEvent(CurrentUser.require(), id, event));
  }

  @PostMapping("/trafficking/cases/{id}/referrals")
  String refer(
      @PathVariable VictimCaseId id,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var service = f.code("service", false, ReferralService.class);
    if (service == null && f.ok()) {
      f.reject("service", "tip.error.service.required");
    }
    var provider = f.optional("provider");
    var referredOn = f.date("referredOn", false);
    return change(
        id,
        flash,
        f,
        () ->
            management.refer(
                CurrentUser.require(), id, FormInput.checked(service), provider, referredOn));
  }

  @PostMapping("/trafficking/referrals/{referralId}/status")
  String referralStatus(
      @PathVariable ReferralId referralId,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var status = f.code("status", false, ReferralStatus.class);
    if (status == null && f.ok()) {
      f.reject("status", "tip.error.code.invalid", "");
    }
    String note = f.optional("note");
    if (!f.ok()) {
      throw f.refusal();
    }
    VictimCaseId caseId =
        management.changeReferral(
            CurrentUser.require(), referralId, FormInput.checked(status), note);
    return said.run(
        flash, "/trafficking/cases/" + caseId + "#referrals", () -> new Flash.Said("common.saved"));
  }

  @PostMapping("/trafficking/cases/{id}/links")
  String link(
      @PathVariable VictimCaseId id,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var kind = f.code("kind", false, LinkKind.class);
    if (kind == null && f.ok()) {
      f.reject("kind", "tip.error.code.invalid", "");
    }
    String reference = f.optional("reference");
    return change(
        id,
        flash,
        f,
        () -> management.link(CurrentUser.require(), id, FormInput.checked(kind), reference));
  }

  @PostMapping("/trafficking/cases/{id}/consent-withdrawal")
  String withdraw(@PathVariable VictimCaseId id, RedirectAttributes flash) {
    return change(
        id,
        flash,
        IdentificationForm.read(new LinkedMultiValueMap<>()),
        () -> management.withdrawConsent(CurrentUser.require(), id));
  }

  @PostMapping("/trafficking/cases/{id}/status")
  String status(
      @PathVariable VictimCaseId id,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes flash) {
    var f = IdentificationForm.read(params);
    var status = f.code("status", false, CaseStatus.class);
    if (status == null && f.ok()) {
      f.reject("status", "tip.error.code.invalid", "");
    }
    return change(
        id,
        flash,
        f,
        () -> management.changeStatus(CurrentUser.require(), id, FormInput.checked(status)));
  }

  /** Runs a change of a case page and comes back to the case, with the problems if refused. */
  private String change(VictimCaseId id, RedirectAttributes flash, FormInput f, Runnable action) {
    CaseManagement.requireCaseworker(CurrentUser.require());
    return said.run(
        flash,
        "/trafficking/cases/" + id,
        () -> {
          if (!f.ok()) {
            throw f.refusal();
          }
          action.run();
          return new Flash.Said("common.saved");
        });
  }

  List<String> resolve(List<Problem> problems, Locale locale) {
    return problems.stream().map(p -> messages.getMessage(p, locale)).toList();
  }

  static void vocabulary(Model model, Locale locale) {
    model.addAttribute("indicators", Indicator.values());
    model.addAttribute("answers", Answer.values());
    model.addAttribute("genders", Gender.values());
    model.addAttribute("relationships", RecruiterRelationship.values());
    model.addAttribute("recruitmentMethods", RecruitmentMethod.values());
    model.addAttribute("meansOfControl", MeansOfControl.values());
    model.addAttribute("exploitationTypes", ExploitationType.values());
    model.addAttribute("eventKinds", EventKind.values());
    model.addAttribute("services", ReferralService.values());
    model.addAttribute("referralStatuses", ReferralStatus.values());
    model.addAttribute("linkKinds", LinkKind.values());
    model.addAttribute("caseStatuses", CaseStatus.values());
  }
}
