package org.kuzet.finintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.finintel.internal.reports.LinkCharts;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An investigator imports a bank extract, watches the import finish, escalates one of the alerts it
 * raised into a new case and works its link chart: expands an account's neighbours, highlights the
 * path between two accounts and applies the time filter. The chart's state is read from the
 * Cytoscape instance the page keeps in {@code window.kuzetChart}.
 */
@OnH2
class WorkbenchBrowserIT extends BrowserSupport {

  @Test
  void importEscalateAndOpenTheLinkChart() throws Exception {
    Path file = Files.createTempFile("extract-", ".csv");
    Files.write(file, FinintelFixtures.fanOut(FinintelFixtures.unique()));
    try {
      signIn(FinintelChecks.FP);
      open("/finintel/imports");
      find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      find(By.id("import-submit")).click();

      // The progress card polls until the import, detection and screening are done.
      waitFor(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "DONE"));
      find(By.id("import-alerts")).click();

      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("alert-queue")));
      find(By.cssSelector("#alert-queue .alert-link")).click();
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("escalate")));
      find(By.id("case-title")).sendKeys("Mule network around the hub");
      find(By.id("escalate")).click();

      waitFor(ExpectedConditions.textToBe(By.id("case-title"), "Mule network around the hub"));
      // The chart has loaded the case's accounts (Cytoscape draws on canvases).
      waitFor(
          d -> {
            String n = d.findElement(By.id("chart")).getAttribute("data-loaded");
            return n != null && Integer.parseInt(n) > 1;
          });
      assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
      assertThat(find(By.id("case-tx-count")).getText()).isNotEqualTo("0");
      screenshot("finintel-case-chart");
      // Labels are short (the whole name and account are the node's tooltip) and small.
      assertThat(
              count(
                  "kuzetChart.nodes().filter(n => n.data('label').split('\\n')"
                      + ".some(l => l.length > "
                      + LinkCharts.LABEL_CHARS
                      + ")).length"))
          .isZero();
      assertThat(count("kuzetChart.nodes().filter(n => !n.data('full')).length")).isZero();
      // Readable on the screen whatever the zoom: about 11 px as drawn.
      assertThat(
              count(
                  "Math.round(parseFloat(kuzetChart.nodes()[0].style('font-size')) * kuzetChart.zoom())"))
          .isBetween(9L, 12L);
      // No two written labels overlap: where they would, only one is written.
      assertThat(
              count(
                  "(() => { const b = kuzetChart.elements().filter(e => e.style('text-opacity') !== '0')"
                      + ".map(e => e.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));"
                      + " let n = 0; for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)"
                      + " if (!(b[i].x2 < b[j].x1 || b[i].x1 > b[j].x2 || b[i].y2 < b[j].y1 || b[i].y1 > b[j].y2)) n++;"
                      + " return n; })()"))
          .isZero();
      assertThat(count("kuzetChart.nodes().filter(n => n.style('text-opacity') !== '0').length"))
          .isPositive();

      // Double-click the hub: its other payments bring the shop that paid it (and the funding
      // account, unless the alert's evidence had it already) onto the chart.
      long before = count("kuzetChart.nodes().length");
      assertThat(nodesLabelled("SHOP")).isZero();
      doubleClickNode("HUB");
      waitFor(d -> nodesLabelled("SHOP") == 1);
      assertThat(nodesLabelled("SRC")).isEqualTo(1);
      assertThat(count("kuzetChart.nodes().length")).isGreaterThan(before);
      assertThat(
              count(
                  "kuzetChart.edges().filter(e => e.source().data('full').indexOf('SRC') >= 0"
                      + " && e.data('label').indexOf('110,000.00 USD') === 0).length"))
          .isEqualTo(1);

      // Pick the funding account and a mule, ask for the path: SRC → HUB → MULE, two edges lit.
      clickNode("SRC");
      clickNode("MULE");
      find(By.id("chart-path")).click();
      waitFor(ExpectedConditions.textToBe(By.id("chart-path-result"), "2"));
      assertThat(count("kuzetChart.edges('.hl').length")).isEqualTo(2);
      assertThat(count("kuzetChart.nodes('.hl').length")).isEqualTo(3);
      assertThat(find(By.id("chart-picked")).getText()).contains("SRC").contains("MULE");
      screenshot("finintel-case-chart-path");

      // The time filter: a day after the payments shows nothing; their own day shows the case
      // again (without the expansion, which was not part of the case).
      applyPeriod("2024-03-06", "2024-03-31");
      assertThat(count("kuzetChart.elements().length")).isZero();
      applyPeriod("2024-03-04", "2024-03-04");
      assertThat(count("kuzetChart.nodes().length")).isEqualTo(before);
      assertThat(nodesLabelled("SHOP")).isZero();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private long nodesLabelled(String part) {
    return count(
        "kuzetChart.nodes().filter(n => n.data('full').indexOf('" + part + "') >= 0).length");
  }

  private long count(String expression) {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression + ";"))
        .longValue();
  }

  /** Where the first account whose label contains the text is drawn, from the chart's middle. */
  private int[] offsetOf(String labelPart) {
    @SuppressWarnings("unchecked")
    List<Number> p =
        (List<Number>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    // Cytoscape's rendered positions count from the container's padding edge.
                    "var box = document.getElementById('chart'); box.scrollIntoView({block: 'center'});"
                        + " var n = kuzetChart.nodes().filter(x => x.data('full').indexOf(arguments[0]) >= 0)[0];"
                        + " var r = n.renderedPosition(); var b = box.getBoundingClientRect(); var s = getComputedStyle(box);"
                        + " var x = box.clientLeft + parseFloat(s.paddingLeft) + r.x;"
                        + " var y = box.clientTop + parseFloat(s.paddingTop) + r.y;"
                        + " return [Math.round(x - b.width / 2), Math.round(y - b.height / 2)];",
                    labelPart);
    return new int[] {p.get(0).intValue(), p.get(1).intValue()};
  }

  private void clickNode(String labelPart) {
    int[] o = offsetOf(labelPart);
    new Actions(browser).moveToElement(find(By.id("chart")), o[0], o[1]).click().perform();
  }

  private void doubleClickNode(String labelPart) {
    int[] o = offsetOf(labelPart);
    new Actions(browser).moveToElement(find(By.id("chart")), o[0], o[1]).doubleClick().perform();
  }

  private void applyPeriod(String from, String to) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('chart-from').value = arguments[0];"
                + " document.getElementById('chart-to').value = arguments[1];"
                + " delete document.getElementById('chart').dataset.loaded;",
            from,
            to);
    find(By.id("chart-apply")).click();
    waitFor(d -> d.findElement(By.id("chart")).getAttribute("data-loaded") != null);
  }
}
