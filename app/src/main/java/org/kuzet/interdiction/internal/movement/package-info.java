/**
 * Movements between posts: legs between consecutive sightings of a vehicle or person, the usual
 * travel time per pair of posts, unusual legs, and the history of one vehicle or person.
 */
@NullMarked
package org.kuzet.interdiction.internal.movement;

import org.jspecify.annotations.NullMarked;
