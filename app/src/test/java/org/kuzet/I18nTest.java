package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Keeps the three languages honest: every bundle has the same keys in English, Russian and Kazakh,
 * every {@code #{key}} a template names exists, and no template shows literal text.
 */
class I18nTest {

  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path TEMPLATES = RESOURCES.resolve("templates");
  static final Pattern KEY_REFERENCE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
  static final Pattern LETTER = Pattern.compile("\\p{L}");
  static final List<String> TEXT_ATTRIBUTES =
      List.of("placeholder", "title", "alt", "aria-label", "value");

  @Test
  void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
    var problems = new ArrayList<String>();
    for (String basename : basenames()) {
      Set<String> en = keys(basename + ".properties");
      for (String lang : List.of("ru", "kk")) {
        Set<String> other = keys(basename + "_" + lang + ".properties");
        var missing = new TreeSet<>(en);
        missing.removeAll(other);
        var extra = new TreeSet<>(other);
        extra.removeAll(en);
        missing.forEach(k -> problems.add(basename + "_" + lang + " lacks " + k));
        extra.forEach(
            k -> problems.add(basename + "_" + lang + " has " + k + " which English lacks"));
      }
    }
    assertThat(problems).as("message bundles out of step").isEmpty();
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    var all = new TreeSet<String>();
    for (String basename : basenames()) {
      all.addAll(keys(basename + ".properties"));
    }
    var problems = new ArrayList<String>();
    for (Path template : templates()) {
      Matcher m = KEY_REFERENCE.matcher(Files.readString(template));
      while (m.find()) {
        if (!all.contains(m.group(1))) {
          problems.add(TEMPLATES.relativize(template) + " names missing key " + m.group(1));
        }
      }
    }
    assertThat(problems).as("message keys missing from the bundles").isEmpty();
  }

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    var problems = new ArrayList<String>();
    for (Path template : templates()) {
      var doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
      for (Element el : doc.getAllElements()) {
        String tag = el.tagName();
        if (tag.equals("script") || tag.equals("style") || hasTextAttribute(el)) {
          continue;
        }
        for (TextNode text : el.textNodes()) {
          if (LETTER.matcher(text.text()).find() && !insideReplacedElement(el)) {
            problems.add(
                TEMPLATES.relativize(template) + ": <" + tag + "> \"" + text.text().strip() + "\"");
          }
        }
        for (String attr : TEXT_ATTRIBUTES) {
          String value = el.attr(attr);
          if (!value.isEmpty() && LETTER.matcher(value).find() && shownToPeople(el, attr)) {
            problems.add(
                TEMPLATES.relativize(template) + ": <" + tag + " " + attr + "=\"" + value + "\">");
          }
        }
      }
    }
    assertThat(problems).as("literal text in templates: use th:text with a message key").isEmpty();
  }

  /** A value attribute is a code, except on buttons, where people read it. */
  private static boolean shownToPeople(Element el, String attr) {
    return !attr.equals("value")
        || (el.tagName().equals("input") && Set.of("submit", "button").contains(el.attr("type")));
  }

  private static boolean hasTextAttribute(Element el) {
    return el.hasAttr("th:text")
        || el.hasAttr("th:utext")
        || el.hasAttr("th:replace")
        || el.hasAttr("th:insert");
  }

  /** Text inside an element whose content Thymeleaf replaces is never shown. */
  private static boolean insideReplacedElement(Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (hasTextAttribute(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> basenames() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
          .sorted()
          .toList();
    }
  }

  private static Set<String> keys(String resource) throws IOException {
    Path path = RESOURCES.resolve(resource);
    assertThat(path).as("bundle " + resource).exists();
    var props = new Properties();
    try (InputStream in = Files.newInputStream(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      props.load(reader);
    }
    return new TreeSet<>(props.stringPropertyNames());
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
