package org.kuzet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The own-account page: details, password, preferred language, personal API tokens. */
@Controller
class AccountController {

  static final List<String> LANGUAGES = List.of("en", "ru", "kk");

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final AccountAdministration administration;
  private final LocaleResolver locales;

  AccountController(
      Accounts accounts,
      ApiTokens tokens,
      AccountAdministration administration,
      LocaleResolver locales) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.administration = administration;
    this.locales = locales;
  }

  @GetMapping("/account")
  String account(Model model) {
    model.addAttribute("passwordForm", new PasswordForm());
    return page(model);
  }

  @PostMapping("/account/password")
  String changePassword(
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!administration.changeOwnPassword(form, errors)) {
      form.setCurrent("");
      form.setPassword("");
      form.setConfirm("");
      return page(model);
    }
    redirect.addFlashAttribute("message", "account.passwordChanged");
    return "redirect:/account";
  }

  @PostMapping("/account/language")
  String language(
      @RequestParam String language, HttpServletRequest request, HttpServletResponse response) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language must be one of " + LANGUAGES);
    }
    Locale locale = Locale.forLanguageTag(language);
    administration.setOwnLanguage(locale);
    locales.setLocale(request, response, locale);
    return "redirect:/account";
  }

  @PostMapping("/account/tokens")
  String createToken(
      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
    String clean = name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      model.addAttribute("passwordForm", new PasswordForm());
      model.addAttribute("tokenName", clean);
      model.addAttribute("tokenNameError", clean.isEmpty() ? "token.nameRequired" : "token.nameTooLong");
      return page(model);
    }
    var token = administration.createOwnToken(clean);
    redirect.addFlashAttribute("newToken", token);
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
    administration.revokeOwnToken(id);
    redirect.addFlashAttribute("message", "token.revoked");
    return "redirect:/account";
  }

  private String page(Model model) {
    KuzetUser me = CurrentUser.require();
    model.addAttribute(
        "account",
        accounts.view(me.accountId()).orElseThrow(() -> AccountAdministration.notFound("account")));
    model.addAttribute("providers", accounts.federatedProviders(me.accountId()));
    model.addAttribute("tokens", tokens.of(me.accountId()));
    model.addAttribute("languages", LANGUAGES);
    return "identity/account";
  }
}
