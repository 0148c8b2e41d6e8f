"""The style and script inlined into the offline graph page (:func:`helpers.render.graph.html_page`).

Plain ECMAScript 5 with no library and nothing fetched, so the page works
from a ``file://`` URL without a network. Every text from the data (actor
names, article names, evidence sentences) reaches the page through
``textContent``, never as markup.
"""

STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:12px;color:#222}
h1{font-size:20px;margin:0 0 4px}
p.note{margin:0 0 8px;color:#555;font-size:13px;max-width:1200px}
#controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:6px 0;font-size:13px}
#controls input[type=search]{width:220px}
#controls select{max-width:260px}
#legend{font-size:13px;margin:4px 0 8px;line-height:1.9}
#legend label{margin-right:12px;white-space:nowrap;cursor:pointer}
#legend .group{font-weight:bold;margin-right:8px}
.key{vertical-align:middle;margin-right:3px}
#wrap{display:flex;gap:16px;align-items:flex-start}
#graph{border:1px solid #ddd;background:#fff;flex:0 0 auto;width:62vw;max-width:1000px;height:auto;cursor:grab;
  touch-action:none}
#graph.panning{cursor:grabbing}
#info{flex:1 1 300px;font-size:13px;max-height:85vh;overflow:auto}
#info li{margin-bottom:6px}
#info h3{font-size:13px;margin:10px 0 2px}
#info .edge-link{cursor:pointer;color:#0b5394;text-decoration:underline}
.edge{fill:none;cursor:pointer;opacity:.75}
.edge:hover,.edge.sel{opacity:1;stroke-width:5px}
.node{cursor:pointer}
.node text{font-size:11px;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:3px}
.hidden{display:none}
.faded{opacity:.12}
.match circle{stroke:#000!important;stroke-width:3px!important}
#graph.hovering .edge:not(.hl),#graph.hovering .node:not(.hl){opacity:.1}
"""

SCRIPT = r"""
(function(){
'use strict';
var data=JSON.parse(document.getElementById('graph-data').textContent);
var svg=document.getElementById('graph'),view=document.getElementById('viewport');
var info=document.getElementById('info'),search=document.getElementById('search');
var outletSel=document.getElementById('outlet'),articleSel=document.getElementById('article');
var edgeEls=[],nodeEls={},selection=null,i;
function el(tag,text){var e=document.createElement(tag);if(text!==undefined){e.textContent=text;}return e;}
var paths=document.querySelectorAll('.edge');
for(i=0;i<paths.length;i++){edgeEls[parseInt(paths[i].getAttribute('data-i'),10)]=paths[i];}
var groups=document.querySelectorAll('.node');
for(i=0;i<groups.length;i++){nodeEls[groups[i].getAttribute('data-id')]=groups[i];}
function relationsOn(){var on={},boxes=document.querySelectorAll('#legend input[data-relation]');
  for(var b=0;b<boxes.length;b++){on[boxes[b].value]=boxes[b].checked;}return on;}
function evidenceShown(e){var out=[],o=outletSel.value,a=articleSel.value;
  e.evidence.forEach(function(item){var art=item.article;
    if(a&&art!==a){return;}if(o&&data.outlets[art]!==o){return;}out.push(item);});return out;}
function edgeVisible(e,on){return on[e.relation]!==false&&evidenceShown(e).length>0;}
function visibleEdges(){var on=relationsOn(),idx=[];
  data.edges.forEach(function(e,k){if(edgeVisible(e,on)){idx.push(k);}});return idx;}
function applyFilters(){
  var idx=visibleEdges(),shown={},active={};
  idx.forEach(function(k){shown[k]=true;active[data.edges[k].source]=true;active[data.edges[k].target]=true;});
  data.edges.forEach(function(e,k){edgeEls[k].classList.toggle('hidden',!shown[k]);});
  Object.keys(nodeEls).forEach(function(n){nodeEls[n].classList.toggle('faded',!active[n]);});
  document.getElementById('shown').textContent=idx.length+' of '+data.edges.length+' edges shown';
  showPanel(idx);}
function edgeBox(k){
  var e=data.edges[k],items=evidenceShown(e),box=el('div');
  var head=el('h3',e.source+' \u2192 '+e.target+': '+e.relation+(e.sign?' ('+e.sign+')':'')+' \u00d7'+items.length);
  head.className='edge-link';head.addEventListener('click',function(){select({type:'edge',k:k});});
  box.appendChild(head);
  if(e.category){box.appendChild(el('p','category: '+e.category));}
  var ul=el('ul');items.forEach(function(t){ul.appendChild(el('li','['+t.article+'] '+t.text));});
  box.appendChild(ul);return box;}
function showPanel(idx){
  var shown={};idx.forEach(function(k){shown[k]=true;});
  var pick=idx,head='Evidence of the '+idx.length+' edges shown';
  if(selection&&selection.type==='edge'){pick=shown[selection.k]?[selection.k]:[];head='Edge';}
  if(selection&&selection.type==='node'){var id=selection.id;
    pick=idx.filter(function(k){return data.edges[k].source===id||data.edges[k].target===id;});
    var n=data.nodes[id];head=id+(n.country?' ('+n.country+')':'')+' \u2013 '+pick.length+' edges shown';}
  var sel=document.querySelectorAll('.edge.sel');for(var s=0;s<sel.length;s++){sel[s].classList.remove('sel');}
  if(selection){pick.forEach(function(k){edgeEls[k].classList.add('sel');});}
  info.textContent='';info.appendChild(el('h2',head));
  if(selection){var clear=el('button','show all edges');clear.addEventListener('click',function(){select(null);});
    info.appendChild(clear);}
  if(!pick.length){info.appendChild(el('p','No edge matches the filters.'));}
  pick.forEach(function(k){info.appendChild(edgeBox(k));});}
function select(s){selection=s;applyFilters();}
data.edges.forEach(function(e,k){edgeEls[k].addEventListener('click',function(){select({type:'edge',k:k});});});
function neighbours(id){var idx=visibleEdges(),near={},hl=[];near[id]=true;
  idx.forEach(function(k){var e=data.edges[k];if(e.source===id||e.target===id){near[e.source]=true;near[e.target]=true;hl.push(k);}});
  return {nodes:near,edges:hl};}
function hover(id){var nb=neighbours(id);svg.classList.add('hovering');
  Object.keys(nb.nodes).forEach(function(n){nodeEls[n].classList.add('hl');});
  nb.edges.forEach(function(k){edgeEls[k].classList.add('hl');});}
function unhover(){svg.classList.remove('hovering');var h=document.querySelectorAll('#graph .hl');
  for(var j=0;j<h.length;j++){h[j].classList.remove('hl');}}
Object.keys(nodeEls).forEach(function(n){var g=nodeEls[n];
  g.addEventListener('mouseenter',function(){hover(n);});g.addEventListener('mouseleave',unhover);
  g.addEventListener('click',function(){select({type:'node',id:n});});});
function runSearch(){var q=search.value.trim().toLowerCase(),hits=[];
  Object.keys(nodeEls).forEach(function(n){var hit=q!==''&&n.toLowerCase().indexOf(q)>=0;
    nodeEls[n].classList.toggle('match',hit);if(hit){hits.push(n);}});
  document.getElementById('hits').textContent=q?hits.length+' actor(s) match':'';
  if(hits.length===1){select({type:'node',id:hits[0]});}}
search.addEventListener('input',runSearch);
search.addEventListener('keydown',function(ev){if(ev.key==='Enter'){var m=document.querySelector('.node.match');
  if(m){select({type:'node',id:m.getAttribute('data-id')});}}});
function articleOptions(){var o=outletSel.value,keep=articleSel.value;
  for(var j=0;j<articleSel.options.length;j++){var opt=articleSel.options[j];
    opt.hidden=!!(o&&opt.value&&data.outlets[opt.value]!==o);if(opt.hidden&&opt.value===keep){articleSel.value='';}}}
outletSel.addEventListener('change',function(){articleOptions();applyFilters();});
articleSel.addEventListener('change',applyFilters);
var boxes=document.querySelectorAll('#legend input[data-relation]');
for(i=0;i<boxes.length;i++){boxes[i].addEventListener('change',applyFilters);}
var vb={x:0,y:0,w:data.width,h:data.height},drag=null;
function setView(){view.setAttribute('transform','translate('+(-vb.x*data.width/vb.w)+','+(-vb.y*data.height/vb.h)+
  ') scale('+(data.width/vb.w)+')');svg.setAttribute('data-zoom',(data.width/vb.w).toFixed(3));}
function zoom(f,cx,cy){var nw=Math.min(Math.max(vb.w/f,data.width/20),data.width*2);var r=nw/vb.w;
  vb.x=cx-(cx-vb.x)*r;vb.y=cy-(cy-vb.y)*r;vb.w=nw;vb.h=vb.h*r;setView();}
function svgPoint(ev){var b=svg.getBoundingClientRect();
  return {x:vb.x+(ev.clientX-b.left)/b.width*vb.w,y:vb.y+(ev.clientY-b.top)/b.height*vb.h};}
svg.addEventListener('wheel',function(ev){ev.preventDefault();var p=svgPoint(ev);zoom(ev.deltaY<0?1.2:1/1.2,p.x,p.y);},{passive:false});
svg.addEventListener('pointerdown',function(ev){if(ev.target.closest&&ev.target.closest('.node,.edge')){return;}
  drag={x:ev.clientX,y:ev.clientY,vx:vb.x,vy:vb.y};svg.classList.add('panning');});
window.addEventListener('pointermove',function(ev){if(!drag){return;}var b=svg.getBoundingClientRect();
  vb.x=drag.vx-(ev.clientX-drag.x)/b.width*vb.w;vb.y=drag.vy-(ev.clientY-drag.y)/b.height*vb.h;setView();});
window.addEventListener('pointerup',function(){drag=null;svg.classList.remove('panning');});
document.getElementById('zoom-in').addEventListener('click',function(){zoom(1.4,vb.x+vb.w/2,vb.y+vb.h/2);});
document.getElementById('zoom-out').addEventListener('click',function(){zoom(1/1.4,vb.x+vb.w/2,vb.y+vb.h/2);});
document.getElementById('zoom-reset').addEventListener('click',function(){vb={x:0,y:0,w:data.width,h:data.height};setView();});
setView();applyFilters();
})();
"""
