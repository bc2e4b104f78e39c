package org.kuzet.engine.finintel.flink;

import org.kuzet.engine.finintel.Transaction;

/** A transaction with its position in the input (from 1), the tie-breaker of event order. */
public record Sequenced(long seq, Transaction tx) {}
