package org.kuzet.workspace.internal.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKeys;
import org.kuzet.workspace.SearchKind;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box and the person page for other systems: every module answers with only what the
 * caller may see, as on the pages ({@link Search}), and every search is audited there.
 */
@RestController
@Tag(name = "workspace", description = "search, the person page, notifications")
class SearchApi {

  private final Search search;
  private final MessageSource messages;
  private final SearchTexts texts;

  SearchApi(Search search, MessageSource messages, SearchTexts texts) {
    this.search = search;
    this.messages = messages;
    this.texts = texts;
  }

  record Hit(
      SearchKind kind,
      String module,
      String title,
      String detail,
      @Nullable String link,
      @Nullable String personName,
      @Nullable LocalDate personBorn) {}

  record Line(@Nullable LocalDate date, String title, String detail, @Nullable String link) {}

  record Person(
      String name,
      @Nullable LocalDate born,
      Map<String, List<Line>> sections,
      List<String> failed) {}

  @Operation(
      summary =
          "Search every module the caller may read: names in any script, plates, documents, accounts")
  @GetMapping("/api/workspace/search")
  ListPage<Hit> searchAll(
      @Parameter(description = "what to look for") @RequestParam String q,
      @Sortable({"kind"}) Paging paging,
      Locale locale) {
    KuzetUser user = CurrentUser.require();
    if (q.isBlank() || q.length() > 300) {
      throw Refusal.of("q", "error.value.invalid", q.length() > 60 ? q.substring(0, 60) : q);
    }
    Search.Results results;
    try {
      results = search.search(user, q);
    } catch (IllegalArgumentException e) {
      throw Refusal.of("q", "error.value.invalid", q);
    }
    var hits = new ArrayList<Hit>();
    results.byKind().forEach((kind, list) -> list.forEach(h -> hits.add(hit(h, locale))));
    // Within a kind the modules' own order (best first) is kept: the sort is stable.
    return paging.slice(hits, Map.of("kind", Comparator.comparing(Hit::kind)));
  }

  @Operation(summary = "Everything the caller may see about a person, by module")
  @GetMapping("/api/workspace/person")
  Person person(
      @RequestParam String name,
      @RequestParam(required = false) @Nullable LocalDate born,
      Locale locale) {
    KuzetUser user = CurrentUser.require();
    if (name.length() > 300 || SearchKeys.personKey(name).isEmpty()) {
      throw Refusal.of(
          "name", "error.value.invalid", name.length() > 60 ? name.substring(0, 60) : name);
    }
    Search.PersonPage page = search.person(user, name.strip(), PersonKey.of(name, born));
    var sections = new LinkedHashMap<String, List<Line>>();
    page.sections()
        .forEach(
            (key, records) ->
                sections.put(
                    messages.getMessage(key, null, key, locale),
                    records.stream().map(r -> line(r, locale)).toList()));
    return new Person(page.name(), born, sections, page.failed());
  }

  private Hit hit(SearchHit h, Locale locale) {
    return new Hit(
        h.kind(),
        h.module(),
        h.title(),
        texts.detail(h.detailKey(), h.detailArgs(), locale),
        h.link(),
        h.person() == null ? null : h.title(),
        h.person() == null ? null : h.person().birthDate());
  }

  private Line line(PersonRecord r, Locale locale) {
    return new Line(
        r.date(), r.title(), texts.detail(r.detailKey(), r.detailArgs(), locale), r.link());
  }
}
