/** Money-laundering typology detection over bank transactions: plain Java, no Spring. */
package org.kuzet.engine.finintel;
