package org.kuzet.interdiction;

import java.util.List;
import org.kuzet.identity.AgencyCode;

/**
 * Counts from the posts for the results framework: inspections per post, by U.S. fiscal year
 * (October to September) of the time they happened, in the program's zone ({@code
 * kuzet.default-zone}), and the seizures recorded. No person, plate or place.
 */
public interface InterdictionFigures {

  /**
   * Inspections logged at one post in a fiscal year; only posts with at least one inspection in the
   * year appear, so the rows of a year are also the posts operational in it.
   *
   * @param postKind CHECKPOINT or CROSSING
   */
  record PostYear(
      int fiscalYear, String postCode, String postKind, AgencyCode agency, long inspections) {}

  /** A post that logged at least one inspection in a fiscal year. */
  record OperatingPost(int fiscalYear, String postCode, String postKind, AgencyCode agency) {}

  /**
   * The posts operational in each fiscal year, oldest year first: the same posts as the rows of
   * {@link #inspectionsByPost()}, found by one index probe per post and year instead of counting.
   */
  List<OperatingPost> postsOperational();

  /** Inspections per post and fiscal year, oldest year first. */
  List<PostYear> inspectionsByPost();

  /**
   * Every seizure as the {@link SeizureRecorded} event its recording published, oldest first: for a
   * listener that catches up on seizures made before it listened, or loaded without events.
   */
  List<SeizureRecorded> seizuresRecorded();
}
