package org.kuzet.finintel.internal.reports;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code kuzet.finintel.goaml}: how each agency appears as a reporting entity in the
 * goAML reports it exports, and the reporting FIU's lookup codes.
 *
 * @param rentityId per agency code, the reporting entity id the FIU registered (a positive whole
 *     number), e.g. {@code kuzet.finintel.goaml.rentity-id.FINANCIAL_POLICE=1001}
 * @param branch per agency code, the reporting unit's name ({@code rentity_branch})
 * @param location per agency code, the reporting entity's address ({@code location})
 * @param transmodeCode per payment type (WIRE, CASH, ...), the FIU's conduction type code; a type
 *     without one is written {@code -} (not specified) and named in the description
 * @param indicatorCode per typology (FAN_OUT, STRUCTURING, ...), the FIU's report indicator code;
 *     when no typology of a case has one, the report carries {@code -}
 */
@ConfigurationProperties("kuzet.finintel.goaml")
record GoAmlSettings(
    Map<String, Integer> rentityId,
    Map<String, String> branch,
    Map<String, Location> location,
    Map<String, String> transmodeCode,
    Map<String, String> indicatorCode) {

  /** An address as goAML's {@code t_address} holds it; {@code type} is the FIU's contact type. */
  record Location(@Nullable String type, String address, String city, String country) {}

  /** An unset map (Spring binds none when no key is set) reads as empty. */
  GoAmlSettings(
      @Nullable Map<String, Integer> rentityId,
      @Nullable Map<String, String> branch,
      @Nullable Map<String, Location> location,
      @Nullable Map<String, String> transmodeCode,
      @Nullable Map<String, String> indicatorCode) {
    this.rentityId = rentityId == null ? Map.of() : Map.copyOf(rentityId);
    this.branch = branch == null ? Map.of() : Map.copyOf(branch);
    this.location = location == null ? Map.of() : Map.copyOf(location);
    this.transmodeCode = transmodeCode == null ? Map.of() : Map.copyOf(transmodeCode);
    this.indicatorCode = indicatorCode == null ? Map.of() : Map.copyOf(indicatorCode);
    this.rentityId.forEach(
        (agency, id) -> {
          if (id == null || id < 1) {
            throw new IllegalArgumentException(
                "kuzet.finintel.goaml.rentity-id."
                    + agency
                    + " must be a positive whole number: "
                    + id);
          }
        });
  }
}
