package org.kuzet.engine.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.SharedData;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;

class LoadersTest {

  private static final Path UN = SharedData.path("watchlists/un/UN_consolidated.xml");
  private static final Path OFAC_2021 = SharedData.path("watchlists/ofac-2021-07-07");
  private static final Path OFAC_2024 = SharedData.path("watchlists/ofac-sdn-2024-05-03");

  @Test
  void unListLoadsCompletely() throws Exception {
    Watchlist un = Watchlists.loadUn(UN);
    assertThat(un.name()).isEqualTo("UN");
    assertThat(un.entries()).hasSize(1003);
    assertThat(un.entries().stream().filter(e -> e.kind() == EntryKind.PERSON)).hasSize(730);
    WatchlistEntry e = un.entry("QDi.368").orElseThrow();
    assertThat(e.primaryName()).isEqualTo("SHAMIL MAGOMEDOVICH ISMAILOV");
    assertThat(e.aliases())
        .contains(
            "Шамиль Магомедович Измайлов",
            "Shamil Magomedovich Aliev",
            "Шамиль Магомедович Алиев",
            "Abu Hanifa");
    assertThat(e.birthDates()).containsExactly(BirthDate.parse("1980-10-29"));
    assertThat(e.nationalities()).containsExactly("Russian Federation");
    assertThat(e.documents()).contains("1200075689");
    assertThat(un.version()).hasSize(64);
  }

  @Test
  void aListIsStampedWithTheClockItIsReadBy() throws Exception {
    Instant reading = Instant.parse("2026-03-01T08:30:00Z");
    Clock clock = Clock.fixed(reading, ZoneOffset.UTC);
    byte[] csv =
        "id,name,aliases,birth_date,nationality,document\n1,Ivan Petrov,,,,\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(Watchlists.parseNational(csv, "kz.csv", "KZ", clock).loadedAt()).isEqualTo(reading);
    assertThat(Watchlists.parseUn(Files.readAllBytes(UN), "un.xml", clock).loadedAt())
        .isEqualTo(reading);
    assertThat(Watchlists.loadDirectory(OFAC_2021, clock))
        .allSatisfy(list -> assertThat(list.loadedAt()).isEqualTo(reading));
  }

  @Test
  void ofacSetLoadsWithAliases() throws Exception {
    Watchlist ofac = Watchlists.loadOfac(OFAC_2021.resolve("sdn.csv"));
    assertThat(ofac.entries()).hasSize(8976);
    assertThat(ofac.entries().stream().mapToInt(en -> en.aliases().size()).sum())
        .isGreaterThan(11000);
    WatchlistEntry zawahiri = ofac.entry("2676").orElseThrow();
    assertThat(zawahiri.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(zawahiri.birthDates()).contains(BirthDate.parse("1951-06-19"));
    assertThat(zawahiri.documents()).contains("1084010", "19820215");
    assertThat(ofac.entry("4234").orElseThrow().kind()).isEqualTo(EntryKind.VESSEL);
  }

  @Test
  void loneSdnFileTakesAliasesFromRemarks() throws Exception {
    Watchlist ofac = Watchlists.loadOfac(OFAC_2024.resolve("sdn.csv"));
    assertThat(ofac.entries()).hasSize(14965);
    assertThat(ofac.entry("306").orElseThrow().aliases()).contains("BNC");
  }

  @Test
  void directoryLoadsEveryRecognisedList() throws Exception {
    List<Watchlist> lists = Watchlists.loadDirectory(SharedData.path("watchlists"));
    assertThat(lists)
        .extracting(Watchlist::name)
        .containsExactlyInAnyOrder("UN", "OFAC@ofac-2021-07-07", "OFAC@ofac-sdn-2024-05-03");
  }

  @Test
  void truncatedUnXmlIsRefusedWithItsPlace() throws Exception {
    byte[] all = Files.readAllBytes(UN);
    byte[] cut = Arrays.copyOf(all, all.length / 2);
    assertThatThrownBy(() -> Watchlists.parseUn(cut, "UN_consolidated.xml"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("UN_consolidated.xml")
        .hasMessageContaining("line");
  }

  @Test
  void hostileXmlIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>"
            + "<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    assertThatThrownBy(() -> Watchlists.parseUn(xxe.getBytes(StandardCharsets.UTF_8), "evil.xml"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("evil.xml")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>";
    assertThatThrownBy(() -> Watchlists.parseUn(bomb.getBytes(StandardCharsets.UTF_8), "bomb.xml"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void unEntryWithoutReferenceIsRefused() {
    String xml =
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>"
            + "</INDIVIDUALS></CONSOLIDATED_LIST>";
    assertThatThrownBy(() -> Watchlists.parseUn(xml.getBytes(StandardCharsets.UTF_8), "un.xml"))
        .hasMessageContaining("without REFERENCE_NUMBER")
        .hasMessageContaining("line 1");
  }

  @Test
  void truncatedOfacFilesAreRefused() throws Exception {
    byte[] sdn = Files.readAllBytes(OFAC_2021.resolve("sdn.csv"));
    byte[] alt = Files.readAllBytes(OFAC_2021.resolve("alt.csv"));
    byte[] cutAtLine = Arrays.copyOf(sdn, indexAfterLine(sdn, 100));
    assertThatThrownBy(() -> Watchlists.parseOfac(cutAtLine, null, null, null, "sdn.csv"))
        .hasMessageContaining("sdn.csv")
        .hasMessageContaining("truncated");
    byte[] cutInQuote = Arrays.copyOf(sdn, indexAfterLine(sdn, 100) + 12);
    byte[] withMark = Arrays.copyOf(cutInQuote, cutInQuote.length + 1);
    withMark[withMark.length - 1] = 0x1A;
    assertThatThrownBy(() -> Watchlists.parseOfac(withMark, null, null, null, "sdn.csv"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("sdn.csv");
    byte[] cutAlt = Arrays.copyOf(alt, alt.length / 3);
    assertThatThrownBy(() -> Watchlists.parseOfac(sdn, cutAlt, null, null, "sdn.csv"))
        .hasMessageContaining("alt.csv");
  }

  @Test
  void ofacRowWithWrongShapeNamesItsLine() {
    String sdn =
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "173,\"ANGLO-CARIBBEAN\",-0- ,\"CUBA\"\r\n\u001A";
    assertThatThrownBy(
            () ->
                Watchlists.parseOfac(
                    sdn.getBytes(StandardCharsets.US_ASCII), null, null, null, "sdn.csv"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("12 columns");
  }

  @Test
  void nationalCsvIsReadAndCheckedField(@TempDir Path dir)
      throws IOException, WatchlistFormatException {
    Path ok = dir.resolve("kz-wanted.csv");
    Files.writeString(
        ok,
        "id,name,aliases,birth_date,nationality,document\n"
            + "1,Нұрлан Серікбаев,Nurlan Serikbayev;Serikbaev N.,1975-03-02,KZ,N123\n2,Иван Петров,,,,\n");
    Watchlist list = Watchlists.loadNational(ok);
    assertThat(list.name()).isEqualTo("kz-wanted");
    assertThat(list.entry("1").orElseThrow().aliases())
        .containsExactly("Nurlan Serikbayev", "Serikbaev N.");
    Path badDate = dir.resolve("bad.csv");
    Files.writeString(badDate, "id,name,birth_date\n1,A B,1975-02-30\n");
    assertThatThrownBy(() -> Watchlists.loadNational(badDate))
        .hasMessageContaining("bad.csv, line 2, field birth_date");
    Path cut = dir.resolve("cut.csv");
    Files.writeString(cut, "id,name,aliases\n1,A B,\"X;Y\n");
    assertThatThrownBy(() -> Watchlists.loadNational(cut)).hasMessageContaining("cut.csv");
    Path shortRow = dir.resolve("short.csv");
    Files.writeString(shortRow, "id,name,aliases\n1,A B,C\n2\n");
    assertThatThrownBy(() -> Watchlists.loadNational(shortRow)).hasMessageContaining("line 3");
    Path dup = dir.resolve("dup.csv");
    Files.writeString(dup, "id,name\n1,A B\n1,C D\n");
    assertThatThrownBy(() -> Watchlists.loadNational(dup)).hasMessageContaining("duplicate id 1");
    Path unknown = dir.resolve("unknown.csv");
    Files.writeString(unknown, "id,name,colour\n1,A B,red\n");
    assertThatThrownBy(() -> Watchlists.loadNational(unknown))
        .hasMessageContaining("unknown column 'colour'");
  }

  private static int indexAfterLine(byte[] bytes, int lines) {
    int seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++seen == lines) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("too few lines");
  }
}
