package org.kuzet.identity;

/**
 * Someone signed in through an OpenID Connect provider for the first time: their new account has no
 * roles until an administrator approves it. Published in the transaction that creates it.
 */
public record AccountAwaitingApproval(long accountId, String username, String displayName) {}
