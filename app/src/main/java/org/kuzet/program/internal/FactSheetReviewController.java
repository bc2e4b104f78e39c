package org.kuzet.program.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.kuzet.identity.CurrentUser;
import org.kuzet.web.Flash;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing the public fact sheets: a program manager publishes a snapshot of a country's sheet as
 * of a date, previews it, and a second program manager approves or rejects it. Partners and every
 * other role are refused; nobody approves their own snapshot.
 */
@Controller
class FactSheetReviewController {

  private final RecordPages.Support support;
  private final FactSheetSnapshots snapshots;
  private final FactSheets sheets;
  private final Flash flash;
  private final Clock clock;

  FactSheetReviewController(
      RecordPages.Support support,
      FactSheetSnapshots snapshots,
      FactSheets sheets,
      Flash flash,
      Clock clock) {
    this.support = support;
    this.snapshots = snapshots;
    this.sheets = sheets;
    this.flash = flash;
    this.clock = clock;
  }

  @GetMapping("/program/factsheets")
  String list(Model model, Locale locale) {
    var user = CurrentUser.require();
    support.access.requireEditor(user);
    model.addAttribute("snapshots", snapshots.all());
    var countries = sheets.index(locale);
    model.addAttribute("countries", countries);
    model.addAttribute(
        "countryNames",
        countries.stream()
            .collect(Collectors.toMap(FactSheets.Entry::code, FactSheets.Entry::name)));
    model.addAttribute("me", user.username());
    model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    return "program/factsheets";
  }

  @GetMapping("/program/factsheets/{id}")
  String preview(@PathVariable long id, Model model, Locale locale) {
    var user = CurrentUser.require();
    support.access.requireEditor(user);
    var snapshot = snapshots.find(id).orElseThrow(() -> new NotFound("fact sheet snapshot"));
    model.addAttribute("snapshot", snapshot);
    model.addAttribute(
        "sheet",
        snapshots.sheet(id, locale).orElseThrow(() -> new NotFound("fact sheet snapshot")));
    model.addAttribute("me", user.username());
    return "program/factsheet-snapshot";
  }

  @PostMapping("/program/factsheets")
  String publish(@RequestParam String country, @RequestParam String asOf, RedirectAttributes ra) {
    var user = CurrentUser.require();
    support.access.requireEditor(user);
    return flash.run(
        ra,
        "/program/factsheets",
        () -> {
          LocalDate date;
          try {
            date = LocalDate.parse(asOf.strip());
          } catch (DateTimeParseException e) {
            throw Refusal.of("asOf", "factsheet.snapshot.badDate");
          }
          var s = snapshots.publish(FactSheetSnapshots.Actor.of(user), country, date);
          return new Flash.Said("factsheet.snapshot.published", s.country());
        });
  }

  @PostMapping("/program/factsheets/{id}/approve")
  String approve(@PathVariable long id, RedirectAttributes ra) {
    return review(id, ra, snapshots::approve, "factsheet.snapshot.approved");
  }

  @PostMapping("/program/factsheets/{id}/reject")
  String reject(@PathVariable long id, RedirectAttributes ra) {
    return review(id, ra, snapshots::reject, "factsheet.snapshot.rejected");
  }

  /** A second program manager's decision on a snapshot, said back with the snapshot's country. */
  private String review(
      long id,
      RedirectAttributes ra,
      BiFunction<FactSheetSnapshots.Actor, Long, FactSheetSnapshots.Snapshot> decision,
      String said) {
    var user = CurrentUser.require();
    support.access.requireEditor(user);
    return flash.run(
        ra,
        "/program/factsheets",
        () ->
            new Flash.Said(said, decision.apply(FactSheetSnapshots.Actor.of(user), id).country()));
  }
}
