package org.kuzet.trafficking;

/**
 * A case was opened for an identified victim. Carries only the year of registration, so that
 * listeners (e.g. results indicators) can count without learning anything about the person.
 */
public record VictimIdentified(int registrationYear) {}
