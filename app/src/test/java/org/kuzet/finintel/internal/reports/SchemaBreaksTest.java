package org.kuzet.finintel.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.goaml.GoAmlSchema;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The goAML schema's breaks, found by the real validator in the shared example report and in copies
 * of it broken on purpose, read in Russian and Kazakh without the validator's English.
 */
class SchemaBreaksTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Locale KK = Locale.forLanguageTag("kk");

  private static ResourceBundleMessageSource messages() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/finintel");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** The example report of goAML 5.0.1 beside the schema in the shared data. */
  private static String example() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/goaml/example-report.xml");
      if (Files.exists(candidate)) {
        return Files.readString(candidate, StandardCharsets.UTF_8);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("shared/data/goaml/example-report.xml is missing");
  }

  private static GoAmlSchema.Violation firstBreak(String xml) {
    try {
      GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
    } catch (GoAmlSchema.InvalidReportException e) {
      return e.violations().get(0);
    }
    throw new AssertionError("the report follows the schema");
  }

  @Test
  void aValueItsTypeRefusesNamesTheElementLineAndValue() throws IOException {
    // the example's dates lie before the schema's earliest date, 1753-01-01
    var v = firstBreak(example());
    assertThat(v.kind()).isEqualTo(GoAmlSchema.Kind.INVALID_VALUE);
    assertThat(SchemaBreaks.words(v, messages(), RU))
        .isEqualTo(
            "Отчёт goAML не выдан: в строке 8 значение «1697-02-01T00:00:00Z» недопустимо по"
                + " схеме goAML 5.0.1 в элементе <report_date>.");
    assertThat(SchemaBreaks.words(v, messages(), KK))
        .isEqualTo(
            "goAML есебі берілмеді: 8-жолда «1697-02-01T00:00:00Z» мәніне goAML 5.0.1 схемасы"
                + " бойынша <report_date> элементінде рұқсат жоқ.");
  }

  @Test
  void anElementTheSchemaDoesNotAllowThereNamesWhatIsExpected() throws IOException {
    var v =
        firstBreak(
            example().replace("<rentity_id>1</rentity_id>", "<rentity_id>1</rentity_id><fiu/>"));
    assertThat(v.kind()).isEqualTo(GoAmlSchema.Kind.UNEXPECTED_ELEMENT);
    String ru = SchemaBreaks.words(v, messages(), RU);
    assertThat(ru)
        .isEqualTo(
            "Отчёт goAML не выдан: в строке 4 элемент <fiu> по схеме goAML 5.0.1 здесь не"
                + " допускается (ожидается: rentity_branch).")
        .doesNotContain("cvc-", "Invalid content");
    assertThat(SchemaBreaks.words(v, messages(), KK))
        .startsWith("goAML есебі берілмеді: 4-жолда <fiu> элементіне");
  }

  @Test
  void aMissingElementNamesTheElementThatLacksIt() throws IOException {
    String xml =
        example()
            .replace("1697-02-01T00:00:00Z", "2024-02-01T00:00:00")
            .replaceFirst(
                "(?s)<location>.*?</location>",
                "<location><address_type>3</address_type></location>");
    var v = firstBreak(xml);
    assertThat(v.kind()).isEqualTo(GoAmlSchema.Kind.MISSING_ELEMENT);
    assertThat(SchemaBreaks.words(v, messages(), RU))
        .isEqualTo(
            "Отчёт goAML не выдан: в строке 11 в элементе <location> нет элемента,"
                + " обязательного по схеме goAML 5.0.1 (ожидается: address).");
    assertThat(SchemaBreaks.words(v, messages(), KK))
        .isEqualTo(
            "goAML есебі берілмеді: 11-жолда <location> элементінде goAML 5.0.1 схемасы талап"
                + " ететін элемент жоқ (күтілетіні: address).");
  }
}
