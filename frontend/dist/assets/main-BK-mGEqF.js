import{r as u,g as kn,o as Dn,a as En,j as e,s as In,b as An,c as Pn,A as nt,i as Je,d as Tn,e as Fn,f as ie,h as A,k as de,n as On,l as xt,m as Ut,t as Mn,p as Wt,q as zn,u as qn,v as Bn}from"./api-Do9bsX1N.js";var it=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,Vt=/^[\\/]{2}/;function Ln(t,n){return n+t.replace(/\\/g,"/")}var jt="popstate";function wt(t){return typeof t=="object"&&t!=null&&"pathname"in t&&"search"in t&&"hash"in t&&"state"in t&&"key"in t}function Un(t={}){function n(a,s){let r=s.state?.masked,{pathname:l,search:o,hash:d}=r||a.location;return Ze("",{pathname:l,search:o,hash:d},s.state&&s.state.usr||null,s.state&&s.state.key||"default",r?{pathname:a.location.pathname,search:a.location.search,hash:a.location.hash}:void 0)}function i(a,s){return typeof s=="string"?s:ue(s)}return Vn(n,i,null,t)}function F(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function K(t,n){if(!t){typeof console<"u"&&console.warn(n);try{throw new Error(n)}catch{}}}function Wn(){return Math.random().toString(36).substring(2,10)}function $t(t,n){return{usr:t.state,key:t.key,idx:n,masked:t.mask?{pathname:t.pathname,search:t.search,hash:t.hash}:void 0}}function Ze(t,n,i=null,a,s){return{pathname:typeof t=="string"?t:t.pathname,search:"",hash:"",...typeof n=="string"?fe(n):n,state:i,key:n&&n.key||a||Wn(),mask:s}}function ue({pathname:t="/",search:n="",hash:i=""}){return n&&n!=="?"&&(t+=n.charAt(0)==="?"?n:"?"+n),i&&i!=="#"&&(t+=i.charAt(0)==="#"?i:"#"+i),t}function fe(t){let n={};if(t){let i=t.indexOf("#");i>=0&&(n.hash=t.substring(i),t=t.substring(0,i));let a=t.indexOf("?");a>=0&&(n.search=t.substring(a),t=t.substring(0,a)),t&&(n.pathname=t)}return n}function Vn(t,n,i,a={}){let{window:s=document.defaultView,v5Compat:r=!1}=a,l=s.history,o="POP",d=null,c=f();c==null&&(c=0,l.replaceState({...l.state,idx:c},""));function f(){return(l.state||{idx:null}).idx}function p(){o="POP";let x=f(),$=x==null?null:x-c;c=x,d&&d({action:o,location:v.location,delta:$})}function y(x,$){o="PUSH";let R=wt(x)?x:Ze(v.location,x,$);c=f()+1;let N=$t(R,c),I=v.createHref(R.mask||R);try{l.pushState(N,"",I)}catch(w){if(w instanceof DOMException&&w.name==="DataCloneError")throw w;s.location.assign(I)}r&&d&&d({action:o,location:v.location,delta:1})}function m(x,$){o="REPLACE";let R=wt(x)?x:Ze(v.location,x,$);c=f();let N=$t(R,c),I=v.createHref(R.mask||R);l.replaceState(N,"",I),r&&d&&d({action:o,location:v.location,delta:0})}function h(x){return _n(s,x)}let v={get action(){return o},get location(){return t(s,l)},listen(x){if(d)throw new Error("A history only accepts one active listener");return s.addEventListener(jt,p),d=x,()=>{s.removeEventListener(jt,p),d=null}},createHref(x){return n(s,x)},createURL:h,encodeLocation(x){let $=h(x);return{pathname:$.pathname,search:$.search,hash:$.hash}},push:y,replace:m,go(x){return l.go(x)}};return v}function _n(t,n,i=!1){let a="http://localhost";t&&(a=t.location.origin!=="null"?t.location.origin:t.location.href),F(a,"No window.location.(origin|href) available to create URL");let s=typeof n=="string"?n:ue(n);return s=s.replace(/ $/,"%20"),!i&&Vt.test(s)&&(s=a+s),new URL(s,a)}function _t(t,n,i="/"){return Hn(t,n,i,!1)}function Hn(t,n,i,a,s){let r=typeof n=="string"?fe(n):n,l=ee(r.pathname||"/",i);if(l==null)return null;let o=Yn(t),d=null,c=ai(l);for(let f=0;d==null&&f<o.length;++f)d=ii(o[f],c,a);return d}function Yn(t){let n=Ht(t);return Kn(n),n}function Ht(t,n=[],i=[],a="",s=!1){let r=(l,o,d=s,c)=>{let f={relativePath:c===void 0?l.path||"":c,caseSensitive:l.caseSensitive===!0,childrenIndex:o,route:l};if(f.relativePath.startsWith("/")){if(!f.relativePath.startsWith(a)&&d)return;F(f.relativePath.startsWith(a),`Absolute route path "${f.relativePath}" nested under path "${a}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),f.relativePath=f.relativePath.slice(a.length)}let p=Y([a,f.relativePath]),y=i.concat(f);l.children&&l.children.length>0&&(F(l.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${p}".`),Ht(l.children,n,y,p,d)),!(l.path==null&&!l.index)&&n.push({path:p,score:ti(p,l.index),routesMeta:y.map((m,h)=>{let[v,x]=Gt(m.relativePath,m.caseSensitive,h===y.length-1);return{...m,matcher:v,compiledParams:x}})})};return t.forEach((l,o)=>{if(l.path===""||!l.path?.includes("?"))r(l,o);else for(let d of Yt(l.path))r(l,o,!0,d)}),n}function Yt(t){let n=t.split("/");if(n.length===0)return[];let[i,...a]=n,s=i.endsWith("?"),r=i.replace(/\?$/,"");if(a.length===0)return s?[r,""]:[r];let l=Yt(a.join("/")),o=[];return o.push(...l.map(d=>d===""?r:[r,d].join("/"))),s&&o.push(...l),o.map(d=>t.startsWith("/")&&d===""?"/":d)}function Kn(t){t.sort((n,i)=>n.score!==i.score?i.score-n.score:ni(n.routesMeta.map(a=>a.childrenIndex),i.routesMeta.map(a=>a.childrenIndex)))}var Gn=/^:[\w-]+$/,Jn=3,Zn=2,Qn=1,Xn=10,ei=-2,bt=t=>t==="*";function ti(t,n){let i=t.split("/"),a=i.length;return i.some(bt)&&(a+=ei),n&&(a+=Zn),i.filter(s=>!bt(s)).reduce((s,r)=>s+(Gn.test(r)?Jn:r===""?Qn:Xn),a)}function ni(t,n){return t.length===n.length&&t.slice(0,-1).every((a,s)=>a===n[s])?t[t.length-1]-n[n.length-1]:0}function ii(t,n,i=!1){let{routesMeta:a}=t,s={},r="/",l=[];for(let o=0;o<a.length;++o){let d=a[o],c=o===a.length-1,f=r==="/"?n:n.slice(r.length)||"/",p={path:d.relativePath,caseSensitive:d.caseSensitive,end:c},y=d.matcher&&d.compiledParams?Kt(p,f,d.matcher,d.compiledParams):Ie(p,f),m=d.route;if(!y&&c&&i&&!a[a.length-1].route.index&&(y=Ie({path:d.relativePath,caseSensitive:d.caseSensitive,end:!1},f)),!y)return null;Object.assign(s,y.params),l.push({params:s,pathname:Y([r,y.pathname]),pathnameBase:oi(Y([r,y.pathnameBase])),route:m}),y.pathnameBase!=="/"&&(r=Y([r,y.pathnameBase]))}return l}function Ie(t,n){typeof t=="string"&&(t={path:t,caseSensitive:!1,end:!0});let[i,a]=Gt(t.path,t.caseSensitive,t.end);return Kt(t,n,i,a)}function Kt(t,n,i,a){let s=n.match(i);if(!s)return null;let r=s[0],l=he(r,1),o=s.slice(1);return{params:a.reduce((c,{paramName:f,isOptional:p},y)=>{if(f==="*"){let h=o[y]||"";l=he(r.slice(0,r.length-h.length),1)}const m=o[y];return p&&!m?c[f]=void 0:c[f]=(m||"").replace(/%2F/g,"/"),c},{}),pathname:r,pathnameBase:l,pattern:t}}function Gt(t,n=!1,i=!0){K(t==="*"||!t.endsWith("*")||t.endsWith("/*"),`Route path "${t}" will be treated as if it were "${t.replace(/\*$/,"/*")}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${t.replace(/\*$/,"/*")}".`);let a=[],s="^"+t.replace(/\/*\*?$/,"").replace(/^\/*/,"/").replace(/[\\.*+^${}|()[\]]/g,"\\$&").replace(/\/:([\w-]+)(\?)?/g,(l,o,d,c,f)=>{if(a.push({paramName:o,isOptional:d!=null}),d){let p=f.charAt(c+l.length);return p&&p!=="/"?"/([^\\/]*)":"(?:/([^\\/]*))?"}return"/([^\\/]+)"}).replace(/\/([\w-]+)\?(\/|$)/g,"(/$1)?$2");return t.endsWith("*")?(a.push({paramName:"*"}),s+=t==="*"||t==="/*"?"(.*)$":"(?:\\/(.+)|\\/*)$"):i?s+="\\/*$":t!==""&&t!=="/"&&(s+="(?:(?=\\/|$))"),[new RegExp(s,n?void 0:"i"),a]}function ai(t){try{return t.split("/").map(n=>decodeURIComponent(n).replace(/\//g,"%2F")).join("/")}catch(n){return K(!1,`The URL path "${t}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${n}).`),t}}function ee(t,n){if(n==="/")return t;if(!t.toLowerCase().startsWith(n.toLowerCase()))return null;let i=n.endsWith("/")?n.length-1:n.length,a=t.charAt(i);return a&&a!=="/"?null:t.slice(i)||"/"}function si(t,n="/"){let{pathname:i,search:a="",hash:s=""}=typeof t=="string"?fe(t):t,r;return i?(i=Zt(i),i.startsWith("/")||i.startsWith("\\")?r=St(i.substring(1),"/"):r=St(i,n)):r=n,{pathname:r,search:li(a),hash:ci(s)}}function St(t,n){let i=he(n).split("/");return t.split("/").forEach(s=>{s===".."?i.length>1&&i.pop():s!=="."&&i.push(s)}),i.length>1?i.join("/"):"/"}function Le(t,n,i,a){return`Cannot include a '${t}' character in a manually specified \`to.${n}\` field [${JSON.stringify(a)}].  Please separate it out to the \`to.${i}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function ri(t){return t.filter((n,i)=>i===0||n.route.path&&n.route.path.length>0)}function Jt(t){let n=ri(t);return n.map((i,a)=>a===n.length-1?i.pathname:i.pathnameBase)}function at(t,n,i,a=!1){let s;typeof t=="string"?s=fe(t):(s={...t},F(!s.pathname||!s.pathname.includes("?"),Le("?","pathname","search",s)),F(!s.pathname||!s.pathname.includes("#"),Le("#","pathname","hash",s)),F(!s.search||!s.search.includes("#"),Le("#","search","hash",s)));let r=t===""||s.pathname==="",l=r?"/":s.pathname,o;if(l==null)o=i;else{let p=n.length-1;if(!a&&l.startsWith("..")){let y=l.split("/");for(;y[0]==="..";)y.shift(),p-=1;s.pathname=y.join("/")}o=p>=0?n[p]:"/"}let d=si(s,o),c=l&&l!=="/"&&l.endsWith("/"),f=(r||l===".")&&i.endsWith("/");return!d.pathname.endsWith("/")&&(c||f)&&(d.pathname+="/"),d}var Zt=t=>t.replace(/[\\/]{2,}/g,"/"),Y=t=>Zt(t.join("/"));function he(t,n=0){let i=t.length;for(;i>n&&t.charCodeAt(i-1)===47;)i--;return i===t.length?t:t.slice(0,i)}var oi=t=>he(t).replace(/^\/*/,"/"),li=t=>!t||t==="?"?"":t.startsWith("?")?t:"?"+t,ci=t=>!t||t==="#"?"":t.startsWith("#")?t:"#"+t,di=class{constructor(t,n,i,a=!1){this.status=t,this.statusText=n||"",this.internal=a,i instanceof Error?(this.data=i.toString(),this.error=i):this.data=i}};function ui(t){return t!=null&&typeof t.status=="number"&&typeof t.statusText=="string"&&typeof t.internal=="boolean"&&"data"in t}function hi(t){let n=t.map(i=>i.route.path).filter(Boolean);return Y(n)||"/"}var Qt=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";function Xt(t,n){let i=t;if(typeof i!="string"||!it.test(i))return{absoluteURL:void 0,isExternal:!1,to:i};let a=i,s=!1;if(Qt)try{let r=new URL(window.location.href),l=Vt.test(i)?new URL(Ln(i,r.protocol)):new URL(i),o=ee(l.pathname,n);l.origin===r.origin&&o!=null?i=o+l.search+l.hash:s=!0}catch{K(!1,`<Link to="${i}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:a,isExternal:s,to:i}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");var Rt=new URL("http://localhost");function en(t){if(t.createURL)return t.createURL("/");try{return new URL(t.createHref("/"),Rt)}catch{return Rt}}function Ue(t,n){return t.origin===n.origin&&(t.origin!=="null"||t.protocol===n.protocol&&t.host===n.host)}function pi(t,n){if(t.startsWith("//"))return!0;let i=n.protocol.toLowerCase();return t.toLowerCase().startsWith(i)?n.host===""||t.slice(i.length).startsWith("//"):!1}function tn(t,n,i,a){let s=null;try{s=t==null?null:new URL(t,i)}catch{}let r=new URL(n,i),l=s!=null&&!Ue(s,i),o=!Ue(r,i);if(a==="reject"){if(l||o)throw new Error("External navigation is not allowed")}else if(o&&(s==null||!pi(t,s)||!Ue(s,r)))throw new Error("External navigation is not allowed")}var nn=["POST","PUT","PATCH","DELETE"];new Set(nn);var mi=["GET",...nn];new Set(mi);var fi=["about:","blob:","chrome:","chrome-untrusted:","content:","data:","devtools:","file:","filesystem:","javascript:"];function gi(t){try{return fi.includes(new URL(t).protocol)}catch{return!1}}var ge=u.createContext(null);ge.displayName="DataRouter";var Te=u.createContext(null);Te.displayName="DataRouterState";var an=u.createContext(!1);function vi(){return u.useContext(an)}var sn=u.createContext({isTransitioning:!1});sn.displayName="ViewTransition";var yi=u.createContext(new Map);yi.displayName="Fetchers";var xi=u.createContext(null);xi.displayName="Await";var H=u.createContext(null);H.displayName="Navigation";var je=u.createContext(null);je.displayName="Location";var Z=u.createContext({outlet:null,matches:[],isDataRoute:!1});Z.displayName="Route";var st=u.createContext(null);st.displayName="RouteError";var rn="REACT_ROUTER_ERROR",ji="REDIRECT",wi="ROUTE_ERROR_RESPONSE";function $i(t){if(t.startsWith(`${rn}:${ji}:{`))try{let n=JSON.parse(t.slice(28));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string"&&typeof n.location=="string"&&typeof n.reloadDocument=="boolean"&&typeof n.replace=="boolean")return n}catch{}}function bi(t){if(t.startsWith(`${rn}:${wi}:{`))try{let n=JSON.parse(t.slice(40));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string")return new di(n.status,n.statusText,n.data)}catch{}}function Si(t,{relative:n}={}){F(we(),"useHref() may be used only in the context of a <Router> component.");let{basename:i,navigator:a}=u.useContext(H),{hash:s,pathname:r,search:l}=$e(t,{relative:n}),o=r;return i!=="/"&&(o=r==="/"?i:Y([i,r])),a.createHref({pathname:o,search:l,hash:s})}function we(){return u.useContext(je)!=null}function Q(){return F(we(),"useLocation() may be used only in the context of a <Router> component."),u.useContext(je).location}var on="You should call navigate() in a React.useEffect(), not when your component is first rendered.";function ln(t){u.useContext(H).static||u.useLayoutEffect(t)}function rt(){let{isDataRoute:t}=u.useContext(Z);return t?Mi():Ri()}function Ri(){F(we(),"useNavigate() may be used only in the context of a <Router> component.");let t=u.useContext(ge),{basename:n,navigator:i}=u.useContext(H),{matches:a}=u.useContext(Z),{pathname:s}=Q(),r=JSON.stringify(Jt(a)),l=u.useRef(!1);return ln(()=>{l.current=!0}),u.useCallback((d,c={})=>{if(K(l.current,on),!l.current)return;if(typeof d=="number"){i.go(d);return}let f=at(d,JSON.parse(r),s,c.relative==="path");t==null&&n!=="/"&&(f.pathname=f.pathname==="/"?n:Y([n,f.pathname])),tn(typeof d=="string"?d:ue(d),i.createHref(f),en(i),"reject"),(c.replace?i.replace:i.push)(f,c.state,c)},[n,i,r,s,t])}u.createContext(null);function ot(){let{matches:t}=u.useContext(Z);return t[t.length-1]?.params??{}}function $e(t,{relative:n}={}){let{matches:i}=u.useContext(Z),{pathname:a}=Q(),s=JSON.stringify(Jt(i));return u.useMemo(()=>at(t,JSON.parse(s),a,n==="path"),[t,s,a,n])}function Ni(t,n){return cn(t,n)}function cn(t,n,i){F(we(),"useRoutes() may be used only in the context of a <Router> component.");let{navigator:a}=u.useContext(H),{matches:s}=u.useContext(Z),r=s[s.length-1],l=r?r.params:{},o=r?r.pathname:"/",d=r?r.pathnameBase:"/",c=r&&r.route;{let x=c&&c.path||"";un(o,!c||x.endsWith("*")||x.endsWith("*?"),`You rendered descendant <Routes> (or called \`useRoutes()\`) at "${o}" (under <Route path="${x}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${x}"> to <Route path="${x==="/"?"*":`${x}/*`}">.`)}let f=Q(),p;if(n){let x=typeof n=="string"?fe(n):n;F(d==="/"||x.pathname?.startsWith(d),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${d}" but pathname "${x.pathname}" was given in the \`location\` prop.`),p=x}else p=f;let y=p.pathname||"/",m=y;if(d!=="/"){let x=d.replace(/^\//,"").split("/");m="/"+y.replace(/^\//,"").split("/").slice(x.length).join("/")}let h=i&&i.state.matches.length?i.state.matches.map(x=>Object.assign(x,{route:i.manifest[x.route.id]||x.route})):_t(t,{pathname:m});K(c||h!=null,`No routes matched location "${p.pathname}${p.search}${p.hash}" `),K(h==null||h[h.length-1].route.element!==void 0||h[h.length-1].route.Component!==void 0||h[h.length-1].route.lazy!==void 0,`Matched leaf route at location "${p.pathname}${p.search}${p.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`);let v=Ii(h&&h.map(x=>Object.assign({},x,{params:Object.assign({},l,x.params),pathname:Y([d,a.encodeLocation?a.encodeLocation(x.pathname.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:x.pathname]),pathnameBase:x.pathnameBase==="/"?d:Y([d,a.encodeLocation?a.encodeLocation(x.pathnameBase.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:x.pathnameBase])})),s,i);return n&&v?u.createElement(je.Provider,{value:{location:{pathname:"/",search:"",hash:"",state:null,key:"default",mask:void 0,...p},navigationType:"POP"}},v):v}function Ci(){let t=Oi(),n=ui(t)?`${t.status} ${t.statusText}`:t instanceof Error?t.message:JSON.stringify(t),i=t instanceof Error?t.stack:null,a="rgba(200,200,200, 0.5)",s={padding:"0.5rem",backgroundColor:a},r={padding:"2px 4px",backgroundColor:a},l=null;return console.error("Error handled by React Router default ErrorBoundary:",t),l=u.createElement(u.Fragment,null,u.createElement("p",null,"💿 Hey developer 👋"),u.createElement("p",null,"You can provide a way better UX than this when your app throws errors by providing your own ",u.createElement("code",{style:r},"ErrorBoundary")," or"," ",u.createElement("code",{style:r},"errorElement")," prop on your route.")),u.createElement(u.Fragment,null,u.createElement("h2",null,"Unexpected Application Error!"),u.createElement("h3",{style:{fontStyle:"italic"}},n),i?u.createElement("pre",{style:s},i):null,l)}var ki=u.createElement(Ci,null),dn=class extends u.Component{constructor(t){super(t),this.state={location:t.location,revalidation:t.revalidation,error:t.error}}static getDerivedStateFromError(t){return{error:t}}static getDerivedStateFromProps(t,n){return n.location!==t.location||n.revalidation!=="idle"&&t.revalidation==="idle"?{error:t.error,location:t.location,revalidation:t.revalidation}:{error:t.error!==void 0?t.error:n.error,location:n.location,revalidation:t.revalidation||n.revalidation}}componentDidCatch(t,n){this.props.onError?this.props.onError(t,n):console.error("React Router caught the following error during render",t)}render(){let t=this.state.error;if(this.context&&typeof t=="object"&&t&&"digest"in t&&typeof t.digest=="string"){const i=bi(t.digest);i&&(t=i)}let n=t!==void 0?u.createElement(Z.Provider,{value:this.props.routeContext},u.createElement(st.Provider,{value:t,children:this.props.component})):this.props.children;return this.context?u.createElement(Di,{error:t},n):n}};dn.contextType=an;var We=new WeakMap;function Di({children:t,error:n}){let{basename:i,navigator:a}=u.useContext(H);if(typeof n=="object"&&n&&"digest"in n&&typeof n.digest=="string"){let s=$i(n.digest);if(s){let r=We.get(n);if(r)throw r;let l=Xt(s.location,i),o=l.absoluteURL||l.to;if(tn(s.location,o,en(a),"allow-explicit"),gi(o))throw new Error("Invalid redirect location");if(Qt&&!We.get(n))if(l.isExternal||s.reloadDocument)window.location.href=o;else{const d=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(l.to,{replace:s.replace}));throw We.set(n,d),d}return u.createElement("meta",{httpEquiv:"refresh",content:`0;url=${o}`})}}return t}function Ei({routeContext:t,match:n,children:i}){let a=u.useContext(ge);return a&&a.static&&a.staticContext&&(n.route.errorElement||n.route.ErrorBoundary)&&(a.staticContext._deepestRenderedBoundaryId=n.route.id),u.createElement(Z.Provider,{value:t},i)}function Ii(t,n=[],i){let a=i?.state;if(t==null){if(!a)return null;if(a.errors)t=a.matches;else if(n.length===0&&!a.initialized&&a.matches.length>0)t=a.matches;else return null}let s=t,r=a?.errors;if(r!=null){let f=s.findIndex(p=>p.route.id&&r?.[p.route.id]!==void 0);F(f>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(r).join(",")}`),s=s.slice(0,Math.min(s.length,f+1))}let l=!1,o=-1;if(i&&a){l=a.renderFallback;for(let f=0;f<s.length;f++){let p=s[f];if((p.route.HydrateFallback||p.route.hydrateFallbackElement)&&(o=f),p.route.id){let{loaderData:y,errors:m}=a,h=p.route.loader&&!y.hasOwnProperty(p.route.id)&&(!m||m[p.route.id]===void 0);if(p.route.lazy||h){i.isStatic&&(l=!0),o>=0?s=s.slice(0,o+1):s=[s[0]];break}}}}let d=i?.onError,c=a&&d?(f,p)=>{d(f,{location:a.location,params:a.matches?.[0]?.params??{},pattern:hi(a.matches),errorInfo:p})}:void 0;return s.reduceRight((f,p,y)=>{let m,h=!1,v=null,x=null;a&&(m=r&&p.route.id?r[p.route.id]:void 0,v=p.route.errorElement||ki,l&&(o<0&&y===0?(un("route-fallback",!1,"No `HydrateFallback` element provided to render during initial hydration"),h=!0,x=null):o===y&&(h=!0,x=p.route.hydrateFallbackElement||null)));let $=n.concat(s.slice(0,y+1)),R=()=>{let N;return m?N=v:h?N=x:p.route.Component?N=u.createElement(p.route.Component,null):p.route.element?N=p.route.element:N=f,u.createElement(Ei,{match:p,routeContext:{outlet:f,matches:$,isDataRoute:a!=null},children:N})};return a&&(p.route.ErrorBoundary||p.route.errorElement||y===0)?u.createElement(dn,{location:a.location,revalidation:a.revalidation,component:v,error:m,children:R(),routeContext:{outlet:null,matches:$,isDataRoute:!0},onError:c}):R()},null)}function lt(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Ai(t){let n=u.useContext(ge);return F(n,lt(t)),n}function Pi(t){let n=u.useContext(Te);return F(n,lt(t)),n}function Ti(t){let n=u.useContext(Z);return F(n,lt(t)),n}function ct(t){let n=Ti(t),i=n.matches[n.matches.length-1];return F(i.route.id,`${t} can only be used on routes that contain a unique "id"`),i.route.id}function Fi(){return ct("useRouteId")}function Oi(){let t=u.useContext(st),n=Pi("useRouteError"),i=ct("useRouteError");return t!==void 0?t:n.errors?.[i]}function Mi(){let{router:t}=Ai("useNavigate"),n=ct("useNavigate"),i=u.useRef(!1);return ln(()=>{i.current=!0}),u.useCallback(async(s,r={})=>{K(i.current,on),i.current&&(typeof s=="number"?await t.navigate(s):await t.navigate(s,{fromRouteId:n,...r}))},[t,n])}var Nt={};function un(t,n,i){!n&&!Nt[t]&&(Nt[t]=!0,K(!1,i))}u.memo(zi);function zi({routes:t,manifest:n,future:i,state:a,isStatic:s,onError:r}){return cn(t,void 0,{manifest:n,state:a,isStatic:s,onError:r})}function V(t){F(!1,"A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.")}function qi({basename:t="/",children:n=null,location:i,navigationType:a="POP",navigator:s,static:r=!1,useTransitions:l}){F(!we(),"You cannot render a <Router> inside another <Router>. You should never have more than one in your app.");let o=t.replace(/^\/*/,"/"),d=u.useMemo(()=>({basename:o,navigator:s,static:r,useTransitions:l,future:{}}),[o,s,r,l]);typeof i=="string"&&(i=fe(i));let{pathname:c="/",search:f="",hash:p="",state:y=null,key:m="default",mask:h}=i,v=u.useMemo(()=>{let x=ee(c,o);return x==null?null:{location:{pathname:x,search:f,hash:p,state:y,key:m,mask:h},navigationType:a}},[o,c,f,p,y,m,a,h]);return K(v!=null,`<Router basename="${o}"> is not able to match the URL "${c}${f}${p}" because it does not start with the basename, so the <Router> won't render anything.`),v==null?null:u.createElement(H.Provider,{value:d},u.createElement(je.Provider,{children:n,value:v}))}function Bi({children:t,location:n}){return Ni(Qe(t),n)}function Qe(t,n=[]){let i=[];return u.Children.forEach(t,(a,s)=>{if(!u.isValidElement(a))return;let r=[...n,s];if(a.type===u.Fragment){i.push.apply(i,Qe(a.props.children,r));return}F(a.type===V,`[${typeof a.type=="string"?a.type:a.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`),F(!a.props.index||!a.props.children,"An index route cannot have child routes.");let l={id:a.props.id||r.join("-"),caseSensitive:a.props.caseSensitive,element:a.props.element,Component:a.props.Component,index:a.props.index,path:a.props.path,middleware:a.props.middleware,loader:a.props.loader,action:a.props.action,hydrateFallbackElement:a.props.hydrateFallbackElement,HydrateFallback:a.props.HydrateFallback,errorElement:a.props.errorElement,ErrorBoundary:a.props.ErrorBoundary,hasErrorBoundary:a.props.hasErrorBoundary===!0||a.props.ErrorBoundary!=null||a.props.errorElement!=null,shouldRevalidate:a.props.shouldRevalidate,handle:a.props.handle,lazy:a.props.lazy};a.props.children&&(l.children=Qe(a.props.children,r)),i.push(l)}),i}var Ce="get",ke="application/x-www-form-urlencoded";function Fe(t){return typeof HTMLElement<"u"&&t instanceof HTMLElement}function Li(t){return Fe(t)&&t.tagName.toLowerCase()==="button"}function Ui(t){return Fe(t)&&t.tagName.toLowerCase()==="form"}function Wi(t){return Fe(t)&&t.tagName.toLowerCase()==="input"}function Vi(t){return!!(t.metaKey||t.altKey||t.ctrlKey||t.shiftKey)}function _i(t,n){return t.button===0&&(!n||n==="_self")&&!Vi(t)}function Xe(t=""){return new URLSearchParams(typeof t=="string"||Array.isArray(t)||t instanceof URLSearchParams?t:Object.keys(t).reduce((n,i)=>{let a=t[i];return n.concat(Array.isArray(a)?a.map(s=>[i,s]):[[i,a]])},[]))}function Hi(t,n){let i=Xe(t);return n&&n.forEach((a,s)=>{i.has(s)||n.getAll(s).forEach(r=>{i.append(s,r)})}),i}var Re=null;function Yi(){if(Re===null)try{new FormData(document.createElement("form"),0),Re=!1}catch{Re=!0}return Re}var Ki=new Set(["application/x-www-form-urlencoded","multipart/form-data","text/plain"]);function Ve(t){return t!=null&&!Ki.has(t)?(K(!1,`"${t}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${ke}"`),null):t}function Gi(t,n){let i,a,s,r,l;if(Ui(t)){let o=t.getAttribute("action");a=o?ee(o,n):null,i=t.getAttribute("method")||Ce,s=Ve(t.getAttribute("enctype"))||ke,r=new FormData(t)}else if(Li(t)||Wi(t)&&(t.type==="submit"||t.type==="image")){let o=t.form;if(o==null)throw new Error('Cannot submit a <button> or <input type="submit"> without a <form>');let d=t.getAttribute("formaction")||o.getAttribute("action");if(a=d?ee(d,n):null,i=t.getAttribute("formmethod")||o.getAttribute("method")||Ce,s=Ve(t.getAttribute("formenctype"))||Ve(o.getAttribute("enctype"))||ke,r=new FormData(o,t),!Yi()){let{name:c,type:f,value:p}=t;if(f==="image"){let y=c?`${c}.`:"";r.append(`${y}x`,"0"),r.append(`${y}y`,"0")}else c&&r.append(c,p)}}else{if(Fe(t))throw new Error('Cannot submit element that is not <form>, <button>, or <input type="submit|image">');i=Ce,a=null,s=ke,l=t}return r&&s==="text/plain"&&(l=r,r=void 0),{action:a,method:i.toLowerCase(),encType:s,formData:r,body:l}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");function dt(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function hn(t,n,i,a){let s=typeof t=="string"?new URL(t,typeof window>"u"?"server://singlefetch/":window.location.origin):t;return i?s.pathname.endsWith("/")?s.pathname=`${s.pathname}_.${a}`:s.pathname=`${s.pathname}.${a}`:s.pathname==="/"?s.pathname=`_root.${a}`:n&&ee(s.pathname,n)==="/"?s.pathname=`${he(n)}/_root.${a}`:s.pathname=`${he(s.pathname)}.${a}`,s}async function Ji(t,n){if(t.id in n)return n[t.id];try{let i=await import(t.module);return n[t.id]=i,i}catch(i){return console.error(`Error loading route module \`${t.module}\`, reloading page...`),console.error(i),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function Zi(t){return t==null?!1:t.href==null?t.rel==="preload"&&typeof t.imageSrcSet=="string"&&typeof t.imageSizes=="string":typeof t.rel=="string"&&typeof t.href=="string"}async function Qi(t,n,i){let a=await Promise.all(t.map(async s=>{let r=n.routes[s.route.id];if(r){let l=await Ji(r,i);return l.links?l.links():[]}return[]}));return na(a.flat(1).filter(Zi).filter(s=>s.rel==="stylesheet"||s.rel==="preload").map(s=>s.rel==="stylesheet"?{...s,rel:"prefetch",as:"style"}:{...s,rel:"prefetch"}))}function Ct(t,n,i,a,s,r){let l=(d,c)=>i[c]?d.route.id!==i[c].route.id:!0,o=(d,c)=>i[c].pathname!==d.pathname||i[c].route.path?.endsWith("*")&&i[c].params["*"]!==d.params["*"];return r==="assets"?n.filter((d,c)=>l(d,c)||o(d,c)):r==="data"?n.filter((d,c)=>{let f=a.routes[d.route.id];if(!f||!f.hasLoader)return!1;if(l(d,c)||o(d,c))return!0;if(d.route.shouldRevalidate){let p=d.route.shouldRevalidate({currentUrl:new URL(s.pathname+s.search+s.hash,window.origin),currentParams:i[0]?.params||{},nextUrl:new URL(t,window.origin),nextParams:d.params,defaultShouldRevalidate:!0});if(typeof p=="boolean")return p}return!0}):[]}function Xi(t,n,{includeHydrateFallback:i}={}){return ea(t.map(a=>{let s=n.routes[a.route.id];if(!s)return[];let r=[s.module];return s.clientActionModule&&(r=r.concat(s.clientActionModule)),s.clientLoaderModule&&(r=r.concat(s.clientLoaderModule)),i&&s.hydrateFallbackModule&&(r=r.concat(s.hydrateFallbackModule)),s.imports&&(r=r.concat(s.imports)),r}).flat(1))}function ea(t){return[...new Set(t)]}function ta(t){let n={},i=Object.keys(t).sort();for(let a of i)n[a]=t[a];return n}function na(t,n){let i=new Set;return new Set(n),t.reduce((a,s)=>{let r=JSON.stringify(ta(s));return i.has(r)||(i.add(r),a.push({key:r,link:s})),a},[])}function ut(){let t=u.useContext(ge);return dt(t,"You must render this element inside a <DataRouterContext.Provider> element"),t}function ia(){let t=u.useContext(Te);return dt(t,"You must render this element inside a <DataRouterStateContext.Provider> element"),t}var ht=u.createContext(void 0);ht.displayName="FrameworkContext";function Oe(){let t=u.useContext(ht);return dt(t,"You must render this element inside a <HydratedRouter> element"),t}function aa(t,n){let i=u.useContext(ht),[a,s]=u.useState(!1),[r,l]=u.useState(!1),{onFocus:o,onBlur:d,onMouseEnter:c,onMouseLeave:f,onTouchStart:p}=n,y=u.useRef(null);u.useEffect(()=>{if(t==="render"&&l(!0),t==="viewport"){let v=$=>{$.forEach(R=>{l(R.isIntersecting)})},x=new IntersectionObserver(v,{threshold:.5});return y.current&&x.observe(y.current),()=>{x.disconnect()}}},[t]),u.useEffect(()=>{if(a){let v=setTimeout(()=>{l(!0)},100);return()=>{clearTimeout(v)}}},[a]);let m=()=>{s(!0)},h=()=>{s(!1),l(!1)};return i?t!=="intent"?[r,y,{}]:[r,y,{onFocus:ye(o,m),onBlur:ye(d,h),onMouseEnter:ye(c,m),onMouseLeave:ye(f,h),onTouchStart:ye(p,m)}]:[!1,y,{}]}function ye(t,n){return i=>{t&&t(i),i.defaultPrevented||n(i)}}function sa({page:t,...n}){let i=vi(),{nonce:a}=Oe(),{router:s}=ut(),r=u.useMemo(()=>_t(s.routes,t,s.basename),[s.routes,t,s.basename]);return r?(n.nonce==null&&a&&(n={...n,nonce:a}),i?u.createElement(oa,{page:t,matches:r,...n}):u.createElement(la,{page:t,matches:r,...n})):null}function ra(t){let{manifest:n,routeModules:i}=Oe(),[a,s]=u.useState([]);return u.useEffect(()=>{let r=!1;return Qi(t,n,i).then(l=>{r||s(l)}),()=>{r=!0}},[t,n,i]),a}function oa({page:t,matches:n,...i}){let a=Q(),{future:s}=Oe(),{basename:r}=ut(),l=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let o=hn(t,r,s.v8_trailingSlashAwareDataRequests,"rsc"),d=!1,c=[];for(let f of n)typeof f.route.shouldRevalidate=="function"?d=!0:c.push(f.route.id);return d&&c.length>0&&o.searchParams.set("_routes",c.join(",")),[o.pathname+o.search]},[r,s.v8_trailingSlashAwareDataRequests,t,a,n]);return u.createElement(u.Fragment,null,l.map(o=>u.createElement("link",{key:o,rel:"prefetch",as:"fetch",href:o,...i})))}function la({page:t,matches:n,...i}){let a=Q(),{future:s,manifest:r,routeModules:l}=Oe(),{basename:o}=ut(),{loaderData:d,matches:c}=ia(),f=u.useMemo(()=>Ct(t,n,c,r,a,"data"),[t,n,c,r,a]),p=u.useMemo(()=>Ct(t,n,c,r,a,"assets"),[t,n,c,r,a]),y=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let v=new Set,x=!1;if(n.forEach(R=>{let N=r.routes[R.route.id];!N||!N.hasLoader||(!f.some(I=>I.route.id===R.route.id)&&R.route.id in d&&l[R.route.id]?.shouldRevalidate||N.hasClientLoader?x=!0:v.add(R.route.id))}),v.size===0)return[];let $=hn(t,o,s.v8_trailingSlashAwareDataRequests,"data");return x&&v.size>0&&$.searchParams.set("_routes",n.filter(R=>v.has(R.route.id)).map(R=>R.route.id).join(",")),[$.pathname+$.search]},[o,s.v8_trailingSlashAwareDataRequests,d,a,r,f,n,t,l]),m=u.useMemo(()=>Xi(p,r),[p,r]),h=ra(p);return u.createElement(u.Fragment,null,y.map(v=>u.createElement("link",{key:v,rel:"prefetch",as:"fetch",href:v,...i})),m.map(v=>u.createElement("link",{key:v,rel:"modulepreload",href:v,...i})),h.map(({key:v,link:x})=>u.createElement("link",{key:v,nonce:i.nonce,...x,crossOrigin:x.crossOrigin??i.crossOrigin})))}function ca(...t){return n=>{t.forEach(i=>{typeof i=="function"?i(n):i!=null&&(i.current=n)})}}var da=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";try{da&&(window.__reactRouterVersion="7.18.5")}catch{}function ua({basename:t,children:n,useTransitions:i,window:a}){let s=u.useRef();s.current==null&&(s.current=Un({window:a,v5Compat:!0}));let r=s.current,[l,o]=u.useState({action:r.action,location:r.location}),d=u.useCallback(c=>{i===!1?o(c):u.startTransition(()=>o(c))},[i]);return u.useLayoutEffect(()=>r.listen(d),[r,d]),u.createElement(qi,{basename:t,children:n,location:l.location,navigationType:l.action,navigator:r,useTransitions:i})}var B=u.forwardRef(function({onClick:n,discover:i="render",prefetch:a="none",relative:s,reloadDocument:r,replace:l,mask:o,state:d,target:c,to:f,preventScrollReset:p,viewTransition:y,defaultShouldRevalidate:m,...h},v){let{basename:x,navigator:$,useTransitions:R}=u.useContext(H),N=typeof f=="string"&&it.test(f),I=Xt(f,x);f=I.to;let w=Si(f,{relative:s}),k=Q(),S=null;if(o){let W=at(o,[],k.mask?k.mask.pathname:"/",!0);x!=="/"&&(W.pathname=W.pathname==="/"?x:Y([x,W.pathname])),S=$.createHref(W)}let[T,g,j]=aa(a,h),b=ma(f,{replace:l,mask:o,state:d,target:c,preventScrollReset:p,relative:s,viewTransition:y,defaultShouldRevalidate:m,useTransitions:R});function C(W){n&&n(W),W.defaultPrevented||b(W)}let P=!(I.isExternal||r),z=u.createElement("a",{...h,...j,href:(P?S:void 0)||I.absoluteURL||w,onClick:P?C:n,ref:ca(v,g),target:c,"data-discover":!N&&i==="render"?"true":void 0});return T&&!N?u.createElement(u.Fragment,null,z,u.createElement(sa,{page:w})):z});B.displayName="Link";var pn=u.forwardRef(function({"aria-current":n="page",caseSensitive:i=!1,className:a="",end:s=!1,style:r,to:l,viewTransition:o,children:d,...c},f){let p=$e(l,{relative:c.relative}),y=Q(),m=u.useContext(Te),{navigator:h,basename:v}=u.useContext(H),x=m!=null&&xa(p)&&o===!0,$=h.encodeLocation?h.encodeLocation(p).pathname:p.pathname,R=y.pathname,N=m&&m.navigation&&m.navigation.location?m.navigation.location.pathname:null;i||(R=R.toLowerCase(),N=N?N.toLowerCase():null,$=$.toLowerCase()),N&&v&&(N=ee(N,v)||N);const I=$!=="/"&&$.endsWith("/")?$.length-1:$.length;let w=R===$||!s&&R.startsWith($)&&R.charAt(I)==="/",k=N!=null&&(N===$||!s&&N.startsWith($)&&N.charAt($.length)==="/"),S={isActive:w,isPending:k,isTransitioning:x},T=w?n:void 0,g;typeof a=="function"?g=a(S):g=[a,w?"active":null,k?"pending":null,x?"transitioning":null].filter(Boolean).join(" ");let j=typeof r=="function"?r(S):r;return u.createElement(B,{...c,"aria-current":T,className:g,ref:f,style:j,to:l,viewTransition:o},typeof d=="function"?d(S):d)});pn.displayName="NavLink";var ha=u.forwardRef(({discover:t="render",fetcherKey:n,navigate:i,reloadDocument:a,replace:s,state:r,method:l=Ce,action:o,onSubmit:d,relative:c,preventScrollReset:f,viewTransition:p,defaultShouldRevalidate:y,...m},h)=>{let{useTransitions:v}=u.useContext(H),x=va(),$=ya(o,{relative:c}),R=l.toLowerCase()==="get"?"get":"post",N=typeof o=="string"&&it.test(o),I=w=>{if(d&&d(w),w.defaultPrevented)return;w.preventDefault();let k=w.nativeEvent.submitter,S=k?.getAttribute("formmethod")||l,T=()=>x(k||w.currentTarget,{fetcherKey:n,method:S,navigate:i,replace:s,state:r,relative:c,preventScrollReset:f,viewTransition:p,defaultShouldRevalidate:y});v&&i!==!1?u.startTransition(()=>T()):T()};return u.createElement("form",{ref:h,method:R,action:$,onSubmit:a?d:I,...m,"data-discover":!N&&t==="render"?"true":void 0})});ha.displayName="Form";function pa(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function mn(t){let n=u.useContext(ge);return F(n,pa(t)),n}function ma(t,{target:n,replace:i,mask:a,state:s,preventScrollReset:r,relative:l,viewTransition:o,defaultShouldRevalidate:d,useTransitions:c}={}){let f=rt(),p=Q(),y=$e(t,{relative:l});return u.useCallback(m=>{if(_i(m,n)){m.preventDefault();let h=i!==void 0?i:ue(p)===ue(y),v=()=>f(t,{replace:h,mask:a,state:s,preventScrollReset:r,relative:l,viewTransition:o,defaultShouldRevalidate:d});c?u.startTransition(()=>v()):v()}},[p,f,y,i,a,s,n,t,r,l,o,d,c])}function te(t){K(typeof URLSearchParams<"u","You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let n=u.useRef(Xe(t)),i=u.useRef(!1),a=Q(),s=u.useMemo(()=>Hi(a.search,i.current?null:n.current),[a.search]),r=rt(),l=u.useCallback((o,d)=>{const c=Xe(typeof o=="function"?o(new URLSearchParams(s)):o);i.current=!0,r("?"+c,d)},[r,s]);return[s,l]}var fa=0,ga=()=>`__${String(++fa)}__`;function va(){let{router:t}=mn("useSubmit"),{basename:n}=u.useContext(H),i=Fi(),a=t.fetch,s=t.navigate;return u.useCallback(async(r,l={})=>{let{action:o,method:d,encType:c,formData:f,body:p}=Gi(r,n);if(l.navigate===!1){let y=l.fetcherKey||ga();await a(y,i,l.action||o,{defaultShouldRevalidate:l.defaultShouldRevalidate,preventScrollReset:l.preventScrollReset,formData:f,body:p,formMethod:l.method||d,formEncType:l.encType||c,flushSync:l.flushSync})}else await s(l.action||o,{defaultShouldRevalidate:l.defaultShouldRevalidate,preventScrollReset:l.preventScrollReset,formData:f,body:p,formMethod:l.method||d,formEncType:l.encType||c,replace:l.replace,state:l.state,fromRouteId:i,flushSync:l.flushSync,viewTransition:l.viewTransition})},[a,s,n,i])}function ya(t,{relative:n}={}){let{basename:i}=u.useContext(H),a=u.useContext(Z);F(a,"useFormAction must be used inside a RouteContext");let[s]=a.matches.slice(-1),r={...$e(t||".",{relative:n})},l=Q();if(t==null){r.search=l.search;let o=new URLSearchParams(r.search),d=o.getAll("index");if(d.some(f=>f==="")){o.delete("index"),d.filter(p=>p).forEach(p=>o.append("index",p));let f=o.toString();r.search=f?`?${f}`:""}}return(!t||t===".")&&s.route.index&&(r.search=r.search?r.search.replace(/^\?/,"?index&"):"?index"),i!=="/"&&(r.pathname=r.pathname==="/"?i:Y([i,r.pathname])),ue(r)}function xa(t,{relative:n}={}){let i=u.useContext(sn);F(i!=null,"`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:a}=mn("useViewTransitionState"),s=$e(t,{relative:n});if(!i.isTransitioning)return!1;let r=ee(i.currentLocation.pathname,a)||i.currentLocation.pathname,l=ee(i.nextLocation.pathname,a)||i.nextLocation.pathname;return Ie(s.pathname,l)!=null||Ie(s.pathname,r)!=null}class D extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}}new D(`
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
    `,{fragmentName:"MapNode"});const ja=new D(`
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
    `,{fragmentName:"ChangeFields"}),wa=new D(`
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
    `),$a=new D(`
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
    `),ba=new D(`
    mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
  acknowledgeFinding(input: $input) {
    id
    reviewBy
  }
}
    `),Sa=new D(`
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
    `),Ra=new D(`
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
}`),Na=new D(`
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
    `),Ca=new D(`
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
    `),ka=new D(`
    mutation CreateActivity($input: CreateProcessingActivityInput!) {
  createProcessingActivity(input: $input) {
    id
  }
}
    `),Da=new D(`
    mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
  updateProcessingActivity(id: $id, input: $input) {
    id
  }
}
    `),Ea=new D(`
    mutation AddPurpose($input: CreateActivityPurposeInput!) {
  createActivityPurpose(input: $input) {
    id
  }
}
    `),Ia=new D(`
    mutation RemovePurpose($id: ID!) {
  deleteActivityPurpose(id: $id)
}
    `),Aa=new D(`
    mutation AddDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    id
  }
}
    `),Pa=new D(`
    mutation RemoveDisclosure($id: ID!) {
  deleteDisclosure(id: $id)
}
    `),Ta=new D(`
    mutation AddRetention($input: CreateRetentionRuleInput!) {
  createRetentionRule(input: $input) {
    id
  }
}
    `),Fa=new D(`
    mutation RemoveRetention($id: ID!) {
  deleteRetentionRule(id: $id)
}
    `),Oa=new D(`
    mutation AddTransfer($input: CreateTransferInput!) {
  createTransfer(input: $input) {
    id
  }
}
    `),Ma=new D(`
    mutation RemoveTransfer($id: ID!) {
  deleteTransfer(id: $id)
}
    `),za=new D(`
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
    `),qa=new D(`
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
}`),Ba=new D(`
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
}`),La=new D(`
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
    `),Ua=new D(`
    mutation RevertChange($id: ID!, $reason: String) {
  revertChange(id: $id, reason: $reason) {
    id
  }
}
    `),Wa=new D(`
    query LookupSuggestions($text: String!, $organization: String) {
  lookupSuggestions(text: $text, organization: $organization, first: 12) {
    value
    name
    kind
  }
}
    `),Va=new D(`
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
    `),_a=new D(`
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
    `),Ha=new D(`
    query Article30AsOf($organization: String!, $asOf: Time) {
  article30(organization: $organization, asOf: $asOf)
}
    `),Ya=new D(`
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
    `),Ka=new D(`
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
    `),Ga=new D(`
    mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {
  updateOrganization(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),Ja=new D(`
    mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {
  updateProcessingActivity(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),Za=new D(`
    mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {
  updateActivityPurpose(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),Qa=new D(`
    mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {
  updateRecipient(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),Xa=new D(`
    mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
  updateDisclosure(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),es=new D(`
    mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {
  updateTransfer(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ts=new D(`
    mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {
  updateRetentionRule(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ns=new D(`
    mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {
  updateDataSubjectRight(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),is=new D(`
    mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {
  updateSecurityPractice(
    id: $id
    input: {reviewStatus: $status, reviewNote: $note}
  ) {
    id
    reviewStatus
  }
}
    `),as=new D(`
    mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {
  updateStatement(id: $id, input: {reviewStatus: $status, reviewNote: $note}) {
    id
    reviewStatus
  }
}
    `),ss={"\n  query Organizations {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":wa,"\n  query Findings($organization: String!, $asOf: Time) {\n    findings(organization: $organization, asOf: $asOf) {\n      rule\n      title\n      severity\n      article\n      message\n      activity\n      activityID\n      notice\n      since\n      subject\n      facts\n      evidence {\n        document\n        quote\n        noticeID\n        start\n        end\n      }\n      acknowledged {\n        note\n        reviewBy\n        by\n        at\n      }\n    }\n  }\n":$a,"\n  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {\n    acknowledgeFinding(input: $input) {\n      id\n      reviewBy\n    }\n  }\n":ba,"\n  query FindingTransfers($org: ID!) {\n    transfers(first: 5000, where: { organizationID: $org }) {\n      edges {\n        node {\n          id\n          country\n          scope\n          recipientID\n        }\n      }\n    }\n  }\n":Sa,"\n  query ActivityForEdit($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProcessingActivity {\n        id\n        name\n        description\n        businessFunction\n        role\n        automatedDecisionMaking\n        dpiaRequired\n        reviewStatus\n        owner\n        lastReviewed\n        history {\n          createdAt\n          createdBy\n          updatedAt\n          updatedBy\n          changes {\n            ...ChangeFields\n          }\n        }\n        organization {\n          id\n          key\n          name\n        }\n        evidence {\n          id\n          quote\n        }\n        purposes {\n          id\n          legitimateInterest\n          purpose {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          legalBasis {\n            id\n            reference\n          }\n          specialCondition {\n            id\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        dataCategories {\n          id\n          key\n          name\n        }\n        disclosures {\n          id\n          recipient {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          dataCategories {\n            id\n            key\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        retentionRules {\n          id\n          duration\n          criterion\n          endAction\n          evidence {\n            id\n            quote\n          }\n        }\n        transfers {\n          id\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        effectiveTransfers {\n          id\n          appliesTo\n          reviewStatus\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n            validUntil\n          }\n        }\n        effectiveRetentionRules {\n          id\n          appliesTo\n          reviewStatus\n          duration\n          criterion\n        }\n      }\n    }\n  }\n":Ra,"\n  query EditChoices {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    purposes(first: 1000, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    legalBases(first: 100, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n    dataCategories(first: 1000, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    transferSafeguards(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":Na,"\n  query OrgRecipients($org: ID!) {\n    recipients(first: 1000, where: { organizationID: $org }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Ca,"\n  mutation CreateActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n":ka,"\n  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":Da,"\n  mutation AddPurpose($input: CreateActivityPurposeInput!) {\n    createActivityPurpose(input: $input) {\n      id\n    }\n  }\n":Ea,"\n  mutation RemovePurpose($id: ID!) {\n    deleteActivityPurpose(id: $id)\n  }\n":Ia,"\n  mutation AddDisclosure($input: CreateDisclosureInput!) {\n    createDisclosure(input: $input) {\n      id\n    }\n  }\n":Aa,"\n  mutation RemoveDisclosure($id: ID!) {\n    deleteDisclosure(id: $id)\n  }\n":Pa,"\n  mutation AddRetention($input: CreateRetentionRuleInput!) {\n    createRetentionRule(input: $input) {\n      id\n    }\n  }\n":Ta,"\n  mutation RemoveRetention($id: ID!) {\n    deleteRetentionRule(id: $id)\n  }\n":Fa,"\n  mutation AddTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n    }\n  }\n":Oa,"\n  mutation RemoveTransfer($id: ID!) {\n    deleteTransfer(id: $id)\n  }\n":Ma,"\n  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {\n    historyDiff(organization: $organization, from: $from, to: $to) {\n      from\n      to\n      lines {\n        at\n        actor\n        via\n        kind\n        subject\n        activity\n        summary\n        fields {\n          field\n          before\n          after\n        }\n        evidence\n        changeID\n      }\n    }\n  }\n":za,"\n  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {\n    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {\n      nodes {\n        ...MapNode\n      }\n      links {\n        from\n        to\n        kind\n        count\n        staleSafeguard\n      }\n      focus {\n        ...MapNode\n      }\n      matches {\n        ...MapNode\n      }\n      matchCount\n      totals {\n        systems\n        categories\n        activities\n        recipients\n        countries\n      }\n    }\n  }\n  fragment MapNode on DataMapViewNode {\n    id\n    kind\n    label\n    key\n    ref\n    group\n    members\n    parent\n    parentLabel\n    specialCategory\n    criminalOffence\n    transfer\n    staleSafeguard\n    match\n  }\n":qa,"\n  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {\n    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {\n      node {\n        ...MapNode\n      }\n      activity {\n        id\n        name\n        description\n        businessFunction\n        role\n        reviewStatus\n        evidence {\n          id\n          quote\n        }\n      }\n      purposes {\n        id\n        reviewStatus\n        purpose {\n          key\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        evidence {\n          id\n          quote\n        }\n      }\n      categories {\n        id\n        key\n        name\n        specialCategory\n        criminalOffence\n      }\n      systems {\n        id\n        key\n        name\n      }\n      collectedBy {\n        id\n        name\n      }\n      disclosures {\n        disclosure {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activity {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n          kind\n        }\n        categories {\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        bases {\n          id\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n        }\n        allBases\n      }\n      transfers {\n        transfer {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activities {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        country\n        countryName\n        safeguard {\n          key\n          name\n          invalidatedBy\n        }\n        valid\n        invalidSince\n        appliesTo\n      }\n      members {\n        ...MapNode\n      }\n      memberCount\n    }\n  }\n":Ba,"\n  query Evidence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evidence {\n        id\n        start\n        end\n        quote\n        document {\n          title\n          url\n          lastUpdated\n          text\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":La,"\n  fragment ChangeFields on Change {\n    id\n    at\n    actor\n    via\n    entityType\n    entityID\n    operation\n    before\n    after\n    note\n    reverts\n  }\n":ja,"\n  mutation RevertChange($id: ID!, $reason: String) {\n    revertChange(id: $id, reason: $reason) {\n      id\n    }\n  }\n":Ua,"\n  query LookupSuggestions($text: String!, $organization: String) {\n    lookupSuggestions(text: $text, organization: $organization, first: 12) {\n      value\n      name\n      kind\n    }\n  }\n":Wa,"\n  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {\n    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {\n      match\n      recipient {\n        id\n        name\n        kind\n        reviewStatus\n      }\n      organization {\n        name\n      }\n      activity {\n        id\n        name\n        reviewStatus\n      }\n      disclosure {\n        id\n        reviewStatus\n      }\n      category {\n        key\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      legalBases {\n        id\n        purpose {\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        activityPurpose {\n          reviewStatus\n        }\n      }\n      allActivityBases\n      transfers {\n        id\n        reviewStatus\n        scope\n        country\n        activityID\n        recipientID\n        noticeID\n        safeguard {\n          name\n          validUntil\n        }\n      }\n      evidence {\n        id\n        quote\n      }\n    }\n  }\n":Va,"\n  query NoticeSpan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        url\n        lastUpdated\n        text\n        organization {\n          name\n        }\n      }\n    }\n  }\n":_a,"\n  query Article30AsOf($organization: String!, $asOf: Time) {\n    article30(organization: $organization, asOf: $asOf)\n  }\n":Ha,"\n  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          businessFunction\n          role\n          reviewStatus\n          notice {\n            title\n            audience\n          }\n          evidence {\n            id\n            quote\n          }\n          purposes {\n            id\n            reviewStatus\n            purpose {\n              name\n            }\n            legalBasis {\n              reference\n            }\n            specialCondition {\n              reference\n            }\n          }\n          dataSubjects {\n            id\n            name\n          }\n          dataCategories {\n            id\n            name\n            specialCategory\n          }\n          disclosures {\n            id\n            reviewStatus\n            recipient {\n              id\n              name\n              reviewStatus\n            }\n          }\n          effectiveTransfers {\n            id\n            appliesTo\n            reviewStatus\n            scope\n            country\n            recipient {\n              name\n            }\n            safeguard {\n              name\n              validUntil\n            }\n          }\n          effectiveRetentionRules {\n            id\n            appliesTo\n            reviewStatus\n            duration\n            criterion\n            dataCategories {\n              name\n            }\n          }\n          effectiveSecurityPractices {\n            id\n            appliesTo\n            reviewStatus\n            description\n            measure {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":Ya,"\n  query Unreviewed {\n    organizations(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          key\n          name\n          origin\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    activities(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    activityPurposes(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          origin\n          activity {\n            id\n            name\n          }\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    recipients(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          origin\n          organization {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    disclosures(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          origin\n          activity {\n            id\n            name\n          }\n          recipient {\n            name\n          }\n          dataCategories {\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    transfers(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          scope\n          country\n          origin\n          organization {\n            name\n          }\n          activity {\n            id\n            name\n          }\n          recipient {\n            name\n          }\n          notice {\n            title\n          }\n          safeguard {\n            name\n            validUntil\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    retentionRules(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          duration\n          criterion\n          endAction\n          origin\n          organization {\n            name\n          }\n          activity {\n            id\n            name\n          }\n          notice {\n            title\n          }\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    dataSubjectRights(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          channel\n          responseTime\n          conditions\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          right {\n            name\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    securityPractices(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          appliesTo\n          description\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          measure {\n            name\n          }\n          activities {\n            id\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n    statements(first: 100, where: { reviewStatus: UNREVIEWED }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          text\n          origin\n          organization {\n            name\n          }\n          notice {\n            title\n          }\n          legalBasis {\n            reference\n            name\n          }\n          purposes {\n            name\n          }\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n      }\n    }\n  }\n":Ka,"\n  mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateOrganization(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Ga,"\n  mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateProcessingActivity(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Ja,"\n  mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateActivityPurpose(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Za,"\n  mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateRecipient(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Qa,"\n  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":Xa,"\n  mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateTransfer(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":es,"\n  mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateRetentionRule(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":ts,"\n  mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateDataSubjectRight(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":ns,"\n  mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateSecurityPractice(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":is,"\n  mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {\n    updateStatement(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {\n      id\n      reviewStatus\n    }\n  }\n":as};function E(t){return ss[t]??{}}const pt=u.createContext(void 0);function ve(){const t=u.useContext(pt);return n=>An(t?.session.role,n)}function rs(){return u.useContext(pt)}function os({children:t}){const[n,i]=u.useState(),[a,s]=u.useState(),[r,l]=u.useState(!1),o=u.useCallback(()=>{kn().then(c=>{i(c),s(void 0)},c=>s(c))},[]);if(u.useEffect(o,[o]),u.useEffect(()=>Dn(o),[o]),u.useEffect(()=>En(()=>{l(!0),i(c=>c&&{...c,signedIn:!1,signInRequired:!0,csrf:void 0})}),[]),a)return e.jsxs("main",{id:"main",className:"signin-page",children:[e.jsxs("p",{role:"alert",className:"error",children:["Could not reach the server: ",a.message]}),e.jsx("button",{type:"button",onClick:o,children:"Try again"})]});if(!n)return e.jsx("p",{className:"muted signin-page",children:"Loading…"});if(!n.signedIn)return e.jsx(ls,{expired:r,onSignedIn:c=>{l(!1),i(c)}});const d={session:n,signOut:async()=>{await In(),l(!1),i({signedIn:!1,signInRequired:!0})}};return e.jsx(pt.Provider,{value:d,children:t})}function ls({expired:t,onSignedIn:n}){const[i,a]=u.useState("password"),[s,r]=u.useState(""),[l,o]=u.useState(""),[d,c]=u.useState(""),[f,p]=u.useState(""),[y,m]=u.useState(!1),h=async v=>{if(v.preventDefault(),p(""),i==="password"&&(!s.trim()||!l)){p("Enter your user name and your password.");return}if(i==="token"&&!d.trim()){p("Paste an API token.");return}m(!0);try{n(await Pn(i==="password"?{name:s.trim(),password:l}:{token:d.trim()}))}catch(x){x instanceof nt&&x.code==="UNAUTHENTICATED"?p(i==="password"?"Wrong user name or password, or the user is disabled.":"The API token is unknown, revoked or expired."):p(x instanceof Error?x.message:String(x)),o("")}finally{m(!1)}};return e.jsxs(e.Fragment,{children:[e.jsx("header",{className:"top",children:e.jsx("span",{className:"brand",children:"ropa"})}),e.jsx("main",{id:"main",className:"signin-page",children:e.jsxs("form",{className:"card signin",onSubmit:h,noValidate:!0,"aria-labelledby":"signin-h",children:[e.jsx("h1",{id:"signin-h",children:"Sign in"}),t&&e.jsx("p",{className:"muted",children:"Your session has ended. Sign in again to go on."}),e.jsxs("div",{className:"buttons mode",role:"radiogroup","aria-label":"Sign in with",children:[e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="password",onChange:()=>a("password")})," user and password"]}),e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="token",onChange:()=>a("token")})," API token"]})]}),i==="password"?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-name",children:"User name"}),e.jsx("input",{id:"signin-name",autoComplete:"username",value:s,onChange:v=>r(v.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-password",children:"Password"}),e.jsx("input",{id:"signin-password",type:"password",autoComplete:"current-password",value:l,onChange:v=>o(v.target.value)})]})]}):e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-token",children:"API token"}),e.jsx("input",{id:"signin-token",type:"password",autoComplete:"off",value:d,onChange:v=>c(v.target.value),autoFocus:!0}),e.jsx("small",{children:"An admin creates one with ropa token create."})]}),f&&e.jsx("p",{role:"alert",className:"error",id:"signin-error",children:f}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",disabled:y,children:"Sign in"})})]})})]})}function cs(){const t=rs(),[n,i]=u.useState("");if(!t)return null;const{session:a}=t,s=a.via==="local"?"local development server":a.name||"signed in",r=a.via==="password"||a.via==="token";return e.jsxs("div",{className:"userbox",children:[e.jsxs("span",{className:"who",title:a.expires?`session ends ${new Date(a.expires).toLocaleString()}`:void 0,children:[s," ",e.jsx("span",{className:"role",children:a.role})]}),r&&e.jsx("button",{type:"button",className:"secondary signout",onClick:()=>t.signOut().catch(l=>i(l.message)),children:"Sign out"}),n&&e.jsx("span",{role:"alert",className:"error",children:n})]})}function kt(t){if(t)try{const n=JSON.parse(t);return!n||typeof n!="object"?void 0:{fields:n.fields??{},edges:n.edges??{}}}catch{return}}function le(t){return t==null?"none":typeof t=="string"?t===""?"none":t:typeof t=="boolean"?t?"yes":"no":typeof t=="number"?String(t):Array.isArray(t)?t.length?t.map(le).join(", "):"none":JSON.stringify(t)}function Dt(t){if(t==null)return"none";try{return le(JSON.parse(t))}catch{return t}}function fn(t){return t.replace(/_/g," ")}const Et=(t,n)=>JSON.stringify(t)===JSON.stringify(n);function ds(t,n){const i=kt(t),a=kt(n);if(!a&&!i)return[];const s=[],r=[...new Set([...Object.keys(i?.fields??{}),...Object.keys(a?.fields??{})])].sort();for(const o of r){const d=i?.fields[o],c=a?.fields[o];if(a&&i){if(Et(d,c))continue}else if((a?c:d)===null||(a?c:d)===void 0)continue;s.push({field:o,edge:!1,before:i&&o in i.fields?le(d):void 0,after:a&&o in a.fields?le(c):void 0})}const l=[...new Set([...Object.keys(i?.edges??{}),...Object.keys(a?.edges??{})])].filter(o=>o!=="evidence").sort();for(const o of l){const d=i?.edges[o],c=a?.edges[o];a&&i&&Et(d??[],c??[])||!(a&&i)&&!((a?c:d)??[]).length||s.push({field:o,edge:!0,before:i?le(d??[]):void 0,after:a?le(c??[]):void 0})}return s}function us(t){const n=i=>/^\d+$/.test(i)?Number(i):NaN;return[...t].sort((i,a)=>{const s=Date.parse(a.at)-Date.parse(i.at);if(s)return s;const r=n(i.id),l=n(a.id);return Number.isNaN(r)||Number.isNaN(l)?a.id.localeCompare(i.id):l-r})}function ce(t){if(!t||!/^\d{4}-\d{2}-\d{2}$/.test(t))return!1;const n=new Date(`${t}T12:00:00Z`);return!Number.isNaN(n.getTime())&&n.toISOString().slice(0,10)===t}const _=(t,n=2)=>String(Math.trunc(Math.abs(t))).padStart(n,"0");function mt(t){const n=-t.getTimezoneOffset(),i=n===0?"Z":`${n>0?"+":"-"}${_(n/60)}:${_(n%60)}`;return`${t.getFullYear()}-${_(t.getMonth()+1)}-${_(t.getDate())}T${_(t.getHours())}:${_(t.getMinutes())}:${_(t.getSeconds())}.${_(t.getMilliseconds(),3)}${i}`}function hs(t){const[n,i,a]=t.split("-").map(Number);return mt(new Date(n,i-1,a,0,0,0,0))}function ps(t){const[n,i,a]=t.split("-").map(Number);return mt(new Date(n,i-1,a,23,59,59,999))}function gn(t,n){const[i,a,s]=n.split("-").map(Number);return{from:hs(t),to:mt(new Date(i,a-1,s+1,0,0,0,0))}}function ms(t,n,i){const a=new URLSearchParams({org:t,format:n});return i&&a.set("asOf",i),`/reports/article30?${a}`}function It(t,n,i,a){const s=gn(n,i);return`/reports/diff?${new URLSearchParams({org:t,from:s.from,to:s.to,format:a})}`}function se(t){if(!t)return"—";const n=new Date(t);return Number.isNaN(n.getTime())?t:`${n.getFullYear()}-${_(n.getMonth()+1)}-${_(n.getDate())} ${_(n.getHours())}:${_(n.getMinutes())}`}const fs={ProcessingActivity:"activity",ActivityPurpose:"purpose",Disclosure:"disclosure"};function gs(t){return fs[t]??t.replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}const vn=["high","medium","low"],pe={high:0,medium:1,low:2};function vs(t,n){return pe[t]<=pe[n]}function ys(t){return t.reduce((n,i)=>n===void 0||pe[i]<pe[n]?i:n,void 0)}function yn(t){return[...t].sort((n,i)=>pe[n.severity]-pe[i.severity]||n.rule.localeCompare(i.rule)||(n.activity??"").localeCompare(i.activity??"")||(n.message??"").localeCompare(i.message??""))}function xs(t,n){if(t.facts.includes(n))return!0;const[i,a]=xn(n);return i==="activity"&&!!a&&t.activityID===a}function xn(t){const n=t.indexOf(":");return n<0?[t,""]:[t.slice(0,n),t.slice(n+1)]}function js(t,n){return yn(t.filter(i=>(!n.severity||vs(i.severity,n.severity))&&(!n.rule||i.rule===n.rule)&&(n.status!=="open"||!i.acknowledged)&&(n.status!=="acknowledged"||!!i.acknowledged)&&(!n.fact||xs(i,n.fact))))}function ws(t){const n=new Map;for(const i of t){const a=n.get(i.rule)??{rule:i.rule,title:i.title??i.rule,count:0};a.count++,n.set(i.rule,a)}return[...n.values()].sort((i,a)=>i.rule.localeCompare(a.rule))}function $s(t){const n=new Map,i=(a,s)=>{const r=n.get(a)??[];r.includes(s)||r.push(s),n.set(a,r)};for(const a of t)if(!a.acknowledged){for(const s of a.facts)i(s,a);a.activityID&&i(`activity:${a.activityID}`,a)}return n}function jn(t){if(t?.length)return{count:t.length,severity:ys(t.map(n=>n.severity))}}function Me(t=new Date){const n=i=>String(i).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function wn(t,n){const i=new Date(`${t}T12:00:00Z`);return i.setUTCDate(i.getUTCDate()+n),i.toISOString().slice(0,10)}function bs(t){return`country:${t.country||t.scope.toUpperCase()}`}function Ss(t,n,i){const a=new Map,s=(o,d)=>{if(!d?.length)return;const c=a.get(o)??[];for(const f of d)c.includes(f)||c.push(f);a.set(o,c)},r=new Map;for(const o of t)o.kind==="ACTIVITY"&&o.ref&&s(o.id,n.get(`activity:${o.ref}`)),o.kind==="RECIPIENT"&&o.ref&&r.set(o.ref,o.id);const l=new Set(t.map(o=>o.id));for(const o of i){const d=n.get(`transfer:${o.id}`);if(!d)continue;const c=bs(o);l.has(c)&&s(c,d);const f=o.recipientID&&r.get(o.recipientID);f&&s(f,d)}for(const[o,d]of a)a.set(o,yn(d));return a}const Rs=E(`
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
`);function L(t,n){const[i,a]=u.useState({loading:!0}),[s,r]=u.useState(0);return u.useEffect(()=>{let l=!0;return a(o=>({...o,loading:!0})),t().then(o=>l&&a({data:o,loading:!1}),o=>l&&a({error:o,loading:!1})),()=>{l=!1}},[...n,s]),{...i,reload:()=>r(l=>l+1)}}const $n="ropa.organization";function Ns(){try{return localStorage.getItem($n)}catch{return null}}function be(){const[t,n]=te(),{data:i}=L(()=>A(Rs),[]),a=(i?.organizations.edges??[]).flatMap(d=>d?.node?[d.node]:[]),s=Ns(),r=t.get("org")??(a.some(d=>d.key===s)?s:a[0]?.key),l=a.find(d=>d.key===r);return u.useEffect(()=>{if(l)try{localStorage.setItem($n,l.key)}catch{}},[l?.key]),{orgs:a,org:l,setOrg:d=>{const c=new URLSearchParams(t);c.set("org",d),n(c)}}}function ze({orgs:t,org:n,setOrg:i,id:a="org"}){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:a,children:"Organization"}),e.jsx("select",{id:a,value:n?.key??"",onChange:s=>i(s.target.value),children:t.map(s=>e.jsx("option",{value:s.key,children:s.name},s.id))})]})}function ne({evidence:t}){return t?.length?e.jsx("ul",{className:"evidence-links",children:t.map(n=>e.jsx("li",{children:e.jsxs(B,{to:`/evidence/${n.id}`,className:"evidence-link",title:n.quote,children:["“",ie(n.quote,70),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no evidence"})}function U({error:t}){return t?e.jsx("p",{role:"alert",className:"error",children:t.message}):null}function q({status:t}){return Je(t)?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed: drafted from a notice, not yet confirmed by a reviewer",children:"DRAFT"})]}):null}function qe({safeguard:t}){if(!t)return e.jsx(e.Fragment,{children:"no safeguard stated"});const n=Fn(t.validUntil);return e.jsxs(e.Fragment,{children:[t.name,n?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",n,")"]}):null]})}function De({facts:t,inline:n,empty:i="—",children:a}){const s=Tn(t);return s.length?e.jsx(e.Fragment,{children:s.map(r=>e.jsxs("div",{className:"scope-group","data-scope":r.scope,children:[e.jsxs("div",{className:"scope",children:[r.label,":"]}),n?e.jsx("p",{className:"inline-facts",children:r.facts.map((l,o)=>e.jsxs("span",{children:[o>0?"; ":"",a(l),e.jsx(q,{status:l.reviewStatus})]},l.id))}):e.jsx("ul",{children:r.facts.map(l=>e.jsxs("li",{children:[a(l),e.jsx(q,{status:l.reviewStatus})]},l.id))})]},r.label))}):e.jsx(e.Fragment,{children:i})}function ft(){const[t,n]=te(),i=t.get("asOf")??"",a=ce(i)?i:"",s=r=>{const l=new URLSearchParams(t);r?l.set("asOf",r):l.delete("asOf"),n(l)};return{asOf:a,time:a?ps(a):void 0,setAsOf:s}}function gt({id:t,asOf:n,setAsOf:i}){return e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:t,children:"As of"}),e.jsx("input",{id:t,type:"date",value:n,max:Me(),onChange:a=>i(ce(a.target.value)?a.target.value:""),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,className:"sr-only",children:"empty: now"})]})}function vt({asOf:t,setAsOf:n}){return t?e.jsxs("p",{className:"asof-banner",role:"status","data-testid":"asof-banner",children:["The record as it stood on ",e.jsx("strong",{children:t}),", rebuilt from the change history."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(""),children:"Back to now"})]}):null}const Cs=E(`
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
`),ks=E(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`),Ds=E(`
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
`),Ae=new Map,xe=new Set;function Es(t,n){return`${t}\0${n??""}`}function Is(t,n){const i=Es(t,n);let a=Ae.get(i);if(!a){const s={promise:A(Cs,{organization:t,asOf:n?`${n}T00:00:00Z`:void 0}).then(r=>r.findings)};s.promise.then(r=>{s.data=r,xe.forEach(l=>l())},r=>{s.error=r,xe.forEach(l=>l())}),Ae.set(i,s),a=s}return a}function As(t){for(const n of[...Ae.keys()])n.startsWith(`${t}\0`)&&Ae.delete(n);xe.forEach(n=>n())}function bn(t,n){const[,i]=u.useState(0);if(u.useEffect(()=>{const s=()=>i(r=>r+1);return xe.add(s),()=>{xe.delete(s)}},[]),!t)return{loading:!1};const a=Is(t,n);return{data:a.data,error:a.error,loading:!a.data&&!a.error}}function Sn(t){const{data:n}=bn(t);return u.useMemo(()=>$s(n??[]),[n])}function Ps(t,n){const i=Sn(t?.key),[a,s]=u.useState();u.useEffect(()=>{if(!t)return;let l=!0;return A(Ds,{org:t.id}).then(o=>l&&s({org:t.id,list:(o.transfers.edges??[]).flatMap(d=>d?.node?[d.node]:[])}),()=>l&&s({org:t.id,list:[]})),()=>{l=!1}},[t?.id]);const r=a&&a.org===t?.id?a.list:void 0;return u.useMemo(()=>Ss(n,i,r??[]),[n,i,r])}function Ts(){return ve()("review")}const Fs={high:"high",medium:"medium",low:"low"};function Rn(t,n){const i=new URLSearchParams({org:t});return n&&i.set("fact",n),`/findings?${i}`}function At({org:t,fact:n,findings:i,label:a}){const s=jn(i);if(!s)return null;const r=`${s.count} open finding${s.count===1?"":"s"}, highest ${Fs[s.severity]}`;return e.jsxs(B,{to:Rn(t,n),className:`finding-badge sev-${s.severity}`,title:`${r}${a?` about ${a}`:""}`,"aria-label":r,"data-fact":n,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",s.count]}),e.jsxs("span",{className:"sev-word","aria-hidden":"true",children:[" ",s.severity]})]})}function Os({findings:t}){const n=jn(t);return n?e.jsxs("span",{className:`finding-mark sev-${n.severity}`,title:`${n.count} open finding${n.count===1?"":"s"}, highest ${n.severity}`,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",n.count]}),e.jsxs("span",{className:"sr-only",children:[n.count," open finding",n.count===1?"":"s",", highest ",n.severity]})]}):null}function Ms({org:t,node:n,findings:i}){if(!i?.length)return null;const a=s=>n.kind==="ACTIVITY"&&n.ref?`activity:${n.ref}`:s.facts.find(r=>r.startsWith("transfer:"))??s.facts[0];return e.jsxs("section",{"aria-labelledby":"node-findings-h",children:[e.jsxs("h3",{id:"node-findings-h",children:["Open findings (",i.length,")"]}),e.jsx("ul",{className:"node-findings",children:i.map(s=>e.jsxs("li",{children:[e.jsx("span",{className:`sev-tag sev-${s.severity}`,children:s.severity})," ",e.jsx(B,{to:Rn(t,a(s)),children:s.title}),s.since?e.jsxs("span",{className:"muted",children:[" since ",s.since]}):null,e.jsx("div",{className:"muted",children:s.message})]},`${s.rule} ${s.subject}`))})]})}const Pt={SYSTEM:0,ORGANIZATION:0,DATA_CATEGORY:0,ACTIVITY:1,RECIPIENT:2,COUNTRY:3},me={ORGANIZATION:"Organization",SYSTEM:"Systems",DATA_CATEGORY:"Data categories",ACTIVITY:"Activities",RECIPIENT:"Recipients",COUNTRY:"Countries"};function Se(t){return t.group?`${t.label} (${t.members})`:t.label}function zs(t,n,i=2){const a=t.replace(/\s+/g," ").trim().split(" "),s=[];let r="",l=0;for(;l<a.length&&s.length<i;){const d=a[l];if(r)r.length+1+d.length<=n?(r+=" "+d,l++):(s.push(r),r="");else{if(d.length>n){s.push(d.slice(0,n)),a[l]=d.slice(n);continue}r=d,l++}}r&&s.length<i&&(s.push(r),r="");const o=l<a.length||r!=="";if(o){const d=s.length-1;s[d]=s[d].slice(0,n-1).replace(/[\s,;:.(–-]+$/,"")+"…"}return{lines:s,cut:o}}function qs(t,n,i=13){const a=[...new Set(t.map(v=>Pt[v.kind]??0))].sort((v,x)=>v-x),s=new Map(a.map((v,x)=>[v,x])),r=Math.max(170,Math.floor(n/Math.max(1,a.length))),l=Math.min(56,Math.round(r*.2)),o=r-l,d=i*.56,c=Math.max(8,Math.floor((o-18)/d)),f=Math.round(i*1.3),p=new Map,y=[],m=a.map(()=>0),h=a.map(()=>"");for(const v of t){const x=s.get(Pt[v.kind]??0)??0,$=x*r+4;h[x]!==v.kind&&(h[x]&&(m[x]+=14),y.push({label:me[v.kind]??v.kind,x:$,y:m[x]+i+2}),m[x]+=i+14,h[x]=v.kind);const{lines:R,cut:N}=zs(Se(v),c),I=10+f*R.length;p.set(v.id,{x:$,y:m[x],w:o,h:I,lines:R,cut:N}),m[x]+=I+6}return{boxes:p,headers:y,width:a.length*r,height:Math.max(40,...m)+8,fontSize:i}}function Bs(t,n){const i=t.x+t.w,a=t.y+t.h/2,s=n.x,r=n.y+n.h/2,l=Math.max(30,(s-i)/2);return`M${i},${a} C${i+l},${a} ${s-l},${r} ${s},${r}`}const Ls=E(`
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
`),Us=E(`
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
`),_e={special:"#b00020",transfer:"#0b5cad",stale:"#a14a00"};function ae(t){const n=[];return t.specialCategory&&n.push(t.group?"holds special-category data (Art 9)":"special category (Art 9)"),t.criminalOffence&&n.push("criminal offence data (Art 10)"),t.transfer&&n.push("third-country transfer"),t.staleSafeguard&&n.push("safeguard no longer valid"),n}function Nn(t){return[t.kind.toLowerCase(),t.group?"group":"",t.specialCategory||t.criminalOffence?"special":"",t.transfer?"transfer":"",t.staleSafeguard?"stale":"",t.match?"hit":""].filter(Boolean).join(" ")}function Ws(){const[t,n]=te(),i=t.get("focus")??"",a=t.getAll("expand"),s=t.get("q")??"",r=t.get("node")??"",l=o=>{const d=new URLSearchParams(t);o(d),n(d)};return{focus:i,expand:a,q:s,node:r,select:o=>l(d=>o?d.set("node",o):d.delete("node")),setFocus:o=>l(d=>{o?(d.set("focus",o),d.set("node",o)):d.delete("focus")}),toggle:o=>l(d=>{const c=d.getAll("expand");d.delete("expand");for(const f of c.includes(o)?c.filter(p=>p!==o):[...c,o])d.append("expand",f)}),search:o=>l(d=>{o.trim()?d.set("q",o.trim()):d.delete("q"),d.delete("focus")}),overview:()=>l(o=>{o.delete("focus"),o.delete("q"),o.delete("expand")}),clearNode:o=>{o.delete("node"),o.delete("focus"),o.delete("expand"),o.delete("q")},update:l}}function Vs(){const t="(max-width: 699px)",[n,i]=u.useState(()=>window.matchMedia(t).matches);return u.useEffect(()=>{const a=window.matchMedia(t),s=()=>i(a.matches);return a.addEventListener("change",s),()=>a.removeEventListener("change",s)},[]),n}function _s(){const{orgs:t,org:n}=be(),i=Ws(),{asOf:a,time:s,setAsOf:r}=ft(),l=Vs(),[o,d]=u.useState(i.q);u.useEffect(()=>d(i.q),[i.q]);const c=L(()=>n?A(Ls,{organization:n.key,focus:i.focus||void 0,expand:i.expand.length?i.expand:void 0,search:i.q||void 0,asOf:s}):Promise.resolve(void 0),[n?.key,i.focus,i.expand.join(`
`),i.q,s]),f=c.data?.dataMapView,p=u.useMemo(()=>f?.nodes??[],[f]),y=u.useMemo(()=>f?.links??[],[f]),m=Ps(n,p),h=u.useMemo(()=>a?new Map:m,[a,m]),v=i.node,x=p.find($=>$.id===v);return e.jsxs("section",{"aria-labelledby":"map-h",className:"map-view",children:[e.jsxs("h1",{id:"map-h",children:["Data map",n?`: ${n.name}`:""]}),e.jsxs("form",{className:"filters","aria-label":"Search and date of the data map",role:"search",onSubmit:$=>{$.preventDefault(),i.search(o)},children:[e.jsx(ze,{orgs:t,org:n,setOrg:$=>i.update(R=>{i.clearNode(R),R.set("org",$)})}),e.jsxs("div",{className:"field wide map-search",children:[e.jsx("label",{htmlFor:"map-q",children:"Search names and keys"}),e.jsx("input",{id:"map-q",type:"search",value:o,onChange:$=>d($.target.value),placeholder:"e.g. contact, Google, user.financial, US","aria-describedby":"map-q-hint"}),e.jsx("small",{id:"map-q-hint",children:"Activities, recipients, systems, data categories and countries; the map keeps the hits and their links."})]}),e.jsx(gt,{id:"f-asof",asOf:a,setAsOf:r}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:"Search"}),(i.focus||i.q||i.expand.length>0)&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{d(""),i.overview()},children:"Back to the overview"})]})]}),e.jsx(vt,{asOf:a,setAsOf:r}),e.jsx(U,{error:c.error}),f&&e.jsx(Hs,{view:f,focus:i.focus,q:i.q,loading:c.loading,onOverview:()=>i.overview()}),f&&i.q&&e.jsx(Ys,{view:f,q:i.q,onFocus:i.setFocus}),e.jsx(Ks,{}),e.jsxs("div",{className:`map-layout${l?" narrow":""}`,children:[e.jsx("div",{className:"map-main",children:l?e.jsx(Tt,{nodes:p,selected:v,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:h}):e.jsx(Gs,{nodes:p,links:y,selected:v,onSelect:i.select,marks:h,focus:i.focus})}),e.jsx("aside",{className:"details","aria-label":"Details of the selected node","aria-live":"polite",children:v&&n?e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary close",onClick:()=>i.select(""),"aria-label":"Close the details",children:"×"}),e.jsx(er,{org:n.key,id:v,asOfTime:s,past:!!a,focused:i.focus===v,expanded:i.expand,onFocus:i.setFocus,onSelect:i.select,onToggle:i.toggle}),x&&e.jsx(Ms,{org:n.key,node:x,findings:h.get(x.id)})]}):e.jsxs("p",{className:"muted hint",children:["Select a node in the map",l?"":" or in the lists below it"," for what it receives, sends and why, with the sentences of the notices."]})})]}),!l&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"lists-h",children:"The same nodes as lists"}),e.jsx(Tt,{nodes:p,selected:v,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:h})]})]})}function X(t,n,i=`${n}s`){return`${t} ${t===1?n:i}`}function Hs({view:t,focus:n,q:i,loading:a,onOverview:s}){const r=t.totals,l=t.nodes.filter(d=>d.group).length;let o;return n&&t.focus?o=e.jsxs(e.Fragment,{children:["Focused on ",e.jsx("strong",{children:Se(t.focus)})," (",me[t.focus.kind]?.toLowerCase().replace(/s$/,"")??t.focus.kind,"): only its neighbourhood, ",X(t.nodes.length,"node"),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:s,children:"Show the whole map"})]}):i?o=e.jsxs(e.Fragment,{children:[X(t.matchCount,"match","matches")," for “",i,"”, drawn with their links: ",X(t.nodes.length,"node"),"."]}):o=e.jsxs(e.Fragment,{children:["Overview: ",X(r.systems,"system"),", ",X(r.categories,"data category","data categories"),", ",X(r.activities,"activity","activities"),", ",X(r.recipients,"recipient"),", ",X(r.countries,"country","countries"),l?`; ${X(l,"group")} to expand`:"","."]}),e.jsxs("p",{className:"map-status","aria-live":"polite","data-testid":"map-status",children:[a?"Loading the map… ":null,o]})}function Ys({view:t,q:n,onFocus:i}){return t.matchCount?e.jsxs("section",{"aria-labelledby":"map-matches-h",className:"map-matches",children:[e.jsxs("h2",{id:"map-matches-h",className:"small",children:[t.matchCount>t.matches.length?`The first ${t.matches.length} of ${t.matchCount} matches`:`Matches (${t.matchCount})`,": focus on one"]}),e.jsx("ul",{children:t.matches.map(a=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>i(a.id),title:a.key?`${a.label} — ${a.key}`:a.label,children:a.label})," ",e.jsx("span",{className:"muted",children:me[a.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase()})]},a.id))})]}):e.jsxs("p",{className:"muted",children:["Nothing in this organization's map is named like “",n,"”."]})}function Ks(){return e.jsxs("ul",{className:"legend","aria-label":"Legend",children:[e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:_e.special}})," special-category or criminal-offence data"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:_e.transfer}})," third-country transfer"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch stale-swatch",style:{borderColor:_e.stale}})," safeguard no longer valid (dashed)"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch group-swatch"})," group: select it to list or expand its members"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch finding-swatch"})," open findings (⚑ and their number)"]})]})}function Gs({nodes:t,links:n,selected:i,onSelect:a,marks:s,focus:r}){const l=u.useRef(null),o=u.useRef(null),[d,c]=u.useState(900),[f,p]=u.useState(()=>window.innerHeight),[y,m]=u.useState({x:0,y:0,k:1}),h=u.useRef(null),v=u.useRef(!1);u.useEffect(()=>{const j=l.current;if(!j)return;const b=new ResizeObserver(()=>c(j.clientWidth));b.observe(j),c(j.clientWidth);const C=()=>p(window.innerHeight);return window.addEventListener("resize",C),()=>{b.disconnect(),window.removeEventListener("resize",C)}},[]);const x=u.useMemo(()=>qs(t,Math.max(340,d-8)),[t,d]),$=Math.round(Math.min(x.height+12,Math.max(360,f*.72)));u.useEffect(()=>m({x:0,y:0,k:1}),[t]);const R=d/y.k,N=$/y.k,I=j=>{const b=Math.min(3,Math.max(.2,j.k)),C=Math.max(0,x.width+20-d/b),P=Math.max(0,x.height+20-$/b);return{k:b,x:Math.min(C,Math.max(Math.min(0,C),j.x)),y:Math.min(P,Math.max(Math.min(0,P),j.y))}},w=(j,b=d/2,C=$/2)=>m(P=>{const z=Math.min(3,Math.max(.2,P.k*j)),W=P.x+b/P.k,G=P.y+C/P.k;return I({k:z,x:W-b/z,y:G-C/z})});u.useEffect(()=>{const j=o.current;if(!j)return;const b=C=>{const P=j.getBoundingClientRect();if(C.ctrlKey||C.metaKey){C.preventDefault(),w(C.deltaY<0?1.15:1/1.15,C.clientX-P.left,C.clientY-P.top);return}m(G=>{const Be=I({...G,x:G.x+(C.shiftKey?C.deltaY:C.deltaX)/G.k,y:G.y+(C.shiftKey?0:C.deltaY)/G.k});return Be.x===G.x&&Be.y===G.y?G:Be});const z=k.current,W=Math.max(0,x.height+20-$/z.k);(C.deltaY>0&&z.y<W-.5||C.deltaY<0&&z.y>.5||C.shiftKey)&&C.preventDefault()};return j.addEventListener("wheel",b,{passive:!1}),()=>j.removeEventListener("wheel",b)});const k=u.useRef(y);k.current=y;const S=u.useMemo(()=>new Set(t.map(j=>j.id)),[t]),T=u.useMemo(()=>{if(!i)return null;const j=new Set([i]);for(const b of n)b.from===i&&j.add(b.to),b.to===i&&j.add(b.from);return j},[i,n]),g=j=>{const b=60/y.k,C={ArrowLeft:[-b,0],ArrowRight:[b,0],ArrowUp:[0,-b],ArrowDown:[0,b]};if(j.key==="+"||j.key==="=")w(1.25);else if(j.key==="-"||j.key==="_")w(1/1.25);else if(j.key==="0")m({x:0,y:0,k:1});else if(C[j.key]&&j.target===o.current)m(P=>I({...P,x:P.x+C[j.key][0],y:P.y+C[j.key][1]}));else return;j.preventDefault()};return e.jsxs("div",{className:"graph-wrap",ref:l,children:[e.jsxs("div",{className:"graph-tools",role:"group","aria-label":"Zoom",children:[e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom in",title:"Zoom in (+)",onClick:()=>w(1.25),children:"+"}),e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom out",title:"Zoom out (−)",onClick:()=>w(1/1.25),children:"−"}),e.jsx("button",{type:"button",className:"secondary",title:"Back to 100 %, top left (0)",onClick:()=>m({x:0,y:0,k:1}),children:"Reset"}),e.jsxs("span",{className:"muted zoom-level","aria-live":"polite",children:[Math.round(y.k*100)," %"]})]}),e.jsxs("svg",{ref:o,className:"graph","data-testid":"graph",role:"group","aria-label":`Data map drawing, ${t.length} nodes${r?" around the focused node":""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`,tabIndex:0,width:d,height:$,viewBox:`${y.x} ${y.y} ${R} ${N}`,onKeyDown:g,onPointerDown:j=>{j.button===0&&(h.current={x:j.clientX,y:j.clientY,vx:y.x,vy:y.y,moved:!1},v.current=!1)},onPointerMove:j=>{const b=h.current;if(!b)return;const C=j.clientX-b.x,P=j.clientY-b.y;!b.moved&&Math.hypot(C,P)<5||(b.moved||(b.moved=!0,o.current?.setPointerCapture(j.pointerId)),v.current=!0,m(z=>I({...z,x:b.vx-C/z.k,y:b.vy-P/z.k})))},onPointerUp:()=>{h.current=null},onPointerCancel:()=>{h.current=null},children:[e.jsx("rect",{x:y.x,y:y.y,width:R,height:N,fill:"#fff"}),x.headers.map((j,b)=>e.jsx("text",{x:j.x+2,y:j.y,className:"col-head",children:j.label},b)),e.jsx("g",{className:"links",children:n.map(j=>{const b=x.boxes.get(j.from),C=x.boxes.get(j.to);if(!b||!C||!S.has(j.from)||!S.has(j.to))return null;const P=T&&(j.from===i||j.to===i),z=T&&!P;return e.jsx("path",{d:Bs(b,C),className:`link ${j.kind.toLowerCase()}${j.staleSafeguard?" stale":""}${P?" hl":""}${z?" faded":""}`,strokeWidth:Math.min(6,1+Math.log2(j.count))*(P?1.6:1),children:e.jsx("title",{children:`${j.count} link${j.count===1?"":"s"}`})},`${j.from}|${j.to}|${j.kind}`)})}),e.jsx("g",{className:"nodes",children:t.map(j=>{const b=x.boxes.get(j.id);return b?e.jsx(Js,{n:j,b,fontSize:x.fontSize,selected:i===j.id,faded:!!T&&!T.has(j.id),findings:s.get(j.id),onSelect:()=>{v.current||a(j.id)}},j.id):null})})]})]})}function Js({n:t,b:n,fontSize:i,selected:a,faded:s,findings:r,onSelect:l}){const o=[Se(t),t.key&&t.key!==t.label?t.key:"",...ae(t),r?.length?`${r.length} open finding${r.length===1?"":"s"}`:""].filter(Boolean).join(" — "),d=Math.round(i*1.3);return e.jsxs("g",{className:`mnode ${Nn(t)}${a?" selected":""}${s?" faded":""}`,transform:`translate(${n.x},${n.y})`,role:"button",tabIndex:0,"aria-label":o,"aria-pressed":a,"data-id":t.id,onClick:l,onKeyDown:c=>{(c.key==="Enter"||c.key===" ")&&(c.preventDefault(),l())},children:[e.jsx("title",{children:o}),t.group&&e.jsx("rect",{className:"stack",x:4,y:4,width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"box",width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"bar",width:5,height:n.h,rx:2}),n.lines.map((c,f)=>e.jsx("text",{x:12,y:5+d*(f+1)-4,fontSize:i,children:c},f)),r?.length?e.jsxs("text",{className:"flag-mark",x:n.w-6,y:i+2,textAnchor:"end",fontSize:i-1,children:["⚑",r.length]}):null]})}function Tt({nodes:t,selected:n,onSelect:i,onToggle:a,expanded:s,marks:r}){const l=["SYSTEM","DATA_CATEGORY","ACTIVITY","RECIPIENT","COUNTRY"],o=d=>e.jsxs("li",{"data-id":d.id,children:[e.jsxs("button",{type:"button",className:`node-button ${Nn(d)}`,"aria-pressed":n===d.id,onClick:()=>i(d.id),title:d.key&&d.key!==d.label?`${d.label} — ${d.key}`:d.label,children:[Se(d),ae(d).length>0&&e.jsxs("span",{className:"flags",children:[" — ",ae(d).join(", ")]}),e.jsx(Os,{findings:r.get(d.id)})]}),d.group&&!d.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":!1,onClick:()=>a(d.id),"aria-label":`Show the ${d.members} members of ${d.label}`,children:"▸"})]},d.id);return e.jsx("div",{className:"node-list",children:l.map(d=>{const c=t.filter(y=>y.kind===d);if(!c.length)return null;const f=[],p=new Set;for(const y of c){if(!y.parent){f.push(o(y));continue}if(p.has(y.parent))continue;p.add(y.parent);const m=c.filter(h=>h.parent===y.parent);f.push(e.jsxs("li",{className:"open-group","data-id":y.parent,children:[e.jsx("span",{className:"group-name",children:y.parentLabel}),e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":s.includes(y.parent),onClick:()=>a(y.parent),"aria-label":`Hide the members of ${y.parentLabel}`,children:"▾"}),e.jsx("ul",{children:m.map(o)})]},y.parent))}return e.jsxs("section",{"aria-labelledby":`list-${d}`,children:[e.jsxs("h2",{id:`list-${d}`,children:[me[d]," (",c.filter(y=>!y.group).length+c.filter(y=>y.group).reduce((y,m)=>y+m.members,0),")"]}),e.jsx("ul",{children:f})]},d)})})}function Pe({evidence:t}){return t?.length?e.jsx("ul",{className:"sentences",children:t.map(n=>e.jsx("li",{children:e.jsxs(B,{to:`/evidence/${n.id}`,className:"evidence-link",children:["“",n.quote.replace(/\s+/g," ").trim(),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no sentence recorded"})}function Zs({t}){return t.safeguard?t.valid?e.jsx("span",{className:"valid-tag",children:"valid today"}):t.invalidSince?e.jsxs("strong",{className:"invalid-tag",children:["invalid since ",t.invalidSince.slice(0,10),t.safeguard.invalidatedBy?` (${t.safeguard.invalidatedBy})`:""]}):e.jsx("strong",{className:"invalid-tag",children:"not yet valid"}):e.jsx("strong",{className:"stale-text",children:"no safeguard stated"})}function et({acts:t,onSelect:n,max:i=6}){const[a,s]=u.useState(!1),r=a?t:t.slice(0,i);return e.jsxs(e.Fragment,{children:[r.map((l,o)=>e.jsxs("span",{children:[o>0?", ":"",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`act:${l.id}`),children:l.name})]},l.id)),t.length>r.length&&e.jsxs(e.Fragment,{children:[" ",e.jsxs("button",{type:"button",className:"linklike more",onClick:()=>s(!0),children:["and ",t.length-r.length," more"]})]})]})}const Qs={ACTIVITY:"stated for the activity",RECIPIENT:"stated for the recipient",NOTICE:"stated by the notice for all its processing",ORGANIZATION:"organization-wide"};function He({transfers:t,onSelect:n,heading:i}){return e.jsxs("section",{"aria-label":i,children:[e.jsxs("h3",{children:[i," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts transfers",children:t.map(a=>e.jsxs("li",{"data-testid":"map-transfer",children:[e.jsxs("div",{className:"fact-head",children:[e.jsx("strong",{children:a.countryName}),": ",a.safeguard?.name??"no safeguard stated"," · ",e.jsx(Zs,{t:a}),e.jsx(q,{status:a.transfer.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Recipient:"})," ",a.recipient?e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`rec:${a.recipient.id}`),children:a.recipient.name}):"none named"]}),e.jsxs("div",{children:[e.jsxs("span",{className:"muted",children:["Activities (",a.activities.length,", ",Qs[a.appliesTo]??a.appliesTo,"):"]})," ",e.jsx(et,{acts:a.activities,onSelect:n})]}),e.jsx(Pe,{evidence:a.transfer.evidence})]},a.transfer.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function Xs({bases:t,all:n}){return t.length?e.jsxs(e.Fragment,{children:[n&&e.jsx("span",{className:"muted",children:"(the disclosure names no purpose: all the activity's) "}),t.map((i,a)=>e.jsxs("span",{children:[a>0?"; ":"",i.purpose.name," — ",i.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),i.specialCondition?`, ${i.specialCondition.reference}`:""]},i.id))]}):e.jsx("span",{className:"muted",children:"no purpose stated"})}function Cn({cats:t}){return e.jsx(e.Fragment,{children:t.map((n,i)=>e.jsxs("span",{title:n.key,className:n.specialCategory||n.criminalOffence?"special-text":void 0,children:[i>0?", ":"",n.name]},n.key))})}function Ye({list:t,show:n,onSelect:i,heading:a}){return e.jsxs("section",{"aria-label":a,children:[e.jsxs("h3",{children:[a," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts disclosures",children:t.map(s=>e.jsxs("li",{children:[e.jsxs("div",{className:"fact-head",children:[n!=="activity"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`rec:${s.recipient.id}`),children:s.recipient.name}),n==="both"&&" from ",n!=="recipient"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`act:${s.activity.id}`),children:s.activity.name}),e.jsx(q,{status:s.disclosure.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Data:"})," ",e.jsx(Cn,{cats:s.categories})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Why, on what basis:"})," ",e.jsx(Xs,{bases:s.bases,all:s.allBases})]}),e.jsx(Pe,{evidence:s.disclosure.evidence})]},s.disclosure.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function er({org:t,id:n,asOfTime:i,past:a,focused:s,expanded:r,onFocus:l,onSelect:o,onToggle:d}){const c=ve(),{data:f,error:p,loading:y}=L(()=>A(Us,{organization:t,node:n,asOf:i}),[t,n,i]),m=f?.dataMapDetails;if(p)return e.jsx(U,{error:p});if(!m)return e.jsx("p",{className:"muted",children:y?"Loading…":""});const h=m.node,v=h.group&&!h.id.endsWith(":more"),x=me[h.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase();return e.jsxs("div",{"data-testid":"map-details","data-node":h.id,children:[e.jsx("h2",{id:"details-h",children:Se(h)}),e.jsxs("p",{className:"muted kind-line",children:[v?`group of ${me[h.kind]?.toLowerCase()}`:x,h.key&&h.key!==h.label?e.jsxs(e.Fragment,{children:[" · ",e.jsx("code",{children:h.key})]}):null,ae(h).length?` · ${ae(h).join(", ")}`:""]}),e.jsxs("div",{className:"buttons detail-actions",children:[!s&&!h.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>l(h.id),children:"Focus on its neighbourhood"}),v&&e.jsx("button",{type:"button",className:"secondary","aria-expanded":r.includes(h.id),onClick:()=>d(h.id),children:r.includes(h.id)?"Collapse the group":"Expand the group in the map"}),h.kind==="DATA_CATEGORY"&&h.key&&e.jsxs(B,{to:`/lookup?field=${encodeURIComponent(h.key)}`,children:["Who receives ",h.key,"?"]})]}),a&&e.jsx("p",{className:"muted past-note",children:"As the catalog stood on the map's date."}),m.activity&&e.jsxs(e.Fragment,{children:[e.jsxs("dl",{children:[e.jsx("dt",{children:"Business function"}),e.jsx("dd",{children:m.activity.businessFunction||"—"}),e.jsx("dt",{children:"Role"}),e.jsx("dd",{children:m.activity.role}),e.jsx("dt",{children:"Review"}),e.jsx("dd",{children:m.activity.reviewStatus})]}),m.activity.description&&e.jsx("p",{children:m.activity.description}),e.jsx("h3",{children:"Purposes and bases"}),e.jsx("ul",{className:"map-facts",children:m.purposes.map($=>e.jsxs("li",{children:[$.purpose.name,": ",$.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),$.specialCondition?`, ${$.specialCondition.reference}`:"",e.jsx(q,{status:$.reviewStatus}),e.jsx(Pe,{evidence:$.evidence})]},$.id))}),e.jsxs("h3",{children:["Data categories (",m.categories.length,")"]}),e.jsx("p",{children:e.jsx(Cn,{cats:m.categories})}),m.systems.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:"Systems"}),e.jsx("p",{children:m.systems.map($=>$.name).join(", ")})]}),e.jsx(Ye,{list:m.disclosures,show:"recipient",onSelect:o,heading:"Recipients"}),e.jsx(He,{transfers:m.transfers,onSelect:o,heading:"Transfers"}),e.jsx("h3",{children:"Sentences about the activity"}),e.jsx(Pe,{evidence:m.activity.evidence}),e.jsx("p",{children:e.jsx(B,{to:`/activities/${m.activity.id}`,children:c("edit")&&!a?"Edit this activity":"Open this activity"})})]}),h.kind==="RECIPIENT"&&!h.group&&e.jsxs(e.Fragment,{children:[e.jsx(Ye,{list:m.disclosures,show:"activity",onSelect:o,heading:"What it receives and why"}),e.jsx(He,{transfers:m.transfers,onSelect:o,heading:"Where it takes the data"})]}),h.kind==="COUNTRY"&&!h.group&&e.jsx(He,{transfers:m.transfers,onSelect:o,heading:`Transfers to ${h.label}`}),h.kind==="DATA_CATEGORY"&&(m.collectedBy.length>0||m.disclosures.length>0)&&e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-label":"Who collects it",children:[e.jsxs("h3",{children:["Collected by (",m.collectedBy.length,")"]}),e.jsx("p",{children:e.jsx(et,{acts:m.collectedBy,onSelect:o,max:12})})]}),e.jsx(Ye,{list:m.disclosures,show:"both",onSelect:o,heading:"Who receives it"})]}),h.kind==="SYSTEM"&&!h.group&&e.jsxs("section",{"aria-label":"Activities using it",children:[e.jsxs("h3",{children:["Used for (",m.collectedBy.length,")"]}),e.jsx("p",{children:e.jsx(et,{acts:m.collectedBy,onSelect:o,max:12})})]}),m.members.length>0&&e.jsxs("section",{"aria-label":"Members",children:[e.jsx("h3",{children:m.memberCount>m.members.length?`The first ${m.members.length} of ${m.memberCount} members`:`Members (${m.memberCount})`}),e.jsx("ul",{className:"map-members",children:m.members.map($=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>o($.id),title:$.key?`${$.label} — ${$.key}`:$.label,children:$.label}),ae($).length?e.jsxs("span",{className:"muted",children:[" — ",ae($).join(", ")]}):null]},$.id))}),m.memberCount>m.members.length&&e.jsx("p",{className:"muted",children:"Search the map to find the others."})]})]})}const tr=E(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);function nr(t,n="",i="",a=""){const s=[...t.controllerRecord?.activities??[],...(t.processorRecord?.controllers??[]).flatMap(l=>l.activities)],r=n.trim().toLowerCase();return s.filter(l=>(!r||[l.name,l.description,l.businessFunction,...l.purposes.map(o=>o.name)].some(o=>(o??"").toLowerCase().includes(r)))&&(!i||l.role===i)&&(!a||l.reviewStatus===a)).sort((l,o)=>l.name.localeCompare(o.name))}const ir={activity:"stated for this activity",recipient:"for a recipient",notice:"from the notice",organization:"organization-wide"};function Ee({status:t}){return t==="UNREVIEWED"?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed at the time",children:"DRAFT"})]}):null}function Ke({own:t,shared:n,children:i}){const a=[...t,...n];return a.length?e.jsx("ul",{children:a.map((s,r)=>e.jsxs("li",{children:[i(s)," ",e.jsxs("span",{className:"muted",children:["(",ir[s.appliesTo]??s.appliesTo,")"]}),e.jsx(Ee,{status:s.reviewStatus})]},r))}):e.jsx(e.Fragment,{children:"—"})}function ar({org:t,asOf:n,time:i,search:a,role:s,review:r}){const l=L(()=>A(tr,{organization:t,asOf:i}),[t,i]),o=l.data?.article30,d=o?nr(o,a,s,r):[],c=new Map((o?.shared??[]).map(p=>[p.id,p])),f=p=>p.shared.flatMap(y=>c.get(y)?[c.get(y)]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(U,{error:l.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"past-record-summary",children:l.loading?"Rebuilding the record from the history…":o?`${d.length} activities on ${n}`:""}),d.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":`Record of processing as of ${n}`,children:e.jsxs("table",{className:"records past",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Business function"}),e.jsx("th",{scope:"col",children:"Role"}),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),e.jsx("th",{scope:"col",children:"Review"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:d.map((p,y)=>{const m=f(p);return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[p.name,e.jsx(Ee,{status:p.reviewStatus}),p.notice&&e.jsx("div",{className:"muted notice-name",children:p.notice})]}),e.jsx("td",{"data-label":"Business function",children:p.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:p.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:p.purposes.map((h,v)=>e.jsxs("li",{children:[h.name,": ",h.legalBasis?.reference??"not stated",h.specialCondition?`; ${h.specialCondition.reference}`:"",e.jsx(Ee,{status:h.reviewStatus})]},v))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[p.dataSubjects.map(h=>h.name).join(", ")||"—",e.jsx("br",{}),p.dataCategories.map((h,v)=>e.jsxs("span",{className:h.specialCategory?"special-text":"",children:[v>0?", ":"",h.name]},h.key))]}),e.jsx("td",{"data-label":"Recipients",children:p.recipients.length?p.recipients.map((h,v)=>e.jsxs("span",{children:[v>0?", ":"",h.name,e.jsx(Ee,{status:h.reviewStatus})]},v)):"—"}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(Ke,{own:p.transfers,shared:m.flatMap(h=>h.transfers),children:h=>e.jsxs(e.Fragment,{children:[h.country||h.scope,h.recipient?` to ${h.recipient}`:"",": ",h.safeguard?h.safeguard.name:"no safeguard stated",h.safeguard?.stale?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",h.safeguard.validUntil,")"]}):null]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(Ke,{own:p.retention,shared:m.flatMap(h=>h.retention),children:h=>e.jsxs(e.Fragment,{children:[h.duration?de(h.duration):ie(h.criterion,90),h.dataCategories.length?` (of ${h.dataCategories.map(v=>v.name).join(", ")})`:""]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(Ke,{own:p.security,shared:m.flatMap(h=>h.security),children:h=>e.jsx(e.Fragment,{children:h.name})})}),e.jsx("td",{"data-label":"Review",children:p.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:p.evidence.length?e.jsx("ul",{className:"evidence-quotes",children:p.evidence.slice(0,2).map((h,v)=>e.jsxs("li",{title:h.quote,children:["“",ie(h.quote,70),"”"]},v))}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${p.name}-${y}`)})})]})}),o&&!d.length&&e.jsxs("p",{children:["No activities",a||s||r?" match the filter":""," on ",n,"."]})]})}const sr=E(`
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
`),Ft=10;function rr(t,n,i,a,s=""){const r=[];t&&r.push({organizationID:t}),s&&r.push({id:s});const l=n.trim();return l&&r.push({or:[{nameContainsFold:l},{descriptionContainsFold:l},{businessFunctionContainsFold:l},{hasPurposesWith:[{hasPurposeWith:[{nameContainsFold:l}]}]}]}),i&&r.push({role:i}),a&&r.push({reviewStatus:a}),{and:r}}function or(){const{orgs:t,org:n,setOrg:i}=be(),[a,s]=u.useState(""),[r,l]=u.useState(""),[o,d]=u.useState(""),[c,f]=u.useState({field:"NAME",direction:"ASC"}),[p,y]=u.useState({}),[m,h]=te(),v=m.get("activity")??"",{asOf:x,time:$,setAsOf:R}=ft(),N=Sn(n?.key),I=L(()=>n&&!x?A(sr,{where:rr(n.id,a,r,o,v),orderBy:[c],...p.before?{last:Ft,before:p.before}:{first:Ft,after:p.after}}):Promise.resolve(void 0),[n?.id,x,a,r,o,v,c.field,c.direction,p.after,p.before]),w=I.data?.activities,k=(w?.edges??[]).flatMap(j=>j?.node?[j.node]:[]),S=()=>y({}),T=(j,b)=>{const C=c.field===j;return e.jsx("th",{scope:"col","aria-sort":C?c.direction==="ASC"?"ascending":"descending":"none",children:e.jsxs("button",{type:"button",className:"sort",onClick:()=>{f({field:j,direction:C&&c.direction==="ASC"?"DESC":"ASC"}),S()},children:[b," ",e.jsx("span",{"aria-hidden":"true",children:C?c.direction==="ASC"?"▲":"▼":"↕"})]})})},g=j=>ms(n?.key??"",j,x||void 0);return e.jsxs("section",{"aria-labelledby":"rec-h",children:[e.jsxs("h1",{id:"rec-h",children:["Record of processing",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:j=>{S(),i(j)}}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-search",children:"Search"}),e.jsx("input",{id:"rec-search",type:"search",value:a,onChange:j=>{s(j.target.value),S()},placeholder:"name, function or purpose"})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-role",children:"Role"}),e.jsxs("select",{id:"rec-role",value:r,onChange:j=>{l(j.target.value),S()},children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-review",children:"Review status"}),e.jsxs("select",{id:"rec-review",value:o,onChange:j=>{d(j.target.value),S()},children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"REVIEWED",children:"reviewed"}),e.jsx("option",{value:"UNREVIEWED",children:"unreviewed"}),e.jsx("option",{value:"REJECTED",children:"rejected"})]})]}),e.jsx(gt,{id:"rec-asof",asOf:x,setAsOf:j=>{S(),R(j)}}),e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":x?`Download the Article 30 report as of ${x}`:"Download the Article 30 report",children:[e.jsx("a",{className:"button",href:g("html"),target:"_blank",rel:"noopener",children:"Report (HTML)"}),e.jsx("a",{className:"button",href:g("csv"),download:!0,children:"Report (CSV)"}),e.jsx("a",{className:"button",href:g("xlsx"),download:!0,children:"Report (XLSX)"})]})]}),e.jsx(vt,{asOf:x,setAsOf:R}),x&&n&&$&&e.jsx(ar,{org:n.key,asOf:x,time:$,search:a,role:r,review:o}),!x&&v&&e.jsxs("p",{className:"fact-filter",children:["Only one activity (linked from a finding)."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>{const j=new URLSearchParams(m);j.delete("activity"),h(j),S()},children:"Show all activities"})]}),!x&&e.jsxs(e.Fragment,{children:[e.jsx(U,{error:I.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:I.loading?"Loading…":w?`${w.totalCount} activities`:""}),e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"rec-h",children:e.jsxs("table",{className:"records",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[T("NAME","Activity"),T("BUSINESS_FUNCTION","Business function"),T("ROLE","Role"),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),T("REVIEW_STATUS","Review"),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:k.map(j=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[e.jsx(B,{to:`/activities/${j.id}`,children:j.name}),e.jsx(q,{status:j.reviewStatus}),n&&e.jsx("span",{className:"badges",children:e.jsx(At,{org:n.key,fact:`activity:${j.id}`,findings:N.get(`activity:${j.id}`),label:j.name})}),j.notice&&e.jsx("div",{className:"muted notice-name",title:j.notice.audience?`Audience: ${j.notice.audience}`:void 0,children:j.notice.title})]}),e.jsx("td",{"data-label":"Business function",children:j.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:j.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:On(j.purposes).map(b=>e.jsxs("li",{children:[b.purpose.name,": ",b.legalBasis?.reference??"not stated",b.specialCondition?`; ${b.specialCondition.reference}`:"",e.jsx(q,{status:b.reviewStatus})]},b.id))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[j.dataSubjects?.map(b=>b.name).join(", ")||"—",e.jsx("br",{}),j.dataCategories?.map((b,C)=>e.jsxs("span",{className:b.specialCategory?"special-text":"",children:[C>0?", ":"",b.name]},b.id))]}),e.jsxs("td",{"data-label":"Recipients",children:[xt(j.disclosures).map((b,C)=>e.jsxs("span",{children:[C>0?", ":"",b.name,e.jsx(q,{status:b.draft?"UNREVIEWED":void 0})]},b.id)),!xt(j.disclosures).length&&"—"]}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(De,{facts:j.effectiveTransfers,children:b=>e.jsxs(e.Fragment,{children:[b.country||b.scope,": ",e.jsx(qe,{safeguard:b.safeguard}),n&&e.jsx(At,{org:n.key,fact:`transfer:${b.id}`,findings:N.get(`transfer:${b.id}`),label:`the transfer to ${b.country||b.scope}`})]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(De,{facts:j.effectiveRetentionRules,children:b=>e.jsxs(e.Fragment,{children:[b.duration?de(b.duration):e.jsx(lr,{text:b.criterion??"",max:90}),b.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" (of ",b.dataCategories.map(C=>C.name).join(", "),")"]}):null]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(De,{facts:j.effectiveSecurityPractices,inline:!0,children:b=>e.jsx("span",{title:b.description??void 0,children:b.measure.name})})}),e.jsx("td",{"data-label":"Review",children:j.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(ne,{evidence:j.evidence?.slice(0,2)})})]},j.id))})]})}),e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:!w?.pageInfo.hasPreviousPage&&!p.after,onClick:()=>y({before:w?.pageInfo.startCursor??void 0}),children:"Previous page"}),e.jsx("button",{type:"button",disabled:!(w?.pageInfo.hasNextPage||p.before),onClick:()=>y({after:w?.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function lr({text:t,max:n}){const[i,a]=u.useState(!1),s=ie(t,n);return s===t.replace(/\s+/g," ").trim()?e.jsx(e.Fragment,{children:t}):e.jsxs(e.Fragment,{children:[i?t:s," ",e.jsx("button",{type:"button",className:"linklike more","aria-expanded":i,onClick:()=>a(!i),children:i?"less":"more"})]})}const cr=E(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`),dr=E(`
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
`),ur={EXACT:"exact: declared for this category",BROADER:"broader: declared for a category that covers it",NARROWER:"narrower: receives a part of it"};function hr(){const[t,n]=te(),i=t.get("field")??"",a=t.get("org")??"",{orgs:s}=be(),{asOf:r,time:l,setAsOf:o}=ft(),[d,c]=u.useState(i),[f,p]=u.useState({for:"",list:[]}),[y,m]=u.useState(!1),[h,v]=u.useState(-1);u.useEffect(()=>c(i),[i]),u.useEffect(()=>{const w=d.trim();if(w.length<2)return p({for:w,list:[]});let k=!0;const S=setTimeout(()=>{A(cr,{text:w,organization:a||void 0}).then(T=>k&&p({for:w,list:T.lookupSuggestions}),()=>k&&p({for:w,list:[]}))},120);return()=>{k=!1,clearTimeout(S)}},[d,a]),u.useEffect(()=>v(-1),[f]);const x=w=>{m(!1),c(w);const k=new URLSearchParams(t);k.set("field",w.trim()),n(k)},$=y&&f.for===d.trim()?f.list:[],R=L(()=>i?A(dr,{field:i,organization:a||void 0,asOf:l}):Promise.resolve(void 0),[i,a,l]),N=R.data?.recipientsOf??[],I=R.error instanceof nt?R.error.errors.flatMap(w=>w.extensions?.suggestions??[]):[];return e.jsxs("section",{"aria-labelledby":"lookup-h",children:[e.jsx("h1",{id:"lookup-h",children:"Who receives this field?"}),e.jsxs("form",{className:"filters",role:"search",onSubmit:w=>{w.preventDefault(),x(d)},children:[e.jsxs("div",{className:"field wide combo",children:[e.jsx("label",{htmlFor:"lookup-field",children:"Field path or data category"}),e.jsx("input",{id:"lookup-field",role:"combobox","aria-autocomplete":"list","aria-expanded":$.length>0,"aria-controls":"lookup-options","aria-activedescendant":h>=0&&$[h]?`lookup-option-${h}`:void 0,value:d,onChange:w=>{c(w.target.value),m(!0)},onFocus:()=>m(!0),onBlur:()=>m(!1),onKeyDown:w=>{w.key==="ArrowDown"||w.key==="ArrowUp"?(w.preventDefault(),m(!0),$.length&&v(k=>w.key==="ArrowDown"?(k+1)%$.length:(k<=0?$.length:k)-1)):w.key==="Enter"&&h>=0&&$[h]?(w.preventDefault(),x($[h].value)):w.key==="Escape"&&m(!1)},placeholder:"user.contact.email, careers.application.ssn or a name: email, social security",autoComplete:"off","aria-describedby":"lookup-hint"}),e.jsx("ul",{id:"lookup-options",role:"listbox","aria-label":"Suggestions",className:"combo-list","data-for":f.for,hidden:!$.length,children:$.map((w,k)=>e.jsxs("li",{id:`lookup-option-${k}`,role:"option","aria-selected":k===h,"data-value":w.value,title:w.value,onMouseDown:S=>{S.preventDefault(),x(w.value)},children:[e.jsx("span",{className:"combo-name",children:w.name})," ",e.jsx("code",{children:w.value})," ",e.jsx("span",{className:"muted",children:w.kind})]},w.value))}),e.jsx("small",{id:"lookup-hint",children:"Type two letters: keys, names, partial words and typos are matched. Arrow keys choose."})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"lookup-org",children:"Organization"}),e.jsxs("select",{id:"lookup-org",value:a,onChange:w=>{const k=new URLSearchParams(t);w.target.value?k.set("org",w.target.value):k.delete("org"),n(k)},children:[e.jsx("option",{value:"",children:"all"}),s.map(w=>e.jsx("option",{value:w.key,children:w.name},w.id))]})]}),e.jsx(gt,{id:"lookup-asof",asOf:r,setAsOf:o}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Look up"})})]}),e.jsx(vt,{asOf:r,setAsOf:o}),e.jsx(U,{error:R.error}),I.length>0&&e.jsxs("p",{children:["Did you mean:"," ",I.map((w,k)=>e.jsxs("span",{children:[k>0&&", ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>x(w),children:w})]},w))]}),i&&!R.error&&e.jsx("p",{"aria-live":"polite",className:"muted",children:R.loading?"Looking up…":`${N.length} recipients of ${i}`}),N.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":"Recipients and reasons",children:e.jsxs("table",{className:"lookup",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Recipient"}),e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Purpose"}),e.jsx("th",{scope:"col",children:"Legal basis"}),e.jsx("th",{scope:"col",children:"Match"}),e.jsx("th",{scope:"col",children:"Country and safeguard"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:N.map((w,k)=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[w.recipient.name,e.jsx(q,{status:Je(w.recipient.reviewStatus)||Je(w.disclosure.reviewStatus)?"UNREVIEWED":void 0}),e.jsxs("div",{className:"muted",children:[w.recipient.kind," · ",w.organization.name]})]}),e.jsxs("td",{"data-label":"Activity",children:[w.activity.name,e.jsx(q,{status:w.activity.reviewStatus})]}),e.jsx("td",{"data-label":"Purpose",children:w.purposes.map(S=>S.name).join("; ")||"—"}),e.jsxs("td",{"data-label":"Legal basis",children:[w.allActivityBases&&e.jsx("p",{className:"bases-note muted","data-all-bases":"true",children:"all purposes of the activity (the disclosure names none):"}),w.legalBases.length?e.jsx("ul",{children:w.legalBases.map(S=>e.jsxs("li",{children:[e.jsxs("span",{className:"muted",children:[S.purpose.name,":"]})," ",S.legalBasis?`${S.legalBasis.reference} (${S.legalBasis.name})`:"not stated",S.specialCondition?`; ${S.specialCondition.reference}`:"",e.jsx(q,{status:S.activityPurpose.reviewStatus})]},S.id))}):"no purpose of the activity matches the disclosure's"]}),e.jsxs("td",{"data-label":"Match",children:[e.jsx("span",{className:`match match-${w.match.toLowerCase()}`,children:w.match}),e.jsxs("div",{className:"muted",children:[ur[w.match]," (",e.jsx("code",{children:w.category.key}),")"]})]}),e.jsx("td",{"data-label":"Country and safeguard",children:w.transfers.length?e.jsx("ul",{children:w.transfers.map(S=>e.jsxs("li",{children:[S.country||S.scope,": ",e.jsx(qe,{safeguard:S.safeguard})," ",e.jsxs("span",{className:"muted",children:["(",Ut(Mn(S)),")"]}),e.jsx(q,{status:S.reviewStatus})]},S.id))}):"no transfer recorded"}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(ne,{evidence:w.evidence})})]},`${w.recipient.id}-${w.activity.id}-${w.category.key}-${k}`))})]})})]})}const pr=E(`
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
`);function mr(){const{id:t=""}=ot(),{data:n,error:i,loading:a}=L(()=>A(pr,{id:t}),[t]),s=u.useRef(null),r=n?.node?.__typename==="Evidence"?n.node:void 0;if(u.useEffect(()=>{s.current?.scrollIntoView({block:"center"}),s.current?.focus({preventScroll:!0})},[r?.id]),a)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(i)return e.jsx(U,{error:i});if(!r)return e.jsxs("p",{role:"alert",children:["No evidence span with ID ",t,"."]});const[l,o,d]=Wt(r.document.text,r.start,r.end);return e.jsxs("section",{"aria-labelledby":"ev-h",className:"evidence",children:[e.jsx("h1",{id:"ev-h",children:r.document.title}),e.jsxs("p",{className:"muted",children:[r.document.organization.name,r.document.lastUpdated?` · last updated ${r.document.lastUpdated.slice(0,10)}`:"",r.document.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:r.document.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",r.quote,"”",e.jsxs("footer",{className:"muted",children:["bytes ",r.start,"–",r.end," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[l,e.jsx("mark",{id:"quote",ref:s,tabIndex:-1,children:o}),d]})]})}E(`
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
`);const fr=E(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`),gr={create:"created",update:"updated",delete:"deleted"};function vr({history:t,owner:n,lastReviewed:i,parts:a,reload:s}){const r=[...t.changes.map(d=>({change:d,what:"activity"})),...a.flatMap(d=>d.history.changes.map(c=>({change:c,what:d.label})))],l=new Map(r.map(d=>[d.change.id,d])),o=us(r.map(d=>d.change)).map(d=>l.get(d.id));return e.jsxs("section",{className:"card history","aria-labelledby":"history-h",children:[e.jsx("h2",{id:"history-h",children:"History"}),e.jsxs("dl",{className:"history-stamps",children:[e.jsx("dt",{children:"Created"}),e.jsx("dd",{"data-testid":"history-created",children:t.createdAt?`${se(t.createdAt)} by ${t.createdBy??"unknown"}`:"before the history was kept"}),e.jsx("dt",{children:"Last changed"}),e.jsx("dd",{"data-testid":"history-updated",children:t.updatedAt?`${se(t.updatedAt)} by ${t.updatedBy??"unknown"}`:"—"}),e.jsx("dt",{children:"Owner"}),e.jsx("dd",{"data-testid":"history-owner",children:n||"not recorded"}),e.jsx("dt",{children:"Last reviewed"}),e.jsx("dd",{"data-testid":"history-last-reviewed",children:i?se(i):"never"})]}),e.jsxs("h3",{children:["Changes, newest first (",o.length,")"]}),o.length?e.jsx("ol",{className:"changes","aria-label":"Changes of the activity",children:o.map(d=>e.jsx(yr,{change:d.change,what:d.what,reload:s},d.change.id))}):e.jsx("p",{className:"muted",children:"No changes recorded."})]})}function yr({change:t,what:n,reload:i}){const a=ds(t.before,t.after),s=gr[t.operation]??t.operation;return e.jsxs("li",{className:`change op-${t.operation}`,"data-change":t.id,children:[e.jsxs("div",{className:"change-head",children:[e.jsx("time",{dateTime:t.at,children:se(t.at)})," ",e.jsx("strong",{className:"actor",children:t.actor})," ",e.jsxs("span",{className:"muted",children:["via ",t.via]}),":"," ",e.jsxs("span",{className:"what",children:[n," ",s]}),t.reverts?e.jsxs("span",{className:"muted",children:[" (reverts change ",t.reverts,")"]}):null]}),t.note&&e.jsxs("p",{className:"change-note",children:["Note: ",t.note]}),a.length>0&&t.operation!=="update"?e.jsxs("details",{className:"field-details",children:[e.jsxs("summary",{children:[a.length," field",a.length===1?"":"s"," ",t.operation==="delete"?"it had":"set"]}),e.jsx(Ot,{change:t,lines:a})]}):a.length>0&&e.jsx(Ot,{change:t,lines:a}),e.jsx(xr,{change:t,what:`${gs(t.entityType)} ${s} ${se(t.at)}`,reload:i})]})}function Ot({change:t,lines:n}){return e.jsx("ul",{className:"field-lines",children:n.map(i=>e.jsxs("li",{"data-field":i.field,children:[e.jsxs("span",{className:"field-name",children:[fn(i.field),i.edge?" (IDs)":""]}),":"," ",t.operation==="update"?e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"before",children:i.before??"none"})," → ",e.jsx("span",{className:"after",children:i.after??"none"})]}):e.jsx("span",{className:t.operation==="delete"?"before":"after",children:t.operation==="delete"?i.before:i.after})]},`${i.edge?"e":"f"}:${i.field}`))})}function xr({change:t,what:n,reload:i}){const a=ve(),[s,r]=u.useState(!1),[l,o]=u.useState(""),[d,c]=u.useState(!1),[f,p]=u.useState("");if(!a("admin"))return null;const y=`revert-${t.id}`;return s?e.jsxs("form",{className:"grid revert","aria-label":`Revert the change: ${n}`,onSubmit:async m=>{m.preventDefault(),c(!0),p("");try{await A(fr,{id:t.id,reason:l.trim()||void 0}),r(!1),o(""),i()}catch(h){p(h instanceof Error?h.message:String(h))}finally{c(!1)}},children:[e.jsxs("div",{className:"field wide",children:[e.jsx("label",{htmlFor:y,children:"Reason for reverting"}),e.jsx("input",{id:y,value:l,onChange:m=>o(m.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",className:"danger",disabled:d,children:"Revert"}),e.jsx("button",{type:"button",className:"secondary",onClick:()=>{r(!1),p("")},children:"Cancel"})]}),f&&e.jsx("p",{role:"alert",className:"error",children:f})]}):e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>r(!0),"aria-label":`Revert the change: ${n}`,children:"Revert…"})})}const jr=E(`
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
`),wr=E(`
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
`),$r=E(`
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
`),br=E(`
  mutation CreateActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
    }
  }
`),tt=E(`
  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),Sr=E(`
  mutation AddPurpose($input: CreateActivityPurposeInput!) {
    createActivityPurpose(input: $input) {
      id
    }
  }
`),Rr=E(`
  mutation RemovePurpose($id: ID!) {
    deleteActivityPurpose(id: $id)
  }
`),Nr=E(`
  mutation AddDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) {
      id
    }
  }
`),Cr=E(`
  mutation RemoveDisclosure($id: ID!) {
    deleteDisclosure(id: $id)
  }
`),kr=E(`
  mutation AddRetention($input: CreateRetentionRuleInput!) {
    createRetentionRule(input: $input) {
      id
    }
  }
`),Dr=E(`
  mutation RemoveRetention($id: ID!) {
    deleteRetentionRule(id: $id)
  }
`),Er=E(`
  mutation AddTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      id
    }
  }
`),Ir=E(`
  mutation RemoveTransfer($id: ID!) {
    deleteTransfer(id: $id)
  }
`);function yt(t,n,i={}){const a=t instanceof Error?t.message:String(t);if(t instanceof nt){const s=zn(t.field),r=s?i[s]??s:void 0;if(r&&n.includes(r))return{[r]:a}}return{"":a}}function O({id:t,label:n,error:i,children:a,hint:s,wide:r}){return e.jsxs("div",{className:`field${r?" wide":""}${i?" has-error":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),a,s&&e.jsx("small",{id:`${t}-hint`,children:s}),i&&e.jsx("p",{className:"field-error",id:`${t}-error`,role:"alert",children:i})]})}function M(t,n){return{id:t,"aria-invalid":n[t.split("-").pop()]?!0:void 0,"aria-describedby":n[t.split("-").pop()]?`${t}-error`:void 0}}const oe=t=>(t?.edges??[]).flatMap(n=>n?.node?[n.node]:[]);function Mt(){const{id:t}=ot(),n=rt(),i=ve()("edit"),a=L(()=>t?A(jr,{id:t}):Promise.resolve(void 0),[t]),s=L(()=>A(wr),[]),r=a.data?.node?.__typename==="ProcessingActivity"?a.data.node:void 0,l=oe(s.data?.organizations),[o,d]=u.useState({organizationID:"",name:"",description:"",businessFunction:"",role:"controller",automatedDecisionMaking:!1,dpiaRequired:"",owner:""}),[c,f]=u.useState({}),[p,y]=u.useState("");u.useEffect(()=>{r&&d({organizationID:r.organization.id,name:r.name,description:r.description??"",businessFunction:r.businessFunction??"",role:r.role,automatedDecisionMaking:r.automatedDecisionMaking,dpiaRequired:r.dpiaRequired==null?"":String(r.dpiaRequired),owner:r.owner??""})},[r?.id,a.data]),u.useEffect(()=>{!t&&!o.organizationID&&l.length&&d(v=>({...v,organizationID:(l.find(x=>x.key==="ujet")??l[0]).id}))},[t,l.length]);const m=["organizationID","name","description","businessFunction","role","automatedDecisionMaking","dpiaRequired","owner"],h=async v=>{v.preventDefault(),f({}),y("");const x={name:o.name,role:o.role,automatedDecisionMaking:o.automatedDecisionMaking};try{if(!t){const $=await A(br,{input:{...x,organizationID:o.organizationID,description:o.description||void 0,businessFunction:o.businessFunction||void 0,owner:o.owner.trim()||void 0,dpiaRequired:o.dpiaRequired===""?void 0:o.dpiaRequired==="true"}});n(`/activities/${$.createProcessingActivity.id}`);return}await A(tt,{id:t,input:{...x,...o.description?{description:o.description}:{clearDescription:!0},...o.businessFunction?{businessFunction:o.businessFunction}:{clearBusinessFunction:!0},...o.dpiaRequired===""?{clearDpiaRequired:!0}:{dpiaRequired:o.dpiaRequired==="true"},...o.owner.trim()?{owner:o.owner.trim()}:{clearOwner:!0}}}),y("Saved."),a.reload()}catch($){f(yt($,m,{organization:"organizationID"}))}};return t&&a.loading&&!r?e.jsx("p",{className:"muted",children:"Loading…"}):t&&a.error?e.jsx(U,{error:a.error}):t&&!r&&!a.loading?e.jsxs("p",{role:"alert",children:["No activity with ID ",t,"."]}):e.jsxs("section",{"aria-labelledby":"edit-h",className:"edit",children:[e.jsx("h1",{id:"edit-h",children:r?i?`Edit: ${r.name}`:r.name:"New processing activity"}),r&&e.jsxs("p",{className:"muted",children:[r.organization.name," · review status ",r.reviewStatus,e.jsx(q,{status:r.reviewStatus})," · ",e.jsx(B,{to:`/records?org=${r.organization.key}`,children:"back to the record"})]}),!i&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:h,noValidate:!0,"aria-label":"Activity",className:"card",children:[e.jsxs("fieldset",{className:"plain",disabled:!i,children:[e.jsxs("div",{className:"grid",children:[e.jsx(O,{id:"act-organizationID",label:"Organization",error:c.organizationID,children:e.jsx("select",{...M("act-organizationID",c),value:o.organizationID,disabled:!!t,onChange:v=>d({...o,organizationID:v.target.value}),children:l.map(v=>e.jsx("option",{value:v.id,children:v.name},v.id))})}),e.jsx(O,{id:"act-name",label:"Name (required)",error:c.name,wide:!0,children:e.jsx("input",{...M("act-name",c),"aria-required":"true",value:o.name,onChange:v=>d({...o,name:v.target.value})})}),e.jsx(O,{id:"act-businessFunction",label:"Business function",error:c.businessFunction,wide:!0,children:e.jsx("input",{...M("act-businessFunction",c),value:o.businessFunction,onChange:v=>d({...o,businessFunction:v.target.value}),placeholder:"e.g. Marketing, HR"})}),e.jsx(O,{id:"act-role",label:"Role of the organization",error:c.role,children:e.jsxs("select",{...M("act-role",c),value:o.role,onChange:v=>d({...o,role:v.target.value}),children:[e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})}),e.jsx(O,{id:"act-dpiaRequired",label:"DPIA required (Art 35)",error:c.dpiaRequired,children:e.jsxs("select",{...M("act-dpiaRequired",c),value:o.dpiaRequired,onChange:v=>d({...o,dpiaRequired:v.target.value}),children:[e.jsx("option",{value:"",children:"not assessed"}),e.jsx("option",{value:"true",children:"yes"}),e.jsx("option",{value:"false",children:"no"})]})}),e.jsx(O,{id:"act-owner",label:"Owner (person or team)",error:c.owner,hint:r?`Last reviewed: ${r.lastReviewed?se(r.lastReviewed):"never"} (set when a reviewer confirms the activity)`:void 0,children:e.jsx("input",{...M("act-owner",c),value:o.owner,onChange:v=>d({...o,owner:v.target.value}),placeholder:"e.g. Marketing team","aria-describedby":[c.owner?"act-owner-error":"",r?"act-owner-hint":""].filter(Boolean).join(" ")||void 0})}),e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"act-adm",type:"checkbox",checked:o.automatedDecisionMaking,onChange:v=>d({...o,automatedDecisionMaking:v.target.checked})}),e.jsx("label",{htmlFor:"act-adm",children:"Automated decision-making or profiling (Art 22)"})]})]}),e.jsx(O,{id:"act-description",label:"Description",error:c.description,children:e.jsx("textarea",{...M("act-description",c),rows:3,value:o.description,onChange:v=>d({...o,description:v.target.value})})}),c[""]&&e.jsx("p",{role:"alert",className:"error",children:c[""]})]}),i&&e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:t?"Save activity":"Create activity"}),e.jsx("span",{role:"status",className:"saved",children:p})]}),r&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"small",children:"Evidence for this activity"}),e.jsx(ne,{evidence:r.evidence})]})]}),r&&s.data&&e.jsx(Ar,{a:r,choices:s.data,reload:a.reload,editable:i}),r&&e.jsx(vr,{history:r.history,owner:r.owner,lastReviewed:r.lastReviewed,parts:[...(r.purposes??[]).map(v=>({label:`purpose ${v.purpose.name}`,history:v.history})),...(r.disclosures??[]).map(v=>({label:`disclosure to ${v.recipient.name}`,history:v.history}))],reload:a.reload})]})}function Ar({a:t,choices:n,reload:i,editable:a}){const s=L(()=>A($r,{org:t.organization.id}),[t.organization.id]),r=oe(n.purposes),l=oe(n.legalBases),o=oe(n.dataCategories),d=oe(n.transferSafeguards),c=oe(s.data?.recipients),[f,p]=u.useState({}),y=async(g,j,b,C={})=>{p(P=>({...P,[g]:{}}));try{return await b(),i(),!0}catch(P){return p(z=>({...z,[g]:yt(P,j,C)})),!1}},[m,h]=u.useState({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""}),[v,x]=u.useState(""),[$,R]=u.useState({recipientID:"",categoryIDs:[]}),[N,I]=u.useState({duration:"",criterion:"",endAction:"delete"}),[w,k]=u.useState({scope:"country",country:"",recipientID:"",safeguardID:""}),S=g=>f[g]??{},T=g=>S(g)[""]&&e.jsx("p",{role:"alert",className:"error",children:S(g)[""]});return e.jsxs("div",{className:"links",children:[e.jsxs("section",{className:"card","aria-labelledby":"purposes-h",children:[e.jsx("h2",{id:"purposes-h",children:"Purposes and legal bases"}),e.jsx("ul",{className:"items",children:t.purposes?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:g.purpose.name}),": ",g.legalBasis?.reference??"basis not stated",g.specialCondition?`; ${g.specialCondition.reference}`:"",g.legitimateInterest?` (interest: ${g.legitimateInterest})`:""]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>y("purposes",[],()=>A(Rr,{id:g.id})),"aria-label":`Remove purpose ${g.purpose.name}`,children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a purpose",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await y("purposes",["purposeID","legalBasisID","specialConditionID","legitimateInterest"],()=>A(Sr,{input:{activityID:t.id,purposeID:m.purposeID,legalBasisID:m.legalBasisID||void 0,specialConditionID:m.specialConditionID||void 0,legitimateInterest:m.legitimateInterest||void 0}}))&&h({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""})},children:[e.jsx(O,{id:"ap-purposeID",label:"Purpose",error:S("purposes").purposeID,children:e.jsxs("select",{...M("ap-purposeID",S("purposes")),value:m.purposeID,onChange:g=>h({...m,purposeID:g.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),r.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(O,{id:"ap-legalBasisID",label:"Art 6 legal basis",error:S("purposes").legalBasisID,children:e.jsxs("select",{...M("ap-legalBasisID",S("purposes")),value:m.legalBasisID,onChange:g=>h({...m,legalBasisID:g.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),l.filter(g=>g.article==="art6").map(g=>e.jsxs("option",{value:g.id,children:[g.reference,": ",g.name]},g.id))]})}),e.jsx(O,{id:"ap-specialConditionID",label:"Art 9 condition",error:S("purposes").specialConditionID,children:e.jsxs("select",{...M("ap-specialConditionID",S("purposes")),value:m.specialConditionID,onChange:g=>h({...m,specialConditionID:g.target.value}),children:[e.jsx("option",{value:"",children:"none"}),l.filter(g=>g.article!=="art6").map(g=>e.jsxs("option",{value:g.id,children:[g.reference,": ",g.name]},g.id))]})}),e.jsx(O,{id:"ap-legitimateInterest",label:"Legitimate interest (Art 6(1)(f))",error:S("purposes").legitimateInterest,children:e.jsx("input",{...M("ap-legitimateInterest",S("purposes")),value:m.legitimateInterest,onChange:g=>h({...m,legitimateInterest:g.target.value})})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add purpose"})}),T("purposes")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"cats-h",children:[e.jsx("h2",{id:"cats-h",children:"Categories of personal data"}),e.jsx("ul",{className:"items",children:t.dataCategories?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.name," ",e.jsx("code",{children:g.key})]}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove category ${g.name}`,onClick:()=>y("cats",[],()=>A(tt,{id:t.id,input:{removeDataCategoryIDs:[g.id]}})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a data category",noValidate:!0,onSubmit:async g=>{g.preventDefault();const j=o.find(b=>b.key===v.trim());if(!j){p(b=>({...b,cats:{dataCategory:v.trim()?`no data category has the key "${v.trim()}"`:"choose a data category"}}));return}await y("cats",["dataCategory"],()=>A(tt,{id:t.id,input:{addDataCategoryIDs:[j.id]}}))&&x("")},children:[e.jsxs(O,{id:"cat-dataCategory",label:"Data category key",error:S("cats").dataCategory,children:[e.jsx("input",{...M("cat-dataCategory",S("cats")),list:"cat-keys",value:v,onChange:g=>x(g.target.value),placeholder:"user.contact.email"}),e.jsx("datalist",{id:"cat-keys",children:o.map(g=>e.jsx("option",{value:g.key,children:g.name},g.id))})]}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add category"})}),T("cats")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"disc-h",children:[e.jsx("h2",{id:"disc-h",children:"Recipients (disclosures)"}),e.jsx("ul",{className:"items",children:t.disclosures?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:g.recipient.name}),g.dataCategories?.length?`: ${g.dataCategories.map(j=>j.key).join(", ")}`:": all the activity's categories"]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove disclosure to ${g.recipient.name}`,onClick:()=>y("disc",[],()=>A(Cr,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a recipient",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await y("disc",["recipientID","dataCategoryIDs"],()=>A(Nr,{input:{activityID:t.id,recipientID:$.recipientID,dataCategoryIDs:$.categoryIDs}}))&&R({recipientID:"",categoryIDs:[]})},children:[e.jsx(O,{id:"disc-recipientID",label:"Recipient",error:S("disc").recipientID,children:e.jsxs("select",{...M("disc-recipientID",S("disc")),value:$.recipientID,onChange:g=>R({...$,recipientID:g.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),c.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(O,{id:"disc-dataCategoryIDs",label:"Categories disclosed (none: all the activity's)",error:S("disc").dataCategoryIDs,children:e.jsx("select",{...M("disc-dataCategoryIDs",S("disc")),multiple:!0,size:4,value:$.categoryIDs,onChange:g=>R({...$,categoryIDs:[...g.target.selectedOptions].map(j=>j.value)}),children:(t.dataCategories??[]).map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add recipient"})}),T("disc")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"ret-h",children:[e.jsx("h2",{id:"ret-h",children:"Retention"}),e.jsx("ul",{className:"items",children:t.retentionRules?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.duration?de(g.duration):g.criterion," · then ",g.endAction]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove retention rule",onClick:()=>y("ret",[],()=>A(Dr,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a retention rule",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await y("ret",["duration","criterion","endAction"],()=>A(kr,{input:{organizationID:t.organization.id,activityID:t.id,duration:N.duration||void 0,criterion:N.criterion||void 0,endAction:N.endAction}}))&&I({duration:"",criterion:"",endAction:"delete"})},children:[e.jsx(O,{id:"ret-duration",label:"Duration (ISO 8601)",error:S("ret").duration,hint:"e.g. P6Y, P30D",children:e.jsx("input",{...M("ret-duration",S("ret")),value:N.duration,onChange:g=>I({...N,duration:g.target.value})})}),e.jsx(O,{id:"ret-criterion",label:"or criterion in words",error:S("ret").criterion,children:e.jsx("input",{...M("ret-criterion",S("ret")),value:N.criterion,onChange:g=>I({...N,criterion:g.target.value})})}),e.jsx(O,{id:"ret-endAction",label:"At the end",error:S("ret").endAction,children:e.jsx("select",{...M("ret-endAction",S("ret")),value:N.endAction,onChange:g=>I({...N,endAction:g.target.value}),children:["delete","anonymise","isolate","return","unspecified"].map(g=>e.jsx("option",{value:g,children:g},g))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add retention rule"})}),T("ret")]}),e.jsx(zt,{facts:t.effectiveRetentionRules,children:g=>e.jsx("span",{title:g.criterion??void 0,children:g.duration?de(g.duration):ie(g.criterion??"",120)})})]}),e.jsxs("section",{className:"card","aria-labelledby":"tr-h",children:[e.jsx("h2",{id:"tr-h",children:"Transfers outside the EEA"}),e.jsx("ul",{className:"items",children:t.transfers?.map(g=>e.jsxs("li",{children:[e.jsxs("span",{children:[g.country||g.scope,g.recipient?` to ${g.recipient.name}`:"",": ",g.safeguard?.name??"no safeguard stated"]}),e.jsx(ne,{evidence:g.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove transfer",onClick:()=>y("tr",[],()=>A(Ir,{id:g.id})),children:"Remove"})]},g.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a transfer",noValidate:!0,onSubmit:async g=>{g.preventDefault(),await y("tr",["scope","country","recipientID","safeguardID"],()=>A(Er,{input:{organizationID:t.organization.id,activityID:t.id,scope:w.scope,country:w.country||void 0,recipientID:w.recipientID||void 0,safeguardID:w.safeguardID||void 0}}))&&k({scope:"country",country:"",recipientID:"",safeguardID:""})},children:[e.jsx(O,{id:"tr-scope",label:"Scope",error:S("tr").scope,children:e.jsxs("select",{...M("tr-scope",S("tr")),value:w.scope,onChange:g=>k({...w,scope:g.target.value}),children:[e.jsx("option",{value:"country",children:"a named country"}),e.jsx("option",{value:"worldwide",children:"worldwide"}),e.jsx("option",{value:"unspecified",children:"unspecified"})]})}),e.jsx(O,{id:"tr-country",label:"Country (ISO 3166-1 alpha-2)",error:S("tr").country,children:e.jsx("input",{...M("tr-country",S("tr")),value:w.country,maxLength:2,onChange:g=>k({...w,country:g.target.value.toUpperCase()}),placeholder:"US"})}),e.jsx(O,{id:"tr-recipientID",label:"Recipient",error:S("tr").recipientID,children:e.jsxs("select",{...M("tr-recipientID",S("tr")),value:w.recipientID,onChange:g=>k({...w,recipientID:g.target.value}),children:[e.jsx("option",{value:"",children:"none"}),c.map(g=>e.jsx("option",{value:g.id,children:g.name},g.id))]})}),e.jsx(O,{id:"tr-safeguardID",label:"Safeguard",error:S("tr").safeguardID,children:e.jsxs("select",{...M("tr-safeguardID",S("tr")),value:w.safeguardID,onChange:g=>k({...w,safeguardID:g.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),d.map(g=>e.jsxs("option",{value:g.id,children:[g.name,g.validUntil?` (invalid since ${g.validUntil.slice(0,10)})`:""]},g.id))]})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add transfer"})}),T("tr")]}),e.jsx(zt,{facts:t.effectiveTransfers,children:g=>e.jsxs(e.Fragment,{children:[g.country||g.scope,": ",e.jsx(qe,{safeguard:g.safeguard})]})})]})]})}function zt({facts:t,children:n}){const i=t.filter(a=>a.appliesTo!=="ACTIVITY");return i.length?e.jsxs("div",{className:"also-applies",children:[e.jsx("h3",{children:"Also applies to this activity"}),e.jsx(De,{facts:i,children:n})]}):null}const Pr=E(`
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
`),Tr=E(`
  mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {
    updateOrganization(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Fr=E(`
  mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {
    updateProcessingActivity(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Or=E(`
  mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {
    updateActivityPurpose(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Mr=E(`
  mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRecipient(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),zr=E(`
  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),qr=E(`
  mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {
    updateTransfer(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Br=E(`
  mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRetentionRule(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Lr=E(`
  mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDataSubjectRight(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Ur=E(`
  mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {
    updateSecurityPractice(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),Wr=E(`
  mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {
    updateStatement(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`),qt=[["organizations","Organizations","Organization"],["activities","Activities","Activity"],["purposes","Purposes and legal bases","Purpose and basis"],["recipients","Recipients","Recipient"],["disclosures","Disclosures","Disclosure"],["transfers","Transfers","Transfer"],["retention","Retention rules","Retention"],["rights","Data subject rights","Right"],["security","Security practices","Security practice"],["statements","Statements","Statement"]],Vr=t=>(t.edges??[]).flatMap(n=>n?.node?[n.node]:[]);function J(t,n,i,a){return{type:t,total:n.totalCount,facts:Vr(n).map(s=>({id:s.id,origin:s.origin,evidence:s.evidence,summary:a(s),review:(r,l)=>A(i,{id:s.id,status:r,note:l})}))}}const Ge=t=>e.jsx(B,{to:`/activities/${t.id}`,children:t.name}),re=t=>(t??[]).map(n=>n.name).join(", ");function Ne(t){return e.jsxs("span",{className:"muted",children:["(",Ut(t.appliesTo,{activity:t.activity?.name,recipient:t.recipient?.name,notice:t.notice?.title}),")"]})}function _r(){const[t,n]=te(),i=t.get("type")??"",a=L(()=>A(Pr),[]),s=ve()("review"),r=a.data,l=r?[J("organizations",r.organizations,Tr,c=>e.jsxs(e.Fragment,{children:[c.name," (",e.jsx("code",{children:c.key}),")"]})),J("activities",r.activities,Fr,c=>e.jsxs(e.Fragment,{children:[Ge(c)," (",c.organization.name,")",c.notice?e.jsxs("span",{className:"muted",children:[" · described in ",c.notice.title]}):null]})),J("purposes",r.activityPurposes,Or,c=>e.jsxs(e.Fragment,{children:[c.purpose.name,": ",c.legalBasis?.reference??"basis not stated",c.specialCondition?`; ${c.specialCondition.reference}`:"",", for ",Ge(c.activity)]})),J("recipients",r.recipients,Mr,c=>e.jsxs(e.Fragment,{children:[c.name," (",c.kind,", ",c.organization.name,")"]})),J("disclosures",r.disclosures,zr,c=>e.jsxs(e.Fragment,{children:["to ",c.recipient.name,", in ",Ge(c.activity),c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · ",re(c.dataCategories)]}):null,c.purposes?.length?e.jsxs("span",{className:"muted",children:[" · for ",re(c.purposes)]}):null]})),J("transfers",r.transfers,qr,c=>e.jsxs(e.Fragment,{children:[c.country||c.scope," under ",e.jsx(qe,{safeguard:c.safeguard})," ",Ne(c)]})),J("retention",r.retentionRules,Br,c=>e.jsxs(e.Fragment,{children:[e.jsx("span",{title:c.criterion??void 0,children:c.duration?de(c.duration):ie(c.criterion??"",140)}),", then ",c.endAction,c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · of ",re(c.dataCategories)]}):null," ",Ne(c)]})),J("rights",r.dataSubjectRights,Lr,c=>e.jsxs(e.Fragment,{children:[c.right.name,c.right.reference?e.jsxs("span",{className:"muted",children:[" (",c.right.reference,")"]}):null,c.channel?`, by ${c.channel}`:"",c.responseTime?`, answered within ${de(c.responseTime)}`:""," ",Ne(c)]})),J("security",r.securityPractices,Ur,c=>e.jsxs(e.Fragment,{children:[c.measure.name,c.description?e.jsxs("span",{className:"muted",children:[" · ",ie(c.description,120)]}):null," ",Ne({...c,activity:c.activities?.length?{name:re(c.activities)}:null})]})),J("statements",r.statements,Wr,c=>e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:qn(c.kind)}),": ",c.text,c.legalBasis?e.jsxs("span",{className:"muted",children:[" · ",c.legalBasis.reference," (",c.legalBasis.name,")"]}):null,c.purposes?.length?e.jsxs("span",{className:"muted",children:[" · for ",re(c.purposes)]}):null,c.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" · about ",re(c.dataCategories)]}):null,e.jsxs("span",{className:"muted",children:[" (",c.notice?`from ${c.notice.title}`:c.organization.name,")"]})]}))]:[],o=l.reduce((c,f)=>c+f.total,0),d=l.filter(c=>c.facts.length&&(!i||c.type===i));return e.jsxs("section",{"aria-labelledby":"rev-h",children:[e.jsx("h1",{id:"rev-h",children:"Unreviewed facts"}),e.jsx("p",{className:"muted",children:"Facts drafted by extraction, import or an editor wait here until a reviewer confirms or rejects them."}),!s&&e.jsx("p",{className:"readonly-note",children:"Only a reviewer confirms or rejects facts; your role sees what waits."}),e.jsx("div",{className:"filters",children:e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rev-type",children:"Fact type"}),e.jsxs("select",{id:"rev-type",value:i,onChange:c=>{const f=new URLSearchParams(t);c.target.value?f.set("type",c.target.value):f.delete("type"),n(f)},children:[e.jsx("option",{value:"",children:"all types"}),qt.map(([c,f])=>e.jsxs("option",{value:c,children:[f," (",l.find(p=>p.type===c)?.total??0,")"]},c))]})]})}),e.jsx(U,{error:a.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:a.loading&&!r?"Loading…":`${o} facts to review${i?`, ${d.reduce((c,f)=>c+f.total,0)} of them shown`:""}`}),d.map(c=>{const[,f,p]=qt.find(([y])=>y===c.type);return e.jsxs("section",{className:"review-group","aria-labelledby":`rev-${c.type}-h`,"data-type":c.type,children:[e.jsxs("h2",{id:`rev-${c.type}-h`,children:[f," ",e.jsxs("span",{className:"count",children:["(",c.facts.length<c.total?`the first ${c.facts.length} of ${c.total}`:c.total,")"]})]}),e.jsx("ul",{className:"facts",children:c.facts.map(y=>e.jsx(Hr,{kind:p,fact:y,done:a.reload,canReview:s},y.id))})]},c.type)})]})}function Hr({kind:t,fact:n,done:i,canReview:a}){const[s,r]=u.useState(""),[l,o]=u.useState(),[d,c]=u.useState(!1),f=async y=>{c(!0),o(void 0);try{await n.review(y,s||void 0),i()}catch(m){o(m)}finally{c(!1)}},p=`note-${n.id}`;return e.jsxs("li",{className:"card fact","data-fact":n.id,children:[e.jsxs("p",{children:[e.jsx("span",{className:"tag",children:t})," ",e.jsx("span",{className:"tag draft",children:"DRAFT"})," ",n.summary," ",e.jsxs("span",{className:"muted",children:["· ",n.origin]})]}),e.jsx(ne,{evidence:n.evidence}),a&&e.jsxs("div",{className:"fact-actions",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:p,children:"Review note"}),e.jsx("input",{id:p,value:s,onChange:y=>r(y.target.value)})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"button",disabled:d,onClick:()=>f("REVIEWED"),children:"Confirm"}),e.jsx("button",{type:"button",className:"danger",disabled:d,onClick:()=>f("REJECTED"),children:"Reject"})]})]}),e.jsx(U,{error:l})]})}const Bt={high:"high only",medium:"medium and high"};function Yr(){const[t,n]=te(),i=(r,l)=>{const o=new URLSearchParams(t);l?o.set(r,l):o.delete(r),n(o,{replace:!0})},a=t.get("severity")??"",s=t.get("status")??"";return{asOf:t.get("asOf")??"",severity:vn.includes(a)?a:"",rule:t.get("rule")??"",status:s==="open"||s==="acknowledged"?s:"",fact:t.get("fact")??"",set:i}}function Kr(){const{orgs:t,org:n,setOrg:i}=be(),a=Yr(),s=Me(),r=a.asOf&&a.asOf!==s?a.asOf:void 0,l=bn(n?.key,r),o=Ts(),d=l.data??[],c=js(d,{severity:a.severity,rule:a.rule,status:a.status,fact:a.fact}),f=c.filter(h=>!h.acknowledged),p=c.filter(h=>h.acknowledged),y=vn.map(h=>[h,f.filter(v=>v.severity===h).length]),m=a.fact?Gr(a.fact,d):"";return e.jsxs("section",{"aria-labelledby":"fi-h",className:"findings-view",children:[e.jsxs("h1",{id:"fi-h",children:["Findings",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:h=>{a.set("fact",""),i(h)}}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"fi-asof",children:"As of"}),e.jsx("input",{id:"fi-asof",type:"date",value:a.asOf||s,onChange:h=>a.set("asOf",h.target.value===s?"":h.target.value)})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-severity",children:"Severity"}),e.jsxs("select",{id:"fi-severity",value:a.severity,onChange:h=>a.set("severity",h.target.value),children:[e.jsx("option",{value:"",children:"all severities"}),e.jsx("option",{value:"high",children:Bt.high}),e.jsx("option",{value:"medium",children:Bt.medium})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-rule",children:"Rule"}),e.jsxs("select",{id:"fi-rule",value:a.rule,onChange:h=>a.set("rule",h.target.value),children:[e.jsx("option",{value:"",children:"any rule"}),ws(d).map(h=>e.jsxs("option",{value:h.rule,children:[h.title," (",h.count,")"]},h.rule)),a.rule&&!d.some(h=>h.rule===a.rule)&&e.jsx("option",{value:a.rule,children:a.rule})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-status",children:"Status"}),e.jsxs("select",{id:"fi-status",value:a.status,onChange:h=>a.set("status",h.target.value),children:[e.jsx("option",{value:"",children:"open and acknowledged"}),e.jsx("option",{value:"open",children:"open"}),e.jsx("option",{value:"acknowledged",children:"acknowledged"})]})]})]}),a.fact&&e.jsxs("p",{className:"fact-filter",children:["Only the findings about ",e.jsx("strong",{children:m}),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>a.set("fact",""),children:"Show all findings"})]}),e.jsx(U,{error:l.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"findings-summary",children:l.loading?"Loading the findings…":`${f.length} open (${y.map(([h,v])=>`${v} ${h}`).join(", ")}), ${p.length} acknowledged, as of ${a.asOf||s}`}),a.status!=="acknowledged"&&e.jsx("ol",{className:"findings","aria-label":"Open findings",children:f.map(h=>e.jsx(Lt,{f:h,org:n?.key??"",canReview:o},`${h.rule} ${h.subject}`))}),!l.loading&&!f.length&&a.status!=="acknowledged"&&e.jsxs("p",{children:["No open findings",a.severity||a.rule||a.fact?" match the filter":"","."]}),a.status!=="open"&&p.length>0&&e.jsxs("section",{"aria-labelledby":"fi-ack-h",className:"acknowledged-findings",children:[e.jsxs("h2",{id:"fi-ack-h",children:["Acknowledged (",p.length,"): quiet until their review date or until the facts under them change"]}),e.jsx("ol",{className:"findings quiet","aria-label":"Acknowledged findings",children:p.map(h=>e.jsx(Lt,{f:h,org:n?.key??"",canReview:!1},`${h.rule} ${h.subject}`))})]})]})}function Gr(t,n){const[i,a]=xn(t);if(i==="activity"){const s=n.find(r=>r.activityID===a)?.activity;return s?`the activity ${s}`:`activity ${a}`}return`${i} ${a}`}function Lt({f:t,org:n,canReview:i}){const[a,s]=u.useState(!1),r=t.acknowledged;return e.jsxs("li",{className:`finding sev-${t.severity}${r?" is-acknowledged":""}`,"data-rule":t.rule,"data-subject":t.subject,children:[e.jsxs("div",{className:"finding-head",children:[e.jsx("span",{className:`sev-tag sev-${t.severity}`,children:t.severity}),e.jsx("h3",{children:t.title}),e.jsx("span",{className:"article",children:t.article}),t.since&&e.jsxs("span",{className:"since",children:["since ",t.since]})]}),e.jsx("p",{className:"message",children:t.message}),e.jsxs("dl",{className:"finding-facts",children:[t.activity&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Activity"}),e.jsx("dd",{children:t.activityID?e.jsx(B,{to:`/records?${new URLSearchParams({org:n,activity:t.activityID})}`,children:t.activity}):t.activity})]}),t.notice&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Notice"}),e.jsx("dd",{children:t.notice})]}),e.jsx("dt",{children:"Rule"}),e.jsx("dd",{children:e.jsx("code",{children:t.rule})}),e.jsx("dt",{children:"Facts"}),e.jsx("dd",{className:"muted",children:t.facts.map(l=>l.replace(":"," ")).join(", ")||"the notice's text"})]}),t.evidence.length>0?e.jsx("ul",{className:"finding-sentences","aria-label":"Sentences",children:t.evidence.map((l,o)=>e.jsxs("li",{children:[l.noticeID?e.jsxs(B,{to:`/notices/${l.noticeID}?start=${l.start}&end=${l.end}`,className:"evidence-link",children:["“",l.quote,"”"]}):e.jsxs(e.Fragment,{children:["“",l.quote,"”"]})," ",e.jsxs("span",{className:"muted",children:["— ",l.document]})]},o))}):e.jsx("p",{className:"muted",children:"No sentence states it: the record is silent here."}),r&&e.jsxs("p",{className:"ack-note",children:["Acknowledged by ",r.by||"the local user"," on ",r.at.slice(0,10),": “",r.note,"”. Review by ",e.jsx("strong",{children:r.reviewBy}),"."]}),!r&&i&&e.jsx("div",{className:"ack",children:a?e.jsx(Zr,{f:t,org:n,onDone:()=>s(!1)}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>s(!0),children:"Acknowledge…"})})]})}const Jr=["note","reviewBy"];function Zr({f:t,org:n,onDone:i}){const[a,s]=u.useState(""),[r,l]=u.useState(""),[o,d]=u.useState(!1),[c,f]=u.useState({}),p=`ack-${t.rule}-${t.subject}`.replace(/[^A-Za-z0-9_-]/g,"_"),y=async m=>{m.preventDefault(),d(!0),f({});try{await A(ks,{input:{organization:n,rule:t.rule,subject:t.subject,note:a,reviewBy:r}}),i(),As(n)}catch(h){f(yt(h,Jr))}finally{d(!1)}};return e.jsxs("form",{className:"ack-form",onSubmit:y,"aria-label":`Acknowledge: ${t.title}`,noValidate:!0,children:[e.jsxs("div",{className:`field wide${c.note?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${p}-note`,children:"Why is it accepted?"}),e.jsx("textarea",{id:`${p}-note`,name:"note",rows:2,value:a,onChange:m=>s(m.target.value),"aria-invalid":!!c.note,"aria-describedby":c.note?`${p}-note-error`:void 0}),c.note&&e.jsx("p",{className:"field-error",id:`${p}-note-error`,role:"alert",children:c.note})]}),e.jsxs("div",{className:`field${c.reviewBy?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${p}-review`,children:"Review by"}),e.jsx("input",{id:`${p}-review`,name:"reviewBy",type:"date",min:wn(Me(),1),value:r,onChange:m=>l(m.target.value),"aria-invalid":!!c.reviewBy,"aria-describedby":c.reviewBy?`${p}-review-error`:void 0}),c.reviewBy&&e.jsx("p",{className:"field-error",id:`${p}-review-error`,role:"alert",children:c.reviewBy})]}),c[""]&&e.jsx("p",{className:"error",role:"alert",children:c[""]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:o,children:o?"Saving…":"Acknowledge"}),e.jsx("button",{type:"button",className:"secondary",onClick:i,children:"Cancel"})]})]})}const Qr=E(`
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
`);function Xr(){const{id:t=""}=ot(),[n]=te(),i=Number(n.get("start")??"0"),a=Number(n.get("end")??"0"),{data:s,error:r,loading:l}=L(()=>A(Qr,{id:t}),[t]),o=u.useRef(null),d=s?.node?.__typename==="PolicyDocument"?s.node:void 0;if(u.useEffect(()=>{o.current?.scrollIntoView({block:"center"}),o.current?.focus({preventScroll:!0})},[d?.id,i,a]),l)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(r)return e.jsx(U,{error:r});if(!d)return e.jsxs("p",{role:"alert",children:["No notice with ID ",t,"."]});let c;try{c=Wt(d.text,i,a)}catch(m){return e.jsx(U,{error:m})}const[f,p,y]=c;return e.jsxs("section",{"aria-labelledby":"ns-h",className:"evidence",children:[e.jsx("h1",{id:"ns-h",children:d.title}),e.jsxs("p",{className:"muted",children:[d.organization.name,d.lastUpdated?` · last updated ${d.lastUpdated.slice(0,10)}`:"",d.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:d.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",p,"”",e.jsxs("footer",{className:"muted",children:["bytes ",i,"–",a," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[f,e.jsx("mark",{id:"quote",ref:o,tabIndex:-1,children:p}),y]})]})}const eo=E(`
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
`);function to(t=Me()){return{from:wn(t,-30),to:t}}function no(){const{orgs:t,org:n,setOrg:i}=be(),[a,s]=te(),r=to(),l=ce(a.get("from"))?a.get("from"):r.from,o=ce(a.get("to"))?a.get("to"):r.to;u.useEffect(()=>{if(!n||a.get("org")===n.key&&a.get("from")===l&&a.get("to")===o)return;const m=new URLSearchParams(a);m.set("org",n.key),m.set("from",l),m.set("to",o),s(m,{replace:!0})},[n?.key,l,o]);const d=(m,h)=>{const v=new URLSearchParams(a);h?v.set(m,h):v.delete(m),s(v,{replace:!0})},c=l>o,f=gn(l,o),p=L(()=>n&&!c?A(eo,{organization:n.id,from:f.from,to:f.to}):Promise.resolve(void 0),[n?.id,f.from,f.to,c]),y=p.data?.historyDiff.lines??[];return e.jsxs("section",{"aria-labelledby":"ch-h",className:"changes-view",children:[e.jsxs("h1",{id:"ch-h",children:["Changes",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:i,id:"ch-org"}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-from",children:"From"}),e.jsx("input",{id:"ch-from",type:"date",value:l,onChange:m=>d("from",ce(m.target.value)?m.target.value:"")})]}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-to",children:"To (included)"}),e.jsx("input",{id:"ch-to",type:"date",value:o,onChange:m=>d("to",ce(m.target.value)?m.target.value:"")})]}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":"Download these changes",children:[e.jsx("a",{className:"button",href:It(n.key,l,o,"html"),target:"_blank",rel:"noopener",children:"Changes (HTML)"}),e.jsx("a",{className:"button",href:It(n.key,l,o,"json"),download:!0,children:"Changes (JSON)"})]})]}),c&&e.jsxs("p",{role:"alert",className:"error",children:["The first day (",l,") is after the last (",o,"): choose a range that runs forward."]}),e.jsx(U,{error:p.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"changes-summary",children:p.loading?"Loading the changes…":p.data?`${y.length} change${y.length===1?"":"s"} from ${l} to ${o}`:""}),y.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"ch-h",children:e.jsxs("table",{className:"changes-table",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"When"}),e.jsx("th",{scope:"col",children:"Who"}),e.jsx("th",{scope:"col",children:"Via"}),e.jsx("th",{scope:"col",children:"Change"}),e.jsx("th",{scope:"col",children:"Fields before → after"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:y.map(m=>e.jsxs("tr",{"data-change":m.changeID,className:`kind-${m.kind}`,children:[e.jsx("td",{"data-label":"When",className:"when",children:e.jsx("time",{dateTime:m.at,children:se(m.at)})}),e.jsx("td",{"data-label":"Who",className:"actor",children:m.actor}),e.jsx("td",{"data-label":"Via",children:m.via}),e.jsxs("th",{scope:"row","data-label":"Change",className:"summary",children:[m.summary,e.jsxs("div",{className:"muted",children:[m.subject," ",m.kind,m.activity?` · ${m.activity}`:""]})]}),e.jsx("td",{"data-label":"Fields before → after",children:m.fields.length?e.jsx("ul",{className:"field-lines",children:m.fields.map(h=>e.jsxs("li",{"data-field":h.field,children:[e.jsx("span",{className:"field-name",children:fn(h.field)}),": ",e.jsx("span",{className:"before",children:Dt(h.before)})," →"," ",e.jsx("span",{className:"after",children:Dt(h.after)})]},h.field))}):"—"}),e.jsx("td",{"data-label":"Evidence",children:m.evidence.length?e.jsxs("ul",{className:"evidence-quotes",children:[m.evidence.slice(0,3).map((h,v)=>e.jsxs("li",{title:h,children:["“",ie(h,140),"”"]},v)),m.evidence.length>3&&e.jsxs("li",{className:"muted",title:m.evidence.slice(3).join(`
`),children:["and ",m.evidence.length-3," more"]})]}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${m.changeID}-${m.subject}-${m.summary}`))})]})}),p.data&&!y.length&&e.jsx("p",{children:"No changes in these days."})]})}const io=[["/","Data map","read"],["/records","Record of processing","read"],["/findings","Findings","read"],["/lookup","Field lookup","read"],["/review","Review","read"],["/changes","Changes","read"],["/activities/new","New activity","edit"]];function ao(){const t=ve();return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:"Skip to content"}),e.jsxs("header",{className:"top",children:[e.jsx("span",{className:"brand",children:"ropa"}),e.jsx("nav",{"aria-label":"Views",children:e.jsx("ul",{children:io.filter(([,,n])=>t(n)).map(([n,i])=>e.jsx("li",{children:e.jsx(pn,{to:n,end:!0,children:i})},n))})}),e.jsx("a",{className:"playground",href:"/playground",children:"GraphQL playground"}),e.jsx(cs,{})]}),e.jsx("main",{id:"main",tabIndex:-1,children:e.jsxs(Bi,{children:[e.jsx(V,{path:"/",element:e.jsx(_s,{})}),e.jsx(V,{path:"/records",element:e.jsx(or,{})}),e.jsx(V,{path:"/lookup",element:e.jsx(hr,{})}),e.jsx(V,{path:"/evidence/:id",element:e.jsx(mr,{})}),e.jsx(V,{path:"/activities/new",element:t("edit")?e.jsx(Mt,{}):e.jsx("p",{children:"Your role may not add activities."})}),e.jsx(V,{path:"/activities/:id",element:e.jsx(Mt,{})}),e.jsx(V,{path:"/review",element:e.jsx(_r,{})}),e.jsx(V,{path:"/findings",element:e.jsx(Kr,{})}),e.jsx(V,{path:"/changes",element:e.jsx(no,{})}),e.jsx(V,{path:"/notices/:id",element:e.jsx(Xr,{})}),e.jsx(V,{path:"*",element:e.jsx("p",{children:"No such page. Choose a view above."})})]})})]})}Bn.createRoot(document.getElementById("root")).render(e.jsx(u.StrictMode,{children:e.jsx(ua,{children:e.jsx(os,{children:e.jsx(ao,{})})})}));
