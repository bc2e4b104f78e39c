package org.kuzet.engine.screening.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The runnable entry point of {@code screening-cli.jar}: {@code screen} and {@code screen-bench}.
 * Exit codes: 0 done, 2 bad usage or bad input (with a message on standard error).
 */
@Command(
    name = "screening",
    mixinStandardHelpOptions = true,
    description = "Watchlist name screening across Cyrillic and Latin.",
    subcommands = {ScreenCommand.class, BenchCommand.class})
public final class ScreeningCli implements Runnable {

  /** Exit code for bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: screen or screen-bench");
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ScreeningCli());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof BadInputException) {
            commandLine.getErr().println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
