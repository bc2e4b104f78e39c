/** Victim cases, their encryption at rest, the identification interview and the statistics. */
@NullMarked
package org.kuzet.trafficking.internal;

import org.jspecify.annotations.NullMarked;
