// The seizure dashboard: a map of the oblasts (shipped GeoJSON, no tile server) with the posts
// sized by their seizures, and one ECharts bar chart per breakdown. Data comes from the page.
(function () {
  const data = window.kuzetSeizures;
  if (!data) return;

  // A chart or map with nothing to draw says so, in the user's language, instead of empty axes.
  function empty(el) {
    const note = document.createElement('p');
    note.className = 'chart-empty muted';
    note.textContent = data.noDataLabel;
    el.appendChild(note);
    el.dataset.empty = 'true';
    el.dataset.ready = 'true';
  }

  // ---- map --------------------------------------------------------------------------------
  // Leaflet's own control titles are English: the zoom buttons and the library's link are
  // labelled in the user's language instead.
  const map = L.map('seizure-map', { zoomControl: false, attributionControl: true });
  L.control.zoom({ zoomInTitle: data.zoomInLabel || 'Zoom in', zoomOutTitle: data.zoomOutLabel || 'Zoom out' }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(data.attribution || 'Oblasts: geoBoundaries / © OpenStreetMap contributors (ODbL)');
  const maxRegion = Math.max(1, ...Object.values(data.regionCases));
  fetch(data.geo).then(r => r.json()).then(geo => {
    const layer = L.geoJSON(geo, {
      style: f => {
        const n = data.regionCases[f.properties.shapeISO] || 0;
        return { color: '#557', weight: 1, fillColor: '#c0392b', fillOpacity: n === 0 ? 0.03 : 0.1 + 0.5 * n / maxRegion };
      },
      onEachFeature: (f, l) => l.bindTooltip(((data.regionNames || {})[f.properties.shapeISO] || f.properties.shapeName) + ': ' + (data.regionCases[f.properties.shapeISO] || 0))
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    if (Object.values(data.regionCases).every(n => !n)) {
      empty(document.getElementById('seizure-map'));
    }
    for (const m of data.markers) {
      L.circleMarker([m.lat, m.lon], {
        radius: 4 + 3 * Math.sqrt(m.cases), color: '#1f3a5f', weight: 1, fillColor: '#2e86de', fillOpacity: 0.7,
        className: 'post-marker'
      }).bindTooltip(m.name + ': ' + m.cases + ' / ' + m.kg + ' kg').addTo(map);
    }
    document.getElementById('seizure-map').dataset.ready = 'true';
  });

  // ---- charts -----------------------------------------------------------------------------
  for (const [dimension, buckets] of Object.entries(data.charts)) {
    const el = document.getElementById('chart-' + dimension);
    if (!el) continue;
    if (buckets.length === 0 || buckets.every(b => !b.cases)) {
      empty(el);
      continue;
    }
    const chart = echarts.init(el);
    const horizontal = dimension !== 'MONTH';
    const labels = buckets.map(b => b.key);
    const category = { type: 'category', data: labels, axisLabel: { width: 160, overflow: 'truncate' } };
    const value = [{ type: 'value', name: data.casesLabel }, { type: 'value', name: data.kgLabel }];
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [data.casesLabel, data.kgLabel] },
      grid: { left: horizontal ? 170 : 50, right: 50, bottom: 40 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: [
        { name: data.casesLabel, type: 'bar', data: buckets.map(b => b.cases), [horizontal ? 'xAxisIndex' : 'yAxisIndex']: 0 },
        { name: data.kgLabel, type: horizontal ? 'bar' : 'line', data: buckets.map(b => Number(b.kg)), [horizontal ? 'xAxisIndex' : 'yAxisIndex']: 1 }
      ]
    });
    el.dataset.ready = 'true';
    window.addEventListener('resize', () => chart.resize());
  }
})();
