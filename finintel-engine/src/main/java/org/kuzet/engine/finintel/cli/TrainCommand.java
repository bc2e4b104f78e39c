package org.kuzet.engine.finintel.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.detect.TransactionFeatures;
import org.kuzet.engine.finintel.io.Label;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code detect-train}: learns a gradient-boosted tree model (XGBoost) from labelled files (IBM
 * {@code Is Laundering}, AMLSim {@code is_sar}) over {@link TransactionFeatures}, and writes it in
 * the model file format {@link LaunderingModel} reads.
 *
 * <p>Each file's transactions are taken in time order, as the engine processes them, and get their
 * features from that file's own stream. With {@code --holdout F} the last F of each file by time is
 * kept out of training and the model is judged on it (a split by time: the model never sees the
 * future it is judged on). The alert threshold is chosen on the last fifth (by time) of the
 * training part, by a model trained on the rest; the model written is then trained on the whole
 * training part with that threshold.
 */
@Command(
    name = "detect-train",
    mixinStandardHelpOptions = true,
    description =
        "Train a gradient-boosted tree model on labelled files (IBM Is Laundering, "
            + "AMLSim is_sar) and write it for detect --model.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "labelled transaction file (repeatable)")
  List<Path> in;

  @Option(names = "--format", required = true, description = "ibm, amlsim, csv or goaml")
  String format;

  @Option(names = "--out", required = true, description = "model file to write")
  Path out;

  @Option(
      names = "--holdout",
      defaultValue = "0",
      description = "fraction of each file, the latest by time, kept out to judge the model")
  double holdout;

  // Few, deep trees: every tree costs every transaction a walk at detection time.
  @Option(names = "--rounds", defaultValue = "40", description = "boosting rounds (trees)")
  int rounds;

  @Option(names = "--eta", defaultValue = "0.25", description = "learning rate")
  double eta;

  @Option(names = "--depth", defaultValue = "6", description = "tree depth")
  int depth;

  @Option(names = "--threads", defaultValue = "1", description = "training threads")
  int threads;

  @Option(names = "--seed", defaultValue = "7", description = "sampling seed")
  int seed;

  /** Rows of one or more files: features row-major, labels, and where each file's rows are. */
  private static final class Rows {
    float[] x = new float[1 << 16];
    float[] y = new float[1024];
    int n;

    void add(float[] f, boolean label) {
      int c = TransactionFeatures.COUNT;
      if ((n + 1) * c > x.length) {
        x = Arrays.copyOf(x, x.length * 2);
      }
      if (n + 1 > y.length) {
        y = Arrays.copyOf(y, Math.max(16, y.length * 2));
      }
      System.arraycopy(f, 0, x, n * c, c);
      y[n++] = label ? 1 : 0;
    }
  }

  @Override
  public Integer call() {
    return FinintelCli.guarded(
        () -> {
          if (!(holdout >= 0 && holdout < 0.9)) {
            throw new IllegalArgumentException("--holdout must be in [0, 0.9): " + holdout);
          }
          if (rounds < 1 || rounds > 5000 || depth < 1 || depth > 16 || threads < 1) {
            throw new IllegalArgumentException("--rounds 1..5000, --depth 1..16, --threads >= 1");
          }
          Rows fit = new Rows();
          Rows tune = new Rows();
          Rows test = new Rows();
          Rows train = new Rows();
          long positives = 0;
          for (Path p : in) {
            positives += read(p, fit, tune, test, train);
          }
          if (positives == 0) {
            throw new IllegalArgumentException(
                "no laundering labels (Is Laundering / is_sar = 1) in " + in);
          }
          System.err.printf(
              Locale.ROOT,
              "%,d training rows (%,d laundering in all files), %,d held " + "out by time%n",
              train.n,
              positives,
              test.n);
          try {
            // 1. The threshold: a model of the earlier four fifths, judged on the last fifth.
            Booster early = fit(fit);
            LaunderingModel probe = toModel(early, fit, 0.5);
            double threshold = bestThreshold(probe, tune);
            System.err.printf(
                Locale.ROOT,
                "threshold %.3f (best F1 on the last fifth of the " + "training part: %s)%n",
                threshold,
                judge(probe, tune, threshold));
            early.dispose();
            // 2. The model written: all of the training part.
            Booster booster = fit(train);
            LaunderingModel model = toModel(booster, train, threshold);
            if (test.n > 0) {
              System.out.printf(
                  Locale.ROOT,
                  "held out (latest %.0f%% of each file by time, %,d "
                      + "transactions, %,d laundering): %s%n",
                  100 * holdout,
                  test.n,
                  count(test),
                  judge(model, test, threshold));
            }
            Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
              LaunderingModel.write(
                  w,
                  comment(train, test),
                  threshold,
                  baseMargin(booster, train),
                  booster.getModelDump((String) null, true));
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            System.err.printf(Locale.ROOT, "model of %d trees -> %s%n", model.trees(), out);
            booster.dispose();
          } catch (XGBoostError e) {
            System.err.println("XGBoost failed: " + e.getMessage());
            return FinintelCli.BAD_INPUT;
          }
          return 0;
        });
  }

  private String comment(Rows train, Rows test) {
    return String.format(
        Locale.ROOT,
        "Kuzet laundering model, written by detect-train%n"
            + "trained on %s (%,d transactions, %,d laundering), %,d held out by time%n"
            + "xgboost binary:logistic, %d rounds, depth %d, eta %.2f",
        in,
        train.n,
        count(train),
        test.n,
        rounds,
        depth,
        eta);
  }

  private long read(Path p, Rows fit, Rows tune, Rows test, Rows train) throws IOException {
    record Row(Transaction tx, boolean label) {}
    List<Row> rows = new ArrayList<>();
    long[] errors = new long[1];
    try (InputStream is = Files.newInputStream(p);
        TransactionSource src =
            TransactionFormat.parse(format)
                .open(
                    is,
                    e -> {
                      if (++errors[0] <= 20) {
                        System.err.println(p.getFileName() + ": " + e);
                      }
                    },
                    null)) {
      for (Transaction t; (t = src.next()) != null; ) {
        Label l = src.label();
        rows.add(new Row(t, l != null && l.laundering()));
      }
    }
    // The engine's order: event time, then input order (the sort is stable).
    rows.sort(Comparator.comparingLong(r -> r.tx.epochMillis()));
    TransactionFeatures features = new TransactionFeatures(DetectionSettings.defaults().units());
    float[] f = new float[TransactionFeatures.COUNT];
    int trainEnd = (int) Math.round(rows.size() * (1 - holdout));
    int fitEnd = (int) Math.round(trainEnd * 0.8);
    long positives = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      features.next(r.tx, f);
      positives += r.label ? 1 : 0;
      if (i < trainEnd) {
        train.add(f, r.label);
        (i < fitEnd ? fit : tune).add(f, r.label);
      } else {
        test.add(f, r.label);
      }
    }
    System.err.printf(
        Locale.ROOT,
        "%s: %,d transactions, %,d laundering, %,d bad rows%n",
        p.getFileName(),
        rows.size(),
        positives,
        errors[0]);
    return positives;
  }

  private Booster fit(Rows r) throws XGBoostError {
    DMatrix d = new DMatrix(r.x, r.n, TransactionFeatures.COUNT, Float.NaN);
    d.setLabel(Arrays.copyOf(r.y, r.n));
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "binary:logistic");
    params.put("eta", eta);
    params.put("max_depth", depth);
    params.put("subsample", 0.8);
    params.put("colsample_bytree", 0.8);
    params.put("min_child_weight", 2);
    params.put("tree_method", "hist");
    params.put("nthread", threads);
    params.put("seed", seed);
    params.put("verbosity", 1);
    Booster b = XGBoost.train(d, params, rounds, new HashMap<>(), null, null);
    d.dispose();
    return b;
  }

  /**
   * The model as the engine will evaluate it. The base margin is not part of XGBoost's dump; it is
   * what XGBoost's own margin exceeds the sum of the leaves by, and every row must agree.
   */
  private LaunderingModel toModel(Booster b, Rows r, double threshold) throws XGBoostError {
    return parse(b, threshold, baseMargin(b, r));
  }

  private static LaunderingModel parse(Booster b, double threshold, double base)
      throws XGBoostError {
    StringWriter w = new StringWriter();
    try {
      LaunderingModel.write(w, "", threshold, base, b.getModelDump((String) null, true));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return LaunderingModel.parse(List.of(w.toString().split("\n")), Path.of("(trained)"));
  }

  private double baseMargin(Booster b, Rows r) throws XGBoostError {
    int n = Math.min(r.n, 2000);
    float[] sample = Arrays.copyOf(r.x, n * TransactionFeatures.COUNT);
    DMatrix d = new DMatrix(sample, n, TransactionFeatures.COUNT, Float.NaN);
    float[][] margin = b.predict(d, true, 0);
    d.dispose();
    LaunderingModel zero = parse(b, 0.5, 0);
    float[] row = new float[TransactionFeatures.COUNT];
    double base = Double.NaN;
    double worst = 0;
    for (int i = 0; i < n; i++) {
      System.arraycopy(r.x, i * TransactionFeatures.COUNT, row, 0, row.length);
      double leaves = zero.margin(row);
      double diff = margin[i][0] - leaves;
      if (Double.isNaN(base)) {
        base = diff;
      }
      worst = Math.max(worst, Math.abs(diff - base));
    }
    if (worst > 1e-3) {
      throw new IllegalStateException(
          "the engine's evaluation of the trees differs from "
              + "XGBoost's by up to "
              + worst
              + " in the margin");
    }
    return base;
  }

  private static double bestThreshold(LaunderingModel m, Rows r) {
    double[] p = probabilities(m, r);
    double best = 0.5;
    double bestF1 = -1;
    for (double t = 0.05; t < 0.96; t += 0.01) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < r.n; i++) {
        boolean yes = p[i] >= t;
        boolean pos = r.y[i] > 0;
        tp += yes && pos ? 1 : 0;
        fp += yes && !pos ? 1 : 0;
        fn += !yes && pos ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return Math.round(best * 100) / 100.0;
  }

  private static String judge(LaunderingModel m, Rows r, double threshold) {
    double[] p = probabilities(m, r);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < r.n; i++) {
      boolean yes = p[i] >= threshold;
      boolean pos = r.y[i] > 0;
      tp += yes && pos ? 1 : 0;
      fp += yes && !pos ? 1 : 0;
      fn += !yes && pos ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    return String.format(
        Locale.ROOT,
        "per transaction at threshold %.2f: precision %.3f, "
            + "recall %.3f, F1 %.3f (tp %d, fp %d, fn %d); average precision %.3f",
        threshold,
        precision,
        recall,
        f1,
        tp,
        fp,
        fn,
        averagePrecision(p, r));
  }

  /** Area under the precision-recall curve, as average precision over the ranked rows. */
  private static double averagePrecision(double[] p, Rows r) {
    Integer[] order = new Integer[r.n];
    for (int i = 0; i < r.n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    long pos = count(r);
    if (pos == 0) {
      return 0;
    }
    double sum = 0;
    long tp = 0;
    for (int k = 0; k < r.n; k++) {
      if (r.y[order[k]] > 0) {
        tp++;
        sum += (double) tp / (k + 1);
      }
    }
    return sum / pos;
  }

  private static double[] probabilities(LaunderingModel m, Rows r) {
    double[] p = new double[r.n];
    float[] row = new float[TransactionFeatures.COUNT];
    for (int i = 0; i < r.n; i++) {
      System.arraycopy(r.x, i * TransactionFeatures.COUNT, row, 0, row.length);
      p[i] = m.probability(row);
    }
    return p;
  }

  private static long count(Rows r) {
    long c = 0;
    for (int i = 0; i < r.n; i++) {
      c += r.y[i] > 0 ? 1 : 0;
    }
    return c;
  }
}
