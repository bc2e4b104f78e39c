package org.kuzet.watchlist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./kuzet lists import}: list files loaded through the upload service on a real database, as
 * new versions recorded as system actions; a bad file refused with its reason and exit code 1,
 * nothing stored.
 */
@OnH2
class ListsImportCommandH2IT {

  @Autowired WatchlistManagement management;
  @Autowired WatchlistSettings settings;
  @Autowired ListVersions versions;
  @Autowired JdbcClient db;
  @Autowired ConfigurableApplicationContext context;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Path cwd, String... args) {
    out.reset();
    err.reset();
    return new ListsImportCommand(management, settings, context)
        .run(
            List.of(args),
            cwd,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static String unique() {
    return "CLI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  void aNationalListIsStoredAsANewVersionBySystemAndActivatedOnRequest() throws Exception {
    Path dir = Files.createTempDirectory("lists");
    String list = unique();
    Files.writeString(
        dir.resolve("national.csv"),
        "id,name,aliases,birth_date,nationality,document\nN1,Qorabekov Timur,,1970-01-02,Kazakhstan,\n"
            + "N2,Qazybekova Dana,,,,\n");

    assertThat(run(dir, "--list", list, "national.csv")).isZero();
    assertThat(out())
        .contains(list + ": version 1 stored from national.csv: 2 entries")
        .contains("STAGED");
    var v = versions.activeVersion(versions.findList(list).orElseThrow().id());
    assertThat(v).isEmpty();
    assertThat(
            db.sql(
                    "SELECT actor FROM idn_audit WHERE action = 'WATCHLIST_VERSION_UPLOADED'"
                        + " AND detail LIKE ? ORDER BY seq DESC")
                .param("%\"a\":[\"" + list + "\",%")
                .query(String.class)
                .list())
        .containsExactly("system");

    // The same files again add nothing; with --activate the stored version becomes the active one.
    assertThat(run(dir, "--list=" + list, "--activate", dir.resolve("national.csv").toString()))
        .isZero();
    assertThat(out()).contains("already stored as version 1").contains("activated 1 version");
    assertThat(versions.activeVersion(versions.findList(list).orElseThrow().id())).isPresent();
  }

  @Test
  void ofacFilesMakeOneVersionAndCompressedFilesAreRead() throws Exception {
    Path dir = Files.createTempDirectory("lists");
    String list = unique();
    Files.writeString(
        dir.resolve("sdn.csv"),
        // OFAC ends its files with an end-of-file mark (0x1A); the loader refuses one without it.
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n\u001A");
    try (var gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("alt.csv.gz")))) {
      gz.write("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n\u001A".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(run(dir, "--list", list, "sdn.csv", "alt.csv.gz")).as(err()).isZero();
    assertThat(out()).contains(list + ": version 1 stored from sdn.csv, alt.csv: 1 entries");
  }

  @Test
  void aBrokenFileIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
    Path dir = Files.createTempDirectory("lists");
    String list = unique();
    Files.writeString(dir.resolve("un.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");

    assertThat(run(dir, "--list", list, "un.xml")).isEqualTo(1);
    assertThat(err()).contains(list + " refused, nothing stored");
    assertThat(versions.findList(list)).isEmpty();
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'WATCHLIST_UPLOAD_REFUSED' AND target_id = ?")
                .param(list)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void usageErrorsSayWhatIsWrong() throws Exception {
    Path dir = Files.createTempDirectory("lists");
    Files.writeString(dir.resolve("list.txt"), "x");
    assertThat(run(dir)).isEqualTo(2);
    assertThat(err()).contains("no list file given").contains("usage: ./kuzet lists import");
    assertThat(run(dir, "list.txt")).isEqualTo(2);
    assertThat(err()).contains("cannot tell the format of list.txt");
    assertThat(run(dir, "--format", "EXCEL", "list.txt")).isEqualTo(2);
    assertThat(err()).contains("--format must be one of");
    assertThat(run(dir, "missing.csv")).isEqualTo(2);
    assertThat(err()).contains("missing.csv is not a readable file");
  }

  @Test
  void theShippedListsReadBackAsTheDemoStoredThem() throws Exception {
    Path shipped = Path.of("src/main/resources/watchlist/demo").toAbsolutePath();
    assertThat(run(shipped, "UN_consolidated.xml.gz")).as(err()).isZero();
    assertThat(out()).contains("UN: these files are already stored");
  }
}
