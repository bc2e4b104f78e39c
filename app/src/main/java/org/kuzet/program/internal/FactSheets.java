package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.program.FactSheetSection;
import org.kuzet.program.FiscalYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a country's public fact sheet from the program data: the country's texts, each program on
 * the fact sheet with its partners, and the funding table summed from the funding lines. The texts
 * follow the reader's language where a translation exists, English otherwise.
 */
@Service
@Transactional(readOnly = true)
class FactSheets {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  record FactSheet(
      String country,
      String lang,
      String title,
      String bureau,
      String date,
      List<String> overview,
      List<ProgramSection> programs,
      String fundingHeading,
      List<FundingRow> funding,
      String fundingSources,
      List<FactSheetSection.Content> sections) {}

  record ProgramSection(
      String code,
      String name,
      List<String> paragraphs,
      List<String> partners,
      List<String> counterparts,
      OfficersTrainedRecords.@Nullable Total trained) {}

  record FundingRow(int fiscalYear, String label, String amount) {}

  record Entry(String code, String name) {}

  private final Countries countries;
  private final Programs programs;
  private final Projects projects;
  private final Organisations organisations;
  private final FundingLines funding;
  private final OfficersTrainedRecords trained;
  private final MessageSource messages;
  private final ObjectProvider<FactSheetSection> extraSections;

  FactSheets(
      Countries countries,
      Programs programs,
      Projects projects,
      Organisations organisations,
      FundingLines funding,
      OfficersTrainedRecords trained,
      MessageSource messages,
      ObjectProvider<FactSheetSection> extraSections) {
    this.extraSections = extraSections;
    this.countries = countries;
    this.programs = programs;
    this.projects = projects;
    this.organisations = organisations;
    this.funding = funding;
    this.trained = trained;
    this.messages = messages;
  }

  /** Every country with a fact sheet, named in the reader's language. */
  List<Entry> index(Locale locale) {
    String lang = Lang.of(locale);
    return countries.all().stream()
        .flatMap(
            c -> countries.text(c.code(), lang).map(t -> new Entry(c.code(), t.name())).stream())
        .toList();
  }

  /**
   * The sheet as the records stand now, with the figures of the periods up to {@code asOf}: the
   * funding of fiscal years that had begun by then, and the date printed is {@code asOf}. Only a
   * program manager sees this (to publish it); the public sees an approved {@link
   * FactSheetSnapshots snapshot}.
   */
  Optional<FactSheet> of(String country, Locale locale, LocalDate asOf) {
    String lang = Lang.of(locale);
    int lastYear = FiscalYear.of(asOf).year();
    var text = countries.text(country, lang);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    var orgs = organisations.byCode();
    var totals = trained.totalsByProgram(asOf);
    var sections = new ArrayList<ProgramSection>();
    var shown = new ArrayList<Long>();
    for (var program : programs.ofCountry(country)) {
      if (!program.onFactsheet()) {
        continue;
      }
      var programText = programs.text(program.id(), lang);
      if (programText.isEmpty()) {
        continue;
      }
      shown.add(program.id().value());
      var partners = new LinkedHashSet<String>();
      var counterparts = new LinkedHashSet<String>();
      for (var project :
          projects.list(new Where().eq("p.program_id", "program", program.id().value()))) {
        project.implementing().forEach(c -> partners.add(label(orgs.get(c), c, lang)));
        project.counterparts().forEach(c -> counterparts.add(label(orgs.get(c), c, lang)));
      }
      sections.add(
          new ProgramSection(
              program.code(),
              programText.get().name(),
              programText.get().paragraphs(),
              List.copyOf(partners),
              List.copyOf(counterparts),
              totals.get(program.code())));
    }
    // The total covers the programs the sheet shows, not every program of the country.
    var years =
        shown.isEmpty()
            ? List.<FundingLines.YearTotal>of()
            : funding
                .totals(new Where().clause("f.program_id IN (:shown)", Map.of("shown", shown)))
                .stream()
                .filter(y -> y.fiscalYear() <= lastYear)
                .toList();
    var rows =
        years.stream()
            .map(
                y ->
                    new FundingRow(
                        y.fiscalYear(),
                        new FiscalYear(y.fiscalYear()).shortLabel(),
                        amount(y.obligated(), y.currency(), locale)))
            .toList();
    String heading;
    if (years.isEmpty()) {
      heading = messages.getMessage("factsheet.funding.headingNone", null, locale);
    } else {
      int first = years.get(0).fiscalYear();
      int last = years.get(years.size() - 1).fiscalYear();
      heading =
          first == last
              ? messages.getMessage(
                  "factsheet.funding.headingOne", new Object[] {String.valueOf(first)}, locale)
              : messages.getMessage(
                  "factsheet.funding.heading",
                  new Object[] {String.valueOf(first), String.valueOf(last)},
                  locale);
    }
    var sourceNames = funding.sourcesByCode();
    String sources =
        String.join(
            "; ",
            funding.sourcesOfCountry(country).stream()
                .map(
                    code -> sourceNames.containsKey(code) ? sourceNames.get(code).name(lang) : code)
                .toList());
    var t = text.get();
    return Optional.of(
        new FactSheet(
            country,
            t.lang(),
            t.title(),
            t.bureau(),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(asOf),
            paragraphs(t.overview()),
            sections,
            heading,
            rows,
            sources,
            extraSections.stream()
                .sorted(Comparator.comparingInt(FactSheetSection::order))
                .flatMap(section -> section.forCountry(country, locale, asOf).stream())
                .toList()));
  }

  /** "$2.4 million" from 2,400,000 USD, in the reader's number format. */
  String amount(BigDecimal value, String currency, Locale locale) {
    boolean usd = "USD".equals(currency);
    if (value.compareTo(MILLION) >= 0) {
      var millions = value.divide(MILLION, 2, RoundingMode.HALF_UP).stripTrailingZeros();
      var format = NumberFormat.getNumberInstance(locale);
      format.setMinimumFractionDigits(0);
      format.setMaximumFractionDigits(2);
      return messages.getMessage(
          usd ? "factsheet.usd.millions" : "factsheet.other.millions",
          new Object[] {format.format(millions), currency},
          locale);
    }
    var format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(0);
    return messages.getMessage(
        usd ? "factsheet.usd.amount" : "factsheet.other.amount",
        new Object[] {format.format(value.setScale(0, RoundingMode.HALF_UP)), currency},
        locale);
  }

  private static String label(@Nullable Organisation org, String code, String lang) {
    return org == null ? code : org.label(lang);
  }

  static List<String> paragraphs(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
