package org.kuzet.watchlist.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.watchlist.internal.ListFormat;
import org.kuzet.watchlist.internal.ListUpload;
import org.kuzet.watchlist.internal.ListVersions;
import org.kuzet.watchlist.internal.ShippedLists;
import org.kuzet.watchlist.internal.WatchlistManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On a demo installation, stores and activates the real UN consolidated list and the OFAC SDN set
 * of 2021-07-07, shipped compressed inside the application ({@code watchlist/demo/}, date and
 * source in {@code SOURCE.md} there), and a small illustrative national list of invented persons
 * with Kazakh and Russian names in Cyrillic (for the interdiction demo traffic to hit). Nothing is
 * read from outside the application, so a fresh clone on a closed network has both lists. A list
 * that already exists is left as it is, so restarts add nothing and never undo what users
 * activated.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class WatchlistDemoData implements ApplicationRunner {

  static final String NATIONAL_LIST = "KZ-NATIONAL";
  static final String DEMO = "watchlist/demo/";
  static final String NATIONAL_RESOURCE = DEMO + "kz-national.csv";

  private static final Logger log = LoggerFactory.getLogger(WatchlistDemoData.class);

  private final WatchlistManagement management;
  private final ListVersions versions;

  WatchlistDemoData(WatchlistManagement management, ListVersions versions) {
    this.management = management;
    this.versions = versions;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    long start = System.nanoTime();
    List<Long> staged = new ArrayList<>();
    stage(staged, "UN", ListFormat.UN_XML, Map.of("xml", "UN_consolidated.xml"), ShippedLists.UN);
    Map<String, String> ofac = new LinkedHashMap<>();
    ofac.put("sdn", "sdn.csv");
    ofac.put("alt", "alt.csv");
    ofac.put("add", "add.csv");
    ofac.put("comments", "sdn_comments.csv");
    stage(staged, "OFAC", ListFormat.OFAC_CSV, ofac, ShippedLists.OFAC);
    stage(
        staged,
        NATIONAL_LIST,
        ListFormat.NATIONAL_CSV,
        Map.of("csv", "kz-national.csv"),
        // Described in Russian, as the agency that keeps the national list would.
        ShippedLists.NATIONAL);
    if (!staged.isEmpty()) {
      management.activateAll(staged);
      log.warn(
          "DEMO INSTALLATION: {} watchlist version(s) stored and activated in {} ms",
          staged.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Uploads a list from its shipped files (part to file name) unless the list exists. */
  private void stage(
      List<Long> staged,
      String name,
      ListFormat format,
      Map<String, String> files,
      String description)
      throws IOException {
    if (versions.findList(name).isPresent()) {
      return;
    }
    Map<String, ListUpload.SourceFile> contents = new LinkedHashMap<>();
    for (var f : files.entrySet()) {
      contents.put(
          f.getKey(), new ListUpload.SourceFile(f.getValue(), shipped(name, f.getValue())));
    }
    try {
      staged.add(
          management.upload(new ListUpload(name, format, contents), description).version().id());
    } catch (WatchlistFormatException | IllegalArgumentException e) {
      log.error("DEMO INSTALLATION: the {} list was refused: {}", name, e.getMessage());
    }
  }

  /**
   * A shipped list file: the national list as it is, the public lists gzip-compressed (a tenth of
   * their size) under the list's name, e.g. {@code ofac-2021-07-07-sdn.csv.gz}.
   */
  static byte[] shipped(String list, String fileName) throws IOException {
    String resource =
        switch (list) {
          case "UN" -> DEMO + fileName + ".gz";
          case "OFAC" -> DEMO + "ofac-2021-07-07-" + fileName + ".gz";
          default -> DEMO + fileName;
        };
    try (InputStream raw = new ClassPathResource(resource).getInputStream();
        InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    }
  }
}
