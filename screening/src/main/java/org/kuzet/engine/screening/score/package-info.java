/**
 * The explainable name scorer: one query name against one list name, part by part, with the method
 * and similarity of each matched pair.
 */
@NullMarked
package org.kuzet.engine.screening.score;

import org.jspecify.annotations.NullMarked;
