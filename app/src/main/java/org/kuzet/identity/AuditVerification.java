package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of walking the whole audit chain: how many entries and anchors were checked and every
 * bad entry found (the walk goes on past a break, so tampering further on cannot hide behind an
 * earlier one).
 *
 * @param unverifiable entries written before the chain hashed what it stores, whose clipped field
 *     means their old hash cannot be recomputed; they are linked, but not checked
 */
public record AuditVerification(
    long entriesChecked, List<Problem> problems, int anchorsChecked, int unverifiable) {

  /** One bad entry: its number and what is wrong with it. */
  public record Problem(long seq, String reason) {}

  public AuditVerification {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }

  public @Nullable Long firstBrokenSeq() {
    return problems.isEmpty() ? null : problems.get(0).seq();
  }

  /** The result as audit facts, worded in the reader's language. */
  public AuditDetail facts() {
    List<Object> args = new ArrayList<>();
    if (!intact()) {
      args.add(problems.size());
    }
    args.add(entriesChecked);
    args.add(anchorsChecked);
    if (unverifiable != 0) {
      args.add(unverifiable);
    }
    return new AuditDetail(
        (intact() ? "audit.intact" : "audit.broken") + (unverifiable == 0 ? "" : "Old"), args);
  }

  /** One line, e.g. {@code audit chain intact: 1843 entries, 12 anchors match}. */
  public String message() {
    String counts =
        entriesChecked
            + " entries, "
            + anchorsChecked
            + (anchorsChecked == 1 ? " anchor" : " anchors")
            + (unverifiable == 0 ? "" : ", " + unverifiable + " old entries not checkable");
    return intact()
        ? "audit chain intact: " + counts
        : "audit chain BROKEN: "
            + problems.size()
            + (problems.size() == 1 ? " bad entry" : " bad entries")
            + " ("
            + counts
            + ")";
  }
}
