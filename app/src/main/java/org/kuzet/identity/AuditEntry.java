package org.kuzet.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log, as stored. {@code scheme} says how {@code hash} was made: {@code
 * hmac:<key id>} (keyed, the current scheme) or {@code sha256} (entries written before the chain
 * was keyed).
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    @Nullable String agency,
    String action,
    @Nullable String targetType,
    @Nullable String targetId,
    @Nullable String detail,
    String prevHash,
    String hash,
    String scheme) {}
