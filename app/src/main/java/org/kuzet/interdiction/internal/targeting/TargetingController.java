package org.kuzet.interdiction.internal.targeting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.kuzet.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The analysts' page of targeting rules, versions and hit rates. */
@Controller
class TargetingController {

  private final Posts posts;
  private final TargetingRules rules;
  private final HitRates hitRates;
  private final RuleEditing editing;

  private final Texts texts;

  TargetingController(
      Posts posts, TargetingRules rules, HitRates hitRates, RuleEditing editing, Texts texts) {
    this.texts = texts;
    this.posts = posts;
    this.rules = rules;
    this.hitRates = hitRates;
    this.editing = editing;
  }

  @GetMapping("/interdiction/analysis/targeting")
  String page(Model model) {
    KuzetUser user = CurrentUser.require();
    RuleSet current = rules.current();
    return page(model, user, current, RuleSetForm.of(current), List.of());
  }

  @PostMapping("/interdiction/analysis/targeting")
  String save(@ModelAttribute("form") RuleSetForm form, Model model) {
    KuzetUser user = CurrentUser.require();
    if (!mayEdit(user)) {
      throw new AccessDeniedException(
          "targeting rules are edited by the analysts of an agency that operates posts");
    }
    try {
      int version = editing.save(user, form.toRules(), form.getNote().strip());
      return "redirect:/interdiction/analysis/targeting?saved=" + version;
    } catch (Refusal r) {
      return page(model, user, rules.current(), form, r.problems());
    }
  }

  @GetMapping("/interdiction/analysis/targeting/versions/{version}")
  String version(@PathVariable int version, Model model) {
    CurrentUser.require();
    RuleSet set = rules.version(version).orElseThrow(() -> new NotFound("targeting rule set"));
    model.addAttribute("set", set);
    model.addAttribute("current", rules.current().version());
    return "interdiction/targeting-version";
  }

  private String page(
      Model model,
      KuzetUser user,
      RuleSet current,
      RuleSetForm form,
      List<Refusal.Problem> problems) {
    model.addAttribute("current", current);
    model.addAttribute("form", form);
    model.addAttribute("kinds", RuleKind.values());
    model.addAttribute("mayEdit", mayEdit(user));
    model.addAttribute("versions", rules.versions());
    model.addAttribute("problems", problems);
    model.addAttribute("errors", texts.byField(problems));
    Map<String, HitRates.HitRate> rates =
        hitRates.all().stream().collect(Collectors.toMap(HitRates.HitRate::code, r -> r));
    model.addAttribute("rates", rates);
    long[] scored = hitRates.scored();
    model.addAttribute("scored", scored[0]);
    model.addAttribute("scoredPositive", scored[1]);
    return "interdiction/targeting";
  }

  private boolean mayEdit(KuzetUser user) {
    return AccessRules.mayEditTargetingRules(user, !posts.operatedBy(user.agency()).isEmpty());
  }
}
