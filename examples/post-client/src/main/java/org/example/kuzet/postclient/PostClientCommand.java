package org.example.kuzet.postclient;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code post-client posts} lists the posts the token may log at; {@code post-client log --file
 * inspection.json} logs one inspection and prints what the checks found. The token is read from the
 * environment variable {@code KUZET_TOKEN}, never from the command line (where other users of the
 * machine could read it).
 */
@Command(
    name = "post-client",
    mixinStandardHelpOptions = true,
    subcommands = {PostClientCommand.Posts.class, PostClientCommand.Log.class},
    description = "Example client of Kuzet's REST API for a post's devices.")
public final class PostClientCommand {

  /** The options every subcommand takes. */
  static class Connection {
    @Option(
        names = "--server",
        required = true,
        description = "Kuzet's address, e.g. https://kuzet.example.gov.kz")
    URI server;

    @Option(
        names = "--timeout",
        defaultValue = "10",
        description = "seconds to wait for one answer (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(
        names = "--attempts",
        defaultValue = "5",
        description = "tries in all (default ${DEFAULT-VALUE})")
    int attempts;

    PostClient client() {
      String token = System.getenv("KUZET_TOKEN");
      if (token == null || token.isBlank()) {
        throw new CommandLine.ParameterException(
            new CommandLine(new PostClientCommand()), "set KUZET_TOKEN to a personal API token");
      }
      return new PostClient(
          server,
          token.strip(),
          Duration.ofSeconds(timeoutSeconds),
          attempts,
          Duration.ofSeconds(1));
    }
  }

  @Command(name = "posts", description = "Lists the posts you may log inspections at.")
  static final class Posts implements Callable<Integer> {
    @CommandLine.Mixin Connection connection = new Connection();

    @Override
    public Integer call() throws Exception {
      try {
        for (var p : connection.client().posts()) {
          System.out.printf(
              "%d\t%s\t%s%n",
              p.path("id").asLong(), p.path("code").asString(), p.path("name").asString());
        }
        return 0;
      } catch (PostClient.Refused r) {
        System.err.println(r.getMessage());
        return 2;
      }
    }
  }

  @Command(
      name = "log",
      description = "Logs an inspection from a JSON file (see docs/api.md) and prints the hits.")
  static final class Log implements Callable<Integer> {
    @CommandLine.Mixin Connection connection = new Connection();

    @Option(names = "--file", required = true, description = "the inspection as JSON")
    Path file;

    @Option(
        names = "--key",
        description = "Idempotency-Key to use (default: a new UUID); give the same to resume a try")
    String key;

    @Override
    public Integer call() throws Exception {
      String body = Files.readString(file, StandardCharsets.UTF_8);
      String usedKey = key == null ? UUID.randomUUID().toString() : key;
      try {
        PostClient.Logged logged = connection.client().logInspection(body, usedKey);
        System.out.printf(
            "inspection %d logged after %d %s%s, %d hits%n",
            logged.id(),
            logged.attempts(),
            logged.attempts() == 1 ? "try" : "tries",
            logged.replayed() ? " (already logged by an earlier try)" : "",
            logged.hits().size());
        for (PostClient.Hit h : logged.hits()) {
          String who = h.person() == null ? "vehicle" : "person " + h.person();
          String what =
              "WATCHLIST".equals(h.kind())
                  ? h.list() + " entry " + h.entryId()
                  : "lookout " + h.lookout();
          System.out.printf("  %s: %s, score %d: %s%n", who, what, h.score(), h.explanation());
        }
        return 0;
      } catch (PostClient.Refused r) {
        System.err.println("refused: " + r.getMessage());
        return 2;
      } catch (IOException e) {
        System.err.println(
            "no answer: " + e.getMessage() + "; run again with --key " + usedKey + " to resume");
        return 3;
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PostClientCommand()).execute(args));
  }
}
