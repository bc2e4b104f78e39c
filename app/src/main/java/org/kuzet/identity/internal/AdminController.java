package org.kuzet.identity.internal;

import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration: the list, a new local account, agency and roles, approval of accounts
 * that signed in through a provider, disabling and unlocking. Administrators only (URL rule and
 * {@link AccountAdministration}).
 */
@Controller
class AdminController {

  private final Accounts accounts;
  private final Agencies agencies;
  private final AccountAdministration administration;
  private final PendingChanges pending;

  AdminController(
      Accounts accounts,
      Agencies agencies,
      AccountAdministration administration,
      PendingChanges pending) {
    this.pending = pending;
    this.accounts = accounts;
    this.agencies = agencies;
    this.administration = administration;
  }

  @GetMapping("/admin")
  String index() {
    return "redirect:/admin/accounts";
  }

  @GetMapping("/admin/accounts")
  String list(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("changes", pending.waiting());
    model.addAttribute("me", CurrentUser.require().accountId());
    return "identity/admin-accounts";
  }

  @GetMapping("/admin/accounts/new")
  String newAccount(Model model) {
    model.addAttribute("form", new AccountForm());
    return newPage(model);
  }

  @PostMapping("/admin/accounts")
  String create(
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    long id = administration.create(form, errors);
    if (errors.hasErrors()) {
      form.setPassword("");
      return newPage(model);
    }
    redirect.addFlashAttribute("message", "admin.accountCreated");
    return "redirect:/admin/accounts/" + id;
  }

  @GetMapping("/admin/accounts/{id}")
  String edit(@PathVariable long id, Model model) {
    var account = find(id);
    model.addAttribute("form", AccountEditForm.of(account));
    model.addAttribute("passwordForm", new PasswordForm());
    return editPage(account, model);
  }

  @PostMapping("/admin/accounts/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") AccountEditForm form,
      BindingResult errors,
      @RequestParam(defaultValue = "false") boolean approve,
      Model model,
      RedirectAttributes redirect) {
    var account = find(id);
    var outcome = administration.update(id, form, approve, errors);
    if (outcome == AccountAdministration.Outcome.INVALID) {
      model.addAttribute("passwordForm", new PasswordForm());
      return editPage(account, model);
    }
    redirect.addFlashAttribute(
        "message",
        outcome == AccountAdministration.Outcome.AWAITS_SECOND_ADMINISTRATOR
            ? "admin.changeAwaitsSecondAdministrator"
            : approve && account.pending() ? "admin.accountApproved" : "common.saved");
    return "redirect:/admin/accounts/" + id;
  }

  /** A second administrator applies a waiting change (never the one who asked for it). */
  @PostMapping("/admin/changes/{changeId}/approve")
  String approveChange(@PathVariable ChangeId changeId, RedirectAttributes redirect) {
    var errors = new BeanPropertyBindingResult(new AccountEditForm(), "form");
    administration.approveChange(changeId, errors);
    if (errors.hasErrors()) {
      redirect.addFlashAttribute("error", "admin.changeNoLongerValid");
      redirect.addFlashAttribute(
          "errorDetail",
          errors.getAllErrors().stream()
              .map(e -> e.getDefaultMessage())
              .collect(Collectors.joining("; ")));
    } else {
      redirect.addFlashAttribute("message", "admin.changeApproved");
    }
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/changes/{changeId}/reject")
  String rejectChange(@PathVariable ChangeId changeId, RedirectAttributes redirect) {
    administration.rejectChange(changeId);
    redirect.addFlashAttribute("message", "admin.changeRejected");
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{id}/password")
  String resetPassword(
      @PathVariable long id,
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    var account = find(id);
    if (!administration.resetPassword(id, form, errors)) {
      form.setPassword("");
      form.setConfirm("");
      model.addAttribute("form", AccountEditForm.of(account));
      return editPage(account, model);
    }
    redirect.addFlashAttribute("message", "admin.passwordReset");
    return "redirect:/admin/accounts/" + id;
  }

  @PostMapping("/admin/accounts/{id}/disable")
  String disable(@PathVariable long id, RedirectAttributes redirect) {
    administration.disable(id);
    redirect.addFlashAttribute("message", "admin.accountDisabled");
    return "redirect:/admin/accounts/" + id;
  }

  @PostMapping("/admin/accounts/{id}/enable")
  String enable(@PathVariable long id, RedirectAttributes redirect) {
    administration.enable(id);
    redirect.addFlashAttribute("message", "admin.accountEnabled");
    return "redirect:/admin/accounts/" + id;
  }

  @PostMapping("/admin/accounts/{id}/unlock")
  String unlock(@PathVariable long id, RedirectAttributes redirect) {
    administration.unlock(id);
    redirect.addFlashAttribute("message", "admin.accountUnlocked");
    return "redirect:/admin/accounts/" + id;
  }

  private Accounts.AccountView find(long id) {
    return accounts.view(id).orElseThrow(() -> AccountAdministration.notFound("account " + id));
  }

  private String newPage(Model model) {
    model.addAttribute("agencyChoices", agencies.assignable());
    model.addAttribute("roleChoices", Role.values());
    return "identity/admin-account-new";
  }

  private String editPage(Accounts.AccountView account, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("providers", accounts.federatedProviders(account.id()));
    model.addAttribute("changes", pending.waitingFor(account.id()));
    model.addAttribute("agencyChoices", agencies.assignable());
    model.addAttribute("roleChoices", Role.values());
    return "identity/admin-account-edit";
  }
}
