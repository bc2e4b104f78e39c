package org.kuzet.program.internal;

import java.util.Locale;
import java.util.Map;
import org.kuzet.web.NotFound;
import org.kuzet.web.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public fact sheets: no sign-in, as a page, printable, and as a PDF. Each shows the country's
 * approved snapshot (see {@link FactSheetSnapshots}), never the live records.
 */
@Controller
class FactSheetController {

  private final FactSheetSnapshots factSheets;
  private final PdfDocuments pdf;

  FactSheetController(FactSheetSnapshots factSheets, PdfDocuments pdf) {
    this.factSheets = factSheets;
    this.pdf = pdf;
  }

  @GetMapping("/factsheets")
  String index(Model model, Locale locale) {
    model.addAttribute("entries", factSheets.publicIndex(locale));
    return "factsheets/index";
  }

  @GetMapping("/factsheets/{country}")
  String sheet(@PathVariable String country, Model model, Locale locale) {
    model.addAttribute("sheet", load(country, locale));
    return "factsheets/sheet";
  }

  @GetMapping("/factsheets/{country}.pdf")
  ResponseEntity<byte[]> sheetPdf(@PathVariable String country, Locale locale) {
    var sheet = load(country, locale);
    byte[] body = pdf.render("factsheets/pdf", Map.of("sheet", sheet), locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(country + "-fact-sheet.pdf").build().toString())
        .body(body);
  }

  private FactSheets.FactSheet load(String country, Locale locale) {
    if (!country.matches("[a-z0-9-]{1,40}")) {
      throw new NotFound("fact sheet");
    }
    return factSheets.publicSheet(country, locale).orElseThrow(() -> new NotFound("fact sheet"));
  }
}
