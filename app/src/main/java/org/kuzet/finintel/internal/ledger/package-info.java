/**
 * What every feature of the workbench shares: the ledger of transactions, accounts and parties
 * (written by imports, read by alerts, cases and reports), the id sequence, how values are stored,
 * and the access checks every service makes first.
 */
@NullMarked
package org.kuzet.finintel.internal.ledger;

import org.jspecify.annotations.NullMarked;
