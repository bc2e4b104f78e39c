package org.kuzet.evaluation.aml;

/** A bank by its numeric code, written with leading zeros as AMLworld writes them. */
record Bank(String code, Currency currency) {}
