package org.kuzet.trafficking.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Formats;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKeys;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchNamesChanged;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Victim cases in the search box and on the person page: for TIP caseworkers of the owning agency
 * only, nobody else (not administrators, not program managers).
 *
 * <p>Victims' names are stored encrypted, so they cannot be indexed as they are. Each name part's
 * screening-engine key is indexed as a keyed search token instead: HMAC-SHA256 under a key derived
 * from the ring's AES key ({@code tip_search_token}, with the key id), so the table reveals no name
 * to anyone without the key. A query's parts are turned into tokens under every key of the ring and
 * looked up by index; every candidate is then decrypted and checked again, so a case whose names
 * were erased (consent withdrawn) or changed is never shown under an old name. Tokens follow new
 * cases by id, are rebuilt as soon as an erasure commits ({@link SearchNamesChanged}) so an erased
 * name's tokens do not outlive it, and every ten minutes (after key rotation). What the tokens do
 * reveal to a holder of the table alone: that two cases share a name part.
 */
@Component
class TraffickingSearch implements SearchProvider {

  private static final byte[] DERIVATION =
      "kuzet tip search token v1".getBytes(StandardCharsets.UTF_8);
  private static final long MARGIN = 10_000;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final Keyring keyring;
  private final Map<String, SecretKeySpec> tokenKeys = new LinkedHashMap<>();

  TraffickingSearch(JdbcClient jdbc, FieldCipher cipher, Keyring traffickingKeyring) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.keyring = traffickingKeyring;
    for (String id : keyring.ids()) {
      tokenKeys.put(
          id,
          new SecretKeySpec(
              hmac(
                  new SecretKeySpec(
                      Objects.requireNonNull(keyring.key(id), "a listed key id").getEncoded(),
                      "HmacSHA256"),
                  DERIVATION),
              "HmacSHA256"));
    }
  }

  @Override
  public String module() {
    return "trafficking";
  }

  @Override
  public void warmUp() {
    catchUp();
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private String token(String keyId, String part) {
    return HexFormat.of()
        .formatHex(
            hmac(
                Objects.requireNonNull(tokenKeys.get(keyId), () -> "no key " + keyId),
                part.getBytes(StandardCharsets.UTF_8)));
  }

  /** A case's names, decrypted. */
  record Named(
      long id,
      String reference,
      AgencyCode agency,
      CaseStatus status,
      LocalDate identifiedOn,
      String name,
      @Nullable LocalDate born) {}

  private List<Named> read(String where, Map<String, ?> params) {
    var spec =
        jdbc.sql(
            "SELECT id, reference, agency_code, status, identified_on, given_name_enc, family_name_enc, "
                + "birth_date_enc FROM tip_case WHERE "
                + where);
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query(
            (rs, n) -> {
              long id = rs.getLong(1);
              String given =
                  cipher.decrypt(rs.getString(6), Cases.context("tip_case", "given_name_enc", id));
              String family =
                  cipher.decrypt(rs.getString(7), Cases.context("tip_case", "family_name_enc", id));
              String birth =
                  cipher.decrypt(rs.getString(8), Cases.context("tip_case", "birth_date_enc", id));
              String name =
                  ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
              return new Named(
                  id,
                  rs.getString(2),
                  AgencyCode.of(rs.getString(3)),
                  CaseStatus.valueOf(rs.getString(4)),
                  rs.getObject(5, LocalDate.class),
                  name,
                  birth == null ? null : LocalDate.parse(birth));
            })
        .list();
  }

  /** Indexes the cases added since the last call. */
  synchronized void catchUp() {
    long last =
        jdbc.sql("SELECT last_id FROM tip_search_mark WHERE source = 'case'")
            .query(Long.class)
            .optional()
            .orElse(-1L);
    long max = Math.max(last, 0);
    String keyId = keyring.activeId();
    for (Named c : read("id > :after", Map.of("after", Math.max(0, last - MARGIN)))) {
      max = Math.max(max, c.id());
      for (String part : SearchKeys.nameTokens(c.name())) {
        String t = token(keyId, part);
        try {
          jdbc.sql(
                  "INSERT INTO tip_search_token (key_id, token, case_id) SELECT ?, ?, ? WHERE NOT EXISTS "
                      + "(SELECT 1 FROM tip_search_token WHERE key_id = ? AND token = ? AND case_id = ?)")
              .params(keyId, t, c.id(), keyId, t, c.id())
              .update();
        } catch (DuplicateKeyException alreadyThere) {
          // indexed by another instance at the same moment
        }
      }
    }
    if (last < 0) {
      jdbc.sql("INSERT INTO tip_search_mark (source, last_id) VALUES ('case', ?)")
          .param(max)
          .update();
    } else if (max > last) {
      jdbc.sql("UPDATE tip_search_mark SET last_id = ? WHERE source = 'case'").param(max).update();
    }
  }

  /** A victim's personal data was erased: its tokens go at once (CaseManagement publishes it). */
  @Override
  public void namesChanged() {
    rebuild();
  }

  /** Forgets every token and indexes all cases again: erased and edited names, rotated keys. */
  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT10M")
  synchronized void rebuild() {
    jdbc.sql("DELETE FROM tip_search_token").update();
    jdbc.sql("DELETE FROM tip_search_mark").update();
    catchUp();
  }

  /** Cases of the user's agency whose current names hold every part, decrypted and re-checked. */
  private List<Named> cases(List<String> parts, KuzetUser user) {
    if (parts.isEmpty() || !user.has(Role.TIP_CASEWORKER)) {
      return List.of();
    }
    catchUp();
    Set<Long> ids = null;
    for (String part : parts) {
      var found = new HashSet<Long>();
      for (String keyId : tokenKeys.keySet()) {
        found.addAll(
            jdbc.sql("SELECT case_id FROM tip_search_token WHERE key_id = ? AND token = ?")
                .params(keyId, token(keyId, part))
                .query(Long.class)
                .list());
      }
      if (ids == null) {
        ids = found;
      } else {
        ids.retainAll(found);
      }
    }
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return read(
            "id IN (:ids) AND agency_code = :agency ORDER BY identified_on DESC",
            Map.of("ids", List.copyOf(ids), "agency", user.agency().value()))
        .stream()
        .filter(c -> AccessRules.mayReadVictimRecord(user, c.agency()))
        .filter(c -> SearchKeys.nameTokens(c.name()).containsAll(parts))
        .toList();
  }

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    return cases(q.nameTokens(), user).stream()
        .limit(q.limit())
        .map(
            c ->
                new SearchHit(
                    SearchKind.CASE,
                    module(),
                    c.reference() + " " + c.name(),
                    "search.detail.victimCase",
                    List.of(Formats.code("tip.caseStatus.", c.status()), c.identifiedOn()),
                    "/trafficking/cases/" + c.id(),
                    null))
        .toList();
  }

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    var out = new ArrayList<PersonRecord>();
    for (Named c : cases(SearchKeys.nameTokens(name), user)) {
      if (SearchKeys.personKey(c.name()).equals(person.nameKey()) && person.bornOn(c.born())) {
        out.add(
            new PersonRecord(
                "search.section.victimCases",
                c.identifiedOn(),
                c.reference(),
                "search.detail.victimCase",
                List.of(Formats.code("tip.caseStatus.", c.status()), c.identifiedOn()),
                "/trafficking/cases/" + c.id()));
      }
    }
    return out;
  }
}
