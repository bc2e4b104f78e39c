package org.kuzet.identity;

/**
 * An administrator let an account that waited for approval in (see {@link
 * AccountAwaitingApproval}). Published in the transaction that approves it.
 */
public record AccountApproved(long accountId, String username) {}
