package org.kuzet.watchlist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On a demo installation, stores and activates the real UN consolidated list and the OFAC SDN
 * set of 2021-07-07 from {@code shared/data/watchlists/}, and a small illustrative national list
 * of invented persons with Kazakh and Russian names in Cyrillic (for the interdiction demo
 * traffic to hit). A list that already exists is left as it is, so restarts add nothing and
 * never undo what users activated.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class WatchlistDemoData implements ApplicationRunner {

  static final String NATIONAL_LIST = "KZ-NATIONAL";
  static final String NATIONAL_RESOURCE = "watchlist/demo/kz-national.csv";

  private static final Logger log = LoggerFactory.getLogger(WatchlistDemoData.class);

  private final WatchlistManagement management;
  private final ListVersions versions;
  private final WatchlistSettings settings;

  WatchlistDemoData(WatchlistManagement management, ListVersions versions, WatchlistSettings settings) {
    this.management = management;
    this.versions = versions;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    long start = System.nanoTime();
    List<Long> staged = new ArrayList<>();
    var data = SharedData.locate(settings.dataDir());
    if (data.isEmpty()) {
      log.warn(
          "DEMO INSTALLATION: no shared/data folder found walking up from {}; the real UN and OFAC"
              + " lists are NOT loaded (set kuzet.watchlist.data-dir, or upload them at /watchlists)",
          Path.of("").toAbsolutePath());
    } else {
      Path lists = data.get().resolve("watchlists");
      stage(
          staged,
          "UN",
          ListFormat.UN_XML,
          Map.of("xml", lists.resolve("un/UN_consolidated.xml")),
          "UN Security Council Consolidated List");
      Path ofac = lists.resolve("ofac-2021-07-07");
      Map<String, Path> ofacFiles = new LinkedHashMap<>();
      ofacFiles.put("sdn", ofac.resolve("sdn.csv"));
      ofacFiles.put("alt", ofac.resolve("alt.csv"));
      ofacFiles.put("add", ofac.resolve("add.csv"));
      ofacFiles.put("comments", ofac.resolve("sdn_comments.csv"));
      stage(staged, "OFAC", ListFormat.OFAC_CSV, ofacFiles, "OFAC SDN list, snapshot of 2021-07-07");
    }
    if (versions.findList(NATIONAL_LIST).isEmpty()) {
      byte[] csv;
      try (InputStream in = new ClassPathResource(NATIONAL_RESOURCE).getInputStream()) {
        csv = in.readAllBytes();
      }
      upload(
          staged,
          new ListUpload(
              NATIONAL_LIST,
              ListFormat.NATIONAL_CSV,
              Map.of("csv", new ListUpload.SourceFile("kz-national.csv", csv))),
          "Illustrative national list: invented persons for the demo, not a real list");
    }
    if (!staged.isEmpty()) {
      management.activateAll(staged);
      log.warn(
          "DEMO INSTALLATION: {} watchlist version(s) stored and activated in {} ms",
          staged.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  private void stage(
      List<Long> staged, String name, ListFormat format, Map<String, Path> files, String description)
      throws IOException {
    if (versions.findList(name).isPresent()) {
      return;
    }
    Map<String, ListUpload.SourceFile> contents = new LinkedHashMap<>();
    for (var f : files.entrySet()) {
      if (Files.isRegularFile(f.getValue())) {
        contents.put(
            f.getKey(),
            new ListUpload.SourceFile(f.getValue().getFileName().toString(), Files.readAllBytes(f.getValue())));
      } else if (f.getKey().equals(format.mainPart())) {
        log.warn("DEMO INSTALLATION: {} is missing; the {} list is not loaded", f.getValue(), name);
        return;
      }
    }
    upload(staged, new ListUpload(name, format, contents), description);
  }

  private void upload(List<Long> staged, ListUpload upload, String description) {
    try {
      staged.add(management.upload(upload, description).version().id());
    } catch (WatchlistFormatException | IllegalArgumentException e) {
      log.error("DEMO INSTALLATION: the {} list was refused: {}", upload.listName(), e.getMessage());
    }
  }
}
