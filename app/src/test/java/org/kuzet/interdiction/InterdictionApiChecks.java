package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.kuzet.interdiction.InterdictionFixtures.BG_POST;
import static org.kuzet.interdiction.InterdictionFixtures.CDC_POST;
import static org.kuzet.interdiction.InterdictionFixtures.postId;
import static org.kuzet.interdiction.InterdictionFixtures.uniquePlate;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The interdiction API on a real database: logging through the same service as the page, with hits
 * in the answer; idempotent retries; paging; ETags on closing a lookout; seizures with custody;
 * refusals of another agency (404, audited) and of the wrong role (403).
 */
abstract class InterdictionApiChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;

  static String inspectionJson(long post, String plate, String driverBorn) {
    String at =
        OffsetDateTime.now(ZoneOffset.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).toString();
    return """
        {"post": %d, "inspectedAt": "%s", "plate": "%s", "vehicleType": "TRUCK", "direction": "NORTH",
         "persons": [
           {"role": "DRIVER", "name": "Бекмуханов Ерболат", "birthDate": "%s", "nationality": "KAZ",
            "document": "N%s"},
           {"role": "PASSENGER", "name": "Жаксылыков Ерлан", "birthDate": "1985-11-03",
            "nationality": "KAZ", "document": "N12345678"},
           {"role": "PASSENGER", "name": "Ivanova Anna", "birthDate": "1990-02-01", "nationality": "RUS"}]}"""
        .formatted(post, at, plate, driverBorn, plate);
  }

  long count(String sql, Object... args) {
    return jdbc.sql(sql).params(args).query(Long.class).single();
  }

  @Test
  void anOfficerLogsThreePersonsAndGetsTheWatchlistHitInTheAnswer() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    var answer =
        mvc.perform(
                post("/api/interdiction/inspections")
                    .with(as.user("officer.cdc"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(inspectionJson(post, plate, "1979-03-14")))
            .andExpect(status().isCreated())
            .andExpect(
                header().string("Location", matchesPattern("/api/interdiction/inspections/\\d+")))
            .andExpect(jsonPath("$.id").isNumber())
            .andExpect(jsonPath("$.screened").value(true))
            .andExpect(jsonPath("$.hits[?(@.kind == 'WATCHLIST')].person", hasItem(1)))
            .andExpect(jsonPath("$.hits[0].list").isString())
            .andExpect(jsonPath("$.hits[0].entryId").isString())
            .andExpect(jsonPath("$.hits[0].score").isNumber())
            .andExpect(jsonPath("$.hits[0].explanation").isString())
            .andExpect(jsonPath("$.hits[0].foundAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
            .andExpect(jsonPath("$.risk.score").isNumber())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

    mvc.perform(get("/api/interdiction/inspections/{id}", id).with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.vehicle.plate").value(plate))
        .andExpect(jsonPath("$.persons.length()").value(3))
        .andExpect(jsonPath("$.persons[1].name").value("Жаксылыков Ерлан"))
        .andExpect(jsonPath("$.persons[1].documentNumber").value("N12345678"));
    mvc.perform(get("/api/interdiction/inspections/{id}/persons", id).with(as.user("officer.cdc")))
        .andExpect(jsonPath("$.length()").value(3));
    // Logged through the page's service: the same audit entry, the same person rows.
    assertThat(
            count(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'INSPECTION_LOGGED' AND target_id = ?",
                String.valueOf(id)))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM intd_person WHERE inspection_id = ?", id)).isEqualTo(3);
  }

  @Test
  void aRetryWithTheSameKeyCreatesNothingTwiceAndAnotherBodyIsRefused() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    String key = UUID.randomUUID().toString();
    String body = inspectionJson(post, plate, "1979-03-14");
    String first =
        mvc.perform(
                post("/api/interdiction/inspections")
                    .with(as.user("officer.cdc"))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String again =
        mvc.perform(
                post("/api/interdiction/inspections")
                    .with(as.user("officer.cdc"))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("Idempotent-Replayed", "true"))
            .andExpect(
                header().string("Location", matchesPattern("/api/interdiction/inspections/\\d+")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((Object) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate))
        .isEqualTo(1);

    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(inspectionJson(post, plate, "1970-01-01")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    // Without a key, the same plate in the same minute is a suspected duplicate: 409, nothing
    // saved.
    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("confirmDuplicate")));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate))
        .isEqualTo(1);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(inspectionJson(post, plate, "2031-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("persons[0].birthDate")));
    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"plate\": \"" + plate + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("post")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("direction")));
    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(inspectionJson(999_999_999L, plate, "1979-03-14")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("post"));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate)).isZero();
  }

  @Test
  void listsPageSortAndRefuseBadParametersByName() throws Exception {
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/interdiction/inspections")
                  .with(as.user("officer.cdc"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(inspectionJson(postId(jdbc, CDC_POST), uniquePlate(), "1979-03-14")))
          .andExpect(status().isCreated());
    }
    mvc.perform(get("/api/interdiction/posts").with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem(CDC_POST)))
        .andExpect(jsonPath("$.sort").value("code,asc"));
    mvc.perform(get("/api/interdiction/posts").with(as.user("guard.bg")))
        .andExpect(jsonPath("$.items[*].code", hasItem(BG_POST)));
    mvc.perform(
            get("/api/interdiction/inspections")
                .param("size", "2")
                .param("sort", "id,desc")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.sort").value("id,desc"))
        .andExpect(jsonPath("$.items.length()").value(2));
    mvc.perform(
            get("/api/interdiction/inspections").param("size", "5000").with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(
            get("/api/interdiction/inspections")
                .param("sort", "officer;DROP")
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
    mvc.perform(
            get("/api/interdiction/inspections").param("page", "x").with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(
            get("/api/interdiction/inspections")
                .param("from", "yesterday")
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    // Another agency's post as a filter is refused, not answered empty.
    mvc.perform(
            get("/api/interdiction/inspections")
                .param("post", String.valueOf(postId(jdbc, BG_POST)))
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("post"));
  }

  @Test
  void anotherAgencyGets404AuditedAndTheWrongRole403() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String answer =
        mvc.perform(
                post("/api/interdiction/inspections")
                    .with(as.user("officer.cdc"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(inspectionJson(post, uniquePlate(), "1979-03-14")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
    mvc.perform(get("/api/interdiction/inspections/{id}", id).with(as.user("guard.bg")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(
            count(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'INSPECTION_REFUSED' AND actor = 'guard.bg' AND target_id = ?",
                String.valueOf(id)))
        .isEqualTo(1);
    // A border guard cannot log at a checkpoint of the drug-control committee.
    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("guard.bg"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(inspectionJson(post, uniquePlate(), "1979-03-14")))
        .andExpect(status().isForbidden());
    // The program office has no business with inspections at all.
    for (String path :
        new String[] {
          "/api/interdiction/posts",
          "/api/interdiction/inspections/" + id,
          "/api/interdiction/seizures",
          "/api/interdiction/lookouts"
        }) {
      mvc.perform(get(path).with(as.user("pm.inl")))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
  }

  @Test
  void aLookoutIsIssuedMatchedAndClosedOnlyWithItsCurrentETag() throws Exception {
    String plate = uniquePlate();
    String expires =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.SECONDS).toString();
    var issued =
        mvc.perform(
                post("/api/interdiction/lookouts")
                    .with(as.user("analyst.cdc"))
                    .header("Idempotency-Key", "lk-" + plate)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"subject\":\"VEHICLE\",\"plate\":\""
                            + plate
                            + "\",\"reason\":\"courier seen in Merke\",\"expiresAt\":\""
                            + expires
                            + "\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().exists("ETag"))
            .andReturn()
            .getResponse();
    long lookout = ((Number) JsonPath.read(issued.getContentAsString(), "$.id")).longValue();
    String etag = issued.getHeader("ETag");

    mvc.perform(
            post("/api/interdiction/inspections")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(inspectionJson(postId(jdbc, CDC_POST), plate, "1979-03-14")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.hits[?(@.kind == 'LOOKOUT')].lookout", hasItem((int) lookout)));
    mvc.perform(get("/api/interdiction/lookouts/{id}/hits", lookout).with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(
            get("/api/interdiction/lookouts")
                .param("active", "true")
                .param("size", "200")
                .with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) lookout)));

    mvc.perform(post("/api/interdiction/lookouts/{id}/close", lookout).with(as.user("analyst.cdc")))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post("/api/interdiction/lookouts/{id}/close", lookout)
                .with(as.user("analyst.cdc"))
                .header("If-Match", "\"stale\""))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(get("/api/interdiction/lookouts/{id}", lookout).with(as.user("analyst.cdc")))
        .andExpect(header().string("ETag", etag));
    mvc.perform(
            post("/api/interdiction/lookouts/{id}/close", lookout)
                .with(as.user("analyst.cdc"))
                .header("If-Match", etag))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.closedAt").isString());
    // Closed since: the old tag no longer matches.
    mvc.perform(
            post("/api/interdiction/lookouts/{id}/close", lookout)
                .with(as.user("analyst.cdc"))
                .header("If-Match", etag))
        .andExpect(status().isPreconditionFailed());
  }

  @Test
  void aSeizureIsRecordedAndHandedOverWithItsCustodyChain() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String key = UUID.randomUUID().toString();
    String body =
        "{\"post\":"
            + post
            + ",\"drugType\":\"HASHISH\",\"quantity\":12.5,\"unit\":\"KG\",\"transportMode\":\"ROAD\"}";
    var created =
        mvc.perform(
                post("/api/interdiction/seizures")
                    .with(as.user("officer.cdc"))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    mvc.perform(
            post("/api/interdiction/seizures")
                .with(as.user("officer.cdc"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(jsonPath("$.id").value(id));
    assertThat(
            count(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'SEIZURE_RECORDED' AND target_id = ?",
                String.valueOf(id)))
        .isEqualTo(1);

    mvc.perform(
            post("/api/interdiction/seizures/{id}/custody", id)
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"holder\":\"Evidence room, Taraz\",\"holderAgency\":\"CDC_MOI\",\"purpose\":\"storage\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.seq").value(2));
    mvc.perform(get("/api/interdiction/seizures/{id}", id).with(as.user("officer.cdc")))
        .andExpect(jsonPath("$.custody.length()").value(2))
        .andExpect(jsonPath("$.custodyIntact").value(true));
    mvc.perform(
            get("/api/interdiction/seizures").param("drug", "HASHISH").with(as.user("officer.cdc")))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

    mvc.perform(get("/api/interdiction/seizures/{id}", id).with(as.user("guard.bg")))
        .andExpect(status().isNotFound());
    assertThat(
            count(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'SEIZURE_REFUSED' AND target_id = ?",
                String.valueOf(id)))
        .isEqualTo(1);
    mvc.perform(
            post("/api/interdiction/seizures/{id}/custody", id)
                .with(as.user("guard.bg"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"holder\":\"x\",\"holderAgency\":\"BORDER_GUARDS\"}"))
        .andExpect(status().isNotFound());
  }
}
