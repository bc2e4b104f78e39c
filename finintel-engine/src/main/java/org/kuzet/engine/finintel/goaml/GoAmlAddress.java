package org.kuzet.engine.finintel.goaml;

/**
 * An address ({@code t_address}), e.g. the reporting entity's {@code location}.
 *
 * @param addressType the FIU's contact type code, e.g. {@code 3} for a business address
 * @param countryCode ISO 3166-1 alpha-2
 */
public record GoAmlAddress(String addressType, String address, String city, String countryCode) {
  public GoAmlAddress {
    Require.text(addressType, "address_type");
    Require.text(address, "address");
    Require.text(city, "city");
    Require.text(countryCode, "country_code");
  }
}
