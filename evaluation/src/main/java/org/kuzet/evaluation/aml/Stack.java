package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;

/**
 * Bipartite layers one after another (AMLSim's stacked bipartite, AMLworld's STACK): 3 to 5 layers
 * of 2 to 8 accounts. Each layer pays the next only after it was paid, passing on what it received
 * less a small margin.
 */
final class Stack implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int layers = Draws.intIn(kit.plan().extra(), 3, 5);
    int widest = Draws.intIn(kit.plan().size(), 2, 8);
    int[] widths = new int[layers];
    for (int k = 0; k < layers; k++) {
      widths[k] = 2 + kit.random().nextInt(widest - 1);
    }
    widths[kit.random().nextInt(layers)] = widest;
    kit.openWindow(2 * layers, 5 * layers);
    List<List<Account>> members = new ArrayList<>();
    for (int width : widths) {
      members.add(kit.accounts(width));
    }
    double[] held = new double[widths[0]];
    for (int stage = 0; stage < layers - 1; stage++) {
      held = payStage(kit, stage, layers, members.get(stage), members.get(stage + 1), held);
    }
    StringBuilder shape = new StringBuilder();
    for (int width : widths) {
      shape.append(shape.length() == 0 ? "" : ">").append(width);
    }
    return kit.finish("", shape.toString());
  }

  /**
   * Pays from one layer to the next in the stage's slice of the window; returns what each received.
   */
  private static double[] payStage(
      SchemeKit kit, int stage, int layers, List<Account> from, List<Account> to, double[] held) {
    List<int[]> edges =
        BipartiteEdges.between(
            from.size(), to.size(), Draws.uniform(kit.random(), 0.6, 1.0), kit.random());
    int[] outDegree = new int[from.size()];
    for (int[] edge : edges) {
      outDegree[edge[0]]++;
    }
    double[][] parts = new double[from.size()][];
    double[] first = stage == 0 ? kit.amounts().around(edges.size()) : new double[0];
    for (int i = 0; i < from.size() && stage > 0; i++) {
      parts[i] =
          kit.amounts().split(held[i] * Draws.uniform(kit.random(), 0.95, 0.995), outDegree[i]);
    }
    int sliceStart = kit.at((double) stage / (layers - 1));
    int sliceEnd = Math.max(sliceStart, kit.at((double) (stage + 1) / (layers - 1)) - 1);
    int[] minutes = kit.scattered(edges.size(), stage == 0 ? sliceStart : sliceStart + 1, sliceEnd);
    double[] received = new double[to.size()];
    int[] used = new int[from.size()];
    for (int e = 0; e < edges.size(); e++) {
      int[] edge = edges.get(e);
      double amount = stage == 0 ? first[e] : parts[edge[0]][used[edge[0]]++];
      Transaction row = kit.pay(minutes[e], from.get(edge[0]), to.get(edge[1]), amount);
      received[edge[1]] += SchemeKit.receivedUsd(row);
    }
    return received;
  }
}
