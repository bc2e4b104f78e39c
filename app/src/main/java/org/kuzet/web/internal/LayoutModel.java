package org.kuzet.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.NavigationItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user, their navigation and the demo banner flag. */
@ControllerAdvice
class LayoutModel {

  private final List<NavigationItem> navigation;
  private final boolean demo;

  LayoutModel(List<NavigationItem> navigation, @Value("${kuzet.demo.enabled}") boolean demo) {
    this.navigation =
        navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    this.demo = demo;
  }

  @ModelAttribute("demoInstallation")
  boolean demoInstallation() {
    return demo;
  }

  @ModelAttribute("currentUser")
  @Nullable KuzetUser currentUser() {
    return CurrentUser.get().orElse(null);
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation() {
    return CurrentUser.get()
        .map(user -> navigation.stream().filter(item -> item.visibleTo(user)).toList())
        .orElse(List.of());
  }

  /**
   * The same attributes for a page an exception handler renders: Spring does not run
   * {@code @ModelAttribute} methods for those.
   */
  Map<String, @Nullable Object> attributes(HttpServletRequest request) {
    var model = new HashMap<String, @Nullable Object>();
    model.put("demoInstallation", demoInstallation());
    model.put("currentUser", currentUser());
    model.put("currentPath", currentPath(request));
    model.put("navigation", navigation());
    return model;
  }
}
