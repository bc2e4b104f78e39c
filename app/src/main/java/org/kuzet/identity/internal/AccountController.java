package org.kuzet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.TokenScope;
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
  private final Clock clock;

  AccountController(
      Accounts accounts,
      ApiTokens tokens,
      AccountAdministration administration,
      LocaleResolver locales,
      Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.tokens = tokens;
    this.administration = administration;
    this.locales = locales;
  }

  @GetMapping("/account")
  String account(Model model) {
    return page(model);
  }

  @PostMapping("/account/password")
  String changePassword(
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    if (!administration.changeOwnPassword(form, errors)) {
      form.setCurrent("");
      form.setPassword("");
      form.setConfirm("");
      return page(model);
    }
    // Every other session of the account has ended; this one carries on.
    SessionStamp.restamp(
        request.getSession(false), accounts.sessionEpoch(CurrentUser.require().accountId()));
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
      @ModelAttribute("tokenForm") TokenForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    boolean fresh =
        SessionStamp.signedInWithin(
            request.getSession(false), AccountAdministration.FRESH_SIGN_IN, clock.instant());
    var token = errors.hasErrors() ? null : administration.createOwnToken(form, fresh, errors);
    if (token == null) {
      form.setPassword("");
      return page(model);
    }
    redirect.addFlashAttribute("newToken", token);
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(@PathVariable TokenId id, RedirectAttributes redirect) {
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
    if (!model.containsAttribute("passwordForm")) {
      model.addAttribute("passwordForm", new PasswordForm());
    }
    if (!model.containsAttribute("tokenForm")) {
      model.addAttribute("tokenForm", new TokenForm());
    }
    model.addAttribute("tokenDays", ApiTokens.VALIDITY_DAYS);
    model.addAttribute("tokenModules", TokenScope.MODULES);
    return "identity/account";
  }
}
