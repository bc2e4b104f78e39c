package org.kuzet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kuzet.identity.DemoAccounts;

/**
 * A server-sent-events client on the real port, signed in through the real sign-in form, that
 * collects the events of one stream in a queue. Waits for the stream's {@code ready} event.
 */
public final class SseClient implements AutoCloseable {

  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<?> reading;
  private volatile Stream<String> lines;

  private SseClient(HttpClient http, URI uri) throws Exception {
    var ready = new CountDownLatch(1);
    reading =
        http.sendAsync(
                HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines())
            .thenAccept(
                response -> {
                  var event = new StringBuilder();
                  lines = response.body();
                  lines.forEach(
                      line -> {
                        if (line.isEmpty()) {
                          if (event.toString().contains("event:ready")) {
                            ready.countDown();
                          }
                          events.add(event.toString());
                          event.setLength(0);
                        } else {
                          event.append(line).append('\n');
                        }
                      });
                });
    assertThat(ready.await(10, TimeUnit.SECONDS)).as("stream " + uri + " connected").isTrue();
  }

  /** Signs the demo user in and opens the stream at {@code path}. */
  public static SseClient signIn(int port, String username, String path) throws Exception {
    return signIn(port, username, DemoAccounts.PASSWORD, path);
  }

  /** Signs the user in with this password and opens the stream at {@code path}. */
  public static SseClient signIn(int port, String username, String password, String path)
      throws Exception {
    var http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String base = "http://localhost:" + port;
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).as("sign-in form has a CSRF token").isTrue();
    String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
    return new SseClient(http, URI.create(base + path));
  }

  /** The next event of that name whose text contains {@code containing}, within 10 s. */
  public String awaitEvent(String name, String containing) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      String e = events.poll(200, TimeUnit.MILLISECONDS);
      if (e != null && e.contains("event:" + name) && e.contains(containing)) {
        return e;
      }
    }
    throw new AssertionError("no '" + name + "' event containing " + containing + " within 10 s");
  }

  /** Whether an event of that name containing the text arrives within the time. */
  public boolean receives(String name, String containing, Duration within)
      throws InterruptedException {
    long until = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < until) {
      String e = events.poll(100, TimeUnit.MILLISECONDS);
      if (e != null && e.contains("event:" + name) && e.contains(containing)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the server ends the stream within the time. */
  public boolean endsWithin(Duration within) throws InterruptedException {
    try {
      reading.get(within.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  /** Forgets the events received so far. */
  public void drain() {
    events.clear();
  }

  @Override
  public void close() {
    if (lines != null) {
      lines.close();
    }
    reading.cancel(true);
  }
}
