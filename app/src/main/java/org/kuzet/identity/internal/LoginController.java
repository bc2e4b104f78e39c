package org.kuzet.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page: a password form and one button per configured OpenID Connect provider. */
@Controller
class LoginController {

  /** A provider button: the registration id (for the URL) and its display name. */
  record ProviderButton(String id, String name) {}

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  // Any method: the unsigned-request entry point forwards here, whatever the original method.
  @RequestMapping("/login")
  String login(Model model) {
    model.addAttribute("providers", providers());
    return "identity/login";
  }

  private List<ProviderButton> providers() {
    var repo = registrations.getIfAvailable();
    var buttons = new ArrayList<ProviderButton>();
    if (repo instanceof Iterable<?> all) {
      for (Object o : all) {
        var reg = (ClientRegistration) o;
        buttons.add(new ProviderButton(reg.getRegistrationId(), reg.getClientName()));
      }
    }
    return buttons;
  }
}
