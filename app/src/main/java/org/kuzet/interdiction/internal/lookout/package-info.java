/**
 * Lookouts: issuing, scope and subjects, the active lookouts a post checks, and feedback from
 * posts.
 */
@NullMarked
package org.kuzet.interdiction.internal.lookout;

import org.jspecify.annotations.NullMarked;
