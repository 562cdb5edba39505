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
    return {sag: m.sag, idag: m.idag, element: element, indeks: indeks, param: Object.assign(Object.create(null), m.param),
            lokal: Object.assign(Object.create(null), m.lokal), dommedag: m.dommedag};
  }
  function effektivSlut(q, element, indeks, idag) {  // vurdering.effektiv_slut
    var slut = element[q.periodeslut], start = element[q.tidspunkt];
    if (mangler(slut) || slut > idag) return null;
    if (slut < start) throw modstridendeFejl(q.liste + "[" + indeks + "]." + q.periodeslut, start, slut);
    return slut;
  }
  R.effektivSlut = function (m, q) { return effektivSlut(q, m.element, m.indeks, m.idag); };
  // [indeks, element] for hvert element, der opfylder forespørgslen, i listens rækkefølge
  function fundne(m, q) {
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
      fundet.push([indeks, element]);
    });
    return fundet;
  }
  R.antal = function (m, q) { return fundne(m, q).length; };
  R.foersteTidspunkt = function (m, q) {
    var tider = fundne(m, q).map(function (par) { return par[1][q.tidspunkt]; });
    return tider.length ? Math.min.apply(null, tider) : null;
  };
  // Det første element (FirstItem): det tidligste; af flere samme dag det første, der opfylder `foretraek`.
  function foersteElement(m, instans) {
    var q = instans.q, fundet = fundne(m, q);
    if (!fundet.length) return null;
    var tidligst = Math.min.apply(null, fundet.map(function (par) { return par[1][q.tidspunkt]; }));
    var samme = fundet.filter(function (par) { return par[1][q.tidspunkt] === tidligst; });
    if (instans.foretraek !== null) {
      var opfylder = samme.filter(function (par) { return instans.foretraek(medElement(m, par[1], par[0])); });
      if (opfylder.length) samme = opfylder;
    }
    return samme[0];
  }
  // Pauser mellem perioder (PerGap, vurdering.pauser): [indeks, pausens første dag, næste start eller null]
  function pauser(m, q) {
    var perioder = fundne(m, q).map(function (par) {
      return [par[1][q.tidspunkt], effektivSlut(q, par[1], par[0], m.idag), par[0]];
    }).sort(function (a, b) { return a[0] - b[0] || a[2] - b[2]; });
    var fundet = [], sidste = null;  // [slut, indeks] for perioden indtil nu
    perioder.forEach(function (p) {
      if (sidste !== null && sidste[0] !== null && p[0] > sidste[0]) {
        fundet.push([sidste[1], sidste[0], p[0]]);
        sidste = null;
      }
      if (sidste === null || (sidste[0] !== null && (p[1] === null || p[1] >= sidste[0]))) sidste = [p[1], p[2]];
    });
    if (sidste !== null && sidste[0] !== null) fundet.push([sidste[1], sidste[0], null]);
    return fundet;
  }
  // En grænse valgt af data, der mangler (LimitIfDecidable, vurdering.graense_uden_data)
  R.graenseUdenData = function (m, graense, valg, start, slut) {
    try { return graense(m); } catch (fejl) {
      if (!(fejl instanceof Mangler)) throw fejl;
      var fra = start(m), ende = slut(m);
      var sidste = valg.map(function (v) {
        var g = v(m);
        return [R.flyt(fra, g, 1) - 1, g];
      }).sort(function (a, b) { return a[0] - b[0] || R.sammenlign(a[1], b[1]); });
      var korteste = sidste[0], laengste = sidste[sidste.length - 1];
      if ((ende !== null ? ende : m.idag) > laengste[0]) return laengste[1];
      if (ende !== null && ende <= korteste[0]) return korteste[1];
      throw fejl;
    }
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
  // Én vurdering (Interpreter.judge_instance): sagen, et element eller en pause. `filter`: et
  // element, filteret udelader, giver {udfald: "udenfor"} (siden siger hvorfor; motorerne intet).
  function vurderInstans(regel, m, filter) {
    var svar = {};
    if (m.indeks !== null) {
      svar.indeks = m.indeks;
      if (regel.elementnavn) svar.element = regel.instans.q.liste + "[" + m.indeks + "]";
    }
    if (regel.afgoerende !== null) {
      svar.afgoerende = regel.afgoerende(m);
      var v = version(regel.versioner, svar.afgoerende);
      if (v === null) { svar.udfald = "gælder ikke"; svar.grund = "periode"; return svar; }
      svar.version = v;
      m.param = vaerdier(v, m);
    }
    if (filter && !filter(m)) { svar.udfald = "udenfor"; return svar; }
    regel.lets.forEach(function (par) { m.lokal[par[0]] = par[1](m); });
    var dag = regel.dommedag(m);
    svar.overvejet = [];
    for (var i = 0; i < regel.undtagelser.length; i++) {
      var u = R.undtagelse[regel.undtagelser[i]];
      var grund = undtagelsesgrund(u, m.sag, m.idag, dag);
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
        svar.besked = raekke.udfald === "overtrådt" && regel.besked !== null ? egenBesked(regel.besked, svar.frist, svar.fakta)
          : R.besked(raekke.besked, svar.fakta);
        svar.lokal = m.lokal;
        return svar;
      }
    }
    throw new Error("ingen række i afgørelsen passede");  // den sidste række har ingen betingelse
  }
  function datafejl(fejl, svar) {
    if (!(fejl instanceof Mangler)) throw fejl;
    svar.udfald = "datafejl"; svar.felt = fejl.felt; svar.besked = fejl.besked;
    return svar;
  }
  // Et krav til hvert element, det første element eller hver pause: hver vurdering i `elementer`
  // (en datafejl i ét element gælder kun det; en i udvælgelsen hele reglen).
  function vurderElementer(regel, m) {
    var instans = regel.instans;
    if (instans.slags === "første") {
      var foerste = foersteElement(m, instans);
      return foerste === null ? [] : [vurderInstans(regel, medElement(m, foerste[1], foerste[0]), null)];
    }
    var enkelte = instans.slags === "hvert" ? fundne(m, instans.q).map(function (par) {
      return [medElement(m, par[1], par[0])];
    }) : pauser(m, instans.q).map(function (p) {
      var inde = medElement(m, m.sag[instans.q.liste][p[0]], p[0]);
      inde.lokal.ende = p[1]; inde.lokal.naeste = p[2];
      return [inde];
    });
    return enkelte.map(function (e) {
      try { return vurderInstans(regel, e[0], instans.filter || null); } catch (fejl) {
        return datafejl(fejl, {indeks: e[0].indeks});
      }
    });
  }
  // Hvem en regel gælder for: "ydelse" eller "betingelse", når den ikke gælder for sagen, ellers null.
  function udenfor(regel, m) {
    if (R.ydelsesfelt !== null && regel.ydelser !== null && regel.ydelser.indexOf(m.sag[R.ydelsesfelt]) < 0) return "ydelse";
    return regel.gaelder !== null && !regel.gaelder(m) ? "betingelse" : null;
  }
  function vurderRegel(regel, sag, idag) {
    var svar = {regel: regel.navn};
    var m = miljoe(sag, idag);
    var grund = udenfor(regel, m);
    if (grund !== null) { svar.udfald = "gælder ikke"; svar.grund = grund; return svar; }
    if (regel.instans.slags === "sag") {
      var enkelt = vurderInstans(regel, m, null);
      enkelt.regel = regel.navn;
      return enkelt;
    }
    // Reglen for sagen, før dens elementer: versionen og grænsen, når sagen alene afgør dem
    svar.udfald = "gælder";
    try {
      if (regel.afgoerende !== null && !regel.afgoerendeVedElement) {
        svar.afgoerende = regel.afgoerende(m);
        svar.version = version(regel.versioner, svar.afgoerende);
        if (svar.version === null) { svar.udfald = "gælder ikke"; svar.grund = "periode"; }
      }
      if (regel.graense !== null && svar.udfald === "gælder") svar.graense = regel.graense(m);
    } catch (fejl) { svar.mangler = datafejl(fejl, {}).felt; }
    svar.elementer = vurderElementer(regel, miljoe(sag, idag));
    return svar;
  }
  // Hver regel med et krav: {regel, udfald: gælder ikke|datafejl|undtaget|overtrådt|opfyldt|frist|gælder, …};
  // et krav til elementer har dem i `elementer`.
  R.vurder = function (sag, idag) {
    return R.regler.map(function (regel) {
      try { return vurderRegel(regel, sag, idag); } catch (fejl) {
        return datafejl(fejl, {regel: regel.navn});
      }
    });
  };

  // Hver regel uden et krav (en ret, en oplysning): {regel, udfald: gælder|gælder ikke|datafejl,
  // grund, afgoerende}: hvem den gælder for og dens version på den afgørende dato, som for de andre.
  R.vurderRettigheder = function (sag, idag) {
    return R.rettigheder.map(function (regel) {
      var svar = {regel: regel.navn};
      try {
        var m = miljoe(sag, idag), grund = udenfor(regel, m);
        if (grund === null && regel.afgoerende !== null) {
          svar.afgoerende = regel.afgoerende(m);
          if (version(regel.versioner, svar.afgoerende) === null) grund = "periode";
        }
        svar.udfald = grund === null ? "gælder" : "gælder ikke";
        if (grund !== null) svar.grund = grund;
        return svar;
      } catch (fejl) { return datafejl(fejl, svar); }
    });
  };

  // -- beskederne for hvert udfald (resultater._BESKEDER; uden reglens titel foran)
  function sket(f) { return f.begynder ? "begyndte" : "fandt sted"; }
  function antalTekst(antal, f) { return antal + " " + (antal === 1 ? f.ental : f.flertal); }
  var d = function (n) { return R.danskDato(n); };
  var BESKEDER = {
    frist_for_sent: function (f) { return f.hvad + " " + sket(f) + " " + d(f.dato) + ", efter fristen " + d(f.frist) + "."; },
    frist_rettidig: function (f) { return f.hvad + " " + sket(f) + " " + d(f.dato) + ", senest på fristen " + d(f.frist) + "."; },
    frist_udeblevet: function (f) {
      return f.hvad + " " + (f.begynder ? "er ikke begyndt" : "har ikke fundet sted") + " inden fristen " + d(f.frist) + ".";
    },
    frist_kommende: function (f) { return f.hvad + " " + (f.begynder ? "skal begynde" : "skal finde sted") + " senest " + d(f.frist) + "."; },
    forloeb_sluttet: function (f) { return "forløbet sluttede før " + d(f.frist) + ", så kravet skyldes ikke."; },
    antal_for_faa: function (f) {
      return antalTekst(f.antal, f) + " i perioden " + d(f.start) + " til " + d(f.frist) + ", men der skal være mindst " + f.krav + ".";
    },
    antal_naaet: function (f) {
      return antalTekst(f.antal, f) + " i perioden " + d(f.start) + " til " + d(f.frist) + "; der skal være mindst " + f.krav + ".";
    },
    antal_kommende: function (f) { return "mindst " + antalTekst(f.krav, f) + " senest " + d(f.frist) + " (indtil nu " + f.antal + ")."; },
    hver_opfylder_ikke: function (f) { return f.hvad + " den " + d(f.dato) + " opfylder ikke kravet."; },
    hver_opfylder: function (f) { return f.hvad + " den " + d(f.dato) + " opfylder kravet."; },
    forbud_overtraadt: function (f) { return f.hvad + " den " + d(f.dato) + " er ikke tilladt."; },
    forbud_overholdt: function (f) { return f.hvad + " den " + d(f.dato) + " er tilladt."; },
    varighed_for_lang: function (f) {
      return f.hvad + " fra " + d(f.start) + " til " + d(f.dato) + " varer mere end " + R.danskVarighed(f.graense) +
        " (sidste tilladte dag var " + d(f.frist) + ").";
    },
    varighed_overholdt: function (f) {
      return f.hvad + " fra " + d(f.start) + " til " + d(f.dato) + " varede ikke mere end " + R.danskVarighed(f.graense) + ".";
    },
    varighed_loebende: function (f) {
      return f.hvad + " fra " + d(f.start) + " er ikke afsluttet og har varet mere end " + R.danskVarighed(f.graense) +
        " (sidste tilladte dag var " + d(f.frist) + ").";
    },
    varighed_kommende: function (f) { return f.hvad + " fra " + d(f.start) + " skal slutte senest " + d(f.frist) + "."; },
    pause_for_lang: function (f) {
      return "der gik mere end " + R.danskVarighed(f.graense) + " fra " + f.hvad + " sluttede " + d(f.ende) +
        " til det næste begyndte " + d(f.dato) + ".";
    },
    pause_overholdt: function (f) {
      return "det næste " + f.hvad + " begyndte " + d(f.dato) + ", højst " + R.danskVarighed(f.graense) +
        " efter at det forrige sluttede " + d(f.ende) + ".";
    },
    pause_intet_nyt: function (f) { return f.hvad + " sluttede " + d(f.ende) + ", og intet nyt er begyndt senest " + d(f.frist) + "."; },
    pause_kommende: function (f) { return "næste " + f.hvad + " skal begynde senest " + d(f.frist) + "."; }
  };
  R.besked = function (noegle, fakta) { return BESKEDER[noegle](fakta); };
  function egenBesked(skabelon, frist, fakta) {  // resultater._egen_besked
    var v = {frist: frist === null ? "" : d(frist), dato: "", antal: "", krav: ""};
    ["dato", "antal", "krav"].forEach(function (navn) {
      if (fakta[navn] !== undefined && fakta[navn] !== null) v[navn] = navn === "dato" ? d(fakta[navn]) : String(fakta[navn]);
    });
    return skabelon.replace(/\{(frist|dato|antal|krav)\}/g, function (_, navn) { return v[navn]; });
  }

  R.regelsaet = function (saet) {
    R.maanedsnavne = saet.maanedsnavne;
    R.model = saet.model;
    R.ydelsesfelt = saet.ydelsesfelt;
    R.regler = saet.regler;
    R.rettigheder = saet.rettigheder;
    R.undtagelse = Object.create(null);
    saet.undtagelser.forEach(function (u) { R.undtagelse[u.navn] = u; });
    R.tekster = saet.tekster;
  };
  return R;
})();
