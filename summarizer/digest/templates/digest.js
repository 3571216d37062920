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
