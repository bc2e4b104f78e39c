/** Name normalisation: tokens, script folding, tolerant match keys and token similarity. */
package org.kuzet.engine.screening.text;
