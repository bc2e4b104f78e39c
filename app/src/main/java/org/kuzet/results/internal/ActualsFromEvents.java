package org.kuzet.results.internal;

import org.kuzet.interdiction.InterdictionFigures;
import org.kuzet.interdiction.SeizureRecorded;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.trafficking.VictimIdentified;
import org.kuzet.trafficking.VictimReferred;
import org.kuzet.training.TrainingCompleted;
import org.kuzet.training.TrainingFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the results module's own actuals from the events the other modules publish: each listener
 * runs after the publisher's transaction committed, in its own transaction, and the event
 * publication registry redelivers an event whose listener had not finished when the application
 * stopped.
 *
 * <p>At start, once every module has loaded its data, the modules' histories are replayed through
 * the same recording: that fills the tables on the first start after they were created, and picks
 * up records that were loaded without events (the demo data, {@code generate-demo}). Recording is
 * idempotent, so the replay only adds what is missing.
 */
@Component
class ActualsFromEvents {

  private static final Logger log = LoggerFactory.getLogger(ActualsFromEvents.class);

  private final KeptActuals kept;
  private final InterdictionFigures interdiction;
  private final TrainingFigures training;
  private final TraffickingFigures trafficking;
  private final TransactionTemplate transaction;

  ActualsFromEvents(
      KeptActuals kept,
      InterdictionFigures interdiction,
      TrainingFigures training,
      TraffickingFigures trafficking,
      TransactionTemplate transaction) {
    this.kept = kept;
    this.interdiction = interdiction;
    this.training = training;
    this.trafficking = trafficking;
    this.transaction = transaction;
  }

  @ApplicationModuleListener
  void on(SeizureRecorded event) {
    kept.seizure(event);
  }

  @ApplicationModuleListener
  void on(TrainingCompleted event) {
    kept.trained(event);
  }

  @ApplicationModuleListener
  void on(VictimIdentified event) {
    kept.identified(event);
  }

  @ApplicationModuleListener
  void on(VictimReferred event) {
    kept.referred(event);
  }

  /** Replays every module's history (see above); runs after all the data loaders. */
  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    long started = System.nanoTime();
    int[] n = new int[4];
    transaction.executeWithoutResult(
        tx -> {
          interdiction
              .seizuresRecorded()
              .forEach(
                  e -> {
                    kept.seizure(e);
                    n[0]++;
                  });
          training
              .completedSessions()
              .forEach(
                  e -> {
                    kept.trained(e);
                    n[1]++;
                  });
          trafficking
              .victimsIdentified()
              .forEach(
                  e -> {
                    kept.identified(e);
                    n[2]++;
                  });
          trafficking
              .victimsReferred()
              .forEach(
                  e -> {
                    kept.referred(e);
                    n[3]++;
                  });
        });
    log.info(
        "results actuals caught up with {} seizures, {} completed sessions, {} victims' cases and {} referrals in {} ms",
        n[0],
        n[1],
        n[2],
        n[3],
        (System.nanoTime() - started) / 1_000_000);
  }
}
