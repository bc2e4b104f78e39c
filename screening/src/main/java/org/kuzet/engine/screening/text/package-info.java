/** Name normalisation: tokens, script folding, tolerant match keys and token similarity. */
@NullMarked
package org.kuzet.engine.screening.text;

import org.jspecify.annotations.NullMarked;
