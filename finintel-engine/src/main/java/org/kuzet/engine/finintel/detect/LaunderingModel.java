package org.kuzet.engine.finintel.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A gradient-boosted tree model over {@link TransactionFeatures}, read from a model file that
 * {@code detect-train} writes, and evaluated in plain Java (no native library at detection time).
 *
 * <p>The file is text, versioned by its first line:
 *
 * <pre>
 * kuzet-detect-model 1
 * features log_amount,format,...        (the names of TransactionFeatures.NAMES, in order)
 * threshold 0.62                        (a transaction at or above raises a learned alert)
 * base_margin -2.71                     (added to the sum of the leaves, before the logistic)
 * trees 120
 * tree 0
 * 0:[f7&lt;3.5] yes=1,no=2,missing=1,gain=812.5,cover=301.2
 * 1:leaf=-0.19,cover=250.1
 * ...
 * end
 * </pre>
 *
 * <p>Each tree is XGBoost's text dump with statistics ({@code fN} is feature N, {@code missing} the
 * branch a NaN takes). Lines starting with {@code #} are comments. A file of another version or
 * trained on other features is refused naming what differs.
 */
public final class LaunderingModel {
  public static final String MAGIC = "kuzet-detect-model";
  public static final int VERSION = 1;

  private final double threshold;
  private final double baseMargin;
  private final int treeCount;
  // All trees packed into three arrays, children side by side (right = left + 1), so that a
  // transaction's walk through every tree stays in a few cache lines per tree.
  private final int[] roots;

  /** Per node: feature * 2 + 1 when a missing value goes right, or -1 for a leaf. */
  private final int[] code;

  /** Per node: the left child's index. */
  private final int[] child;

  /** Per node: the split value, or the leaf value. */
  private final float[] value;

  private final float[] gain;

  public LaunderingModel(double threshold, double baseMargin, List<Tree> trees) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("model threshold must be in (0, 1): " + threshold);
    }
    this.threshold = threshold;
    this.baseMargin = baseMargin;
    this.treeCount = trees.size();
    int total = 0;
    for (Tree t : trees) {
      total += t.feature.length;
    }
    roots = new int[treeCount];
    code = new int[total];
    child = new int[total];
    value = new float[total];
    gain = new float[total];
    int next = 0;
    for (int k = 0; k < treeCount; k++) {
      roots[k] = next;
      next = pack(trees.get(k), next);
    }
  }

  /** Lays one tree out breadth first from {@code at}; returns the next free index. */
  private int pack(Tree t, int at) {
    int[] queue = new int[t.feature.length];
    int[] place = new int[t.feature.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    place[0] = at;
    int free = at + 1;
    while (head < tail) {
      int n = queue[head++];
      int k = place[n];
      if (t.feature[n] < 0) {
        code[k] = -1;
        value[k] = t.value[n];
        continue;
      }
      code[k] = t.feature[n] * 2 + (t.missing[n] == t.no[n] ? 1 : 0);
      value[k] = t.split[n];
      gain[k] = t.gain[n];
      child[k] = free;
      place[t.yes[n]] = free++;
      place[t.no[n]] = free++;
      queue[tail++] = t.yes[n];
      queue[tail++] = t.no[n];
    }
    return free;
  }

  public double threshold() {
    return threshold;
  }

  public int trees() {
    return treeCount;
  }

  /** The laundering probability the model gives the feature vector {@code x}. */
  public double probability(float[] x) {
    return 1 / (1 + Math.exp(-margin(x)));
  }

  /** The log-odds: the base margin plus one leaf of every tree. */
  public double margin(float[] x) {
    double m = baseMargin;
    for (int k = 0; k < treeCount; k++) {
      m += value[leaf(roots[k], x)];
    }
    return m;
  }

  private int leaf(int n, float[] x) {
    int c;
    while ((c = code[n]) >= 0) {
      float v = x[c >> 1];
      float s = value[n];
      // A NaN fails both comparisons and takes the missing branch.
      n = child[n] + (v < s ? 0 : v >= s ? 1 : (c & 1));
    }
    return n;
  }

  /**
   * How much each feature decided this vector's score: the gain of every split on its decision
   * paths, summed per feature (the splits it took, weighted by how much each split separated
   * laundering from ordinary traffic in training).
   */
  public double[] decidingGain(float[] x) {
    double[] g = new double[TransactionFeatures.COUNT];
    for (int k = 0; k < treeCount; k++) {
      int n = roots[k];
      int c;
      while ((c = code[n]) >= 0) {
        g[c >> 1] += gain[n];
        float v = x[c >> 1];
        float s = value[n];
        n = child[n] + (v < s ? 0 : v >= s ? 1 : (c & 1));
      }
    }
    return g;
  }

  /** One regression tree as parallel arrays; leaves have feature -1. */
  public static final class Tree {
    final int[] feature;
    final float[] split;
    final int[] yes;
    final int[] no;
    final int[] missing;
    final float[] value;
    final float[] gain;

    Tree(int size) {
      feature = new int[size];
      split = new float[size];
      yes = new int[size];
      no = new int[size];
      missing = new int[size];
      value = new float[size];
      gain = new float[size];
      Arrays.fill(feature, -2);
    }

    /** Reads the lines of one tree of XGBoost's text dump with statistics. */
    static Tree parse(List<String> lines, int firstLine, Path file) {
      int max = 0;
      for (String l : lines) {
        max = Math.max(max, nodeId(l.trim()));
      }
      Tree t = new Tree(max + 1);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).trim();
        int line = firstLine + i;
        try {
          int id = nodeId(l);
          String rest = l.substring(l.indexOf(':') + 1);
          if (rest.startsWith("leaf=")) {
            t.feature[id] = -1;
            t.value[id] = Float.parseFloat(field(rest, "leaf"));
          } else {
            int lt = rest.indexOf('<');
            int close = rest.indexOf(']');
            if (!rest.startsWith("[f") || lt < 0 || close < lt) {
              throw new IllegalArgumentException("not a split or a leaf");
            }
            int f = Integer.parseInt(rest.substring(2, lt));
            if (f < 0 || f >= TransactionFeatures.COUNT) {
              throw new IllegalArgumentException("feature f" + f + " does not exist");
            }
            t.feature[id] = f;
            t.split[id] = Float.parseFloat(rest.substring(lt + 1, close));
            String stats = rest.substring(close + 1).trim();
            t.yes[id] = Integer.parseInt(field(stats, "yes"));
            t.no[id] = Integer.parseInt(field(stats, "no"));
            t.missing[id] = Integer.parseInt(field(stats, "missing"));
            t.gain[id] = Float.parseFloat(field(stats, "gain"));
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "model " + file + " line " + line + ": " + e.getMessage() + ": '" + l + "'");
        }
      }
      for (int id = 0; id <= max; id++) {
        if (t.feature[id] >= 0) {
          if (t.missing[id] != t.yes[id] && t.missing[id] != t.no[id]) {
            throw new IllegalArgumentException(
                "model "
                    + file
                    + " line "
                    + firstLine
                    + ": node "
                    + id
                    + " sends missing values to neither branch");
          }
          for (int c : new int[] {t.yes[id], t.no[id], t.missing[id]}) {
            if (c <= id || c > max || t.feature[c] == -2) {
              throw new IllegalArgumentException(
                  "model "
                      + file
                      + " line "
                      + firstLine
                      + ": node "
                      + id
                      + " points to missing node "
                      + c);
            }
          }
        }
      }
      if (t.feature[0] == -2) {
        throw new IllegalArgumentException(
            "model " + file + " line " + firstLine + ": tree has no root");
      }
      return t;
    }

    private static int nodeId(String l) {
      int colon = l.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("node line without 'id:': '" + l + "'");
      }
      int id = Integer.parseInt(l.substring(0, colon));
      if (id < 0 || id > 1_000_000) {
        throw new IllegalArgumentException("node id out of range: " + id);
      }
      return id;
    }

    private static String field(String stats, String name) {
      for (String part : stats.split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return part.substring(eq + 1).trim();
        }
      }
      throw new IllegalArgumentException("no " + name + "=");
    }
  }

  /** Reads and checks a model file; any mismatch is an IllegalArgumentException naming it. */
  public static LaunderingModel read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        lines.add(l);
        if (lines.size() > 20_000_000) {
          throw new IllegalArgumentException("model " + file + " is too large");
        }
      }
    }
    return parse(lines, file);
  }

  /** Parses the lines of a model file; {@code file} names it in messages. */
  public static LaunderingModel parse(List<String> lines, Path file) {
    int i = 0;
    while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("#"))) {
      i++;
    }
    String head = i < lines.size() ? lines.get(i).trim() : "";
    if (!head.startsWith(MAGIC + " ")) {
      throw new IllegalArgumentException(
          "model "
              + file
              + " is not a Kuzet detection model "
              + "(its first line should be '"
              + MAGIC
              + " "
              + VERSION
              + "'; write one with "
              + "detect-train)");
    }
    String version = head.substring(MAGIC.length()).trim();
    if (!version.equals(String.valueOf(VERSION))) {
      throw new IllegalArgumentException(
          "model "
              + file
              + " has format version "
              + version
              + ", this engine reads version "
              + VERSION
              + ": train it again with detect-train");
    }
    i++;
    String features = value(lines, i++, "features", file);
    List<String> names = List.of(features.split(","));
    if (!names.equals(TransactionFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "model "
              + file
              + " was trained on the features "
              + names
              + " but this engine computes "
              + TransactionFeatures.NAMES
              + ": train it again with detect-train");
    }
    double threshold = number(lines, i++, "threshold", file);
    double base = number(lines, i++, "base_margin", file);
    int count = (int) number(lines, i++, "trees", file);
    List<Tree> trees = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String h = i < lines.size() ? lines.get(i).trim() : "";
      if (!h.equals("tree " + k)) {
        throw new IllegalArgumentException(
            "model "
                + file
                + " line "
                + (i + 1)
                + ": expected 'tree "
                + k
                + "', found '"
                + h
                + "'");
      }
      int start = ++i;
      while (i < lines.size()
          && !lines.get(i).startsWith("tree ")
          && !lines.get(i).trim().equals("end")) {
        i++;
      }
      trees.add(Tree.parse(lines.subList(start, i), start + 1, file));
    }
    if (i >= lines.size() || !lines.get(i).trim().equals("end")) {
      throw new IllegalArgumentException(
          "model "
              + file
              + " line "
              + (i + 1)
              + ": expected 'end' after "
              + count
              + " trees (file cut short?)");
    }
    return new LaunderingModel(threshold, base, trees);
  }

  private static String value(List<String> lines, int i, String key, Path file) {
    String l = i < lines.size() ? lines.get(i).trim() : "";
    if (!l.startsWith(key + " ")) {
      throw new IllegalArgumentException(
          "model " + file + " line " + (i + 1) + ": expected '" + key + " ...', found '" + l + "'");
    }
    return l.substring(key.length() + 1).trim();
  }

  private static double number(List<String> lines, int i, String key, Path file) {
    String v = value(lines, i, key, file);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "model " + file + " line " + (i + 1) + ": " + key + " is not a number: '" + v + "'");
    }
  }

  /** Writes a model file from XGBoost's text dump (one string per tree, with statistics). */
  public static void write(
      Writer w, String comment, double threshold, double baseMargin, String[] dump)
      throws IOException {
    for (String c : comment.split("\n")) {
      w.write("# " + c + "\n");
    }
    w.write(MAGIC + " " + VERSION + "\n");
    w.write("features " + String.join(",", TransactionFeatures.NAMES) + "\n");
    w.write(String.format(Locale.ROOT, "threshold %.6f%n", threshold));
    w.write(String.format(Locale.ROOT, "base_margin %.9g%n", baseMargin));
    w.write("trees " + dump.length + "\n");
    for (int k = 0; k < dump.length; k++) {
      w.write("tree " + k + "\n");
      for (String l : dump[k].split("\n")) {
        if (!l.isBlank()) {
          w.write(l.trim() + "\n");
        }
      }
    }
    w.write("end\n");
  }
}
