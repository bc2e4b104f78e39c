package org.kuzet.interdiction.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo installation: the illustrative posts, their staff and a few lookouts. */
@Component
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
@Order(50)
class InterdictionDemoData implements ApplicationRunner {

  private final DemoPosts posts;

  InterdictionDemoData(DemoPosts posts) {
    this.posts = posts;
  }

  @Override
  public void run(ApplicationArguments args) {
    posts.ensurePresent();
  }
}
