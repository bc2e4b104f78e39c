package org.kuzet.workspace.internal;

import java.util.stream.Collectors;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The personal home page, which each user arranges. */
@Controller
class HomeController {

  private final PanelArrangements arrangements;

  HomeController(PanelArrangements arrangements) {
    this.arrangements = arrangements;
  }

  @GetMapping("/")
  String root() {
    return CurrentUser.get().isPresent() ? "redirect:/home" : "redirect:/login";
  }

  @GetMapping("/home")
  String home(Model model) {
    KuzetUser user = CurrentUser.require();
    var placed = arrangements.arrangementOf(user);
    model.addAttribute("placed", placed);
    model.addAttribute(
        "panelModels",
        placed.stream()
            .filter(PanelArrangements.Placed::visible)
            .collect(Collectors.toMap(p -> p.panel().id(), p -> p.panel().model(user))));
    return "workspace/home";
  }

  @PostMapping("/home/panels/{id}/up")
  String up(@PathVariable String id) {
    arrangements.move(CurrentUser.require(), id, -1);
    return "redirect:/home";
  }

  @PostMapping("/home/panels/{id}/down")
  String down(@PathVariable String id) {
    arrangements.move(CurrentUser.require(), id, +1);
    return "redirect:/home";
  }

  @PostMapping("/home/panels/{id}/toggle")
  String toggle(@PathVariable String id) {
    arrangements.toggle(CurrentUser.require(), id);
    return "redirect:/home";
  }

  /** Where a signed-in account without roles lands until an administrator approves it. */
  @GetMapping("/pending")
  String pending() {
    return "workspace/pending";
  }
}
