package org.kuzet.engine.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;

/** The EU XML, UK CSV and OpenSanctions FollowTheMoney adapters on fixtures in each real format. */
class NewListFormatsTest {

  static final Path EU = fixture("eu-consolidated-sample.xml");
  static final Path UK = fixture("uk-conlist-sample.csv");
  static final Path FTM = fixture("opensanctions-sample.ftm.json");

  static Path fixture(String name) {
    return Path.of("src/test/resources/lists", name);
  }

  @Test
  void euListReadsPersonsEntitiesDatesAndDocuments() throws Exception {
    Watchlist eu = Watchlists.loadEu(EU);
    assertThat(eu.name()).isEqualTo("EU");
    assertThat(eu.entries()).hasSize(3);
    WatchlistEntry lavrov = eu.entry("EU.7716.69").orElseThrow();
    assertThat(lavrov.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(lavrov.primaryName()).isEqualTo("Sergey Viktorovich Lavrov");
    assertThat(lavrov.aliases()).containsExactly("Сергей Викторович Лавров");
    assertThat(lavrov.birthDates()).containsExactly(BirthDate.parse("1950-03-21"));
    assertThat(lavrov.nationalities()).containsExactly("RUSSIAN FEDERATION");
    assertThat(lavrov.documents()).containsExactly("100000042");
    assertThat(eu.entry("EU.8204.66").orElseThrow().kind()).isEqualTo(EntryKind.ENTITY);
    assertThat(eu.entry("EU.27.28").orElseThrow().aliases()).containsExactly("Abu Ali");
  }

  @Test
  void ukListGroupsRowsByGroupId() throws Exception {
    Watchlist uk = Watchlists.loadUk(UK);
    assertThat(uk.name()).isEqualTo("UK");
    assertThat(uk.entries()).hasSize(3);
    WatchlistEntry lavrov = uk.entry("14196").orElseThrow();
    assertThat(lavrov.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(lavrov.primaryName()).isEqualTo("Sergei Viktorovich LAVROV");
    assertThat(lavrov.aliases())
        .containsExactly("Сергей Викторович ЛАВРОВ", "Sergey Viktorovich LAVROV");
    assertThat(lavrov.birthDates()).containsExactly(BirthDate.parse("1950-03-21"));
    WatchlistEntry timur = uk.entry("15020").orElseThrow();
    assertThat(timur.birthDates()).containsExactly(BirthDate.ofYear(1974));
    assertThat(timur.nationalities()).containsExactly("Russia", "Kazakhstan");
    assertThat(timur.documents()).containsExactly("723456789");
    assertThat(uk.entry("16001").orElseThrow().kind()).isEqualTo(EntryKind.ENTITY);
  }

  @Test
  void followTheMoneyKeepsNamedPartiesAndSkipsOtherSchemata() throws Exception {
    Watchlist os = Watchlists.loadFollowTheMoney(FTM);
    assertThat(os.name()).isEqualTo("OpenSanctions");
    assertThat(os.entries())
        .extracting(WatchlistEntry::id)
        .containsExactly("NK-2GwbpQ6jw7HEv9L8Z8vC4K", "ofac-18715", "Q-org-9", "NK-kz-1");
    WatchlistEntry lavrov = os.entry("NK-2GwbpQ6jw7HEv9L8Z8vC4K").orElseThrow();
    assertThat(lavrov.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(lavrov.aliases())
        .containsExactly("Сергей Викторович Лавров", "Sergei Lavrov", "Siarhei Lauroŭ");
    assertThat(lavrov.nationalities()).containsExactly("ru");
    assertThat(lavrov.documents()).containsExactly("100000042");
    assertThat(os.entry("ofac-18715").orElseThrow().kind()).isEqualTo(EntryKind.ENTITY);
    assertThat(os.entry("Q-org-9").orElseThrow().aliases()).containsExactly("AEB");
    WatchlistEntry nurlan = os.entry("NK-kz-1").orElseThrow();
    assertThat(nurlan.birthDates()).containsExactly(new BirthDate(1975, 6, 0, 1975));
    assertThat(nurlan.nationalities()).containsExactly("kz");
    assertThat(Watchlists.parseFollowTheMoney(Files.readAllBytes(FTM), "x.json").version())
        .isEqualTo(os.version());
  }

  @Test
  void eachNewListIsScreenedAcrossScripts() throws Exception {
    ScreeningEngine engine =
        ScreeningEngine.of(
            List.of(
                Watchlists.loadEu(EU), Watchlists.loadUk(UK), Watchlists.loadFollowTheMoney(FTM)));
    List<ScreeningHit> hits =
        engine.screen(new ScreeningQuery("Лавров Сергей Викторович", null, null, null));
    assertThat(hits).extracting(ScreeningHit::listName).contains("EU", "UK", "OpenSanctions");
  }

  @Test
  void directoryLoaderRecognisesEachFormat(@TempDir Path dir) throws Exception {
    Files.copy(EU, dir.resolve("eu.xml"));
    Files.copy(UK, dir.resolve("ConList.csv"));
    Files.copy(FTM, dir.resolve("entities.ftm.json"));
    assertThat(Watchlists.loadDirectory(dir))
        .extracting(Watchlist::name)
        .containsExactlyInAnyOrder("EU", "UK", "OpenSanctions");
  }

  @Test
  void euXmlWithDoctypeOrEntityIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE export [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<export><sanctionEntity euReferenceNumber=\"EU.1\"><nameAlias wholeName=\"&x;\"/></sanctionEntity></export>";
    assertThatThrownBy(() -> Watchlists.parseEu(xxe.getBytes(StandardCharsets.UTF_8), "eu.xml"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("eu.xml")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void truncatedEuXmlNamesWhere() throws Exception {
    byte[] whole = Files.readAllBytes(EU);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> Watchlists.parseEu(cut, "eu.xml"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("eu.xml");
  }

  @Test
  void ukCsvWithoutItsColumnsOrWithABadDateIsRefused() {
    assertThatThrownBy(
            () ->
                Watchlists.parseUk(
                    "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8), "ConList.csv"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("Name 6");
    String badDate =
        "Last Updated,01/01/2026\nName 6,Name 1,DOB,Group Type,Group ID\nPETROV,Ivan,1970-13-01,Individual,1\n";
    assertThatThrownBy(
            () -> Watchlists.parseUk(badDate.getBytes(StandardCharsets.UTF_8), "ConList.csv"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("line 3, field DOB");
  }

  @Test
  void followTheMoneyLineThatIsNotAnEntityIsRefusedWithItsLine() {
    String text =
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrov\"]}}\n[1,2]\n";
    assertThatThrownBy(
            () -> Watchlists.parseFollowTheMoney(text.getBytes(StandardCharsets.UTF_8), "e.json"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("line 2");
    String truncated = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan";
    assertThatThrownBy(
            () ->
                Watchlists.parseFollowTheMoney(
                    truncated.getBytes(StandardCharsets.UTF_8), "e.json"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("line 1");
    String deep =
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":"
            + "[".repeat(500)
            + "]".repeat(500)
            + "}";
    assertThatThrownBy(
            () -> Watchlists.parseFollowTheMoney(deep.getBytes(StandardCharsets.UTF_8), "e.json"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void aLineThatIsNotJsonIsRefusedByCodeWithTheParsersWordsOnlyAsDetail() {
    String truncated = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan";
    WatchlistFormatException refused =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () ->
                Watchlists.parseFollowTheMoney(
                    truncated.getBytes(StandardCharsets.UTF_8), "e.json"));
    assertThat(refused.problem()).isEqualTo(ListFileProblem.NOT_JSON);
    assertThat(refused.args()).isEmpty();
    assertThat(refused.reason()).isEqualTo("not JSON");
    assertThat(refused.detail()).isNotBlank();
  }

  @Test
  void followTheMoneyLineBeyondTheLimitIsRefused() {
    byte[] huge = new byte[FollowTheMoneyReader.MAX_LINE + 10];
    Arrays.fill(huge, (byte) ' ');
    assertThatThrownBy(() -> Watchlists.parseFollowTheMoney(huge, "e.json"))
        .isInstanceOf(WatchlistFormatException.class)
        .hasMessageContaining("longer than");
  }
}
