package org.example.kuzet.postclient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs inspections at a post through Kuzet's REST API, as a document reader or a plate camera
 * would: with the officer's personal API token, and with one {@code Idempotency-Key} per
 * inspection, so that a retry after a time-out or a dropped connection never logs it twice — the
 * server answers the retry with the first answer.
 */
public final class PostClient {

  /** Answers worth retrying: the server or a proxy on the way was busy or did not answer. */
  private static final Set<Integer> RETRY = Set.of(429, 502, 503, 504);

  /**
   * One thing the checks found. {@code person} is the index in the request, null for the vehicle.
   */
  public record Hit(
      String kind,
      Integer person,
      String list,
      String entryId,
      int score,
      String explanation,
      Long lookout) {}

  /**
   * The inspection as logged.
   *
   * @param replayed true when the server had already logged it (an earlier try got through)
   * @param attempts how many tries it took
   */
  public record Logged(long id, boolean replayed, int attempts, List<Hit> hits, JsonNode answer) {}

  /** The server refused the inspection: the status and its problem document (RFC 9457). */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String problem;

    Refused(int status, String problem) {
      super("HTTP " + status + ": " + problem);
      this.status = status;
      this.problem = problem;
    }

    public int status() {
      return status;
    }

    public String problem() {
      return problem;
    }
  }

  private final URI server;
  private final String token;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration backoff;
  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * @param server e.g. {@code https://kuzet.example.gov.kz}
   * @param token a personal API token ({@code kzt_…})
   * @param timeout how long to wait for one answer
   * @param attempts how many tries in all, at least 1
   * @param backoff the wait before the first retry; it doubles at each retry
   */
  public PostClient(URI server, String token, Duration timeout, int attempts, Duration backoff) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    this.server = server;
    this.token = token;
    this.timeout = timeout;
    this.attempts = attempts;
    this.backoff = backoff;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * Logs an inspection (the JSON of {@code POST /api/interdiction/inspections}) under a new key.
   */
  public Logged logInspection(String inspectionJson)
      throws IOException, InterruptedException, Refused {
    return logInspection(inspectionJson, UUID.randomUUID().toString());
  }

  /**
   * Logs an inspection under the given key, retrying with the same key until the server answers.
   *
   * @throws Refused when the server refuses it (bad input, not allowed): retrying will not help
   * @throws IOException when no try got an answer
   */
  public Logged logInspection(String inspectionJson, String idempotencyKey)
      throws IOException, InterruptedException, Refused {
    var request =
        HttpRequest.newBuilder(server.resolve("/api/interdiction/inspections"))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(inspectionJson, StandardCharsets.UTF_8))
            .build();
    IOException lastFailure = null;
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        Thread.sleep(wait.toMillis());
        wait = wait.multipliedBy(2);
      }
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        lastFailure = e; // timed out or cut off: the server may or may not have logged it
        continue;
      }
      if (RETRY.contains(response.statusCode())) {
        lastFailure = new IOException("HTTP " + response.statusCode() + " from " + request.uri());
        continue;
      }
      if (response.statusCode() != 201) {
        throw new Refused(response.statusCode(), response.body());
      }
      JsonNode answer = json.readTree(response.body());
      boolean replayed =
          response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
      return new Logged(answer.path("id").asLong(), replayed, attempt, hits(answer), answer);
    }
    throw new IOException("no answer after " + attempts + " tries", lastFailure);
  }

  /** The posts the token's owner may log at, as the server answers them. */
  public JsonNode posts() throws IOException, InterruptedException, Refused {
    var request =
        HttpRequest.newBuilder(server.resolve("/api/interdiction/posts?size=200"))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new Refused(response.statusCode(), response.body());
    }
    return json.readTree(response.body()).path("items");
  }

  private static List<Hit> hits(JsonNode answer) {
    var hits = new ArrayList<Hit>();
    for (JsonNode h : answer.path("hits")) {
      hits.add(
          new Hit(
              h.path("kind").asString(),
              h.path("person").isNumber() ? h.path("person").asInt() : null,
              h.path("list").isString() ? h.path("list").asString() : null,
              h.path("entryId").isString() ? h.path("entryId").asString() : null,
              h.path("score").asInt(),
              h.path("explanation").asString(),
              h.path("lookout").isNumber() ? h.path("lookout").asLong() : null));
    }
    return hits;
  }
}
