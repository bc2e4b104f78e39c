/**
 * Posts and what every feature of the module shares: the module settings, plate and name keys,
 * timestamp columns, accepted file types and the table writer.
 */
@NullMarked
package org.kuzet.interdiction.internal.post;

import org.jspecify.annotations.NullMarked;
