/**
 * Laundering schemes among benign traffic, in the IBM AMLworld transaction format. The schemes
 * follow the public AMLworld and AMLSim typologies (plus structuring, from the FinCEN and FATF
 * definitions) with every parameter drawn per scheme over its real range, and the benign traffic
 * includes look-alikes that share a typology's shape. Nothing in this package returns or holds
 * null.
 */
package org.kuzet.evaluation.aml;
