package org.kuzet.watchlist.internal;

import java.util.Map;

/**
 * The descriptions the application stores with the lists it ships, by list name; each is worded in
 * the reader's language by {@code watchlist.description.<name>}.
 */
public final class ShippedLists {

  public static final String UN = "UN Security Council Consolidated List";
  public static final String OFAC = "OFAC SDN list, snapshot of 2021-07-07";
  public static final String NATIONAL =
      "Условный национальный список: вымышленные лица для демонстрации, не настоящий список";

  static final Map<String, String> DESCRIPTIONS =
      Map.of("UN", UN, "OFAC", OFAC, "KZ-NATIONAL", NATIONAL);

  private ShippedLists() {}
}
