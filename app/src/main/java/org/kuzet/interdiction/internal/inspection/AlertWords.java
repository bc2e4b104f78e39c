package org.kuzet.interdiction.internal.inspection;

import java.util.Locale;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Formats;
import org.springframework.stereotype.Component;

/**
 * What an alert says, in the reader's language: worded from its facts, with the post named by its
 * name in that language at the time of reading (the facts keep the base name the post had when the
 * alert was raised, which stays where the post is gone). An alert stored before facts were kept
 * shows its English sentence. Pages call it as {@code @alertWords.text(a, #locale)}.
 */
@Component("alertWords")
public class AlertWords {

  private final Posts posts;
  private final Formats formats;

  AlertWords(Posts posts, Formats formats) {
    this.posts = posts;
    this.formats = formats;
  }

  public String text(Alert alert, Locale locale) {
    AlertSummary facts = alert.facts();
    if (facts == null) {
      return alert.summary();
    }
    Object[] args =
        posts
            .byId(alert.postId())
            .map((Post p) -> facts.arguments(p.name(locale)))
            .orElseGet(facts::arguments);
    return formats.message(facts.key(), locale, args);
  }
}
