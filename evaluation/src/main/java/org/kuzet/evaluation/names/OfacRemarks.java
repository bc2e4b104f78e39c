package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts OFAC writes into the remarks column of an SDN record, separated by semicolons: {@code
 * DOB 13 Jan 1967; alt. DOB 1970; POB Dushanbe, Tajikistan; nationality Russia; citizen Russia;
 * Gender Male; a.k.a. 'BONT'}.
 */
record OfacRemarks(
    List<String> birthDates,
    List<String> birthPlaces,
    List<String> nationalities,
    List<String> aliases,
    String gender) {

  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("Jan", "01"),
          Map.entry("Feb", "02"),
          Map.entry("Mar", "03"),
          Map.entry("Apr", "04"),
          Map.entry("May", "05"),
          Map.entry("Jun", "06"),
          Map.entry("Jul", "07"),
          Map.entry("Aug", "08"),
          Map.entry("Sep", "09"),
          Map.entry("Oct", "10"),
          Map.entry("Nov", "11"),
          Map.entry("Dec", "12"));

  static OfacRemarks parse(String remarks) {
    List<String> birthDates = new ArrayList<>();
    List<String> birthPlaces = new ArrayList<>();
    List<String> nationalities = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    String gender = "";
    for (String raw : remarks.split(";")) {
      String item = raw.trim().replaceFirst("^alt\\. ", "");
      if (item.startsWith("DOB ")) {
        date(item.substring(4)).ifPresent(birthDates::add);
      } else if (item.startsWith("POB ")) {
        birthPlaces.add(item.substring(4).trim());
      } else if (item.startsWith("nationality ")) {
        nationalities.add(item.substring(12).trim());
      } else if (item.startsWith("citizen ")) {
        nationalities.add(item.substring(8).trim());
      } else if (item.startsWith("Gender ")) {
        gender = item.substring(7).trim();
      }
      Matcher aka = AKA.matcher(item);
      while (aka.find()) {
        aliases.add(aka.group(1));
      }
    }
    return new OfacRemarks(birthDates, birthPlaces, nationalities, aliases, gender);
  }

  private static Optional<String> date(String text) {
    Matcher full = FULL_DATE.matcher(text);
    if (full.find()) {
      String day = full.group(1).length() == 1 ? "0" + full.group(1) : full.group(1);
      return Optional.of(full.group(3) + "-" + MONTHS.get(full.group(2)) + "-" + day);
    }
    Matcher year = YEAR.matcher(text);
    return year.find() ? Optional.of(year.group(1)) : Optional.empty();
  }
}
