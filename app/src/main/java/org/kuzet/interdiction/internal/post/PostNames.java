package org.kuzet.interdiction.internal.post;

import java.util.Locale;
import java.util.Optional;
import org.kuzet.workspace.RecordNames;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** A post's name in the reader's language for notifications that name the post by its id. */
@Component
public class PostNames implements RecordNames {

  static final String PREFIX = "interdiction.postRecord.";

  private final Posts posts;

  PostNames(Posts posts) {
    this.posts = posts;
  }

  /** The post as a notification's argument: its id, and the given name where the post is gone. */
  public static MessageSourceResolvable of(PostId postId, String name) {
    return new DefaultMessageSourceResolvable(new String[] {PREFIX + postId}, null, name);
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Optional<String> name(String id, Locale locale) {
    try {
      return posts.byId(new PostId(Long.parseLong(id))).map(p -> p.name(locale));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
