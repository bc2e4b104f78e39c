/**
 * The program office: what the assistance program funds, what the host government contributes, what
 * equipment went where and what happened when, and the public country fact sheets.
 *
 * <p>Other modules use this package only: {@link org.kuzet.program.ProgramManagement} to look up
 * program equipment at a post or training center, and the {@link org.kuzet.program.OfficersTrained}
 * event to report officers trained.
 */
@NullMarked
package org.kuzet.program;

import org.jspecify.annotations.NullMarked;
