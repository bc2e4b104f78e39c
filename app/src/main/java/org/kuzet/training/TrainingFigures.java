package org.kuzet.training;

import java.util.List;

/**
 * Completed training as the results framework counts it: officers who completed a session, by
 * agency and gender. Counts only, no names, so any module may ask; callers still decide who sees
 * them.
 */
public interface TrainingFigures {

  /**
   * Every completed session as the {@link TrainingCompleted} event its completion published, oldest
   * first: for a listener that catches up on sessions completed before it listened.
   */
  List<TrainingCompleted> completedSessions();
}
