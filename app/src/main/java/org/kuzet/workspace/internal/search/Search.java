package org.kuzet.workspace.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs one search over every module's provider for one user and groups the hits by kind; opens a
 * person's page. Each module decides what the user may see; this class only asks, merges and writes
 * the audit entry (a search and a person page are views of sensitive records).
 */
@Service
public class Search {

  private static final Logger log = LoggerFactory.getLogger(Search.class);

  /** Hits per kind from each module. */
  static final int LIMIT = 20;

  /** What one search found. {@code failed} names modules that could not answer. */
  public record Results(
      SearchQuery query,
      Map<SearchKind, List<SearchHit>> byKind,
      int total,
      List<String> failed,
      Map<String, Double> millisByModule) {}

  /** A person's page: records grouped by section, newest first. */
  public record PersonPage(
      PersonKey person,
      String name,
      Map<String, List<PersonRecord>> sections,
      List<String> failed) {}

  private final List<SearchProvider> providers;
  private final AuditLog audit;

  Search(List<SearchProvider> providers, AuditLog audit) {
    this.providers = List.copyOf(providers);
    this.audit = audit;
  }

  public List<SearchProvider> providers() {
    return providers;
  }

  /**
   * Searches everything the user may see.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public Results search(KuzetUser user, String text) {
    SearchQuery q = SearchQuery.of(text, LIMIT);
    var hits = new ArrayList<SearchHit>();
    var failed = new ArrayList<String>();
    var millis = new LinkedHashMap<String, Double>();
    for (SearchProvider p : providers) {
      long t0 = System.nanoTime();
      try {
        hits.addAll(p.search(q, user));
      } catch (RuntimeException e) {
        log.warn("search: {} could not answer {}", p.module(), e.toString());
        failed.add(p.module());
      }
      millis.put(p.module(), (System.nanoTime() - t0) / 1e6);
    }
    var byKind = group(hits);
    int total = byKind.values().stream().mapToInt(List::size).sum();
    // A caseworker may search for a victim's name: keep it out of the log that administrators read.
    audit.recordFacts(
        "SEARCH",
        "search",
        null,
        user.has(Role.TIP_CASEWORKER)
            ? AuditDetail.of("search.hiddenText", q.text().length(), total)
            : AuditDetail.of("search.hits", q.text(), total));
    return new Results(q, byKind, total, List.copyOf(failed), millis);
  }

  /** Hits by kind in the kinds' order; person hits of one person from several modules merged. */
  static Map<SearchKind, List<SearchHit>> group(List<SearchHit> hits) {
    Map<SearchKind, List<SearchHit>> out = new EnumMap<>(SearchKind.class);
    Map<PersonKey, SearchHit> people = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      if (h.kind() == SearchKind.PERSON && h.person() != null) {
        people.merge(
            h.person(),
            h,
            (a, b) ->
                new SearchHit(
                    a.kind(),
                    modules(a.module(), b.module()),
                    a.title(),
                    a.detailKey(),
                    a.detailArgs(),
                    a.link(),
                    a.person()));
      } else {
        out.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h);
      }
    }
    if (!people.isEmpty()) {
      out.put(SearchKind.PERSON, List.copyOf(people.values()));
    }
    return out;
  }

  /** The modules of a merged hit, sorted and each once: "finintel, interdiction". */
  private static String modules(String a, String b) {
    var all = new TreeSet<String>(List.of(a.split(", ")));
    all.addAll(List.of(b.split(", ")));
    return String.join(", ", all);
  }

  /** Everything the user may see about one person, from every module. */
  public PersonPage person(KuzetUser user, String name, PersonKey person) {
    var records = new ArrayList<PersonRecord>();
    var failed = new ArrayList<String>();
    for (SearchProvider p : providers) {
      try {
        records.addAll(p.personRecords(person, name, user));
      } catch (RuntimeException e) {
        log.warn("person page: {} could not answer {}", p.module(), e.toString());
        failed.add(p.module());
      }
    }
    records.sort(
        Comparator.comparing(PersonRecord::date, Comparator.nullsLast(Comparator.reverseOrder())));
    Map<String, List<PersonRecord>> sections = new LinkedHashMap<>();
    for (PersonRecord r : records) {
      sections.computeIfAbsent(r.sectionKey(), k -> new ArrayList<>()).add(r);
    }
    String target = person.nameKey() + (person.birthDate() == null ? "" : "/" + person.birthDate());
    if (user.has(Role.TIP_CASEWORKER)) {
      // the person may be a victim: no name in the log that administrators read
      audit.record(
          "PERSON_VIEWED", "person", null, records.size() + " records in " + sections.keySet());
    } else {
      audit.record(
          "PERSON_VIEWED",
          "person",
          target.length() <= 100 ? target : target.substring(0, 100),
          name + ": " + records.size() + " records in " + sections.keySet());
    }
    return new PersonPage(person, name, sections, List.copyOf(failed));
  }

  /** The modules that answered, for the benchmark's report. */
  Set<String> modules() {
    var out = new LinkedHashSet<String>();
    providers.forEach(p -> out.add(p.module()));
    return out;
  }
}
