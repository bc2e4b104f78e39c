package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A refused field is named for the reader, never as the form posts it: "Person 1, nationality", not
 * "persons[0].nationality". Every field the code refuses by a written name has its words.
 */
class FieldLabelsTest {

  static final Pattern REFUSED_FIELD =
      Pattern.compile("(?:Problem\\.of|Refusal\\.of|FieldLabels\\.named)\\(\\s*\"([^\"]+)\"");
  static final Pattern SUFFIX = Pattern.compile("\\bat \\+ \"([A-Za-z]+)\"");

  static FieldLabels labels() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/web");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new FieldLabels(source);
  }

  @Test
  void indexedFieldsAreNumberedFromOneInTheReadersLanguage() {
    FieldLabels labels = labels();
    assertThat(labels.of("persons[0].nationality", Locale.ENGLISH))
        .isEqualTo("Person 1, nationality");
    assertThat(labels.of("persons[0].nationality", Locale.forLanguageTag("ru")))
        .isEqualTo("Лицо 1, гражданство");
    assertThat(labels.of("persons[2].birthDate", Locale.forLanguageTag("kk")))
        .isEqualTo("3-адам, туған күні");
    assertThat(labels.of("inspectedAt", Locale.forLanguageTag("ru"))).isEqualTo("Время досмотра");
    assertThat(labels.of("rules[4].weight", Locale.ENGLISH)).isEqualTo("Rule 5, weight");
  }

  @Test
  void everyFieldTheCodeRefusesByNameHasItsWords() throws IOException {
    var names = new TreeSet<String>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        for (Pattern p : new Pattern[] {REFUSED_FIELD, SUFFIX}) {
          Matcher m = p.matcher(src);
          while (m.find()) {
            for (String segment : m.group(1).split("\\.")) {
              String name = segment.replaceAll("\\[.*", "");
              if (!name.isEmpty()) {
                names.add(segment.contains("[") ? name + ".item" : name);
              }
            }
          }
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(50);
    for (String lang : new String[] {"", "_ru", "_kk"}) {
      var bundle = new Properties();
      try (Reader r =
          Files.newBufferedReader(
              Path.of("src/main/resources/i18n/web" + lang + ".properties"),
              StandardCharsets.UTF_8)) {
        bundle.load(r);
      }
      var missing = new TreeSet<String>();
      for (String n : names) {
        if (!bundle.containsKey("field." + n)) {
          missing.add("field." + n);
        }
      }
      assertThat(missing).as("field names without words in web" + lang + ".properties").isEmpty();
    }
  }
}
