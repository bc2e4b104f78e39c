package org.kuzet.trafficking;

/**
 * A case was opened for an identified victim. Carries only the case's number and the year of
 * registration, so that listeners (the results indicators) can count each case once without
 * learning anything about the person.
 */
public record VictimIdentified(VictimCaseId caseId, int registrationYear) {}
