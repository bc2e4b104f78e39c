package org.kuzet.engine.finintel.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

/**
 * The in-process benchmark: throughput per detector and for the full set over generated data held
 * in memory (single thread, best of a few runs after a warm-up), the detection figures against the
 * planted schemes, and an end-to-end run that writes N transactions to an IBM CSV file and reads
 * and analyses it streaming, with the peak heap used.
 */
public final class Benchmark {
  private final PrintStream out;

  public Benchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Transactions per CPU second of this thread for one engine run over the data (the machine is
   * shared, so CPU time says more about the code than wall time); adds the alerts to the sink.
   */
  public static double throughput(DetectionSettings s, List<Transaction> txs, List<Alert> sink) {
    return throughput(s, txs, sink, null);
  }

  /** The same with the learned layer (null: rules only). */
  public static double throughput(
      DetectionSettings s,
      List<Transaction> txs,
      List<Alert> sink,
      @Nullable LaunderingModel model) {
    var mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    DetectionEngine e = new DetectionEngine(s, sink::add, model);
    for (Transaction t : txs) {
      e.accept(t);
    }
    e.finish();
    long ns = mx.getCurrentThreadCpuTime() - c0;
    return txs.size() / (ns / 1e9);
  }

  public double bestOf(int runs, DetectionSettings s, List<Transaction> txs) {
    return bestOf(runs, s, txs, null);
  }

  public double bestOf(
      int runs, DetectionSettings s, List<Transaction> txs, @Nullable LaunderingModel model) {
    double best = 0;
    for (int i = 0; i < runs; i++) {
      best = Math.max(best, throughput(s, txs, new ArrayList<>(), model));
    }
    return best;
  }

  /**
   * Full-set throughput over transactions held in memory (an independent file, say), rules only
   * and, with a model, rules and the learned layer; best of {@code runs} after a warm-up.
   */
  public void fullSet(List<Transaction> txs, int runs, @Nullable LaunderingModel model) {
    DetectionSettings all = DetectionSettings.defaults();
    throughput(all, txs.subList(0, Math.min(txs.size(), 300_000)), new ArrayList<>(), model);
    out.printf(
        Locale.ROOT,
        "%-40s %,14.0f tx/CPU-s%n",
        "full set, rules only",
        bestOf(runs, all, txs, null));
    if (model != null) {
      out.printf(
          Locale.ROOT,
          "%-40s %,14.0f tx/CPU-s%n",
          "full set, rules and the model (" + model.trees() + " trees)",
          bestOf(runs, all, txs, model));
    }
  }

  /** Prints per-detector and full-set throughput; returns the full set's alerts. */
  public List<Alert> inProcess(Dataset d, int runs) {
    List<Transaction> txs = d.transactions();
    DetectionSettings all = DetectionSettings.defaults();
    // Warm-up so the JIT has compiled the hot paths before anything is measured.
    throughput(all, txs.subList(0, Math.min(txs.size(), 300_000)), new ArrayList<>());
    out.printf(Locale.ROOT, "%-26s %14s%n", "detector (in-process)", "tx/CPU-s");
    for (Typology t : Typology.values()) {
      if (t == Typology.LEARNED) {
        continue; // not a rule: measured with a model (fullSet)
      }
      double tps = bestOf(runs, all.only(Set.of(t)), txs);
      out.printf(Locale.ROOT, "%-26s %,14.0f%n", t.name().toLowerCase(Locale.ROOT), tps);
    }
    Set<Typology> rules =
        EnumSet.of(
            Typology.STRUCTURING,
            Typology.FAN_IN,
            Typology.FAN_OUT,
            Typology.GATHER_SCATTER,
            Typology.RAPID_PASS_THROUGH,
            Typology.VELOCITY_CHANGE,
            Typology.HIGH_RISK_JURISDICTION);
    out.printf(
        Locale.ROOT,
        "%-26s %,14.0f%n",
        "all 7 local rules together",
        bestOf(runs, all.only(rules), txs));
    List<Alert> alerts = new ArrayList<>();
    double full = 0;
    for (int i = 0; i < runs; i++) {
      List<Alert> a = new ArrayList<>();
      full = Math.max(full, throughput(all, txs, a));
      alerts = a;
    }
    out.printf(Locale.ROOT, "%-26s %,14.0f%n", "FULL SET (12 typologies)", full);
    return alerts;
  }

  public void detection(Dataset d, List<Alert> alerts) {
    SchemeEvaluation ev = new SchemeEvaluation(d.schemes(), alerts, d.launderingIds());
    out.printf(
        Locale.ROOT,
        "%n%-24s %8s %6s %7s %8s %9s%n",
        "typology",
        "planted",
        "found",
        "recall",
        "alerts",
        "precision");
    for (var e : ev.rows().entrySet()) {
      SchemeEvaluation.Row r = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-24s %8d %6d %7.3f %8d %9.3f%n",
          e.getKey().name().toLowerCase(Locale.ROOT),
          r.planted(),
          r.found(),
          r.recall(),
          r.alerts(),
          r.precision());
    }
    SchemeEvaluation.Row t = ev.total();
    out.printf(
        Locale.ROOT,
        "%-24s %8d %6d %7.3f %8d %9.3f%n",
        "ALL",
        t.planted(),
        t.found(),
        t.recall(),
        t.alerts(),
        t.precision());
  }

  /** Writes n generated transactions to a file, then reads and analyses it, timed. */
  public void endToEnd(long n, long seed, Path dir) throws IOException {
    Path file = dir.resolve("synthetic-" + n + ".csv");
    long g0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        IbmAmlCsvWriter csv = new IbmAmlCsvWriter(w)) {
      new SyntheticGenerator(GeneratorSettings.of(n, seed))
          .generate((t, l) -> csv.write(t, l.laundering()));
    }
    double gen = (System.nanoTime() - g0) / 1e9;
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long[] alerts = {0};
    DetectionEngine e = new DetectionEngine(DetectionSettings.defaults(), a -> alerts[0]++);
    long read = 0;
    long live = 0;
    try (InputStream in = Files.newInputStream(file);
        TransactionSource src = TransactionFormat.IBM.open(in, err -> {}, null)) {
      for (Transaction t; (t = src.next()) != null; ) {
        e.accept(t);
        if ((++read & 0x3FFFF) == 0) {
          live = Math.max(live, heapAfterGc());
        }
      }
    }
    e.finish();
    live = Math.max(live, heapAfterGc());
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
    out.printf(
        Locale.ROOT,
        "%nend to end: %,d transactions written to %s in %.1f s (%,d bytes), then read and "
            + "analysed with all detectors in %.1f s wall (%.1f s CPU of this thread) = %,.0f tx/s,"
            + " %,d alerts; peak heap %,d MB (max heap %,d MB), heap live after a collection at"
            + " most %,d MB, accounts with state at the end %,d%n",
        read,
        file.getFileName(),
        gen,
        Files.size(file),
        secs,
        cpu,
        read / secs,
        alerts[0],
        peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        live >> 20,
        e.activeAccounts());
    Files.deleteIfExists(file);
  }

  public static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /**
   * Heap in use right after the most recent collection of each pool: what the program really holds
   * (its windows), without the garbage a peak also counts.
   */
  public static long heapAfterGc() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
        sum += p.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }

  /** Sum of the heap pools' peaks since the last reset (an upper bound of the live peak). */
  public static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
