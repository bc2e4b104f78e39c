package org.kuzet.finintel.internal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Formats;

/**
 * Draws a case's link chart as vector graphics on a page added to the case report: accounts as
 * circles (subjects in red) labelled with holder and account, flows as arrows labelled with the
 * amount, currency and number of payments, as on the chart in the browser.
 *
 * <p>The layout is deterministic, so the same case gives the same drawing: when one account takes
 * part in at least half of the flows (a hub, as in a fan-out) it sits in the middle and the others
 * on a circle around it; otherwise all sit on the circle, in the order of their ids. A chart with
 * more than {@value #MAX_NODES} accounts shows the most connected ones and says how many it left
 * out; the flows table of the report lists every flow.
 */
final class LinkChartPdf {

  static final int MAX_NODES = 40;

  /** An account on the chart: its node id ({@code a<id>}), holder (or null) and account key. */
  record Node(String id, @Nullable String holder, String key, boolean subject) {}

  /** Texts of the page, in the reader's language. */
  record Texts(
      String title,
      String subtitle,
      BiFunction<Integer, Integer, String> notDrawn,
      Function<LinkCharts.Flow, String> amount) {}

  private static final float NODE_R = 7f;
  private static final float[] SUBJECT = {0.69f, 0.23f, 0.18f};
  private static final float[] ACCOUNT = {0.29f, 0.47f, 0.69f};
  private static final float[] EDGE = {0.45f, 0.50f, 0.56f};

  private LinkChartPdf() {}

  /** The report with one more page at its end holding the chart. */
  static byte[] appendChart(
      byte[] report, List<Node> nodes, List<LinkCharts.Flow> flows, Texts texts) {
    try (PDDocument doc = Loader.loadPDF(report)) {
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      PDFont font;
      try (InputStream in = LinkChartPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
        if (in == null) {
          throw new IllegalStateException(
              "font /fonts/DejaVuSans.ttf is missing from the application");
        }
        font = PDType0Font.load(doc, in);
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        draw(cs, font, page.getMediaBox(), nodes, flows, texts);
      }
      var out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not draw the link chart into the case report", e);
    }
  }

  private static void draw(
      PDPageContentStream cs,
      PDFont font,
      PDRectangle box,
      List<Node> all,
      List<LinkCharts.Flow> allFlows,
      Texts texts)
      throws IOException {
    float w = box.getWidth();
    float h = box.getHeight();
    text(cs, font, 13, 36, h - 40, texts.title());
    text(cs, font, 8, 36, h - 54, texts.subtitle());

    List<Node> nodes = kept(all, allFlows);
    Set<String> ids = new LinkedHashSet<>();
    nodes.forEach(n -> ids.add(n.id()));
    List<LinkCharts.Flow> flows =
        allFlows.stream().filter(f -> ids.contains(f.from()) && ids.contains(f.to())).toList();
    if (nodes.size() < all.size()) {
      text(
          cs,
          font,
          8,
          36,
          24,
          texts.notDrawn().apply(all.size() - nodes.size(), allFlows.size() - flows.size()));
    }
    if (nodes.isEmpty()) {
      return;
    }
    float cx = w / 2;
    float cy = (h - 70) / 2 + 10;
    Map<String, float[]> at = layout(nodes, flows, cx, cy, Math.min(w - 260, h - 150) / 2);

    // Edges first, so the nodes cover their ends; two flows between the same pair in opposite
    // directions are drawn side by side.
    cs.setLineWidth(0.8f);
    for (LinkCharts.Flow f : flows) {
      float[] a = placed(at, f.from());
      float[] b = placed(at, f.to());
      if (f.from().equals(f.to())) {
        continue;
      }
      float dx = b[0] - a[0];
      float dy = b[1] - a[1];
      float len = (float) Math.hypot(dx, dy);
      float ux = dx / len;
      float uy = dy / len;
      float shift = reverseExists(flows, f) ? 3f : 0f;
      float ox = -uy * shift;
      float oy = ux * shift;
      float x1 = a[0] + ux * NODE_R + ox;
      float y1 = a[1] + uy * NODE_R + oy;
      float x2 = b[0] - ux * NODE_R + ox;
      float y2 = b[1] - uy * NODE_R + oy;
      cs.setStrokingColor(EDGE[0], EDGE[1], EDGE[2]);
      cs.setNonStrokingColor(EDGE[0], EDGE[1], EDGE[2]);
      cs.moveTo(x1, y1);
      cs.lineTo(x2, y2);
      cs.stroke();
      // The arrowhead at the receiving end.
      cs.moveTo(x2, y2);
      cs.lineTo(x2 - ux * 6 - uy * 3, y2 - uy * 6 + ux * 3);
      cs.lineTo(x2 - ux * 6 + uy * 3, y2 - uy * 6 - ux * 3);
      cs.closePath();
      cs.fill();
    }
    for (LinkCharts.Flow f : flows) {
      float[] a = placed(at, f.from());
      float[] b = placed(at, f.to());
      // Labels at 60% of the way, so the labels of a pair's two directions do not overlap.
      float mx = a[0] + (b[0] - a[0]) * 0.6f;
      float my = a[1] + (b[1] - a[1]) * 0.6f;
      String label = texts.amount().apply(f);
      float tw = width(font, 7.5f, label);
      cs.setNonStrokingColor(1f, 1f, 1f);
      cs.addRect(mx - tw / 2 - 1, my - 2.5f, tw + 2, 9.5f);
      cs.fill();
      cs.setNonStrokingColor(0.15f, 0.15f, 0.15f);
      text(cs, font, 7.5f, mx - tw / 2, my, label);
    }
    for (Node n : nodes) {
      float[] p = placed(at, n.id());
      float[] c = n.subject() ? SUBJECT : ACCOUNT;
      cs.setNonStrokingColor(c[0], c[1], c[2]);
      circle(cs, p[0], p[1], n.subject() ? NODE_R + 1.5f : NODE_R);
      cs.fill();
      cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      List<String> lines = new ArrayList<>();
      if (n.holder() != null) {
        lines.add(shorten(n.holder(), 30));
      }
      lines.add(shorten(n.key(), 30));
      // Labels sit outside the ring, away from the middle: above the upper half's accounts,
      // below the lower half's; ending at the node on the left side, starting at it on the right.
      float dx = p[0] - cx;
      boolean above = p[2] > 0 && p[1] > cy;
      float y = above ? p[1] + NODE_R + 3 + 9 * (lines.size() - 1) : p[1] - NODE_R - 9;
      for (String line : lines) {
        float tw = width(font, 8, line);
        float x = p[2] == 0 || Math.abs(dx) < 20 ? p[0] - tw / 2 : dx < 0 ? p[0] - tw : p[0];
        text(cs, font, 8, x, y, line);
        y -= 9;
      }
    }
  }

  /** The accounts drawn: all, or the most connected ones when there are too many. */
  private static List<Node> kept(List<Node> all, List<LinkCharts.Flow> flows) {
    if (all.size() <= MAX_NODES) {
      return all;
    }
    Map<String, Integer> degree = degrees(flows);
    return all.stream()
        .sorted(
            Comparator.<Node>comparingInt(n -> -degree.getOrDefault(n.id(), 0))
                .thenComparing(Node::subject, Comparator.reverseOrder())
                .thenComparingLong(n -> Long.parseLong(n.id().substring(1))))
        .limit(MAX_NODES)
        .sorted(Comparator.comparingLong(n -> Long.parseLong(n.id().substring(1))))
        .toList();
  }

  /**
   * Positions {x, y, onCircle}: a hub (in at least half of the flows, and more than two) in the
   * middle, the rest evenly on a circle starting at the top, in the order given.
   */
  static Map<String, float[]> layout(
      List<Node> nodes, List<LinkCharts.Flow> flows, float cx, float cy, float r) {
    Map<String, Integer> degree = degrees(flows);
    String hub = null;
    int best = 0;
    for (Node n : nodes) {
      int d = degree.getOrDefault(n.id(), 0);
      if (d > best) {
        best = d;
        hub = n.id();
      }
    }
    if (nodes.size() < 4 || best < 3 || best * 2 < flows.size()) {
      hub = null;
    }
    Map<String, float[]> at = new HashMap<>();
    List<Node> ring = new ArrayList<>();
    for (Node n : nodes) {
      if (n.id().equals(hub)) {
        at.put(n.id(), new float[] {cx, cy, 0});
      } else {
        ring.add(n);
      }
    }
    if (ring.size() == 1 && hub == null) {
      at.put(ring.get(0).id(), new float[] {cx, cy, 0});
      return at;
    }
    for (int i = 0; i < ring.size(); i++) {
      double angle = Math.PI / 2 - 2 * Math.PI * i / ring.size();
      at.put(
          ring.get(i).id(),
          new float[] {
            (float) (cx + r * 1.3 * Math.cos(angle)), (float) (cy + r * Math.sin(angle)), 1
          });
    }
    return at;
  }

  private static Map<String, Integer> degrees(List<LinkCharts.Flow> flows) {
    Map<String, Integer> degree = new HashMap<>();
    for (LinkCharts.Flow f : flows) {
      degree.merge(f.from(), 1, Integer::sum);
      degree.merge(f.to(), 1, Integer::sum);
    }
    return degree;
  }

  private static boolean reverseExists(List<LinkCharts.Flow> flows, LinkCharts.Flow f) {
    return flows.stream().anyMatch(o -> o.from().equals(f.to()) && o.to().equals(f.from()));
  }

  /**
   * As on the browser's chart, the amount in the reader's money format: {@code 9 000,00 USD ×3}.
   */
  static String amountLabel(LinkCharts.Flow f, Formats formats, Locale locale) {
    return formats.money(f.amount(), f.currency(), locale)
        + (f.count() > 1 ? " ×" + f.count() : "");
  }

  private static String shorten(String s, int max) {
    String clean = s.replaceAll("\\p{Cntrl}", " ").strip();
    return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
  }

  private static float width(PDFont font, float size, String s) throws IOException {
    return font.getStringWidth(s) / 1000f * size;
  }

  private static void text(
      PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s.replaceAll("\\p{Cntrl}", " "));
    cs.endText();
  }

  /** A circle from four Bézier curves (the usual 0.5523 control-point factor). */
  private static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
    float k = 0.5523f * r;
    cs.moveTo(x + r, y);
    cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
    cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
    cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
    cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
    cs.closePath();
  }

  /** Where the layout put a node: it places every node, and a flow's ends are nodes. */
  private static float[] placed(Map<String, float[]> at, String id) {
    return Objects.requireNonNull(at.get(id), () -> "the layout placed no node " + id);
  }
}
