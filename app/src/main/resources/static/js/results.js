/* Results charts: for each .results-chart, bars of the actuals and a line of the targets over the
   years, drawn with ECharts from the data attributes the page writes. */
(function () {
  function draw() {
    if (typeof echarts === "undefined") { return; }
    document.querySelectorAll(".results-chart").forEach(function (box) {
      if (box.dataset.drawn) { return; }
      box.dataset.drawn = "1";
      var years = JSON.parse(box.dataset.years || "[]");
      var values = JSON.parse(box.dataset.actuals || "[]").concat(JSON.parse(box.dataset.targets || "[]"));
      if (years.length === 0 || values.every(function (v) { return v === null; })) {
        // Nothing to draw: say so in the user's language instead of empty axes.
        var note = document.createElement("p");
        note.className = "chart-empty muted";
        note.textContent = box.dataset.noData || "";
        box.appendChild(note);
        box.dataset.empty = "true";
        return;
      }
      var chart = echarts.init(box, null, { renderer: "svg" });
      chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { data: [box.dataset.labelActual, box.dataset.labelTarget], bottom: 0 },
        grid: { left: 60, right: 20, top: 20, bottom: 50 },
        xAxis: { type: "category", data: years },
        yAxis: { type: "value", name: box.dataset.unit || "" },
        series: [
          { name: box.dataset.labelActual, type: "bar", data: JSON.parse(box.dataset.actuals || "[]"),
            itemStyle: { color: "#4a78b0" } },
          { name: box.dataset.labelTarget, type: "line", data: JSON.parse(box.dataset.targets || "[]"),
            connectNulls: true, itemStyle: { color: "#e08a00" }, lineStyle: { type: "dashed" } }
        ]
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
