package org.kuzet.program;

/**
 * A program's equipment in one fiscal year: items handed over during the year, and items in service
 * at its end — handed over by then, with the latest end-use check on or before the year's last day
 * finding them present and working. Items not yet checked are not counted as in service.
 */
public record EquipmentYear(int fiscalYear, int delivered, int inService) {}
