// Kørselsmodul for siden «Hvad gælder for mig?»: datoregning som compiler/runtime/datoer.py
// (måneder med ultimo-regel), læsning af en sag, versioner, elementer i en periode, og
// vurderingen af en sag efter de oversatte regler (som compiler/ir/interpret.py).
// Hvad reglerne betyder, står i den genererede del nedenfor; her står kun regningen.
var Regelsprog = (function () {
  "use strict";
  var R = {};
  var DAG_MS = 86400000;

  // -- datoer: et dagnummer (dage siden 1. januar 1970), så de kan sammenlignes med < og ===
  R.dato = function (iso) {
    var dele = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!dele) return null;
    var aar = +dele[1], maaned = +dele[2], dag = +dele[3];
    var n = dagnummer(aar, maaned, dag);
    var tjek = aarMaanedDag(n);
    return tjek[0] === aar && tjek[1] === maaned && tjek[2] === dag ? n : null;
  };
  function dagnummer(aar, maaned, dag) {
    var d = new Date(0);
    d.setUTCFullYear(aar, maaned - 1, dag);
    return Math.round(d.getTime() / DAG_MS);
  }
  function aarMaanedDag(n) {
    var d = new Date(n * DAG_MS);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  R.iso = function (n) {
    if (n === null || n === undefined) return null;
    var d = aarMaanedDag(n);
    return String(d[0]).padStart(4, "0") + "-" + String(d[1]).padStart(2, "0") + "-" + String(d[2]).padStart(2, "0");
  };
  R.varighed = function (maaneder, dage) { return {maaneder: maaneder, dage: dage}; };
  var DAGE_I_MAANED = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  function skudaar(aar) { return aar % 4 === 0 && (aar % 100 !== 0 || aar % 400 === 0); }
  // Læg kalendermåneder til; findes dagen ikke, bruges månedens sidste dag (datoer.plus_maaneder).
  R.plusMaaneder = function (n, antal) {
    var d = aarMaanedDag(n);
    var indeks = d[1] - 1 + antal;
    var aar = d[0] + Math.floor(indeks / 12), maaned = ((indeks % 12) + 12) % 12 + 1;
    var sidste = maaned === 2 && skudaar(aar) ? 29 : DAGE_I_MAANED[maaned - 1];
    return dagnummer(aar, maaned, Math.min(d[2], sidste));
  };
  // Først måneder, så dage (datoer.laeg_til og traek_fra).
  R.flyt = function (n, varighed, fortegn) {
    if (varighed.maaneder) n = R.plusMaaneder(n, fortegn * varighed.maaneder);
    return n + fortegn * varighed.dage;
  };
  R.sammenlign = function (a, b) {
    return a.maaneder !== b.maaneder ? a.maaneder - b.maaneder : a.dage - b.dage;
  };
  R.danskDato = function (n) {
    var d = aarMaanedDag(n);
    return d[2] + ". " + R.maanedsnavne[d[1] - 1] + " " + d[0];
  };
  R.danskVarighed = function (v) {  // datoer.dansk_varighed
    var dele = [];
    if (v.maaneder) dele.push(v.maaneder + " " + (v.maaneder === 1 ? "måned" : "måneder"));
    if (v.dage) {
      if (v.dage % 7 === 0) dele.push(v.dage / 7 + " " + (v.dage === 7 ? "uge" : "uger"));
      else dele.push(v.dage + " " + (v.dage === 1 ? "dag" : "dage"));
    }
    return dele.join(" og ") || "0 dage";
  };

  // -- manglende data: en datafejl for reglen (laesning.ManglendeData)
  function Mangler(felt, besked) { this.felt = felt; this.besked = besked || null; }
  R.Mangler = Mangler;
  function sti(m, felt, liste) { return liste === null ? felt : liste + "[" + m.indeks + "]." + felt; }
  function modstridende(felt, start, slut) {  // som vurdering.modstridende_periode
    return "slutdatoen " + R.danskDato(slut) + " i feltet " + felt + " ligger før startdatoen " + R.danskDato(start);
  }
  function modstridendeFejl(felt, start, slut) { return new Mangler(felt, modstridende(felt, start, slut)); }
  function mangler(v) { return v === null || v === undefined; }

  R.maaske = function (post, felt) { return mangler(post) ? null : post[felt]; };
  R.kraev = function (m, v, felt, liste) {
    if (mangler(v)) throw new Mangler(sti(m, felt, liste));
    return v;
  };
  R.iOrden = function (m, start, slut, felt, liste) {
    if (!mangler(start) && !mangler(slut) && slut < start) throw modstridendeFejl(sti(m, felt, liste), start, slut);
    return slut;
  };
  R.iPerioden = function (dag, start, slut, felt) {
    if (mangler(start)) return false;
    if (!mangler(slut) && slut < start) throw modstridendeFejl(felt, start, slut);
    return start <= dag && (mangler(slut) || dag <= slut);
  };
  // mens kurser varer: alle elementer ses først (en slutdato før startdatoen er en datafejl)
  R.iEnAfPerioderne = function (dag, elementer, liste, startfelt, slutfelt) {
    (elementer || []).forEach(function (e, i) {
      if (!mangler(e[slutfelt]) && e[slutfelt] < e[startfelt])
        throw modstridendeFejl(liste + "[" + i + "]." + slutfelt, e[startfelt], e[slutfelt]);
    });
    return (elementer || []).some(function (e) {
      return e[startfelt] <= dag && (mangler(e[slutfelt]) || dag <= e[slutfelt]);
    });
  };
  R.blandt = function (v, vaerdier) { return vaerdier.indexOf(v) >= 0; };
  R.angivet = function (v, blankErTom) {
    return blankErTom ? !mangler(v) && v.trim() !== "" : !mangler(v);
  };
  R.ellers = function (v, ellers, m) { return mangler(v) ? ellers(m) : v; };
  R.koerer = function (slut, dag) { return mangler(slut) || slut >= dag; };

  // -- elementer (ItemQuery): sket senest på skæringsdatoen, i vinduet, opfylder filteret
  function medElement(m, element, indeks) {
    return {sag: m.sag, idag: m.idag, element: element, indeks: indeks, param: m.param, lokal: m.lokal,
            dommedag: m.dommedag};
  }
  function effektivSlut(q, element, indeks, idag) {
    var slut = element[q.periodeslut], start = element[q.tidspunkt];
    if (mangler(slut) || slut > idag) return null;
    if (slut < start) throw modstridendeFejl(q.liste + "[" + indeks + "]." + q.periodeslut, start, slut);
    return slut;
  }
  function elementer(m, q) {
    var vindue = q.vindue ? [q.vindue.start(m), q.vindue.slut(m)] : null;
    var fundet = [];
    (m.sag[q.liste] || []).forEach(function (element, indeks) {
      var tid = q.tidspunkt === null ? null : element[q.tidspunkt];
      if (q.sket && tid > m.idag) return;
      if (vindue !== null) {
        if (q.periodeslut === null) {
          if (!(vindue[0] <= tid && tid < vindue[1])) return;
        } else {
          if (tid >= vindue[1]) return;
          var slut = effektivSlut(q, element, indeks, m.idag);
          if (slut !== null && slut < vindue[0]) return;
        }
      }
      if (q.filter !== null && !q.filter(medElement(m, element, indeks))) return;
      fundet.push(element);
    });
    return fundet;
  }
  R.antal = function (m, q) { return elementer(m, q).length; };
  R.foersteTidspunkt = function (m, q) {
    var tider = elementer(m, q).map(function (e) { return e[q.tidspunkt]; });
    return tider.length ? Math.min.apply(null, tider) : null;
  };

  function version(versioner, dag) {
    for (var i = 0; i < versioner.length; i++) {
      var v = versioner[i];
      if ((v.fra === null || v.fra <= dag) && (v.til === null || dag <= v.til)) return v;
    }
    return null;
  }
  R.version = version;

  // -- en sag fra JSON (som laesning.py, for gyldige sager: datoer som dagnumre, standardværdier)
  R.laesSag = function (data) { return laesPost(R.model.sag, data); };
  function laesPost(navn, data) {
    var post = {};
    R.model.poster[navn].forEach(function (felt) {
      var v = data[felt.navn];
      if (felt.slags === "list") post[felt.navn] = (v || []).map(function (e) { return laesPost(felt.post, e); });
      else if (mangler(v)) post[felt.navn] = felt.standard === null ? null : felt.standard;
      else if (felt.slags === "record") post[felt.navn] = laesPost(felt.post, v);
      else if (felt.slags === "dato") post[felt.navn] = R.dato(v);
      else post[felt.navn] = v;
    });
    return post;
  }

  // -- vurderingen af én sag (som Interpreter.judge med forklaring, for hver regel med et krav)
  function miljoe(sag, idag) {
    return {sag: sag, idag: idag, element: null, indeks: null, param: Object.create(null), lokal: Object.create(null),
            dommedag: null};
  }
  function vaerdier(v, m) {
    var param = Object.create(null);
    v.vaerdier.forEach(function (par) { param[par[0]] = par[1](m); });
    return param;
  }
  function undtagelsesgrund(u, sag, idag, dag) {
    var m = miljoe(sag, idag);
    m.dommedag = dag;
    if (!u.naar(m)) return "betingelse";
    if (version(u.versioner, u.afgoerende(m)) === null) return "periode";
    if (u.omfatter !== null && !u.omfatter(m)) return "omfatter_ikke";
    return null;
  }
  function vurderRegel(regel, sag, idag) {
    var svar = {regel: regel.navn};
    var m = miljoe(sag, idag);
    if (R.ydelsesfelt !== null && regel.ydelser !== null && regel.ydelser.indexOf(sag[R.ydelsesfelt]) < 0) {
      svar.udfald = "gælder ikke"; svar.grund = "ydelse"; return svar;
    }
    if (regel.gaelder !== null && !regel.gaelder(m)) { svar.udfald = "gælder ikke"; svar.grund = "betingelse"; return svar; }
    if (regel.afgoerende !== null) {
      svar.afgoerende = regel.afgoerende(m);
      var v = version(regel.versioner, svar.afgoerende);
      if (v === null) { svar.udfald = "gælder ikke"; svar.grund = "periode"; return svar; }
      svar.version = v;
      m.param = vaerdier(v, m);
    }
    if (!regel.afgoerelse) {  // et krav til hvert element: de indtastes ikke, så kun grænsen regnes
      svar.udfald = "gælder";
      if (regel.graense !== null) {
        try { svar.graense = regel.graense(m); } catch (fejl) {
          if (!(fejl instanceof Mangler)) throw fejl;
          svar.graenseMangler = fejl.felt;
        }
      }
      return svar;
    }
    regel.lets.forEach(function (par) { m.lokal[par[0]] = par[1](m); });
    var dag = regel.dommedag(m);
    svar.overvejet = [];
    for (var i = 0; i < regel.undtagelser.length; i++) {
      var u = R.undtagelse[regel.undtagelser[i]];
      var grund = undtagelsesgrund(u, sag, idag, dag);
      if (grund === null) { svar.udfald = "undtaget"; svar.undtagelse = u.navn; return svar; }
      svar.overvejet.push({undtagelse: u.navn, grund: grund});
    }
    regel.fakta.forEach(function (par) { m.lokal[par[0]] = par[1](m); });
    for (var r = 0; r < regel.afgoerelse.length; r++) {
      var raekke = regel.afgoerelse[r];
      if (raekke.naar === null || raekke.naar(m)) {
        svar.udfald = {"overtrådt": "overtrådt", "opfyldt": "opfyldt", "frist": "frist",
                       "ikke_omfattet": "gælder ikke"}[raekke.udfald];
        if (raekke.udfald === "ikke_omfattet") svar.grund = "forløb";
        svar.fakta = {};
        raekke.fakta.forEach(function (par) { svar.fakta[par[0]] = par[1](m); });
        svar.frist = raekke.frist === null ? null : raekke.frist(m);
        if (raekke.antal !== null) svar.antal = raekke.antal(m);
        svar.lokal = m.lokal;
        return svar;
      }
    }
    throw new Error("ingen række i afgørelsen passede");  // den sidste række har ingen betingelse
  }
  // Hver regel med et krav: {regel, udfald: gælder ikke|datafejl|undtaget|overtrådt|opfyldt|frist|gælder, …}
  R.vurder = function (sag, idag) {
    return R.regler.map(function (regel) {
      try { return vurderRegel(regel, sag, idag); } catch (fejl) {
        if (!(fejl instanceof Mangler)) throw fejl;
        return {regel: regel.navn, udfald: "datafejl", felt: fejl.felt, besked: fejl.besked};
      }
    });
  };

  R.regelsaet = function (saet) {
    R.maanedsnavne = saet.maanedsnavne;
    R.model = saet.model;
    R.ydelsesfelt = saet.ydelsesfelt;
    R.regler = saet.regler;
    R.undtagelse = Object.create(null);
    saet.undtagelser.forEach(function (u) { R.undtagelse[u.navn] = u; });
    R.tekster = saet.tekster;
  };
  return R;
})();
