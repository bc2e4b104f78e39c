package org.kuzet.training.internal;

/** A course a center teaches, with its completion rule. */
record Course(
    long id,
    String code,
    long centerId,
    String title,
    String topic,
    String programCode,
    String targetAudience,
    int hours,
    CompletionRule rule,
    boolean illustrative) {}
