// Each chart is drawn from the table beside it (data-table), so the numbers a screen reader reads, the numbers
// exported and the bars shown are the same. data-columns: the table's columns to draw; data-orient="horizontal"
// lays the bars along the x axis (a funnel). The container's own label names the chart and points to its table;
// drawn on a canvas, because the page's Content-Security-Policy refuses the inline styles of the SVG renderer.
(function () {
  function number(cell) {
    var value = parseFloat(cell.textContent.replace(/,/g, ''));
    return isNaN(value) ? 0 : value;
  }
  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table || !window.echarts) {
      return;
    }
    var columns = container.getAttribute('data-columns').split(',').map(Number);
    var labels = [];
    var series = columns.map(function (c) {
      return { name: table.tHead.rows[0].cells[c].textContent.trim(), type: 'bar', data: [] };
    });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      columns.forEach(function (c, i) { series[i].data.push(number(row.cells[c])); });
    });
    var horizontal = container.getAttribute('data-orient') === 'horizontal';
    // Every category named, turned when a row of long names would not fit.
    var categories = { type: 'category', data: labels, inverse: horizontal,
      axisLabel: { interval: 0, rotate: horizontal || labels.length < 5 ? 0 : 30 } };
    var values = { type: 'value' };
    var chart = window.echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      // Drawn at their values at once: a print, a screenshot or a reader who minds motion sees the table's numbers.
      animation: false,
      color: ['#8b1a1a', '#d08c2f', '#3b6e8f'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(draw);
  });
})();
