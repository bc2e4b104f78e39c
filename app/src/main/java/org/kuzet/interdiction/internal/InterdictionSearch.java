package org.kuzet.interdiction.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Countries.Country;
import org.kuzet.web.Formats;
import org.kuzet.workspace.NameIndex;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Interdiction's part of the search box and the person page: persons at the posts, vehicles by
 * plate, seizures (by plate and by the names of the arrested), lookouts, watchlist hits. Only
 * records of the posts the user's agency operates, and lookouts the user may see.
 *
 * <p>Names are found through {@code intd_search_name}, which maps the screening engine's name part
 * keys to the {@code name_key} that {@code intd_person} already indexes. That column cannot serve
 * directly: it is interdiction's own whole-name key (Latin, parts sorted), which keeps ZH, TS, SH
 * apart from J, C, X and so misses Kazakh 2021 and informal spellings the engine joins, and it
 * cannot find one part of a name. Distinct names are few (hundreds for 1.7 million person rows in
 * the demo data), so the map is small; persons are then read through the existing {@code (name_key,
 * birth_date)} index, plates through {@code (plate_key, inspected_at)}.
 */
@Component
class InterdictionSearch implements SearchProvider {

  private static final int PERSON_ROWS = 200;

  private final JdbcClient jdbc;
  private final Posts posts;
  private final InterdictionAccess access;
  private final Lookouts lookouts;
  private final ZoneId zone;
  private final NameIndex persons;
  private final NameIndex arrested;
  private final NameIndex lookoutNames;

  InterdictionSearch(
      JdbcClient jdbc,
      Posts posts,
      InterdictionAccess access,
      Lookouts lookouts,
      InterdictionSettings settings) {
    this.jdbc = jdbc;
    this.posts = posts;
    this.access = access;
    this.lookouts = lookouts;
    this.zone = settings.zone();
    this.persons =
        new NameIndex(
            jdbc,
            "intd",
            "person",
            after ->
                jdbc.sql(
                        "SELECT MAX(id), name_key, name FROM intd_person WHERE id > ? GROUP BY name_key, name")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list());
    this.arrested =
        new NameIndex(
            jdbc,
            "intd",
            "arrest",
            after ->
                jdbc.sql("SELECT id, name FROM intd_seizure_arrest WHERE id > ?")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(
                                rs.getLong(1), Long.toString(rs.getLong(1)), rs.getString(2)))
                    .list());
    this.lookoutNames =
        new NameIndex(
            jdbc,
            "intd",
            "lookout",
            after ->
                jdbc.sql(
                        "SELECT id, person_name FROM intd_lookout WHERE id > ? AND person_name IS NOT NULL")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(
                                rs.getLong(1), Long.toString(rs.getLong(1)), rs.getString(2)))
                    .list());
  }

  @Override
  public void warmUp() {
    persons.catchUp();
    arrested.catchUp();
    lookoutNames.catchUp();
  }

  @Override
  public String module() {
    return "interdiction";
  }

  /** The posts whose records the user may read: those their agency operates. */
  private List<Long> readablePosts(KuzetUser user) {
    return posts.all().stream()
        .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
        .map(p -> p.id().value())
        .toList();
  }

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    var hits = new ArrayList<SearchHit>();
    List<Long> postIds = readablePosts(user);
    if (!postIds.isEmpty()) {
      if (q.hasName()) {
        hits.addAll(personHits(q, postIds));
        hits.addAll(
            seizuresOfArrested(arrested.find(q.nameTokens(), 50).keySet(), postIds, q.limit()));
      }
      if (q.plateKey() != null) {
        hits.addAll(vehicleHits(q.plateKey(), postIds, q.limit()));
        hits.addAll(seizuresOfPlate(q.plateKey(), postIds, q.limit()));
      }
    }
    if (AccessRules.mayIssueLookout(user)) {
      hits.addAll(lookoutHits(q, user));
    }
    return hits;
  }

  private List<SearchHit> personHits(SearchQuery q, List<Long> postIds) {
    Map<String, String> nameKeys = persons.find(q.nameTokens(), 100);
    if (nameKeys.isEmpty()) {
      return List.of();
    }
    record Seen(String nameKey, @Nullable LocalDate born, String name, long count, Instant last) {}
    var seen =
        jdbc.sql(
                "SELECT name_key, birth_date, MAX(name), COUNT(*), MAX(inspected_at) FROM intd_person "
                    + "WHERE name_key IN (:keys) AND post_id IN (:posts) GROUP BY name_key, birth_date")
            .param("keys", nameKeys.keySet())
            .param("posts", postIds)
            .query(
                (rs, n) ->
                    new Seen(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant()))
            .list();
    // Several stored keys can be one person for the engine (Zhasur / Jasur): merge them.
    Map<PersonKey, Seen> merged = new LinkedHashMap<>();
    for (Seen s : seen) {
      var key =
          new PersonKey(
              Objects.requireNonNull(nameKeys.get(s.nameKey()), "a key searched for"), s.born());
      merged.merge(
          key,
          s,
          (a, b) ->
              new Seen(
                  a.nameKey(),
                  a.born(),
                  a.count() >= b.count() ? a.name() : b.name(),
                  a.count() + b.count(),
                  a.last().isAfter(b.last()) ? a.last() : b.last()));
    }
    return merged.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<PersonKey, Seen> e) -> e.getValue().last()).reversed())
        .limit(q.limit())
        .map(
            e ->
                new SearchHit(
                    SearchKind.PERSON,
                    module(),
                    e.getValue().name(),
                    "search.detail.inspectedPerson",
                    List.of(
                        born(e.getKey().birthDate()),
                        e.getValue().count(),
                        day(e.getValue().last())),
                    null,
                    e.getKey()))
        .toList();
  }

  private List<SearchHit> vehicleHits(String plateKey, List<Long> postIds, int limit) {
    return jdbc
        .sql(
            "SELECT plate, plate_country, COUNT(*), MAX(inspected_at), MAX(id) FROM intd_inspection "
                + "WHERE plate_key = :plate AND post_id IN (:posts) GROUP BY plate, plate_country")
        .param("plate", plateKey)
        .param("posts", postIds)
        .query(
            (rs, n) ->
                new SearchHit(
                    SearchKind.VEHICLE,
                    module(),
                    rs.getString(1),
                    "search.detail.vehicle",
                    List.of(
                        new Country(rs.getString(2)),
                        rs.getLong(3),
                        day(rs.getTimestamp(4).toInstant())),
                    "/interdiction/inspections/" + rs.getLong(5),
                    null))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  private List<SearchHit> seizuresOfPlate(String plateKey, List<Long> postIds, int limit) {
    return jdbc
        .sql(
            "SELECT s.id, s.drug_type, s.quantity, s.unit, s.seized_at, i.plate FROM intd_inspection i "
                + "JOIN intd_seizure s ON s.inspection_id = i.id "
                + "WHERE i.plate_key = :plate AND s.post_id IN (:posts) ORDER BY s.seized_at DESC")
        .param("plate", plateKey)
        .param("posts", postIds)
        .query(
            (rs, n) ->
                seizureHit(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  private List<SearchHit> seizuresOfArrested(Set<String> arrestIds, List<Long> postIds, int limit) {
    if (arrestIds.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            "SELECT DISTINCT s.id, s.drug_type, s.quantity, s.unit, s.seized_at, a.name FROM intd_seizure_arrest a "
                + "JOIN intd_seizure s ON s.id = a.seizure_id WHERE a.id IN (:ids) AND s.post_id IN (:posts) "
                + "ORDER BY s.seized_at DESC")
        .param("ids", arrestIds.stream().map(Long::valueOf).toList())
        .param("posts", postIds)
        .query(
            (rs, n) ->
                seizureHit(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  private SearchHit seizureHit(
      long id, String drug, String quantity, String unit, Instant at, String about) {
    return new SearchHit(
        SearchKind.SEIZURE,
        module(),
        drug + " " + quantity + " " + unit,
        "search.detail.seizure",
        List.of(day(at), about),
        "/interdiction/seizures/" + id,
        null);
  }

  private List<SearchHit> lookoutHits(SearchQuery q, KuzetUser user) {
    var ids = new LinkedHashSet<Long>();
    if (q.hasName()) {
      lookoutNames.find(q.nameTokens(), 50).keySet().forEach(r -> ids.add(Long.valueOf(r)));
    }
    if (q.plateKey() != null) {
      ids.addAll(
          jdbc.sql("SELECT id FROM intd_lookout WHERE plate_key = ?")
              .param(q.plateKey())
              .query(Long.class)
              .list());
    }
    return ids.stream()
        .map(LookoutId::new)
        .map(lookouts::byId)
        .flatMap(Optional::stream)
        .filter(l -> access.maySee(user, l))
        .sorted(Comparator.comparing(Lookout::issuedAt).reversed())
        .limit(q.limit())
        .map(
            l ->
                new SearchHit(
                    SearchKind.LOOKOUT,
                    module(),
                    l.label(),
                    "search.detail.lookout",
                    List.of(day(l.issuedAt()), day(l.expiresAt()), l.reason()),
                    "/interdiction/lookouts/" + l.id(),
                    l.subject() == LookoutSubject.PERSON && l.personName() != null
                        ? PersonKey.of(l.personName(), l.birthDate())
                        : null))
        .toList();
  }

  // ---- the person page ---------------------------------------------------------------------

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    var out = new ArrayList<PersonRecord>();
    List<Long> postIds = readablePosts(user);
    Map<PostId, String> postCodes =
        posts.all().stream().collect(Collectors.toMap(Post::id, Post::code));
    if (!postIds.isEmpty()) {
      List<String> nameKeys = persons.refsOf(person.nameKey());
      record Seen(
          long personId,
          long inspectionId,
          Instant at,
          PostId postId,
          String plate,
          String role,
          String name,
          @Nullable LocalDate born,
          String result,
          @Nullable String plateCountry,
          @Nullable String documentType,
          @Nullable String documentNumber,
          @Nullable String documentCountry,
          @Nullable LocalDate documentExpiry) {}
      List<Seen> seen =
          nameKeys.isEmpty()
              ? List.of()
              : withBirth(
                      jdbc.sql(
                              "SELECT p.id, p.inspection_id, p.inspected_at, p.post_id, i.plate, p.role, p.name, p.birth_date, i.result, "
                                  + "i.plate_country, p.document_type, p.document_number, p.document_country, p.document_expiry "
                                  + "FROM intd_person p JOIN intd_inspection i ON i.id = p.inspection_id "
                                  + "WHERE p.name_key IN (:keys) AND p.post_id IN (:posts) "
                                  + (person.birthDate() != null
                                      ? "AND (p.birth_date = :born OR p.birth_date IS NULL) "
                                      : "")
                                  + "ORDER BY p.inspected_at DESC LIMIT "
                                  + PERSON_ROWS)
                          .param("keys", nameKeys)
                          .param("posts", postIds),
                      person.birthDate())
                  .query(
                      (rs, n) ->
                          new Seen(
                              rs.getLong(1),
                              rs.getLong(2),
                              rs.getTimestamp(3).toInstant(),
                              new PostId(rs.getLong(4)),
                              rs.getString(5),
                              rs.getString(6),
                              rs.getString(7),
                              rs.getObject(8, LocalDate.class),
                              rs.getString(9),
                              rs.getString(10),
                              rs.getString(11),
                              rs.getString(12),
                              rs.getString(13),
                              rs.getObject(14, LocalDate.class)))
                  .list();
      for (Seen s : seen) {
        // The vehicle's country and the document the person showed there, with its expiry.
        List<Object> args =
            new ArrayList<>(
                List.of(
                    postCodes.getOrDefault(s.postId(), "?"),
                    s.plate(),
                    new Country(s.plateCountry()),
                    Formats.code("interdiction.role.", s.role()),
                    Formats.code("interdiction.result.", s.result())));
        String key = "search.detail.inspectionOf";
        if (s.documentNumber() != null) {
          key = "search.detail.inspectionWithDocument";
          args.add(Formats.code("interdiction.documentType.", String.valueOf(s.documentType())));
          args.add(s.documentNumber());
          args.add(s.documentCountry() == null ? "—" : new Country(s.documentCountry()));
          args.add(s.documentExpiry() == null ? "—" : s.documentExpiry());
        }
        out.add(
            new PersonRecord(
                "search.section.inspections",
                date(s.at()),
                s.name(),
                key,
                args,
                "/interdiction/inspections/" + s.inspectionId()));
      }
      if (!seen.isEmpty()) {
        var personIds = seen.stream().map(Seen::personId).toList();
        var inspectionIds = seen.stream().map(Seen::inspectionId).distinct().toList();
        jdbc.sql(
                "SELECT h.inspection_id, h.list_name, h.matched_name, h.score, h.found_at FROM intd_hit h "
                    + "WHERE h.person_id IN (:ids) AND h.kind = 'WATCHLIST' ORDER BY h.found_at DESC")
            .param("ids", personIds)
            .query(
                (rs, n) ->
                    new PersonRecord(
                        "search.section.watchlistHits",
                        date(rs.getTimestamp(5).toInstant()),
                        String.valueOf(rs.getString(3)),
                        "search.detail.watchlistHit",
                        List.of(String.valueOf(rs.getString(2)), rs.getInt(4)),
                        "/interdiction/inspections/" + rs.getLong(1)))
            .list()
            .forEach(out::add);
        jdbc.sql(
                "SELECT s.id, s.drug_type, s.quantity, s.unit, s.seized_at, s.post_id FROM intd_seizure s "
                    + "WHERE s.inspection_id IN (:ids) AND s.post_id IN (:posts)")
            .param("ids", inspectionIds)
            .param("posts", postIds)
            .query(
                (rs, n) ->
                    seizureRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        postCodes.getOrDefault(rs.getLong(6), "?")))
            .list()
            .forEach(out::add);
      }
      List<String> arrestIds = arrested.refsOf(person.nameKey());
      if (!arrestIds.isEmpty()) {
        jdbc
            .sql(
                "SELECT s.id, s.drug_type, s.quantity, s.unit, s.seized_at, s.post_id, a.birth_date "
                    + "FROM intd_seizure_arrest a JOIN intd_seizure s ON s.id = a.seizure_id "
                    + "WHERE a.id IN (:ids) AND s.post_id IN (:posts)")
            .param("ids", arrestIds.stream().map(Long::valueOf).toList())
            .param("posts", postIds)
            .query(
                (rs, n) ->
                    person.bornOn(rs.getObject(7, LocalDate.class))
                        ? Optional.of(
                            seizureRecord(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getBigDecimal(3),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant(),
                                postCodes.getOrDefault(rs.getLong(6), "?")))
                        : Optional.<PersonRecord>empty())
            .list()
            .stream()
            .flatMap(Optional::stream)
            .filter(r -> out.stream().noneMatch(o -> o.link() != null && o.link().equals(r.link())))
            .forEach(out::add);
      }
    }
    if (AccessRules.mayIssueLookout(user)) {
      lookoutNames.refsOf(person.nameKey()).stream()
          .map(Long::valueOf)
          .map(LookoutId::new)
          .map(lookouts::byId)
          .flatMap(Optional::stream)
          .filter(l -> person.bornOn(l.birthDate()) && access.maySee(user, l))
          .map(
              l ->
                  new PersonRecord(
                      "search.section.lookouts",
                      date(l.issuedAt()),
                      l.label(),
                      "search.detail.lookout",
                      List.of(day(l.issuedAt()), day(l.expiresAt()), l.reason()),
                      "/interdiction/lookouts/" + l.id()))
          .forEach(out::add);
    }
    return out;
  }

  private PersonRecord seizureRecord(
      long id, String drug, BigDecimal quantity, String unit, Instant at, String post) {
    return new PersonRecord(
        "search.section.seizures",
        date(at),
        drug + " " + quantity.stripTrailingZeros().toPlainString() + " " + unit,
        "search.detail.seizureAtPost",
        List.of(post),
        "/interdiction/seizures/" + id);
  }

  private LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  // Dates are passed as dates: the search page words them in the reader's pattern.
  private LocalDate day(Instant at) {
    return date(at);
  }

  private static Object born(@Nullable LocalDate d) {
    return d == null ? "?" : d;
  }

  private static JdbcClient.StatementSpec withBirth(
      JdbcClient.StatementSpec spec, @Nullable LocalDate born) {
    return born == null ? spec : spec.param("born", born);
  }
}
