package org.kuzet.program.internal;

import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/**
 * A partner, donor office or host-government counterpart. Its code is an {@link AgencyCode}, the
 * same as the agency's accounts carry where the organisation has any, so a partner's projects are
 * found by the agency of the signed-in user.
 */
public record Organisation(
    String code,
    @Nullable String abbreviation,
    String nameEn,
    @Nullable String nameRu,
    @Nullable String nameKk,
    Kinds.OrgKind kind) {

  public Organisation {
    AgencyCode.of(code);
  }

  String name(String lang) {
    String n =
        switch (lang) {
          case "ru" -> nameRu;
          case "kk" -> nameKk;
          default -> nameEn;
        };
    return n == null || n.isBlank() ? nameEn : n;
  }

  /**
   * "United Nations Office on Drugs and Crime (UNODC)". The abbreviation is the base (English) one:
   * a name translated into the reader's language goes without it.
   */
  String label(String lang) {
    return abbreviation == null || abbreviation.isBlank() || translated(lang)
        ? name(lang)
        : name(lang) + " (" + abbreviation + ")";
  }

  private boolean translated(String lang) {
    String n =
        switch (lang) {
          case "ru" -> nameRu;
          case "kk" -> nameKk;
          default -> null;
        };
    return n != null && !n.isBlank();
  }

  String shortName(String lang) {
    return abbreviation == null || abbreviation.isBlank() ? name(lang) : abbreviation;
  }
}
