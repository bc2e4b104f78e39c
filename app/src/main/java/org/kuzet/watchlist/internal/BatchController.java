package org.kuzet.watchlist.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.watchlist.internal.Batches.BatchRow;
import org.kuzet.web.NotFound;
import org.kuzet.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch screening pages: upload a CSV, watch its progress (htmx polling), read the refused rows and
 * download the result. Someone else's batch answers 404, so its existence does not leak.
 */
@Controller
class BatchController {

  private final BatchScreenings batches;
  private final WatchlistSettings settings;
  private final Texts texts;

  BatchController(BatchScreenings batches, WatchlistSettings settings, Texts texts) {
    this.batches = batches;
    this.settings = settings;
    this.texts = texts;
  }

  @GetMapping("/screening/batches")
  String page(Model model) {
    KuzetUser user = requireScreener();
    return page(model, user, null);
  }

  @PostMapping("/screening/batches")
  String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
      throws IOException {
    KuzetUser user = requireScreener();
    if (file.getSize() > settings.batchMaxBytes()) {
      // Refused before reading: the multipart limit is wider than a batch may be.
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      return page(
          model,
          user,
          texts.of("watchlist.batch.refusal.tooLarge", file.getSize(), settings.batchMaxBytes()));
    }
    try {
      String name = file.getOriginalFilename() == null ? "batch.csv" : file.getOriginalFilename();
      long id = batches.start(user, name, file.getBytes());
      return "redirect:/screening/batches/" + id;
    } catch (BatchFile.Refused e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, user, texts.of(e.words()));
    }
  }

  @GetMapping("/screening/batches/{id}")
  String batch(@PathVariable long id, Model model) {
    BatchRow batch = visible(id, requireScreener());
    model.addAttribute("batch", batch);
    model.addAttribute("errors", batch.running() ? List.of() : batches.errors(batch));
    return "watchlist/batch";
  }

  /** The progress fragment, polled by the page while the batch runs. */
  @GetMapping("/screening/batches/{id}/progress")
  String progress(@PathVariable long id, Model model) {
    BatchRow batch = visible(id, requireScreener());
    model.addAttribute("batch", batch);
    model.addAttribute("errors", batch.running() ? List.of() : batches.errors(batch));
    return "watchlist/batch :: progress";
  }

  @GetMapping("/screening/batches/{id}/result.csv")
  void result(@PathVariable long id, HttpServletResponse response) throws IOException {
    KuzetUser user = requireScreener();
    byte[] csv = batches.result(id, user).orElseThrow(() -> new NotFound("screening batch"));
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"screening-batch-" + id + ".csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }

  private String page(Model model, KuzetUser user, @Nullable String error) {
    model.addAttribute("batches", batches.mine(user));
    model.addAttribute("uploadError", error);
    model.addAttribute("maxBytes", settings.batchMaxBytes());
    model.addAttribute("maxRows", settings.batchMaxRows());
    return "watchlist/batches";
  }

  private BatchRow visible(long id, KuzetUser user) {
    return batches.find(id, user).orElseThrow(() -> new NotFound("screening batch"));
  }

  private static KuzetUser requireScreener() {
    KuzetUser user = CurrentUser.require();
    if (!AccessRules.mayScreen(user)) {
      throw new AccessDeniedException("screening is not part of this role");
    }
    return user;
  }
}
