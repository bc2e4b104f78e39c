package org.kuzet.trafficking.internal;

/** HTCDS {@code vic_MethodsOfControl}, the same values as the CTDC's {@code meansOfControl*}. */
public enum MeansOfControl {
  DEBT_BONDAGE("DebtBondage"),
  TAKES_EARNINGS("TakesEarnings"),
  RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess"),
  THREATS("Threats"),
  PSYCHOLOGICAL_ABUSE("PsychologicalAbuse"),
  PHYSICAL_ABUSE("PhysicalAbuse"),
  SEXUAL_ABUSE("SexualAbuse"),
  FALSE_PROMISES("FalsePromises"),
  PSYCHOACTIVE_SUBSTANCES("PsychoactiveSubstances"),
  RESTRICTS_MOVEMENT("RestrictsMovement"),
  RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare"),
  EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours"),
  USES_CHILDREN("UsesChildren"),
  THREAT_OF_LAW_ENFORCEMENT("ThreatOfLawEnforcement"),
  WITHHOLDS_NECESSITIES("WithholdsNecessities"),
  WITHHOLDS_DOCUMENTS("WithholdsDocuments"),
  OTHER("Other");

  final String ctdc;

  MeansOfControl(String ctdc) {
    this.ctdc = ctdc;
  }
}
