/** Interdiction at the posts: checkpoints and border crossings, inspections, seizures, lookouts. */
@NullMarked
package org.kuzet.interdiction;

import org.jspecify.annotations.NullMarked;
