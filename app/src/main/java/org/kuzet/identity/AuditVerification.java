package org.kuzet.identity;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain: how many entries were checked and, when the chain is
 * broken, the first entry whose hash or link does not match.
 */
public record AuditVerification(long entriesChecked, @Nullable Long firstBrokenSeq, String message) {

  public boolean intact() {
    return firstBrokenSeq == null;
  }
}
