package org.kuzet.training.internal;

/** A course a center teaches, with its completion rule. */
public record Course(
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
