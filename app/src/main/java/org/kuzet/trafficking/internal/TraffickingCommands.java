package org.kuzet.trafficking.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --kuzet.command=trafficking-rekey}: re-encrypts every personal field still under an older
 * key with the active one, reports the figures and stops the application.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "kuzet.command", havingValue = "trafficking-rekey")
class TraffickingCommands implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TraffickingCommands.class);

  private final KeyRotation rotation;
  private final ConfigurableApplicationContext context;

  TraffickingCommands(KeyRotation rotation, ConfigurableApplicationContext context) {
    this.rotation = rotation;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int before = rotation.staleFields();
    var result = rotation.rekeyAll();
    int after = rotation.staleFields();
    String report =
        "trafficking-rekey: active key '"
            + result.activeKey()
            + "', "
            + before
            + " fields under older keys, "
            + result.reencrypted()
            + " re-encrypted, "
            + result.alreadyCurrent()
            + " already current, "
            + after
            + " left";
    log.info(report);
    System.out.println(report);
    System.exit(SpringApplication.exit(context, () -> after == 0 ? 0 : 1));
  }
}
