/** Money-laundering typology detection over bank transactions: plain Java, no Spring. */
@NullMarked
package org.kuzet.engine.finintel;

import org.jspecify.annotations.NullMarked;
