package org.kuzet.program.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The options of the program forms' choice fields: programs, projects, organisations, sources. */
@Component
class Choices {

  private final Programs programs;
  private final Projects projects;
  private final Organisations organisations;
  private final FundingLines funding;
  private final Countries countries;

  Choices(
      Programs programs,
      Projects projects,
      Organisations organisations,
      FundingLines funding,
      Countries countries) {
    this.programs = programs;
    this.projects = projects;
    this.organisations = organisations;
    this.funding = funding;
    this.countries = countries;
  }

  List<FormField.Option> programs(String lang) {
    return programs.all().stream()
        .map(
            p ->
                FormField.Option.plain(
                    p.id().toString(), p.code() + " — " + programs.name(p, lang)))
        .toList();
  }

  Set<Long> programIds() {
    return programs.all().stream().map(p -> p.id().value()).collect(Collectors.toSet());
  }

  List<FormField.Option> projects(Scope scope) {
    return projects.visible(scope).stream()
        .map(
            p ->
                FormField.Option.plain(
                    p.id().toString(), p.code() + " — " + p.title(LocaleContextHolder.getLocale())))
        .toList();
  }

  Set<Long> projectIds() {
    return projects.visible(Scope.EVERYTHING).stream()
        .map(p -> p.id().value())
        .collect(Collectors.toSet());
  }

  List<FormField.Option> organisations(String lang) {
    return organisations.all().stream()
        .map(o -> FormField.Option.plain(o.code(), o.label(lang)))
        .toList();
  }

  Set<String> organisationCodes() {
    return organisations.all().stream().map(Organisation::code).collect(Collectors.toSet());
  }

  List<FormField.Option> sources(String lang) {
    return funding.sources().stream()
        .map(s -> FormField.Option.plain(s.code(), s.name(lang)))
        .toList();
  }

  Set<String> sourceCodes() {
    return funding.sources().stream().map(FundingLines.Source::code).collect(Collectors.toSet());
  }

  List<FormField.Option> countries(String lang) {
    return countries.all().stream()
        .map(
            c ->
                FormField.Option.plain(
                    c.code(),
                    countries
                        .text(c.code(), lang)
                        .map(Countries.CountryText::name)
                        .orElse(c.code())))
        .toList();
  }
}
