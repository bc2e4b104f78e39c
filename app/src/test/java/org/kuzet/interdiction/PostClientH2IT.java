package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.interdiction.InterdictionFixtures.CDC_POST;
import static org.kuzet.interdiction.InterdictionFixtures.postId;
import static org.kuzet.interdiction.InterdictionFixtures.uniquePlate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.example.kuzet.postclient.PostClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example client of docs/api.md ({@code examples/post-client}) against the running application
 * on a random port, with a real API token: it logs an inspection, survives an answer lost on the
 * way without logging twice, and reports a refusal with the field at fault.
 */
@OnH2
class PostClientH2IT {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  /** A personal API token of the officer, made on the account page as a user makes one. */
  String officerToken() throws Exception {
    var created =
        mvc.perform(
                post("/account/tokens")
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("name", "plate camera")
                    .param("password", "kuzet-demo-2009")
                    .param("access", "write")
                    .param("days", "30"))
            .andReturn();
    String page =
        mvc.perform(get("/account").with(as.user("officer.cdc")).flashAttrs(created.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = Jsoup.parse(page).select("#new-token").text();
    assertThat(token).startsWith("kzt_");
    return token;
  }

  long inspectionsOf(String plate) {
    return jdbc.sql("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?")
        .param(plate)
        .query(Long.class)
        .single();
  }

  @Test
  void theClientLogsAnInspectionWithItsTokenAndPrintsTheHits() throws Exception {
    String plate = uniquePlate();
    var client =
        new PostClient(
            URI.create("http://localhost:" + port),
            officerToken(),
            Duration.ofSeconds(20),
            3,
            Duration.ofMillis(50));
    assertThat(client.posts().findValues("code").stream().map(n -> n.asString()).toList())
        .contains(CDC_POST);

    PostClient.Logged logged =
        client.logInspection(
            InterdictionApiChecks.inspectionJson(postId(jdbc, CDC_POST), plate, "1979-03-14"));
    assertThat(logged.id()).isPositive();
    assertThat(logged.replayed()).isFalse();
    assertThat(logged.hits())
        .anySatisfy(
            h -> {
              assertThat(h.kind()).isEqualTo("WATCHLIST");
              assertThat(h.person()).isEqualTo(1);
              assertThat(h.list()).isNotBlank();
              assertThat(h.entryId()).isNotBlank();
              assertThat(h.explanation()).isNotBlank();
            });
    assertThat(inspectionsOf(plate)).isEqualTo(1);
  }

  @Test
  void anAnswerLostOnTheWayIsRetriedWithTheSameKeyAndLogsNothingTwice() throws Exception {
    String plate = uniquePlate();
    var lost = new AtomicInteger();
    HttpServer proxy = lossyProxy(URI.create("http://localhost:" + port), lost);
    try {
      var client =
          new PostClient(
              URI.create("http://localhost:" + proxy.getAddress().getPort()),
              officerToken(),
              Duration.ofSeconds(20),
              4,
              Duration.ofMillis(50));
      PostClient.Logged logged =
          client.logInspection(
              InterdictionApiChecks.inspectionJson(postId(jdbc, CDC_POST), plate, "1979-03-14"));
      assertThat(lost.get())
          .as("the first answer was lost after the server logged it")
          .isEqualTo(1);
      assertThat(logged.attempts()).isEqualTo(2);
      assertThat(logged.replayed()).isTrue();
      assertThat(inspectionsOf(plate)).isEqualTo(1);
      assertThat(
              jdbc.sql("SELECT id FROM intd_inspection WHERE plate_key = ?")
                  .param(plate)
                  .query(Long.class)
                  .single())
          .isEqualTo(logged.id());
    } finally {
      proxy.stop(0);
    }
  }

  @Test
  void aRefusalIsNotRetriedAndNamesTheField() throws Exception {
    String plate = uniquePlate();
    var client =
        new PostClient(
            URI.create("http://localhost:" + port),
            officerToken(),
            Duration.ofSeconds(20),
            3,
            Duration.ofMillis(50));
    assertThatThrownBy(
            () ->
                client.logInspection(
                    InterdictionApiChecks.inspectionJson(
                        postId(jdbc, CDC_POST), plate, "2031-01-01")))
        .isInstanceOfSatisfying(
            PostClient.Refused.class,
            r -> {
              assertThat(r.status()).isEqualTo(400);
              assertThat(r.problem()).contains("persons[0].birthDate");
            });
    assertThat(inspectionsOf(plate)).isZero();
    var anonymous =
        new PostClient(
            URI.create("http://localhost:" + port),
            "kzt_not-a-token",
            Duration.ofSeconds(20),
            3,
            Duration.ofMillis(50));
    assertThatThrownBy(
            () ->
                anonymous.logInspection(
                    InterdictionApiChecks.inspectionJson(
                        postId(jdbc, CDC_POST), plate, "1979-03-14")))
        .isInstanceOfSatisfying(
            PostClient.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
  }

  /**
   * A proxy in front of the app that passes every request on, but answers the first one with 504
   * after the app has answered it: the app logged the inspection, the device never heard so.
   */
  static HttpServer lossyProxy(URI app, AtomicInteger lost) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    proxy.createContext(
        "/",
        exchange -> {
          try {
            var forward =
                HttpRequest.newBuilder(app.resolve(exchange.getRequestURI().toString()))
                    .method(
                        exchange.getRequestMethod(),
                        HttpRequest.BodyPublishers.ofByteArray(
                            exchange.getRequestBody().readAllBytes()));
            for (String h : List.of("Authorization", "Idempotency-Key", "Content-Type", "Accept")) {
              String v = exchange.getRequestHeaders().getFirst(h);
              if (v != null) {
                forward.header(h, v);
              }
            }
            HttpResponse<byte[]> answer =
                http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (lost.getAndIncrement() == 0) {
              exchange.sendResponseHeaders(504, -1);
              return;
            }
            lost.decrementAndGet();
            for (String h : List.of("Content-Type", "Location", "Idempotent-Replayed")) {
              answer
                  .headers()
                  .firstValue(h)
                  .ifPresent(v -> exchange.getResponseHeaders().add(h, v));
            }
            exchange.sendResponseHeaders(
                answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });
    proxy.start();
    return proxy;
  }
}
