package org.kuzet.interdiction.internal.inspection;

import java.time.Clock;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.targeting.RiskScoring;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The risk score on the inspection form, for what the officer has typed so far. */
@Controller
class RiskPreviewController {

  private final Posts posts;
  private final RiskScoring scoring;
  private final InterdictionSettings settings;
  private final Clock clock;

  RiskPreviewController(
      Posts posts, RiskScoring scoring, InterdictionSettings settings, Clock clock) {
    this.posts = posts;
    this.scoring = scoring;
    this.settings = settings;
    this.clock = clock;
  }

  /** The score for what the officer has typed so far (htmx swaps it into the form). */
  @PostMapping("/interdiction/posts/{id}/risk")
  String risk(@PathVariable PostId id, @ModelAttribute("form") InspectionForm form, Model model) {
    KuzetUser user = CurrentUser.require();
    Post post = posts.byId(id).orElseThrow(() -> new NotFound("targeting rule set"));
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException("only the post's officers see its risk scores");
    }
    model.addAttribute(
        "risk", scoring.score(RiskInputs.of(id, form, settings.zone(), clock.instant())));
    return "interdiction/targeting :: score";
  }
}
