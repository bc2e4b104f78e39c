/**
 * Accounts, sign-in (local and OpenID Connect), agencies, roles, API tokens and the audit log. The
 * types in this package are the module's API: {@link org.kuzet.identity.AccessRules} states who may
 * do what, {@link org.kuzet.identity.CurrentUser} says who is asking, and {@link
 * org.kuzet.identity.AuditLog} records what happened.
 */
@NullMarked
package org.kuzet.identity;

import org.jspecify.annotations.NullMarked;
