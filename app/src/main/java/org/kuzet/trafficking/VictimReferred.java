package org.kuzet.trafficking;

/**
 * A victim was referred to an assistance service (SHELTER, MEDICAL, LEGAL, RETURN, ...). Carries
 * only the year of registration and the kind of service.
 */
public record VictimReferred(int registrationYear, String service) {}
