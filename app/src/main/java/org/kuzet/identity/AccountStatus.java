package org.kuzet.identity;

/**
 * Whether a signed-in user, as some long-lived thing (a live stream) remembers them, is still the
 * account as stored: not disabled, same agency, same roles. Anything holding a user for long asks
 * before it hands out more data.
 */
public interface AccountStatus {

  boolean unchanged(KuzetUser user);
}
