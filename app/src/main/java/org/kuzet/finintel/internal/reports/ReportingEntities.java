package org.kuzet.finintel.internal.reports;

import java.util.Locale;
import java.util.Map;
import org.kuzet.engine.finintel.goaml.GoAmlAddress;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.Countries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an agency appears as the reporting entity of its goAML reports: the id the FIU registered it
 * under, its branch and its address, from {@link GoAmlSettings}. A demo installation falls back on
 * illustrative entities for the demo agencies; anywhere else an agency without an id or address
 * cannot export, and is told which setting is missing.
 */
@Component
class ReportingEntities {

  /** A reporting entity as goAML's report header names it. */
  record Entity(String rentityId, String branch, GoAmlAddress location) {}

  /** Illustrative entities of the demo agencies; the ids are invented, not registered ones. */
  private static final Map<String, Entity> DEMO =
      Map.of(
          "FINANCIAL_POLICE",
          new Entity(
              "1001",
              "Financial Police, financial investigations (illustrative)",
              new GoAmlAddress("-", "Illustrative address", "Astana", "KZ")),
          "PGO",
          new Entity(
              "1002",
              "Procurator General's Office, economic crime (illustrative)",
              new GoAmlAddress("-", "Illustrative address", "Astana", "KZ")));

  private final GoAmlSettings settings;
  private final MessageSource messages;
  private final boolean demo;

  ReportingEntities(
      GoAmlSettings settings,
      MessageSource messages,
      @Value("${kuzet.demo.enabled:false}") boolean demo) {
    this.settings = settings;
    this.messages = messages;
    this.demo = demo;
  }

  /**
   * The agency's reporting entity.
   *
   * @throws IllegalArgumentException naming the missing setting, in the user's language (the pages
   *     answer it as a refusal with its message)
   */
  Entity of(AgencyCode owner, Locale locale) {
    String agency = owner.value();
    Integer id = settings.rentityId().get(agency);
    if (id == null) {
      if (demo && DEMO.containsKey(agency)) {
        return DEMO.get(agency);
      }
      throw new IllegalArgumentException(
          messages.getMessage("fin.goaml.noEntity", new Object[] {agency}, locale));
    }
    GoAmlSettings.Location l = settings.location().get(agency);
    if (l == null || l.address() == null || l.city() == null || l.country() == null) {
      throw new IllegalArgumentException(
          messages.getMessage("fin.goaml.noLocation", new Object[] {agency}, locale));
    }
    String type = l.type() == null || l.type().isBlank() ? "-" : l.type();
    return new Entity(
        Integer.toString(id),
        settings.branch().getOrDefault(agency, agency),
        new GoAmlAddress(type, l.address(), l.city(), goAmlCountry(l.country())));
  }

  /** goAML writes ISO alpha-2; the setting may name the country in any form Countries reads. */
  static String goAmlCountry(String configured) {
    return Countries.code(configured).flatMap(Countries::iso2).orElse(configured.strip());
  }

  /** The FIU's conduction code for a payment type; {@code -} (not specified) when it has none. */
  String transmodeCode(String paymentType) {
    return settings.transmodeCode().getOrDefault(paymentType, "-");
  }

  /** The FIU's indicator code for a typology, or {@code -}. */
  String indicatorCode(String typology) {
    return settings.indicatorCode().getOrDefault(typology, "-");
  }
}
