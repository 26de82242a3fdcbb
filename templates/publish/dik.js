// Search and filters for the published DIK. The table is complete without this script;
// the script only shows the filter form and hides rows that do not match.
(function () {
  var form = document.getElementById('saring');
  var table = document.getElementById('dik');
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var search = document.getElementById('cari');
  var unit = document.getElementById('unit');
  var huruf = document.getElementById('huruf');
  var count = document.getElementById('jumlah');
  var fold = function (s) { return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); };
  var texts = rows.map(function (r) { return fold(r.textContent || ''); });
  function apply() {
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; })
        && (!unit.value || r.getAttribute('data-unit') === unit.value)
        && (!huruf.value || (' ' + r.getAttribute('data-huruf') + ' ').indexOf(' ' + huruf.value + ' ') >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown === rows.length
      ? 'Menampilkan semua ' + rows.length + ' informasi.'
      : shown === 0 ? 'Tidak ada informasi yang cocok.' : 'Menampilkan ' + shown + ' dari ' + rows.length + ' informasi.';
  }
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  [search, unit, huruf].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  apply();
})();
