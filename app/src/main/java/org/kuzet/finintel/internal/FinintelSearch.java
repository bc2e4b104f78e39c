package org.kuzet.finintel.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Countries.Country;
import org.kuzet.web.Formats;
import org.kuzet.workspace.NameIndex;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKeys;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Financial intelligence's part of the search box and the person page: parties (people and
 * companies) named in imported data, accounts by number, and the cases they are subjects of.
 * Everything belongs to one agency and is shown to that agency's financial investigators only.
 * Party names are found through {@code fin_search_name} (the screening engine's name part keys),
 * account numbers through the {@code fin_account (account_no)} index.
 */
@Component
class FinintelSearch implements SearchProvider {

  private final JdbcClient jdbc;
  private final NameIndex parties;

  FinintelSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
    // Parties are never renamed (the name is part of their natural key): following ids suffices.
    this.parties =
        new NameIndex(
            jdbc,
            "fin",
            "party",
            after ->
                jdbc.sql("SELECT id, name FROM fin_party WHERE id > ?")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(
                                rs.getLong(1), Long.toString(rs.getLong(1)), rs.getString(2)))
                    .list());
  }

  @Override
  public String module() {
    return "finintel";
  }

  @Override
  public void warmUp() {
    parties.catchUp();
  }

  /** The agency whose financial records the user may read, or null when none. */
  private static @Nullable String agencyOf(KuzetUser user) {
    return AccessRules.mayReadFinancialCase(user, user.agency()) ? user.agency().value() : null;
  }

  record Party(
      long id,
      String kind,
      String name,
      @Nullable LocalDate born,
      @Nullable String idNumber,
      @Nullable String country) {}

  record Case(long id, String title, String status, LocalDate opened) {}

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    String agency = agencyOf(user);
    if (agency == null) {
      return List.of();
    }
    var hits = new ArrayList<SearchHit>();
    Map<Long, Case> cases = new LinkedHashMap<>();
    if (q.hasName()) {
      List<Party> found = partiesByRef(parties.find(q.nameTokens(), 100).keySet(), agency);
      for (Party p : found.stream().limit(q.limit()).toList()) {
        boolean company = p.kind().equals("COMPANY");
        hits.add(
            new SearchHit(
                company ? SearchKind.COMPANY : SearchKind.PERSON,
                module(),
                p.name(),
                "search.detail.party",
                List.of(born(p.born()), dash(p.idNumber()), country(p.country())),
                null,
                company ? null : new PersonKey(SearchKeys.personKey(p.name()), p.born())));
      }
      casesOfParties(found.stream().map(Party::id).toList(), agency)
          .forEach(c -> cases.putIfAbsent(c.id(), c));
    }
    var accounts =
        jdbc.sql(
                "SELECT a.id, a.account_no, a.bank_code, p.name FROM fin_account a "
                    + "LEFT JOIN fin_party p ON p.id = a.holder_party_id "
                    + "WHERE a.account_no IN (:numbers) AND a.agency_code = :agency")
            .param("numbers", List.of(q.text(), q.exact()))
            .param("agency", agency)
            .query(
                (rs, n) ->
                    new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
            .list();
    for (Object[] a : accounts.stream().limit(q.limit()).toList()) {
      hits.add(
          new SearchHit(
              SearchKind.ACCOUNT,
              module(),
              (String) a[1],
              "search.detail.account",
              List.of(a[2], dash((String) a[3])),
              null,
              null));
    }
    casesOfAccounts(accounts.stream().map(a -> (Long) a[0]).toList(), agency)
        .forEach(c -> cases.putIfAbsent(c.id(), c));
    cases.values().stream().limit(q.limit()).forEach(c -> hits.add(caseHit(c)));
    return hits;
  }

  private SearchHit caseHit(Case c) {
    return new SearchHit(
        SearchKind.CASE,
        module(),
        c.title(),
        "search.detail.financialCase",
        List.of(Formats.code("fin.caseStatus.", c.status()), c.opened()),
        "/finintel/cases/" + c.id(),
        null);
  }

  private List<Party> partiesByRef(Collection<String> refs, String agency) {
    if (refs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, kind, name, birth_date, id_number, country FROM fin_party "
                + "WHERE id IN (:ids) AND agency_code = :agency ORDER BY name")
        .param("ids", refs.stream().map(Long::valueOf).toList())
        .param("agency", agency)
        .query(
            (rs, n) ->
                new Party(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  private List<Case> casesOfParties(List<Long> partyIds, String agency) {
    if (partyIds.isEmpty()) {
      return List.of();
    }
    // a party is a subject itself, or holds an account that is
    return cases(
        "SELECT DISTINCT c.id, c.title, c.status, c.created_at FROM fin_case_subject s "
            + "JOIN fin_case c ON c.id = s.case_id LEFT JOIN fin_account a ON a.id = s.account_id "
            + "WHERE (s.party_id IN (:ids) OR a.holder_party_id IN (:ids)) AND c.agency_code = :agency",
        partyIds,
        agency);
  }

  private List<Case> casesOfAccounts(List<Long> accountIds, String agency) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return cases(
        "SELECT DISTINCT c.id, c.title, c.status, c.created_at FROM fin_case_subject s "
            + "JOIN fin_case c ON c.id = s.case_id WHERE s.account_id IN (:ids) AND c.agency_code = :agency",
        accountIds,
        agency);
  }

  private List<Case> cases(String sql, List<Long> ids, String agency) {
    return jdbc.sql(sql)
        .param("ids", ids)
        .param("agency", agency)
        .query(
            (rs, n) ->
                new Case(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC).toLocalDate()))
        .list();
  }

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    String agency = agencyOf(user);
    if (agency == null) {
      return List.of();
    }
    List<Party> found =
        partiesByRef(parties.refsOf(person.nameKey()), agency).stream()
            .filter(p -> !p.kind().equals("COMPANY") && person.bornOn(p.born()))
            .toList();
    if (found.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<PersonRecord>();
    List<Long> ids = found.stream().map(Party::id).toList();
    for (Party p : found) {
      out.add(
          new PersonRecord(
              "search.section.financialParties",
              null,
              p.name(),
              "search.detail.party",
              List.of(born(p.born()), dash(p.idNumber()), country(p.country())),
              null));
    }
    jdbc.sql(
            "SELECT account_no, bank_code FROM fin_account WHERE holder_party_id IN (:ids) AND agency_code = :agency "
                + "ORDER BY account_no")
        .param("ids", ids)
        .param("agency", agency)
        .query(
            (rs, n) ->
                new PersonRecord(
                    "search.section.accounts",
                    null,
                    rs.getString(1),
                    "search.detail.accountHeld",
                    List.of(rs.getString(2)),
                    null))
        .list()
        .forEach(out::add);
    for (Case c : casesOfParties(ids, agency)) {
      out.add(
          new PersonRecord(
              "search.section.financialCases",
              c.opened(),
              c.title(),
              "search.detail.financialCase",
              List.of(Formats.code("fin.caseStatus.", c.status()), c.opened()),
              "/finintel/cases/" + c.id()));
    }
    return out;
  }

  private static Object born(@Nullable LocalDate d) {
    return d == null ? "?" : d;
  }

  private static String dash(@Nullable String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** A party's country, named in the reader's language when the detail line is worded. */
  private static Object country(@Nullable String code) {
    return code == null || code.isBlank() ? "—" : new Country(code);
  }
}
