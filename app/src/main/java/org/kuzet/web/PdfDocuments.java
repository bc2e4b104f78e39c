package org.kuzet.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with the bundled DejaVu fonts, so Cyrillic and Kazakh letters
 * come out right on any machine. Templates use {@code font-family: 'DejaVu Sans'}.
 */
@Component
public class PdfDocuments {

  private final TemplateEngine templates;

  PdfDocuments(TemplateEngine templates) {
    this.templates = templates;
  }

  public byte[] render(String template, Map<String, Object> variables, Locale locale) {
    String html = templates.process(template, new Context(locale, variables));
    // jsoup turns HTML5 into a well-formed DOM, which the PDF renderer requires.
    var document = new W3CDom().fromJsoup(Jsoup.parse(html));
    var out = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withW3cDocument(document, "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render " + template + " as PDF", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name);
    if (in == null) {
      throw new IllegalStateException("font /fonts/" + name + " is missing from the application");
    }
    return in;
  }
}
