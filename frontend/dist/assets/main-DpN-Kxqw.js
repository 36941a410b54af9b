import{r as u,g as En,o as In,a as An,j as e,s as Tn,b as Pn,c as Fn,A as at,i as Qe,d as On,e as Mn,f as ie,h as P,k as de,n as zn,l as wt,m as Vt,t as qn,p as _t,q as Bn,u as Ln,v as Un}from"./api-Do9bsX1N.js";var st=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,Ht=/^[\\/]{2}/;function Wn(t,n){return n+t.replace(/\\/g,"/")}var $t="popstate";function bt(t){return typeof t=="object"&&t!=null&&"pathname"in t&&"search"in t&&"hash"in t&&"state"in t&&"key"in t}function Vn(t={}){function n(a,s){let r=s.state?.masked,{pathname:l,search:o,hash:d}=r||a.location;return Xe("",{pathname:l,search:o,hash:d},s.state&&s.state.usr||null,s.state&&s.state.key||"default",r?{pathname:a.location.pathname,search:a.location.search,hash:a.location.hash}:void 0)}function i(a,s){return typeof s=="string"?s:ue(s)}return Hn(n,i,null,t)}function O(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function K(t,n){if(!t){typeof console<"u"&&console.warn(n);try{throw new Error(n)}catch{}}}function _n(){return Math.random().toString(36).substring(2,10)}function St(t,n){return{usr:t.state,key:t.key,idx:n,masked:t.mask?{pathname:t.pathname,search:t.search,hash:t.hash}:void 0}}function Xe(t,n,i=null,a,s){return{pathname:typeof t=="string"?t:t.pathname,search:"",hash:"",...typeof n=="string"?fe(n):n,state:i,key:n&&n.key||a||_n(),mask:s}}function ue({pathname:t="/",search:n="",hash:i=""}){return n&&n!=="?"&&(t+=n.charAt(0)==="?"?n:"?"+n),i&&i!=="#"&&(t+=i.charAt(0)==="#"?i:"#"+i),t}function fe(t){let n={};if(t){let i=t.indexOf("#");i>=0&&(n.hash=t.substring(i),t=t.substring(0,i));let a=t.indexOf("?");a>=0&&(n.search=t.substring(a),t=t.substring(0,a)),t&&(n.pathname=t)}return n}function Hn(t,n,i,a={}){let{window:s=document.defaultView,v5Compat:r=!1}=a,l=s.history,o="POP",d=null,c=m();c==null&&(c=0,l.replaceState({...l.state,idx:c},""));function m(){return(l.state||{idx:null}).idx}function h(){o="POP";let x=m(),$=x==null?null:x-c;c=x,d&&d({action:o,location:y.location,delta:$})}function v(x,$){o="PUSH";let C=bt(x)?x:Xe(y.location,x,$);c=m()+1;let b=St(C,c),k=y.createHref(C.mask||C);try{l.pushState(b,"",k)}catch(w){if(w instanceof DOMException&&w.name==="DataCloneError")throw w;s.location.assign(k)}r&&d&&d({action:o,location:y.location,delta:1})}function f(x,$){o="REPLACE";let C=bt(x)?x:Xe(y.location,x,$);c=m();let b=St(C,c),k=y.createHref(C.mask||C);l.replaceState(b,"",k),r&&d&&d({action:o,location:y.location,delta:0})}function p(x){return Yn(s,x)}let y={get action(){return o},get location(){return t(s,l)},listen(x){if(d)throw new Error("A history only accepts one active listener");return s.addEventListener($t,h),d=x,()=>{s.removeEventListener($t,h),d=null}},createHref(x){return n(s,x)},createURL:p,encodeLocation(x){let $=p(x);return{pathname:$.pathname,search:$.search,hash:$.hash}},push:v,replace:f,go(x){return l.go(x)}};return y}function Yn(t,n,i=!1){let a="http://localhost";t&&(a=t.location.origin!=="null"?t.location.origin:t.location.href),O(a,"No window.location.(origin|href) available to create URL");let s=typeof n=="string"?n:ue(n);return s=s.replace(/ $/,"%20"),!i&&Ht.test(s)&&(s=a+s),new URL(s,a)}function Yt(t,n,i="/"){return Kn(t,n,i,!1)}function Kn(t,n,i,a,s){let r=typeof n=="string"?fe(n):n,l=ee(r.pathname||"/",i);if(l==null)return null;let o=Gn(t),d=null,c=ri(l);for(let m=0;d==null&&m<o.length;++m)d=si(o[m],c,a);return d}function Gn(t){let n=Kt(t);return Jn(n),n}function Kt(t,n=[],i=[],a="",s=!1){let r=(l,o,d=s,c)=>{let m={relativePath:c===void 0?l.path||"":c,caseSensitive:l.caseSensitive===!0,childrenIndex:o,route:l};if(m.relativePath.startsWith("/")){if(!m.relativePath.startsWith(a)&&d)return;O(m.relativePath.startsWith(a),`Absolute route path "${m.relativePath}" nested under path "${a}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),m.relativePath=m.relativePath.slice(a.length)}let h=Y([a,m.relativePath]),v=i.concat(m);l.children&&l.children.length>0&&(O(l.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${h}".`),Kt(l.children,n,v,h,d)),!(l.path==null&&!l.index)&&n.push({path:h,score:ii(h,l.index),routesMeta:v.map((f,p)=>{let[y,x]=Zt(f.relativePath,f.caseSensitive,p===v.length-1);return{...f,matcher:y,compiledParams:x}})})};return t.forEach((l,o)=>{if(l.path===""||!l.path?.includes("?"))r(l,o);else for(let d of Gt(l.path))r(l,o,!0,d)}),n}function Gt(t){let n=t.split("/");if(n.length===0)return[];let[i,...a]=n,s=i.endsWith("?"),r=i.replace(/\?$/,"");if(a.length===0)return s?[r,""]:[r];let l=Gt(a.join("/")),o=[];return o.push(...l.map(d=>d===""?r:[r,d].join("/"))),s&&o.push(...l),o.map(d=>t.startsWith("/")&&d===""?"/":d)}function Jn(t){t.sort((n,i)=>n.score!==i.score?i.score-n.score:ai(n.routesMeta.map(a=>a.childrenIndex),i.routesMeta.map(a=>a.childrenIndex)))}var Zn=/^:[\w-]+$/,Qn=3,Xn=2,ei=1,ti=10,ni=-2,Rt=t=>t==="*";function ii(t,n){let i=t.split("/"),a=i.length;return i.some(Rt)&&(a+=ni),n&&(a+=Xn),i.filter(s=>!Rt(s)).reduce((s,r)=>s+(Zn.test(r)?Qn:r===""?ei:ti),a)}function ai(t,n){return t.length===n.length&&t.slice(0,-1).every((a,s)=>a===n[s])?t[t.length-1]-n[n.length-1]:0}function si(t,n,i=!1){let{routesMeta:a}=t,s={},r="/",l=[];for(let o=0;o<a.length;++o){let d=a[o],c=o===a.length-1,m=r==="/"?n:n.slice(r.length)||"/",h={path:d.relativePath,caseSensitive:d.caseSensitive,end:c},v=d.matcher&&d.compiledParams?Jt(h,m,d.matcher,d.compiledParams):Ie(h,m),f=d.route;if(!v&&c&&i&&!a[a.length-1].route.index&&(v=Ie({path:d.relativePath,caseSensitive:d.caseSensitive,end:!1},m)),!v)return null;Object.assign(s,v.params),l.push({params:s,pathname:Y([r,v.pathname]),pathnameBase:ci(Y([r,v.pathnameBase])),route:f}),v.pathnameBase!=="/"&&(r=Y([r,v.pathnameBase]))}return l}function Ie(t,n){typeof t=="string"&&(t={path:t,caseSensitive:!1,end:!0});let[i,a]=Zt(t.path,t.caseSensitive,t.end);return Jt(t,n,i,a)}function Jt(t,n,i,a){let s=n.match(i);if(!s)return null;let r=s[0],l=he(r,1),o=s.slice(1);return{params:a.reduce((c,{paramName:m,isOptional:h},v)=>{if(m==="*"){let p=o[v]||"";l=he(r.slice(0,r.length-p.length),1)}const f=o[v];return h&&!f?c[m]=void 0:c[m]=(f||"").replace(/%2F/g,"/"),c},{}),pathname:r,pathnameBase:l,pattern:t}}function Zt(t,n=!1,i=!0){K(t==="*"||!t.endsWith("*")||t.endsWith("/*"),`Route path "${t}" will be treated as if it were "${t.replace(/\*$/,"/*")}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${t.replace(/\*$/,"/*")}".`);let a=[],s="^"+t.replace(/\/*\*?$/,"").replace(/^\/*/,"/").replace(/[\\.*+^${}|()[\]]/g,"\\$&").replace(/\/:([\w-]+)(\?)?/g,(l,o,d,c,m)=>{if(a.push({paramName:o,isOptional:d!=null}),d){let h=m.charAt(c+l.length);return h&&h!=="/"?"/([^\\/]*)":"(?:/([^\\/]*))?"}return"/([^\\/]+)"}).replace(/\/([\w-]+)\?(\/|$)/g,"(/$1)?$2");return t.endsWith("*")?(a.push({paramName:"*"}),s+=t==="*"||t==="/*"?"(.*)$":"(?:\\/(.+)|\\/*)$"):i?s+="\\/*$":t!==""&&t!=="/"&&(s+="(?:(?=\\/|$))"),[new RegExp(s,n?void 0:"i"),a]}function ri(t){try{return t.split("/").map(n=>decodeURIComponent(n).replace(/\//g,"%2F")).join("/")}catch(n){return K(!1,`The URL path "${t}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${n}).`),t}}function ee(t,n){if(n==="/")return t;if(!t.toLowerCase().startsWith(n.toLowerCase()))return null;let i=n.endsWith("/")?n.length-1:n.length,a=t.charAt(i);return a&&a!=="/"?null:t.slice(i)||"/"}function oi(t,n="/"){let{pathname:i,search:a="",hash:s=""}=typeof t=="string"?fe(t):t,r;return i?(i=Xt(i),i.startsWith("/")||i.startsWith("\\")?r=Nt(i.substring(1),"/"):r=Nt(i,n)):r=n,{pathname:r,search:di(a),hash:ui(s)}}function Nt(t,n){let i=he(n).split("/");return t.split("/").forEach(s=>{s===".."?i.length>1&&i.pop():s!=="."&&i.push(s)}),i.length>1?i.join("/"):"/"}function Ue(t,n,i,a){return`Cannot include a '${t}' character in a manually specified \`to.${n}\` field [${JSON.stringify(a)}].  Please separate it out to the \`to.${i}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function li(t){return t.filter((n,i)=>i===0||n.route.path&&n.route.path.length>0)}function Qt(t){let n=li(t);return n.map((i,a)=>a===n.length-1?i.pathname:i.pathnameBase)}function rt(t,n,i,a=!1){let s;typeof t=="string"?s=fe(t):(s={...t},O(!s.pathname||!s.pathname.includes("?"),Ue("?","pathname","search",s)),O(!s.pathname||!s.pathname.includes("#"),Ue("#","pathname","hash",s)),O(!s.search||!s.search.includes("#"),Ue("#","search","hash",s)));let r=t===""||s.pathname==="",l=r?"/":s.pathname,o;if(l==null)o=i;else{let h=n.length-1;if(!a&&l.startsWith("..")){let v=l.split("/");for(;v[0]==="..";)v.shift(),h-=1;s.pathname=v.join("/")}o=h>=0?n[h]:"/"}let d=oi(s,o),c=l&&l!=="/"&&l.endsWith("/"),m=(r||l===".")&&i.endsWith("/");return!d.pathname.endsWith("/")&&(c||m)&&(d.pathname+="/"),d}var Xt=t=>t.replace(/[\\/]{2,}/g,"/"),Y=t=>Xt(t.join("/"));function he(t,n=0){let i=t.length;for(;i>n&&t.charCodeAt(i-1)===47;)i--;return i===t.length?t:t.slice(0,i)}var ci=t=>he(t).replace(/^\/*/,"/"),di=t=>!t||t==="?"?"":t.startsWith("?")?t:"?"+t,ui=t=>!t||t==="#"?"":t.startsWith("#")?t:"#"+t,hi=class{constructor(t,n,i,a=!1){this.status=t,this.statusText=n||"",this.internal=a,i instanceof Error?(this.data=i.toString(),this.error=i):this.data=i}};function pi(t){return t!=null&&typeof t.status=="number"&&typeof t.statusText=="string"&&typeof t.internal=="boolean"&&"data"in t}function mi(t){let n=t.map(i=>i.route.path).filter(Boolean);return Y(n)||"/"}var en=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";function tn(t,n){let i=t;if(typeof i!="string"||!st.test(i))return{absoluteURL:void 0,isExternal:!1,to:i};let a=i,s=!1;if(en)try{let r=new URL(window.location.href),l=Ht.test(i)?new URL(Wn(i,r.protocol)):new URL(i),o=ee(l.pathname,n);l.origin===r.origin&&o!=null?i=o+l.search+l.hash:s=!0}catch{K(!1,`<Link to="${i}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:a,isExternal:s,to:i}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");var Ct=new URL("http://localhost");function nn(t){if(t.createURL)return t.createURL("/");try{return new URL(t.createHref("/"),Ct)}catch{return Ct}}function We(t,n){return t.origin===n.origin&&(t.origin!=="null"||t.protocol===n.protocol&&t.host===n.host)}function fi(t,n){if(t.startsWith("//"))return!0;let i=n.protocol.toLowerCase();return t.toLowerCase().startsWith(i)?n.host===""||t.slice(i.length).startsWith("//"):!1}function an(t,n,i,a){let s=null;try{s=t==null?null:new URL(t,i)}catch{}let r=new URL(n,i),l=s!=null&&!We(s,i),o=!We(r,i);if(a==="reject"){if(l||o)throw new Error("External navigation is not allowed")}else if(o&&(s==null||!fi(t,s)||!We(s,r)))throw new Error("External navigation is not allowed")}var sn=["POST","PUT","PATCH","DELETE"];new Set(sn);var gi=["GET",...sn];new Set(gi);var vi=["about:","blob:","chrome:","chrome-untrusted:","content:","data:","devtools:","file:","filesystem:","javascript:"];function yi(t){try{return vi.includes(new URL(t).protocol)}catch{return!1}}var ge=u.createContext(null);ge.displayName="DataRouter";var Pe=u.createContext(null);Pe.displayName="DataRouterState";var rn=u.createContext(!1);function xi(){return u.useContext(rn)}var on=u.createContext({isTransitioning:!1});on.displayName="ViewTransition";var ji=u.createContext(new Map);ji.displayName="Fetchers";var wi=u.createContext(null);wi.displayName="Await";var H=u.createContext(null);H.displayName="Navigation";var je=u.createContext(null);je.displayName="Location";var Z=u.createContext({outlet:null,matches:[],isDataRoute:!1});Z.displayName="Route";var ot=u.createContext(null);ot.displayName="RouteError";var ln="REACT_ROUTER_ERROR",$i="REDIRECT",bi="ROUTE_ERROR_RESPONSE";function Si(t){if(t.startsWith(`${ln}:${$i}:{`))try{let n=JSON.parse(t.slice(28));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string"&&typeof n.location=="string"&&typeof n.reloadDocument=="boolean"&&typeof n.replace=="boolean")return n}catch{}}function Ri(t){if(t.startsWith(`${ln}:${bi}:{`))try{let n=JSON.parse(t.slice(40));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string")return new hi(n.status,n.statusText,n.data)}catch{}}function Ni(t,{relative:n}={}){O(we(),"useHref() may be used only in the context of a <Router> component.");let{basename:i,navigator:a}=u.useContext(H),{hash:s,pathname:r,search:l}=$e(t,{relative:n}),o=r;return i!=="/"&&(o=r==="/"?i:Y([i,r])),a.createHref({pathname:o,search:l,hash:s})}function we(){return u.useContext(je)!=null}function Q(){return O(we(),"useLocation() may be used only in the context of a <Router> component."),u.useContext(je).location}var cn="You should call navigate() in a React.useEffect(), not when your component is first rendered.";function dn(t){u.useContext(H).static||u.useLayoutEffect(t)}function lt(){let{isDataRoute:t}=u.useContext(Z);return t?qi():Ci()}function Ci(){O(we(),"useNavigate() may be used only in the context of a <Router> component.");let t=u.useContext(ge),{basename:n,navigator:i}=u.useContext(H),{matches:a}=u.useContext(Z),{pathname:s}=Q(),r=JSON.stringify(Qt(a)),l=u.useRef(!1);return dn(()=>{l.current=!0}),u.useCallback((d,c={})=>{if(K(l.current,cn),!l.current)return;if(typeof d=="number"){i.go(d);return}let m=rt(d,JSON.parse(r),s,c.relative==="path");t==null&&n!=="/"&&(m.pathname=m.pathname==="/"?n:Y([n,m.pathname])),an(typeof d=="string"?d:ue(d),i.createHref(m),nn(i),"reject"),(c.replace?i.replace:i.push)(m,c.state,c)},[n,i,r,s,t])}u.createContext(null);function ct(){let{matches:t}=u.useContext(Z);return t[t.length-1]?.params??{}}function $e(t,{relative:n}={}){let{matches:i}=u.useContext(Z),{pathname:a}=Q(),s=JSON.stringify(Qt(i));return u.useMemo(()=>rt(t,JSON.parse(s),a,n==="path"),[t,s,a,n])}function ki(t,n){return un(t,n)}function un(t,n,i){O(we(),"useRoutes() may be used only in the context of a <Router> component.");let{navigator:a}=u.useContext(H),{matches:s}=u.useContext(Z),r=s[s.length-1],l=r?r.params:{},o=r?r.pathname:"/",d=r?r.pathnameBase:"/",c=r&&r.route;{let x=c&&c.path||"";pn(o,!c||x.endsWith("*")||x.endsWith("*?"),`You rendered descendant <Routes> (or called \`useRoutes()\`) at "${o}" (under <Route path="${x}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${x}"> to <Route path="${x==="/"?"*":`${x}/*`}">.`)}let m=Q(),h;if(n){let x=typeof n=="string"?fe(n):n;O(d==="/"||x.pathname?.startsWith(d),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${d}" but pathname "${x.pathname}" was given in the \`location\` prop.`),h=x}else h=m;let v=h.pathname||"/",f=v;if(d!=="/"){let x=d.replace(/^\//,"").split("/");f="/"+v.replace(/^\//,"").split("/").slice(x.length).join("/")}let p=i&&i.state.matches.length?i.state.matches.map(x=>Object.assign(x,{route:i.manifest[x.route.id]||x.route})):Yt(t,{pathname:f});K(c||p!=null,`No routes matched location "${h.pathname}${h.search}${h.hash}" `),K(p==null||p[p.length-1].route.element!==void 0||p[p.length-1].route.Component!==void 0||p[p.length-1].route.lazy!==void 0,`Matched leaf route at location "${h.pathname}${h.search}${h.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`);let y=Ti(p&&p.map(x=>Object.assign({},x,{params:Object.assign({},l,x.params),pathname:Y([d,a.encodeLocation?a.encodeLocation(x.pathname.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:x.pathname]),pathnameBase:x.pathnameBase==="/"?d:Y([d,a.encodeLocation?a.encodeLocation(x.pathnameBase.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:x.pathnameBase])})),s,i);return n&&y?u.createElement(je.Provider,{value:{location:{pathname:"/",search:"",hash:"",state:null,key:"default",mask:void 0,...h},navigationType:"POP"}},y):y}function Di(){let t=zi(),n=pi(t)?`${t.status} ${t.statusText}`:t instanceof Error?t.message:JSON.stringify(t),i=t instanceof Error?t.stack:null,a="rgba(200,200,200, 0.5)",s={padding:"0.5rem",backgroundColor:a},r={padding:"2px 4px",backgroundColor:a},l=null;return console.error("Error handled by React Router default ErrorBoundary:",t),l=u.createElement(u.Fragment,null,u.createElement("p",null,"💿 Hey developer 👋"),u.createElement("p",null,"You can provide a way better UX than this when your app throws errors by providing your own ",u.createElement("code",{style:r},"ErrorBoundary")," or"," ",u.createElement("code",{style:r},"errorElement")," prop on your route.")),u.createElement(u.Fragment,null,u.createElement("h2",null,"Unexpected Application Error!"),u.createElement("h3",{style:{fontStyle:"italic"}},n),i?u.createElement("pre",{style:s},i):null,l)}var Ei=u.createElement(Di,null),hn=class extends u.Component{constructor(t){super(t),this.state={location:t.location,revalidation:t.revalidation,error:t.error}}static getDerivedStateFromError(t){return{error:t}}static getDerivedStateFromProps(t,n){return n.location!==t.location||n.revalidation!=="idle"&&t.revalidation==="idle"?{error:t.error,location:t.location,revalidation:t.revalidation}:{error:t.error!==void 0?t.error:n.error,location:n.location,revalidation:t.revalidation||n.revalidation}}componentDidCatch(t,n){this.props.onError?this.props.onError(t,n):console.error("React Router caught the following error during render",t)}render(){let t=this.state.error;if(this.context&&typeof t=="object"&&t&&"digest"in t&&typeof t.digest=="string"){const i=Ri(t.digest);i&&(t=i)}let n=t!==void 0?u.createElement(Z.Provider,{value:this.props.routeContext},u.createElement(ot.Provider,{value:t,children:this.props.component})):this.props.children;return this.context?u.createElement(Ii,{error:t},n):n}};hn.contextType=rn;var Ve=new WeakMap;function Ii({children:t,error:n}){let{basename:i,navigator:a}=u.useContext(H);if(typeof n=="object"&&n&&"digest"in n&&typeof n.digest=="string"){let s=Si(n.digest);if(s){let r=Ve.get(n);if(r)throw r;let l=tn(s.location,i),o=l.absoluteURL||l.to;if(an(s.location,o,nn(a),"allow-explicit"),yi(o))throw new Error("Invalid redirect location");if(en&&!Ve.get(n))if(l.isExternal||s.reloadDocument)window.location.href=o;else{const d=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(l.to,{replace:s.replace}));throw Ve.set(n,d),d}return u.createElement("meta",{httpEquiv:"refresh",content:`0;url=${o}`})}}return t}function Ai({routeContext:t,match:n,children:i}){let a=u.useContext(ge);return a&&a.static&&a.staticContext&&(n.route.errorElement||n.route.ErrorBoundary)&&(a.staticContext._deepestRenderedBoundaryId=n.route.id),u.createElement(Z.Provider,{value:t},i)}function Ti(t,n=[],i){let a=i?.state;if(t==null){if(!a)return null;if(a.errors)t=a.matches;else if(n.length===0&&!a.initialized&&a.matches.length>0)t=a.matches;else return null}let s=t,r=a?.errors;if(r!=null){let m=s.findIndex(h=>h.route.id&&r?.[h.route.id]!==void 0);O(m>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(r).join(",")}`),s=s.slice(0,Math.min(s.length,m+1))}let l=!1,o=-1;if(i&&a){l=a.renderFallback;for(let m=0;m<s.length;m++){let h=s[m];if((h.route.HydrateFallback||h.route.hydrateFallbackElement)&&(o=m),h.route.id){let{loaderData:v,errors:f}=a,p=h.route.loader&&!v.hasOwnProperty(h.route.id)&&(!f||f[h.route.id]===void 0);if(h.route.lazy||p){i.isStatic&&(l=!0),o>=0?s=s.slice(0,o+1):s=[s[0]];break}}}}let d=i?.onError,c=a&&d?(m,h)=>{d(m,{location:a.location,params:a.matches?.[0]?.params??{},pattern:mi(a.matches),errorInfo:h})}:void 0;return s.reduceRight((m,h,v)=>{let f,p=!1,y=null,x=null;a&&(f=r&&h.route.id?r[h.route.id]:void 0,y=h.route.errorElement||Ei,l&&(o<0&&v===0?(pn("route-fallback",!1,"No `HydrateFallback` element provided to render during initial hydration"),p=!0,x=null):o===v&&(p=!0,x=h.route.hydrateFallbackElement||null)));let $=n.concat(s.slice(0,v+1)),C=()=>{let b;return f?b=y:p?b=x:h.route.Component?b=u.createElement(h.route.Component,null):h.route.element?b=h.route.element:b=m,u.createElement(Ai,{match:h,routeContext:{outlet:m,matches:$,isDataRoute:a!=null},children:b})};return a&&(h.route.ErrorBoundary||h.route.errorElement||v===0)?u.createElement(hn,{location:a.location,revalidation:a.revalidation,component:y,error:f,children:C(),routeContext:{outlet:null,matches:$,isDataRoute:!0},onError:c}):C()},null)}function dt(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Pi(t){let n=u.useContext(ge);return O(n,dt(t)),n}function Fi(t){let n=u.useContext(Pe);return O(n,dt(t)),n}function Oi(t){let n=u.useContext(Z);return O(n,dt(t)),n}function ut(t){let n=Oi(t),i=n.matches[n.matches.length-1];return O(i.route.id,`${t} can only be used on routes that contain a unique "id"`),i.route.id}function Mi(){return ut("useRouteId")}function zi(){let t=u.useContext(ot),n=Fi("useRouteError"),i=ut("useRouteError");return t!==void 0?t:n.errors?.[i]}function qi(){let{router:t}=Pi("useNavigate"),n=ut("useNavigate"),i=u.useRef(!1);return dn(()=>{i.current=!0}),u.useCallback(async(s,r={})=>{K(i.current,cn),i.current&&(typeof s=="number"?await t.navigate(s):await t.navigate(s,{fromRouteId:n,...r}))},[t,n])}var kt={};function pn(t,n,i){!n&&!kt[t]&&(kt[t]=!0,K(!1,i))}u.memo(Bi);function Bi({routes:t,manifest:n,future:i,state:a,isStatic:s,onError:r}){return un(t,void 0,{manifest:n,state:a,isStatic:s,onError:r})}function V(t){O(!1,"A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.")}function Li({basename:t="/",children:n=null,location:i,navigationType:a="POP",navigator:s,static:r=!1,useTransitions:l}){O(!we(),"You cannot render a <Router> inside another <Router>. You should never have more than one in your app.");let o=t.replace(/^\/*/,"/"),d=u.useMemo(()=>({basename:o,navigator:s,static:r,useTransitions:l,future:{}}),[o,s,r,l]);typeof i=="string"&&(i=fe(i));let{pathname:c="/",search:m="",hash:h="",state:v=null,key:f="default",mask:p}=i,y=u.useMemo(()=>{let x=ee(c,o);return x==null?null:{location:{pathname:x,search:m,hash:h,state:v,key:f,mask:p},navigationType:a}},[o,c,m,h,v,f,a,p]);return K(y!=null,`<Router basename="${o}"> is not able to match the URL "${c}${m}${h}" because it does not start with the basename, so the <Router> won't render anything.`),y==null?null:u.createElement(H.Provider,{value:d},u.createElement(je.Provider,{children:n,value:y}))}function Ui({children:t,location:n}){return ki(et(t),n)}function et(t,n=[]){let i=[];return u.Children.forEach(t,(a,s)=>{if(!u.isValidElement(a))return;let r=[...n,s];if(a.type===u.Fragment){i.push.apply(i,et(a.props.children,r));return}O(a.type===V,`[${typeof a.type=="string"?a.type:a.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`),O(!a.props.index||!a.props.children,"An index route cannot have child routes.");let l={id:a.props.id||r.join("-"),caseSensitive:a.props.caseSensitive,element:a.props.element,Component:a.props.Component,index:a.props.index,path:a.props.path,middleware:a.props.middleware,loader:a.props.loader,action:a.props.action,hydrateFallbackElement:a.props.hydrateFallbackElement,HydrateFallback:a.props.HydrateFallback,errorElement:a.props.errorElement,ErrorBoundary:a.props.ErrorBoundary,hasErrorBoundary:a.props.hasErrorBoundary===!0||a.props.ErrorBoundary!=null||a.props.errorElement!=null,shouldRevalidate:a.props.shouldRevalidate,handle:a.props.handle,lazy:a.props.lazy};a.props.children&&(l.children=et(a.props.children,r)),i.push(l)}),i}var Ce="get",ke="application/x-www-form-urlencoded";function Fe(t){return typeof HTMLElement<"u"&&t instanceof HTMLElement}function Wi(t){return Fe(t)&&t.tagName.toLowerCase()==="button"}function Vi(t){return Fe(t)&&t.tagName.toLowerCase()==="form"}function _i(t){return Fe(t)&&t.tagName.toLowerCase()==="input"}function Hi(t){return!!(t.metaKey||t.altKey||t.ctrlKey||t.shiftKey)}function Yi(t,n){return t.button===0&&(!n||n==="_self")&&!Hi(t)}function tt(t=""){return new URLSearchParams(typeof t=="string"||Array.isArray(t)||t instanceof URLSearchParams?t:Object.keys(t).reduce((n,i)=>{let a=t[i];return n.concat(Array.isArray(a)?a.map(s=>[i,s]):[[i,a]])},[]))}function Ki(t,n){let i=tt(t);return n&&n.forEach((a,s)=>{i.has(s)||n.getAll(s).forEach(r=>{i.append(s,r)})}),i}var Re=null;function Gi(){if(Re===null)try{new FormData(document.createElement("form"),0),Re=!1}catch{Re=!0}return Re}var Ji=new Set(["application/x-www-form-urlencoded","multipart/form-data","text/plain"]);function _e(t){return t!=null&&!Ji.has(t)?(K(!1,`"${t}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${ke}"`),null):t}function Zi(t,n){let i,a,s,r,l;if(Vi(t)){let o=t.getAttribute("action");a=o?ee(o,n):null,i=t.getAttribute("method")||Ce,s=_e(t.getAttribute("enctype"))||ke,r=new FormData(t)}else if(Wi(t)||_i(t)&&(t.type==="submit"||t.type==="image")){let o=t.form;if(o==null)throw new Error('Cannot submit a <button> or <input type="submit"> without a <form>');let d=t.getAttribute("formaction")||o.getAttribute("action");if(a=d?ee(d,n):null,i=t.getAttribute("formmethod")||o.getAttribute("method")||Ce,s=_e(t.getAttribute("formenctype"))||_e(o.getAttribute("enctype"))||ke,r=new FormData(o,t),!Gi()){let{name:c,type:m,value:h}=t;if(m==="image"){let v=c?`${c}.`:"";r.append(`${v}x`,"0"),r.append(`${v}y`,"0")}else c&&r.append(c,h)}}else{if(Fe(t))throw new Error('Cannot submit element that is not <form>, <button>, or <input type="submit|image">');i=Ce,a=null,s=ke,l=t}return r&&s==="text/plain"&&(l=r,r=void 0),{action:a,method:i.toLowerCase(),encType:s,formData:r,body:l}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");function ht(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function mn(t,n,i,a){let s=typeof t=="string"?new URL(t,typeof window>"u"?"server://singlefetch/":window.location.origin):t;return i?s.pathname.endsWith("/")?s.pathname=`${s.pathname}_.${a}`:s.pathname=`${s.pathname}.${a}`:s.pathname==="/"?s.pathname=`_root.${a}`:n&&ee(s.pathname,n)==="/"?s.pathname=`${he(n)}/_root.${a}`:s.pathname=`${he(s.pathname)}.${a}`,s}async function Qi(t,n){if(t.id in n)return n[t.id];try{let i=await import(t.module);return n[t.id]=i,i}catch(i){return console.error(`Error loading route module \`${t.module}\`, reloading page...`),console.error(i),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function Xi(t){return t==null?!1:t.href==null?t.rel==="preload"&&typeof t.imageSrcSet=="string"&&typeof t.imageSizes=="string":typeof t.rel=="string"&&typeof t.href=="string"}async function ea(t,n,i){let a=await Promise.all(t.map(async s=>{let r=n.routes[s.route.id];if(r){let l=await Qi(r,i);return l.links?l.links():[]}return[]}));return aa(a.flat(1).filter(Xi).filter(s=>s.rel==="stylesheet"||s.rel==="preload").map(s=>s.rel==="stylesheet"?{...s,rel:"prefetch",as:"style"}:{...s,rel:"prefetch"}))}function Dt(t,n,i,a,s,r){let l=(d,c)=>i[c]?d.route.id!==i[c].route.id:!0,o=(d,c)=>i[c].pathname!==d.pathname||i[c].route.path?.endsWith("*")&&i[c].params["*"]!==d.params["*"];return r==="assets"?n.filter((d,c)=>l(d,c)||o(d,c)):r==="data"?n.filter((d,c)=>{let m=a.routes[d.route.id];if(!m||!m.hasLoader)return!1;if(l(d,c)||o(d,c))return!0;if(d.route.shouldRevalidate){let h=d.route.shouldRevalidate({currentUrl:new URL(s.pathname+s.search+s.hash,window.origin),currentParams:i[0]?.params||{},nextUrl:new URL(t,window.origin),nextParams:d.params,defaultShouldRevalidate:!0});if(typeof h=="boolean")return h}return!0}):[]}function ta(t,n,{includeHydrateFallback:i}={}){return na(t.map(a=>{let s=n.routes[a.route.id];if(!s)return[];let r=[s.module];return s.clientActionModule&&(r=r.concat(s.clientActionModule)),s.clientLoaderModule&&(r=r.concat(s.clientLoaderModule)),i&&s.hydrateFallbackModule&&(r=r.concat(s.hydrateFallbackModule)),s.imports&&(r=r.concat(s.imports)),r}).flat(1))}function na(t){return[...new Set(t)]}function ia(t){let n={},i=Object.keys(t).sort();for(let a of i)n[a]=t[a];return n}function aa(t,n){let i=new Set;return new Set(n),t.reduce((a,s)=>{let r=JSON.stringify(ia(s));return i.has(r)||(i.add(r),a.push({key:r,link:s})),a},[])}function pt(){let t=u.useContext(ge);return ht(t,"You must render this element inside a <DataRouterContext.Provider> element"),t}function sa(){let t=u.useContext(Pe);return ht(t,"You must render this element inside a <DataRouterStateContext.Provider> element"),t}var mt=u.createContext(void 0);mt.displayName="FrameworkContext";function Oe(){let t=u.useContext(mt);return ht(t,"You must render this element inside a <HydratedRouter> element"),t}function ra(t,n){let i=u.useContext(mt),[a,s]=u.useState(!1),[r,l]=u.useState(!1),{onFocus:o,onBlur:d,onMouseEnter:c,onMouseLeave:m,onTouchStart:h}=n,v=u.useRef(null);u.useEffect(()=>{if(t==="render"&&l(!0),t==="viewport"){let y=$=>{$.forEach(C=>{l(C.isIntersecting)})},x=new IntersectionObserver(y,{threshold:.5});return v.current&&x.observe(v.current),()=>{x.disconnect()}}},[t]),u.useEffect(()=>{if(a){let y=setTimeout(()=>{l(!0)},100);return()=>{clearTimeout(y)}}},[a]);let f=()=>{s(!0)},p=()=>{s(!1),l(!1)};return i?t!=="intent"?[r,v,{}]:[r,v,{onFocus:ye(o,f),onBlur:ye(d,p),onMouseEnter:ye(c,f),onMouseLeave:ye(m,p),onTouchStart:ye(h,f)}]:[!1,v,{}]}function ye(t,n){return i=>{t&&t(i),i.defaultPrevented||n(i)}}function oa({page:t,...n}){let i=xi(),{nonce:a}=Oe(),{router:s}=pt(),r=u.useMemo(()=>Yt(s.routes,t,s.basename),[s.routes,t,s.basename]);return r?(n.nonce==null&&a&&(n={...n,nonce:a}),i?u.createElement(ca,{page:t,matches:r,...n}):u.createElement(da,{page:t,matches:r,...n})):null}function la(t){let{manifest:n,routeModules:i}=Oe(),[a,s]=u.useState([]);return u.useEffect(()=>{let r=!1;return ea(t,n,i).then(l=>{r||s(l)}),()=>{r=!0}},[t,n,i]),a}function ca({page:t,matches:n,...i}){let a=Q(),{future:s}=Oe(),{basename:r}=pt(),l=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let o=mn(t,r,s.v8_trailingSlashAwareDataRequests,"rsc"),d=!1,c=[];for(let m of n)typeof m.route.shouldRevalidate=="function"?d=!0:c.push(m.route.id);return d&&c.length>0&&o.searchParams.set("_routes",c.join(",")),[o.pathname+o.search]},[r,s.v8_trailingSlashAwareDataRequests,t,a,n]);return u.createElement(u.Fragment,null,l.map(o=>u.createElement("link",{key:o,rel:"prefetch",as:"fetch",href:o,...i})))}function da({page:t,matches:n,...i}){let a=Q(),{future:s,manifest:r,routeModules:l}=Oe(),{basename:o}=pt(),{loaderData:d,matches:c}=sa(),m=u.useMemo(()=>Dt(t,n,c,r,a,"data"),[t,n,c,r,a]),h=u.useMemo(()=>Dt(t,n,c,r,a,"assets"),[t,n,c,r,a]),v=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let y=new Set,x=!1;if(n.forEach(C=>{let b=r.routes[C.route.id];!b||!b.hasLoader||(!m.some(k=>k.route.id===C.route.id)&&C.route.id in d&&l[C.route.id]?.shouldRevalidate||b.hasClientLoader?x=!0:y.add(C.route.id))}),y.size===0)return[];let $=mn(t,o,s.v8_trailingSlashAwareDataRequests,"data");return x&&y.size>0&&$.searchParams.set("_routes",n.filter(C=>y.has(C.route.id)).map(C=>C.route.id).join(",")),[$.pathname+$.search]},[o,s.v8_trailingSlashAwareDataRequests,d,a,r,m,n,t,l]),f=u.useMemo(()=>ta(h,r),[h,r]),p=la(h);return u.createElement(u.Fragment,null,v.map(y=>u.createElement("link",{key:y,rel:"prefetch",as:"fetch",href:y,...i})),f.map(y=>u.createElement("link",{key:y,rel:"modulepreload",href:y,...i})),p.map(({key:y,link:x})=>u.createElement("link",{key:y,nonce:i.nonce,...x,crossOrigin:x.crossOrigin??i.crossOrigin})))}function ua(...t){return n=>{t.forEach(i=>{typeof i=="function"?i(n):i!=null&&(i.current=n)})}}var ha=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";try{ha&&(window.__reactRouterVersion="7.18.5")}catch{}function pa({basename:t,children:n,useTransitions:i,window:a}){let s=u.useRef();s.current==null&&(s.current=Vn({window:a,v5Compat:!0}));let r=s.current,[l,o]=u.useState({action:r.action,location:r.location}),d=u.useCallback(c=>{i===!1?o(c):u.startTransition(()=>o(c))},[i]);return u.useLayoutEffect(()=>r.listen(d),[r,d]),u.createElement(Li,{basename:t,children:n,location:l.location,navigationType:l.action,navigator:r,useTransitions:i})}var L=u.forwardRef(function({onClick:n,discover:i="render",prefetch:a="none",relative:s,reloadDocument:r,replace:l,mask:o,state:d,target:c,to:m,preventScrollReset:h,viewTransition:v,defaultShouldRevalidate:f,...p},y){let{basename:x,navigator:$,useTransitions:C}=u.useContext(H),b=typeof m=="string"&&st.test(m),k=tn(m,x);m=k.to;let w=Ni(m,{relative:s}),D=Q(),S=null;if(o){let M=rt(o,[],D.mask?D.mask.pathname:"/",!0);x!=="/"&&(M.pathname=M.pathname==="/"?x:Y([x,M.pathname])),S=$.createHref(M)}let[F,g,N]=ra(a,p),j=ga(m,{replace:l,mask:o,state:d,target:c,preventScrollReset:h,relative:s,viewTransition:v,defaultShouldRevalidate:f,useTransitions:C});function R(M){n&&n(M),M.defaultPrevented||j(M)}let E=!(k.isExternal||r),T=u.createElement("a",{...p,...N,href:(E?S:void 0)||k.absoluteURL||w,onClick:E?R:n,ref:ua(y,g),target:c,"data-discover":!b&&i==="render"?"true":void 0});return F&&!b?u.createElement(u.Fragment,null,T,u.createElement(oa,{page:w})):T});L.displayName="Link";var fn=u.forwardRef(function({"aria-current":n="page",caseSensitive:i=!1,className:a="",end:s=!1,style:r,to:l,viewTransition:o,children:d,...c},m){let h=$e(l,{relative:c.relative}),v=Q(),f=u.useContext(Pe),{navigator:p,basename:y}=u.useContext(H),x=f!=null&&wa(h)&&o===!0,$=p.encodeLocation?p.encodeLocation(h).pathname:h.pathname,C=v.pathname,b=f&&f.navigation&&f.navigation.location?f.navigation.location.pathname:null;i||(C=C.toLowerCase(),b=b?b.toLowerCase():null,$=$.toLowerCase()),b&&y&&(b=ee(b,y)||b);const k=$!=="/"&&$.endsWith("/")?$.length-1:$.length;let w=C===$||!s&&C.startsWith($)&&C.charAt(k)==="/",D=b!=null&&(b===$||!s&&b.startsWith($)&&b.charAt($.length)==="/"),S={isActive:w,isPending:D,isTransitioning:x},F=w?n:void 0,g;typeof a=="function"?g=a(S):g=[a,w?"active":null,D?"pending":null,x?"transitioning":null].filter(Boolean).join(" ");let N=typeof r=="function"?r(S):r;return u.createElement(L,{...c,"aria-current":F,className:g,ref:m,style:N,to:l,viewTransition:o},typeof d=="function"?d(S):d)});fn.displayName="NavLink";var ma=u.forwardRef(({discover:t="render",fetcherKey:n,navigate:i,reloadDocument:a,replace:s,state:r,method:l=Ce,action:o,onSubmit:d,relative:c,preventScrollReset:m,viewTransition:h,defaultShouldRevalidate:v,...f},p)=>{let{useTransitions:y}=u.useContext(H),x=xa(),$=ja(o,{relative:c}),C=l.toLowerCase()==="get"?"get":"post",b=typeof o=="string"&&st.test(o),k=w=>{if(d&&d(w),w.defaultPrevented)return;w.preventDefault();let D=w.nativeEvent.submitter,S=D?.getAttribute("formmethod")||l,F=()=>x(D||w.currentTarget,{fetcherKey:n,method:S,navigate:i,replace:s,state:r,relative:c,preventScrollReset:m,viewTransition:h,defaultShouldRevalidate:v});y&&i!==!1?u.startTransition(()=>F()):F()};return u.createElement("form",{ref:p,method:C,action:$,onSubmit:a?d:k,...f,"data-discover":!b&&t==="render"?"true":void 0})});ma.displayName="Form";function fa(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function gn(t){let n=u.useContext(ge);return O(n,fa(t)),n}function ga(t,{target:n,replace:i,mask:a,state:s,preventScrollReset:r,relative:l,viewTransition:o,defaultShouldRevalidate:d,useTransitions:c}={}){let m=lt(),h=Q(),v=$e(t,{relative:l});return u.useCallback(f=>{if(Yi(f,n)){f.preventDefault();let p=i!==void 0?i:ue(h)===ue(v),y=()=>m(t,{replace:p,mask:a,state:s,preventScrollReset:r,relative:l,viewTransition:o,defaultShouldRevalidate:d});c?u.startTransition(()=>y()):y()}},[h,m,v,i,a,s,n,t,r,l,o,d,c])}function te(t){K(typeof URLSearchParams<"u","You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let n=u.useRef(tt(t)),i=u.useRef(!1),a=Q(),s=u.useMemo(()=>Ki(a.search,i.current?null:n.current),[a.search]),r=lt(),l=u.useCallback((o,d)=>{const c=tt(typeof o=="function"?o(new URLSearchParams(s)):o);i.current=!0,r("?"+c,d)},[r,s]);return[s,l]}var va=0,ya=()=>`__${String(++va)}__`;function xa(){let{router:t}=gn("useSubmit"),{basename:n}=u.useContext(H),i=Mi(),a=t.fetch,s=t.navigate;return u.useCallback(async(r,l={})=>{let{action:o,method:d,encType:c,formData:m,body:h}=Zi(r,n);if(l.navigate===!1){let v=l.fetcherKey||ya();await a(v,i,l.action||o,{defaultShouldRevalidate:l.defaultShouldRevalidate,preventScrollReset:l.preventScrollReset,formData:m,body:h,formMethod:l.method||d,formEncType:l.encType||c,flushSync:l.flushSync})}else await s(l.action||o,{defaultShouldRevalidate:l.defaultShouldRevalidate,preventScrollReset:l.preventScrollReset,formData:m,body:h,formMethod:l.method||d,formEncType:l.encType||c,replace:l.replace,state:l.state,fromRouteId:i,flushSync:l.flushSync,viewTransition:l.viewTransition})},[a,s,n,i])}function ja(t,{relative:n}={}){let{basename:i}=u.useContext(H),a=u.useContext(Z);O(a,"useFormAction must be used inside a RouteContext");let[s]=a.matches.slice(-1),r={...$e(t||".",{relative:n})},l=Q();if(t==null){r.search=l.search;let o=new URLSearchParams(r.search),d=o.getAll("index");if(d.some(m=>m==="")){o.delete("index"),d.filter(h=>h).forEach(h=>o.append("index",h));let m=o.toString();r.search=m?`?${m}`:""}}return(!t||t===".")&&s.route.index&&(r.search=r.search?r.search.replace(/^\?/,"?index&"):"?index"),i!=="/"&&(r.pathname=r.pathname==="/"?i:Y([i,r.pathname])),ue(r)}function wa(t,{relative:n}={}){let i=u.useContext(on);O(i!=null,"`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:a}=gn("useViewTransitionState"),s=$e(t,{relative:n});if(!i.isTransitioning)return!1;let r=ee(i.currentLocation.pathname,a)||i.currentLocation.pathname,l=ee(i.nextLocation.pathname,a)||i.nextLocation.pathname;return Ie(s.pathname,l)!=null||Ie(s.pathname,r)!=null}class I extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}}const $a=new I(`
    fragment MapNode on DataMapViewNode {
  id
  kind
  label
  key
  ref
  group
  members
  parent
  parentLabel
  specialCategory
  criminalOffence
  transfer
  staleSafeguard
  match
}
    `,{fragmentName:"MapNode"}),ba=new I(`
    fragment ChangeFields on Change {
  id
  at
  actor
  via
  entityType
  entityID
  operation
  before
  after
  note
  reverts
}
    `,{fragmentName:"ChangeFields"}),Sa=new I(`
    query Organizations {
  organizations(orderBy: {field: NAME}) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),Ra=new I(`
    query Findings($organization: String!, $asOf: Time) {
  findings(organization: $organization, asOf: $asOf) {
    rule
    title
    severity
    article
    message
    activity
    activityID
    notice
    since
    subject
    facts
    evidence {
      document
      quote
      noticeID
      start
      end
    }
    acknowledged {
      note
      reviewBy
      by
      at
    }
  }
}
    `),Na=new I(`
    mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
  acknowledgeFinding(input: $input) {
    id
    reviewBy
  }
}
    `),Ca=new I(`
    query FindingTransfers($org: ID!) {
  transfers(first: 5000, where: {organizationID: $org}) {
    edges {
      node {
        id
        country
        scope
        recipientID
      }
    }
  }
}
    `),ka=new I(`
    query ActivityForEdit($id: ID!) {
  node(id: $id) {
    __typename
    ... on ProcessingActivity {
      id
      name
      description
      businessFunction
      role
      automatedDecisionMaking
      dpiaRequired
      reviewStatus
      owner
      lastReviewed
      history {
        createdAt
        createdBy
        updatedAt
        updatedBy
        changes {
          ...ChangeFields
        }
      }
      organization {
        id
        key
        name
      }
      evidence {
        id
        quote
      }
      purposes {
        id
        legitimateInterest
        purpose {
          id
          name
        }
        history {
          changes {
            ...ChangeFields
          }
        }
        legalBasis {
          id
          reference
        }
        specialCondition {
          id
          reference
        }
        evidence {
          id
          quote
        }
      }
      dataCategories {
        id
        key
        name
      }
      disclosures {
        id
        recipient {
          id
          name
        }
        history {
          changes {
            ...ChangeFields
          }
        }
        dataCategories {
          id
          key
        }
        evidence {
          id
          quote
        }
      }
      retentionRules {
        id
        duration
        criterion
        endAction
        evidence {
          id
          quote
        }
      }
      transfers {
        id
        scope
        country
        recipient {
          name
        }
        safeguard {
          name
        }
        evidence {
          id
          quote
        }
      }
      effectiveTransfers {
        id
        appliesTo
        reviewStatus
        scope
        country
        recipient {
          name
        }
        safeguard {
          name
          validUntil
        }
      }
      effectiveRetentionRules {
        id
        appliesTo
        reviewStatus
        duration
        criterion
      }
    }
  }
}
    fragment ChangeFields on Change {
  id
  at
  actor
  via
  entityType
  entityID
  operation
  before
  after
  note
  reverts
}`),Da=new I(`
    query EditChoices {
  organizations(orderBy: {field: NAME}) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
  purposes(first: 1000, orderBy: {field: NAME}) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
  legalBases(first: 100, orderBy: {field: KEY}) {
    edges {
      node {
        id
        reference
        name
        article
      }
    }
  }
  dataCategories(first: 1000, orderBy: {field: KEY}) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
  transferSafeguards(first: 100, orderBy: {field: NAME}) {
    edges {
      node {
        id
        name
        validUntil
      }
    }
  }
}
    `),Ea=new I(`
    query OrgRecipients($org: ID!) {
  recipients(first: 1000, where: {organizationID: $org}, orderBy: {field: NAME}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Ia=new I(`
    mutation CreateActivity($input: CreateProcessingActivityInput!) {
  createProcessingActivity(input: $input) {
    id
  }
}
    `),Aa=new I(`
    mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
  updateProcessingActivity(id: $id, input: $input) {
    id
  }
}
    `),Ta=new I(`
    mutation AddPurpose($input: CreateActivityPurposeInput!) {
  createActivityPurpose(input: $input) {
    id
  }
}
    `),Pa=new I(`
    mutation RemovePurpose($id: ID!) {
  deleteActivityPurpose(id: $id)
}
    `),Fa=new I(`
    mutation AddDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    id
  }
}
    `),Oa=new I(`
    mutation RemoveDisclosure($id: ID!) {
  deleteDisclosure(id: $id)
}
    `),Ma=new I(`
    mutation AddRetention($input: CreateRetentionRuleInput!) {
  createRetentionRule(input: $input) {
    id
  }
}
    `),za=new I(`
    mutation RemoveRetention($id: ID!) {
  deleteRetentionRule(id: $id)
}
    `),qa=new I(`
    mutation AddTransfer($input: CreateTransferInput!) {
  createTransfer(input: $input) {
    id
  }
}
    `),Ba=new I(`
    mutation RemoveTransfer($id: ID!) {
  deleteTransfer(id: $id)
}
    `),La=new I(`
    query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {
  historyDiff(organization: $organization, from: $from, to: $to) {
    from
    to
    lines {
      at
      actor
      via
      kind
      subject
      activity
      summary
      fields {
        field
        before
        after
      }
      evidence
      changeID
    }
  }
}
    `),Ua=new I(`
    query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {
  dataMapView(
    organization: $organization
    focus: $focus
    expand: $expand
    search: $search
    asOf: $asOf
  ) {
    nodes {
      ...MapNode
    }
    links {
      from
      to
      kind
      count
      staleSafeguard
    }
    focus {
      ...MapNode
    }
    matches {
      ...MapNode
    }
    matchCount
    totals {
      systems
      categories
      activities
      recipients
      countries
    }
  }
}
    fragment MapNode on DataMapViewNode {
  id
  kind
  label
  key
  ref
  group
  members
  parent
  parentLabel
  specialCategory
  criminalOffence
  transfer
  staleSafeguard
  match
}`),Wa=new I(`
    query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {
  dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {
    node {
      ...MapNode
    }
    activity {
      id
      name
      description
      businessFunction
      role
      reviewStatus
      evidence {
        id
        quote
      }
    }
    purposes {
      id
      reviewStatus
      purpose {
        key
        name
      }
      legalBasis {
        reference
        name
      }
      specialCondition {
        reference
      }
      evidence {
        id
        quote
      }
    }
    categories {
      id
      key
      name
      specialCategory
      criminalOffence
    }
    systems {
      id
      key
      name
    }
    collectedBy {
      id
      name
    }
    disclosures {
      disclosure {
        id
        reviewStatus
        evidence {
          id
          quote
        }
      }
      activity {
        id
        name
      }
      recipient {
        id
        name
        kind
      }
      categories {
        key
        name
        specialCategory
        criminalOffence
      }
      bases {
        id
        purpose {
          name
        }
        legalBasis {
          reference
        }
        specialCondition {
          reference
        }
      }
      allBases
    }
    transfers {
      transfer {
        id
        reviewStatus
        evidence {
          id
          quote
        }
      }
      activities {
        id
        name
      }
      recipient {
        id
        name
      }
      country
      countryName
      safeguard {
        key
        name
        invalidatedBy
      }
      valid
      invalidSince
      appliesTo
    }
    members {
      ...MapNode
    }
    memberCount
  }
}
    fragment MapNode on DataMapViewNode {
  id
  kind
  label
  key
  ref
  group
  members
  parent
  parentLabel
  specialCategory
  criminalOffence
  transfer
  staleSafeguard
  match
}`),Va=new I(`
    query Evidence($id: ID!) {
  node(id: $id) {
    __typename
    ... on Evidence {
      id
      start
      end
      quote
      document {
        title
        url
        lastUpdated
        text
        organization {
          name
        }
      }
    }
  }
}
    `),_a=new I(`
    mutation RevertChange($id: ID!, $reason: String) {
  revertChange(id: $id, reason: $reason) {
    id
  }
}
    `),Ha=new I(`
    query LookupSuggestions($text: String!, $organization: String) {
  lookupSuggestions(text: $text, organization: $organization, first: 12) {
    value
    name
    kind
  }
}
    `),Ya=new I(`
    query RecipientsOf($field: String!, $organization: String, $asOf: Time) {
  recipientsOf(field: $field, organization: $organization, asOf: $asOf) {
    match
    recipient {
      id
      name
      kind
      reviewStatus
    }
    organization {
      name
    }
    activity {
      id
      name
      reviewStatus
    }
    disclosure {
      id
      reviewStatus
    }
    category {
      key
      name
    }
    purposes {
      id
      name
    }
    legalBases {
      id
      purpose {
        name
      }
      legalBasis {
        reference
        name
      }
      specialCondition {
        reference
      }
      activityPurpose {
        reviewStatus
      }
    }
    allActivityBases
    transfers {
      id
      reviewStatus
      scope
      country
      activityID
      recipientID
      noticeID
      safeguard {
        name
        validUntil
      }
    }
    evidence {
      id
      quote
    }
  }
}
    `),Ka=new I(`
    query NoticeSpan($id: ID!) {
  node(id: $id) {
    __typename
    ... on PolicyDocument {
      id
      title
      url
      lastUpdated
      text
      organization {
        name
      }
    }
  }
}
    `),Ga=new I(`
    query Article30AsOf($organization: String!, $asOf: Time) {
  article30(organization: $organization, asOf: $asOf)
}
    `),Ja=new I(`
    query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  activities(
    where: $where
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        businessFunction
        role
        reviewStatus
        notice {
          title
          audience
        }
        evidence {
          id
          quote
        }
        purposes {
          id
          reviewStatus
          purpose {
            name
          }
          legalBasis {
            reference
          }
          specialCondition {
            reference
          }
        }
        dataSubjects {
          id
          name
        }
        dataCategories {
          id
          name
          specialCategory
        }
        disclosures {
          id
          reviewStatus
          recipient {
            id
            name
            reviewStatus
          }
        }
        effectiveTransfers {
          id
          appliesTo
          reviewStatus
          scope
          country
          recipient {
            name
          }
          safeguard {
            name
            validUntil
          }
        }
        effectiveRetentionRules {
          id
          appliesTo
          reviewStatus
          duration
          criterion
          dataCategories {
            name
          }
        }
        effectiveSecurityPractices {
          id
          appliesTo
          reviewStatus
          description
          measure {
            name
          }
        }
      }
    }
  }
}
    `),Za=new I(`
    query Unreviewed {
  organizations(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        key
        name
        origin
        evidence {
          id
          quote
        }
      }
    }
  }
  activities(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        name
        origin
        organization {
          name
        }
        notice {
          title
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  activityPurposes(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        origin
        activity {
          id
          name
        }
        purpose {
          name
        }
        legalBasis {
          reference
        }
        specialCondition {
          reference
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  recipients(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        name
        kind
        origin
        organization {
          name
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  disclosures(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        origin
        activity {
          id
          name
        }
        recipient {
          name
        }
        dataCategories {
          name
        }
        purposes {
          name
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  transfers(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        appliesTo
        scope
        country
        origin
        organization {
          name
        }
        activity {
          id
          name
        }
        recipient {
          name
        }
        notice {
          title
        }
        safeguard {
          name
          validUntil
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  retentionRules(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        appliesTo
        duration
        criterion
        endAction
        origin
        organization {
          name
        }
        activity {
          id
          name
        }
        notice {
          title
        }
        dataCategories {
          name
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  dataSubjectRights(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        appliesTo
        channel
        responseTime
        conditions
        origin
        organization {
          name
        }
        notice {
          title
        }
        right {
          name
          reference
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  securityPractices(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        appliesTo
        description
        origin
        organization {
          name
        }
        notice {
          title
        }
        measure {
          name
        }
        activities {
          id
          name
        }
        evidence {
          id
          quote
        }
      }
    }
  }
  statements(first: 100, where: {reviewStatus: UNREVIEWED}) {
    totalCount
    edges {
      node {
        id
        kind
        text
        origin
        organization {
          name
        }
        notice {
          title
        }
        legalBasis {
          reference
          name
        }
        purposes {
          name
        }
        dataCategories {
          name
        }
        evidence {
          id
          quote
        }
      }
    }
  }
}
    `),Qa=new I(`
    mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {
  updateOrganization(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),Xa=new I(`
    mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {
  updateProcessingActivity(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),es=new I(`
    mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {
  updateActivityPurpose(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),ts=new I(`
    mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {
  updateRecipient(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ns=new I(`
    mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
  updateDisclosure(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),is=new I(`
    mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {
  updateTransfer(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),as=new I(`
    mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {
  updateRetentionRule(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ss=new I(`
    mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {
  updateDataSubjectRight(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),rs=new I(`
    mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {
  updateSecurityPractice(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),os=new I(`
    mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {
  updateStatement(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ls={"\n  query Organizations {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":Sa,"\n  query Findings($organization: String!, $asOf: Time) {\n    findings(organization: $organization, asOf: $asOf) {\n      rule\n      title\n      severity\n      article\n      message\n      activity\n      activityID\n      notice\n      since\n      subject\n      facts\n      evidence {\n        document\n        quote\n        noticeID\n        start\n        end\n      }\n      acknowledged {\n        note\n        reviewBy\n        by\n        at\n      }\n    }\n  }\n":Ra,"\n  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {\n    acknowledgeFinding(input: $input) {\n      id\n      reviewBy\n    }\n  }\n":Na,"\n  query FindingTransfers($org: ID!) {\n    transfers(first: 5000, where: { organizationID: $org }) {\n      edges {\n        node {\n          id\n          country\n          scope\n          recipientID\n        }\n      }\n    }\n  }\n":Ca,"\n  query ActivityForEdit($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProcessingActivity {\n        id\n        name\n        description\n        businessFunction\n        role\n        automatedDecisionMaking\n        dpiaRequired\n        reviewStatus\n        owner\n        lastReviewed\n        history {\n          createdAt\n          createdBy\n          updatedAt\n          updatedBy\n          changes {\n            ...ChangeFields\n          }\n        }\n        organization {\n          id\n          key\n          name\n        }\n        evidence {\n          id\n          quote\n        }\n        purposes {\n          id\n          legitimateInterest\n          purpose {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          legalBasis {\n            id\n            reference\n          }\n          specialCondition {\n            id\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        dataCategories {\n          id\n          key\n          name\n        }\n        disclosures {\n          id\n          recipient {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          dataCategories {\n            id\n            key\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        retentionRules {\n          id\n          duration\n          criterion\n          endAction\n          evidence {\n            id\n            quote\n          }\n        }\n        transfers {\n          id\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        effectiveTransfers {\n          id\n          appliesTo\n          reviewStatus\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n            validUntil\n          }\n        }\n        effectiveRetentionRules {\n          id\n          appliesTo\n          reviewStatus\n          duration\n          criterion\n        }\n      }\n    }\n  }\n":ka,"\n  query EditChoices {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    purposes(first: 1000, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    legalBases(first: 100, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n    dataCategories(first: 1000, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    transferSafeguards(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":Da,"\n  query OrgRecipients($org: ID!) {\n    recipients(first: 1000, where: { organizationID: $org }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Ea,"\n  mutation CreateActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n":Ia,"\n  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":Aa,"\n  mutation AddPurpose($input: CreateActivityPurposeInput!) {\n    createActivityPurpose(input: $input) {\n      id\n    }\n  }\n":Ta,"\n  mutation RemovePurpose($id: ID!) {\n    deleteActivityPurpose(id: $id)\n  }\n":Pa,"\n  mutation AddDisclosure($input: CreateDisclosureInput!) {\n    createDisclosure(input: $input) {\n      id\n    }\n  }\n":Fa,"\n  mutation RemoveDisclosure($id: ID!) {\n    deleteDisclosure(id: $id)\n  }\n":Oa,"\n  mutation AddRetention($input: CreateRetentionRuleInput!) {\n    createRetentionRule(input: $input) {\n      id\n    }\n  }\n":Ma,"\n  mutation RemoveRetention($id: ID!) {\n    deleteRetentionRule(id: $id)\n  }\n":za,"\n  mutation AddTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n    }\n  }\n":qa,"\n  mutation RemoveTransfer($id: ID!) {\n    deleteTransfer(id: $id)\n  }\n":Ba,"\n  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {\n    historyDiff(organization: $organization, from: $from, to: $to) {\n      from\n      to\n      lines {\n        at\n        actor\n        via\n        kind\n        subject\n        activity\n        summary\n        fields {\n          field\n          before\n          after\n        }\n        evidence\n        changeID\n      }\n    }\n  }\n":La,"\n  fragment MapNode on DataMapViewNode {\n    id\n    kind\n    label\n    key\n    ref\n    group\n    members\n    parent\n    parentLabel\n    specialCategory\n    criminalOffence\n    transfer\n    staleSafeguard\n    match\n  }\n":$a,"\n  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {\n    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {\n      nodes {\n        ...MapNode\n      }\n      links {\n        from\n        to\n        kind\n        count\n        staleSafeguard\n      }\n      focus {\n        ...MapNode\n      }\n      matches {\n        ...MapNode\n      }\n      matchCount\n      totals {\n        systems\n        categories\n        activities\n        recipients\n        countries\n      }\n    }\n  }\n":Ua,"\n  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {\n    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {\n      node {\n        ...MapNode\n      }\n      activity {\n        id\n        name\n        description\n        businessFunction\n        role\n        reviewStatus\n        evidence {\n          id\n          quote\n        }\n      }\n      purposes {\n        id\n        reviewStatus\n        purpose {\n          key\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        evidence {\n          id\n          quote\n        }\n      }\n      categories {\n        id\n        key\n        name\n        specialCategory\n        criminalOffence\n      }\n      systems {\n        id\n        key\n        name\n      }\n      collectedBy {\n        id\n        name\n      }\n      disclosures {\n        disclosure {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activity {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n          kind\n        }\n        categories {\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        bases {\n          id\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n        }\n        allBases\n      }\n      transfers {\n        transfer {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activities {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        country\n        countryName\n        safeguard {\n          key\n          name\n          invalidatedBy\n        }\n        valid\n        invalidSince\n        appliesTo\n      }\n      members {\n        ...MapNode\n      }\n      memberCount\n    }\n  }\n":Wa,"\n  query Evidence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evidence {\n        id\n        start\n        end\n        quote\n        document {\n          title\n          url\n          lastUpdated\n          text\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":Va,"\n  fragment ChangeFields on Change {\n    id\n    at\n    actor\n    via\n    entityType\n    entityID\n    operation\n    before\n    after\n    note\n    reverts\n  }\n":ba,"\n  mutation RevertChange($id: ID!, $reason: String) {\n    revertChange(id: $id, reason: $reason) {\n      id\n    }\n  }\n":_a,"\n  query LookupSuggestions($text: String!, $organization: String) {\n    lookupSuggestions(text: $text, organization: $organization, first: 12) {\n      value\n      name\n      kind\n    }\n  }\n":Ha,"\n  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {\n    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {\n      match\n      recipient {\n        id\n        name\n        kind\n        reviewStatus\n      }\n      organization {\n        name\n      }\n      activity {\n        id\n        name\n        reviewStatus\n      }\n      disclosure {\n        id\n        reviewStatus\n      }\n      category {\n        key\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      legalBases {\n        id\n        purpose {\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        activityPurpose {\n          reviewStatus\n        }\n      }\n      allActivityBases\n      transfers {\n        id\n        reviewStatus\n        scope\n        country\n        activityID\n        recipientID\n        noticeID\n        safeguard {\n          name\n          validUntil\n        }\n      }\n      evidence {\n        id\n        quote\n      }\n    }\n  }\n":Ya,"\n  query NoticeSpan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        url\n        lastUpdated\n        text\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Ka,"\n  query Article30AsOf($organization: String!, $asOf: Time) {\n    article30(organization: $organization, asOf: $asOf)\n  }\n":Ga,"\n  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          businessFunction\n          role\n          reviewStatus\n          notice {\n            title\n            audience\n          }\n          evidence {\n            id\n            quote\n          }\n          purposes {\n            id\n            reviewStatus\n            purpose {\n              name\n            }\n            legalBasis {\n              reference\n            }\n            specialCondition {\n              reference\n            }\n          }\n          dataSubjects {\n            id\n            name\n          }\n          dataCategories {\n            id\n            name\n            specialCategory\n          }\n          disclosures {\n            id\n            reviewStatus\n            recipient {\n              id\n              name\n              reviewStatus\n            }\n          }\n          effectiveTransfers {\n            id\n            appliesTo\n            reviewStatus\n            scope\n            country\n            recipient {\n              name\n            }\n            safeguard {\n              name\n              validUntil\n            }\n          }\n          effectiveRetentionRules {\n            id\n            appliesTo\n            reviewStatus\n            duration\n            criterion\n            dataCategories {\n              name\n            }\n          }\n          effectiveSecurityPractices {\n            id\n            appliesTo\n            reviewStatus\n            description\n            measure {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":Ja,"\n  query Unreviewed {\n    organizations(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          key\n          name\n          origin\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    activities(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    activityPurposes(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          origin\n          activity {\n            id\n            name\n          }\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    recipients(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          origin\n          organization {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    disclosures(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          origin\n          activity {\n            id\n            name\n          }\n          recipient {\n            name\n          }\n          dataCategories {\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    transfers(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          scope\n          country\n          origin\n          organization {\n            name\n          }\n          activity {\n            id\n            name\n          }\n          recipient {\n            name\n          }\n          notice {\n            title\n          }\n          safeguard {\n            name\n            validUntil\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    retentionRules(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          duration\n          criterion\n          endAction\n          origin\n          organization {\n            name\n          }\n          activity {\n            id\n            name\n          }\n          notice {\n            title\n          }\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    dataSubjectRights(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          channel\n          responseTime\n          conditions\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          right {\n            name\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    securityPractices(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          description\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          measure {\n            name\n          }\n          activities {\n            id\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    statements(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          text\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          legalBasis {\n            reference\n            name\n          }\n          purposes {\n            name\n          }\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n  }\n":Za,"\n  mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateOrganization(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Qa,"\n  mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateProcessingActivity(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Xa,"\n  mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateActivityPurpose(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":es,"\n  mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateRecipient(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":ts,"\n  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":ns,"\n  mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateTransfer(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":is,"\n  mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateRetentionRule(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":as,"\n  mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateDataSubjectRight(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":ss,"\n  mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateSecurityPractice(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":rs,"\n  mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateStatement(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":os};function A(t){return ls[t]??{}}const ft=u.createContext(void 0);function ve(){const t=u.useContext(ft);return n=>Pn(t?.session.role,n)}function cs(){return u.useContext(ft)}function ds({children:t}){const[n,i]=u.useState(),[a,s]=u.useState(),[r,l]=u.useState(!1),o=u.useCallback(()=>{En().then(c=>{i(c),s(void 0)},c=>s(c))},[]);if(u.useEffect(o,[o]),u.useEffect(()=>In(o),[o]),u.useEffect(()=>An(()=>{l(!0),i(c=>c&&{...c,signedIn:!1,signInRequired:!0,csrf:void 0})}),[]),a)return e.jsxs("main",{id:"main",className:"signin-page",children:[e.jsxs("p",{role:"alert",className:"error",children:["Could not reach the server: ",a.message]}),e.jsx("button",{type:"button",onClick:o,children:"Try again"})]});if(!n)return e.jsx("p",{className:"muted signin-page",children:"Loading…"});if(!n.signedIn)return e.jsx(us,{expired:r,onSignedIn:c=>{l(!1),i(c)}});const d={session:n,signOut:async()=>{await Tn(),l(!1),i({signedIn:!1,signInRequired:!0})}};return e.jsx(ft.Provider,{value:d,children:t})}function us({expired:t,onSignedIn:n}){const[i,a]=u.useState("password"),[s,r]=u.useState(""),[l,o]=u.useState(""),[d,c]=u.useState(""),[m,h]=u.useState(""),[v,f]=u.useState(!1),p=async y=>{if(y.preventDefault(),h(""),i==="password"&&(!s.trim()||!l)){h("Enter your user name and your password.");return}if(i==="token"&&!d.trim()){h("Paste an API token.");return}f(!0);try{n(await Fn(i==="password"?{name:s.trim(),password:l}:{token:d.trim()}))}catch(x){x instanceof at&&x.code==="UNAUTHENTICATED"?h(i==="password"?"Wrong user name or password, or the user is disabled.":"The API token is unknown, revoked or expired."):h(x instanceof Error?x.message:String(x)),o("")}finally{f(!1)}};return e.jsxs(e.Fragment,{children:[e.jsx("header",{className:"top",children:e.jsx("span",{className:"brand",children:"ropa"})}),e.jsx("main",{id:"main",className:"signin-page",children:e.jsxs("form",{className:"card signin",onSubmit:p,noValidate:!0,"aria-labelledby":"signin-h",children:[e.jsx("h1",{id:"signin-h",children:"Sign in"}),t&&e.jsx("p",{className:"muted",children:"Your session has ended. Sign in again to go on."}),e.jsxs("div",{className:"buttons mode",role:"radiogroup","aria-label":"Sign in with",children:[e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="password",onChange:()=>a("password")})," user and password"]}),e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="token",onChange:()=>a("token")})," API token"]})]}),i==="password"?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-name",children:"User name"}),e.jsx("input",{id:"signin-name",autoComplete:"username",value:s,onChange:y=>r(y.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-password",children:"Password"}),e.jsx("input",{id:"signin-password",type:"password",autoComplete:"current-password",value:l,onChange:y=>o(y.target.value)})]})]}):e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-token",children:"API token"}),e.jsx("input",{id:"signin-token",type:"password",autoComplete:"off",value:d,onChange:y=>c(y.target.value),autoFocus:!0}),e.jsx("small",{children:"An admin creates one with ropa token create."})]}),m&&e.jsx("p",{role:"alert",className:"error",id:"signin-error",children:m}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",disabled:v,children:"Sign in"})})]})})]})}function hs(){const t=cs(),[n,i]=u.useState("");if(!t)return null;const{session:a}=t,s=a.via==="local"?"local development server":a.name||"signed in",r=a.via==="password"||a.via==="token";return e.jsxs("div",{className:"userbox",children:[e.jsxs("span",{className:"who",title:a.expires?`session ends ${new Date(a.expires).toLocaleString()}`:void 0,children:[s," ",e.jsx("span",{className:"role",children:a.role})]}),r&&e.jsx("button",{type:"button",className:"secondary signout",onClick:()=>t.signOut().catch(l=>i(l.message)),children:"Sign out"}),n&&e.jsx("span",{role:"alert",className:"error",children:n})]})}function Et(t){if(t)try{const n=JSON.parse(t);return!n||typeof n!="object"?void 0:{fields:n.fields??{},edges:n.edges??{}}}catch{return}}function le(t){return t==null?"none":typeof t=="string"?t===""?"none":t:typeof t=="boolean"?t?"yes":"no":typeof t=="number"?String(t):Array.isArray(t)?t.length?t.map(le).join(", "):"none":JSON.stringify(t)}function It(t){if(t==null)return"none";try{return le(JSON.parse(t))}catch{return t}}function vn(t){return t.replace(/_/g," ")}const At=(t,n)=>JSON.stringify(t)===JSON.stringify(n);function ps(t,n){const i=Et(t),a=Et(n);if(!a&&!i)return[];const s=[],r=[...new Set([...Object.keys(i?.fields??{}),...Object.keys(a?.fields??{})])].sort();for(const o of r){const d=i?.fields[o],c=a?.fields[o];if(a&&i){if(At(d,c))continue}else if((a?c:d)===null||(a?c:d)===void 0)continue;s.push({field:o,edge:!1,before:i&&o in i.fields?le(d):void 0,after:a&&o in a.fields?le(c):void 0})}const l=[...new Set([...Object.keys(i?.edges??{}),...Object.keys(a?.edges??{})])].filter(o=>o!=="evidence").sort();for(const o of l){const d=i?.edges[o],c=a?.edges[o];a&&i&&At(d??[],c??[])||!(a&&i)&&!((a?c:d)??[]).length||s.push({field:o,edge:!0,before:i?le(d??[]):void 0,after:a?le(c??[]):void 0})}return s}function ms(t){const n=i=>/^\d+$/.test(i)?Number(i):NaN;return[...t].sort((i,a)=>{const s=Date.parse(a.at)-Date.parse(i.at);if(s)return s;const r=n(i.id),l=n(a.id);return Number.isNaN(r)||Number.isNaN(l)?a.id.localeCompare(i.id):l-r})}function ce(t){if(!t||!/^\d{4}-\d{2}-\d{2}$/.test(t))return!1;const n=new Date(`${t}T12:00:00Z`);return!Number.isNaN(n.getTime())&&n.toISOString().slice(0,10)===t}const _=(t,n=2)=>String(Math.trunc(Math.abs(t))).padStart(n,"0");function gt(t){const n=-t.getTimezoneOffset(),i=n===0?"Z":`${n>0?"+":"-"}${_(n/60)}:${_(n%60)}`;return`${t.getFullYear()}-${_(t.getMonth()+1)}-${_(t.getDate())}T${_(t.getHours())}:${_(t.getMinutes())}:${_(t.getSeconds())}.${_(t.getMilliseconds(),3)}${i}`}function fs(t){const[n,i,a]=t.split("-").map(Number);return gt(new Date(n,i-1,a,0,0,0,0))}function gs(t){const[n,i,a]=t.split("-").map(Number);return gt(new Date(n,i-1,a,23,59,59,999))}function yn(t,n){const[i,a,s]=n.split("-").map(Number);return{from:fs(t),to:gt(new Date(i,a-1,s+1,0,0,0,0))}}function vs(t,n,i){const a=new URLSearchParams({org:t,format:n});return i&&a.set("asOf",i),`/reports/article30?${a}`}function Tt(t,n,i,a){const s=yn(n,i);return`/reports/diff?${new URLSearchParams({org:t,from:s.from,to:s.to,format:a})}`}function se(t){if(!t)return"—";const n=new Date(t);return Number.isNaN(n.getTime())?t:`${n.getFullYear()}-${_(n.getMonth()+1)}-${_(n.getDate())} ${_(n.getHours())}:${_(n.getMinutes())}`}const ys={ProcessingActivity:"activity",ActivityPurpose:"purpose",Disclosure:"disclosure"};function xs(t){return ys[t]??t.replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}const xn=["high","medium","low"],pe={high:0,medium:1,low:2};function js(t,n){return pe[t]<=pe[n]}function ws(t){return t.reduce((n,i)=>n===void 0||pe[i]<pe[n]?i:n,void 0)}function jn(t){return[...t].sort((n,i)=>pe[n.severity]-pe[i.severity]||n.rule.localeCompare(i.rule)||(n.activity??"").localeCompare(i.activity??"")||(n.message??"").localeCompare(i.message??""))}function $s(t,n){if(t.facts.includes(n))return!0;const[i,a]=wn(n);return i==="activity"&&!!a&&t.activityID===a}function wn(t){const n=t.indexOf(":");return n<0?[t,""]:[t.slice(0,n),t.slice(n+1)]}function bs(t,n){return jn(t.filter(i=>(!n.severity||js(i.severity,n.severity))&&(!n.rule||i.rule===n.rule)&&(n.status!=="open"||!i.acknowledged)&&(n.status!=="acknowledged"||!!i.acknowledged)&&(!n.fact||$s(i,n.fact))))}function Ss(t){const n=new Map;for(const i of t){const a=n.get(i.rule)??{rule:i.rule,title:i.title??i.rule,count:0};a.count++,n.set(i.rule,a)}return[...n.values()].sort((i,a)=>i.rule.localeCompare(a.rule))}function Rs(t){const n=new Map,i=(a,s)=>{const r=n.get(a)??[];r.includes(s)||r.push(s),n.set(a,r)};for(const a of t)if(!a.acknowledged){for(const s of a.facts)i(s,a);a.activityID&&i(`activity:${a.activityID}`,a)}return n}function $n(t){if(t?.length)return{count:t.length,severity:ws(t.map(n=>n.severity))}}function Me(t=new Date){const n=i=>String(i).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function bn(t,n){const i=new Date(`${t}T12:00:00Z`);return i.setUTCDate(i.getUTCDate()+n),i.toISOString().slice(0,10)}function Ns(t){return`country:${t.country||t.scope.toUpperCase()}`}function Cs(t,n,i){const a=new Map,s=(o,d)=>{if(!d?.length)return;const c=a.get(o)??[];for(const m of d)c.includes(m)||c.push(m);a.set(o,c)},r=new Map;for(const o of t)o.kind==="ACTIVITY"&&o.ref&&s(o.id,n.get(`activity:${o.ref}`)),o.kind==="RECIPIENT"&&o.ref&&r.set(o.ref,o.id);const l=new Set(t.map(o=>o.id));for(const o of i){const d=n.get(`transfer:${o.id}`);if(!d)continue;const c=Ns(o);l.has(c)&&s(c,d);const m=o.recipientID&&r.get(o.recipientID);m&&s(m,d)}for(const[o,d]of a)a.set(o,jn(d));return a}const ks=A(`
  query Organizations {
    organizations(orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);function U(t,n){const[i,a]=u.useState({loading:!0}),[s,r]=u.useState(0);return u.useEffect(()=>{let l=!0;return a(o=>({...o,loading:!0})),t().then(o=>l&&a({data:o,loading:!1}),o=>l&&a({error:o,loading:!1})),()=>{l=!1}},[...n,s]),{...i,reload:()=>r(l=>l+1)}}const Sn="ropa.organization";function Ds(){try{return localStorage.getItem(Sn)}catch{return null}}function be(){const[t,n]=te(),{data:i}=U(()=>P(ks),[]),a=(i?.organizations.edges??[]).flatMap(d=>d?.node?[d.node]:[]),s=Ds(),r=t.get("org")??(a.some(d=>d.key===s)?s:a[0]?.key),l=a.find(d=>d.key===r);return u.useEffect(()=>{if(l)try{localStorage.setItem(Sn,l.key)}catch{}},[l?.key]),{orgs:a,org:l,setOrg:d=>{const c=new URLSearchParams(t);c.set("org",d),n(c)}}}function ze({orgs:t,org:n,setOrg:i,id:a="org"}){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:a,children:"Organization"}),e.jsx("select",{id:a,value:n?.key??"",onChange:s=>i(s.target.value),children:t.map(s=>e.jsx("option",{value:s.key,children:s.name},s.id))})]})}function ne({evidence:t}){return t?.length?e.jsx("ul",{className:"evidence-links",children:t.map(n=>e.jsx("li",{children:e.jsxs(L,{to:`/evidence/${n.id}`,className:"evidence-link",title:n.quote,children:["“",ie(n.quote,70),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no evidence"})}function W({error:t}){return t?e.jsx("p",{role:"alert",className:"error",children:t.message}):null}function B({status:t}){return Qe(t)?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed: drafted from a notice, not yet confirmed by a reviewer",children:"DRAFT"})]}):null}function qe({safeguard:t}){if(!t)return e.jsx(e.Fragment,{children:"no safeguard stated"});const n=Mn(t.validUntil);return e.jsxs(e.Fragment,{children:[t.name,n?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",n,")"]}):null]})}function De({facts:t,inline:n,empty:i="—",children:a}){const s=On(t);return s.length?e.jsx(e.Fragment,{children:s.map(r=>e.jsxs("div",{className:"scope-group","data-scope":r.scope,children:[e.jsxs("div",{className:"scope",children:[r.label,":"]}),n?e.jsx("p",{className:"inline-facts",children:r.facts.map((l,o)=>e.jsxs("span",{children:[o>0?"; ":"",a(l),e.jsx(B,{status:l.reviewStatus})]},l.id))}):e.jsx("ul",{children:r.facts.map(l=>e.jsxs("li",{children:[a(l),e.jsx(B,{status:l.reviewStatus})]},l.id))})]},r.label))}):e.jsx(e.Fragment,{children:i})}function vt(){const[t,n]=te(),i=t.get("asOf")??"",a=ce(i)?i:"",s=r=>{const l=new URLSearchParams(t);r?l.set("asOf",r):l.delete("asOf"),n(l)};return{asOf:a,time:a?gs(a):void 0,setAsOf:s}}function yt({id:t,asOf:n,setAsOf:i}){return e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:t,children:"As of"}),e.jsx("input",{id:t,type:"date",value:n,max:Me(),onChange:a=>i(ce(a.target.value)?a.target.value:""),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,className:"sr-only",children:"empty: now"})]})}function xt({asOf:t,setAsOf:n}){return t?e.jsxs("p",{className:"asof-banner",role:"status","data-testid":"asof-banner",children:["The record as it stood on ",e.jsx("strong",{children:t}),", rebuilt from the change history."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(""),children:"Back to now"})]}):null}const Es=A(`
  query Findings($organization: String!, $asOf: Time) {
    findings(organization: $organization, asOf: $asOf) {
      rule
      title
      severity
      article
      message
      activity
      activityID
      notice
      since
      subject
      facts
      evidence {
        document
        quote
        noticeID
        start
        end
      }
      acknowledged {
        note
        reviewBy
        by
        at
      }
    }
  }
`),Is=A(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`),As=A(`
  query FindingTransfers($org: ID!) {
    transfers(first: 5000, where: { organizationID: $org }) {
      edges {
        node {
          id
          country
          scope
          recipientID
        }
      }
    }
  }
`),Ae=new Map,xe=new Set;function Ts(t,n){return`${t}\0${n??""}`}function Ps(t,n){const i=Ts(t,n);let a=Ae.get(i);if(!a){const s={promise:P(Es,{organization:t,asOf:n?`${n}T00:00:00Z`:void 0}).then(r=>r.findings)};s.promise.then(r=>{s.data=r,xe.forEach(l=>l())},r=>{s.error=r,xe.forEach(l=>l())}),Ae.set(i,s),a=s}return a}function Fs(t){for(const n of[...Ae.keys()])n.startsWith(`${t}\0`)&&Ae.delete(n);xe.forEach(n=>n())}function Rn(t,n){const[,i]=u.useState(0);if(u.useEffect(()=>{const s=()=>i(r=>r+1);return xe.add(s),()=>{xe.delete(s)}},[]),!t)return{loading:!1};const a=Ps(t,n);return{data:a.data,error:a.error,loading:!a.data&&!a.error}}function Nn(t){const{data:n}=Rn(t);return u.useMemo(()=>Rs(n??[]),[n])}function Os(t,n){const i=Nn(t?.key),[a,s]=u.useState();u.useEffect(()=>{if(!t)return;let l=!0;return P(As,{org:t.id}).then(o=>l&&s({org:t.id,list:(o.transfers.edges??[]).flatMap(d=>d?.node?[d.node]:[])}),()=>l&&s({org:t.id,list:[]})),()=>{l=!1}},[t?.id]);const r=a&&a.org===t?.id?a.list:void 0;return u.useMemo(()=>Cs(n,i,r??[]),[n,i,r])}function Ms(){return ve()("review")}const zs={high:"high",medium:"medium",low:"low"};function Cn(t,n){const i=new URLSearchParams({org:t});return n&&i.set("fact",n),`/findings?${i}`}function Pt({org:t,fact:n,findings:i,label:a}){const s=$n(i);if(!s)return null;const r=`${s.count} open finding${s.count===1?"":"s"}, highest ${zs[s.severity]}`;return e.jsxs(L,{to:Cn(t,n),className:`finding-badge sev-${s.severity}`,title:`${r}${a?` about ${a}`:""}`,"aria-label":r,"data-fact":n,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",s.count]}),e.jsxs("span",{className:"sev-word","aria-hidden":"true",children:[" ",s.severity]})]})}function qs({findings:t}){const n=$n(t);return n?e.jsxs("span",{className:`finding-mark sev-${n.severity}`,title:`${n.count} open finding${n.count===1?"":"s"}, highest ${n.severity}`,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",n.count]}),e.jsxs("span",{className:"sr-only",children:[n.count," open finding",n.count===1?"":"s",", highest ",n.severity]})]}):null}function Bs({org:t,node:n,findings:i}){if(!i?.length)return null;const a=s=>n.kind==="ACTIVITY"&&n.ref?`activity:${n.ref}`:s.facts.find(r=>r.startsWith("transfer:"))??s.facts[0];return e.jsxs("section",{"aria-labelledby":"node-findings-h",children:[e.jsxs("h3",{id:"node-findings-h",children:["Open findings (",i.length,")"]}),e.jsx("ul",{className:"node-findings",children:i.map(s=>e.jsxs("li",{children:[e.jsx("span",{className:`sev-tag sev-${s.severity}`,children:s.severity})," ",e.jsx(L,{to:Cn(t,a(s)),children:s.title}),s.since?e.jsxs("span",{className:"muted",children:[" since ",s.since]}):null,e.jsx("div",{className:"muted",children:s.message})]},`${s.rule} ${s.subject}`))})]})}const Ft={SYSTEM:0,ORGANIZATION:0,DATA_CATEGORY:0,ACTIVITY:1,RECIPIENT:2,COUNTRY:3},me={ORGANIZATION:"Organization",SYSTEM:"Systems",DATA_CATEGORY:"Data categories",ACTIVITY:"Activities",RECIPIENT:"Recipients",COUNTRY:"Countries"};function Se(t){return t.group?`${t.label} (${t.members})`:t.label}const Ls=t=>n=>n.length*t*.58;function Us(t,n,i,a=2){const s=t.replace(/\s+/g," ").trim().split(" "),r=[];let l="",o=0;const d=m=>i(m)<=n;for(;o<s.length&&r.length<a;){const m=s[o];if(l)d(l+" "+m)?(l+=" "+m,o++):(r.push(l),l="");else{if(!d(m)){let h=m.length-1;for(;h>1&&!d(m.slice(0,h));)h--;r.push(m.slice(0,h)),s[o]=m.slice(h);continue}l=m,o++}}l&&r.length<a&&(r.push(l),l="");const c=o<s.length||l!=="";if(c){const m=r.length-1;let h=r[m];for(;h.length>1&&!d(h+"…");)h=h.slice(0,-1);r[m]=h.replace(/[\s,;:.(–-]+$/,"")+"…"}return{lines:r,cut:c}}function Ws(t,n,i=13,a=Ls(i),s=3){const r=[...new Set(t.map(b=>Ft[b.kind]??0))].sort((b,k)=>b-k),l=b=>b===3?.7:1,o=r.reduce((b,k)=>b+l(k),0),d=Math.max(180,n/Math.max(.7,o)),c=[],m=[];let h=0;for(const b of r)c.push(h),m.push(Math.floor(d*l(b))),h+=Math.floor(d*l(b));const v=new Map(r.map((b,k)=>[b,k])),f=34,p=Math.round(i*1.3),y=new Map,x=[],$=r.map(()=>0),C=r.map(()=>"");for(const b of t){const k=v.get(Ft[b.kind]??0)??0,w=c[k]+4,D=m[k]-f,S=Math.max(40,D-12-40);C[k]!==b.kind&&(C[k]&&($[k]+=14),x.push({label:me[b.kind]??b.kind,x:w,y:$[k]+i+2}),$[k]+=i+14,C[k]=b.kind);const{lines:F,cut:g}=Us(Se(b),S,a,s),N=10+p*F.length;y.set(b.id,{x:w,y:$[k],w:D,h:N,lines:F,cut:g}),$[k]+=N+6}return{boxes:y,headers:x,width:h,height:Math.max(40,...$)+8,fontSize:i}}function Vs(t,n){const i=t.x+t.w,a=t.y+t.h/2,s=n.x,r=n.y+n.h/2,l=Math.max(30,(s-i)/2);return`M${i},${a} C${i+l},${a} ${s-l},${r} ${s},${r}`}A(`
  fragment MapNode on DataMapViewNode {
    id
    kind
    label
    key
    ref
    group
    members
    parent
    parentLabel
    specialCategory
    criminalOffence
    transfer
    staleSafeguard
    match
  }
`);const _s=A(`
  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {
    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {
      nodes {
        ...MapNode
      }
      links {
        from
        to
        kind
        count
        staleSafeguard
      }
      focus {
        ...MapNode
      }
      matches {
        ...MapNode
      }
      matchCount
      totals {
        systems
        categories
        activities
        recipients
        countries
      }
    }
  }
`),Hs=A(`
  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {
    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {
      node {
        ...MapNode
      }
      activity {
        id
        name
        description
        businessFunction
        role
        reviewStatus
        evidence {
          id
          quote
        }
      }
      purposes {
        id
        reviewStatus
        purpose {
          key
          name
        }
        legalBasis {
          reference
          name
        }
        specialCondition {
          reference
        }
        evidence {
          id
          quote
        }
      }
      categories {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      systems {
        id
        key
        name
      }
      collectedBy {
        id
        name
      }
      disclosures {
        disclosure {
          id
          reviewStatus
          evidence {
            id
            quote
          }
        }
        activity {
          id
          name
        }
        recipient {
          id
          name
          kind
        }
        categories {
          key
          name
          specialCategory
          criminalOffence
        }
        bases {
          id
          purpose {
            name
          }
          legalBasis {
            reference
          }
          specialCondition {
            reference
          }
        }
        allBases
      }
      transfers {
        transfer {
          id
          reviewStatus
          evidence {
            id
            quote
          }
        }
        activities {
          id
          name
        }
        recipient {
          id
          name
        }
        country
        countryName
        safeguard {
          key
          name
          invalidatedBy
        }
        valid
        invalidSince
        appliesTo
      }
      members {
        ...MapNode
      }
      memberCount
    }
  }
`),He={special:"#b00020",transfer:"#0b5cad",stale:"#a14a00"};function ae(t){const n=[];return t.specialCategory&&n.push(t.group?"holds special-category data (Art 9)":"special category (Art 9)"),t.criminalOffence&&n.push("criminal offence data (Art 10)"),t.transfer&&n.push("third-country transfer"),t.staleSafeguard&&n.push("safeguard no longer valid"),n}function kn(t){return[t.kind.toLowerCase(),t.group?"group":"",t.specialCategory||t.criminalOffence?"special":"",t.transfer?"transfer":"",t.staleSafeguard?"stale":"",t.match?"hit":""].filter(Boolean).join(" ")}function Ys(){const[t,n]=te(),i=t.get("focus")??"",a=t.getAll("expand"),s=t.get("q")??"",r=t.get("node")??"",l=o=>{const d=new URLSearchParams(t);o(d),n(d)};return{focus:i,expand:a,q:s,node:r,select:o=>l(d=>o?d.set("node",o):d.delete("node")),setFocus:o=>l(d=>{o?(d.set("focus",o),d.set("node",o)):d.delete("focus")}),toggle:o=>l(d=>{const c=d.getAll("expand");d.delete("expand");for(const m of c.includes(o)?c.filter(h=>h!==o):[...c,o])d.append("expand",m)}),search:o=>l(d=>{o.trim()?d.set("q",o.trim()):d.delete("q"),d.delete("focus")}),overview:()=>l(o=>{o.delete("focus"),o.delete("q"),o.delete("expand")}),clearNode:o=>{o.delete("node"),o.delete("focus"),o.delete("expand"),o.delete("q")},update:l}}function Ks(){const t="(max-width: 699px)",[n,i]=u.useState(()=>window.matchMedia(t).matches);return u.useEffect(()=>{const a=window.matchMedia(t),s=()=>i(a.matches);return a.addEventListener("change",s),()=>a.removeEventListener("change",s)},[]),n}function Gs(){const{orgs:t,org:n}=be(),i=Ys(),{asOf:a,time:s,setAsOf:r}=vt(),l=Ks(),[o,d]=u.useState(i.q);u.useEffect(()=>d(i.q),[i.q]);const c=U(()=>n?P(_s,{organization:n.key,focus:i.focus||void 0,expand:i.expand.length?i.expand:void 0,search:i.q||void 0,asOf:s}):Promise.resolve(void 0),[n?.key,i.focus,i.expand.join(`
`),i.q,s]),m=c.data?.dataMapView,h=u.useMemo(()=>m?.nodes??[],[m]),v=u.useMemo(()=>m?.links??[],[m]),f=Os(n,h),p=u.useMemo(()=>a?new Map:f,[a,f]),y=i.node,x=h.find(C=>C.id===y),$=u.useRef(null);return u.useEffect(()=>{l&&y&&$.current?.scrollIntoView({block:"start"})},[l,y]),e.jsxs("section",{"aria-labelledby":"map-h",className:"map-view",children:[e.jsxs("h1",{id:"map-h",children:["Data map",n?`: ${n.name}`:""]}),e.jsxs("form",{className:"filters","aria-label":"Search and date of the data map",role:"search",onSubmit:C=>{C.preventDefault(),i.search(o)},children:[e.jsx(ze,{orgs:t,org:n,setOrg:C=>i.update(b=>{i.clearNode(b),b.set("org",C)})}),e.jsxs("div",{className:"field wide map-search",children:[e.jsx("label",{htmlFor:"map-q",children:"Search names and keys"}),e.jsx("input",{id:"map-q",type:"search",value:o,onChange:C=>d(C.target.value),placeholder:"e.g. contact, Google, user.financial, US","aria-describedby":"map-q-hint"}),e.jsx("small",{id:"map-q-hint",children:"Activities, recipients, systems, data categories and countries; the map keeps the hits and their links."})]}),e.jsx(yt,{id:"f-asof",asOf:a,setAsOf:r}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:"Search"}),(i.focus||i.q||i.expand.length>0)&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{d(""),i.overview()},children:"Back to the overview"})]})]}),e.jsx(xt,{asOf:a,setAsOf:r}),e.jsx(W,{error:c.error}),m&&e.jsx(Js,{view:m,focus:i.focus,q:i.q,loading:c.loading,onOverview:()=>i.overview()}),m&&i.q&&e.jsx(Zs,{view:m,q:i.q,onFocus:i.setFocus}),e.jsx(Qs,{}),e.jsxs("div",{className:`map-layout${l?" narrow":""}`,children:[e.jsx("div",{className:"map-main",children:l?e.jsx(Ot,{nodes:h,selected:y,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:p}):e.jsx(er,{nodes:h,links:v,selected:y,onSelect:i.select,marks:p,focus:i.focus})}),e.jsx("aside",{ref:$,className:"details","aria-label":"Details of the selected node","aria-live":"polite",children:y&&n?e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary close",onClick:()=>i.select(""),"aria-label":"Close the details",children:"×"}),e.jsx(sr,{org:n.key,id:y,asOfTime:s,past:!!a,focused:i.focus===y,expanded:i.expand,onFocus:i.setFocus,onSelect:i.select,onToggle:i.toggle}),x&&e.jsx(Bs,{org:n.key,node:x,findings:p.get(x.id)})]}):e.jsxs("p",{className:"muted hint",children:["Select a node in the map",l?"":" or in the lists below it"," for what it receives, sends and why, with the sentences of the notices."]})})]}),!l&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"lists-h",children:"The same nodes as lists"}),e.jsx(Ot,{nodes:h,selected:y,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:p})]})]})}function X(t,n,i=`${n}s`){return`${t} ${t===1?n:i}`}function Js({view:t,focus:n,q:i,loading:a,onOverview:s}){const r=t.totals,l=t.nodes.filter(d=>d.group).length;let o;return n&&t.focus?o=e.jsxs(e.Fragment,{children:["Focused on ",e.jsx("strong",{children:Se(t.focus)})," (",me[t.focus.kind]?.toLowerCase().replace(/s$/,"")??t.focus.kind,"): only its neighbourhood, ",X(t.nodes.length,"node"),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:s,children:"Show the whole map"})]}):i?o=e.jsxs(e.Fragment,{children:[X(t.matchCount,"match","matches")," for “",i,"”, drawn with their links: ",X(t.nodes.length,"node"),"."]}):o=e.jsxs(e.Fragment,{children:["Overview: ",X(r.systems,"system"),", ",X(r.categories,"data category","data categories"),", ",X(r.activities,"activity","activities"),", ",X(r.recipients,"recipient"),", ",X(r.countries,"country","countries"),l?`; ${X(l,"group")} to expand`:"","."]}),e.jsxs("p",{className:"map-status","aria-live":"polite","data-testid":"map-status",children:[a?"Loading the map… ":null,o]})}function Zs({view:t,q:n,onFocus:i}){return t.matchCount?e.jsxs("section",{"aria-labelledby":"map-matches-h",className:"map-matches",children:[e.jsxs("h2",{id:"map-matches-h",className:"small",children:[t.matchCount>t.matches.length?`The first ${t.matches.length} of ${t.matchCount} matches`:`Matches (${t.matchCount})`,": focus on one"]}),e.jsx("ul",{children:t.matches.map(a=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>i(a.id),title:a.key?`${a.label} — ${a.key}`:a.label,children:a.label})," ",e.jsx("span",{className:"muted",children:me[a.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase()})]},a.id))})]}):e.jsxs("p",{className:"muted",children:["Nothing in this organization's map is named like “",n,"”."]})}function Qs(){return e.jsxs("ul",{className:"legend","aria-label":"Legend",children:[e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:He.special}})," special-category or criminal-offence data"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:He.transfer}})," third-country transfer"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch stale-swatch",style:{borderColor:He.stale}})," safeguard no longer valid (dashed)"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch group-swatch"})," group: select it to list or expand its members"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch finding-swatch"})," open findings (⚑ and their number)"]})]})}let Ye;function Xs(t){Ye===void 0&&(Ye=document.createElement("canvas").getContext("2d"));const n=Ye;return n?(n.font=`${t}px ${getComputedStyle(document.body).fontFamily}`,i=>n.measureText(i).width):i=>i.length*t*.58}function er({nodes:t,links:n,selected:i,onSelect:a,marks:s,focus:r}){const l=u.useRef(null),o=u.useRef(null),[d,c]=u.useState(900),[m,h]=u.useState(()=>window.innerHeight),[v,f]=u.useState({x:0,y:0,k:1}),p=u.useRef(null),y=u.useRef(!1);u.useEffect(()=>{const j=l.current;if(!j)return;const R=new ResizeObserver(()=>c(j.clientWidth));R.observe(j),c(j.clientWidth);const E=()=>h(window.innerHeight);return window.addEventListener("resize",E),()=>{R.disconnect(),window.removeEventListener("resize",E)}},[]);const x=u.useMemo(()=>Ws(t,Math.max(340,d-8),13,Xs(13)),[t,d]),$=Math.round(Math.min(x.height+12,Math.max(360,m*.72)));u.useEffect(()=>f({x:0,y:0,k:1}),[t]);const C=d/v.k,b=$/v.k,k=j=>{const R=Math.min(3,Math.max(.2,j.k)),E=Math.max(0,x.width+20-d/R),T=Math.max(0,x.height+20-$/R);return{k:R,x:Math.min(E,Math.max(Math.min(0,E),j.x)),y:Math.min(T,Math.max(Math.min(0,T),j.y))}},w=(j,R=d/2,E=$/2)=>f(T=>{const M=Math.min(3,Math.max(.2,T.k*j)),Be=T.x+R/T.k,G=T.y+E/T.k;return k({k:M,x:Be-R/M,y:G-E/M})});u.useEffect(()=>{const j=o.current;if(!j)return;const R=E=>{const T=j.getBoundingClientRect();if(E.ctrlKey||E.metaKey){E.preventDefault(),w(E.deltaY<0?1.15:1/1.15,E.clientX-T.left,E.clientY-T.top);return}f(G=>{const Le=k({...G,x:G.x+(E.shiftKey?E.deltaY:E.deltaX)/G.k,y:G.y+(E.shiftKey?0:E.deltaY)/G.k});return Le.x===G.x&&Le.y===G.y?G:Le});const M=D.current,Be=Math.max(0,x.height+20-$/M.k);(E.deltaY>0&&M.y<Be-.5||E.deltaY<0&&M.y>.5||E.shiftKey)&&E.preventDefault()};return j.addEventListener("wheel",R,{passive:!1}),()=>j.removeEventListener("wheel",R)});const D=u.useRef(v);D.current=v;const S=j=>f(R=>{const E=d/R.k,T=$/R.k;return j.x>=R.x&&j.y>=R.y&&j.x+j.w<=R.x+E&&j.y+j.h<=R.y+T?R:k({...R,x:j.x+j.w>R.x+E||j.x<R.x?j.x-20:R.x,y:j.y+j.h>R.y+T||j.y<R.y?j.y-T/3:R.y})}),F=u.useMemo(()=>new Set(t.map(j=>j.id)),[t]),g=u.useMemo(()=>{if(!i||i===r)return null;const j=new Set([i]);for(const R of n)R.from===i&&j.add(R.to),R.to===i&&j.add(R.from);return j},[i,n,r]),N=j=>{const R=60/v.k,E={ArrowLeft:[-R,0],ArrowRight:[R,0],ArrowUp:[0,-R],ArrowDown:[0,R]};if(j.key==="+"||j.key==="=")w(1.25);else if(j.key==="-"||j.key==="_")w(1/1.25);else if(j.key==="0")f({x:0,y:0,k:1});else if(E[j.key]&&j.target===o.current)f(T=>k({...T,x:T.x+E[j.key][0],y:T.y+E[j.key][1]}));else return;j.preventDefault()};return e.jsxs("div",{className:"graph-wrap",ref:l,children:[e.jsxs("div",{className:"graph-tools",role:"group","aria-label":"Zoom and move the drawing",children:[e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom in",title:"Zoom in (+)",onClick:()=>w(1.25),children:"+"}),e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom out",title:"Zoom out (−)",onClick:()=>w(1/1.25),children:"−"}),e.jsx("button",{type:"button",className:"secondary",title:"Back to 100 %, top left (0)",onClick:()=>f({x:0,y:0,k:1}),children:"Reset"}),e.jsxs("span",{className:"muted zoom-level","aria-live":"polite",children:[Math.round(v.k*100)," %"]}),e.jsx("span",{className:"muted tools-hint",children:"Drag or scroll to move; ctrl + scroll to zoom."})]}),e.jsxs("svg",{ref:o,className:"graph","data-testid":"graph",role:"group","aria-label":`Data map drawing, ${t.length} nodes${r?" around the focused node":""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`,tabIndex:0,width:d,height:$,viewBox:`${v.x} ${v.y} ${C} ${b}`,onKeyDown:N,onPointerDown:j=>{j.button===0&&(p.current={x:j.clientX,y:j.clientY,vx:v.x,vy:v.y,moved:!1},y.current=!1)},onPointerMove:j=>{const R=p.current;if(!R)return;const E=j.clientX-R.x,T=j.clientY-R.y;!R.moved&&Math.hypot(E,T)<5||(R.moved||(R.moved=!0,o.current?.setPointerCapture(j.pointerId)),y.current=!0,f(M=>k({...M,x:R.vx-E/M.k,y:R.vy-T/M.k})))},onPointerUp:()=>{p.current=null},onPointerCancel:()=>{p.current=null},children:[e.jsx("rect",{x:v.x,y:v.y,width:C,height:b,fill:"#fff"}),x.headers.map((j,R)=>e.jsx("text",{x:j.x+2,y:j.y,className:"col-head",children:j.label},R)),e.jsx("g",{className:"links",children:n.map(j=>{const R=x.boxes.get(j.from),E=x.boxes.get(j.to);if(!R||!E||!F.has(j.from)||!F.has(j.to))return null;const T=g&&(j.from===i||j.to===i),M=g&&!T;return e.jsx("path",{d:Vs(R,E),className:`link ${j.kind.toLowerCase()}${j.staleSafeguard?" stale":""}${T?" hl":""}${M?" faded":""}`,strokeWidth:Math.min(6,1+Math.log2(j.count))*(T?1.6:1),children:e.jsx("title",{children:`${j.count} link${j.count===1?"":"s"}`})},`${j.from}|${j.to}|${j.kind}`)})}),e.jsx("g",{className:"nodes",children:t.map(j=>{const R=x.boxes.get(j.id);return R?e.jsx(tr,{n:j,b:R,fontSize:x.fontSize,selected:i===j.id,faded:!!g&&!g.has(j.id),findings:s.get(j.id),onFocus:()=>S(R),onSelect:()=>{y.current||a(j.id)}},j.id):null})})]})]})}function tr({n:t,b:n,fontSize:i,selected:a,faded:s,findings:r,onSelect:l,onFocus:o}){const d=[Se(t),t.key&&t.key!==t.label?t.key:"",...ae(t),r?.length?`${r.length} open finding${r.length===1?"":"s"}`:""].filter(Boolean).join(" — "),c=Math.round(i*1.3);return e.jsxs("g",{className:`mnode ${kn(t)}${a?" selected":""}${s?" faded":""}`,transform:`translate(${n.x},${n.y})`,role:"button",tabIndex:0,"aria-label":d,"aria-pressed":a,"data-id":t.id,onClick:l,onFocus:o,onKeyDown:m=>{(m.key==="Enter"||m.key===" ")&&(m.preventDefault(),l())},children:[e.jsx("title",{children:d}),t.group&&e.jsx("rect",{className:"stack",x:4,y:4,width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"box",width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"bar",width:5,height:n.h,rx:2}),n.lines.map((m,h)=>e.jsx("text",{x:12,y:5+c*(h+1)-4,fontSize:i,children:m},h)),r?.length?e.jsxs("text",{className:"flag-mark",x:n.w-6,y:i+2,textAnchor:"end",fontSize:i-1,children:["⚑",r.length]}):null]})}function Ot({nodes:t,selected:n,onSelect:i,onToggle:a,expanded:s,marks:r}){const l=["SYSTEM","DATA_CATEGORY","ACTIVITY","RECIPIENT","COUNTRY"],o=d=>e.jsxs("li",{"data-id":d.id,children:[e.jsxs("button",{type:"button",className:`node-button ${kn(d)}`,"aria-pressed":n===d.id,onClick:()=>i(d.id),title:d.key&&d.key!==d.label?`${d.label} — ${d.key}`:d.label,children:[Se(d),ae(d).length>0&&e.jsxs("span",{className:"flags",children:[" — ",ae(d).join(", ")]}),e.jsx(qs,{findings:r.get(d.id)})]}),d.group&&!d.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":!1,onClick:()=>a(d.id),"aria-label":`Show the ${d.members} members of ${d.label}`,children:"▸"})]},d.id);return e.jsx("div",{className:"node-list",children:l.map(d=>{const c=t.filter(v=>v.kind===d);if(!c.length)return null;const m=[],h=new Set;for(const v of c){if(!v.parent){m.push(o(v));continue}if(h.has(v.parent))continue;h.add(v.parent);const f=c.filter(p=>p.parent===v.parent);m.push(e.jsxs("li",{className:"open-group","data-id":v.parent,children:[e.jsx("span",{className:"group-name",children:v.parentLabel}),e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":s.includes(v.parent),onClick:()=>a(v.parent),"aria-label":`Hide the members of ${v.parentLabel}`,children:"▾"}),e.jsx("ul",{children:f.map(o)})]},v.parent))}return e.jsxs("section",{"aria-labelledby":`list-${d}`,children:[e.jsxs("h2",{id:`list-${d}`,children:[me[d]," (",c.filter(v=>!v.group).length+c.filter(v=>v.group).reduce((v,f)=>v+f.members,0),")"]}),e.jsx("ul",{children:m})]},d)})})}function Te({evidence:t}){return t?.length?e.jsx("ul",{className:"sentences",children:t.map(n=>e.jsx("li",{children:e.jsxs(L,{to:`/evidence/${n.id}`,className:"evidence-link",children:["“",n.quote.replace(/\s+/g," ").trim(),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no sentence recorded"})}function nr({t,past:n}){return t.safeguard?t.valid?e.jsx("span",{className:"valid-tag",children:n?"valid on the map's date":"valid today"}):t.invalidSince?e.jsxs("strong",{className:"invalid-tag",children:["invalid since ",t.invalidSince.slice(0,10),t.safeguard.invalidatedBy?` (${t.safeguard.invalidatedBy})`:""]}):e.jsx("strong",{className:"invalid-tag",children:"not yet valid"}):e.jsx("strong",{className:"stale-text",children:"no safeguard stated"})}function nt({acts:t,onSelect:n,max:i=6}){const[a,s]=u.useState(!1),r=a?t:t.slice(0,i);return e.jsxs("ul",{className:"act-links",children:[r.map(l=>e.jsx("li",{children:e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`act:${l.id}`),children:l.name})},l.id)),t.length>r.length&&e.jsx("li",{children:e.jsxs("button",{type:"button",className:"linklike more",onClick:()=>s(!0),children:["and ",t.length-r.length," more"]})})]})}const ir={ACTIVITY:"stated for the activity",RECIPIENT:"stated for the recipient",NOTICE:"stated by the notice for all its processing",ORGANIZATION:"organization-wide"};function Ke({transfers:t,onSelect:n,heading:i,past:a}){return e.jsxs("section",{"aria-label":i,children:[e.jsxs("h3",{children:[i," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts transfers",children:t.map(s=>e.jsxs("li",{"data-testid":"map-transfer",children:[e.jsxs("div",{className:"fact-head",children:[e.jsx("strong",{children:s.countryName}),": ",s.safeguard?.name??"no safeguard stated"," · ",e.jsx(nr,{t:s,past:a}),e.jsx(B,{status:s.transfer.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Recipient:"})," ",s.recipient?e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`rec:${s.recipient.id}`),children:s.recipient.name}):"none named"]}),e.jsxs("div",{children:[e.jsxs("span",{className:"muted",children:["Activities (",s.activities.length,", ",ir[s.appliesTo]??s.appliesTo,"):"]})," ",e.jsx(nt,{acts:s.activities,onSelect:n})]}),e.jsx(Te,{evidence:s.transfer.evidence})]},s.transfer.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function ar({bases:t,all:n}){return t.length?e.jsxs(e.Fragment,{children:[n&&e.jsx("span",{className:"muted",children:"(the disclosure names no purpose: all the activity's) "}),t.map((i,a)=>e.jsxs("span",{children:[a>0?"; ":"",i.purpose.name," — ",i.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),i.specialCondition?`, ${i.specialCondition.reference}`:""]},i.id))]}):e.jsx("span",{className:"muted",children:"no purpose stated"})}function Dn({cats:t}){return e.jsx(e.Fragment,{children:t.map((n,i)=>e.jsxs("span",{title:n.key,className:n.specialCategory||n.criminalOffence?"special-text":void 0,children:[i>0?", ":"",n.name]},n.key))})}function Ge({list:t,show:n,onSelect:i,heading:a}){return e.jsxs("section",{"aria-label":a,children:[e.jsxs("h3",{children:[a," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts disclosures",children:t.map(s=>e.jsxs("li",{children:[e.jsxs("div",{className:"fact-head",children:[n!=="activity"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`rec:${s.recipient.id}`),children:s.recipient.name}),n==="both"&&" from ",n!=="recipient"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`act:${s.activity.id}`),children:s.activity.name}),e.jsx(B,{status:s.disclosure.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Data:"})," ",e.jsx(Dn,{cats:s.categories})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Why, on what basis:"})," ",e.jsx(ar,{bases:s.bases,all:s.allBases})]}),e.jsx(Te,{evidence:s.disclosure.evidence})]},s.disclosure.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function sr({org:t,id:n,asOfTime:i,past:a,focused:s,expanded:r,onFocus:l,onSelect:o,onToggle:d}){const c=ve(),{data:m,error:h,loading:v}=U(()=>P(Hs,{organization:t,node:n,asOf:i}),[t,n,i]),f=m?.dataMapDetails;if(h)return e.jsx(W,{error:h});if(!f)return e.jsx("p",{className:"muted",children:v?"Loading…":""});const p=f.node,y=p.group&&!p.id.endsWith(":more"),x=me[p.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase();return e.jsxs("div",{"data-testid":"map-details","data-node":p.id,children:[e.jsx("h2",{id:"details-h",children:Se(p)}),e.jsxs("p",{className:"muted kind-line",children:[y?`group of ${me[p.kind]?.toLowerCase()}`:x,p.key&&p.key!==p.label?e.jsxs(e.Fragment,{children:[" · ",e.jsx("code",{children:p.key})]}):null,ae(p).length?` · ${ae(p).join(", ")}`:""]}),e.jsxs("div",{className:"buttons detail-actions",children:[!s&&!p.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>l(p.id),children:"Focus on its neighbourhood"}),y&&e.jsx("button",{type:"button",className:"secondary","aria-expanded":r.includes(p.id),onClick:()=>d(p.id),children:r.includes(p.id)?"Collapse the group":"Expand the group in the map"}),p.kind==="DATA_CATEGORY"&&p.key&&e.jsxs(L,{to:`/lookup?field=${encodeURIComponent(p.key)}`,children:["Who receives ",p.key,"?"]})]}),a&&e.jsx("p",{className:"muted past-note",children:"As the catalog stood on the map's date."}),f.activity&&e.jsxs(e.Fragment,{children:[e.jsxs("dl",{children:[e.jsx("dt",{children:"Business function"}),e.jsx("dd",{children:f.activity.businessFunction||"—"}),e.jsx("dt",{children:"Role"}),e.jsx("dd",{children:f.activity.role}),e.jsx("dt",{children:"Review"}),e.jsx("dd",{children:f.activity.reviewStatus})]}),f.activity.description&&e.jsx("p",{children:f.activity.description}),e.jsx("h3",{children:"Purposes and bases"}),e.jsx("ul",{className:"map-facts",children:f.purposes.map($=>e.jsxs("li",{children:[$.purpose.name,": ",$.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),$.specialCondition?`, ${$.specialCondition.reference}`:"",e.jsx(B,{status:$.reviewStatus}),e.jsx(Te,{evidence:$.evidence})]},$.id))}),e.jsxs("h3",{children:["Data categories (",f.categories.length,")"]}),e.jsx("p",{children:e.jsx(Dn,{cats:f.categories})}),f.systems.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:"Systems"}),e.jsx("p",{children:f.systems.map($=>$.name).join(", ")})]}),e.jsx(Ge,{list:f.disclosures,show:"recipient",onSelect:o,heading:"Recipients"}),e.jsx(Ke,{transfers:f.transfers,onSelect:o,heading:"Transfers",past:a}),e.jsx("h3",{children:"Sentences about the activity"}),e.jsx(Te,{evidence:f.activity.evidence}),e.jsx("p",{children:e.jsx(L,{to:`/activities/${f.activity.id}`,children:c("edit")&&!a?"Edit this activity":"Open this activity"})})]}),p.kind==="RECIPIENT"&&!p.group&&e.jsxs(e.Fragment,{children:[e.jsx(Ge,{list:f.disclosures,show:"activity",onSelect:o,heading:"What it receives and why"}),e.jsx(Ke,{transfers:f.transfers,onSelect:o,heading:"Where it takes the data",past:a})]}),p.kind==="COUNTRY"&&!p.group&&e.jsx(Ke,{transfers:f.transfers,onSelect:o,heading:`Transfers to ${p.label}`,past:a}),p.kind==="DATA_CATEGORY"&&(f.collectedBy.length>0||f.disclosures.length>0)&&e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-label":"Who collects it",children:[e.jsxs("h3",{children:["Collected by (",f.collectedBy.length,")"]}),e.jsx(nt,{acts:f.collectedBy,onSelect:o,max:12})]}),e.jsx(Ge,{list:f.disclosures,show:"both",onSelect:o,heading:"Who receives it"})]}),p.kind==="SYSTEM"&&!p.group&&e.jsxs("section",{"aria-label":"Activities using it",children:[e.jsxs("h3",{children:["Used for (",f.collectedBy.length,")"]}),e.jsx(nt,{acts:f.collectedBy,onSelect:o,max:12})]}),f.members.length>0&&e.jsxs("section",{"aria-label":"Members",children:[e.jsx("h3",{children:f.memberCount>f.members.length?`The first ${f.members.length} of ${f.memberCount} members`:`Members (${f.memberCount})`}),e.jsx("ul",{className:"map-members",children:f.members.map($=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>o($.id),title:$.key?`${$.label} — ${$.key}`:$.label,children:$.label}),ae($).length?e.jsxs("span",{className:"muted",children:[" — ",ae($).join(", ")]}):null]},$.id))}),f.memberCount>f.members.length&&e.jsx("p",{className:"muted",children:"Search the map to find the others."})]})]})}const rr=A(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);function or(t,n="",i="",a=""){const s=[...t.controllerRecord?.activities??[],...(t.processorRecord?.controllers??[]).flatMap(l=>l.activities)],r=n.trim().toLowerCase();return s.filter(l=>(!r||[l.name,l.description,l.businessFunction,...l.purposes.map(o=>o.name)].some(o=>(o??"").toLowerCase().includes(r)))&&(!i||l.role===i)&&(!a||l.reviewStatus===a)).sort((l,o)=>l.name.localeCompare(o.name))}const lr={activity:"stated for this activity",recipient:"for a recipient",notice:"from the notice",organization:"organization-wide"};function Ee({status:t}){return t==="UNREVIEWED"?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed at the time",children:"DRAFT"})]}):null}function Je({own:t,shared:n,children:i}){const a=[...t,...n];return a.length?e.jsx("ul",{children:a.map((s,r)=>e.jsxs("li",{children:[i(s)," ",e.jsxs("span",{className:"muted",children:["(",lr[s.appliesTo]??s.appliesTo,")"]}),e.jsx(Ee,{status:s.reviewStatus})]},r))}):e.jsx(e.Fragment,{children:"—"})}function cr({org:t,asOf:n,time:i,search:a,role:s,review:r}){const l=U(()=>P(rr,{organization:t,asOf:i}),[t,i]),o=l.data?.article30,d=o?or(o,a,s,r):[],c=new Map((o?.shared??[]).map(h=>[h.id,h])),m=h=>h.shared.flatMap(v=>c.get(v)?[c.get(v)]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(W,{error:l.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"past-record-summary",children:l.loading?"Rebuilding the record from the history…":o?`${d.length} activities on ${n}`:""}),d.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":`Record of processing as of ${n}`,children:e.jsxs("table",{className:"records past",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Business function"}),e.jsx("th",{scope:"col",children:"Role"}),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),e.jsx("th",{scope:"col",children:"Review"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:d.map((h,v)=>{const f=m(h);return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[h.name,e.jsx(Ee,{status:h.reviewStatus}),h.notice&&e.jsx("div",{className:"muted notice-name",children:h.notice})]}),e.jsx("td",{"data-label":"Business function",children:h.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:h.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:h.purposes.map((p,y)=>e.jsxs("li",{children:[p.name,": ",p.legalBasis?.reference??"not stated",p.specialCondition?`; ${p.specialCondition.reference}`:"",e.jsx(Ee,{status:p.reviewStatus})]},y))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[h.dataSubjects.map(p=>p.name).join(", ")||"—",e.jsx("br",{}),h.dataCategories.map((p,y)=>e.jsxs("span",{className:p.specialCategory?"special-text":"",children:[y>0?", ":"",p.name]},p.key))]}),e.jsx("td",{"data-label":"Recipients",children:h.recipients.length?h.recipients.map((p,y)=>e.jsxs("span",{children:[y>0?", ":"",p.name,e.jsx(Ee,{status:p.reviewStatus})]},y)):"—"}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(Je,{own:h.transfers,shared:f.flatMap(p=>p.transfers),children:p=>e.jsxs(e.Fragment,{children:[p.country||p.scope,p.recipient?` to ${p.recipient}`:"",": ",p.safeguard?p.safeguard.name:"no safeguard stated",p.safeguard?.stale?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",p.safeguard.validUntil,")"]}):null]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(Je,{own:h.retention,shared:f.flatMap(p=>p.retention),children:p=>e.jsxs(e.Fragment,{children:[p.duration?de(p.duration):ie(p.criterion,90),p.dataCategories.length?` (of ${p.dataCategories.map(y=>y.name).join(", ")})`:""]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(Je,{own:h.security,shared:f.flatMap(p=>p.security),children:p=>e.jsx(e.Fragment,{children:p.name})})}),e.jsx("td",{"data-label":"Review",children:h.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:h.evidence.length?e.jsx("ul",{className:"evidence-quotes",children:h.evidence.slice(0,2).map((p,y)=>e.jsxs("li",{title:p.quote,children:["“",ie(p.quote,70),"”"]},y))}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${h.name}-${v}`)})})]})}),o&&!d.length&&e.jsxs("p",{children:["No activities",a||s||r?" match the filter":""," on ",n,"."]})]})}const dr=A(`
  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          businessFunction
          role
          reviewStatus
          notice {
            title
            audience
          }
          evidence {
            id
            quote
          }
          purposes {
            id
            reviewStatus
            purpose {
              name
            }
            legalBasis {
              reference
            }
            specialCondition {
              reference
            }
          }
          dataSubjects {
            id
            name
          }
          dataCategories {
            id
            name
            specialCategory
          }
          disclosures {
            id
            reviewStatus
            recipient {
              id
              name
              reviewStatus
            }
          }
          effectiveTransfers {
            id
            appliesTo
            reviewStatus
            scope
            country
            recipient {
              name
            }
            safeguard {
              name
              validUntil
            }
          }
          effectiveRetentionRules {
            id
            appliesTo
            reviewStatus
            duration
            criterion
            dataCategories {
              name
            }
          }
          effectiveSecurityPractices {
            id
            appliesTo
            reviewStatus
            description
            measure {
              name
            }
          }
        }
      }
    }
  }
`),Mt=10;function ur(t,n,i,a,s=""){const r=[];t&&r.push({organizationID:t}),s&&r.push({id:s});const l=n.trim();return l&&r.push({or:[{nameContainsFold:l},{descriptionContainsFold:l},{businessFunctionContainsFold:l},{hasPurposesWith:[{hasPurposeWith:[{nameContainsFold:l}]}]}]}),i&&r.push({role:i}),a&&r.push({reviewStatus:a}),{and:r}}function hr(){const{orgs:t,org:n,setOrg:i}=be(),[a,s]=u.useState(""),[r,l]=u.useState(""),[o,d]=u.useState(""),[c,m]=u.useState({field:"NAME",direction:"ASC"}),[h,v]=u.useState({}),[f,p]=te(),y=f.get("activity")??"",{asOf:x,time:$,setAsOf:C}=vt(),b=Nn(n?.key),k=U(()=>n&&!x?P(dr,{where:ur(n.id,a,r,o,y),orderBy:[c],...h.before?{last:Mt,before:h.before}:{first:Mt,after:h.after}}):Promise.resolve(void 0),[n?.id,x,a,r,o,y,c.field,c.direction,h.after,h.before]),w=k.data?.activities,D=(w?.edges??[]).flatMap(N=>N?.node?[N.node]:[]),S=()=>v({}),F=(N,j)=>{const R=c.field===N;return e.jsx("th",{scope:"col","aria-sort":R?c.direction==="ASC"?"ascending":"descending":"none",children:e.jsxs("button",{type:"button",className:"sort",onClick:()=>{m({field:N,direction:R&&c.direction==="ASC"?"DESC":"ASC"}),S()},children:[j," ",e.jsx("span",{"aria-hidden":"true",children:R?c.direction==="ASC"?"▲":"▼":"↕"})]})})},g=N=>vs(n?.key??"",N,x||void 0);return e.jsxs("section",{"aria-labelledby":"rec-h",children:[e.jsxs("h1",{id:"rec-h",children:["Record of processing",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:N=>{S(),i(N)}}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-search",children:"Search"}),e.jsx("input",{id:"rec-search",type:"search",value:a,onChange:N=>{s(N.target.value),S()},placeholder:"name, function or purpose"})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-role",children:"Role"}),e.jsxs("select",{id:"rec-role",value:r,onChange:N=>{l(N.target.value),S()},children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-review",children:"Review status"}),e.jsxs("select",{id:"rec-review",value:o,onChange:N=>{d(N.target.value),S()},children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"REVIEWED",children:"reviewed"}),e.jsx("option",{value:"UNREVIEWED",children:"unreviewed"}),e.jsx("option",{value:"REJECTED",children:"rejected"})]})]}),e.jsx(yt,{id:"rec-asof",asOf:x,setAsOf:N=>{S(),C(N)}}),e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":x?`Download the Article 30 report as of ${x}`:"Download the Article 30 report",children:[e.jsx("a",{className:"button",href:g("html"),target:"_blank",rel:"noopener",children:"Report (HTML)"}),e.jsx("a",{className:"button",href:g("csv"),download:!0,children:"Report (CSV)"}),e.jsx("a",{className:"button",href:g("xlsx"),download:!0,children:"Report (XLSX)"})]})]}),e.jsx(xt,{asOf:x,setAsOf:C}),x&&n&&$&&e.jsx(cr,{org:n.key,asOf:x,time:$,search:a,role:r,review:o}),!x&&y&&e.jsxs("p",{className:"fact-filter",children:["Only one activity (linked from a finding)."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>{const N=new URLSearchParams(f);N.delete("activity"),p(N),S()},children:"Show all activities"})]}),!x&&e.jsxs(e.Fragment,{children:[e.jsx(W,{error:k.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:k.loading?"Loading…":w?`${w.totalCount} activities`:""}),e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"rec-h",children:e.jsxs("table",{className:"records",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[F("NAME","Activity"),F("BUSINESS_FUNCTION","Business function"),F("ROLE","Role"),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),F("REVIEW_STATUS","Review"),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:D.map(N=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[e.jsx(L,{to:`/activities/${N.id}`,children:N.name}),e.jsx(B,{status:N.reviewStatus}),n&&e.jsx("span",{className:"badges",children:e.jsx(Pt,{org:n.key,fact:`activity:${N.id}`,findings:b.get(`activity:${N.id}`),label:N.name})}),N.notice&&e.jsx("div",{className:"muted notice-name",title:N.notice.audience?`Audience: ${N.notice.audience}`:void 0,children:N.notice.title})]}),e.jsx("td",{"data-label":"Business function",children:N.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:N.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:zn(N.purposes).map(j=>e.jsxs("li",{children:[j.purpose.name,": ",j.legalBasis?.reference??"not stated",j.specialCondition?`; ${j.specialCondition.reference}`:"",e.jsx(B,{status:j.reviewStatus})]},j.id))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[N.dataSubjects?.map(j=>j.name).join(", ")||"—",e.jsx("br",{}),N.dataCategories?.map((j,R)=>e.jsxs("span",{className:j.specialCategory?"special-text":"",children:[R>0?", ":"",j.name]},j.id))]}),e.jsxs("td",{"data-label":"Recipients",children:[wt(N.disclosures).map((j,R)=>e.jsxs("span",{children:[R>0?", ":"",j.name,e.jsx(B,{status:j.draft?"UNREVIEWED":void 0})]},j.id)),!wt(N.disclosures).length&&"—"]}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(De,{facts:N.effectiveTransfers,children:j=>e.jsxs(e.Fragment,{children:[j.country||j.scope,": ",e.jsx(qe,{safeguard:j.safeguard}),n&&e.jsx(Pt,{org:n.key,fact:`transfer:${j.id}`,findings:b.get(`transfer:${j.id}`),label:`the transfer to ${j.country||j.scope}`})]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(De,{facts:N.effectiveRetentionRules,children:j=>e.jsxs(e.Fragment,{children:[j.duration?de(j.duration):e.jsx(pr,{text:j.criterion??"",max:90}),j.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" (of ",j.dataCategories.map(R=>R.name).join(", "),")"]}):null]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(De,{facts:N.effectiveSecurityPractices,inline:!0,children:j=>e.jsx("span",{title:j.description??void 0,children:j.measure.name})})}),e.jsx("td",{"data-label":"Review",children:N.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(ne,{evidence:N.evidence?.slice(0,2)})})]},N.id))})]})}),e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:!w?.pageInfo.hasPreviousPage&&!h.after,onClick:()=>v({before:w?.pageInfo.startCursor??void 0}),children:"Previous page"}),e.jsx("button",{type:"button",disabled:!(w?.pageInfo.hasNextPage||h.before),onClick:()=>v({after:w?.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function pr({text:t,max:n}){const[i,a]=u.useState(!1),s=ie(t,n);return s===t.replace(/\s+/g," ").trim()?e.jsx(e.Fragment,{children:t}):e.jsxs(e.Fragment,{children:[i?t:s," ",e.jsx("button",{type:"button",className:"linklike more","aria-expanded":i,onClick:()=>a(!i),children:i?"less":"more"})]})}const mr=A(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`),fr=A(`
  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {
    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {
      match
      recipient {
        id
        name
        kind
        reviewStatus
      }
      organization {
        name
      }
      activity {
        id
        name
        reviewStatus
      }
      disclosure {
        id
        reviewStatus
      }
      category {
        key
        name
      }
      purposes {
        id
        name
      }
      legalBases {
        id
        purpose {
          name
        }
        legalBasis {
          reference
          name
        }
        specialCondition {
          reference
        }
        activityPurpose {
          reviewStatus
        }
      }
      allActivityBases
      transfers {
        id
        reviewStatus
        scope
        country
        activityID
        recipientID
        noticeID
        safeguard {
          name
          validUntil
        }
      }
      evidence {
        id
        quote
      }
    }
  }
`),gr={EXACT:"exact: declared for this category",BROADER:"broader: declared for a category that covers it",NARROWER:"narrower: receives a part of it"};function vr(){const[t,n]=te(),i=t.get("field")??"",a=t.get("org")??"",{orgs:s}=be(),{asOf:r,time:l,setAsOf:o}=vt(),[d,c]=u.useState(i),[m,h]=u.useState({for:"",list:[]}),[v,f]=u.useState(!1),[p,y]=u.useState(-1);u.useEffect(()=>c(i),[i]),u.useEffect(()=>{const w=d.trim();if(w.length<2)return h({for:w,list:[]});let D=!0;const S=setTimeout(()=>{P(mr,{text:w,organization:a||void 0}).then(F=>D&&h({for:w,list:F.lookupSuggestions}),()=>D&&h({for:w,list:[]}))},120);return()=>{D=!1,clearTimeout(S)}},[d,a]),u.useEffect(()=>y(-1),[m]);const x=w=>{f(!1),c(w);const D=new URLSearchParams(t);D.set("field",w.trim()),n(D)},$=v&&m.for===d.trim()?m.list:[],C=U(()=>i?P(fr,{field:i,organization:a||void 0,asOf:l}):Promise.resolve(void 0),[i,a,l]),b=C.data?.recipientsOf??[],k=C.error instanceof at?C.error.errors.flatMap(w=>w.extensions?.suggestions??[]):[];return e.jsxs("section",{"aria-labelledby":"lookup-h",children:[e.jsx("h1",{id:"lookup-h",children:"Who receives this field?"}),e.jsxs("form",{className:"filters",role:"search",onSubmit:w=>{w.preventDefault(),x(d)},children:[e.jsxs("div",{className:"field wide combo",children:[e.jsx("label",{htmlFor:"lookup-field",children:"Field path or data category"}),e.jsx("input",{id:"lookup-field",role:"combobox","aria-autocomplete":"list","aria-expanded":$.length>0,"aria-controls":"lookup-options","aria-activedescendant":p>=0&&$[p]?`lookup-option-${p}`:void 0,value:d,onChange:w=>{c(w.target.value),f(!0)},onFocus:()=>f(!0),onBlur:()=>f(!1),onKeyDown:w=>{w.key==="ArrowDown"||w.key==="ArrowUp"?(w.preventDefault(),f(!0),$.length&&y(D=>w.key==="ArrowDown"?(D+1)%$.length:(D<=0?$.length:D)-1)):w.key==="Enter"&&p>=0&&$[p]?(w.preventDefault(),x($[p].value)):w.key==="Escape"&&f(!1)},placeholder:"user.contact.email, careers.application.ssn or a name: email, social security",autoComplete:"off","aria-describedby":"lookup-hint"}),e.jsx("ul",{id:"lookup-options",role:"listbox","aria-label":"Suggestions",className:"combo-list","data-for":m.for,hidden:!$.length,children:$.map((w,D)=>e.jsxs("li",{id:`lookup-option-${D}`,role:"option","aria-selected":D===p,"data-value":w.value,title:w.value,onMouseDown:S=>{S.preventDefault(),x(w.value)},children:[e.jsx("span",{className:"combo-name",children:w.name})," ",e.jsx("code",{children:w.value})," ",e.jsx("span",{className:"muted",children:w.kind})]},w.value))}),e.jsx("small",{id:"lookup-hint",children:"Type two letters: keys, names, partial words and typos are matched. Arrow keys choose."})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"lookup-org",children:"Organization"}),e.jsxs("select",{id:"lookup-org",value:a,onChange:w=>{const D=new URLSearchParams(t);w.target.value?D.set("org",w.target.value):D.delete("org"),n(D)},children:[e.jsx("option",{value:"",children:"all"}),s.map(w=>e.jsx("option",{value:w.key,children:w.name},w.id))]})]}),e.jsx(yt,{id:"lookup-asof",asOf:r,setAsOf:o}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Look up"})})]}),e.jsx(xt,{asOf:r,setAsOf:o}),e.jsx(W,{error:C.error}),k.length>0&&e.jsxs("p",{children:["Did you mean:"," ",k.map((w,D)=>e.jsxs("span",{children:[D>0&&", ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>x(w),children:w})]},w))]}),i&&!C.error&&e.jsx("p",{"aria-live":"polite",className:"muted",children:C.loading?"Looking up…":`${b.length} recipients of ${i}`}),b.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":"Recipients and reasons",children:e.jsxs("table",{className:"lookup",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Recipient"}),e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Purpose"}),e.jsx("th",{scope:"col",children:"Legal basis"}),e.jsx("th",{scope:"col",children:"Match"}),e.jsx("th",{scope:"col",children:"Country and safeguard"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:b.map((w,D)=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[w.recipient.name,e.jsx(B,{status:Qe(w.recipient.reviewStatus)||Qe(w.disclosure.reviewStatus)?"UNREVIEWED":void 0}),e.jsxs("div",{className:"muted",children:[w.recipient.kind," · ",w.organization.name]})]}),e.jsxs("td",{"data-label":"Activity",children:[w.activity.name,e.jsx(B,{status:w.activity.reviewStatus})]}),e.jsx("td",{"data-label":"Purpose",children:w.purposes.map(S=>S.name).join("; ")||"—"}),e.jsxs("td",{"data-label":"Legal basis",children:[w.allActivityBases&&e.jsx("p",{className:"bases-note muted","data-all-bases":"true",children:"all purposes of the activity (the disclosure names none):"}),w.legalBases.length?e.jsx("ul",{children:w.legalBases.map(S=>e.jsxs("li",{children:[e.jsxs("span",{className:"muted",children:[S.purpose.name,":"]})," ",S.legalBasis?`${S.legalBasis.reference} (${S.legalBasis.name})`:"not stated",S.specialCondition?`; ${S.specialCondition.reference}`:"",e.jsx(B,{status:S.activityPurpose.reviewStatus})]},S.id))}):"no purpose of the activity matches the disclosure's"]}),e.jsxs("td",{"data-label":"Match",children:[e.jsx("span",{className:`match match-${w.match.toLowerCase()}`,children:w.match}),e.jsxs("div",{className:"muted",children:[gr[w.match]," (",e.jsx("code",{children:w.category.key}),")"]})]}),e.jsx("td",{"data-label":"Country and safeguard",children:w.transfers.length?e.jsx("ul",{children:w.transfers.map(S=>e.jsxs("li",{children:[S.country||S.scope,": ",e.jsx(qe,{safeguard:S.safeguard})," ",e.jsxs("span",{className:"muted",children:["(",Vt(qn(S)),")"]}),e.jsx(B,{status:S.reviewStatus})]},S.id))}):"no transfer recorded"}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(ne,{evidence:w.evidence})})]},`${w.recipient.id}-${w.activity.id}-${w.category.key}-${D}`))})]})})]})}const yr=A(`
  query Evidence($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evidence {
        id
        start
        end
        quote
        document {
          title
          url
          lastUpdated
          text
          organization {
            name
          }
        }
      }
    }
  }
`);function xr(){const{id:t=""}=ct(),{data:n,error:i,loading:a}=U(()=>P(yr,{id:t}),[t]),s=u.useRef(null),r=n?.node?.__typename==="Evidence"?n.node:void 0;if(u.useEffect(()=>{s.current?.scrollIntoView({block:"center"}),s.current?.focus({preventScroll:!0})},[r?.id]),a)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(i)return e.jsx(W,{error:i});if(!r)return e.jsxs("p",{role:"alert",children:["No evidence span with ID ",t,"."]});const[l,o,d]=_t(r.document.text,r.start,r.end);return e.jsxs("section",{"aria-labelledby":"ev-h",className:"evidence",children:[e.jsx("h1",{id:"ev-h",children:r.document.title}),e.jsxs("p",{className:"muted",children:[r.document.organization.name,r.document.lastUpdated?` · last updated ${r.document.lastUpdated.slice(0,10)}`:"",r.document.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:r.document.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",r.quote,"”",e.jsxs("footer",{className:"muted",children:["bytes ",r.start,"–",r.end," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[l,e.jsx("mark",{id:"quote",ref:s,tabIndex:-1,children:o}),d]})]})}A(`
  fragment ChangeFields on Change {
    id
    at
    actor
    via
    entityType
    entityID
    operation
    before
    after
    note
    reverts
  }
`);const jr=A(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`),wr={create:"created",update:"updated",delete:"deleted"};function $r({history:t,owner:n,lastReviewed:i,parts:a,reload:s}){const r=[...t.changes.map(d=>({change:d,what:"activity"})),...a.flatMap(d=>d.history.changes.map(c=>({change:c,what:d.label})))],l=new Map(r.map(d=>[d.change.id,d])),o=ms(r.map(d=>d.change)).map(d=>l.get(d.id));return e.jsxs("section",{className:"card history","aria-labelledby":"history-h",children:[e.jsx("h2",{id:"history-h",children:"History"}),e.jsxs("dl",{className:"history-stamps",children:[e.jsx("dt",{children:"Created"}),e.jsx("dd",{"data-testid":"history-created",children:t.createdAt?`${se(t.createdAt)} by ${t.createdBy??"unknown"}`:"before the history was kept"}),e.jsx("dt",{children:"Last changed"}),e.jsx("dd",{"data-testid":"history-updated",children:t.updatedAt?`${se(t.updatedAt)} by ${t.updatedBy??"unknown"}`:"—"}),e.jsx("dt",{children:"Owner"}),e.jsx("dd",{"data-testid":"history-owner",children:n||"not recorded"}),e.jsx("dt",{children:"Last reviewed"}),e.jsx("dd",{"data-testid":"history-last-reviewed",children:i?se(i):"never"})]}),e.jsxs("h3",{children:["Changes, newest first (",o.length,")"]}),o.length?e.jsx("ol",{className:"changes","aria-label":"Changes of the activity",children:o.map(d=>e.jsx(br,{change:d.change,what:d.what,reload:s},d.change.id))}):e.jsx("p",{className:"muted",children:"No changes recorded."})]})}function br({change:t,what:n,reload:i}){const a=ps(t.before,t.after),s=wr[t.operation]??t.operation;return e.jsxs("li",{className:`change op-${t.operation}`,"data-change":t.id,children:[e.jsxs("div",{className:"change-head",children:[e.jsx("time",{dateTime:t.at,children:se(t.at)})," ",e.jsx("strong",{className:"actor",children:t.actor})," ",e.jsxs("span",{className:"muted",children:["via ",t.via]}),":"," ",e.jsxs("span",{className:"what",children:[n," ",s]}),t.reverts?e.jsxs("span",{className:"muted",children:[" (reverts change ",t.reverts,")"]}):null]}),t.note&&e.jsxs("p",{className:"change-note",children:["Note: ",t.note]}),a.length>0&&t.operation!=="update"?e.jsxs("details",{className:"field-details",children:[e.jsxs("summary",{children:[a.length," field",a.length===1?"":"s"," ",t.operation==="delete"?"it had":"set"]}),e.jsx(zt,{change:t,lines:a})]}):a.length>0&&e.jsx(zt,{change:t,lines:a}),e.jsx(Sr,{change:t,what:`${xs(t.entityType)} ${s} ${se(t.at)}`,reload:i})]})}function zt({change:t,lines:n}){return e.jsx("ul",{className:"field-lines",children:n.map(i=>e.jsxs("li",{"data-field":i.field,children:[e.jsxs("span",{className:"field-name",children:[vn(i.field),i.edge?" (IDs)":""]}),":"," ",t.operation==="update"?e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"before",children:i.before??"none"})," → ",e.jsx("span",{className:"after",children:i.after??"none"})]}):e.jsx("span",{className:t.operation==="delete"?"before":"after",children:t.operation==="delete"?i.before:i.after})]},`${i.edge?"e":"f"}:${i.field}`))})}function Sr({change:t,what:n,reload:i}){const a=ve(),[s,r]=u.useState(!1),[l,o]=u.useState(""),[d,c]=u.useState(!1),[m,h]=u.useState("");if(!a("admin"))return null;const v=`revert-${t.id}`;return s?e.jsxs("form",{className:"grid revert","aria-label":`Revert the change: ${n}`,onSubmit:async f=>{f.preventDefault(),c(!0),h("");try{await P(jr,{id:t.id,reason:l.trim()||void 0}),r(!1),o(""),i()}catch(p){h(p instanceof Error?p.message:String(p))}finally{c(!1)}},children:[e.jsxs("div",{className:"field wide",children:[e.jsx("label",{htmlFor:v,children:"Reason for reverting"}),e.jsx("input",{id:v,value:l,onChange:f=>o(f.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",className:"danger",disabled:d,children:"Revert"}),e.jsx("button",{type:"button",className:"secondary",onClick:()=>{r(!1),h("")},children:"Cancel"})]}),m&&e.jsx("p",{role:"alert",className:"error",children:m})]}):e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>r(!0),"aria-label":`Revert the change: ${n}`,children:"Revert…"})})}const Rr=A(`
  query ActivityForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProcessingActivity {
        id
        name
        description
        businessFunction
        role
        automatedDecisionMaking
        dpiaRequired
        reviewStatus
        owner
        lastReviewed
        history {
          createdAt
          createdBy
          updatedAt
          updatedBy
          changes {
            ...ChangeFields
          }
        }
        organization {
          id
          key
          name
        }
        evidence {
          id
          quote
        }
        purposes {
          id
          legitimateInterest
          purpose {
            id
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          legalBasis {
            id
            reference
          }
          specialCondition {
            id
            reference
          }
          evidence {
            id
            quote
          }
        }
        dataCategories {
          id
          key
          name
        }
        disclosures {
          id
          recipient {
            id
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          dataCategories {
            id
            key
          }
          evidence {
            id
            quote
          }
        }
        retentionRules {
          id
          duration
          criterion
          endAction
          evidence {
            id
            quote
          }
        }
        transfers {
          id
          scope
          country
          recipient {
            name
          }
          safeguard {
            name
          }
          evidence {
            id
            quote
          }
        }
        effectiveTransfers {
          id
          appliesTo
          reviewStatus
          scope
          country
          recipient {
            name
          }
          safeguard {
            name
            validUntil
          }
        }
        effectiveRetentionRules {
          id
          appliesTo
          reviewStatus
          duration
          criterion
        }
      }
    }
  }
`),Nr=A(`
  query EditChoices {
    organizations(orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    purposes(first: 1000, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    legalBases(first: 100, orderBy: { field: KEY }) {
      edges {
        node {
          id
          reference
          name
          article
        }
      }
    }
    dataCategories(first: 1000, orderBy: { field: KEY }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    transferSafeguards(first: 100, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          validUntil
        }
      }
    }
  }
`),Cr=A(`
  query OrgRecipients($org: ID!) {
    recipients(first: 1000, where: { organizationID: $org }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),kr=A(`
  mutation CreateActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
    }
  }
`),it=A(`
  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),Dr=A(`
  mutation AddPurpose($input: CreateActivityPurposeInput!) {
    createActivityPurpose(input: $input) {
      id
    }
  }
`),Er=A(`
  mutation RemovePurpose($id: ID!) {
    deleteActivityPurpose(id: $id)
  }
`),Ir=A(`
  mutation AddDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) {
      id
    }
  }
`),Ar=A(`
  mutation RemoveDisclosure($id: ID!) {
    deleteDisclosure(id: $id)
  }
`),Tr=A(`
  mutation AddRetention($input: CreateRetentionRuleInput!) {
    createRetentionRule(input: $input) {
      id
    }
  }
`),Pr=A(`
  mutation RemoveRetention($id: ID!) {
    deleteRetentionRule(id: $id)
  }
`),Fr=A(`
  mutation AddTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      id
    }
  }
`),Or=A(`
  mutation RemoveTransfer($id: ID!) {
    deleteTransfer(id: $id)
  }
`);function jt(t,n,i={}){const a=t instanceof Error?t.message:String(t);if(t instanceof at){const s=Bn(t.field),r=s?i[s]??s:void 0;if(r&&n.includes(r))return{[r]:a}}return{"":a}}function z({id:t,label:n,error:i,children:a,hint:s,wide:r}){return e.jsxs("div",{className:`field${r?" wide":""}${i?" has-error":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),a,s&&e.jsx("small",{id:`${t}-hint`,children:s}),i&&e.jsx("p",{className:"field-error",id:`${t}-error`,role:"alert",children:i})]})}function q(t,n){return{id:t,"aria-invalid":n[t.split("-").pop()]?!0:void 0,"aria-describedby":n[t.split("-").pop()]?`${t}-error`:void 0}}const oe=t=>(t?.edges??[]).flatMap(n=>n?.node?[n.node]:[]);function qt(){const{id:t}=ct(),n=lt(),i=ve()("edit"),a=U(()=>t?P(Rr,{id:t}):Promise.resolve(void 0),[t]),s=U(()=>P(Nr),[]),r=a.data?.node?.__typename==="ProcessingActivity"?a.data.node:void 0,l=oe(s.data?.organizations),[o,d]=u.useState({organizationID:"",name:"",description:"",businessFunction:"",role:"controller",automatedDecisionMaking:!1,dpiaRequired:"",owner:""}),[c,m]=u.useState({}),[h,v]=u.useState("");u.useEffect(()=>{r&&d({organizationID:r.organization.id,name:r.name,description:r.description??"",businessFunction:r.businessFunction??"",role:r.role,automatedDecisionMaking:r.automatedDecisionMaking,dpiaRequired:r.dpiaRequired==null?"":String(r.dpiaRequired),owner:r.owner??""})},[r?.id,a.data]),u.useEffect(()=>{!t&&!o.organizationID&&l.length&&d(y=>({...y,organizationID:(l.find(x=>x.key==="ujet")??l[0]).id}))},[t,l.length]);const f=["organizationID","name","description","businessFunction","role","automatedDecisionMaking","dpiaRequired","owner"],p=async y=>{y.preventDefault(),m({}),v("");const x={name:o.name,role:o.role,automatedDecisionMaking:o.automatedDecisionMaking};try{if(!t){const $=await P(kr,{input:{...x,organizationID:o.organizationID,description:o.description||void 0,businessFunction:o.businessFunction||void 0,owner:o.owner.trim()||void 0,dpiaRequired:o.dpiaRequired===""?void 0:o.dpiaRequired==="true"}});n(`/activities/${$.createProcessingActivity.id}`);return}await P(it,{id:t,input:{...x,...o.description?{description:o.description}:{clearDescription:!0},...o.businessFunction?{businessFunction:o.businessFunction}:{clearBusinessFunction:!0},...o.dpiaRequired===""?{clearDpiaRequired:!0}:{dpiaRequired:o.dpiaRequired==="true"},...o.owner.trim()?{owner:o.owner.trim()}:{clearOwner:!0}}}),v("Saved."),a.reload()}catch($){m(jt($,f,{organization:"organizationID"}))}};return t&&a.loading&&!r?e.jsx("p",{className:"muted",children:"Loading…"}):t&&a.error?e.jsx(W,{error:a.error}):t&&!r&&!a.loading?e.jsxs("p",{role:"alert",children:["No activity with ID ",t,"."]}):e.jsxs("section",{"aria-labelledby":"edit-h",className:"edit",children:[e.jsx("h1",{id:"edit-h",children:r?i?`Edit: ${r.name}`:r.name:"New processing activity"}),r&&e.jsxs("p",{className:"muted",children:[r.organization.name," · review status ",r.reviewStatus,e.jsx(B,{status:r.reviewStatus})," · ",e.jsx(L,{to:`/records?org=${r.organization.key}`,children:"back to the record"})]}),!i&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:p,noValidate:!0,"aria-label":"Activity",className:"card",children:[e.jsxs("fieldset",{className:"plain",disabled:!i,children:[e.jsxs("div",{className:"grid",children:[e.jsx(z,{id:"act-organizationID",label:"Organization",error:c.organizationID,children:e.jsx("select",{...q("act-organizationID",c),value:o.organizationID,disabled:!!t,onChange:y=>d({...o,organizationID:y.target.value}),children:l.map(y=>e.jsx("option",{value:y.id,children:y.name},y.id))})}),e.jsx(z,{id:"act-name",label:"Name (required)",error:c.name,wide:!0,children:e.jsx("input",{...q("act-name",c),"aria-required":"true",value:o.name,onChange:y=>d({...o,name:y.target.value})})}),e.jsx(z,{id:"act-businessFunction",label:"Business function",error:c.businessFunction,wide:!0,children:e.jsx("input",{...q("act-businessFunction",c),value:o.businessFunction,onChange:y=>d({...o,businessFunction:y.target.value}),placeholder:"e.g. Marketing, HR"})}),e.jsx(z,{id:"act-role",label:"Role of the organization",error:c.role,children:e.jsxs("select",{...q("act-role",c),value:o.role,onChange:y=>d({...o,role:y.target.value}),children:[e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})}),e.jsx(z,{id:"act-dpiaRequired",label:"DPIA required (Art 35)",error:c.dpiaRequired,children:e.jsxs("select",{...q("act-dpiaRequired",c),value:o.dpiaRequired,onChange:y=>d({...o,dpiaRequired:y.target.value}),children:[e.jsx("option",{value:"",children:"not assessed"}),e.jsx("option",{value:"true",children:"yes"}),e.jsx("option",{value:"false",children:"no"})]})}),e.jsx(z,{id:"act-owner",label:"Owner (person or team)",error:c.owner,hint:r?`Last reviewed: ${r.lastReviewed?se(r.lastReviewed):"never"} (set when a reviewer confirms the activity)`:void 0,children:e.jsx("input",{...q("act-owner",c),value:o.owner,onChange:y=>d({...o,owner:y.target.value}),placeholder:"e.g. Marketing team","aria-describedby":[c.owner?"act-owner-error":"",r?"act-owner-hint":""].filter(Boolean).join(" ")||void 0})}),e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"act-adm",type:"checkbox",checked:o.automatedDecisionMaking,onChange:y=>d({...o,automatedDecisionMaking:y.target.checked})}),e.jsx("label",{htmlFor:"act-adm",children:"Automated decision-making or profiling (Art 22)"})]})]}),e.jsx(z,{id:"act-description",label:"Description",error:c.description,children:e.jsx("textarea",{...q("act-description",c),rows:3,value:o.description,onChange:y=>d({...o,description:y.target.value})})}),c[""]&&e.jsx("p",{role:"alert",className:"error",children:c[""]})]}),i&&e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:t?"Save activity":"Create activity"}),e.jsx("span",{role:"status",className:"saved",children:h})]}),r&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"small",children:"Evidence for this activity"}),e.jsx(ne,{evidence:r.evidence})]})]}),r&&s.data&&e.jsx(Mr,{a:r,choices:s.data,reload:a.reload,editable:i}),r&&e.jsx($r,{history:r.history,owner:r.owner,lastReviewed:r.lastReviewed,parts:[...(r.purposes??[]).map(y=>({label:`purpose ${y.purpose.name}`,history:y.history})),...(r.disclosures??[]).map(y=>({label:`disclosure to ${y.recipient.name}`,history:y.history}))],reload:a.reload})]})}function Mr({a:t,choices:n,reload:i,editable:a}){const s=U(()=>P(Cr,{org:t.organization.id}),[t.organization.id]),r=oe(n.purposes),l=oe(n.legalBases),o=oe(n.dataCategories),d=oe(n.transferSafeguards),c=oe(s.data?.recipients),[m,h]=u.useState({}),v=async(g,N,j,R={})=>{h(E=>({...E,[g]:{}}));try{return await j(),i(),!0}catch(E){return h(T=>({...T,[g]:jt(E,N,R)})),!1}},[f,p]=u.useState({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""}),[y,x]=u.useState(""),[$,C]=u.useState({recipientID:"",categoryIDs:[]}),[b,k]=u.useState({duration:"",criterion:"",endAction:"delete"}),[w,D]=u.useState({scope:"country",country:"",recipientID:"",safeguardID:""}),S=g=>m[g]??{},F=g=>S(g)[""]&&e.jsx("p",{role:"alert",className:"error",children:S(g)[""]});return e.jsxs("div",{className:"links",children:[e.jsxs("section",{className:"card","aria-labelledby":"purposes-h",children:[e.jsx("h2",{id:"purposes-h",children:"Purposes and legal bases"}),e.jsx("ul",{className:"items",children:t.purposes?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:g.purpose.name}),": ",g.legalBasis?.reference??"basis not stated",g.specialCondition?`; ${g.specialCondition.reference}`:"",g.legitimateInterest?` (interest: ${g.legitimateInterest})`:""]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>v("purposes",[],()=>P(Er,{id:g.id})),"aria-label":`Remove purpose ${g.purpose.name}`,children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a purpose",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await v("purposes",["purposeID","legalBasisID","specialConditionID","legitimateInterest"],()=>P(Dr,{input:{activityID:t.id,purposeID:f.purposeID,legalBasisID:f.legalBasisID||void 0,specialConditionID:f.specialConditionID||void 0,legitimateInterest:f.legitimateInterest||void 0}}))&&p({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""})},children:[e.jsx(z,{id:"ap-purposeID",label:"Purpose",error:S("purposes").purposeID,children:e.jsxs("select",{...q("ap-purposeID",S("purposes")),value:f.purposeID,onChange:g=>p({...f,purposeID:g.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),r.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(z,{id:"ap-legalBasisID",label:"Art 6 legal basis",error:S("purposes").legalBasisID,children:e.jsxs("select",{...q("ap-legalBasisID",S("purposes")),value:f.legalBasisID,onChange:g=>p({...f,legalBasisID:g.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),l.filter(g=>g.article==="art6").map(g=>e.jsxs("option",{value:g.id,children:[g.reference,": ",g.name]},g.id))]})}),e.jsx(z,{id:"ap-specialConditionID",label:"Art 9 condition",error:S("purposes").specialConditionID,children:e.jsxs("select",{...q("ap-specialConditionID",S("purposes")),value:f.specialConditionID,onChange:g=>p({...f,specialConditionID:g.target.value}),children:[e.jsx("option",{value:"",children:"none"}),l.filter(g=>g.article!=="art6").map(g=>e.jsxs("option",{value:g.id,children:[g.reference,": ",g.name]},g.id))]})}),e.jsx(z,{id:"ap-legitimateInterest",label:"Legitimate interest (Art 6(1)(f))",error:S("purposes").legitimateInterest,children:e.jsx("input",{...q("ap-legitimateInterest",S("purposes")),value:f.legitimateInterest,onChange:g=>p({...f,legitimateInterest:g.target.value})})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add purpose"})}),F("purposes")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"cats-h",children:[e.jsx("h2",{id:"cats-h",children:"Categories of personal data"}),e.jsx("ul",{className:"items",children:t.dataCategories?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.name," ",e.jsx("code",{children:g.key})]}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove category ${g.name}`,onClick:()=>v("cats",[],()=>P(it,{id:t.id,input:{removeDataCategoryIDs:[g.id]}})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a data category",noValidate:!0,onSubmit:async g=>{g.preventDefault();const N=o.find(j=>j.key===y.trim());if(!N){h(j=>({...j,cats:{dataCategory:y.trim()?`no data category has the key "${y.trim()}"`:"choose a data category"}}));return}await v("cats",["dataCategory"],()=>P(it,{id:t.id,input:{addDataCategoryIDs:[N.id]}}))&&x("")},children:[e.jsxs(z,{id:"cat-dataCategory",label:"Data category key",error:S("cats").dataCategory,children:[e.jsx("input",{...q("cat-dataCategory",S("cats")),list:"cat-keys",value:y,onChange:g=>x(g.target.value),placeholder:"user.contact.email"}),e.jsx("datalist",{id:"cat-keys",children:o.map(g=>e.jsx("option",{value:g.key,children:g.name},g.id))})]}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add category"})}),F("cats")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"disc-h",children:[e.jsx("h2",{id:"disc-h",children:"Recipients (disclosures)"}),e.jsx("ul",{className:"items",children:t.disclosures?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:g.recipient.name}),g.dataCategories?.length?`: ${g.dataCategories.map(N=>N.key).join(", ")}`:": all the activity's categories"]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove disclosure to ${g.recipient.name}`,onClick:()=>v("disc",[],()=>P(Ar,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a recipient",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await v("disc",["recipientID","dataCategoryIDs"],()=>P(Ir,{input:{activityID:t.id,recipientID:$.recipientID,dataCategoryIDs:$.categoryIDs}}))&&C({recipientID:"",categoryIDs:[]})},children:[e.jsx(z,{id:"disc-recipientID",label:"Recipient",error:S("disc").recipientID,children:e.jsxs("select",{...q("disc-recipientID",S("disc")),value:$.recipientID,onChange:g=>C({...$,recipientID:g.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),c.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(z,{id:"disc-dataCategoryIDs",label:"Categories disclosed (none: all the activity's)",error:S("disc").dataCategoryIDs,children:e.jsx("select",{...q("disc-dataCategoryIDs",S("disc")),multiple:!0,size:4,value:$.categoryIDs,onChange:g=>C({...$,categoryIDs:[...g.target.selectedOptions].map(N=>N.value)}),children:(t.dataCategories??[]).map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add recipient"})}),F("disc")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"ret-h",children:[e.jsx("h2",{id:"ret-h",children:"Retention"}),e.jsx("ul",{className:"items",children:t.retentionRules?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.duration?de(g.duration):g.criterion," · then ",g.endAction]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove retention rule",onClick:()=>v("ret",[],()=>P(Pr,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a retention rule",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await v("ret",["duration","criterion","endAction"],()=>P(Tr,{input:{organizationID:t.organization.id,activityID:t.id,duration:b.duration||void 0,criterion:b.criterion||void 0,endAction:b.endAction}}))&&k({duration:"",criterion:"",endAction:"delete"})},children:[e.jsx(z,{id:"ret-duration",label:"Duration (ISO 8601)",error:S("ret").duration,hint:"e.g. P6Y, P30D",children:e.jsx("input",{...q("ret-duration",S("ret")),value:b.duration,onChange:g=>k({...b,duration:g.target.value})})}),e.jsx(z,{id:"ret-criterion",label:"or criterion in words",error:S("ret").criterion,children:e.jsx("input",{...q("ret-criterion",S("ret")),value:b.criterion,onChange:g=>k({...b,criterion:g.target.value})})}),e.jsx(z,{id:"ret-endAction",label:"At the end",error:S("ret").endAction,children:e.jsx("select",{...q("ret-endAction",S("ret")),value:b.endAction,onChange:g=>k({...b,endAction:g.target.value}),children:["delete","anonymise","isolate","return","unspecified"].map(g=>e.jsx("option",{value:g,children:g},g))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add retention rule"})}),F("ret")]}),e.jsx(Bt,{facts:t.effectiveRetentionRules,children:g=>e.jsx("span",{title:g.criterion??void 0,children:g.duration?de(g.duration):ie(g.criterion??"",120)})})]}),e.jsxs("section",{className:"card","aria-labelledby":"tr-h",children:[e.jsx("h2",{id:"tr-h",children:"Transfers outside the EEA"}),e.jsx("ul",{className:"items",children:t.transfers?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.country||g.scope,g.recipient?` to ${g.recipient.name}`:"",": ",g.safeguard?.name??"no safeguard stated"]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove transfer",onClick:()=>v("tr",[],()=>P(Or,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a transfer",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await v("tr",["scope","country","recipientID","safeguardID"],()=>P(Fr,{input:{organizationID:t.organization.id,activityID:t.id,scope:w.scope,country:w.country||void 0,recipientID:w.recipientID||void 0,safeguardID:w.safeguardID||void 0}}))&&D({scope:"country",country:"",recipientID:"",safeguardID:""})},children:[e.jsx(z,{id:"tr-scope",label:"Scope",error:S("tr").scope,children:e.jsxs("select",{...q("tr-scope",S("tr")),value:w.scope,onChange:g=>D({...w,scope:g.target.value}),children:[e.jsx("option",{value:"country",children:"a named country"}),e.jsx("option",{value:"worldwide",children:"worldwide"}),e.jsx("option",{value:"unspecified",children:"unspecified"})]})}),e.jsx(z,{id:"tr-country",label:"Country (ISO 3166-1 alpha-2)",error:S("tr").country,children:e.jsx("input",{...q("tr-country",S("tr")),value:w.country,maxLength:2,onChange:g=>D({...w,country:g.target.value.toUpperCase()}),placeholder:"US"})}),e.jsx(z,{id:"tr-recipientID",label:"Recipient",error:S("tr").recipientID,children:e.jsxs("select",{...q("tr-recipientID",S("tr")),value:w.recipientID,onChange:g=>D({...w,recipientID:g.target.value}),children:[e.jsx("option",{value:"",children:"none"}),c.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(z,{id:"tr-safeguardID",label:"Safeguard",error:S("tr").safeguardID,children:e.jsxs("select",{...q("tr-safeguardID",S("tr")),value:w.safeguardID,onChange:g=>D({...w,safeguardID:g.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),d.map(g=>e.jsxs("option",{value:g.id,children:[g.name,g.validUntil?` (invalid since ${g.validUntil.slice(0,10)})`:""]},g.id))]})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add transfer"})}),F("tr")]}),e.jsx(Bt,{facts:t.effectiveTransfers,children:g=>e.jsxs(e.Fragment,{children:[g.country||g.scope,": ",e.jsx(qe,{safeguard:g.safeguard})]})})]})]})}function Bt({facts:t,children:n}){const i=t.filter(a=>a.appliesTo!=="ACTIVITY");return i.length?e.jsxs("div",{className:"also-applies",children:[e.jsx("h3",{children:"Also applies to this activity"}),e.jsx(De,{facts:i,children:n})]}):null}const zr=A(`
  query Unreviewed {
    organizations(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          key
          name
          origin
          evidence {
            id
            quote
          }
        }
      }
    }
    activities(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          name
          origin
          organization {
            name
          }
          notice {
            title
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    activityPurposes(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          origin
          activity {
            id
            name
          }
          purpose {
            name
          }
          legalBasis {
            reference
          }
          specialCondition {
            reference
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    recipients(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          name
          kind
          origin
          organization {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    disclosures(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          origin
          activity {
            id
            name
          }
          recipient {
            name
          }
          dataCategories {
            name
          }
          purposes {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    transfers(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          scope
          country
          origin
          organization {
            name
          }
          activity {
            id
            name
          }
          recipient {
            name
          }
          notice {
            title
          }
          safeguard {
            name
            validUntil
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    retentionRules(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          duration
          criterion
          endAction
          origin
          organization {
            name
          }
          activity {
            id
            name
          }
          notice {
            title
          }
          dataCategories {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    dataSubjectRights(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          channel
          responseTime
          conditions
          origin
          organization {
            name
          }
          notice {
            title
          }
          right {
            name
            reference
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    securityPractices(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          description
          origin
          organization {
            name
          }
          notice {
            title
          }
          measure {
            name
          }
          activities {
            id
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    statements(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          kind
          text
          origin
          organization {
            name
          }
          notice {
            title
          }
          legalBasis {
            reference
            name
          }
          purposes {
            name
          }
          dataCategories {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
  }
`),qr=A(`
  mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {
    updateOrganization(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Br=A(`
  mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {
    updateProcessingActivity(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Lr=A(`
  mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {
    updateActivityPurpose(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Ur=A(`
  mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRecipient(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Wr=A(`
  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Vr=A(`
  mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {
    updateTransfer(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),_r=A(`
  mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRetentionRule(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Hr=A(`
  mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDataSubjectRight(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Yr=A(`
  mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {
    updateSecurityPractice(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Kr=A(`
  mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {
    updateStatement(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Lt=[["organizations","Organizations","Organization"],["activities","Activities","Activity"],["purposes","Purposes and legal bases","Purpose and basis"],["recipients","Recipients","Recipient"],["disclosures","Disclosures","Disclosure"],["transfers","Transfers","Transfer"],["retention","Retention rules","Retention"],["rights","Data subject rights","Right"],["security","Security practices","Security practice"],["statements","Statements","Statement"]],Gr=t=>(t.edges??[]).flatMap(n=>n?.node?[n.node]:[]);function J(t,n,i,a){return{type:t,total:n.totalCount,facts:Gr(n).map(s=>({id:s.id,origin:s.origin,evidence:s.evidence,summary:a(s),review:(r,l)=>P(i,{id:s.id,status:r,note:l})}))}}const Ze=t=>e.jsx(L,{to:`/activities/${t.id}`,children:t.name}),re=t=>(t??[]).map(n=>n.name).join(", ");function Ne(t){return e.jsxs("span",{className:"muted",children:["(",Vt(t.appliesTo,{activity:t.activity?.name,recipient:t.recipient?.name,notice:t.notice?.title}),")"]})}function Jr(){const[t,n]=te(),i=t.get("type")??"",a=U(()=>P(zr),[]),s=ve()("review"),r=a.data,l=r?[J("organizations",r.organizations,qr,c=>e.jsxs(e.Fragment,{children:[c.name," (",e.jsx("code",{children:c.key}),")"]})),J("activities",r.activities,Br,c=>e.jsxs(e.Fragment,{children:[Ze(c)," (",c.organization.name,")",c.notice?e.jsxs("span",{className:"muted",children:[" · described in ",c.notice.title]}):null]})),J("purposes",r.activityPurposes,Lr,c=>e.jsxs(e.Fragment,{children:[c.purpose.name,": ",c.legalBasis?.reference??"basis not stated",c.specialCondition?`; ${c.specialCondition.reference}`:"",", for ",Ze(c.activity)]})),J("recipients",r.recipients,Ur,c=>e.jsxs(e.Fragment,{children:[c.name," (",c.kind,", ",c.organization.name,")"]})),J("disclosures",r.disclosures,Wr,c=>e.jsxs(e.Fragment,{children:["to ",c.recipient.name,", in ",Ze(c.activity),c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · ",re(c.dataCategories)]}):null,c.purposes?.length?e.jsxs("span",{className:"muted",children:[" · for ",re(c.purposes)]}):null]})),J("transfers",r.transfers,Vr,c=>e.jsxs(e.Fragment,{children:[c.country||c.scope," under ",e.jsx(qe,{safeguard:c.safeguard})," ",Ne(c)]})),J("retention",r.retentionRules,_r,c=>e.jsxs(e.Fragment,{children:[e.jsx("span",{title:c.criterion??void 0,children:c.duration?de(c.duration):ie(c.criterion??"",140)}),", then ",c.endAction,c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · of ",re(c.dataCategories)]}):null," ",Ne(c)]})),J("rights",r.dataSubjectRights,Hr,c=>e.jsxs(e.Fragment,{children:[c.right.name,c.right.reference?e.jsxs("span",{className:"muted",children:[" (",c.right.reference,")"]}):null,c.channel?`, by ${c.channel}`:"",c.responseTime?`, answered within ${de(c.responseTime)}`:""," ",Ne(c)]})),J("security",r.securityPractices,Yr,c=>e.jsxs(e.Fragment,{children:[c.measure.name,c.description?e.jsxs("span",{className:"muted",children:[" · ",ie(c.description,120)]}):null," ",Ne({...c,activity:c.activities?.length?{name:re(c.activities)}:null})]})),J("statements",r.statements,Kr,c=>e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:Ln(c.kind)}),": ",c.text,c.legalBasis?e.jsxs("span",{className:"muted",children:[" · ",c.legalBasis.reference," (",c.legalBasis.name,")"]}):null,c.purposes?.length?e.jsxs("span",{className:"muted",children:[" · for ",re(c.purposes)]}):null,c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · about ",re(c.dataCategories)]}):null,e.jsxs("span",{className:"muted",children:[" (",c.notice?`from ${c.notice.title}`:c.organization.name,")"]})]}))]:[],o=l.reduce((c,m)=>c+m.total,0),d=l.filter(c=>c.facts.length&&(!i||c.type===i));return e.jsxs("section",{"aria-labelledby":"rev-h",children:[e.jsx("h1",{id:"rev-h",children:"Unreviewed facts"}),e.jsx("p",{className:"muted",children:"Facts drafted by extraction, import or an editor wait here until a reviewer confirms or rejects them."}),!s&&e.jsx("p",{className:"readonly-note",children:"Only a reviewer confirms or rejects facts; your role sees what waits."}),e.jsx("div",{className:"filters",children:e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rev-type",children:"Fact type"}),e.jsxs("select",{id:"rev-type",value:i,onChange:c=>{const m=new URLSearchParams(t);c.target.value?m.set("type",c.target.value):m.delete("type"),n(m)},children:[e.jsx("option",{value:"",children:"all types"}),Lt.map(([c,m])=>e.jsxs("option",{value:c,children:[m," (",l.find(h=>h.type===c)?.total??0,")"]},c))]})]})}),e.jsx(W,{error:a.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:a.loading&&!r?"Loading…":`${o} facts to review${i?`, ${d.reduce((c,m)=>c+m.total,0)} of them shown`:""}`}),d.map(c=>{const[,m,h]=Lt.find(([v])=>v===c.type);return e.jsxs("section",{className:"review-group","aria-labelledby":`rev-${c.type}-h`,"data-type":c.type,children:[e.jsxs("h2",{id:`rev-${c.type}-h`,children:[m," ",e.jsxs("span",{className:"count",children:["(",c.facts.length<c.total?`the first ${c.facts.length} of ${c.total}`:c.total,")"]})]}),e.jsx("ul",{className:"facts",children:c.facts.map(v=>e.jsx(Zr,{kind:h,fact:v,done:a.reload,canReview:s},v.id))})]},c.type)})]})}function Zr({kind:t,fact:n,done:i,canReview:a}){const[s,r]=u.useState(""),[l,o]=u.useState(),[d,c]=u.useState(!1),m=async v=>{c(!0),o(void 0);try{await n.review(v,s||void 0),i()}catch(f){o(f)}finally{c(!1)}},h=`note-${n.id}`;return e.jsxs("li",{className:"card fact","data-fact":n.id,children:[e.jsxs("p",{children:[e.jsx("span",{className:"tag",children:t})," ",e.jsx("span",{className:"tag draft",children:"DRAFT"})," ",n.summary," ",e.jsxs("span",{className:"muted",children:["· ",n.origin]})]}),e.jsx(ne,{evidence:n.evidence}),a&&e.jsxs("div",{className:"fact-actions",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:h,children:"Review note"}),e.jsx("input",{id:h,value:s,onChange:v=>r(v.target.value)})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"button",disabled:d,onClick:()=>m("REVIEWED"),children:"Confirm"}),e.jsx("button",{type:"button",className:"danger",disabled:d,onClick:()=>m("REJECTED"),children:"Reject"})]})]}),e.jsx(W,{error:l})]})}const Ut={high:"high only",medium:"medium and high"};function Qr(){const[t,n]=te(),i=(r,l)=>{const o=new URLSearchParams(t);l?o.set(r,l):o.delete(r),n(o,{replace:!0})},a=t.get("severity")??"",s=t.get("status")??"";return{asOf:t.get("asOf")??"",severity:xn.includes(a)?a:"",rule:t.get("rule")??"",status:s==="open"||s==="acknowledged"?s:"",fact:t.get("fact")??"",set:i}}function Xr(){const{orgs:t,org:n,setOrg:i}=be(),a=Qr(),s=Me(),r=a.asOf&&a.asOf!==s?a.asOf:void 0,l=Rn(n?.key,r),o=Ms(),d=l.data??[],c=bs(d,{severity:a.severity,rule:a.rule,status:a.status,fact:a.fact}),m=c.filter(p=>!p.acknowledged),h=c.filter(p=>p.acknowledged),v=xn.map(p=>[p,m.filter(y=>y.severity===p).length]),f=a.fact?eo(a.fact,d):"";return e.jsxs("section",{"aria-labelledby":"fi-h",className:"findings-view",children:[e.jsxs("h1",{id:"fi-h",children:["Findings",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:p=>{a.set("fact",""),i(p)}}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"fi-asof",children:"As of"}),e.jsx("input",{id:"fi-asof",type:"date",value:a.asOf||s,onChange:p=>a.set("asOf",p.target.value===s?"":p.target.value)})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-severity",children:"Severity"}),e.jsxs("select",{id:"fi-severity",value:a.severity,onChange:p=>a.set("severity",p.target.value),children:[e.jsx("option",{value:"",children:"all severities"}),e.jsx("option",{value:"high",children:Ut.high}),e.jsx("option",{value:"medium",children:Ut.medium})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-rule",children:"Rule"}),e.jsxs("select",{id:"fi-rule",value:a.rule,onChange:p=>a.set("rule",p.target.value),children:[e.jsx("option",{value:"",children:"any rule"}),Ss(d).map(p=>e.jsxs("option",{value:p.rule,children:[p.title," (",p.count,")"]},p.rule)),a.rule&&!d.some(p=>p.rule===a.rule)&&e.jsx("option",{value:a.rule,children:a.rule})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-status",children:"Status"}),e.jsxs("select",{id:"fi-status",value:a.status,onChange:p=>a.set("status",p.target.value),children:[e.jsx("option",{value:"",children:"open and acknowledged"}),e.jsx("option",{value:"open",children:"open"}),e.jsx("option",{value:"acknowledged",children:"acknowledged"})]})]})]}),a.fact&&e.jsxs("p",{className:"fact-filter",children:["Only the findings about ",e.jsx("strong",{children:f}),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>a.set("fact",""),children:"Show all findings"})]}),e.jsx(W,{error:l.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"findings-summary",children:l.loading?"Loading the findings…":`${m.length} open (${v.map(([p,y])=>`${y} ${p}`).join(", ")}), ${h.length} acknowledged, as of ${a.asOf||s}`}),a.status!=="acknowledged"&&e.jsx("ol",{className:"findings","aria-label":"Open findings",children:m.map(p=>e.jsx(Wt,{f:p,org:n?.key??"",canReview:o},`${p.rule} ${p.subject}`))}),!l.loading&&!m.length&&a.status!=="acknowledged"&&e.jsxs("p",{children:["No open findings",a.severity||a.rule||a.fact?" match the filter":"","."]}),a.status!=="open"&&h.length>0&&e.jsxs("section",{"aria-labelledby":"fi-ack-h",className:"acknowledged-findings",children:[e.jsxs("h2",{id:"fi-ack-h",children:["Acknowledged (",h.length,"): quiet until their review date or until the facts under them change"]}),e.jsx("ol",{className:"findings quiet","aria-label":"Acknowledged findings",children:h.map(p=>e.jsx(Wt,{f:p,org:n?.key??"",canReview:!1},`${p.rule} ${p.subject}`))})]})]})}function eo(t,n){const[i,a]=wn(t);if(i==="activity"){const s=n.find(r=>r.activityID===a)?.activity;return s?`the activity ${s}`:`activity ${a}`}return`${i} ${a}`}function Wt({f:t,org:n,canReview:i}){const[a,s]=u.useState(!1),r=t.acknowledged;return e.jsxs("li",{className:`finding sev-${t.severity}${r?" is-acknowledged":""}`,"data-rule":t.rule,"data-subject":t.subject,children:[e.jsxs("div",{className:"finding-head",children:[e.jsx("span",{className:`sev-tag sev-${t.severity}`,children:t.severity}),e.jsx("h3",{children:t.title}),e.jsx("span",{className:"article",children:t.article}),t.since&&e.jsxs("span",{className:"since",children:["since ",t.since]})]}),e.jsx("p",{className:"message",children:t.message}),e.jsxs("dl",{className:"finding-facts",children:[t.activity&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Activity"}),e.jsx("dd",{children:t.activityID?e.jsx(L,{to:`/records?${new URLSearchParams({org:n,activity:t.activityID})}`,children:t.activity}):t.activity})]}),t.notice&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Notice"}),e.jsx("dd",{children:t.notice})]}),e.jsx("dt",{children:"Rule"}),e.jsx("dd",{children:e.jsx("code",{children:t.rule})}),e.jsx("dt",{children:"Facts"}),e.jsx("dd",{className:"muted",children:t.facts.map(l=>l.replace(":"," ")).join(", ")||"the notice's text"})]}),t.evidence.length>0?e.jsx("ul",{className:"finding-sentences","aria-label":"Sentences",children:t.evidence.map((l,o)=>e.jsxs("li",{children:[l.noticeID?e.jsxs(L,{to:`/notices/${l.noticeID}?start=${l.start}&end=${l.end}`,className:"evidence-link",children:["“",l.quote,"”"]}):e.jsxs(e.Fragment,{children:["“",l.quote,"”"]})," ",e.jsxs("span",{className:"muted",children:["— ",l.document]})]},o))}):e.jsx("p",{className:"muted",children:"No sentence states it: the record is silent here."}),r&&e.jsxs("p",{className:"ack-note",children:["Acknowledged by ",r.by||"the local user"," on ",r.at.slice(0,10),": “",r.note,"”. Review by ",e.jsx("strong",{children:r.reviewBy}),"."]}),!r&&i&&e.jsx("div",{className:"ack",children:a?e.jsx(no,{f:t,org:n,onDone:()=>s(!1)}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>s(!0),children:"Acknowledge…"})})]})}const to=["note","reviewBy"];function no({f:t,org:n,onDone:i}){const[a,s]=u.useState(""),[r,l]=u.useState(""),[o,d]=u.useState(!1),[c,m]=u.useState({}),h=`ack-${t.rule}-${t.subject}`.replace(/[^A-Za-z0-9_-]/g,"_"),v=async f=>{f.preventDefault(),d(!0),m({});try{await P(Is,{input:{organization:n,rule:t.rule,subject:t.subject,note:a,reviewBy:r}}),i(),Fs(n)}catch(p){m(jt(p,to))}finally{d(!1)}};return e.jsxs("form",{className:"ack-form",onSubmit:v,"aria-label":`Acknowledge: ${t.title}`,noValidate:!0,children:[e.jsxs("div",{className:`field wide${c.note?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${h}-note`,children:"Why is it accepted?"}),e.jsx("textarea",{id:`${h}-note`,name:"note",rows:2,value:a,onChange:f=>s(f.target.value),"aria-invalid":!!c.note,"aria-describedby":c.note?`${h}-note-error`:void 0}),c.note&&e.jsx("p",{className:"field-error",id:`${h}-note-error`,role:"alert",children:c.note})]}),e.jsxs("div",{className:`field${c.reviewBy?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${h}-review`,children:"Review by"}),e.jsx("input",{id:`${h}-review`,name:"reviewBy",type:"date",min:bn(Me(),1),value:r,onChange:f=>l(f.target.value),"aria-invalid":!!c.reviewBy,"aria-describedby":c.reviewBy?`${h}-review-error`:void 0}),c.reviewBy&&e.jsx("p",{className:"field-error",id:`${h}-review-error`,role:"alert",children:c.reviewBy})]}),c[""]&&e.jsx("p",{className:"error",role:"alert",children:c[""]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:o,children:o?"Saving…":"Acknowledge"}),e.jsx("button",{type:"button",className:"secondary",onClick:i,children:"Cancel"})]})]})}const io=A(`
  query NoticeSpan($id: ID!) {
    node(id: $id) {
      __typename
      ... on PolicyDocument {
        id
        title
        url
        lastUpdated
        text
        organization {
          name
        }
      }
    }
  }
`);function ao(){const{id:t=""}=ct(),[n]=te(),i=Number(n.get("start")??"0"),a=Number(n.get("end")??"0"),{data:s,error:r,loading:l}=U(()=>P(io,{id:t}),[t]),o=u.useRef(null),d=s?.node?.__typename==="PolicyDocument"?s.node:void 0;if(u.useEffect(()=>{o.current?.scrollIntoView({block:"center"}),o.current?.focus({preventScroll:!0})},[d?.id,i,a]),l)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(r)return e.jsx(W,{error:r});if(!d)return e.jsxs("p",{role:"alert",children:["No notice with ID ",t,"."]});let c;try{c=_t(d.text,i,a)}catch(f){return e.jsx(W,{error:f})}const[m,h,v]=c;return e.jsxs("section",{"aria-labelledby":"ns-h",className:"evidence",children:[e.jsx("h1",{id:"ns-h",children:d.title}),e.jsxs("p",{className:"muted",children:[d.organization.name,d.lastUpdated?` · last updated ${d.lastUpdated.slice(0,10)}`:"",d.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:d.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",h,"”",e.jsxs("footer",{className:"muted",children:["bytes ",i,"–",a," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[m,e.jsx("mark",{id:"quote",ref:o,tabIndex:-1,children:h}),v]})]})}const so=A(`
  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {
    historyDiff(organization: $organization, from: $from, to: $to) {
      from
      to
      lines {
        at
        actor
        via
        kind
        subject
        activity
        summary
        fields {
          field
          before
          after
        }
        evidence
        changeID
      }
    }
  }
`);function ro(t=Me()){return{from:bn(t,-30),to:t}}function oo(){const{orgs:t,org:n,setOrg:i}=be(),[a,s]=te(),r=ro(),l=ce(a.get("from"))?a.get("from"):r.from,o=ce(a.get("to"))?a.get("to"):r.to;u.useEffect(()=>{if(!n||a.get("org")===n.key&&a.get("from")===l&&a.get("to")===o)return;const f=new URLSearchParams(a);f.set("org",n.key),f.set("from",l),f.set("to",o),s(f,{replace:!0})},[n?.key,l,o]);const d=(f,p)=>{const y=new URLSearchParams(a);p?y.set(f,p):y.delete(f),s(y,{replace:!0})},c=l>o,m=yn(l,o),h=U(()=>n&&!c?P(so,{organization:n.id,from:m.from,to:m.to}):Promise.resolve(void 0),[n?.id,m.from,m.to,c]),v=h.data?.historyDiff.lines??[];return e.jsxs("section",{"aria-labelledby":"ch-h",className:"changes-view",children:[e.jsxs("h1",{id:"ch-h",children:["Changes",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:i,id:"ch-org"}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-from",children:"From"}),e.jsx("input",{id:"ch-from",type:"date",value:l,onChange:f=>d("from",ce(f.target.value)?f.target.value:"")})]}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-to",children:"To (included)"}),e.jsx("input",{id:"ch-to",type:"date",value:o,onChange:f=>d("to",ce(f.target.value)?f.target.value:"")})]}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":"Download these changes",children:[e.jsx("a",{className:"button",href:Tt(n.key,l,o,"html"),target:"_blank",rel:"noopener",children:"Changes (HTML)"}),e.jsx("a",{className:"button",href:Tt(n.key,l,o,"json"),download:!0,children:"Changes (JSON)"})]})]}),c&&e.jsxs("p",{role:"alert",className:"error",children:["The first day (",l,") is after the last (",o,"): choose a range that runs forward."]}),e.jsx(W,{error:h.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"changes-summary",children:h.loading?"Loading the changes…":h.data?`${v.length} change${v.length===1?"":"s"} from ${l} to ${o}`:""}),v.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"ch-h",children:e.jsxs("table",{className:"changes-table",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"When"}),e.jsx("th",{scope:"col",children:"Who"}),e.jsx("th",{scope:"col",children:"Via"}),e.jsx("th",{scope:"col",children:"Change"}),e.jsx("th",{scope:"col",children:"Fields before → after"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:v.map(f=>e.jsxs("tr",{"data-change":f.changeID,className:`kind-${f.kind}`,children:[e.jsx("td",{"data-label":"When",className:"when",children:e.jsx("time",{dateTime:f.at,children:se(f.at)})}),e.jsx("td",{"data-label":"Who",className:"actor",children:f.actor}),e.jsx("td",{"data-label":"Via",children:f.via}),e.jsxs("th",{scope:"row","data-label":"Change",className:"summary",children:[f.summary,e.jsxs("div",{className:"muted",children:[f.subject," ",f.kind,f.activity?` · ${f.activity}`:""]})]}),e.jsx("td",{"data-label":"Fields before → after",children:f.fields.length?e.jsx("ul",{className:"field-lines",children:f.fields.map(p=>e.jsxs("li",{"data-field":p.field,children:[e.jsx("span",{className:"field-name",children:vn(p.field)}),": ",e.jsx("span",{className:"before",children:It(p.before)})," →"," ",e.jsx("span",{className:"after",children:It(p.after)})]},p.field))}):"—"}),e.jsx("td",{"data-label":"Evidence",children:f.evidence.length?e.jsxs("ul",{className:"evidence-quotes",children:[f.evidence.slice(0,3).map((p,y)=>e.jsxs("li",{title:p,children:["“",ie(p,140),"”"]},y)),f.evidence.length>3&&e.jsxs("li",{className:"muted",title:f.evidence.slice(3).join(`
`),children:["and ",f.evidence.length-3," more"]})]}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${f.changeID}-${f.subject}-${f.summary}`))})]})}),h.data&&!v.length&&e.jsx("p",{children:"No changes in these days."})]})}const lo=[["/","Data map","read"],["/records","Record of processing","read"],["/findings","Findings","read"],["/lookup","Field lookup","read"],["/review","Review","read"],["/changes","Changes","read"],["/activities/new","New activity","edit"]];function co(){const t=ve();return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:"Skip to content"}),e.jsxs("header",{className:"top",children:[e.jsx("span",{className:"brand",children:"ropa"}),e.jsx("nav",{"aria-label":"Views",children:e.jsx("ul",{children:lo.filter(([,,n])=>t(n)).map(([n,i])=>e.jsx("li",{children:e.jsx(fn,{to:n,end:!0,children:i})},n))})}),e.jsx("a",{className:"playground",href:"/playground",children:"GraphQL playground"}),e.jsx(hs,{})]}),e.jsx("main",{id:"main",tabIndex:-1,children:e.jsxs(Ui,{children:[e.jsx(V,{path:"/",element:e.jsx(Gs,{})}),e.jsx(V,{path:"/records",element:e.jsx(hr,{})}),e.jsx(V,{path:"/lookup",element:e.jsx(vr,{})}),e.jsx(V,{path:"/evidence/:id",element:e.jsx(xr,{})}),e.jsx(V,{path:"/activities/new",element:t("edit")?e.jsx(qt,{}):e.jsx("p",{children:"Your role may not add activities."})}),e.jsx(V,{path:"/activities/:id",element:e.jsx(qt,{})}),e.jsx(V,{path:"/review",element:e.jsx(Jr,{})}),e.jsx(V,{path:"/findings",element:e.jsx(Xr,{})}),e.jsx(V,{path:"/changes",element:e.jsx(oo,{})}),e.jsx(V,{path:"/notices/:id",element:e.jsx(ao,{})}),e.jsx(V,{path:"*",element:e.jsx("p",{children:"No such page. Choose a view above."})})]})})]})}Un.createRoot(document.getElementById("root")).render(e.jsx(u.StrictMode,{children:e.jsx(pa,{children:e.jsx(ds,{children:e.jsx(co,{})})})}));
