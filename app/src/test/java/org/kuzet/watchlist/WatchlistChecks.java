package org.kuzet.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.kuzet.watchlist.WatchlistFixtures.csv;
import static org.kuzet.watchlist.WatchlistFixtures.uniqueListName;
import static org.kuzet.watchlist.WatchlistFixtures.uniqueSurname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Watchlists on a real database: upload and comparison, refusal of broken files, activation without
 * restart, the screening API and page, refusals, batch screening end to end.
 */
@ExtendWith(PublishedEventsExtension.class)
abstract class WatchlistChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired WatchlistScreening screening;

  // ---- list management ---------------------------------------------------------------------

  @Test
  void uploadShowsWhatTheNewVersionAddsChangesAndRemoves() throws Exception {
    String list = uniqueListName();
    String a = uniqueSurname();
    String b = uniqueSurname();
    String c = uniqueSurname();
    String d = uniqueSurname();
    long v1 = upload(list, "NATIONAL_CSV", csv("v1.csv", WatchlistFixtures.nationalV1(a, b, c)));
    mvc.perform(get("/watchlists/versions/" + v1).with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("first version of the list: all 3 entries are new")));
    activate(v1);

    long v2 = upload(list, "NATIONAL_CSV", csv("v2.csv", WatchlistFixtures.nationalV2(a, b, d)));
    var page =
        mvc.perform(get("/watchlists/versions/" + v2).with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("1 added, 1 changed, 1 removed")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    var doc = Jsoup.parse(page);
    assertThat(doc.select("#added td").text()).contains("D4", d + " Bauyrzhan");
    assertThat(doc.select("#changed td").text()).contains("B2", "birth dates");
    assertThat(doc.select("#removed td").text()).contains("C3", c + " Temirlan");
    assertThat(doc.select("#status").text()).isEqualTo("waiting");

    // The list page shows both versions, the first one active.
    mvc.perform(get("/watchlists/lists/" + list).with(as.user("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 added, 1 changed, 1 removed")));
    assertThat(audited("WATCHLIST_VERSION_UPLOADED", Long.toString(v2))).isEqualTo(1);
  }

  @Test
  void theSameFilesUploadedTwiceAreStoredOnce() throws Exception {
    String list = uniqueListName();
    String content =
        WatchlistFixtures.nationalV1(uniqueSurname(), uniqueSurname(), uniqueSurname());
    long first = upload(list, "NATIONAL_CSV", csv("a.csv", content));
    long second = upload(list, "NATIONAL_CSV", csv("b.csv", content));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aBrokenFileIsRefusedWithItsReasonAndTheOldVersionStaysActive() throws Exception {
    String list = uniqueListName();
    String a = uniqueSurname();
    long v1 =
        upload(
            list,
            "NATIONAL_CSV",
            csv("v1.csv", WatchlistFixtures.nationalV1(a, uniqueSurname(), uniqueSurname())));
    activate(v1);
    String sha = activeSha(list);

    // A bad birth date on line 3: refused, naming the line and field.
    String broken =
        WatchlistFixtures.HEADER + "A1,Someone Else,,,,\nB2,Another One,,31.02.1980,,\n";
    mvc.perform(
            multipart("/watchlists/upload")
                .file(csv("broken.csv", broken))
                .param("listName", list)
                .param("format", "NATIONAL_CSV")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("line 3, field birth_date")));

    // A truncated UN list (cut in the middle of an element) under the same test name is refused
    // too.
    String truncatedUn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
            + "<DATAID>1</DATAID><FIRST_NAME>ABC";
    String unList = uniqueListName();
    mvc.perform(
            multipart("/watchlists/upload")
                .file(
                    new MockMultipartFile(
                        "file",
                        "un.xml",
                        "application/xml",
                        truncatedUn.getBytes(StandardCharsets.UTF_8)))
                .param("listName", unList)
                .param("format", "UN_XML")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("un.xml")));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM wl_list WHERE name = ?")
                .param(unList)
                .query(Long.class)
                .single())
        .isZero();

    assertThat(activeSha(list)).isEqualTo(sha);
    assertThat(screening.screen(ScreeningQuery.of(a + " Zhanibek")).hits())
        .anySatisfy(h -> assertThat(h.listName()).isEqualTo(list));
    assertThat(audited("WATCHLIST_UPLOAD_REFUSED", list)).isEqualTo(1);
  }

  @Test
  void theEuUkAndOpenSanctionsFormatsAreUploadedAndScreened() throws Exception {
    String[][] formats = {
      {"EU_XML", "eu.xml"}, {"UK_CSV", "ConList.csv"}, {"FTM_JSON", "entities.ftm.json"}
    };
    for (String[] f : formats) {
      String list = uniqueListName();
      String surname = uniqueSurname();
      String content =
          switch (f[0]) {
            case "EU_XML" -> WatchlistFixtures.euXml(surname);
            case "UK_CSV" -> WatchlistFixtures.ukCsv(surname);
            default -> WatchlistFixtures.ftmJson(surname);
          };
      long v1 = upload(list, f[0], WatchlistFixtures.file(f[1], content));
      mvc.perform(get("/watchlists/versions/" + v1).with(as.user("analyst.cdc")))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("all 1 entries are new")));
      activate(v1);
      assertThat(screening.screen(ScreeningQuery.of("Жанибек " + surname)).hits())
          .as(f[0])
          .anySatisfy(h -> assertThat(h.listName()).isEqualTo(list));
    }
  }

  @Test
  void aRefusedListFileIsWordedInTheReadersLanguageNamingTheLine() throws Exception {
    String broken =
        WatchlistFixtures.HEADER + "A1,Someone Else,,,,\nB2,Another One,,31.02.1980,,\n";
    String ru = refusalText(uniqueListName(), "ru", csv("broken.csv", broken), "NATIONAL_CSV");
    assertThat(ru)
        .isEqualTo(
            "broken.csv, строка 3, поле birth_date: «31.02.1980» не дата рождения вида 1979-04-12,"
                + " 12.04.1979 или 1979");
    String kk = refusalText(uniqueListName(), "kk", csv("broken.csv", broken), "NATIONAL_CSV");
    assertThat(kk)
        .isEqualTo(
            "broken.csv, 3-жол, birth_date өрісі: «31.02.1980» 1979-04-12, 12.04.1979 немесе 1979"
                + " сияқты туған күн емес");
    String duplicate =
        "<CONSOLIDATED_LIST><INDIVIDUALS>\n"
            + "<INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><FIRST_NAME>A</FIRST_NAME>"
            + "</INDIVIDUAL>\n"
            + "<INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><FIRST_NAME>B</FIRST_NAME>"
            + "</INDIVIDUAL>\n</INDIVIDUALS></CONSOLIDATED_LIST>\n";
    String unRu =
        refusalText(uniqueListName(), "ru", WatchlistFixtures.file("un.xml", duplicate), "UN_XML");
    assertThat(unRu)
        .startsWith("un.xml, строка 3, позиция ")
        .endsWith(": REFERENCE_NUMBER QDi.1 встречается дважды");
    // English stays as the readers write it.
    String en = refusalText(uniqueListName(), "en", csv("broken.csv", broken), "NATIONAL_CSV");
    assertThat(en).startsWith("broken.csv, line 3, field birth_date: ");
  }

  @Test
  void aParsersFailureIsWordedInTheReadersLanguageWithItsOwnTextOnlyAsDetail() throws Exception {
    String truncated =
        "<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><REFERENCE_NUMBER>QDi.1"
            + "</REFERENCE_NUMBER>\n<FIRST_NAME>Ivan";
    var ru = refusal("ru", WatchlistFixtures.file("un.xml", truncated), "UN_XML");
    assertThat(ru.select("#upload-error span").text())
        .startsWith("un.xml, строка 3, позиция ")
        .endsWith(": XML кончается раньше, чем закрыты его элементы (файл обрезан?)");
    assertThat(ru.select("#upload-error-details summary").text())
        .isEqualTo("Технические подробности");
    assertThat(ru.select("#upload-error-details pre").text())
        .contains("must start and end within the same entity");
    var kk = refusal("kk", WatchlistFixtures.file("un.xml", truncated), "UN_XML");
    assertThat(kk.select("#upload-error span").text())
        .startsWith("un.xml, 3-жол, ")
        .endsWith(": XML элементтері жабылмай тұрып аяқталады (файл қиылған ба?)");

    String entity = "<CONSOLIDATED_LIST>\n<INDIVIDUALS>&nbsp;</INDIVIDUALS></CONSOLIDATED_LIST>";
    assertThat(
            refusal("ru", WatchlistFixtures.file("un.xml", entity), "UN_XML")
                .select("#upload-error span")
                .text())
        .startsWith("un.xml, строка 2, позиция ")
        .endsWith(": сущность &nbsp; используется, но не объявлена");
    assertThat(
            refusal("kk", WatchlistFixtures.file("un.xml", entity), "UN_XML")
                .select("#upload-error span")
                .text())
        .endsWith(": &nbsp; нысаны қолданылған, бірақ жарияланбаған");

    String openQuote = WatchlistFixtures.HEADER + "A1,Someone Else,,,,\nB2,\"Another One,,,,\n";
    var csvRu = refusal("ru", csv("open.csv", openQuote), "NATIONAL_CSV");
    assertThat(csvRu.select("#upload-error span").text())
        .isEqualTo("open.csv, строка 3: поле в кавычках открыто здесь и не закрыто");
    assertThat(csvRu.select("#upload-error-details pre").text())
        .contains("EOF reached before encapsulated token finished");
    assertThat(
            refusal("kk", csv("open.csv", openQuote), "NATIONAL_CSV")
                .select("#upload-error span")
                .text())
        .isEqualTo("open.csv, 3-жол: тырнақшадағы өріс осында ашылып, жабылмаған");
  }

  private org.jsoup.nodes.Document refusal(String lang, MockMultipartFile file, String format)
      throws Exception {
    String page =
        mvc.perform(
                multipart("/watchlists/upload")
                    .file(file)
                    .param("listName", uniqueListName())
                    .param("format", format)
                    .param("lang", lang)
                    .with(csrf())
                    .with(as.user("analyst.cdc")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(page);
  }

  @Test
  void theShippedListsAreDescribedInTheReadersLanguage() throws Exception {
    String kk =
        mvc.perform(get("/watchlists").param("lang", "kk").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(kk).text()).contains("Шартты ұлттық тізім: демонстрацияға арналған");
    String en =
        mvc.perform(get("/watchlists").param("lang", "en").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(en).text())
        .contains("Sample national list: fictitious persons")
        .doesNotContain("Условный национальный список");
  }

  private String refusalText(String list, String lang, MockMultipartFile file, String format)
      throws Exception {
    String page =
        mvc.perform(
                multipart("/watchlists/upload")
                    .file(file)
                    .param("listName", list)
                    .param("format", format)
                    .param("lang", lang)
                    .with(csrf())
                    .with(as.user("analyst.cdc")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(page).select("#upload-error span").text();
  }

  @Test
  void hostileOrOversizedListFilesAreRefusedAndNothingIsStored() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE export [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<export><sanctionEntity euReferenceNumber=\"EU.1\"><subjectType code=\"person\"/>"
            + "<nameAlias wholeName=\"&x;\"/></sanctionEntity></export>";
    String euList = uniqueListName();
    mvc.perform(
            multipart("/watchlists/upload")
                .file(WatchlistFixtures.file("eu.xml", xxe))
                .param("listName", euList)
                .param("format", "EU_XML")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("DOCTYPE is not allowed")))
        .andExpect(content().string(not(containsString("root:"))));
    byte[] big = new byte[32 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    String jsonList = uniqueListName();
    mvc.perform(
            multipart("/watchlists/upload")
                .file(new MockMultipartFile("file", "entities.ftm.json", "application/json", big))
                .param("listName", jsonList)
                .param("format", "FTM_JSON")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("more than the limit")));
    String badJson = uniqueListName();
    mvc.perform(
            multipart("/watchlists/upload")
                .file(
                    WatchlistFixtures.file(
                        "entities.ftm.json", "{\"id\":\"a\",\"schema\":\"Person\"}\nnot json\n"))
                .param("listName", badJson)
                .param("format", "FTM_JSON")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("entities.ftm.json, line 1")));
    for (String list : new String[] {euList, jsonList, badJson}) {
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM wl_list WHERE name = ?")
                  .param(list)
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void activationSwapsTheEngineWithoutRestartAndPublishesWatchlistActivated(PublishedEvents events)
      throws Exception {
    String list = uniqueListName();
    String a = uniqueSurname();
    String d = uniqueSurname();
    long v1 =
        upload(
            list,
            "NATIONAL_CSV",
            csv("v1.csv", WatchlistFixtures.nationalV1(a, uniqueSurname(), uniqueSurname())));
    activate(v1);
    long v2 =
        upload(
            list,
            "NATIONAL_CSV",
            csv("v2.csv", WatchlistFixtures.nationalV2(a, uniqueSurname(), d)));

    // Staged, not yet in force: the new entry is not found, and the result names version 1.
    ScreeningResult before = screening.screen(ScreeningQuery.of(d + " Bauyrzhan"));
    assertThat(before.hits()).noneSatisfy(h -> assertThat(h.listName()).isEqualTo(list));
    String v1Sha = before.listVersions().get(list);
    assertThat(v1Sha).isNotNull();

    activate(v2);

    ScreeningResult after = screening.screen(ScreeningQuery.of(d + " Bauyrzhan"));
    assertThat(after.hits())
        .first()
        .satisfies(
            h -> {
              assertThat(h.listName()).isEqualTo(list);
              assertThat(h.entryId()).isEqualTo("D4");
              assertThat(h.listVersion()).isEqualTo(after.listVersions().get(list));
            });
    String v2Sha = after.listVersions().get(list);
    assertThat(v2Sha).isNotEqualTo(v1Sha);
    assertThat(
            events
                .ofType(WatchlistActivated.class)
                .matching(WatchlistActivated::listName, list)
                .matching(WatchlistActivated::version, v2Sha))
        .hasSize(1);
    assertThat(
            jdbc.sql("SELECT status FROM wl_version WHERE id = ?")
                .param(v1)
                .query(String.class)
                .single())
        .isEqualTo("RETIRED");
    assertThat(audited("WATCHLIST_VERSION_ACTIVATED", Long.toString(v2))).isEqualTo(1);
  }

  // ---- screening API and page --------------------------------------------------------------

  @Test
  void theApiExplainsInTheRequestedLanguageAndGivesTheEvidenceInParts() throws Exception {
    String body = "{\"name\":\"Serikbayev Nurlan\",\"birthDate\":\"1979\",\"nationality\":\"KZ\"}";
    mvc.perform(
            post("/api/screening/check")
                .param("lang", "kk")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].entryId").value("KZN-001"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].kind").value("BIRTH_DATE"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].outcome").value("SAME_YEAR"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].queryValue").value("1979"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].listValue").value("1979-04-12"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].points").value(5))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[1].outcome").value("AMONG_LISTED"))
        .andExpect(
            jsonPath("$.hits[0].explanationText")
                .value(containsString("Туған күні: туған күні 1979; тізімде 1979-04-12 +5")))
        .andExpect(
            jsonPath("$.hits[0].explanationText")
                .value(containsString("Қазақстан тізімдегі азаматтықтардың бірі: Қазақстан")))
        .andExpect(jsonPath("$.hits[0].explanationText").value(not(containsString("Kazakhstan"))));
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.hits[0].explanationText")
                .value(containsString("Birth date: born 1979; the list says 1979-04-12 +5")));
  }

  @Test
  void theApiSaysWhenOnlyInitialsMatchedInTheRequestedLanguage() throws Exception {
    String body = "{\"name\":\"SERIKBAYEV N.\",\"birthDate\":\"1979\"}";
    mvc.perform(
            post("/api/screening/check")
                .param("lang", "ru")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].entryId").value("KZN-001"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].kind").value("NAME_INITIALS"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].outcome").value("INITIALS_ONLY"))
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].queryValue").value("n"))
        .andExpect(
            jsonPath("$.hits[0].explanationText").value(containsString("совпали только инициалы")));
  }

  @Test
  void theApiFindsAListedNameWrittenInCyrillicWithItsExplanation() throws Exception {
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Серікбаев Нұрлан Әбішұлы\",\"birthDate\":\"1979-04-12\"}")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].list").value("KZ-NATIONAL"))
        .andExpect(jsonPath("$.hits[0].entryId").value("KZN-001"))
        .andExpect(jsonPath("$.hits[0].explanation.parts").isNotEmpty())
        .andExpect(jsonPath("$.hits[0].explanation.evidence[0].kind").value("BIRTH_DATE"))
        .andExpect(jsonPath("$.hits[0].explanationText").value(containsString("Серікбаев")))
        .andExpect(jsonPath("$.listVersions.KZ-NATIONAL").isString())
        .andExpect(jsonPath("$.listVersions.UN").isString())
        .andExpect(jsonPath("$.listVersions.OFAC").isString());

    // The same person written in Latin letters, and a person of the real UN list in Cyrillic.
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"SERIKBAEV NURLAN\"}")
                .with(as.user("investigator.fp")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].entryId").value("KZN-001"));
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Шамиль Магомедович Измайлов\"}")
                .with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[*].entryId", hasItem("QDi.368")));
  }

  @Test
  void theApiAnswersValidationProblemsNamingTheField() throws Exception {
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"  \"}")
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Nurlan\",\"birthDate\":\"31.02.1979\"}")
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
  }

  @Test
  void unauthenticatedCallersGet401AndOtherRoles403() throws Exception {
    String body = "{\"name\":\"Серікбаев Нұрлан\"}";
    mvc.perform(post("/api/screening/check").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/screening/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/screening").with(as.user("caseworker.mp"))).andExpect(status().isForbidden());
    mvc.perform(get("/watchlists").with(as.user("officer.cdc"))).andExpect(status().isForbidden());
    mvc.perform(get("/watchlists")).andExpect(status().isUnauthorized());
    mvc.perform(
            multipart("/watchlists/upload")
                .file(csv("x.csv", WatchlistFixtures.HEADER + "A1,Someone,,,,\n"))
                .param("listName", uniqueListName())
                .param("format", "NATIONAL_CSV")
                .with(csrf())
                .with(as.user("guard.bg")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theScreeningPageExplainsAHitInTheUsersLanguage() throws Exception {
    String page =
        mvc.perform(
                post("/screening")
                    .param("name", "Serikbayev Nurlan")
                    .param("birthDate", "")
                    .param("nationality", "KZ")
                    .param("documentNumber", "")
                    .param("lang", "ru")
                    .with(csrf())
                    .with(as.user("guard.bg")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var doc = Jsoup.parse(page);
    assertThat(doc.select("#results h2").text()).startsWith("Совпадений:");
    assertThat(doc.select("#results").text())
        .contains("Серікбаев Нұрлан Әбішұлы", "Как совпадают", "Гражданство");
    // the engine's evidence comes in parts; the page words them in the user's language
    assertThat(doc.select("#results li").text())
        .contains("Казахстан входит в гражданства по списку: Казахстан")
        .doesNotContain("is among the list");
    assertThat(doc.select("#versions-used .badge").eachText())
        .anyMatch(t -> t.startsWith("KZ-NATIONAL "));
    // the version reads as its number and load date; the hash stays in the title
    var national =
        doc.select("#versions-used .badge").stream()
            .filter(b -> b.text().startsWith("KZ-NATIONAL "))
            .findFirst()
            .orElseThrow();
    assertThat(national.text())
        .matches("KZ-NATIONAL \\(версия \\d+ от \\d\\d\\.\\d\\d\\.\\d{4}\\)");
    assertThat(national.attr("title")).matches("[0-9a-f]{64}");
    // each hit names its list version the same way, the hash only in the title
    var source = doc.select("#results .hit-source").first();
    assertThat(source).isNotNull();
    assertThat(source.text())
        .matches("Запись \\S+ из KZ-NATIONAL \\(версия \\d+ от \\d\\d\\.\\d\\d\\.\\d{4}\\)");
    assertThat(source.attr("title")).matches("[0-9a-f]{64}");

    // A plain form post with a blank name answers 400; htmx gets only the form, marked.
    mvc.perform(post("/screening").param("name", "").with(csrf()).with(as.user("guard.bg")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the name to screen")));
    mvc.perform(
            post("/screening")
                .param("name", "")
                .header("HX-Request", "true")
                .with(csrf())
                .with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the name to screen")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void analystsSeeTheWatchlistsPanelOnTheirHomePage() throws Exception {
    mvc.perform(get("/home").with(as.user("analyst.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("panel-watchlists")))
        .andExpect(content().string(containsString("KZ-NATIONAL")));
    mvc.perform(get("/home").with(as.user("officer.cdc")))
        .andExpect(content().string(not(containsString("panel-watchlists"))));
  }

  // ---- batch screening ---------------------------------------------------------------------

  @Test
  void aBatchIsScreenedInTheBackgroundAndOnlyItsOwnerDownloadsTheResult() throws Exception {
    String file =
        "id,name,birth_date,nationality\n"
            + "q1,Серікбаев Нұрлан,1979-04-12,KZ\n"
            + "q2,Aigerim Nobody Listedova,,\n"
            + "q3,,,\n"
            + "q4,Zhaksylykov Yerlan,12.13.1985,\n"
            + "\n"
            + "q5,Жақсылықов Ерлан Болатұлы,,\n";
    String location =
        mvc.perform(
                multipart("/screening/batches")
                    .file(csv("names.csv", file))
                    .with(csrf())
                    .with(as.user("analyst.cdc")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/screening/batches/");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                "DONE"
                    .equals(
                        jdbc.sql("SELECT status FROM wl_batch WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single()));

    String progress =
        mvc.perform(get(location + "/progress").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var doc = Jsoup.parse(progress);
    assertThat(doc.select("#progress").attr("hx-trigger")).isEmpty();
    assertThat(doc.select("#row-errors td").eachText())
        .contains("4", "The name field is empty", "5");
    // Row errors are worded in the reader's language from their code and arguments.
    String ru =
        mvc.perform(get(location + "/progress").param("lang", "ru").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(ru).select("#row-errors td").eachText())
        .contains(
            "Поле имени пустое",
            "Дата рождения «12.13.1985» не является датой вида 1979-04-12, 12.04.1979 или годом вида 1979");

    String result =
        mvc.perform(get(location + "/result.csv").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var lines = result.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFline,query_id,query_name,outcome,list,entry_id,matched_name,score,list_version,detail");
    assertThat(lines).anyMatch(l -> l.startsWith("2,q1,Серікбаев Нұрлан,HIT,KZ-NATIONAL,KZN-001,"));
    assertThat(lines).anyMatch(l -> l.startsWith("3,q2,Aigerim Nobody Listedova,CLEAR,"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("4,q3,,ERROR,") && l.contains("field name: empty"));
    assertThat(lines).anyMatch(l -> l.startsWith("5,q4,,ERROR,") && l.contains("field birth_date"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("7,q5,Жақсылықов Ерлан Болатұлы,HIT,KZ-NATIONAL,KZN-002,"));
    assertThat(audited("SCREENING_BATCH_EXPORTED", Long.toString(id))).isEqualTo(1);

    // Another user of the same agency, or of another agency, does not even learn it exists.
    mvc.perform(get(location + "/result.csv").with(as.user("officer.cdc")))
        .andExpect(status().isNotFound());
    mvc.perform(get(location).with(as.user("analyst.bg"))).andExpect(status().isNotFound());
    mvc.perform(get(location + "/result.csv")).andExpect(status().isUnauthorized());
  }

  @Test
  void aBatchFileWithoutTheRequiredHeaderOrTooLargeIsRefused() throws Exception {
    mvc.perform(
            multipart("/screening/batches")
                .file(csv("bad.csv", "name,surname\nA,B\n"))
                .with(csrf())
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("line 1: unknown column")));
    // The reader's language names what is wrong and where.
    mvc.perform(
            multipart("/screening/batches")
                .file(csv("bad.csv", "name,surname\nA,B\n"))
                .param("lang", "ru")
                .with(csrf())
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("строка 1: неизвестный столбец «surname»")));
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'a');
    mvc.perform(
            multipart("/screening/batches")
                .file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .with(csrf())
                .with(as.user("officer.cdc")))
        .andExpect(status().isPayloadTooLarge());
  }

  // ---- helpers -----------------------------------------------------------------------------

  private long upload(String list, String format, MockMultipartFile file) throws Exception {
    String location =
        mvc.perform(
                multipart("/watchlists/upload")
                    .file(file)
                    .param("listName", list)
                    .param("format", format)
                    .with(csrf())
                    .with(as.user("analyst.cdc")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/watchlists/versions/");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private void activate(long versionId) throws Exception {
    mvc.perform(
            post("/watchlists/versions/" + versionId + "/activate")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().is3xxRedirection());
  }

  private String activeSha(String list) {
    return jdbc.sql(
            "SELECT v.sha256 FROM wl_version v JOIN wl_list l ON l.id = v.list_id"
                + " WHERE l.name = ? AND v.status = 'ACTIVE'")
        .param(list)
        .query(String.class)
        .single();
  }

  private long audited(String action, String targetId) {
    return jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE action = ? AND target_id = ?")
        .params(action, targetId)
        .query(Long.class)
        .single();
  }
}
