package org.kuzet.trafficking;

/**
 * A victim was referred to an assistance service (SHELTER, MEDICAL, LEGAL, RETURN, ...). Carries
 * only the case's number, the year of registration and the kind of service: a case referred twice
 * counts once as referred.
 */
public record VictimReferred(VictimCaseId caseId, int registrationYear, String service) {}
