// The explorer's one small script, inlined: filtering by Danish title or value, and the changes
// between the versions in force on two dates, from the diffs written into the page. Without it the
// pages still show everything (each version's changes are in the tables).
export const explorerScript = `
(function () {
  var data = JSON.parse(document.getElementById('explorer-data').textContent);
  var MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  function danishDate(iso) { var p = iso.split('-'); return Number(p[2]) + '. ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0]; }
  function words(text) { return text.toLocaleLowerCase('da').split(/\\s+/).filter(Boolean); }
  var filter = document.getElementById('filter');
  if (filter) {
    var status = document.getElementById('filter-status');
    var items = Array.prototype.slice.call(document.querySelectorAll('[data-search]'));
    filter.addEventListener('input', function () {
      var wanted = words(filter.value);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute('data-search');
        var match = wanted.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      status.textContent = wanted.length ? shown.toLocaleString('da-DK') + ' af ' + items.length.toLocaleString('da-DK') + ' vises.' : '';
    });
  }
  var search = document.getElementById('search');
  if (search && data.index) {
    var list = document.getElementById('search-results');
    var summary = document.getElementById('search-status');
    search.addEventListener('input', function () {
      var wanted = words(search.value);
      list.innerHTML = '';
      if (!wanted.length) { summary.textContent = ''; return; }
      var hits = data.index.filter(function (e) { return wanted.every(function (w) { return e.search.indexOf(w) >= 0; }); });
      hits.slice(0, 50).forEach(function (e) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = e.href;
        a.textContent = e.title;
        li.appendChild(a);
        li.appendChild(document.createTextNode(' (' + e.ruleSet + '): ' + e.text));
        list.appendChild(li);
      });
      summary.textContent = hits.length === 0 ? 'Ingen bestemmelser passer på søgningen.' : hits.length.toLocaleString('da-DK') + (hits.length === 1 ? ' bestemmelse passer' : ' bestemmelser passer') + (hits.length > 50 ? '; de første 50 vises.' : '.');
    });
  }
  var compare = document.getElementById('compare');
  if (compare && data.published) {
    compare.addEventListener('submit', function (event) {
      event.preventDefault();
      var out = document.getElementById('compare-result');
      var from = document.getElementById('compare-from').value;
      var to = document.getElementById('compare-to').value;
      function inForce(date) {
        return data.published.filter(function (v) { return v.from <= date && (!v.to || date <= v.to); })[0];
      }
      var a = inForce(from), b = inForce(to);
      out.innerHTML = '';
      var p = document.createElement('p');
      if (!from || !to) { p.textContent = 'Angiv begge datoer.'; out.appendChild(p); return; }
      if (!a || !b) { p.textContent = 'Ingen offentliggjort version gælder ' + danishDate(!a ? from : to) + '.'; out.appendChild(p); return; }
      if (a.version === b.version) { p.textContent = 'Samme version (' + a.version + ') gælder begge dage; ingen ændringer.'; out.appendChild(p); return; }
      p.textContent = 'Version ' + a.version + ' (gældende ' + danishDate(from) + ') mod version ' + b.version + ' (gældende ' + danishDate(to) + '):';
      out.appendChild(p);
      var ul = document.createElement('ul');
      ul.className = 'changes';
      (data.diffs[a.version + '>' + b.version] || []).forEach(function (s) { var li = document.createElement('li'); li.textContent = s; ul.appendChild(li); });
      out.appendChild(ul);
    });
  }
})();
`;
