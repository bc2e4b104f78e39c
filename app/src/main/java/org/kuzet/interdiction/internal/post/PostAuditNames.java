package org.kuzet.interdiction.internal.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditDetailValues;
import org.springframework.stereotype.Component;

/**
 * The post an inspection or seizure entry of the audit log names, read as the post's name in the
 * reader's language: the entry keeps the post's code (its first value), which stays stable when a
 * post is renamed. A code no post has any more shows as kept.
 */
@Component
class PostAuditNames implements AuditDetailValues {

  private final Posts posts;

  PostAuditNames(Posts posts) {
    this.posts = posts;
  }

  @Override
  public Set<String> keys() {
    return Set.of("inspection.logged", "inspection.loggedDuplicate", "seizure.recorded");
  }

  @Override
  public List<Object> words(AuditDetail detail, Locale locale) {
    if (detail.args().isEmpty() || !(detail.args().get(0) instanceof String code)) {
      return detail.args();
    }
    List<Object> args = new ArrayList<>(detail.args());
    posts.byCode(code).ifPresent(p -> args.set(0, p.name(locale)));
    return args;
  }
}
