// Genereret af Regelsprog ud fra regelfilerne. Ret ikke i filen: ret reglerne og kør `regel byg`.
// Siden «Hvad gælder for mig?»: læser formularen, lader de oversatte regler vurdere sagen
// (hvadgaelder-regler.js) og skriver svaret. Al tekst sættes med textContent.
(function () {
  "use strict";
  var R = Regelsprog;
  var T = R.tekster;

  function el(navn, tekst, klasse) {
    var e = document.createElement(navn);
    if (tekst !== undefined && tekst !== null) e.textContent = tekst;
    if (klasse) e.className = klasse;
    return e;
  }
  function stort(tekst) { return tekst.charAt(0).toUpperCase() + tekst.slice(1); }
  // A text from the rules (danish.Prose, whatapplies.prose_json): a string, or {tekst, punkter,
  // derefter}: a text that ends in a list, each item such a text, then the next paragraph or null.
  function foran(tekst, p) {
    return typeof p === "string" ? tekst + p : {tekst: tekst + p.tekst, punkter: p.punkter, derefter: p.derefter};
  }
  function efter(p, tekst) {  // the next sentence: in the same paragraph, or a new one after a list
    if (typeof p === "string" || !tekst) return typeof p === "string" ? p + tekst : p;
    return {tekst: p.tekst, punkter: p.punkter, derefter: p.derefter === null ? tekst.replace(/^ /, "") : efter(p.derefter, tekst)};
  }
  function indsaet(e, p) {
    if (typeof p === "string") { e.appendChild(document.createTextNode(p)); return; }
    e.appendChild(document.createTextNode(p.tekst));
    var ul = el("ul");
    p.punkter.forEach(function (punkt) { var li = el("li"); indsaet(li, punkt); ul.appendChild(li); });
    e.appendChild(ul);
    if (p.derefter !== null) e.appendChild(prosa("p", p.derefter));
  }
  function prosa(navn, p, klasse) {  // an element with the text: `navn`, or a <div> when it holds a list
    var e = el(typeof p === "string" ? navn : "div", null, klasse);
    indsaet(e, p);
    return e;
  }
  function dato(n) { return R.danskDato(n); }
  function etiket(felt) {  // a field named in a sentence, by its læses phrase (whatapplies.mentions)
    var sti = felt.replace(/\[\d+\]/g, "");  // an item's field: samtaler[2].form -> samtaler.form
    return T.etiketter[sti] || sti.replace(/_/g, " ").replace(/\./g, " ");
  }
  // A field in a missing-data message, an item's with the item's number: samtaler[1].form ->
  // "samtaleformen for samtale 2"; a message that names the field's path gets the same words.
  function omtale(felt) {
    var del = /^([^\[]+)\[(\d+)\]\./.exec(felt);
    var liste = del && T.felter.filter(function (f) { return f.navn === del[1]; })[0];
    return etiket(felt) + (liste ? " for " + liste.ental + " " + (Number(del[2]) + 1) : "");
  }
  function datafejlTekst(svar, hvad) {
    return svar.besked ? svar.besked.split(svar.felt).join(omtale(svar.felt)) + "."
      : "angiv " + omtale(svar.felt) + " for at se, " + hvad + ".";
  }
  function opremset(ord) {  // "a, b og c"
    return ord.length < 2 ? ord.join("") : ord.slice(0, -1).join(", ") + " og " + ord[ord.length - 1];
  }

  // -- formularen -> en sag som JSON (som en sag i en sagsbestand)
  function vaerdi(form, felt, navn) {
    var tekst = form.elements[navn].value.trim();
    if (tekst === "") return null;
    if (felt.slags === "bool") return tekst === "ja";
    if (felt.slags === "date" || felt.slags === "enum" || felt.slags === "text") return tekst;
    var tal = Number(tekst.replace(",", "."));
    if (!isFinite(tal)) return undefined;
    return felt.slags === "percent" ? tal / 100 : tal;
  }
  // Sagens lister: hvert element, læseren har tilføjet, i formularens rækkefølge (samtale 1 er samtaler[0]).
  function laesListe(form, felt, data, fejl) {
    data[felt.navn] = [];
    form.querySelectorAll("[data-liste='" + felt.navn + "'] .elementer > li").forEach(function (li, plads) {
      var post = {}, mangler = [];
      felt.felter.forEach(function (sub) {
        var v = vaerdi(form, sub, felt.navn + "." + li.dataset.nr + "." + sub.navn);
        if (v === undefined) fejl.push("«" + sub.etiket + "» for " + felt.ental + " " + (plads + 1) + " skal være et tal.");
        else if (v !== null) post[sub.navn] = v;
        else if (!sub.valgfri && sub.standard === null) mangler.push(etiket(felt.navn + "." + sub.navn));
      });
      if (mangler.length) fejl.push("Udfyld " + opremset(mangler) + " for " + felt.ental + " " + (plads + 1) + ", eller fjern " +
        (felt.en.split(" ")[0] === "et" ? "det" : "den") + ".");
      data[felt.navn].push(post);
    });
  }
  function laesFormular(form) {
    var data = {id: "hvadgaelder"}, mangler = [], fejl = [];
    T.felter.forEach(function (felt) {
      if (felt.slags === "list") { laesListe(form, felt, data, fejl); return; }
      if (felt.slags === "record") {
        var post = {}, tomme = [];
        felt.felter.forEach(function (sub) {
          var v = vaerdi(form, sub, felt.navn + "." + sub.navn);
          if (v === null) tomme.push(sub); else post[sub.navn] = v;
        });
        if (tomme.length === felt.felter.length) return;
        if (tomme.length) fejl.push("Udfyld alle felterne under «" + felt.etiket + "», eller ingen af dem.");
        data[felt.navn] = post;
        return;
      }
      var v = vaerdi(form, felt, felt.navn);
      if (v === undefined) fejl.push("«" + felt.etiket + "» skal være et tal.");
      else if (v !== null) data[felt.navn] = v;
      else if (!felt.valgfri && felt.standard === null) mangler.push(felt.etiket);
    });
    if (mangler.length) fejl.unshift("Udfyld " + mangler.join(", ") + ".");
    return {data: data, fejl: fejl};
  }
  function iDag() {
    var d = new Date();
    return R.dato(d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" +
                  String(d.getDate()).padStart(2, "0"));
  }

  // -- svaret
  function regelLink(navn) {
    var t = T.regler[navn], h = el("h3");
    var a = el("a", t.titel);
    a.href = t.side;
    h.appendChild(a);
    h.appendChild(document.createTextNode(" "));
    h.appendChild(el("span", t.bestemmelser, "ids"));
    if (t.udkast !== null) h.appendChild(el("span", "Udkast, ikke gældende ret", "badge badge-udkast"));
    return h;
  }
  function versionsnummer(svar) {
    var regel = R.regler.filter(function (r) { return r.navn === svar.regel; })[0];
    return svar.version ? regel.versioner.indexOf(svar.version) : 0;
  }
  function afgoerendeTekst(svar) {
    var t = T.regler[svar.regel];
    if (svar.afgoerende === undefined || !t.afgoerende || t.krav.length < 2) return null;
    return "Afgørende dato for, hvilken version der gælder: " + t.afgoerende + ", " + dato(svar.afgoerende) + ".";
  }
  function fristKort(svar, idag) {
    var t = T.regler[svar.regel], kort = merket(el("li", null, "hvadgaelder-regel"), svar);
    kort.appendChild(regelLink(svar.regel));
    var f = svar.fakta, l = svar.lokal;
    kort.dataset.frist = R.iso(f.frist);
    if (f.start !== undefined) kort.dataset.start = R.iso(f.start);
    if (f.krav !== undefined) {
      kort.appendChild(el("p", "Mindst " + f.krav + " " + (f.krav === 1 ? f.ental : f.flertal) + " i perioden " +
        dato(f.start) + " til og med " + dato(f.frist), "hvadgaelder-dato"));
      kort.appendChild(prosa("p", efter(T.regler[svar.regel].krav[versionsnummer(svar)], " Perioden slutter dagen før " +
        dato(l.slut) + ", så dens sidste dag er " + dato(l.sidste_dag) + ".")));
    } else {
      kort.appendChild(el("p", "Senest " + dato(f.frist), "hvadgaelder-dato"));
      kort.appendChild(prosa("p", efter(t.krav[versionsnummer(svar)], t.frist ? " " + stort(t.frist) + "." : "")));
    }
    var mangler = f.krav !== undefined ? f.krav - f.antal : 0;  // a count: how many more, by the window's last day
    var status = svar.udfald === "frist" ? "Fristen er ikke nået pr. " + dato(idag) + "." +
      (f.krav !== undefined ? " Indtil nu " + f.antal + " " + (f.antal === 1 ? f.ental : f.flertal) + "." : "") +
      (mangler > 0 ? " Der mangler " + mangler + " " + (mangler === 1 ? f.ental : f.flertal) + " senest " + dato(f.frist) + "." : "")
      : UDFALD[svar.udfald] + ": " + svar.besked;
    kort.appendChild(el("p", status, "small"));
    var afg = afgoerendeTekst(svar);
    if (afg) kort.appendChild(el("p", afg, "small"));
    svar.overvejet.forEach(function (o) {
      var u = T.undtagelser[o.undtagelse];
      var grund = {"betingelse": u.betingelse, "periode": "den gælder ikke på den afgørende dato.",
                   "omfatter_ikke": "den omfatter ikke denne frist."}[o.grund];
      kort.appendChild(prosa("p", foran("Undtagelsen «" + u.titel + "» gælder ikke: ", grund), "small"));
    });
    return kort;
  }
  function elementKort(svar, sag, idag) {
    var t = T.regler[svar.regel], regel = R.regler.filter(function (r) { return r.navn === svar.regel; })[0];
    var start = T.forloebsstart ? sag[T.forloebsstart] : null;
    var versioner = regel.versioner.map(function (v, i) { return [v, i]; }).filter(function (par) {
      return svar.version ? par[0] === svar.version : start === null || par[0].til === null || par[0].til >= start;
    });
    if (!versioner.length) return null;
    var kort = merket(el("li", null, "hvadgaelder-regel"), svar);
    kort.appendChild(regelLink(svar.regel));
    versioner.forEach(function (par) {
      var v = par[0], periode = "";
      if (regel.versioner.length > 1) {
        periode = v.fra !== null && v.til !== null ? "Fra " + dato(v.fra) + " til og med " + dato(v.til) + ": "
          : v.fra !== null ? "Fra " + dato(v.fra) + ": " : "Til og med " + dato(v.til) + ": ";
      }
      kort.appendChild(prosa("p", foran(periode, t.krav[par[1]])));
    });
    if (svar.graense) kort.appendChild(el("p", "For denne sag: højst " + R.danskVarighed(svar.graense) + ".", "hvadgaelder-dato"));
    if (svar.mangler) kort.appendChild(el("p", "Hvor længe afhænger af " + etiket(svar.mangler) + ", som ikke er angivet.", "small"));
    if (t.afgoerende && regel.versioner.length > 1) kort.appendChild(el("p", "Versionen afgøres af " + t.afgoerende + ".", "small"));
    if (!(sag[regel.instans.q.liste] || []).length) {
      kort.appendChild(el("p", "Tilføj sagens " + t.liste + " i formularen for at se, om kravet er overholdt.", "small"));
    } else if (!svar.elementer.length) {
      kort.appendChild(el("p", "Intet at vurdere pr. " + dato(idag) + ".", "small"));
    } else {
      var ul = el("ul", null, "hvadgaelder-elementer");
      svar.elementer.forEach(function (e) { ul.appendChild(elementPunkt(e, regel, t)); });
      kort.appendChild(ul);
    }
    return kort;
  }
  // How each outcome is named before its explanation (the same words for the case and an item).
  var UDFALD = {"opfyldt": "Overholdt", "overtrådt": "Ikke overholdt", "frist": "Frist ikke nået", "gælder ikke": "Gælder ikke",
                "udenfor": "Gælder ikke", "undtaget": "Undtaget", "datafejl": "Kan ikke afgøres"};
  // One item's (or, for a pause, one gap's) outcome: the item by its number in the form, the
  // outcome, and why in plain Danish (data-element, data-udfald, data-frist: the tests read them).
  function elementPunkt(e, regel, t) {
    var li = el("li", null, "udfald-" + e.udfald.replace(" ", "-"));
    li.dataset.element = regel.instans.q.liste + "[" + e.indeks + "]";
    li.dataset.udfald = e.udfald;
    if (e.fakta && e.fakta.frist !== undefined) li.dataset.frist = R.iso(e.fakta.frist);
    var hvem = (regel.instans.slags === "pause" ? "Efter " + t.ental : stort(t.ental)) + " " + (e.indeks + 1);
    li.appendChild(el("strong", hvem + ": " + UDFALD[e.udfald].toLowerCase() + "."));
    var hvorfor;
    if (e.udfald === "udenfor") hvorfor = t.kunFor;
    else if (e.udfald === "undtaget") hvorfor = "slået fra af undtagelsen «" + T.undtagelser[e.undtagelse].titel + "».";
    else if (e.udfald === "datafejl") hvorfor = datafejlTekst(e, "om kravet er overholdt");
    else if (e.grund === "periode") hvorfor = "reglen gælder " + t.periode + ", og den afgørende dato (" + t.afgoerende + ") er " + dato(e.afgoerende) + ".";
    else hvorfor = e.besked;
    indsaet(li, foran(" ", typeof hvorfor === "string" ? stort(hvorfor) : hvorfor));
    return li;
  }
  function grund(svar, sag) {
    var t = T.regler[svar.regel];
    if (svar.grund === "ydelse") return "Gælder kun for " + t.ydelser + ".";
    if (svar.grund === "betingelse") return t.gaelderFor;
    if (svar.grund === "periode") return "Reglen gælder " + t.periode + ", og den afgørende dato (" + t.afgoerende + ") er " + dato(svar.afgoerende) + ".";
    if (svar.grund === "forløb") return "Forløbet slutter før fristen " + dato(svar.fakta.frist) + ", så kravet skyldes ikke.";
    var regel = R.regler.filter(function (r) { return r.navn === svar.regel; })[0];
    var slut = regel.versioner[regel.versioner.length - 1].til;
    return "Reglen gjaldt til og med " + dato(slut) + ", før forløbet begyndte " + dato(sag[T.forloebsstart]) + ".";
  }
  function afsnit(svar, overskrift, punkter, id, foldet, indledning) {
    if (!punkter.length) return;
    var s = el("section");
    s.id = id;
    var ul = el("ul", null, "hvadgaelder-liste");
    punkter.forEach(function (p) { ul.appendChild(p); });
    if (foldet) {  // fold the rules that do not apply: the reader asked what does
      var d = el("details"), summary = el("summary");
      summary.appendChild(el("h2", overskrift + " (" + punkter.length + ")"));
      d.appendChild(summary);
      d.appendChild(ul);
      s.appendChild(d);
    } else {
      s.appendChild(el("h2", overskrift));
      if (indledning) s.appendChild(el("p", indledning));
      s.appendChild(ul);
    }
    svar.appendChild(s);
  }
  // Each rule's entry names the rule and its outcome (data-regel, data-udfald; the tests read them).
  function merket(li, svar, udfald) {
    li.dataset.regel = svar.regel;
    li.dataset.udfald = udfald || svar.udfald;
    return li;
  }
  function punkt(svar, tekst, udfald) {
    var li = merket(el("li"), svar, udfald);
    li.appendChild(regelLink(svar.regel));
    li.appendChild(prosa("p", tekst));
    return li;
  }
  // Items dated after the evaluation date have not happened: no rule counts or judges them yet.
  function senere(sag, idag) {
    var noter = [];
    T.felter.forEach(function (felt) {
      var art = felt.slags === "list" ? R.model.lister[felt.navn] : null;
      if (!art) return;
      sag[felt.navn].forEach(function (e, i) {
        if (e[art.tidspunkt] !== null && e[art.tidspunkt] > idag) {
          noter.push(stort(felt.ental) + " " + (i + 1) + " (" + dato(e[art.tidspunkt]) + ")");
        }
      });
    });
    return noter.length ? opremset(noter) + " ligger" + " efter skæringsdatoen " +
      dato(idag) + " og indgår ikke i vurderingen endnu." : null;
  }
  function vis(ud, sag, idag) {
    var svar = R.vurder(sag, idag);
    var frister = [], elementer = [], undtaget = [], afgoeres = [], ikke = [], navne = [], lister = [], brudt = 0;
    svar.forEach(function (s) {
      if (s.udfald === "gælder") {
        var kort = elementKort(s, sag, idag);
        if (kort) elementer.push(kort); else ikke.push(punkt(s, grund(s, sag), "gælder ikke"));
        if (kort && navne.indexOf(T.regler[s.regel].hver) < 0) navne.push(T.regler[s.regel].hver);
        if (kort && lister.indexOf(T.regler[s.regel].liste) < 0) lister.push(T.regler[s.regel].liste);
        if (kort && s.elementer.some(function (e) { return e.udfald === "overtrådt"; })) brudt++;
      } else if (s.udfald === "gælder ikke") ikke.push(punkt(s, grund(s, sag)));
      else if (s.udfald === "undtaget") {
        var u = T.undtagelser[s.undtagelse];
        undtaget.push(punkt(s, "Slået fra af undtagelsen «" + u.titel + "»."));
      } else if (s.udfald === "datafejl") {
        afgoeres.push(punkt(s, stort(datafejlTekst(s, "om og hvordan reglen gælder"))));
      } else {
        frister.push([s.fakta.frist, fristKort(s, idag)]);
        if (s.udfald === "overtrådt") brudt++;
      }
    });
    // the rules without a duty (rights, information): the ones in force for the case, with what they say
    var rettigheder = [];
    R.vurderRettigheder(sag, idag).forEach(function (s) {
      if (s.udfald === "gælder") rettigheder.push(punkt(s, T.regler[s.regel].resume));
      else if (s.udfald === "gælder ikke") ikke.push(punkt(s, grund(s, sag)));
      else afgoeres.push(punkt(s, stort(datafejlTekst(s, "om reglen gælder"))));
    });
    frister.sort(function (a, b) { return a[0] - b[0]; });
    ud.textContent = "";
    var antal = frister.length + elementer.length + rettigheder.length;
    var hvad = opremset(navne);
    var dele = [frister.length + " med en frist eller periode"];
    if (elementer.length) dele.push(elementer.length + " med krav til " + hvad);
    if (rettigheder.length) dele.push(rettigheder.length + (rettigheder.length === 1 ? " ret eller oplysning" : " rettigheder og oplysninger"));
    ud.appendChild(el("p", "Pr. " + dato(idag) + " gælder " + antal + (antal === 1 ? " regel" : " regler") +
      " for sagen: " + opremset(dele) + "." +
      (brudt ? " " + brudt + " af dem er" + " ikke overholdt." : ""), "lead"));
    var note = senere(sag, idag);
    if (note) ud.appendChild(el("p", note, "note"));
    afsnit(ud, "Frister og perioder", frister.map(function (p) { return p[1]; }), "frister");
    afsnit(ud, "Krav til " + hvad, elementer, "krav", false, "Kravene gælder for " + hvad + " i sagen. Under hvert " +
      "krav står, om de " + opremset(lister) + ", du har tilføjet i formularen, overholder det.");
    afsnit(ud, "Rettigheder og oplysninger, der gælder for sagen", rettigheder, "rettigheder", false,
      "Reglerne stiller ingen krav, der kan tjekkes på sagen: de giver borgeren en ret eller siger, hvordan indsatsen foregår.");
    afsnit(ud, "Undtaget", undtaget, "undtaget");
    afsnit(ud, "Kan ikke afgøres endnu", afgoeres, "afgoeres");
    afsnit(ud, "Gælder ikke for sagen", ikke, "gaelder-ikke", true);
  }

  function beregn(form, ud) {
    var laest = laesFormular(form);
    if (laest.fejl.length) {
      ud.textContent = "";
      laest.fejl.forEach(function (f) { ud.appendChild(el("p", f, "note")); });
      return;
    }
    var idag = form.elements["skæringsdato"].value ? R.dato(form.elements["skæringsdato"].value) : iDag();
    vis(ud, R.laesSag(laest.data), idag);
  }

  // -- sagens lister: tilføj og fjern elementer (hvert får sit eget nummer i felternes navne)
  function nummerer(liste) {
    liste.querySelectorAll(".elementer > li").forEach(function (li, i) {
      li.querySelectorAll(".nr").forEach(function (nr) { nr.textContent = String(i + 1); });
    });
  }
  function tilfoej(liste, nr) {
    var li = liste.querySelector("template").content.firstElementChild.cloneNode(true);
    li.dataset.nr = String(nr);
    li.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function (e) {
      ["id", "for", "name", "aria-describedby"].forEach(function (navn) {
        if (e.hasAttribute(navn)) e.setAttribute(navn, e.getAttribute(navn).replace(".#.", "." + nr + "."));
      });
    });
    liste.querySelector(".elementer").appendChild(li);
    nummerer(liste);
    li.querySelector("input, select").focus();
  }
  function fjern(liste, li) {
    var naeste = li.nextElementSibling || li.previousElementSibling;
    li.remove();
    nummerer(liste);
    (naeste ? naeste.querySelector("input, select") : liste.querySelector("button.tilfoej")).focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("hvadgaelder-sag"), ud = document.getElementById("hvadgaelder-svar");
    form.hidden = false;
    document.getElementById("hvadgaelder-uden-js").hidden = true;  // shown until the script runs (also if it cannot load)
    form.addEventListener("submit", function (e) { e.preventDefault(); beregn(form, ud); });
    form.addEventListener("change", function () { beregn(form, ud); });
    form.querySelectorAll("[data-liste]").forEach(function (liste) {
      var naeste = 1;
      liste.querySelector("button.tilfoej").addEventListener("click", function () { tilfoej(liste, naeste++); });
      liste.addEventListener("click", function (e) {
        var knap = e.target.closest("button.fjern");
        if (!knap) return;
        fjern(liste, knap.closest("li"));
        if (ud.firstChild) beregn(form, ud);  // an answer is shown: it follows the list
      });
    });
  });
})();
