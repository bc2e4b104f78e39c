/**
 * Independent evaluation data for the engines' quality figures. Everything here is written from
 * public definitions (the AMLworld paper and IBM AMLSim's typologies; the romanisation standards
 * and the UN and OFAC list formats) by authors who had not read the engines, and it depends on no
 * other Kuzet module. Each generator is deterministic for a seed: the engines are tuned on some
 * seeds and their figures are reported on a seed nobody tuned on.
 */
package org.kuzet.evaluation;
