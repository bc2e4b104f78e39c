package org.kuzet.workspace.internal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application jar run as a child process on a loopback port, for the load benchmark and the
 * fault tests: started, waited for until its health check answers, then stopped (politely or with
 * {@code kill -9}). Its output goes to a log file so that a failed start can be read afterwards.
 */
public final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code jar} with {@code args} on a free loopback port and waits up to {@code startup}
   * for {@code /actuator/health} to answer 200; {@code env} is added to this process's environment
   * (e.g. {@code KUZET_DB_URL}).
   */
  public static AppProcess start(
      Path jar, List<String> args, Map<String, String> env, Path log, Duration startup) {
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.addAll(args);
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    try {
      var app = new AppProcess(builder.start(), port, log);
      app.awaitHealthy(startup);
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no flush, no closing of connections. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A polite stop (SIGTERM, Spring's graceful shutdown), then a forced one after 30 s. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** The CSRF token of a form (the hidden {@code _csrf} input), and of a page (its meta tags). */
  static final Pattern CSRF_INPUT =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  public static final Pattern CSRF_META =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  public static final Pattern CSRF_HEADER =
      Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

  /**
   * Signs in with the form as a browser does (the page, its CSRF token, the post, the redirect) on
   * a client that follows redirects and keeps cookies; returns the page signed in to.
   */
  public static String signIn(
      HttpClient client, URI url, String username, String password, Duration timeout)
      throws IOException, InterruptedException {
    var page =
        client.send(
            HttpRequest.newBuilder(url.resolve("/login")).timeout(timeout).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF_INPUT.matcher(page.body());
    if (page.statusCode() != 200 || !m.find()) {
      throw new IOException(
          "the sign-in page answered " + page.statusCode() + " without a CSRF token");
    }
    String csrf = m.group(1) != null ? m.group(1) : m.group(2);
    String form =
        "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
    var response =
        client.send(
            HttpRequest.newBuilder(url.resolve("/login"))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
      throw new IOException(
          "sign-in of "
              + username
              + " answered "
              + response.statusCode()
              + " at "
              + response.uri().getPath());
    }
    return response.body();
  }

  /** The first group of {@code pattern} in {@code html}; fails naming {@code what} was missing. */
  public static String find(Pattern pattern, String html, String what) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("could not find " + what + " in the page");
    }
    return m.group(1);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private void awaitHealthy(Duration startup) {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var health =
        HttpRequest.newBuilder(url().resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + startup.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the application exited with code "
                + process.exitValue()
                + " while starting; see "
                + log);
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep(Duration.ofMillis(500));
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the application did not answer /actuator/health within " + startup + "; see " + log);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
