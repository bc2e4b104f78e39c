package org.kuzet.interdiction.internal.inspection;

import java.util.List;
import org.kuzet.interdiction.internal.post.InspectionId;

/** What logging an inspection came to. */
public sealed interface LogOutcome {

  /**
   * Saved, with what the checks found. {@code screened} is false when no watchlist was available.
   */
  record Logged(InspectionId inspectionId, List<Hit> hits, boolean screened) implements LogOutcome {
    public Logged {
      hits = List.copyOf(hits);
    }
  }

  /**
   * Not saved: the same plate was logged at this post within the same minute. The officer may
   * confirm that it is a second, real inspection; it is then saved and marked as a duplicate.
   */
  record DuplicateSuspected(InspectionId existingId) implements LogOutcome {}
}
