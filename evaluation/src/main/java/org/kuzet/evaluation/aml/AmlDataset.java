package org.kuzet.evaluation.aml;

import java.util.List;

/** A generated data set: every row in time order, the schemes and the benign look-alikes. */
record AmlDataset(
    Clock clock,
    List<Transaction> transactions,
    List<Scheme> schemes,
    List<BenignGroup> lookAlikes) {}
