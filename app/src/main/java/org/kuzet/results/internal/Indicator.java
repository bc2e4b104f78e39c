package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An indicator of a program: what it measures, in which unit, from which baseline. */
public record Indicator(
    long id,
    String programCode,
    String code,
    Measure measure,
    @Nullable String scope,
    String unit,
    String nameEn,
    @Nullable String nameRu,
    @Nullable String nameKk,
    String definitionEn,
    @Nullable String definitionRu,
    @Nullable String definitionKk,
    @Nullable BigDecimal baseline,
    @Nullable Integer baselineYear,
    boolean costPerUnit,
    boolean onFactsheet,
    int sortOrder,
    boolean illustrative) {

  /** Units an indicator may be counted in; each has a message key {@code results.unit.<unit>}. */
  static final List<String> UNITS =
      List.of(
          "OFFICERS",
          "POSTS",
          "INSPECTIONS",
          "CASES",
          "KG",
          "ALERTS",
          "VICTIMS",
          "ITEMS",
          "PEOPLE",
          "PLACES");

  String name(String lang) {
    return pick(lang, nameEn, nameRu, nameKk);
  }

  String definition(String lang) {
    return pick(lang, definitionEn, definitionRu, definitionKk);
  }

  private static String pick(String lang, String en, @Nullable String ru, @Nullable String kk) {
    String v =
        switch (lang) {
          case "ru" -> ru;
          case "kk" -> kk;
          default -> en;
        };
    return v == null || v.isBlank() ? en : v;
  }
}
