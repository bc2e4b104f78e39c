package org.kuzet.workspace.internal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Refusal;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKeys;
import org.kuzet.workspace.SearchKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of the header's search box, and the person page. */
@Controller
class SearchController {

  /** A hit as the page shows it, its detail already in the user's language. */
  record Row(
      String title,
      String detail,
      @Nullable String link,
      @Nullable String personName,
      @Nullable LocalDate born,
      String module) {}

  /** A person page record as shown. */
  record Line(@Nullable LocalDate date, String title, String detail, @Nullable String link) {}

  private final Search search;
  private final MessageSource messages;
  private final SearchTexts texts;

  SearchController(Search search, MessageSource messages, SearchTexts texts) {
    this.search = search;
    this.messages = messages;
    this.texts = texts;
  }

  @GetMapping("/search")
  String search(@RequestParam(name = "q", defaultValue = "") String q, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("q", q);
    if (q.isBlank()) {
      return "workspace/search";
    }
    Search.Results results;
    try {
      results = search.search(user, q);
    } catch (IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
      return "workspace/search";
    }
    Map<SearchKind, List<Row>> groups = new LinkedHashMap<>();
    results
        .byKind()
        .forEach((kind, hits) -> groups.put(kind, hits.stream().map(h -> row(h, locale)).toList()));
    model.addAttribute("groups", groups);
    model.addAttribute("total", results.total());
    model.addAttribute("failed", results.failed());
    return "workspace/search";
  }

  private Row row(SearchHit h, Locale locale) {
    return new Row(
        h.title(),
        texts.detail(h.detailKey(), h.detailArgs(), locale),
        h.link(),
        h.person() == null ? null : h.title(),
        h.person() == null ? null : h.person().birthDate(),
        h.module());
  }

  @GetMapping("/search/person")
  String person(
      @RequestParam String name,
      @RequestParam(required = false) @Nullable String born,
      Model model,
      Locale locale) {
    KuzetUser user = CurrentUser.require();
    if (name.length() > 300 || SearchKeys.personKey(name).isEmpty()) {
      throw Refusal.of("name", "search.refusal.name");
    }
    LocalDate birth = null;
    if (born != null && !born.isBlank()) {
      try {
        birth = LocalDate.parse(born.strip());
      } catch (DateTimeParseException e) {
        throw Refusal.of("born", "error.value.date", born);
      }
    }
    Search.PersonPage page = search.person(user, name.strip(), PersonKey.of(name, birth));
    Map<String, List<Line>> sections = new LinkedHashMap<>();
    page.sections()
        .forEach(
            (key, records) ->
                sections.put(key, records.stream().map(r -> line(r, locale)).toList()));
    model.addAttribute("page", page);
    model.addAttribute("sections", sections);
    return "workspace/person";
  }

  private Line line(PersonRecord r, Locale locale) {
    return new Line(
        r.date(), r.title(), texts.detail(r.detailKey(), r.detailArgs(), locale), r.link());
  }
}
