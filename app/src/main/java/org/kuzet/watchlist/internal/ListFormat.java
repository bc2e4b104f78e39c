package org.kuzet.watchlist.internal;

import java.util.List;

/** The list file formats a version may be uploaded in, and the files each one is made of. */
public enum ListFormat {
  /** The UN Security Council Consolidated List XML: one file. */
  UN_XML(List.of("xml"), "xml"),
  /** OFAC's SDN CSV set: sdn.csv, with alt.csv, add.csv and sdn_comments.csv when given. */
  OFAC_CSV(List.of("sdn", "alt", "add", "comments"), "sdn"),
  /** A national list CSV with the header id,name,aliases,birth_date,nationality,document. */
  NATIONAL_CSV(List.of("csv"), "csv"),
  /** The EU consolidated financial sanctions list, XML format 1.1: one file. */
  EU_XML(List.of("xml"), "xml"),
  /** The UK Consolidated List of Financial Sanctions Targets, ConList.csv: one file. */
  UK_CSV(List.of("csv"), "csv"),
  /** OpenSanctions FollowTheMoney entities, JSON lines (entities.ftm.json): one file. */
  FTM_JSON(List.of("json"), "json");

  private final List<String> parts;
  private final String mainPart;

  ListFormat(List<String> parts, String mainPart) {
    this.parts = parts;
    this.mainPart = mainPart;
  }

  /** The names of the files (parts) a version of this format may hold. */
  List<String> parts() {
    return parts;
  }

  /** The part every version must have. */
  String mainPart() {
    return mainPart;
  }
}
