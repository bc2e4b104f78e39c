package org.kuzet.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The code of an agency, e.g. {@code BORDER_GUARDS}. Every user belongs to exactly one agency, and
 * records that are not public belong to one too. In JSON it is the code itself: {@code "CDC_MOI"}.
 */
public record AgencyCode(@JsonValue String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  public static final AgencyCode BORDER_GUARDS = new AgencyCode("BORDER_GUARDS");
  public static final AgencyCode DRUG_CONTROL_COMMITTEE = new AgencyCode("CDC_MOI");
  public static final AgencyCode FINANCIAL_POLICE = new AgencyCode("FINANCIAL_POLICE");
  public static final AgencyCode PROSECUTOR_GENERAL = new AgencyCode("PGO");
  public static final AgencyCode MIGRATION_POLICE = new AgencyCode("MIGRATION_POLICE");
  public static final AgencyCode MOI_LEGAL_INSTITUTE = new AgencyCode("MOI_LEGAL_INSTITUTE");
  public static final AgencyCode INL = new AgencyCode("INL");
  public static final AgencyCode UNODC = new AgencyCode("UNODC");
  public static final AgencyCode IOM = new AgencyCode("IOM");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public AgencyCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "agency code must be 2-40 capital letters, digits or '_': " + value);
    }
  }

  public static AgencyCode of(String value) {
    return new AgencyCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
