/**
 * Case files: subjects, transactions, notes, attachments and the timeline, and the escalation of an
 * alert into a case.
 */
@NullMarked
package org.kuzet.finintel.internal.cases;

import org.jspecify.annotations.NullMarked;
