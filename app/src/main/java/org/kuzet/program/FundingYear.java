package org.kuzet.program;

import java.math.BigDecimal;

/** The funding lines of one fiscal year summed in one currency: obligated and spent so far. */
public record FundingYear(
    int fiscalYear, String currency, BigDecimal obligated, BigDecimal spent) {}
