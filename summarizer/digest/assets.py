"""The digest page's stylesheet and script, inlined by html.py (the CSP allows only inline)."""

CSS = """
:root{--bg:#f6f5f1;--card:#fff;--ink:#1c1e22;--muted:#656b75;--line:#e4e1d8;--accent:#2450b8;
--mark:#ffe066;--mark-soft:#fff3b0;--quote:#f4f1e8;
--serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"Liberation Serif","DejaVu Serif",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--card:#1f2227;--ink:#e6e6e3;--muted:#9aa0aa;
--line:#33373e;--accent:#8fb1ff;--mark:#8a6d00;--mark-soft:#4a3f10;--quote:#272a30}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-padding-top:1rem}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 var(--sans);overflow-wrap:break-word}
body>header,nav.toc,main,footer{max-width:940px;margin:0 auto;padding:0 1.25rem}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
h1,h2,h3{line-height:1.25;margin:0}
h1{font:700 2rem/1.15 var(--serif);letter-spacing:-.01em;margin:.15rem 0 .35rem}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);
border-bottom:1px solid var(--line);padding-bottom:.4rem;margin:2.2rem 0 .9rem}
h3{font-size:1.12rem}
.top{padding-top:2rem;padding-bottom:.5rem}
.eyebrow{margin:0;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.12em;color:var(--accent)}
.meta,.muted,.intro,.note,footer{color:var(--muted)}
.meta{margin:0;font-size:.9rem}
.intro{margin:-.4rem 0 1rem;font-size:.93rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.intro p{margin:0}
.lead{font:1.18rem/1.6 var(--serif);margin:1rem 0 0}
.note{font-size:.85rem;margin:.4rem 0}
nav.toc{display:flex;flex-wrap:wrap;gap:.4rem;padding-top:1rem;padding-bottom:.25rem;align-items:center}
nav.toc a{font-size:.88rem;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;background:var(--card);color:var(--ink)}
nav.toc a:hover{border-color:var(--accent);text-decoration:none}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
.tools{display:flex;gap:.4rem}.tools[hidden]{display:none}
button{font:inherit;font-size:.82rem;padding:.25rem .7rem;border-radius:6px;border:1px solid var(--line);
background:var(--card);color:var(--ink);cursor:pointer}button:hover{border-color:var(--accent)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.15rem;margin:0 0 1rem}
.card-head{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.reason{margin:.35rem 0 .8rem;color:var(--muted);font-size:.93rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem}
.side{border:1px solid var(--line);border-left:4px solid #d9822b;border-radius:8px;padding:.7rem .85rem;background:var(--bg)}
.side+.side{border-left-color:#7a5cc4}.side+.side+.side{border-left-color:#2f8f83}
.side-head{display:flex;justify-content:space-between;gap:.5rem;align-items:baseline}
.side-head .who{font-weight:700}
.value{font:700 1.7rem/1.1 var(--serif);margin:.35rem 0 .1rem;font-variant-numeric:tabular-nums}
.value small{font:400 .9rem var(--sans);color:var(--muted)}
.side-text{margin:.3rem 0}
.quote,.excerpt{font-family:var(--serif);margin:.5rem 0;padding:.5rem .8rem;background:var(--quote);border-radius:6px}
.quote{font-size:.95rem;font-style:italic}.quote::before{content:"\\201C"}.quote::after{content:"\\201D"}
.from{font-size:.82rem;color:var(--muted)}
.outlet>.from{font-weight:600;margin-bottom:.3rem}.version+.version{border-top:1px dashed var(--line);margin-top:.4rem;padding-top:.4rem}
.badge.stance{min-width:0;background:var(--quote);color:var(--muted)}.stance-denies .badge.stance{background:#fbdedb;color:#9e2118}
.kind.disputed{color:#9e2118;border-color:#e9b7b1}
ul.plain{list-style:none;margin:0;padding:0}
.stmt{margin:0 0 .45rem;font-weight:600}
.sub{font-size:.88rem;color:var(--muted);margin:.2rem 0}
.label{font-size:.72rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin-right:.25rem}
.chip{display:inline-block;font-size:.8rem;padding:.05rem .55rem;margin:.1rem .15rem .1rem 0;border-radius:999px;
background:var(--quote);color:var(--ink);border:1px solid var(--line)}
.refs{white-space:normal}
.ref{display:inline-block;font:600 .72rem/1.5 var(--mono);padding:0 .35rem;margin:0 .1rem;border-radius:4px;
background:#e8eefc;color:#2450b8;vertical-align:.12em;white-space:nowrap}
.ref.missing{background:#f3e1e1;color:#8a2b2b}
@media (prefers-color-scheme:dark){.ref{background:#26345a;color:#c5d5ff}}
.timeline{list-style:none;margin:0 0 0 .4rem;padding:0;border-left:2px solid var(--line)}
.timeline li{position:relative;display:grid;grid-template-columns:7.5rem 1fr;gap:.75rem;padding:.35rem 0 .6rem 1rem}
.timeline li::before{content:"";position:absolute;left:calc(-.35rem - 1px);top:.55rem;width:.7rem;height:.7rem;border-radius:50%;
background:var(--card);border:2px solid var(--accent)}
.timeline time{font:600 .9rem var(--mono);padding-top:.15rem;color:var(--ink)}
.tl-body p{margin:0}.tl-body q{font-family:var(--serif);font-style:italic}
.table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.72rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);background:var(--bg)}
tr:last-child td{border-bottom:0}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.nowrap{white-space:nowrap}
.claims-list{margin:.5rem 0 0;padding-left:1.1rem}.claims-list li{margin:.25rem 0}
.doc>header{position:relative}
.doc h3{font:700 1.35rem/1.25 var(--serif);margin:.1rem 0 .25rem}
.aid{float:right;font:600 .75rem var(--mono);color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .35rem;margin-left:.5rem}
.path{font:.8rem var(--mono);word-break:break-all}
.summary{font-family:var(--serif);margin:.7rem 0 .9rem}
.claims{border-top:1px solid var(--line)}
details.claim{border-bottom:1px solid var(--line)}
details>summary{cursor:pointer;list-style:none}
details>summary::-webkit-details-marker{display:none}
details.claim>summary{display:grid;grid-template-columns:1.1rem 12.3rem 1fr;grid-template-areas:"arrow tags text" "arrow tags who";
column-gap:.6rem;padding:.6rem .2rem;align-items:start}
details.claim>summary::before{content:"";grid-area:arrow;width:.45rem;height:.45rem;margin-top:.5rem;
border-right:2px solid var(--muted);border-bottom:2px solid var(--muted);transform:rotate(-45deg)}
details.claim[open]>summary::before{transform:rotate(45deg);margin-top:.35rem}
details.claim>summary:hover .ctext{color:var(--accent)}
.tags{grid-area:tags;display:flex;gap:.3rem;align-items:center;padding-top:.1rem}
.ctext{grid-area:text}.cwho{grid-area:who;font-size:.82rem;color:var(--muted)}
.cwho .who{font-weight:600;color:var(--ink)}
.badge{display:inline-block;min-width:6.9rem;white-space:nowrap;text-align:center;font-size:.72rem;font-weight:700;letter-spacing:.03em;
padding:.1rem .45rem;border-radius:999px;text-transform:uppercase}
.cert-stated{background:#dcf2e3;color:#146236}.cert-reported{background:#dfe9fb;color:#1d4b9c}
.cert-claimed{background:#fcebcf;color:#844d00}.cert-unconfirmed{background:#ebe7f4;color:#55458a}
.cert-denied{background:#fbdedb;color:#9e2118}.cert-negated{background:#fbdedb;color:#9e2118}
.cert-speculative{background:#fcebcf;color:#844d00}.cert-unknown{background:var(--quote);color:var(--muted)}
@media (prefers-color-scheme:dark){.cert-stated{background:#1d4430;color:#9fe0b6}.cert-reported{background:#1f3357;color:#abc6f5}
.cert-claimed{background:#4d3510;color:#f3c98a}.cert-unconfirmed{background:#352d4f;color:#c9bdf0}
.cert-denied{background:#5a1f1b;color:#f6b0a9}
.cert-negated{background:#5a1f1b;color:#f6b0a9}.cert-speculative{background:#4d3510;color:#f3c98a}}
.kind{display:inline-block;font:600 .68rem/1.4 var(--mono);text-transform:lowercase;padding:.05rem .4rem;
border:1px solid var(--line);border-radius:4px;color:var(--muted);background:var(--card)}
.claim-body{padding:0 .2rem .85rem 1.7rem}
.excerpt{white-space:pre-wrap;font-size:.98rem;line-height:1.6;margin-top:0;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:.05em .1em;border-radius:2px;box-shadow:0 0 0 1px rgba(180,140,0,.25)}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem;align-items:center}
.used{font-size:.85rem;margin-top:.35rem}
details.claim:target>summary,.card:target,li:target,tr:target{background:rgba(255,224,102,.28)}
details.fulltext{margin-top:.9rem}
details.fulltext>summary{font-size:.9rem;font-weight:600;color:var(--accent)}
details.fulltext>summary::before{content:"+ "}details.fulltext[open]>summary::before{content:"\\2212  "}
.fulltext .text{font:1rem/1.65 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere;margin-top:.6rem;
padding:.8rem 1rem;border-left:3px solid var(--line);max-height:32rem;overflow-y:auto}
.fulltext mark{background:var(--mark-soft)}
.sup{font:600 .65rem var(--mono);vertical-align:super;margin-left:.1rem}
.failed{margin:0;padding-left:1.1rem}.failed li{margin:.3rem 0}.err{color:#9e2118;font-size:.9rem}
.warnings{margin-top:.6rem;font-size:.88rem;color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
footer{font-size:.8rem;padding-top:1rem;padding-bottom:2.5rem;border-top:1px solid var(--line);margin-top:2rem}
@media (max-width:640px){
body{font-size:15.5px}
body>header,nav.toc,main,footer{padding:0 .85rem}
h1{font-size:1.6rem}.lead{font-size:1.06rem}
.card{padding:.85rem .85rem;border-radius:8px}
.timeline li{grid-template-columns:1fr;gap:.1rem}
details.claim>summary{grid-template-columns:1rem 1fr;grid-template-areas:"arrow tags" "arrow text" "arrow who";row-gap:.3rem}
.badge{min-width:0}
.table-wrap{background:none;border:0;overflow:visible}
table,tbody,tr,td{display:block}thead{display:none}
tr{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.35rem .8rem}
td{display:grid;grid-template-columns:5.5rem 1fr;gap:.5rem;padding:.2rem 0;border:0;text-align:left}
td.num{text-align:left}td:empty{display:none}td>*{justify-self:start}
td::before{content:attr(data-label);font-size:.7rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);padding-top:.15rem}
.claim-body{padding-left:.4rem}
}
"""

JS = """
(function(){
  function reveal(){
    var id=decodeURIComponent(location.hash.slice(1));
    var el=id&&document.getElementById(id);
    if(!el)return;
    for(var n=el;n;n=n.parentElement){if(n.tagName==='DETAILS')n.open=true;}
    el.scrollIntoView({block:'start'});
  }
  addEventListener('hashchange',reveal);
  reveal();
  var tools=document.querySelector('.tools');
  if(tools){
    tools.hidden=false;
    tools.addEventListener('click',function(e){
      var b=e.target.closest('button');if(!b)return;
      var open=b.getAttribute('data-open')==='1';
      document.querySelectorAll('details.claim').forEach(function(d){d.open=open;});
    });
  }
})();
"""
