package org.kuzet.engine.screening.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/** The screen-bench run (filled in below). */
public final class ScreeningBenchmark {
  private final Path lists;
  private final Path pairs;
  private final PrintStream out;

  public ScreeningBenchmark(Path lists, Path pairs, PrintStream out) {
    this.lists = lists;
    this.pairs = pairs;
    this.out = out;
  }

  public void run() {
    out.println("screen-bench: lists " + lists + ", pairs " + pairs);
  }
}
