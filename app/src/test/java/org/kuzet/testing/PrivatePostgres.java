package org.kuzet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, for fault tests that stop, restart or starve the database:
 * the shared server on 5432 is never touched. {@code initdb} into a temporary directory, started
 * with {@code pg_ctl} on a free loopback port as the {@code postgres} user (through {@code runuser}
 * when the tests run as root), database {@code kuzet}, trust authentication; stopped and deleted by
 * {@link #close()} (and at JVM exit, whatever happens).
 *
 * <p>Tests that use it are skipped, saying why, where PostgreSQL 15's server binaries are not
 * installed or the tests run neither as root nor as {@code postgres}.
 */
public final class PrivatePostgres implements AutoCloseable {

  static final Path BIN =
      Path.of(System.getProperty("kuzet.test.pg-bin", "/usr/lib/postgresql/15/bin"));

  private final Path dir;
  private final Path data;
  private final int port;
  private final Thread cleanup;

  private PrivatePostgres(Path dir, int port) {
    this.dir = dir;
    this.data = dir.resolve("data");
    this.port = port;
    this.cleanup = new Thread(this::destroy, "private-postgres-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Creates, starts and prepares a server with an empty database {@code kuzet}. */
  public static PrivatePostgres start() {
    assumeTrue(
        Files.isExecutable(BIN.resolve("initdb")),
        "PostgreSQL server binaries not found in " + BIN);
    String user = System.getProperty("user.name");
    assumeTrue(
        user.equals("root") || user.equals("postgres"),
        "a private PostgreSQL server needs the tests to run as root or postgres, not " + user);
    try {
      Path dir = Files.createTempDirectory("kuzet-pg-");
      var pg = new PrivatePostgres(dir, freePort());
      if (user.equals("root")) {
        run(List.of("chown", "postgres:postgres", dir.toString()));
      }
      pg.asPostgres(
          BIN.resolve("initdb").toString(),
          "-D",
          pg.data.toString(),
          "-U",
          "postgres",
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync",
          "--no-instructions");
      pg.startServer();
      try (var c = DriverManager.getConnection(pg.url("postgres"), "postgres", "")) {
        c.createStatement().execute("CREATE DATABASE kuzet");
      }
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the private PostgreSQL server did not accept connections", e);
    }
  }

  public String url() {
    return url("kuzet");
  }

  public int port() {
    return port;
  }

  /** A directory the server may write to (owned by postgres), e.g. for a tablespace. */
  public Path directory() {
    return dir;
  }

  /**
   * Stops the server as an administrator would ({@code pg_ctl stop -m fast}): sessions are ended.
   */
  public void stop() {
    asPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-m",
        "fast",
        "-w",
        "-t",
        "60",
        "stop");
  }

  /** Starts it again after {@link #stop()}. */
  public void startServer() {
    asPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
        "start");
  }

  /**
   * {@code pg_ctl restart -m fast}: what {@code pg_ctlcluster ... restart} does to a running
   * import.
   */
  public void restart() {
    stop();
    startServer();
  }

  /**
   * Runs a command as the postgres user (e.g. {@code mount}-related chown); fails on a non-zero
   * exit.
   */
  public void asPostgres(String... command) {
    var full = new ArrayList<String>();
    if (System.getProperty("user.name").equals("root")) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full);
  }

  @Override
  public void close() {
    Runtime.getRuntime().removeShutdownHook(cleanup);
    destroy();
  }

  private void destroy() {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        asPostgres(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-m",
            "immediate",
            "-w",
            "stop");
      }
    } catch (RuntimeException e) {
      // already stopped
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the temporary directory is gone or will be cleaned by the system
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Runs a command, waiting up to 2 minutes; its output goes into the exception when it fails. */
  public static void run(List<String> command) {
    try {
      Path out = Files.createTempFile("kuzet-cmd-", ".log");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new IllegalStateException(
              String.join(" ", command) + " did not finish in 2 minutes");
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              String.join(" ", command)
                  + " exited with "
                  + p.exitValue()
                  + ": "
                  + Files.readString(out));
        }
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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
