/**
 * Risk targeting: explainable rule-and-weight scores for vehicles at the posts, rule versions
 * edited by analysts, and each rule's hit rate computed from the records.
 */
@NullMarked
package org.kuzet.interdiction.internal.targeting;

import org.jspecify.annotations.NullMarked;
