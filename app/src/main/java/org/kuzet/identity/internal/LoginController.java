package org.kuzet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page: a password form and one button per configured OpenID Connect provider. */
@Controller
class LoginController {

  private static final Logger log = LoggerFactory.getLogger(LoginController.class);
  static final String DEFAULT_LOGO = "/images/openid.svg";

  /** A provider button: the registration id (for the URL), its display name and logo. */
  record ProviderButton(String id, String name, String logo) {}

  private final ObjectProvider<ClientRegistrationRepository> registrations;
  private final IdentitySettings settings;
  private final SignInThrottle throttle;

  LoginController(
      ObjectProvider<ClientRegistrationRepository> registrations,
      IdentitySettings settings,
      SignInThrottle throttle) {
    this.registrations = registrations;
    this.settings = settings;
    this.throttle = throttle;
  }

  // Any method: the unsigned-request entry point forwards here, whatever the original method.
  @RequestMapping("/login")
  String login(Model model, HttpServletRequest request) {
    model.addAttribute("providers", providers());
    if (request.getParameter("throttled") != null) {
      // Whole seconds, rounded up: "wait 0 seconds" would invite an attempt that is turned away.
      var wait = throttle.waitFor(request.getRemoteAddr());
      model.addAttribute("throttledSeconds", wait.isZero() ? 0 : wait.toSeconds() + 1);
    }
    return "identity/login";
  }

  private List<ProviderButton> providers() {
    var repo = registrations.getIfAvailable();
    var buttons = new ArrayList<ProviderButton>();
    if (repo instanceof Iterable<?> all) {
      for (Object o : all) {
        var reg = (ClientRegistration) o;
        String id = reg.getRegistrationId();
        buttons.add(new ProviderButton(id, reg.getClientName(), logo(id)));
      }
    }
    return buttons;
  }

  /**
   * The configured logo when it is an image shipped with the application (the sign-in page must
   * work on a closed network, so no outside addresses), else the OpenID logo.
   */
  String logo(String registrationId) {
    String logo = settings.provider(registrationId).logo();
    if (logo == null || logo.isBlank()) {
      return DEFAULT_LOGO;
    }
    if (logo.startsWith("/images/")
        && !logo.contains("..")
        && new ClassPathResource("static" + logo).exists()) {
      return logo;
    }
    log.warn(
        "kuzet.identity.providers.{}.logo '{}' is not an image shipped under /images/; using {}",
        registrationId,
        logo,
        DEFAULT_LOGO);
    return DEFAULT_LOGO;
  }
}
