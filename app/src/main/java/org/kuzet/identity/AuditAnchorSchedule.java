package org.kuzet.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Anchors the audit chain's head outside the database: when the application is ready, every {@code
 * kuzet.audit.anchors.interval} while it runs, and when it stops. One-off commands ({@code ./kuzet
 * audit verify}) write no anchor: they check against the ones already written.
 */
@Component
@EnableScheduling
class AuditAnchorSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(AuditAnchorSchedule.class);

  private final AuditLog audit;
  private final AuditSettings settings;
  private final boolean command;

  AuditAnchorSchedule(
      AuditLog audit, AuditSettings settings, @Value("${kuzet.command:}") String command) {
    this.audit = audit;
    this.settings = settings;
    this.command = !command.isBlank();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (!command) {
      var every = settings.anchors().interval();
      registrar.addFixedDelayTask(new FixedDelayTask(this::anchor, every, every));
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (!command) {
      anchor();
    }
  }

  @EventListener(ContextClosedEvent.class)
  void stopping() {
    if (!command) {
      anchor();
    }
  }

  void anchor() {
    try {
      audit.anchor();
    } catch (RuntimeException e) {
      // The next run tries again; the chain in the database is unaffected.
      log.error("could not anchor the audit chain: {}", e.getMessage());
    }
  }
}
