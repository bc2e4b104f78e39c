package org.kuzet.trafficking.internal;

/** HTCDS {@code vic_MethodOfRecruitment} (multi-select). */
public enum RecruitmentMethod {
  ABDUCTION("Abduction"),
  EDUCATIONAL_FACILITY("EducationalFacility"),
  FAMILIAL("Familial"),
  INTERNET("Internet"),
  MARRIAGE_BROKER("InternationalMarriageBroker"),
  INTIMATE_PARTNER("IntimatePartner"),
  JOB_OFFER("JobOffer"),
  POSING_AS_BENEFACTOR("PosingAsBenefactor"),
  PUBLIC_AREA("PublicArea"),
  OFFER_OF_ACCOMMODATION("OfferOfAccommodation"),
  SMUGGLING("Smuggling"),
  WORK("Work"),
  OTHER("Other"),
  UNKNOWN("Unknown");

  final String ctdc;

  RecruitmentMethod(String ctdc) {
    this.ctdc = ctdc;
  }
}
