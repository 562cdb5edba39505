// Søgning i dokumentationen (progressiv forbedring): siden soeg.html virker uden JavaScript som
// en liste over alt; med JavaScript søges der i soegeindeks.js, som Regelsprog genererer.
// fold/stem/terms gør det samme som compiler/backends/search.py (testet ord for ord).
(function () {
  "use strict";
  var ENDINGS = ["erne", "ene", "ers", "er", "en", "et", "e", "r", "s"];
  var SHORTEST_STEM = 3;

  function fold(text) {
    return text.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function stem(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length - ending.length >= SHORTEST_STEM && word.slice(-ending.length) === ending) {
        word = word.slice(0, -ending.length);
        break;
      }
    }
    var last = word.charAt(word.length - 1);
    if (word.length > SHORTEST_STEM && last === word.charAt(word.length - 2) && "aeiouy".indexOf(last) < 0) {
      word = word.slice(0, -1);
    }
    return word;
  }

  function terms(text) {
    var seen = [];
    (fold(text).match(/[a-z0-9]+/g) || []).forEach(function (word) {
      var s = stem(word);
      if (seen.indexOf(s) < 0) seen.push(s);
    });
    return seen;
  }

  function has(words, wanted) {
    return words.some(function (word) { return word.indexOf(wanted) === 0; });
  }

  function search(query, entries) {
    var wanted = terms(query);
    if (!wanted.length) return [];
    var found = [];
    entries.forEach(function (entry) {
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        if (has(entry.titelord, wanted[i])) score += 3;
        else if (has(entry.ord, wanted[i])) score += 1;
        else return;
      }
      found.push({entry: entry, score: score});
    });
    found.sort(function (a, b) { return b.score - a.score || a.entry.titel.localeCompare(b.entry.titel, "da"); });
    return found.map(function (f) { return f.entry; });
  }

  function show(query) {
    var list = document.getElementById("resultater");
    var status = document.getElementById("soeg-status");
    if (!list || !status || !window.REGELSOEG) return;
    var results = search(query, window.REGELSOEG);
    list.textContent = "";
    results.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.adresse;
      link.textContent = entry.titel;
      var kind = document.createElement("span");
      kind.className = "ids";
      kind.textContent = " " + entry.art;
      item.appendChild(link);
      item.appendChild(kind);
      if (entry.resume) {
        var summary = document.createElement("span");
        summary.className = "summary";
        summary.textContent = entry.resume;
        item.appendChild(document.createElement("br"));
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    status.textContent = !query.trim() ? "" :
      results.length === 0 ? "Ingen resultater for «" + query + "»." :
      results.length + (results.length === 1 ? " resultat" : " resultater") + " for «" + query + "».";
    document.body.setAttribute("data-soeg", "klar");
  }

  window.regelSoeg = {fold: fold, stem: stem, terms: terms, search: search};

  document.addEventListener("DOMContentLoaded", function () {
    var field = document.getElementById("soegeord");
    if (!field) return;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    field.value = query;
    show(query);
    field.addEventListener("input", function () {
      show(field.value);
      var url = new URL(window.location.href);
      url.searchParams.set("q", field.value);
      window.history.replaceState(null, "", url);
    });
  });
})();
