// Genereret af Regelsprog ud fra regelfilerne. Ret ikke i filen: ret reglerne og kør `regel byg`.

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

(function(R){
"use strict";
var D=Object.create(null);
D["de_ni_målgrupper"]=function(m){return !!(R.blandt(m.sag["ydelse"],["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb"]));};
D["målgrupper_for_samtaleformen"]=function(m){return !!((!!(D["de_ni_målgrupper"](m))&&!!(!((!!(((m.sag["ydelse"])===("overgangsydelse")))&&!!(m.sag["i_integrationsprogram"]))))));};
D["omfattet_af_indsatsen"]=function(m){return !!(R.blandt(m.sag["ydelse"],["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb","førtidspension"]));};
D["tæt_på_arbejdsmarkedet"]=function(m){return !!((!!((!!(((m.sag["ydelse"])===("dagpenge")))||!!((!!(R.blandt(m.sag["ydelse"],["kontanthjælp","overgangsydelse"]))&&!!(((R.kraev(m,m.sag["visitation"],"visitation",null))===("jobparat")))))))||!!((!!(((m.sag["ydelse"])===("uddannelseshjælp")))&&!!(((R.kraev(m,m.sag["visitation"],"visitation",null))===("åbenlyst_uddannelsesparat")))))));};
D["aktiv_sag"]=function(m){return !!((!!(((m.sag["forløbsstart"])<=(m.idag)))&&!!((!!(!(R.angivet(m.sag["forløbsslut"],false)))||!!(((R.kraev(m,m.sag["forløbsslut"],"forløbsslut",null))>=(m.idag)))))));};
D["med_jobcentret"]=function(m){return !!(R.blandt(m.element["aktør"],["jobcenter","fælles"]));};
D["med_a_kassen"]=function(m){return !!(((m.element["aktør"])===("a_kasse")));};
D["fællessamtale"]=function(m){return !!(((m.element["aktør"])===("fælles")));};
D["øvo"]=function(m){return !!(((m.element["type"])===("øvrig_vejledning_og_opkvalificering")));};
R.regelsaet({maanedsnavne:["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"],
model:{"sag":"Sag","poster":{"Samtale":[{"navn":"dato","slags":"dato","post":null,"standard":null},{"navn":"form","slags":"enum","post":null,"standard":null},{"navn":"aktør","slags":"enum","post":null,"standard":null}],"Tilbud":[{"navn":"type","slags":"enum","post":null,"standard":null},{"navn":"start","slags":"dato","post":null,"standard":null},{"navn":"slut","slags":"dato","post":null,"standard":null},{"navn":"arbejdsgiver","slags":"enum","post":null,"standard":null},{"navn":"ret_og_pligt","slags":"bool","post":null,"standard":false},{"navn":"selvfundet","slags":"bool","post":null,"standard":false}],"Mentor":[{"navn":"start","slags":"dato","post":null,"standard":null},{"navn":"slut","slags":"dato","post":null,"standard":null},{"navn":"forlænget","slags":"bool","post":null,"standard":false}],"Frafaldsbesked":[{"navn":"modtaget","slags":"dato","post":null,"standard":null},{"navn":"reaktion","slags":"dato","post":null,"standard":null}],"Indstilling":[{"navn":"dato","slags":"dato","post":null,"standard":null},{"navn":"afvist","slags":"bool","post":null,"standard":null},{"navn":"begrundelse","slags":"text","post":null,"standard":null}],"Fritagelse":[{"navn":"årsag","slags":"enum","post":null,"standard":null},{"navn":"fra","slags":"dato","post":null,"standard":null},{"navn":"overgang","slags":"dato","post":null,"standard":null}],"Sag":[{"navn":"id","slags":"text","post":null,"standard":null},{"navn":"ydelse","slags":"enum","post":null,"standard":null},{"navn":"visitation","slags":"enum","post":null,"standard":null},{"navn":"i_integrationsprogram","slags":"bool","post":null,"standard":false},{"navn":"har_arbejdsgiver","slags":"bool","post":null,"standard":false},{"navn":"forløbsstart","slags":"dato","post":null,"standard":null},{"navn":"forløbsslut","slags":"dato","post":null,"standard":null},{"navn":"første_henvendelse","slags":"dato","post":null,"standard":null},{"navn":"første_fraværsdag","slags":"dato","post":null,"standard":null},{"navn":"samtaler","slags":"list","post":"Samtale","standard":null},{"navn":"tilbud","slags":"list","post":"Tilbud","standard":null},{"navn":"uddannelsesstart","slags":"dato","post":null,"standard":null},{"navn":"mentor","slags":"record","post":"Mentor","standard":null},{"navn":"frafaldsbeskeder","slags":"list","post":"Frafaldsbesked","standard":null},{"navn":"indstillinger","slags":"list","post":"Indstilling","standard":null},{"navn":"ordinære_løntimer_12_mdr","slags":"hours","post":null,"standard":0},{"navn":"fritagelse","slags":"record","post":"Fritagelse","standard":null}]}},
ydelsesfelt:"ydelse",
regler:[
{navn:"begrundet_afvisning_af_indstilling",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2024-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"hver",graense:null},
{navn:"første_samtale_kontanthjælp",ydelser:["kontanthjælp","uddannelseshjælp"],gaelder:function(m){return R.blandt(m.sag["ydelse"],["kontanthjælp","uddannelseshjælp"]);},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return R.kraev(m,m.sag["første_henvendelse"],"første_henvendelse",null);},afgoerendeVedElement:false,undtagelser:[],slags:"frist",lets:[["frist",function(m){return R.flyt(R.kraev(m,m.sag["første_henvendelse"],"første_henvendelse",null),R.varighed(0,7),1);}]],dommedag:function(m){return m.lokal["frist"];},fakta:[["dato",function(m){return R.foersteTidspunkt(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:null,filter:function(m){return D["med_jobcentret"](m);}});}]],afgoerelse:[{naar:function(m){return (!!(R.angivet(m.lokal["dato"],false))&&!!(((m.lokal["dato"])>(m.lokal["frist"]))));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:function(m){return R.angivet(m.lokal["dato"],false);},udfald:"opfyldt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:null,antal:null},{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["frist"]));},udfald:"ikke_omfattet",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:null,antal:null},{naar:function(m){return ((m.lokal["frist"])<(m.idag));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:null,udfald:"frist",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null}]},
{navn:"første_samtale_sygedagpenge",ydelser:["sygedagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("sygedagpenge"));},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return R.ellers(m.sag["første_fraværsdag"],function(m){return m.sag["forløbsstart"];},m);},afgoerendeVedElement:false,undtagelser:[],slags:"frist",lets:[["frist",function(m){return R.flyt(R.flyt(R.ellers(m.sag["første_fraværsdag"],function(m){return m.sag["forløbsstart"];},m),R.varighed(0,56),1),R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["frist"];},fakta:[["dato",function(m){return R.foersteTidspunkt(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:null,filter:function(m){return D["med_jobcentret"](m);}});}]],afgoerelse:[{naar:function(m){return (!!(R.angivet(m.lokal["dato"],false))&&!!(((m.lokal["dato"])>(m.lokal["frist"]))));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:function(m){return R.angivet(m.lokal["dato"],false);},udfald:"opfyldt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:null,antal:null},{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["frist"]));},udfald:"ikke_omfattet",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:null,antal:null},{naar:function(m){return ((m.lokal["frist"])<(m.idag));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:null,udfald:"frist",fakta:[["hvad",function(m){return "første samtale";}],["begynder",function(m){return false;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null}]},
{navn:"samtaler_første_halve_år",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb"],gaelder:function(m){return (!!(D["de_ni_målgrupper"](m))&&!!(!((!!(((m.sag["ydelse"])===("dagpenge")))&&!!(((m.sag["forløbsstart"])>=(R.dato("2024-01-01"))))))));},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return m.sag["forløbsstart"];}],["slut",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return D["med_jobcentret"](m);}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 4;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(4))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 4;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 4;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 4;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"a_kasse_samtaler_første_tre_måneder",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2024-01-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return m.sag["forløbsstart"];}],["slut",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(3,0),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return D["med_a_kassen"](m);}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(3))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"jobcenter_samtaler_måned_fire_til_seks",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2024-01-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(3,0),1);}],["slut",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return D["med_jobcentret"](m);}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(3))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 3;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"første_fællessamtale",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2019-07-01"),til:R.dato("2023-12-31"),vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return m.sag["forløbsstart"];}],["slut",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(3,0),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return D["fællessamtale"](m);}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(1))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"anden_fællessamtale",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2019-07-01"),til:R.dato("2023-12-31"),vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(3,0),1);}],["slut",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return D["fællessamtale"](m);}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(1))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"fællessamtale_efter_seks_måneder",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"antal",lets:[["start",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1);}],["slut",function(m){return R.flyt(R.flyt(m.sag["forløbsstart"],R.varighed(16,0),1),R.varighed(0,1),1);}],["sidste_dag",function(m){return R.flyt(m.lokal["slut"],R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["sidste_dag"];},fakta:[["antal",function(m){return R.antal(m,{liste:"samtaler",tidspunkt:"dato",periodeslut:null,sket:true,vindue:{start:function(m){return m.lokal["start"];},slut:function(m){return m.lokal["slut"];}},filter:function(m){return (!!(D["fællessamtale"](m))&&!!(((m.element["dato"])>(R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1)))));}});}]],afgoerelse:[{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["sidste_dag"]));},udfald:"ikke_omfattet",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:function(m){return (!!(((m.lokal["sidste_dag"])<(m.idag)))&&!!(((m.lokal["antal"])<(1))));},udfald:"overtrådt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:null},{naar:function(m){return ((m.lokal["sidste_dag"])<(m.idag));},udfald:"opfyldt",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:null,antal:null},{naar:null,udfald:"frist",fakta:[["start",function(m){return m.lokal["start"];}],["frist",function(m){return m.lokal["sidste_dag"];}],["antal",function(m){return m.lokal["antal"];}],["krav",function(m){return 1;}],["ental",function(m){return "samtale";}],["flertal",function(m){return "samtaler";}]],frist:function(m){return m.lokal["sidste_dag"];},antal:function(m){return m.lokal["antal"];}}]},
{navn:"første_samtale_ved_fremmøde",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb","førtidspension"],gaelder:function(m){return (!!(D["målgrupper_for_samtaleformen"](m))||!!(((m.sag["ydelse"])===("førtidspension"))));},versioner:[{fra:R.dato("2023-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:["sygemeldt_med_arbejdsgiver"],slags:"hver",graense:null},
{navn:"første_a_kasse_samtale_ved_fremmøde",ydelser:["dagpenge"],gaelder:function(m){return ((m.sag["ydelse"])===("dagpenge"));},versioner:[{fra:R.dato("2023-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"hver",graense:null},
{navn:"fremmøde_første_seks_måneder_2022",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb"],gaelder:function(m){return D["målgrupper_for_samtaleformen"](m);},versioner:[{fra:R.dato("2022-01-01"),til:R.dato("2022-12-31"),vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"hver",graense:null},
{navn:"ingen_samtaler_pr_brev",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb","førtidspension"],gaelder:function(m){return D["omfattet_af_indsatsen"](m);},versioner:[{fra:R.dato("2023-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"forbud",graense:null},
{navn:"første_tilbud_inden_for_en_måned",ydelser:["uddannelseshjælp"],gaelder:function(m){return ((m.sag["ydelse"])===("uddannelseshjælp"));},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:["mindre_intensiv_indsats"],slags:"frist",lets:[["frist",function(m){return R.flyt(R.flyt(m.sag["forløbsstart"],R.varighed(1,0),1),R.varighed(0,1),-1);}]],dommedag:function(m){return m.lokal["frist"];},fakta:[["dato",function(m){return R.foersteTidspunkt(m,{liste:"tilbud",tidspunkt:"start",periodeslut:"slut",sket:true,vindue:null,filter:null});}]],afgoerelse:[{naar:function(m){return (!!(R.angivet(m.lokal["dato"],false))&&!!(((m.lokal["dato"])>(m.lokal["frist"]))));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:function(m){return R.angivet(m.lokal["dato"],false);},udfald:"opfyldt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:null,antal:null},{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["frist"]));},udfald:"ikke_omfattet",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:null,antal:null},{naar:function(m){return ((m.lokal["frist"])<(m.idag));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:null,udfald:"frist",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null}]},
{navn:"interval_mellem_tilbud",ydelser:["uddannelseshjælp"],gaelder:function(m){return ((m.sag["ydelse"])===("uddannelseshjælp"));},versioner:[{fra:R.dato("2019-07-01"),til:R.dato("2021-12-31"),vaerdier:[["grænse",function(m){return R.varighed(0,28);}]]},{fra:R.dato("2022-01-01"),til:null,vaerdier:[["grænse",function(m){return R.varighed(4,0);}]]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:["mindre_intensiv_indsats"],slags:"pause",graense:null},
{navn:"løntilskud_højst_seks_måneder",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb","førtidspension"],gaelder:function(m){return D["omfattet_af_indsatsen"](m);},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"varighed",graense:null},
{navn:"virksomhedspraktik_varighed",ydelser:["dagpenge","kontanthjælp","uddannelseshjælp","ledighedsydelse","overgangsydelse","sygedagpenge","revalidering","ressourceforløb","jobafklaringsforløb","førtidspension"],gaelder:function(m){return D["omfattet_af_indsatsen"](m);},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"varighed",graense:function(m){return ((D["tæt_på_arbejdsmarkedet"](m))?(R.varighed(0,28)):(R.varighed(0,91)));}},
{navn:"øvo_ikke_ret_og_pligt",ydelser:["dagpenge","kontanthjælp","overgangsydelse"],gaelder:function(m){return (!!(R.blandt(m.sag["ydelse"],["dagpenge","kontanthjælp","overgangsydelse"]))&&!!(!(m.sag["i_integrationsprogram"])));},versioner:[{fra:R.dato("2023-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"forbud",graense:null},
{navn:"første_ret_og_pligt_tilbud",ydelser:["dagpenge","kontanthjælp"],gaelder:function(m){return R.blandt(m.sag["ydelse"],["dagpenge","kontanthjælp"]);},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.sag["forløbsstart"];},afgoerendeVedElement:false,undtagelser:[],slags:"frist",lets:[["frist",function(m){return R.flyt(m.sag["forløbsstart"],R.varighed(6,0),1);}]],dommedag:function(m){return m.lokal["frist"];},fakta:[["dato",function(m){return R.foersteTidspunkt(m,{liste:"tilbud",tidspunkt:"start",periodeslut:"slut",sket:true,vindue:null,filter:function(m){return (!!(m.element["ret_og_pligt"])&&!!((!!((!!(!(D["øvo"](m)))||!!(((m.element["start"])<(R.dato("2023-01-01"))))))||!!(m.sag["i_integrationsprogram"]))));}});}]],afgoerelse:[{naar:function(m){return (!!(R.angivet(m.lokal["dato"],false))&&!!(((m.lokal["dato"])>(m.lokal["frist"]))));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:function(m){return R.angivet(m.lokal["dato"],false);},udfald:"opfyldt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}],["dato",function(m){return m.lokal["dato"];}]],frist:null,antal:null},{naar:function(m){return !(R.koerer(m.sag["forløbsslut"],m.lokal["frist"]));},udfald:"ikke_omfattet",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:null,antal:null},{naar:function(m){return ((m.lokal["frist"])<(m.idag));},udfald:"overtrådt",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null},{naar:null,udfald:"frist",fakta:[["hvad",function(m){return "første tilbud";}],["begynder",function(m){return true;}],["frist",function(m){return m.lokal["frist"];}]],frist:function(m){return m.lokal["frist"];},antal:null}]},
{navn:"reaktion_på_frafaldsbesked",ydelser:["uddannelseshjælp"],gaelder:function(m){return ((m.sag["ydelse"])===("uddannelseshjælp"));},versioner:[{fra:R.dato("2022-01-01"),til:null,vaerdier:[]}],afgoerende:null,afgoerendeVedElement:true,undtagelser:[],slags:"hver",graense:null}],
undtagelser:[
{navn:"mindre_intensiv_indsats",naar:function(m){return (!!(R.angivet(m.sag["fritagelse"],false))&&!!(((R.kraev(m,m.sag["fritagelse"],"fritagelse",null)["overgang"])<=(R.flyt(R.kraev(m,m.sag["fritagelse"],"fritagelse",null)["fra"],R.varighed(0,42),1)))));},versioner:[{fra:R.dato("2019-07-01"),til:null,vaerdier:[]}],afgoerende:function(m){return R.kraev(m,m.sag["fritagelse"],"fritagelse",null)["fra"];},omfatter:function(m){return ((m.dommedag)>=(R.kraev(m,m.sag["fritagelse"],"fritagelse",null)["fra"]));}},
{navn:"sygemeldt_med_arbejdsgiver",naar:function(m){return (!!(((m.sag["ydelse"])===("sygedagpenge")))&&!!(m.sag["har_arbejdsgiver"]));},versioner:[{fra:R.dato("2023-01-01"),til:null,vaerdier:[]}],afgoerende:function(m){return m.dommedag;},omfatter:null}],
tekster:{"felter":[{"navn":"ydelse","etiket":"Ydelse","slags":"enum","valgfri":false,"standard":null,"vaerdier":[["dagpenge","dagpenge"],["kontanthjælp","kontanthjælp"],["uddannelseshjælp","uddannelseshjælp"],["ledighedsydelse","ledighedsydelse"],["overgangsydelse","overgangsydelse"],["sygedagpenge","sygedagpenge"],["revalidering","revalidering"],["ressourceforløb","ressourceforløb"],["jobafklaringsforløb","jobafklaringsforløb"],["førtidspension","førtidspension"]]},{"navn":"visitation","etiket":"Visitation","slags":"enum","valgfri":true,"standard":null,"vaerdier":[["jobparat","jobparat"],["aktivitetsparat","aktivitetsparat"],["åbenlyst_uddannelsesparat","åbenlyst uddannelsesparat"],["uddannelsesparat","uddannelsesparat"]]},{"navn":"i_integrationsprogram","etiket":"I integrationsprogram","slags":"bool","valgfri":false,"standard":false},{"navn":"har_arbejdsgiver","etiket":"Har arbejdsgiver","slags":"bool","valgfri":false,"standard":false},{"navn":"forløbsstart","etiket":"Forløbsstart","slags":"date","valgfri":false,"standard":null},{"navn":"forløbsslut","etiket":"Forløbsslut","slags":"date","valgfri":true,"standard":null},{"navn":"første_henvendelse","etiket":"Første henvendelse","slags":"date","valgfri":true,"standard":null},{"navn":"første_fraværsdag","etiket":"Første fraværsdag","slags":"date","valgfri":true,"standard":null},{"navn":"fritagelse","etiket":"Fritagelse","slags":"record","valgfri":true,"standard":null,"felter":[{"navn":"årsag","etiket":"Fritagelsens årsag","slags":"enum","valgfri":false,"standard":null,"vaerdier":[["fuldtidsjob","fuldtidsjob"],["fleksjob","fleksjob"],["barsel","barsel"],["efterløn","efterløn"],["fleksydelse","fleksydelse"],["folkepension","folkepension"]]},{"navn":"fra","etiket":"Fritagelsens fra-dato","slags":"date","valgfri":false,"standard":null},{"navn":"overgang","etiket":"Fritagelsens overgang","slags":"date","valgfri":false,"standard":null}]}],"regler":{"begrundet_afvisning_af_indstilling":{"titel":"Afvisning af a-kassens indstilling om et tilbud skal begrundes","side":"regler/begrundet_afvisning_af_indstilling.html","bestemmelser":"P21","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. januar 2024","afgoerende":"dato for den enkelte indstilling","ydelser":"dagpenge","krav":["For hver indstilling, hvor afvist er ja, gælder, at begrundelse er angivet."],"frist":null,"element":"indstilling","udkast":null},"første_samtale_kontanthjælp":{"titel":"Første samtale senest en uge efter første henvendelse","side":"regler/foerste_samtale_kontanthjaelp.html","bestemmelser":"P01","gaelderFor":"sager, hvor ydelse er kontanthjælp eller uddannelseshjælp","periode":"fra 1. juli 2019","afgoerende":"første henvendelse","ydelser":"kontanthjælp, uddannelseshjælp","krav":["Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted senest 1 uge efter første henvendelse."],"frist":null,"element":"første samtale","udkast":null},"første_samtale_sygedagpenge":{"titel":"Første samtale senest ved udgangen af 8. sygefraværsuge","side":"regler/foerste_samtale_sygedagpenge.html","bestemmelser":"P02","gaelderFor":"sager, hvor ydelse er sygedagpenge","periode":"fra 1. juli 2019","afgoerende":"første fraværsdag (eller forløbsstart, hvis den mangler)","ydelser":"sygedagpenge","krav":["Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted inden for de første 8 uger efter første fraværsdag (eller forløbsstart, hvis den mangler)."],"frist":"fristen er den sidste dag inden for de første 8 uger efter første fraværsdag (eller forløbsstart, hvis den mangler)","element":"første samtale","udkast":null},"samtaler_første_halve_år":{"titel":"Mindst fire samtaler med jobcentret i de første seks måneder","side":"regler/samtaler_foerste_halve_aar.html","bestemmelser":"P03","gaelderFor":"sager, hvor «en af de ni målgrupper for kontaktforløbet» og det gælder ikke, at (ydelse er dagpenge og forløbsstart er tidligst 1. januar 2024)","periode":"fra 1. juli 2019","afgoerende":"forløbsstart","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb","krav":["Der skal være mindst 4 samtaler, der er «samtale med jobcentret (alene eller sammen med a-kassen)», inden for de første 6 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"a_kasse_samtaler_første_tre_måneder":{"titel":"Dagpenge: mindst tre samtaler i a-kassen i de første tre måneder","side":"regler/a_kasse_samtaler_foerste_tre_maaneder.html","bestemmelser":"P05","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. januar 2024","afgoerende":"forløbsstart","ydelser":"dagpenge","krav":["Der skal være mindst 3 samtaler, der er «samtale med a-kassen», inden for de første 3 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"jobcenter_samtaler_måned_fire_til_seks":{"titel":"Dagpenge: mindst tre samtaler i jobcentret i måned fire til seks","side":"regler/jobcenter_samtaler_maaned_fire_til_seks.html","bestemmelser":"P05","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. januar 2024","afgoerende":"forløbsstart","ydelser":"dagpenge","krav":["Der skal være mindst 3 samtaler, der er «samtale med jobcentret (alene eller sammen med a-kassen)», inden for perioden fra 3 måneder til 6 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"første_fællessamtale":{"titel":"Dagpenge: en fællessamtale i de første tre måneder","side":"regler/foerste_faellessamtale.html","bestemmelser":"P06","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. juli 2019 til og med 31. december 2023","afgoerende":"forløbsstart","ydelser":"dagpenge","krav":["Der skal være mindst 1 samtale, der er «fællessamtale med jobcenter og a-kasse», inden for de første 3 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"anden_fællessamtale":{"titel":"Dagpenge: en fællessamtale i måned fire til seks","side":"regler/anden_faellessamtale.html","bestemmelser":"P06","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. juli 2019 til og med 31. december 2023","afgoerende":"forløbsstart","ydelser":"dagpenge","krav":["Der skal være mindst 1 samtale, der er «fællessamtale med jobcenter og a-kasse», inden for perioden fra 3 måneder til 6 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"fællessamtale_efter_seks_måneder":{"titel":"Dagpenge: en fællessamtale senere end seks måneder og senest 16 måneder efter start","side":"regler/faellessamtale_efter_seks_maaneder.html","bestemmelser":"P07","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. juli 2019","afgoerende":"forløbsstart","ydelser":"dagpenge","krav":["Der skal være mindst 1 samtale, hvor «fællessamtale med jobcenter og a-kasse» og dato er senere end 6 måneder efter forløbsstart, inden for perioden fra 6 måneder til og med 16 måneder efter forløbsstart."],"frist":null,"element":"samtale","udkast":null},"første_samtale_ved_fremmøde":{"titel":"Første samtale med jobcentret holdes ved personligt fremmøde","side":"regler/foerste_samtale_ved_fremmoede.html","bestemmelser":"P08","gaelderFor":"sager, hvor «de ni målgrupper; overgangsydelse dog kun uden for integrationsprogrammet» eller ydelse er førtidspension","periode":"fra 1. januar 2023","afgoerende":"dato for den enkelte samtale","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb, førtidspension","krav":["For den første samtale med jobcentret (alene eller sammen med a-kassen) gælder, at form er fremmøde."],"frist":null,"element":"samtale","udkast":null},"første_a_kasse_samtale_ved_fremmøde":{"titel":"Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde","side":"regler/foerste_a_kasse_samtale_ved_fremmoede.html","bestemmelser":"P08","gaelderFor":"sager, hvor ydelse er dagpenge","periode":"fra 1. januar 2023","afgoerende":"dato for den enkelte samtale","ydelser":"dagpenge","krav":["For den første samtale med a-kassen gælder, at form er fremmøde."],"frist":null,"element":"samtale","udkast":null},"fremmøde_første_seks_måneder_2022":{"titel":"Samtaler i de første seks måneder holdes ved fremmøde (2022)","side":"regler/fremmoede_foerste_seks_maaneder_2022.html","bestemmelser":"P09","gaelderFor":"sager, der er «de ni målgrupper; overgangsydelse dog kun uden for integrationsprogrammet»","periode":"fra 1. januar 2022 til og med 31. december 2022","afgoerende":"dato for den enkelte samtale","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb","krav":["For hver samtale, hvor dato er tidligere end 6 måneder efter forløbsstart, gælder, at form er fremmøde."],"frist":null,"element":"samtale","udkast":null},"ingen_samtaler_pr_brev":{"titel":"Ingen samtaler pr. brev","side":"regler/ingen_samtaler_pr_brev.html","bestemmelser":"P11","gaelderFor":"sager, der er «enhver sag i beskæftigelsesindsatsen, uanset ydelse»","periode":"fra 1. januar 2023","afgoerende":"dato for den enkelte samtale","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb, førtidspension","krav":["Der må ikke være nogen samtale, hvor form er brev."],"frist":null,"element":"samtale","udkast":null},"første_tilbud_inden_for_en_måned":{"titel":"Første tilbud inden for den første måned","side":"regler/foerste_tilbud_inden_for_en_maaned.html","bestemmelser":"P12","gaelderFor":"sager, hvor ydelse er uddannelseshjælp","periode":"fra 1. juli 2019","afgoerende":"forløbsstart","ydelser":"uddannelseshjælp","krav":["Det første tilbud skal begynde inden for den første måned efter forløbsstart."],"frist":"fristen er den sidste dag inden for den første måned efter forløbsstart","element":"første tilbud","udkast":null},"interval_mellem_tilbud":{"titel":"Højst fire måneder (før 2022: fire uger) mellem to tilbud","side":"regler/interval_mellem_tilbud.html","bestemmelser":"P13","gaelderFor":"sager, hvor ydelse er uddannelseshjælp","periode":"fra 1. juli 2019, i 2 versioner","afgoerende":"slut for det enkelte tilbud","ydelser":"uddannelseshjælp","krav":["Der må højst gå 4 uger fra et tilbud slutter, til det næste begynder.","Der må højst gå 4 måneder fra et tilbud slutter, til det næste begynder."],"frist":null,"element":"tilbud","udkast":null},"løntilskud_højst_seks_måneder":{"titel":"Løntilskud varer højst seks måneder, ved offentlig arbejdsgiver højst fire for personer tæt på arbejdsmarkedet","side":"regler/loentilskud_hoejst_seks_maaneder.html","bestemmelser":"P17","gaelderFor":"sager, der er «enhver sag i beskæftigelsesindsatsen, uanset ydelse»","periode":"fra 1. juli 2019","afgoerende":"start for det enkelte tilbud","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb, førtidspension","krav":["Hvert tilbud, hvor type er løntilskud, må højst vare 4 måneder, hvis «tæt på arbejdsmarkedet» og arbejdsgiver er offentlig, ellers 6 måneder."],"frist":null,"element":"tilbud","udkast":null},"virksomhedspraktik_varighed":{"titel":"Virksomhedspraktik varer højst fire uger, eller 13 uger for personer længere fra arbejdsmarkedet","side":"regler/virksomhedspraktik_varighed.html","bestemmelser":"P18","gaelderFor":"sager, der er «enhver sag i beskæftigelsesindsatsen, uanset ydelse»","periode":"fra 1. juli 2019","afgoerende":"start for det enkelte tilbud","ydelser":"dagpenge, kontanthjælp, uddannelseshjælp, ledighedsydelse, overgangsydelse, sygedagpenge, revalidering, ressourceforløb, jobafklaringsforløb, førtidspension","krav":["Hvert tilbud, hvor type er virksomhedspraktik, må højst vare 4 uger, hvis «tæt på arbejdsmarkedet», ellers 13 uger."],"frist":null,"element":"tilbud","udkast":null},"øvo_ikke_ret_og_pligt":{"titel":"Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud","side":"regler/oevo_ikke_ret_og_pligt.html","bestemmelser":"P19","gaelderFor":"sager, hvor ydelse er dagpenge, kontanthjælp eller overgangsydelse og i integrationsprogram er nej","periode":"fra 1. januar 2023","afgoerende":"start for det enkelte tilbud","ydelser":"dagpenge, kontanthjælp, overgangsydelse","krav":["Der må ikke være noget tilbud, hvor «øvrig vejledning og opkvalificering (LAB § 91)» og ret og pligt er ja."],"frist":null,"element":"tilbud","udkast":null},"første_ret_og_pligt_tilbud":{"titel":"Første ret og pligt-tilbud senest efter seks måneder","side":"regler/foerste_ret_og_pligt_tilbud.html","bestemmelser":"P23","gaelderFor":"sager, hvor ydelse er dagpenge eller kontanthjælp","periode":"fra 1. juli 2019","afgoerende":"forløbsstart","ydelser":"dagpenge, kontanthjælp","krav":["Det første tilbud, hvor ret og pligt er ja og (ikke «øvrig vejledning og opkvalificering (LAB § 91)» eller start er før 1. januar 2023 eller i integrationsprogram er ja), skal begynde senest 6 måneder efter forløbsstart."],"frist":null,"element":"første tilbud","udkast":null},"reaktion_på_frafaldsbesked":{"titel":"Jobcentret reagerer på beskeder om risiko for frafald","side":"regler/reaktion_paa_frafaldsbesked.html","bestemmelser":"P15","gaelderFor":"sager, hvor ydelse er uddannelseshjælp","periode":"fra 1. januar 2022","afgoerende":"modtaget for den enkelte frafaldsbesked","ydelser":"uddannelseshjælp","krav":["For hver frafaldsbesked, hvor modtaget er tidligst uddannelsesstart og modtaget er tidligere end 6 måneder efter uddannelsesstart, gælder, at reaktion er angivet og reaktion er tidligst modtaget og reaktion er senest skæringsdatoen."],"frist":null,"element":"frafaldsbesked","udkast":null}},"undtagelser":{"mindre_intensiv_indsats":{"titel":"Fritagelse ved overgang til job, fleksjob, barsel, efterløn, fleksydelse eller folkepension inden for seks uger","side":"regler/mindre_intensiv_indsats.html","betingelse":"fritagelse er angivet og fritagelsens overgang er senest 6 uger efter fritagelsens fra-dato"},"sygemeldt_med_arbejdsgiver":{"titel":"Sygemeldte med en arbejdsgiver kan holde første samtale over video eller telefon","side":"regler/sygemeldt_med_arbejdsgiver.html","betingelse":"ydelse er sygedagpenge og har arbejdsgiver er ja"}},"forloebsstart":"forløbsstart","etiketter":{"id":"id","ydelse":"ydelse","visitation":"visitation","i_integrationsprogram":"i integrationsprogram","har_arbejdsgiver":"har arbejdsgiver","forløbsstart":"forløbsstart","forløbsslut":"forløbsslut","første_henvendelse":"første henvendelse","første_fraværsdag":"første fraværsdag","samtaler":"samtaler","tilbud":"tilbud","uddannelsesstart":"uddannelsesstart","mentor":"mentor","frafaldsbeskeder":"frafaldsbeskeder","indstillinger":"indstillinger","ordinære_løntimer_12_mdr":"ordinære løntimer 12 mdr","fritagelse":"fritagelse"}}});
})(Regelsprog);
