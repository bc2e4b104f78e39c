package org.kuzet.identity;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies and their names in English, Russian and Kazakh. Pages show names, never codes:
 * {@code ${@agencies.name(user.agency())}} in a template, {@link #name(AgencyCode)} in code.
 */
@Component("agencies")
public class Agencies {

  /** An agency as stored in {@code idn_agency}. */
  public record Agency(
      AgencyCode code, String nameEn, String nameRu, String nameKk, String country, String kind) {

    public String name(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ru" -> nameRu;
        case "kk" -> nameKk;
        default -> nameEn;
      };
    }

    /** The placeholder agency of accounts waiting for approval is never offered for choice. */
    public boolean assignable() {
      return !"NONE".equals(kind);
    }
  }

  private final JdbcClient jdbc;
  // Agencies change only through migrations or SQL by an operator: cache, reload on a miss.
  private volatile Map<AgencyCode, Agency> byCode = Map.of();

  Agencies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every agency a user or record may belong to, in the order of their English names. */
  public List<Agency> assignable() {
    return load().values().stream()
        .filter(Agency::assignable)
        .sorted(Comparator.comparing(Agency::nameEn))
        .toList();
  }

  /** The assignable agencies in the order of their names in the reader's language, for a picker. */
  public List<Agency> assignableByName(Locale locale) {
    var collator = Collator.getInstance(locale);
    return assignable().stream()
        .sorted(Comparator.comparing(a -> a.name(locale), collator))
        .toList();
  }

  public boolean exists(AgencyCode code) {
    return find(code) != null;
  }

  /** The agency's name in the language of the current request. */
  public String name(AgencyCode code) {
    return name(code, LocaleContextHolder.getLocale());
  }

  public String name(String code) {
    return name(AgencyCode.of(code));
  }

  public String name(AgencyCode code, Locale locale) {
    Agency agency = find(code);
    return agency == null ? code.value() : agency.name(locale);
  }

  private @Nullable Agency find(AgencyCode code) {
    Agency agency = byCode.get(code);
    if (agency == null) {
      agency = reload().get(code);
    }
    return agency;
  }

  private Map<AgencyCode, Agency> load() {
    return byCode.isEmpty() ? reload() : byCode;
  }

  private Map<AgencyCode, Agency> reload() {
    var all = new ConcurrentHashMap<AgencyCode, Agency>();
    jdbc.sql("SELECT code, name_en, name_ru, name_kk, country, kind FROM idn_agency")
        .query(
            (rs, n) ->
                new Agency(
                    AgencyCode.of(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list()
        .forEach(a -> all.put(a.code(), a));
    byCode = Map.copyOf(all);
    return byCode;
  }
}
