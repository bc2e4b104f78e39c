/** A deterministic generator of labelled synthetic transactions with planted laundering schemes. */
@NullMarked
package org.kuzet.engine.finintel.synth;

import org.jspecify.annotations.NullMarked;
