package org.kuzet.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --kuzet.command=audit-verify} (the launcher passes it, with no web server), runs the
 * command before anything else (no demo data is created) and ends the process with its exit code.
 * Other modules' commands have runners of their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "kuzet.command", havingValue = "audit-verify")
class CommandRunner implements ApplicationRunner {

  private final KuzetCommands commands;
  private final ConfigurableApplicationContext context;
  private final String command;

  CommandRunner(
      KuzetCommands commands,
      ConfigurableApplicationContext context,
      @Value("${kuzet.command}") String command) {
    this.commands = commands;
    this.context = context;
    this.command = command;
  }

  @Override
  public void run(ApplicationArguments args) {
    int code = commands.run(command.strip(), System.out, System.err);
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
