import{r as u,g as ii,o as ai,a as ri,j as e,s as si,b as oi,c as li,A as tt,i as xt,d as ci,e as di,f as ge,h as E,k as Re,n as ui,l as Vt,m as hi,t as fi,p as yn,q as xn,u as pi,v as mi}from"./api-DDNmItc7.js";var Rt=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,jn=/^[\\/]{2}/;function gi(t,n){return n+t.replace(/\\/g,"/")}var Qt="popstate";function Ht(t){return typeof t=="object"&&t!=null&&"pathname"in t&&"search"in t&&"hash"in t&&"state"in t&&"key"in t}function vi(t={}){function n(a,r){let s=r.state?.masked,{pathname:o,search:l,hash:c}=s||a.location;return jt("",{pathname:o,search:l,hash:c},r.state&&r.state.usr||null,r.state&&r.state.key||"default",s?{pathname:a.location.pathname,search:a.location.search,hash:a.location.hash}:void 0)}function i(a,r){return typeof r=="string"?r:je(r)}return xi(n,i,null,t)}function U(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function te(t,n){if(!t){typeof console<"u"&&console.warn(n);try{throw new Error(n)}catch{}}}function yi(){return Math.random().toString(36).substring(2,10)}function Yt(t,n){return{usr:t.state,key:t.key,idx:n,masked:t.mask?{pathname:t.pathname,search:t.search,hash:t.hash}:void 0}}function jt(t,n,i=null,a,r){return{pathname:typeof t=="string"?t:t.pathname,search:"",hash:"",...typeof n=="string"?De(n):n,state:i,key:n&&n.key||a||yi(),mask:r}}function je({pathname:t="/",search:n="",hash:i=""}){return n&&n!=="?"&&(t+=n.charAt(0)==="?"?n:"?"+n),i&&i!=="#"&&(t+=i.charAt(0)==="#"?i:"#"+i),t}function De(t){let n={};if(t){let i=t.indexOf("#");i>=0&&(n.hash=t.substring(i),t=t.substring(0,i));let a=t.indexOf("?");a>=0&&(n.search=t.substring(a),t=t.substring(0,a)),t&&(n.pathname=t)}return n}function xi(t,n,i,a={}){let{window:r=document.defaultView,v5Compat:s=!1}=a,o=r.history,l="POP",c=null,d=f();d==null&&(d=0,o.replaceState({...o.state,idx:d},""));function f(){return(o.state||{idx:null}).idx}function m(){l="POP";let y=f(),$=y==null?null:y-d;d=y,c&&c({action:l,location:x.location,delta:$})}function h(y,$){l="PUSH";let k=Ht(y)?y:jt(x.location,y,$);d=f()+1;let C=Yt(k,d),R=x.createHref(k.mask||k);try{o.pushState(C,"",R)}catch(w){if(w instanceof DOMException&&w.name==="DataCloneError")throw w;r.location.assign(R)}s&&c&&c({action:l,location:x.location,delta:1})}function v(y,$){l="REPLACE";let k=Ht(y)?y:jt(x.location,y,$);d=f();let C=Yt(k,d),R=x.createHref(k.mask||k);o.replaceState(C,"",R),s&&c&&c({action:l,location:x.location,delta:0})}function g(y){return ji(r,y)}let x={get action(){return l},get location(){return t(r,o)},listen(y){if(c)throw new Error("A history only accepts one active listener");return r.addEventListener(Qt,m),c=y,()=>{r.removeEventListener(Qt,m),c=null}},createHref(y){return n(r,y)},createURL:g,encodeLocation(y){let $=g(y);return{pathname:$.pathname,search:$.search,hash:$.hash}},push:h,replace:v,go(y){return o.go(y)}};return x}function ji(t,n,i=!1){let a="http://localhost";t&&(a=t.location.origin!=="null"?t.location.origin:t.location.href),U(a,"No window.location.(origin|href) available to create URL");let r=typeof n=="string"?n:je(n);return r=r.replace(/ $/,"%20"),!i&&jn.test(r)&&(r=a+r),new URL(r,a)}function wn(t,n,i="/"){return wi(t,n,i,!1)}function wi(t,n,i,a,r){let s=typeof n=="string"?De(n):n,o=fe(s.pathname||"/",i);if(o==null)return null;let l=$i(t),c=null,d=Ai(o);for(let f=0;c==null&&f<l.length;++f)c=Pi(l[f],d,a);return c}function $i(t){let n=$n(t);return bi(n),n}function $n(t,n=[],i=[],a="",r=!1){let s=(o,l,c=r,d)=>{let f={relativePath:d===void 0?o.path||"":d,caseSensitive:o.caseSensitive===!0,childrenIndex:l,route:o};if(f.relativePath.startsWith("/")){if(!f.relativePath.startsWith(a)&&c)return;U(f.relativePath.startsWith(a),`Absolute route path "${f.relativePath}" nested under path "${a}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),f.relativePath=f.relativePath.slice(a.length)}let m=ae([a,f.relativePath]),h=i.concat(f);o.children&&o.children.length>0&&(U(o.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${m}".`),$n(o.children,n,h,m,c)),!(o.path==null&&!o.index)&&n.push({path:m,score:Di(m,o.index),routesMeta:h.map((v,g)=>{let[x,y]=Cn(v.relativePath,v.caseSensitive,g===h.length-1);return{...v,matcher:x,compiledParams:y}})})};return t.forEach((o,l)=>{if(o.path===""||!o.path?.includes("?"))s(o,l);else for(let c of bn(o.path))s(o,l,!0,c)}),n}function bn(t){let n=t.split("/");if(n.length===0)return[];let[i,...a]=n,r=i.endsWith("?"),s=i.replace(/\?$/,"");if(a.length===0)return r?[s,""]:[s];let o=bn(a.join("/")),l=[];return l.push(...o.map(c=>c===""?s:[s,c].join("/"))),r&&l.push(...o),l.map(c=>t.startsWith("/")&&c===""?"/":c)}function bi(t){t.sort((n,i)=>n.score!==i.score?i.score-n.score:Ei(n.routesMeta.map(a=>a.childrenIndex),i.routesMeta.map(a=>a.childrenIndex)))}var Ni=/^:[\w-]+$/,Ci=3,Ri=2,ki=1,Si=10,Ii=-2,Kt=t=>t==="*";function Di(t,n){let i=t.split("/"),a=i.length;return i.some(Kt)&&(a+=Ii),n&&(a+=Ri),i.filter(r=>!Kt(r)).reduce((r,s)=>r+(Ni.test(s)?Ci:s===""?ki:Si),a)}function Ei(t,n){return t.length===n.length&&t.slice(0,-1).every((a,r)=>a===n[r])?t[t.length-1]-n[n.length-1]:0}function Pi(t,n,i=!1){let{routesMeta:a}=t,r={},s="/",o=[];for(let l=0;l<a.length;++l){let c=a[l],d=l===a.length-1,f=s==="/"?n:n.slice(s.length)||"/",m={path:c.relativePath,caseSensitive:c.caseSensitive,end:d},h=c.matcher&&c.compiledParams?Nn(m,f,c.matcher,c.compiledParams):Ge(m,f),v=c.route;if(!h&&d&&i&&!a[a.length-1].route.index&&(h=Ge({path:c.relativePath,caseSensitive:c.caseSensitive,end:!1},f)),!h)return null;Object.assign(r,h.params),o.push({params:r,pathname:ae([s,h.pathname]),pathnameBase:Oi(ae([s,h.pathnameBase])),route:v}),h.pathnameBase!=="/"&&(s=ae([s,h.pathnameBase]))}return o}function Ge(t,n){typeof t=="string"&&(t={path:t,caseSensitive:!1,end:!0});let[i,a]=Cn(t.path,t.caseSensitive,t.end);return Nn(t,n,i,a)}function Nn(t,n,i,a){let r=n.match(i);if(!r)return null;let s=r[0],o=ke(s,1),l=r.slice(1);return{params:a.reduce((d,{paramName:f,isOptional:m},h)=>{if(f==="*"){let g=l[h]||"";o=ke(s.slice(0,s.length-g.length),1)}const v=l[h];return m&&!v?d[f]=void 0:d[f]=(v||"").replace(/%2F/g,"/"),d},{}),pathname:s,pathnameBase:o,pattern:t}}function Cn(t,n=!1,i=!0){te(t==="*"||!t.endsWith("*")||t.endsWith("/*"),`Route path "${t}" will be treated as if it were "${t.replace(/\*$/,"/*")}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${t.replace(/\*$/,"/*")}".`);let a=[],r="^"+t.replace(/\/*\*?$/,"").replace(/^\/*/,"/").replace(/[\\.*+^${}|()[\]]/g,"\\$&").replace(/\/:([\w-]+)(\?)?/g,(o,l,c,d,f)=>{if(a.push({paramName:l,isOptional:c!=null}),c){let m=f.charAt(d+o.length);return m&&m!=="/"?"/([^\\/]*)":"(?:/([^\\/]*))?"}return"/([^\\/]+)"}).replace(/\/([\w-]+)\?(\/|$)/g,"(/$1)?$2");return t.endsWith("*")?(a.push({paramName:"*"}),r+=t==="*"||t==="/*"?"(.*)$":"(?:\\/(.+)|\\/*)$"):i?r+="\\/*$":t!==""&&t!=="/"&&(r+="(?:(?=\\/|$))"),[new RegExp(r,n?void 0:"i"),a]}function Ai(t){try{return t.split("/").map(n=>decodeURIComponent(n).replace(/\//g,"%2F")).join("/")}catch(n){return te(!1,`The URL path "${t}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${n}).`),t}}function fe(t,n){if(n==="/")return t;if(!t.toLowerCase().startsWith(n.toLowerCase()))return null;let i=n.endsWith("/")?n.length-1:n.length,a=t.charAt(i);return a&&a!=="/"?null:t.slice(i)||"/"}function Fi(t,n="/"){let{pathname:i,search:a="",hash:r=""}=typeof t=="string"?De(t):t,s;return i?(i=Rn(i),i.startsWith("/")||i.startsWith("\\")?s=Jt(i.substring(1),"/"):s=Jt(i,n)):s=n,{pathname:s,search:qi(a),hash:Bi(r)}}function Jt(t,n){let i=ke(n).split("/");return t.split("/").forEach(r=>{r===".."?i.length>1&&i.pop():r!=="."&&i.push(r)}),i.length>1?i.join("/"):"/"}function ct(t,n,i,a){return`Cannot include a '${t}' character in a manually specified \`to.${n}\` field [${JSON.stringify(a)}].  Please separate it out to the \`to.${i}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function Ti(t){return t.filter((n,i)=>i===0||n.route.path&&n.route.path.length>0)}function kt(t){let n=Ti(t);return n.map((i,a)=>a===n.length-1?i.pathname:i.pathnameBase)}function nt(t,n,i,a=!1){let r;typeof t=="string"?r=De(t):(r={...t},U(!r.pathname||!r.pathname.includes("?"),ct("?","pathname","search",r)),U(!r.pathname||!r.pathname.includes("#"),ct("#","pathname","hash",r)),U(!r.search||!r.search.includes("#"),ct("#","search","hash",r)));let s=t===""||r.pathname==="",o=s?"/":r.pathname,l;if(o==null)l=i;else{let m=n.length-1;if(!a&&o.startsWith("..")){let h=o.split("/");for(;h[0]==="..";)h.shift(),m-=1;r.pathname=h.join("/")}l=m>=0?n[m]:"/"}let c=Fi(r,l),d=o&&o!=="/"&&o.endsWith("/"),f=(s||o===".")&&i.endsWith("/");return!c.pathname.endsWith("/")&&(d||f)&&(c.pathname+="/"),c}var Rn=t=>t.replace(/[\\/]{2,}/g,"/"),ae=t=>Rn(t.join("/"));function ke(t,n=0){let i=t.length;for(;i>n&&t.charCodeAt(i-1)===47;)i--;return i===t.length?t:t.slice(0,i)}var Oi=t=>ke(t).replace(/^\/*/,"/"),qi=t=>!t||t==="?"?"":t.startsWith("?")?t:"?"+t,Bi=t=>!t||t==="#"?"":t.startsWith("#")?t:"#"+t,Mi=class{constructor(t,n,i,a=!1){this.status=t,this.statusText=n||"",this.internal=a,i instanceof Error?(this.data=i.toString(),this.error=i):this.data=i}};function Li(t){return t!=null&&typeof t.status=="number"&&typeof t.statusText=="string"&&typeof t.internal=="boolean"&&"data"in t}function zi(t){let n=t.map(i=>i.route.path).filter(Boolean);return ae(n)||"/"}var kn=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";function Sn(t,n){let i=t;if(typeof i!="string"||!Rt.test(i))return{absoluteURL:void 0,isExternal:!1,to:i};let a=i,r=!1;if(kn)try{let s=new URL(window.location.href),o=jn.test(i)?new URL(gi(i,s.protocol)):new URL(i),l=fe(o.pathname,n);o.origin===s.origin&&l!=null?i=l+o.search+o.hash:r=!0}catch{te(!1,`<Link to="${i}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:a,isExternal:r,to:i}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");var Gt=new URL("http://localhost");function St(t){if(t.createURL)return t.createURL("/");try{return new URL(t.createHref("/"),Gt)}catch{return Gt}}function dt(t,n){return t.origin===n.origin&&(t.origin!=="null"||t.protocol===n.protocol&&t.host===n.host)}function Ui(t,n){if(t.startsWith("//"))return!0;let i=n.protocol.toLowerCase();return t.toLowerCase().startsWith(i)?n.host===""||t.slice(i.length).startsWith("//"):!1}function It(t,n,i,a){let r=null;try{r=t==null?null:new URL(t,i)}catch{}let s=new URL(n,i),o=r!=null&&!dt(r,i),l=!dt(s,i);if(a==="reject"){if(o||l)throw new Error("External navigation is not allowed")}else if(l&&(r==null||!Ui(t,r)||!dt(r,s)))throw new Error("External navigation is not allowed")}var In=["POST","PUT","PATCH","DELETE"];new Set(In);var Wi=["GET",...In];new Set(Wi);var _i=["about:","blob:","chrome:","chrome-untrusted:","content:","data:","devtools:","file:","filesystem:","javascript:"];function Vi(t){try{return _i.includes(new URL(t).protocol)}catch{return!1}}var Ee=u.createContext(null);Ee.displayName="DataRouter";var it=u.createContext(null);it.displayName="DataRouterState";var Dn=u.createContext(!1);function Qi(){return u.useContext(Dn)}var En=u.createContext({isTransitioning:!1});En.displayName="ViewTransition";var Hi=u.createContext(new Map);Hi.displayName="Fetchers";var Yi=u.createContext(null);Yi.displayName="Await";var X=u.createContext(null);X.displayName="Navigation";var Me=u.createContext(null);Me.displayName="Location";var re=u.createContext({outlet:null,matches:[],isDataRoute:!1});re.displayName="Route";var Dt=u.createContext(null);Dt.displayName="RouteError";var Pn="REACT_ROUTER_ERROR",Ki="REDIRECT",Ji="ROUTE_ERROR_RESPONSE";function Gi(t){if(t.startsWith(`${Pn}:${Ki}:{`))try{let n=JSON.parse(t.slice(28));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string"&&typeof n.location=="string"&&typeof n.reloadDocument=="boolean"&&typeof n.replace=="boolean")return n}catch{}}function Xi(t){if(t.startsWith(`${Pn}:${Ji}:{`))try{let n=JSON.parse(t.slice(40));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string")return new Mi(n.status,n.statusText,n.data)}catch{}}function Zi(t,{relative:n}={}){U(Pe(),"useHref() may be used only in the context of a <Router> component.");let{basename:i,navigator:a}=u.useContext(X),{hash:r,pathname:s,search:o}=Le(t,{relative:n}),l=s;return i!=="/"&&(l=s==="/"?i:ae([i,s])),a.createHref({pathname:l,search:o,hash:r})}function Pe(){return u.useContext(Me)!=null}function ne(){return U(Pe(),"useLocation() may be used only in the context of a <Router> component."),u.useContext(Me).location}var An="You should call navigate() in a React.useEffect(), not when your component is first rendered.";function Fn(t){u.useContext(X).static||u.useLayoutEffect(t)}function at(){let{isDataRoute:t}=u.useContext(re);return t?ha():ea()}function ea(){U(Pe(),"useNavigate() may be used only in the context of a <Router> component.");let t=u.useContext(Ee),{basename:n,navigator:i}=u.useContext(X),{matches:a}=u.useContext(re),{pathname:r}=ne(),s=JSON.stringify(kt(a)),o=u.useRef(!1);return Fn(()=>{o.current=!0}),u.useCallback((c,d={})=>{if(te(o.current,An),!o.current)return;if(typeof c=="number"){i.go(c);return}let f=nt(c,JSON.parse(s),r,d.relative==="path");t==null&&n!=="/"&&(f.pathname=f.pathname==="/"?n:ae([n,f.pathname])),It(typeof c=="string"?c:je(c),i.createHref(f),St(i),"reject"),(d.replace?i.replace:i.push)(f,d.state,d)},[n,i,s,r,t])}u.createContext(null);function rt(){let{matches:t}=u.useContext(re);return t[t.length-1]?.params??{}}function Le(t,{relative:n}={}){let{matches:i}=u.useContext(re),{pathname:a}=ne(),r=JSON.stringify(kt(i));return u.useMemo(()=>nt(t,JSON.parse(r),a,n==="path"),[t,r,a,n])}function ta(t,n){return Tn(t,n)}function Tn(t,n,i){U(Pe(),"useRoutes() may be used only in the context of a <Router> component.");let{navigator:a}=u.useContext(X),{matches:r}=u.useContext(re),s=r[r.length-1],o=s?s.params:{},l=s?s.pathname:"/",c=s?s.pathnameBase:"/",d=s&&s.route;{let y=d&&d.path||"";qn(l,!d||y.endsWith("*")||y.endsWith("*?"),`You rendered descendant <Routes> (or called \`useRoutes()\`) at "${l}" (under <Route path="${y}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${y}"> to <Route path="${y==="/"?"*":`${y}/*`}">.`)}let f=ne(),m;if(n){let y=typeof n=="string"?De(n):n;U(c==="/"||y.pathname?.startsWith(c),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${c}" but pathname "${y.pathname}" was given in the \`location\` prop.`),m=y}else m=f;let h=m.pathname||"/",v=h;if(c!=="/"){let y=c.replace(/^\//,"").split("/");v="/"+h.replace(/^\//,"").split("/").slice(y.length).join("/")}let g=i&&i.state.matches.length?i.state.matches.map(y=>Object.assign(y,{route:i.manifest[y.route.id]||y.route})):wn(t,{pathname:v});te(d||g!=null,`No routes matched location "${m.pathname}${m.search}${m.hash}" `),te(g==null||g[g.length-1].route.element!==void 0||g[g.length-1].route.Component!==void 0||g[g.length-1].route.lazy!==void 0,`Matched leaf route at location "${m.pathname}${m.search}${m.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`);let x=sa(g&&g.map(y=>Object.assign({},y,{params:Object.assign({},o,y.params),pathname:ae([c,a.encodeLocation?a.encodeLocation(y.pathname.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:y.pathname]),pathnameBase:y.pathnameBase==="/"?c:ae([c,a.encodeLocation?a.encodeLocation(y.pathnameBase.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:y.pathnameBase])})),r,i);return n&&x?u.createElement(Me.Provider,{value:{location:{pathname:"/",search:"",hash:"",state:null,key:"default",mask:void 0,...m},navigationType:"POP"}},x):x}function na(){let t=ua(),n=Li(t)?`${t.status} ${t.statusText}`:t instanceof Error?t.message:JSON.stringify(t),i=t instanceof Error?t.stack:null,a="rgba(200,200,200, 0.5)",r={padding:"0.5rem",backgroundColor:a},s={padding:"2px 4px",backgroundColor:a},o=null;return console.error("Error handled by React Router default ErrorBoundary:",t),o=u.createElement(u.Fragment,null,u.createElement("p",null,"💿 Hey developer 👋"),u.createElement("p",null,"You can provide a way better UX than this when your app throws errors by providing your own ",u.createElement("code",{style:s},"ErrorBoundary")," or"," ",u.createElement("code",{style:s},"errorElement")," prop on your route.")),u.createElement(u.Fragment,null,u.createElement("h2",null,"Unexpected Application Error!"),u.createElement("h3",{style:{fontStyle:"italic"}},n),i?u.createElement("pre",{style:r},i):null,o)}var ia=u.createElement(na,null),On=class extends u.Component{constructor(t){super(t),this.state={location:t.location,revalidation:t.revalidation,error:t.error}}static getDerivedStateFromError(t){return{error:t}}static getDerivedStateFromProps(t,n){return n.location!==t.location||n.revalidation!=="idle"&&t.revalidation==="idle"?{error:t.error,location:t.location,revalidation:t.revalidation}:{error:t.error!==void 0?t.error:n.error,location:n.location,revalidation:t.revalidation||n.revalidation}}componentDidCatch(t,n){this.props.onError?this.props.onError(t,n):console.error("React Router caught the following error during render",t)}render(){let t=this.state.error;if(this.context&&typeof t=="object"&&t&&"digest"in t&&typeof t.digest=="string"){const i=Xi(t.digest);i&&(t=i)}let n=t!==void 0?u.createElement(re.Provider,{value:this.props.routeContext},u.createElement(Dt.Provider,{value:t,children:this.props.component})):this.props.children;return this.context?u.createElement(aa,{error:t},n):n}};On.contextType=Dn;var ut=new WeakMap;function aa({children:t,error:n}){let{basename:i,navigator:a}=u.useContext(X);if(typeof n=="object"&&n&&"digest"in n&&typeof n.digest=="string"){let r=Gi(n.digest);if(r){let s=ut.get(n);if(s)throw s;let o=Sn(r.location,i),l=o.absoluteURL||o.to;if(It(r.location,l,St(a),"allow-explicit"),Vi(l))throw new Error("Invalid redirect location");if(kn&&!ut.get(n))if(o.isExternal||r.reloadDocument)window.location.href=l;else{const c=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(o.to,{replace:r.replace}));throw ut.set(n,c),c}return u.createElement("meta",{httpEquiv:"refresh",content:`0;url=${l}`})}}return t}function ra({routeContext:t,match:n,children:i}){let a=u.useContext(Ee);return a&&a.static&&a.staticContext&&(n.route.errorElement||n.route.ErrorBoundary)&&(a.staticContext._deepestRenderedBoundaryId=n.route.id),u.createElement(re.Provider,{value:t},i)}function sa(t,n=[],i){let a=i?.state;if(t==null){if(!a)return null;if(a.errors)t=a.matches;else if(n.length===0&&!a.initialized&&a.matches.length>0)t=a.matches;else return null}let r=t,s=a?.errors;if(s!=null){let f=r.findIndex(m=>m.route.id&&s?.[m.route.id]!==void 0);U(f>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(s).join(",")}`),r=r.slice(0,Math.min(r.length,f+1))}let o=!1,l=-1;if(i&&a){o=a.renderFallback;for(let f=0;f<r.length;f++){let m=r[f];if((m.route.HydrateFallback||m.route.hydrateFallbackElement)&&(l=f),m.route.id){let{loaderData:h,errors:v}=a,g=m.route.loader&&!h.hasOwnProperty(m.route.id)&&(!v||v[m.route.id]===void 0);if(m.route.lazy||g){i.isStatic&&(o=!0),l>=0?r=r.slice(0,l+1):r=[r[0]];break}}}}let c=i?.onError,d=a&&c?(f,m)=>{c(f,{location:a.location,params:a.matches?.[0]?.params??{},pattern:zi(a.matches),errorInfo:m})}:void 0;return r.reduceRight((f,m,h)=>{let v,g=!1,x=null,y=null;a&&(v=s&&m.route.id?s[m.route.id]:void 0,x=m.route.errorElement||ia,o&&(l<0&&h===0?(qn("route-fallback",!1,"No `HydrateFallback` element provided to render during initial hydration"),g=!0,y=null):l===h&&(g=!0,y=m.route.hydrateFallbackElement||null)));let $=n.concat(r.slice(0,h+1)),k=()=>{let C;return v?C=x:g?C=y:m.route.Component?C=u.createElement(m.route.Component,null):m.route.element?C=m.route.element:C=f,u.createElement(ra,{match:m,routeContext:{outlet:f,matches:$,isDataRoute:a!=null},children:C})};return a&&(m.route.ErrorBoundary||m.route.errorElement||h===0)?u.createElement(On,{location:a.location,revalidation:a.revalidation,component:x,error:v,children:k(),routeContext:{outlet:null,matches:$,isDataRoute:!0},onError:d}):k()},null)}function Et(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function oa(t){let n=u.useContext(Ee);return U(n,Et(t)),n}function la(t){let n=u.useContext(it);return U(n,Et(t)),n}function ca(t){let n=u.useContext(re);return U(n,Et(t)),n}function Pt(t){let n=ca(t),i=n.matches[n.matches.length-1];return U(i.route.id,`${t} can only be used on routes that contain a unique "id"`),i.route.id}function da(){return Pt("useRouteId")}function ua(){let t=u.useContext(Dt),n=la("useRouteError"),i=Pt("useRouteError");return t!==void 0?t:n.errors?.[i]}function ha(){let{router:t}=oa("useNavigate"),n=Pt("useNavigate"),i=u.useRef(!1);return Fn(()=>{i.current=!0}),u.useCallback(async(r,s={})=>{te(i.current,An),i.current&&(typeof r=="number"?await t.navigate(r):await t.navigate(r,{fromRouteId:n,...s}))},[t,n])}var Xt={};function qn(t,n,i){!n&&!Xt[t]&&(Xt[t]=!0,te(!1,i))}u.memo(fa);function fa({routes:t,manifest:n,future:i,state:a,isStatic:r,onError:s}){return Tn(t,void 0,{manifest:n,state:a,isStatic:r,onError:s})}function pa({to:t,replace:n,state:i,relative:a}){U(Pe(),"<Navigate> may be used only in the context of a <Router> component.");let{static:r,navigator:s}=u.useContext(X);te(!r,"<Navigate> must not be used on the initial render in a <StaticRouter>. This is a no-op, but you should modify your code so the <Navigate> is only ever rendered in response to some user interaction or state change.");let{matches:o}=u.useContext(re),{pathname:l}=ne(),c=at(),d=nt(t,kt(o),l,a==="path");It(typeof t=="string"?t:je(t),s.createHref(d),St(s),"reject");let f=JSON.stringify(d);return u.useEffect(()=>{c(JSON.parse(f),{replace:n,state:i,relative:a})},[c,f,a,n,i]),null}function J(t){U(!1,"A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.")}function ma({basename:t="/",children:n=null,location:i,navigationType:a="POP",navigator:r,static:s=!1,useTransitions:o}){U(!Pe(),"You cannot render a <Router> inside another <Router>. You should never have more than one in your app.");let l=t.replace(/^\/*/,"/"),c=u.useMemo(()=>({basename:l,navigator:r,static:s,useTransitions:o,future:{}}),[l,r,s,o]);typeof i=="string"&&(i=De(i));let{pathname:d="/",search:f="",hash:m="",state:h=null,key:v="default",mask:g}=i,x=u.useMemo(()=>{let y=fe(d,l);return y==null?null:{location:{pathname:y,search:f,hash:m,state:h,key:v,mask:g},navigationType:a}},[l,d,f,m,h,v,a,g]);return te(x!=null,`<Router basename="${l}"> is not able to match the URL "${d}${f}${m}" because it does not start with the basename, so the <Router> won't render anything.`),x==null?null:u.createElement(X.Provider,{value:c},u.createElement(Me.Provider,{children:n,value:x}))}function ga({children:t,location:n}){return ta(wt(t),n)}function wt(t,n=[]){let i=[];return u.Children.forEach(t,(a,r)=>{if(!u.isValidElement(a))return;let s=[...n,r];if(a.type===u.Fragment){i.push.apply(i,wt(a.props.children,s));return}U(a.type===J,`[${typeof a.type=="string"?a.type:a.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`),U(!a.props.index||!a.props.children,"An index route cannot have child routes.");let o={id:a.props.id||s.join("-"),caseSensitive:a.props.caseSensitive,element:a.props.element,Component:a.props.Component,index:a.props.index,path:a.props.path,middleware:a.props.middleware,loader:a.props.loader,action:a.props.action,hydrateFallbackElement:a.props.hydrateFallbackElement,HydrateFallback:a.props.HydrateFallback,errorElement:a.props.errorElement,ErrorBoundary:a.props.ErrorBoundary,hasErrorBoundary:a.props.hasErrorBoundary===!0||a.props.ErrorBoundary!=null||a.props.errorElement!=null,shouldRevalidate:a.props.shouldRevalidate,handle:a.props.handle,lazy:a.props.lazy};a.props.children&&(o.children=wt(a.props.children,s)),i.push(o)}),i}var He="get",Ye="application/x-www-form-urlencoded";function st(t){return typeof HTMLElement<"u"&&t instanceof HTMLElement}function va(t){return st(t)&&t.tagName.toLowerCase()==="button"}function ya(t){return st(t)&&t.tagName.toLowerCase()==="form"}function xa(t){return st(t)&&t.tagName.toLowerCase()==="input"}function ja(t){return!!(t.metaKey||t.altKey||t.ctrlKey||t.shiftKey)}function wa(t,n){return t.button===0&&(!n||n==="_self")&&!ja(t)}function $t(t=""){return new URLSearchParams(typeof t=="string"||Array.isArray(t)||t instanceof URLSearchParams?t:Object.keys(t).reduce((n,i)=>{let a=t[i];return n.concat(Array.isArray(a)?a.map(r=>[i,r]):[[i,a]])},[]))}function $a(t,n){let i=$t(t);return n&&n.forEach((a,r)=>{i.has(r)||n.getAll(r).forEach(s=>{i.append(r,s)})}),i}var Qe=null;function ba(){if(Qe===null)try{new FormData(document.createElement("form"),0),Qe=!1}catch{Qe=!0}return Qe}var Na=new Set(["application/x-www-form-urlencoded","multipart/form-data","text/plain"]);function ht(t){return t!=null&&!Na.has(t)?(te(!1,`"${t}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${Ye}"`),null):t}function Ca(t,n){let i,a,r,s,o;if(ya(t)){let l=t.getAttribute("action");a=l?fe(l,n):null,i=t.getAttribute("method")||He,r=ht(t.getAttribute("enctype"))||Ye,s=new FormData(t)}else if(va(t)||xa(t)&&(t.type==="submit"||t.type==="image")){let l=t.form;if(l==null)throw new Error('Cannot submit a <button> or <input type="submit"> without a <form>');let c=t.getAttribute("formaction")||l.getAttribute("action");if(a=c?fe(c,n):null,i=t.getAttribute("formmethod")||l.getAttribute("method")||He,r=ht(t.getAttribute("formenctype"))||ht(l.getAttribute("enctype"))||Ye,s=new FormData(l,t),!ba()){let{name:d,type:f,value:m}=t;if(f==="image"){let h=d?`${d}.`:"";s.append(`${h}x`,"0"),s.append(`${h}y`,"0")}else d&&s.append(d,m)}}else{if(st(t))throw new Error('Cannot submit element that is not <form>, <button>, or <input type="submit|image">');i=He,a=null,r=Ye,o=t}return s&&r==="text/plain"&&(o=s,s=void 0),{action:a,method:i.toLowerCase(),encType:r,formData:s,body:o}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");function At(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function Bn(t,n,i,a){let r=typeof t=="string"?new URL(t,typeof window>"u"?"server://singlefetch/":window.location.origin):t;return i?r.pathname.endsWith("/")?r.pathname=`${r.pathname}_.${a}`:r.pathname=`${r.pathname}.${a}`:r.pathname==="/"?r.pathname=`_root.${a}`:n&&fe(r.pathname,n)==="/"?r.pathname=`${ke(n)}/_root.${a}`:r.pathname=`${ke(r.pathname)}.${a}`,r}async function Ra(t,n){if(t.id in n)return n[t.id];try{let i=await import(t.module);return n[t.id]=i,i}catch(i){return console.error(`Error loading route module \`${t.module}\`, reloading page...`),console.error(i),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function ka(t){return t==null?!1:t.href==null?t.rel==="preload"&&typeof t.imageSrcSet=="string"&&typeof t.imageSizes=="string":typeof t.rel=="string"&&typeof t.href=="string"}async function Sa(t,n,i){let a=await Promise.all(t.map(async r=>{let s=n.routes[r.route.id];if(s){let o=await Ra(s,i);return o.links?o.links():[]}return[]}));return Pa(a.flat(1).filter(ka).filter(r=>r.rel==="stylesheet"||r.rel==="preload").map(r=>r.rel==="stylesheet"?{...r,rel:"prefetch",as:"style"}:{...r,rel:"prefetch"}))}function Zt(t,n,i,a,r,s){let o=(c,d)=>i[d]?c.route.id!==i[d].route.id:!0,l=(c,d)=>i[d].pathname!==c.pathname||i[d].route.path?.endsWith("*")&&i[d].params["*"]!==c.params["*"];return s==="assets"?n.filter((c,d)=>o(c,d)||l(c,d)):s==="data"?n.filter((c,d)=>{let f=a.routes[c.route.id];if(!f||!f.hasLoader)return!1;if(o(c,d)||l(c,d))return!0;if(c.route.shouldRevalidate){let m=c.route.shouldRevalidate({currentUrl:new URL(r.pathname+r.search+r.hash,window.origin),currentParams:i[0]?.params||{},nextUrl:new URL(t,window.origin),nextParams:c.params,defaultShouldRevalidate:!0});if(typeof m=="boolean")return m}return!0}):[]}function Ia(t,n,{includeHydrateFallback:i}={}){return Da(t.map(a=>{let r=n.routes[a.route.id];if(!r)return[];let s=[r.module];return r.clientActionModule&&(s=s.concat(r.clientActionModule)),r.clientLoaderModule&&(s=s.concat(r.clientLoaderModule)),i&&r.hydrateFallbackModule&&(s=s.concat(r.hydrateFallbackModule)),r.imports&&(s=s.concat(r.imports)),s}).flat(1))}function Da(t){return[...new Set(t)]}function Ea(t){let n={},i=Object.keys(t).sort();for(let a of i)n[a]=t[a];return n}function Pa(t,n){let i=new Set;return new Set(n),t.reduce((a,r)=>{let s=JSON.stringify(Ea(r));return i.has(s)||(i.add(s),a.push({key:s,link:r})),a},[])}function Ft(){let t=u.useContext(Ee);return At(t,"You must render this element inside a <DataRouterContext.Provider> element"),t}function Aa(){let t=u.useContext(it);return At(t,"You must render this element inside a <DataRouterStateContext.Provider> element"),t}var Tt=u.createContext(void 0);Tt.displayName="FrameworkContext";function ot(){let t=u.useContext(Tt);return At(t,"You must render this element inside a <HydratedRouter> element"),t}function Fa(t,n){let i=u.useContext(Tt),[a,r]=u.useState(!1),[s,o]=u.useState(!1),{onFocus:l,onBlur:c,onMouseEnter:d,onMouseLeave:f,onTouchStart:m}=n,h=u.useRef(null);u.useEffect(()=>{if(t==="render"&&o(!0),t==="viewport"){let x=$=>{$.forEach(k=>{o(k.isIntersecting)})},y=new IntersectionObserver(x,{threshold:.5});return h.current&&y.observe(h.current),()=>{y.disconnect()}}},[t]),u.useEffect(()=>{if(a){let x=setTimeout(()=>{o(!0)},100);return()=>{clearTimeout(x)}}},[a]);let v=()=>{r(!0)},g=()=>{r(!1),o(!1)};return i?t!=="intent"?[s,h,{}]:[s,h,{onFocus:Oe(l,v),onBlur:Oe(c,g),onMouseEnter:Oe(d,v),onMouseLeave:Oe(f,g),onTouchStart:Oe(m,v)}]:[!1,h,{}]}function Oe(t,n){return i=>{t&&t(i),i.defaultPrevented||n(i)}}function Ta({page:t,...n}){let i=Qi(),{nonce:a}=ot(),{router:r}=Ft(),s=u.useMemo(()=>wn(r.routes,t,r.basename),[r.routes,t,r.basename]);return s?(n.nonce==null&&a&&(n={...n,nonce:a}),i?u.createElement(qa,{page:t,matches:s,...n}):u.createElement(Ba,{page:t,matches:s,...n})):null}function Oa(t){let{manifest:n,routeModules:i}=ot(),[a,r]=u.useState([]);return u.useEffect(()=>{let s=!1;return Sa(t,n,i).then(o=>{s||r(o)}),()=>{s=!0}},[t,n,i]),a}function qa({page:t,matches:n,...i}){let a=ne(),{future:r}=ot(),{basename:s}=Ft(),o=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let l=Bn(t,s,r.v8_trailingSlashAwareDataRequests,"rsc"),c=!1,d=[];for(let f of n)typeof f.route.shouldRevalidate=="function"?c=!0:d.push(f.route.id);return c&&d.length>0&&l.searchParams.set("_routes",d.join(",")),[l.pathname+l.search]},[s,r.v8_trailingSlashAwareDataRequests,t,a,n]);return u.createElement(u.Fragment,null,o.map(l=>u.createElement("link",{key:l,rel:"prefetch",as:"fetch",href:l,...i})))}function Ba({page:t,matches:n,...i}){let a=ne(),{future:r,manifest:s,routeModules:o}=ot(),{basename:l}=Ft(),{loaderData:c,matches:d}=Aa(),f=u.useMemo(()=>Zt(t,n,d,s,a,"data"),[t,n,d,s,a]),m=u.useMemo(()=>Zt(t,n,d,s,a,"assets"),[t,n,d,s,a]),h=u.useMemo(()=>{if(t===a.pathname+a.search+a.hash)return[];let x=new Set,y=!1;if(n.forEach(k=>{let C=s.routes[k.route.id];!C||!C.hasLoader||(!f.some(R=>R.route.id===k.route.id)&&k.route.id in c&&o[k.route.id]?.shouldRevalidate||C.hasClientLoader?y=!0:x.add(k.route.id))}),x.size===0)return[];let $=Bn(t,l,r.v8_trailingSlashAwareDataRequests,"data");return y&&x.size>0&&$.searchParams.set("_routes",n.filter(k=>x.has(k.route.id)).map(k=>k.route.id).join(",")),[$.pathname+$.search]},[l,r.v8_trailingSlashAwareDataRequests,c,a,s,f,n,t,o]),v=u.useMemo(()=>Ia(m,s),[m,s]),g=Oa(m);return u.createElement(u.Fragment,null,h.map(x=>u.createElement("link",{key:x,rel:"prefetch",as:"fetch",href:x,...i})),v.map(x=>u.createElement("link",{key:x,rel:"modulepreload",href:x,...i})),g.map(({key:x,link:y})=>u.createElement("link",{key:x,nonce:i.nonce,...y,crossOrigin:y.crossOrigin??i.crossOrigin})))}function Ma(...t){return n=>{t.forEach(i=>{typeof i=="function"?i(n):i!=null&&(i.current=n)})}}var La=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";try{La&&(window.__reactRouterVersion="7.18.5")}catch{}function za({basename:t,children:n,useTransitions:i,window:a}){let r=u.useRef();r.current==null&&(r.current=vi({window:a,v5Compat:!0}));let s=r.current,[o,l]=u.useState({action:s.action,location:s.location}),c=u.useCallback(d=>{i===!1?l(d):u.startTransition(()=>l(d))},[i]);return u.useLayoutEffect(()=>s.listen(c),[s,c]),u.createElement(ma,{basename:t,children:n,location:o.location,navigationType:o.action,navigator:s,useTransitions:i})}var Y=u.forwardRef(function({onClick:n,discover:i="render",prefetch:a="none",relative:r,reloadDocument:s,replace:o,mask:l,state:c,target:d,to:f,preventScrollReset:m,viewTransition:h,defaultShouldRevalidate:v,...g},x){let{basename:y,navigator:$,useTransitions:k}=u.useContext(X),C=typeof f=="string"&&Rt.test(f),R=Sn(f,y);f=R.to;let w=Zi(f,{relative:r}),F=ne(),j=null;if(l){let M=nt(l,[],F.mask?F.mask.pathname:"/",!0);y!=="/"&&(M.pathname=M.pathname==="/"?y:ae([y,M.pathname])),j=$.createHref(M)}let[B,p,S]=Fa(a,g),b=_a(f,{replace:o,mask:l,state:c,target:d,preventScrollReset:m,relative:r,viewTransition:h,defaultShouldRevalidate:v,useTransitions:k});function I(M){n&&n(M),M.defaultPrevented||b(M)}let T=!(R.isExternal||s),q=u.createElement("a",{...g,...S,href:(T?j:void 0)||R.absoluteURL||w,onClick:T?I:n,ref:Ma(x,p),target:d,"data-discover":!C&&i==="render"?"true":void 0});return B&&!C?u.createElement(u.Fragment,null,q,u.createElement(Ta,{page:w})):q});Y.displayName="Link";var Ot=u.forwardRef(function({"aria-current":n="page",caseSensitive:i=!1,className:a="",end:r=!1,style:s,to:o,viewTransition:l,children:c,...d},f){let m=Le(o,{relative:d.relative}),h=ne(),v=u.useContext(it),{navigator:g,basename:x}=u.useContext(X),y=v!=null&&Ka(m)&&l===!0,$=g.encodeLocation?g.encodeLocation(m).pathname:m.pathname,k=h.pathname,C=v&&v.navigation&&v.navigation.location?v.navigation.location.pathname:null;i||(k=k.toLowerCase(),C=C?C.toLowerCase():null,$=$.toLowerCase()),C&&x&&(C=fe(C,x)||C);const R=$!=="/"&&$.endsWith("/")?$.length-1:$.length;let w=k===$||!r&&k.startsWith($)&&k.charAt(R)==="/",F=C!=null&&(C===$||!r&&C.startsWith($)&&C.charAt($.length)==="/"),j={isActive:w,isPending:F,isTransitioning:y},B=w?n:void 0,p;typeof a=="function"?p=a(j):p=[a,w?"active":null,F?"pending":null,y?"transitioning":null].filter(Boolean).join(" ");let S=typeof s=="function"?s(j):s;return u.createElement(Y,{...d,"aria-current":B,className:p,ref:f,style:S,to:o,viewTransition:l},typeof c=="function"?c(j):c)});Ot.displayName="NavLink";var Ua=u.forwardRef(({discover:t="render",fetcherKey:n,navigate:i,reloadDocument:a,replace:r,state:s,method:o=He,action:l,onSubmit:c,relative:d,preventScrollReset:f,viewTransition:m,defaultShouldRevalidate:h,...v},g)=>{let{useTransitions:x}=u.useContext(X),y=Ha(),$=Ya(l,{relative:d}),k=o.toLowerCase()==="get"?"get":"post",C=typeof l=="string"&&Rt.test(l),R=w=>{if(c&&c(w),w.defaultPrevented)return;w.preventDefault();let F=w.nativeEvent.submitter,j=F?.getAttribute("formmethod")||o,B=()=>y(F||w.currentTarget,{fetcherKey:n,method:j,navigate:i,replace:r,state:s,relative:d,preventScrollReset:f,viewTransition:m,defaultShouldRevalidate:h});x&&i!==!1?u.startTransition(()=>B()):B()};return u.createElement("form",{ref:g,method:k,action:$,onSubmit:a?c:R,...v,"data-discover":!C&&t==="render"?"true":void 0})});Ua.displayName="Form";function Wa(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Mn(t){let n=u.useContext(Ee);return U(n,Wa(t)),n}function _a(t,{target:n,replace:i,mask:a,state:r,preventScrollReset:s,relative:o,viewTransition:l,defaultShouldRevalidate:c,useTransitions:d}={}){let f=at(),m=ne(),h=Le(t,{relative:o});return u.useCallback(v=>{if(wa(v,n)){v.preventDefault();let g=i!==void 0?i:je(m)===je(h),x=()=>f(t,{replace:g,mask:a,state:r,preventScrollReset:s,relative:o,viewTransition:l,defaultShouldRevalidate:c});d?u.startTransition(()=>x()):x()}},[m,f,h,i,a,r,n,t,s,o,l,c,d])}function pe(t){te(typeof URLSearchParams<"u","You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let n=u.useRef($t(t)),i=u.useRef(!1),a=ne(),r=u.useMemo(()=>$a(a.search,i.current?null:n.current),[a.search]),s=at(),o=u.useCallback((l,c)=>{const d=$t(typeof l=="function"?l(new URLSearchParams(r)):l);i.current=!0,s("?"+d,c)},[s,r]);return[r,o]}var Va=0,Qa=()=>`__${String(++Va)}__`;function Ha(){let{router:t}=Mn("useSubmit"),{basename:n}=u.useContext(X),i=da(),a=t.fetch,r=t.navigate;return u.useCallback(async(s,o={})=>{let{action:l,method:c,encType:d,formData:f,body:m}=Ca(s,n);if(o.navigate===!1){let h=o.fetcherKey||Qa();await a(h,i,o.action||l,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:m,formMethod:o.method||c,formEncType:o.encType||d,flushSync:o.flushSync})}else await r(o.action||l,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:m,formMethod:o.method||c,formEncType:o.encType||d,replace:o.replace,state:o.state,fromRouteId:i,flushSync:o.flushSync,viewTransition:o.viewTransition})},[a,r,n,i])}function Ya(t,{relative:n}={}){let{basename:i}=u.useContext(X),a=u.useContext(re);U(a,"useFormAction must be used inside a RouteContext");let[r]=a.matches.slice(-1),s={...Le(t||".",{relative:n})},o=ne();if(t==null){s.search=o.search;let l=new URLSearchParams(s.search),c=l.getAll("index");if(c.some(f=>f==="")){l.delete("index"),c.filter(m=>m).forEach(m=>l.append("index",m));let f=l.toString();s.search=f?`?${f}`:""}}return(!t||t===".")&&r.route.index&&(s.search=s.search?s.search.replace(/^\?/,"?index&"):"?index"),i!=="/"&&(s.pathname=s.pathname==="/"?i:ae([i,s.pathname])),je(s)}function Ka(t,{relative:n}={}){let i=u.useContext(En);U(i!=null,"`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:a}=Mn("useViewTransitionState"),r=Le(t,{relative:n});if(!i.isTransitioning)return!1;let s=fe(i.currentLocation.pathname,a)||i.currentLocation.pathname,o=fe(i.nextLocation.pathname,a)||i.nextLocation.pathname;return Ge(r.pathname,o)!=null||Ge(r.pathname,s)!=null}class P extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}}const Ja=new P(`
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
    `,{fragmentName:"MapNode"}),Ga=new P(`
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
    `,{fragmentName:"ChangeFields"}),Xa=new P(`
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
    `),Za=new P(`
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
    `),er=new P(`
    mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
  acknowledgeFinding(input: $input) {
    id
    reviewBy
  }
}
    `),tr=new P(`
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
    `),nr=new P(`
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
}`),ir=new P(`
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
    `),ar=new P(`
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
    `),rr=new P(`
    mutation CreateActivity($input: CreateProcessingActivityInput!) {
  createProcessingActivity(input: $input) {
    id
  }
}
    `),sr=new P(`
    mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
  updateProcessingActivity(id: $id, input: $input) {
    id
  }
}
    `),or=new P(`
    mutation AddPurpose($input: CreateActivityPurposeInput!) {
  createActivityPurpose(input: $input) {
    id
  }
}
    `),lr=new P(`
    mutation RemovePurpose($id: ID!) {
  deleteActivityPurpose(id: $id)
}
    `),cr=new P(`
    mutation AddDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    id
  }
}
    `),dr=new P(`
    mutation RemoveDisclosure($id: ID!) {
  deleteDisclosure(id: $id)
}
    `),ur=new P(`
    mutation AddRetention($input: CreateRetentionRuleInput!) {
  createRetentionRule(input: $input) {
    id
  }
}
    `),hr=new P(`
    mutation RemoveRetention($id: ID!) {
  deleteRetentionRule(id: $id)
}
    `),fr=new P(`
    mutation AddTransfer($input: CreateTransferInput!) {
  createTransfer(input: $input) {
    id
  }
}
    `),pr=new P(`
    mutation RemoveTransfer($id: ID!) {
  deleteTransfer(id: $id)
}
    `),mr=new P(`
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
    `),gr=new P(`
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
}`),vr=new P(`
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
}`),yr=new P(`
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
    `),xr=new P(`
    mutation RevertChange($id: ID!, $reason: String) {
  revertChange(id: $id, reason: $reason) {
    id
  }
}
    `),jr=new P(`
    query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
  transferInventory(
    organization: $org
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    columns {
      key
      header
      sortable
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    rows {
      transfer {
        id
        reviewStatus
      }
      country
      destination
      recipient {
        id
        name
      }
      activities {
        id
        name
      }
      safeguard {
        key
        name
      }
      valid
      invalidSince
      validity
      evidence {
        id
        quote
      }
    }
  }
}
    `),wr=new P(`
    query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
  recipientInventory(
    organization: $org
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    columns {
      key
      header
      sortable
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    rows {
      recipient {
        id
        name
        kind
        country
        reviewStatus
      }
      categories {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      activities {
        id
        name
      }
      purposes {
        id
        name
      }
      legalBases {
        id
        reference
      }
      countries
      safeguards {
        key
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
    `),$r=new P(`
    query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
  categoryInventory(
    organization: $org
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    columns {
      key
      header
      sortable
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    rows {
      category {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      activities {
        id
        name
      }
      recipients {
        id
        name
      }
    }
  }
}
    `),br=new P(`
    query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
  fieldInventory(
    organization: $org
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    columns {
      key
      header
      sortable
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    rows {
      system {
        id
        key
        name
      }
      dataset {
        id
        key
        name
      }
      field {
        id
        key
        name
        path
      }
      category {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      recipients {
        id
        name
      }
    }
  }
}
    `),Nr=new P(`
    query InventorySafeguards($after: Cursor) {
  transferSafeguards(first: 100, after: $after, orderBy: [{field: NAME}]) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        name
      }
    }
  }
}
    `),Cr=new P(`
    query LookupSuggestions($text: String!, $organization: String) {
  lookupSuggestions(text: $text, organization: $organization, first: 12) {
    value
    name
    kind
  }
}
    `),Rr=new P(`
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
    `),kr=new P(`
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
    `),Sr=new P(`
    query Article30AsOf($organization: String!, $asOf: Time) {
  article30(organization: $organization, asOf: $asOf)
}
    `),Ir=new P(`
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
    `),Dr=new P(`
    query ReviewNotices {
  reviewNotices {
    unreviewed
    notice {
      id
      title
      organization {
        name
      }
    }
  }
}
    `),Er=new P(`
    query ReviewNoticeText($id: ID!) {
  node(id: $id) {
    __typename
    ... on PolicyDocument {
      id
      title
      lastUpdated
      text
      organization {
        id
        key
        name
        origin
        reviewStatus
        reviewNote
      }
    }
  }
}
    `),Pr=new P(`
    mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
  reviewFacts(ids: $ids, status: $status, note: $note) {
    id
  }
}
    `),Ar=new P(`
    query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {
  list: activities(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        name
        dataCategories {
          id
          key
          name
        }
        dataSubjects {
          id
          name
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Fr=new P(`
    query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {
  list: activityPurposes(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        purpose {
          name
        }
        legalBasis {
          id
          reference
          name
        }
        specialCondition {
          id
          reference
          name
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Tr=new P(`
    query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {
  list: recipients(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        name
        kind
        country
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Or=new P(`
    query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {
  list: disclosures(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
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
          start
          end
          documentID
        }
      }
    }
  }
}
    `),qr=new P(`
    query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {
  list: transfers(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        scope
        country
        recipient {
          name
        }
        safeguard {
          id
          name
          validUntil
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Br=new P(`
    query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {
  list: retentionRules(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        duration
        criterion
        endAction
        dataCategories {
          name
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Mr=new P(`
    query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {
  list: dataSubjectRights(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        channel
        responseTime
        right {
          name
          reference
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Lr=new P(`
    query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {
  list: securityPractices(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        description
        measure {
          name
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),zr=new P(`
    query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {
  list: statements(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        kind
        text
        legalBasis {
          reference
          name
        }
        purposes {
          name
        }
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Ur=new P(`
    query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {
  list: organizations(first: 100, after: $after, where: $where) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reviewStatus
        reviewNote
        origin
        key
        name
        evidence {
          id
          start
          end
          documentID
        }
      }
    }
  }
}
    `),Wr=new P(`
    query ReviewQBases($after: Cursor) {
  list: legalBases(first: 100, after: $after, orderBy: {field: KEY}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reference
        name
        article
      }
    }
  }
}
    `),_r=new P(`
    query ReviewQSafeguards($after: Cursor) {
  list: transferSafeguards(first: 100, after: $after, orderBy: {field: NAME}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        validUntil
      }
    }
  }
}
    `),Vr=new P(`
    mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
  updateActivityPurpose(id: $id, input: $input) {
    id
  }
}
    `),Qr=new P(`
    mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
  updateProcessingActivity(id: $id, input: $input) {
    id
  }
}
    `),Hr=new P(`
    mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
  updateTransfer(id: $id, input: $input) {
    id
  }
}
    `),Yr=new P(`
    mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
  updateRetentionRule(id: $id, input: $input) {
    id
  }
}
    `),Kr=new P(`
    mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
  updateRecipient(id: $id, input: $input) {
    id
  }
}
    `),Jr={"\n  query Organizations {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":Xa,"\n  query Findings($organization: String!, $asOf: Time) {\n    findings(organization: $organization, asOf: $asOf) {\n      rule\n      title\n      severity\n      article\n      message\n      activity\n      activityID\n      notice\n      since\n      subject\n      facts\n      evidence {\n        document\n        quote\n        noticeID\n        start\n        end\n      }\n      acknowledged {\n        note\n        reviewBy\n        by\n        at\n      }\n    }\n  }\n":Za,"\n  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {\n    acknowledgeFinding(input: $input) {\n      id\n      reviewBy\n    }\n  }\n":er,"\n  query FindingTransfers($org: ID!) {\n    transfers(first: 5000, where: { organizationID: $org }) {\n      edges {\n        node {\n          id\n          country\n          scope\n          recipientID\n        }\n      }\n    }\n  }\n":tr,"\n  query ActivityForEdit($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProcessingActivity {\n        id\n        name\n        description\n        businessFunction\n        role\n        automatedDecisionMaking\n        dpiaRequired\n        reviewStatus\n        owner\n        lastReviewed\n        history {\n          createdAt\n          createdBy\n          updatedAt\n          updatedBy\n          changes {\n            ...ChangeFields\n          }\n        }\n        organization {\n          id\n          key\n          name\n        }\n        evidence {\n          id\n          quote\n        }\n        purposes {\n          id\n          legitimateInterest\n          purpose {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          legalBasis {\n            id\n            reference\n          }\n          specialCondition {\n            id\n            reference\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        dataCategories {\n          id\n          key\n          name\n        }\n        disclosures {\n          id\n          recipient {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          dataCategories {\n            id\n            key\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        retentionRules {\n          id\n          duration\n          criterion\n          endAction\n          evidence {\n            id\n            quote\n          }\n        }\n        transfers {\n          id\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        effectiveTransfers {\n          id\n          appliesTo\n          reviewStatus\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n            validUntil\n          }\n        }\n        effectiveRetentionRules {\n          id\n          appliesTo\n          reviewStatus\n          duration\n          criterion\n        }\n      }\n    }\n  }\n":nr,"\n  query EditChoices {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    purposes(first: 1000, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    legalBases(first: 100, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n    dataCategories(first: 1000, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n    transferSafeguards(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":ir,"\n  query OrgRecipients($org: ID!) {\n    recipients(first: 1000, where: { organizationID: $org }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":ar,"\n  mutation CreateActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n":rr,"\n  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":sr,"\n  mutation AddPurpose($input: CreateActivityPurposeInput!) {\n    createActivityPurpose(input: $input) {\n      id\n    }\n  }\n":or,"\n  mutation RemovePurpose($id: ID!) {\n    deleteActivityPurpose(id: $id)\n  }\n":lr,"\n  mutation AddDisclosure($input: CreateDisclosureInput!) {\n    createDisclosure(input: $input) {\n      id\n    }\n  }\n":cr,"\n  mutation RemoveDisclosure($id: ID!) {\n    deleteDisclosure(id: $id)\n  }\n":dr,"\n  mutation AddRetention($input: CreateRetentionRuleInput!) {\n    createRetentionRule(input: $input) {\n      id\n    }\n  }\n":ur,"\n  mutation RemoveRetention($id: ID!) {\n    deleteRetentionRule(id: $id)\n  }\n":hr,"\n  mutation AddTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n    }\n  }\n":fr,"\n  mutation RemoveTransfer($id: ID!) {\n    deleteTransfer(id: $id)\n  }\n":pr,"\n  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {\n    historyDiff(organization: $organization, from: $from, to: $to) {\n      from\n      to\n      lines {\n        at\n        actor\n        via\n        kind\n        subject\n        activity\n        summary\n        fields {\n          field\n          before\n          after\n        }\n        evidence\n        changeID\n      }\n    }\n  }\n":mr,"\n  fragment MapNode on DataMapViewNode {\n    id\n    kind\n    label\n    key\n    ref\n    group\n    members\n    parent\n    parentLabel\n    specialCategory\n    criminalOffence\n    transfer\n    staleSafeguard\n    match\n  }\n":Ja,"\n  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {\n    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {\n      nodes {\n        ...MapNode\n      }\n      links {\n        from\n        to\n        kind\n        count\n        staleSafeguard\n      }\n      focus {\n        ...MapNode\n      }\n      matches {\n        ...MapNode\n      }\n      matchCount\n      totals {\n        systems\n        categories\n        activities\n        recipients\n        countries\n      }\n    }\n  }\n":gr,"\n  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {\n    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {\n      node {\n        ...MapNode\n      }\n      activity {\n        id\n        name\n        description\n        businessFunction\n        role\n        reviewStatus\n        evidence {\n          id\n          quote\n        }\n      }\n      purposes {\n        id\n        reviewStatus\n        purpose {\n          key\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        evidence {\n          id\n          quote\n        }\n      }\n      categories {\n        id\n        key\n        name\n        specialCategory\n        criminalOffence\n      }\n      systems {\n        id\n        key\n        name\n      }\n      collectedBy {\n        id\n        name\n      }\n      disclosures {\n        disclosure {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activity {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n          kind\n        }\n        categories {\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        bases {\n          id\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n        }\n        allBases\n      }\n      transfers {\n        transfer {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activities {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        country\n        countryName\n        safeguard {\n          key\n          name\n          invalidatedBy\n        }\n        valid\n        invalidSince\n        appliesTo\n      }\n      members {\n        ...MapNode\n      }\n      memberCount\n    }\n  }\n":vr,"\n  query Evidence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evidence {\n        id\n        start\n        end\n        quote\n        document {\n          title\n          url\n          lastUpdated\n          text\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":yr,"\n  fragment ChangeFields on Change {\n    id\n    at\n    actor\n    via\n    entityType\n    entityID\n    operation\n    before\n    after\n    note\n    reverts\n  }\n":Ga,"\n  mutation RevertChange($id: ID!, $reason: String) {\n    revertChange(id: $id, reason: $reason) {\n      id\n    }\n  }\n":xr,"\n  query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    transferInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        transfer { id reviewStatus }\n        country\n        destination\n        recipient { id name }\n        activities { id name }\n        safeguard { key name }\n        valid\n        invalidSince\n        validity\n        evidence { id quote }\n      }\n    }\n  }\n":jr,"\n  query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    recipientInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        recipient { id name kind country reviewStatus }\n        categories { id key name specialCategory criminalOffence }\n        activities { id name }\n        purposes { id name }\n        legalBases { id reference }\n        countries\n        safeguards { key name validUntil }\n        evidence { id quote }\n      }\n    }\n  }\n":wr,"\n  query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    categoryInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        category { id key name specialCategory criminalOffence }\n        activities { id name }\n        recipients { id name }\n      }\n    }\n  }\n":$r,"\n  query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    fieldInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        system { id key name }\n        dataset { id key name }\n        field { id key name path }\n        category { id key name specialCategory criminalOffence }\n        recipients { id name }\n      }\n    }\n  }\n":br,"\n  query InventorySafeguards($after: Cursor) {\n    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { key name } }\n    }\n  }\n":Nr,"\n  query LookupSuggestions($text: String!, $organization: String) {\n    lookupSuggestions(text: $text, organization: $organization, first: 12) {\n      value\n      name\n      kind\n    }\n  }\n":Cr,"\n  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {\n    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {\n      match\n      recipient {\n        id\n        name\n        kind\n        reviewStatus\n      }\n      organization {\n        name\n      }\n      activity {\n        id\n        name\n        reviewStatus\n      }\n      disclosure {\n        id\n        reviewStatus\n      }\n      category {\n        key\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      legalBases {\n        id\n        purpose {\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        activityPurpose {\n          reviewStatus\n        }\n      }\n      allActivityBases\n      transfers {\n        id\n        reviewStatus\n        scope\n        country\n        activityID\n        recipientID\n        noticeID\n        safeguard {\n          name\n          validUntil\n        }\n      }\n      evidence {\n        id\n        quote\n      }\n    }\n  }\n":Rr,"\n  query NoticeSpan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        url\n        lastUpdated\n        text\n        organization {\n          name\n        }\n      }\n    }\n  }\n":kr,"\n  query Article30AsOf($organization: String!, $asOf: Time) {\n    article30(organization: $organization, asOf: $asOf)\n  }\n":Sr,"\n  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          businessFunction\n          role\n          reviewStatus\n          notice {\n            title\n            audience\n          }\n          evidence {\n            id\n            quote\n          }\n          purposes {\n            id\n            reviewStatus\n            purpose {\n              name\n            }\n            legalBasis {\n              reference\n            }\n            specialCondition {\n              reference\n            }\n          }\n          dataSubjects {\n            id\n            name\n          }\n          dataCategories {\n            id\n            name\n            specialCategory\n          }\n          disclosures {\n            id\n            reviewStatus\n            recipient {\n              id\n              name\n              reviewStatus\n            }\n          }\n          effectiveTransfers {\n            id\n            appliesTo\n            reviewStatus\n            scope\n            country\n            recipient {\n              name\n            }\n            safeguard {\n              name\n              validUntil\n            }\n          }\n          effectiveRetentionRules {\n            id\n            appliesTo\n            reviewStatus\n            duration\n            criterion\n            dataCategories {\n              name\n            }\n          }\n          effectiveSecurityPractices {\n            id\n            appliesTo\n            reviewStatus\n            description\n            measure {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":Ir,"\n  query ReviewNotices {\n    reviewNotices {\n      unreviewed\n      notice {\n        id\n        title\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Dr,"\n  query ReviewNoticeText($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        lastUpdated\n        text\n        organization {\n          id\n          key\n          name\n          origin\n          reviewStatus\n          reviewNote\n        }\n      }\n    }\n  }\n":Er,"\n  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {\n    reviewFacts(ids: $ids, status: $status, note: $note) {\n      id\n    }\n  }\n":Pr,"\n  query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {\n    list: activities(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          dataCategories {\n            id\n            key\n            name\n          }\n          dataSubjects {\n            id\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Ar,"\n  query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {\n    list: activityPurposes(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          purpose {\n            name\n          }\n          legalBasis {\n            id\n            reference\n            name\n          }\n          specialCondition {\n            id\n            reference\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Fr,"\n  query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {\n    list: recipients(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          kind\n          country\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Tr,"\n  query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {\n    list: disclosures(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          recipient {\n            name\n          }\n          dataCategories {\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Or,"\n  query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {\n    list: transfers(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            id\n            name\n            validUntil\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":qr,"\n  query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {\n    list: retentionRules(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          duration\n          criterion\n          endAction\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Br,"\n  query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {\n    list: dataSubjectRights(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          channel\n          responseTime\n          right {\n            name\n            reference\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Mr,"\n  query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {\n    list: securityPractices(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          description\n          measure {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Lr,"\n  query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {\n    list: statements(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          kind\n          text\n          legalBasis {\n            reference\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":zr,"\n  query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {\n    list: organizations(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          key\n          name\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Ur,"\n  query ReviewQBases($after: Cursor) {\n    list: legalBases(first: 100, after: $after, orderBy: { field: KEY }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n  }\n":Wr,"\n  query ReviewQSafeguards($after: Cursor) {\n    list: transferSafeguards(first: 100, after: $after, orderBy: { field: NAME }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":_r,"\n  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {\n    updateActivityPurpose(id: $id, input: $input) {\n      id\n    }\n  }\n":Vr,"\n  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":Qr,"\n  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {\n    updateTransfer(id: $id, input: $input) {\n      id\n    }\n  }\n":Hr,"\n  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n    }\n  }\n":Yr,"\n  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {\n    updateRecipient(id: $id, input: $input) {\n      id\n    }\n  }\n":Kr};function A(t){return Jr[t]??{}}const qt=u.createContext(void 0);function Ae(){const t=u.useContext(qt);return n=>oi(t?.session.role,n)}function Gr(){return u.useContext(qt)}function Xr({children:t}){const[n,i]=u.useState(),[a,r]=u.useState(),[s,o]=u.useState(!1),l=u.useCallback(()=>{ii().then(d=>{i(d),r(void 0)},d=>r(d))},[]);if(u.useEffect(l,[l]),u.useEffect(()=>ai(l),[l]),u.useEffect(()=>ri(()=>{o(!0),i(d=>d&&{...d,signedIn:!1,signInRequired:!0,csrf:void 0})}),[]),a)return e.jsxs("main",{id:"main",className:"signin-page",children:[e.jsxs("p",{role:"alert",className:"error",children:["Could not reach the server: ",a.message]}),e.jsx("button",{type:"button",onClick:l,children:"Try again"})]});if(!n)return e.jsx("p",{className:"muted signin-page",children:"Loading…"});if(!n.signedIn)return e.jsx(Zr,{expired:s,onSignedIn:d=>{o(!1),i(d)}});const c={session:n,signOut:async()=>{await si(),o(!1),i({signedIn:!1,signInRequired:!0})}};return e.jsx(qt.Provider,{value:c,children:t})}function Zr({expired:t,onSignedIn:n}){const[i,a]=u.useState("password"),[r,s]=u.useState(""),[o,l]=u.useState(""),[c,d]=u.useState(""),[f,m]=u.useState(""),[h,v]=u.useState(!1),g=async x=>{if(x.preventDefault(),m(""),i==="password"&&(!r.trim()||!o)){m("Enter your user name and your password.");return}if(i==="token"&&!c.trim()){m("Paste an API token.");return}v(!0);try{n(await li(i==="password"?{name:r.trim(),password:o}:{token:c.trim()}))}catch(y){y instanceof tt&&y.code==="UNAUTHENTICATED"?m(i==="password"?"Wrong user name or password, or the user is disabled.":"The API token is unknown, revoked or expired."):m(y instanceof Error?y.message:String(y)),l("")}finally{v(!1)}};return e.jsxs(e.Fragment,{children:[e.jsx("header",{className:"top",children:e.jsx("span",{className:"brand",children:"ropa"})}),e.jsx("main",{id:"main",className:"signin-page",children:e.jsxs("form",{className:"card signin",onSubmit:g,noValidate:!0,"aria-labelledby":"signin-h",children:[e.jsx("h1",{id:"signin-h",children:"Sign in"}),t&&e.jsx("p",{className:"muted",children:"Your session has ended. Sign in again to go on."}),e.jsxs("div",{className:"buttons mode",role:"radiogroup","aria-label":"Sign in with",children:[e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="password",onChange:()=>a("password")})," user and password"]}),e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:i==="token",onChange:()=>a("token")})," API token"]})]}),i==="password"?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-name",children:"User name"}),e.jsx("input",{id:"signin-name",autoComplete:"username",value:r,onChange:x=>s(x.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-password",children:"Password"}),e.jsx("input",{id:"signin-password",type:"password",autoComplete:"current-password",value:o,onChange:x=>l(x.target.value)})]})]}):e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-token",children:"API token"}),e.jsx("input",{id:"signin-token",type:"password",autoComplete:"off",value:c,onChange:x=>d(x.target.value),autoFocus:!0}),e.jsx("small",{children:"An admin creates one with ropa token create."})]}),f&&e.jsx("p",{role:"alert",className:"error",id:"signin-error",children:f}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",disabled:h,children:"Sign in"})})]})})]})}function es(){const t=Gr(),[n,i]=u.useState("");if(!t)return null;const{session:a}=t,r=a.via==="local"?"local development server":a.name||"signed in",s=a.via==="password"||a.via==="token";return e.jsxs("div",{className:"userbox",children:[e.jsxs("span",{className:"who",title:a.expires?`session ends ${new Date(a.expires).toLocaleString()}`:void 0,children:[r," ",e.jsx("span",{className:"role",children:a.role})]}),s&&e.jsx("button",{type:"button",className:"secondary signout",onClick:()=>t.signOut().catch(o=>i(o.message)),children:"Sign out"}),n&&e.jsx("span",{role:"alert",className:"error",children:n})]})}function en(t){if(t)try{const n=JSON.parse(t);return!n||typeof n!="object"?void 0:{fields:n.fields??{},edges:n.edges??{}}}catch{return}}function Ne(t){return t==null?"none":typeof t=="string"?t===""?"none":t:typeof t=="boolean"?t?"yes":"no":typeof t=="number"?String(t):Array.isArray(t)?t.length?t.map(Ne).join(", "):"none":JSON.stringify(t)}function tn(t){if(t==null)return"none";try{return Ne(JSON.parse(t))}catch{return t}}function Ln(t){return t.replace(/_/g," ")}const nn=(t,n)=>JSON.stringify(t)===JSON.stringify(n);function ts(t,n){const i=en(t),a=en(n);if(!a&&!i)return[];const r=[],s=[...new Set([...Object.keys(i?.fields??{}),...Object.keys(a?.fields??{})])].sort();for(const l of s){const c=i?.fields[l],d=a?.fields[l];if(a&&i){if(nn(c,d))continue}else if((a?d:c)===null||(a?d:c)===void 0)continue;r.push({field:l,edge:!1,before:i&&l in i.fields?Ne(c):void 0,after:a&&l in a.fields?Ne(d):void 0})}const o=[...new Set([...Object.keys(i?.edges??{}),...Object.keys(a?.edges??{})])].filter(l=>l!=="evidence").sort();for(const l of o){const c=i?.edges[l],d=a?.edges[l];a&&i&&nn(c??[],d??[])||!(a&&i)&&!((a?d:c)??[]).length||r.push({field:l,edge:!0,before:i?Ne(c??[]):void 0,after:a?Ne(d??[]):void 0})}return r}function ns(t){const n=i=>/^\d+$/.test(i)?Number(i):NaN;return[...t].sort((i,a)=>{const r=Date.parse(a.at)-Date.parse(i.at);if(r)return r;const s=n(i.id),o=n(a.id);return Number.isNaN(s)||Number.isNaN(o)?a.id.localeCompare(i.id):o-s})}function Ce(t){if(!t||!/^\d{4}-\d{2}-\d{2}$/.test(t))return!1;const n=new Date(`${t}T12:00:00Z`);return!Number.isNaN(n.getTime())&&n.toISOString().slice(0,10)===t}const ee=(t,n=2)=>String(Math.trunc(Math.abs(t))).padStart(n,"0");function Bt(t){const n=-t.getTimezoneOffset(),i=n===0?"Z":`${n>0?"+":"-"}${ee(n/60)}:${ee(n%60)}`;return`${t.getFullYear()}-${ee(t.getMonth()+1)}-${ee(t.getDate())}T${ee(t.getHours())}:${ee(t.getMinutes())}:${ee(t.getSeconds())}.${ee(t.getMilliseconds(),3)}${i}`}function is(t){const[n,i,a]=t.split("-").map(Number);return Bt(new Date(n,i-1,a,0,0,0,0))}function as(t){const[n,i,a]=t.split("-").map(Number);return Bt(new Date(n,i-1,a,23,59,59,999))}function zn(t,n){const[i,a,r]=n.split("-").map(Number);return{from:is(t),to:Bt(new Date(i,a-1,r+1,0,0,0,0))}}function rs(t,n,i){const a=new URLSearchParams({org:t,format:n});return i&&a.set("asOf",i),`/reports/article30?${a}`}function an(t,n,i,a){const r=zn(n,i);return`/reports/diff?${new URLSearchParams({org:t,from:r.from,to:r.to,format:a})}`}function ye(t){if(!t)return"—";const n=new Date(t);return Number.isNaN(n.getTime())?t:`${n.getFullYear()}-${ee(n.getMonth()+1)}-${ee(n.getDate())} ${ee(n.getHours())}:${ee(n.getMinutes())}`}const ss={ProcessingActivity:"activity",ActivityPurpose:"purpose",Disclosure:"disclosure"};function os(t){return ss[t]??t.replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}const Un=["high","medium","low"],Se={high:0,medium:1,low:2};function ls(t,n){return Se[t]<=Se[n]}function cs(t){return t.reduce((n,i)=>n===void 0||Se[i]<Se[n]?i:n,void 0)}function Wn(t){return[...t].sort((n,i)=>Se[n.severity]-Se[i.severity]||n.rule.localeCompare(i.rule)||(n.activity??"").localeCompare(i.activity??"")||(n.message??"").localeCompare(i.message??""))}function ds(t,n){if(t.facts.includes(n))return!0;const[i,a]=_n(n);return i==="activity"&&!!a&&t.activityID===a}function _n(t){const n=t.indexOf(":");return n<0?[t,""]:[t.slice(0,n),t.slice(n+1)]}function us(t,n){return Wn(t.filter(i=>(!n.severity||ls(i.severity,n.severity))&&(!n.rule||i.rule===n.rule)&&(n.status!=="open"||!i.acknowledged)&&(n.status!=="acknowledged"||!!i.acknowledged)&&(!n.fact||ds(i,n.fact))))}function hs(t){const n=new Map;for(const i of t){const a=n.get(i.rule)??{rule:i.rule,title:i.title??i.rule,count:0};a.count++,n.set(i.rule,a)}return[...n.values()].sort((i,a)=>i.rule.localeCompare(a.rule))}function fs(t){const n=new Map,i=(a,r)=>{const s=n.get(a)??[];s.includes(r)||s.push(r),n.set(a,s)};for(const a of t)if(!a.acknowledged){for(const r of a.facts)i(r,a);a.activityID&&i(`activity:${a.activityID}`,a)}return n}function Vn(t){if(t?.length)return{count:t.length,severity:cs(t.map(n=>n.severity))}}function lt(t=new Date){const n=i=>String(i).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function Qn(t,n){const i=new Date(`${t}T12:00:00Z`);return i.setUTCDate(i.getUTCDate()+n),i.toISOString().slice(0,10)}function ps(t){return`country:${t.country||t.scope.toUpperCase()}`}function ms(t,n,i){const a=new Map,r=(l,c)=>{if(!c?.length)return;const d=a.get(l)??[];for(const f of c)d.includes(f)||d.push(f);a.set(l,d)},s=new Map;for(const l of t)l.kind==="ACTIVITY"&&l.ref&&r(l.id,n.get(`activity:${l.ref}`)),l.kind==="RECIPIENT"&&l.ref&&s.set(l.ref,l.id);const o=new Set(t.map(l=>l.id));for(const l of i){const c=n.get(`transfer:${l.id}`);if(!c)continue;const d=ps(l);o.has(d)&&r(d,c);const f=l.recipientID&&s.get(l.recipientID);f&&r(f,c)}for(const[l,c]of a)a.set(l,Wn(c));return a}const gs=A(`
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
`);function H(t,n){const[i,a]=u.useState({loading:!0}),[r,s]=u.useState(0);return u.useEffect(()=>{let o=!0;return a(l=>({...l,loading:!0})),t().then(l=>o&&a({data:l,loading:!1}),l=>o&&a({error:l,loading:!1})),()=>{o=!1}},[...n,r]),{...i,reload:()=>s(o=>o+1)}}const Hn="ropa.organization";function vs(){try{return localStorage.getItem(Hn)}catch{return null}}function rn(t){try{localStorage.setItem(Hn,t)}catch{}}function Fe(){const[t,n]=pe(),{data:i}=H(()=>E(gs),[]),a=(i?.organizations.edges??[]).flatMap(c=>c?.node?[c.node]:[]),r=vs(),s=t.get("org")??(a.some(c=>c.key===r)?r:a[0]?.key),o=a.find(c=>c.key===s);return u.useEffect(()=>{o&&rn(o.key)},[o?.key]),{orgs:a,org:o,setOrg:c=>{rn(c);const d=new URLSearchParams(t);d.set("org",c),n(d)}}}function ze({orgs:t,org:n,setOrg:i,id:a="org"}){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:a,children:"Organization"}),e.jsx("select",{id:a,value:n?.key??"",onChange:r=>i(r.target.value),children:t.map(r=>e.jsx("option",{value:r.key,children:r.name},r.id))})]})}function he({evidence:t}){return t?.length?e.jsx("ul",{className:"evidence-links",children:t.map(n=>e.jsx("li",{children:e.jsxs(Y,{to:`/evidence/${n.id}`,className:"evidence-link",title:n.quote,children:["“",ge(n.quote,70),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no evidence"})}function K({error:t}){return t?e.jsx("p",{role:"alert",className:"error",children:t.message}):null}function G({status:t}){return xt(t)?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed: drafted from a notice, not yet confirmed by a reviewer",children:"DRAFT"})]}):null}function Ue({safeguard:t}){if(!t)return e.jsx(e.Fragment,{children:"no safeguard stated"});const n=di(t.validUntil);return e.jsxs(e.Fragment,{children:[t.name,n?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",n,")"]}):null]})}function Ke({facts:t,inline:n,empty:i="—",children:a}){const r=ci(t);return r.length?e.jsx(e.Fragment,{children:r.map(s=>e.jsxs("div",{className:"scope-group","data-scope":s.scope,children:[e.jsxs("div",{className:"scope",children:[s.label,":"]}),n?e.jsx("p",{className:"inline-facts",children:s.facts.map((o,l)=>e.jsxs("span",{children:[l>0?"; ":"",a(o),e.jsx(G,{status:o.reviewStatus})]},o.id))}):e.jsx("ul",{children:s.facts.map(o=>e.jsxs("li",{children:[a(o),e.jsx(G,{status:o.reviewStatus})]},o.id))})]},s.label))}):e.jsx(e.Fragment,{children:i})}function Mt(){const[t,n]=pe(),i=t.get("asOf")??"",a=Ce(i)?i:"",r=s=>{const o=new URLSearchParams(t);s?o.set("asOf",s):o.delete("asOf"),n(o)};return{asOf:a,time:a?as(a):void 0,setAsOf:r}}function Lt({id:t,asOf:n,setAsOf:i}){return e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:t,children:"As of"}),e.jsx("input",{id:t,type:"date",value:n,max:lt(),onChange:a=>i(Ce(a.target.value)?a.target.value:""),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,className:"sr-only",children:"empty: now"})]})}function zt({asOf:t,setAsOf:n}){return t?e.jsxs("p",{className:"asof-banner",role:"status","data-testid":"asof-banner",children:["The record as it stood on ",e.jsx("strong",{children:t}),", rebuilt from the change history."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(""),children:"Back to now"})]}):null}const ys=A(`
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
`),xs=A(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`),js=A(`
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
`),Xe=new Map,Be=new Set;function ws(t,n){return`${t}\0${n??""}`}function $s(t,n){const i=ws(t,n);let a=Xe.get(i);if(!a){const r={promise:E(ys,{organization:t,asOf:n?`${n}T00:00:00Z`:void 0}).then(s=>s.findings)};r.promise.then(s=>{r.data=s,Be.forEach(o=>o())},s=>{r.error=s,Be.forEach(o=>o())}),Xe.set(i,r),a=r}return a}function bs(t){for(const n of[...Xe.keys()])n.startsWith(`${t}\0`)&&Xe.delete(n);Be.forEach(n=>n())}function Yn(t,n){const[,i]=u.useState(0);if(u.useEffect(()=>{const r=()=>i(s=>s+1);return Be.add(r),()=>{Be.delete(r)}},[]),!t)return{loading:!1};const a=$s(t,n);return{data:a.data,error:a.error,loading:!a.data&&!a.error}}function Kn(t){const{data:n}=Yn(t);return u.useMemo(()=>fs(n??[]),[n])}function Ns(t,n){const i=Kn(t?.key),[a,r]=u.useState();u.useEffect(()=>{if(!t)return;let o=!0;return E(js,{org:t.id}).then(l=>o&&r({org:t.id,list:(l.transfers.edges??[]).flatMap(c=>c?.node?[c.node]:[])}),()=>o&&r({org:t.id,list:[]})),()=>{o=!1}},[t?.id]);const s=a&&a.org===t?.id?a.list:void 0;return u.useMemo(()=>ms(n,i,s??[]),[n,i,s])}function Cs(){return Ae()("review")}const Rs={high:"high",medium:"medium",low:"low"};function Jn(t,n){const i=new URLSearchParams({org:t});return n&&i.set("fact",n),`/findings?${i}`}function sn({org:t,fact:n,findings:i,label:a}){const r=Vn(i);if(!r)return null;const s=`${r.count} open finding${r.count===1?"":"s"}, highest ${Rs[r.severity]}`;return e.jsxs(Y,{to:Jn(t,n),className:`finding-badge sev-${r.severity}`,title:`${s}${a?` about ${a}`:""}`,"aria-label":s,"data-fact":n,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",r.count]}),e.jsxs("span",{className:"sev-word","aria-hidden":"true",children:[" ",r.severity]})]})}function ks({findings:t}){const n=Vn(t);return n?e.jsxs("span",{className:`finding-mark sev-${n.severity}`,title:`${n.count} open finding${n.count===1?"":"s"}, highest ${n.severity}`,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",n.count]}),e.jsxs("span",{className:"sr-only",children:[n.count," open finding",n.count===1?"":"s",", highest ",n.severity]})]}):null}function Ss({org:t,node:n,findings:i}){if(!i?.length)return null;const a=r=>n.kind==="ACTIVITY"&&n.ref?`activity:${n.ref}`:r.facts.find(s=>s.startsWith("transfer:"))??r.facts[0];return e.jsxs("section",{"aria-labelledby":"node-findings-h",children:[e.jsxs("h3",{id:"node-findings-h",children:["Open findings (",i.length,")"]}),e.jsx("ul",{className:"node-findings",children:i.map(r=>e.jsxs("li",{children:[e.jsx("span",{className:`sev-tag sev-${r.severity}`,children:r.severity})," ",e.jsx(Y,{to:Jn(t,a(r)),children:r.title}),r.since?e.jsxs("span",{className:"muted",children:[" since ",r.since]}):null,e.jsx("div",{className:"muted",children:r.message})]},`${r.rule} ${r.subject}`))})]})}const on={SYSTEM:0,ORGANIZATION:0,DATA_CATEGORY:0,ACTIVITY:1,RECIPIENT:2,COUNTRY:3},Ie={ORGANIZATION:"Organization",SYSTEM:"Systems",DATA_CATEGORY:"Data categories",ACTIVITY:"Activities",RECIPIENT:"Recipients",COUNTRY:"Countries"};function We(t){return t.group?`${t.label} (${t.members})`:t.label}const Is=t=>n=>n.length*t*.58;function Ds(t,n,i,a=2){const r=t.replace(/\s+/g," ").trim().split(" "),s=[];let o="",l=0;const c=f=>i(f)<=n;for(;l<r.length&&s.length<a;){const f=r[l];if(o)c(o+" "+f)?(o+=" "+f,l++):(s.push(o),o="");else{if(!c(f)){let m=f.length-1;for(;m>1&&!c(f.slice(0,m));)m--;s.push(f.slice(0,m)),r[l]=f.slice(m);continue}o=f,l++}}o&&s.length<a&&(s.push(o),o="");const d=l<r.length||o!=="";if(d){const f=s.length-1;let m=s[f];for(;m.length>1&&!c(m+"…");)m=m.slice(0,-1);s[f]=m.replace(/[\s,;:.(–-]+$/,"")+"…"}return{lines:s,cut:d}}function Es(t,n,i=13,a=Is(i),r=3){const s=[...new Set(t.map(C=>on[C.kind]??0))].sort((C,R)=>C-R),o=C=>C===3?.7:1,l=s.reduce((C,R)=>C+o(R),0),c=Math.max(180,n/Math.max(.7,l)),d=[],f=[];let m=0;for(const C of s)d.push(m),f.push(Math.floor(c*o(C))),m+=Math.floor(c*o(C));const h=new Map(s.map((C,R)=>[C,R])),v=34,g=Math.round(i*1.3),x=new Map,y=[],$=s.map(()=>0),k=s.map(()=>"");for(const C of t){const R=h.get(on[C.kind]??0)??0,w=d[R]+4,F=f[R]-v,j=Math.max(40,F-12-40);k[R]!==C.kind&&(k[R]&&($[R]+=14),y.push({label:Ie[C.kind]??C.kind,x:w,y:$[R]+i+2}),$[R]+=i+14,k[R]=C.kind);const{lines:B,cut:p}=Ds(We(C),j,a,r),S=10+g*B.length;x.set(C.id,{x:w,y:$[R],w:F,h:S,lines:B,cut:p}),$[R]+=S+6}return{boxes:x,headers:y,width:m,height:Math.max(40,...$)+8,fontSize:i}}function Ps(t,n){const i=t.x+t.w,a=t.y+t.h/2,r=n.x,s=n.y+n.h/2,o=Math.max(30,(r-i)/2);return`M${i},${a} C${i+o},${a} ${r-o},${s} ${r},${s}`}A(`
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
`);const As=A(`
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
`),Fs=A(`
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
`),ft={special:"#b00020",transfer:"#0b5cad",stale:"#a14a00"};function ve(t){const n=[];return t.specialCategory&&n.push(t.group?"holds special-category data (Art 9)":"special category (Art 9)"),t.criminalOffence&&n.push("criminal offence data (Art 10)"),t.transfer&&n.push("third-country transfer"),t.staleSafeguard&&n.push("safeguard no longer valid"),n}function Gn(t){return[t.kind.toLowerCase(),t.group?"group":"",t.specialCategory||t.criminalOffence?"special":"",t.transfer?"transfer":"",t.staleSafeguard?"stale":"",t.match?"hit":""].filter(Boolean).join(" ")}function Ts(){const[t,n]=pe(),i=t.get("focus")??"",a=t.getAll("expand"),r=t.get("q")??"",s=t.get("node")??"",o=l=>{const c=new URLSearchParams(t);l(c),n(c)};return{focus:i,expand:a,q:r,node:s,select:l=>o(c=>l?c.set("node",l):c.delete("node")),setFocus:l=>o(c=>{l?(c.set("focus",l),c.set("node",l)):c.delete("focus")}),toggle:l=>o(c=>{const d=c.getAll("expand");c.delete("expand");for(const f of d.includes(l)?d.filter(m=>m!==l):[...d,l])c.append("expand",f)}),search:l=>o(c=>{l.trim()?c.set("q",l.trim()):c.delete("q"),c.delete("focus")}),overview:()=>o(l=>{l.delete("focus"),l.delete("q"),l.delete("expand")}),clearNode:l=>{l.delete("node"),l.delete("focus"),l.delete("expand"),l.delete("q")},update:o}}function Os(){const t="(max-width: 699px)",[n,i]=u.useState(()=>window.matchMedia(t).matches);return u.useEffect(()=>{const a=window.matchMedia(t),r=()=>i(a.matches);return a.addEventListener("change",r),()=>a.removeEventListener("change",r)},[]),n}function qs(){const{orgs:t,org:n}=Fe(),i=Ts(),{asOf:a,time:r,setAsOf:s}=Mt(),o=Os(),[l,c]=u.useState(i.q);u.useEffect(()=>c(i.q),[i.q]);const d=H(()=>n?E(As,{organization:n.key,focus:i.focus||void 0,expand:i.expand.length?i.expand:void 0,search:i.q||void 0,asOf:r}):Promise.resolve(void 0),[n?.key,i.focus,i.expand.join(`
`),i.q,r]),f=d.data?.dataMapView,m=u.useMemo(()=>f?.nodes??[],[f]),h=u.useMemo(()=>f?.links??[],[f]),v=Ns(n,m),g=u.useMemo(()=>a?new Map:v,[a,v]),x=i.node,y=m.find(k=>k.id===x),$=u.useRef(null);return u.useEffect(()=>{o&&x&&$.current?.scrollIntoView({block:"start"})},[o,x]),e.jsxs("section",{"aria-labelledby":"map-h",className:"map-view",children:[e.jsxs("h1",{id:"map-h",children:["Data map",n?`: ${n.name}`:""]}),e.jsxs("form",{className:"filters","aria-label":"Search and date of the data map",role:"search",onSubmit:k=>{k.preventDefault(),i.search(l)},children:[e.jsx(ze,{orgs:t,org:n,setOrg:k=>i.update(C=>{i.clearNode(C),C.set("org",k)})}),e.jsxs("div",{className:"field wide map-search",children:[e.jsx("label",{htmlFor:"map-q",children:"Search names and keys"}),e.jsx("input",{id:"map-q",type:"search",value:l,onChange:k=>c(k.target.value),placeholder:"e.g. contact, Google, user.financial, US","aria-describedby":"map-q-hint"}),e.jsx("small",{id:"map-q-hint",children:"Activities, recipients, systems, data categories and countries; the map keeps the hits and their links."})]}),e.jsx(Lt,{id:"f-asof",asOf:a,setAsOf:s}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:"Search"}),(i.focus||i.q||i.expand.length>0)&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{c(""),i.overview()},children:"Back to the overview"})]})]}),e.jsx(zt,{asOf:a,setAsOf:s}),e.jsx(K,{error:d.error}),f&&e.jsx(Bs,{view:f,focus:i.focus,q:i.q,loading:d.loading,onOverview:()=>i.overview()}),f&&i.q&&e.jsx(Ms,{view:f,q:i.q,onFocus:i.setFocus}),e.jsx(Ls,{}),e.jsxs("div",{className:`map-layout${o?" narrow":""}`,children:[e.jsx("div",{className:"map-main",children:o?e.jsx(ln,{nodes:m,selected:x,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:g}):e.jsx(Us,{nodes:m,links:h,selected:x,onSelect:i.select,marks:g,focus:i.focus})}),e.jsx("aside",{ref:$,className:"details","aria-label":"Details of the selected node","aria-live":"polite",children:x&&n?e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary close",onClick:()=>i.select(""),"aria-label":"Close the details",children:"×"}),e.jsx(Hs,{org:n.key,id:x,asOfTime:r,past:!!a,focused:i.focus===x,expanded:i.expand,onFocus:i.setFocus,onSelect:i.select,onToggle:i.toggle}),y&&e.jsx(Ss,{org:n.key,node:y,findings:g.get(y.id)})]}):e.jsxs("p",{className:"muted hint",children:["Select a node in the map",o?"":" or in the lists below it"," for what it receives, sends and why, with the sentences of the notices."]})})]}),!o&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"lists-h",children:"The same nodes as lists"}),e.jsx(ln,{nodes:m,selected:x,onSelect:i.select,onToggle:i.toggle,expanded:i.expand,marks:g})]})]})}function ue(t,n,i=`${n}s`){return`${t} ${t===1?n:i}`}function Bs({view:t,focus:n,q:i,loading:a,onOverview:r}){const s=t.totals,o=t.nodes.filter(c=>c.group).length;let l;return n&&t.focus?l=e.jsxs(e.Fragment,{children:["Focused on ",e.jsx("strong",{children:We(t.focus)})," (",Ie[t.focus.kind]?.toLowerCase().replace(/s$/,"")??t.focus.kind,"): only its neighbourhood, ",ue(t.nodes.length,"node"),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:r,children:"Show the whole map"})]}):i?l=e.jsxs(e.Fragment,{children:[ue(t.matchCount,"match","matches")," for “",i,"”, drawn with their links: ",ue(t.nodes.length,"node"),"."]}):l=e.jsxs(e.Fragment,{children:["Overview: ",ue(s.systems,"system"),", ",ue(s.categories,"data category","data categories"),", ",ue(s.activities,"activity","activities"),", ",ue(s.recipients,"recipient"),", ",ue(s.countries,"country","countries"),o?`; ${ue(o,"group")} to expand`:"","."]}),e.jsxs("p",{className:"map-status","aria-live":"polite","data-testid":"map-status",children:[a?"Loading the map… ":null,l]})}function Ms({view:t,q:n,onFocus:i}){return t.matchCount?e.jsxs("section",{"aria-labelledby":"map-matches-h",className:"map-matches",children:[e.jsxs("h2",{id:"map-matches-h",className:"small",children:[t.matchCount>t.matches.length?`The first ${t.matches.length} of ${t.matchCount} matches`:`Matches (${t.matchCount})`,": focus on one"]}),e.jsx("ul",{children:t.matches.map(a=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>i(a.id),title:a.key?`${a.label} — ${a.key}`:a.label,children:a.label})," ",e.jsx("span",{className:"muted",children:Ie[a.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase()})]},a.id))})]}):e.jsxs("p",{className:"muted",children:["Nothing in this organization's map is named like “",n,"”."]})}function Ls(){return e.jsxs("ul",{className:"legend","aria-label":"Legend",children:[e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:ft.special}})," special-category or criminal-offence data"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:ft.transfer}})," third-country transfer"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch stale-swatch",style:{borderColor:ft.stale}})," safeguard no longer valid (dashed)"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch group-swatch"})," group: select it to list or expand its members"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch finding-swatch"})," open findings (⚑ and their number)"]})]})}let pt;function zs(t){pt===void 0&&(pt=document.createElement("canvas").getContext("2d"));const n=pt;return n?(n.font=`${t}px ${getComputedStyle(document.body).fontFamily}`,i=>n.measureText(i).width):i=>i.length*t*.58}function Us({nodes:t,links:n,selected:i,onSelect:a,marks:r,focus:s}){const o=u.useRef(null),l=u.useRef(null),[c,d]=u.useState(900),[f,m]=u.useState(()=>window.innerHeight),[h,v]=u.useState({x:0,y:0,k:1}),g=u.useRef(null),x=u.useRef(!1);u.useEffect(()=>{const b=o.current;if(!b)return;const I=new ResizeObserver(()=>d(b.clientWidth));I.observe(b),d(b.clientWidth);const T=()=>m(window.innerHeight);return window.addEventListener("resize",T),()=>{I.disconnect(),window.removeEventListener("resize",T)}},[]);const y=u.useMemo(()=>Es(t,Math.max(340,c-8),13,zs(13)),[t,c]),$=Math.round(Math.min(y.height+12,Math.max(360,f*.72)));u.useEffect(()=>v({x:0,y:0,k:1}),[t]);const k=c/h.k,C=$/h.k,R=b=>{const I=Math.min(3,Math.max(.2,b.k)),T=Math.max(0,y.width+20-c/I),q=Math.max(0,y.height+20-$/I);return{k:I,x:Math.min(T,Math.max(Math.min(0,T),b.x)),y:Math.min(q,Math.max(Math.min(0,q),b.y))}},w=(b,I=c/2,T=$/2)=>v(q=>{const M=Math.min(3,Math.max(.2,q.k*b)),me=q.x+I/q.k,Q=q.y+T/q.k;return R({k:M,x:me-I/M,y:Q-T/M})});u.useEffect(()=>{const b=l.current;if(!b)return;const I=T=>{const q=b.getBoundingClientRect();if(T.ctrlKey||T.metaKey){T.preventDefault(),w(T.deltaY<0?1.15:1/1.15,T.clientX-q.left,T.clientY-q.top);return}v(Q=>{const se=R({...Q,x:Q.x+(T.shiftKey?T.deltaY:T.deltaX)/Q.k,y:Q.y+(T.shiftKey?0:T.deltaY)/Q.k});return se.x===Q.x&&se.y===Q.y?Q:se});const M=F.current,me=Math.max(0,y.height+20-$/M.k);(T.deltaY>0&&M.y<me-.5||T.deltaY<0&&M.y>.5||T.shiftKey)&&T.preventDefault()};return b.addEventListener("wheel",I,{passive:!1}),()=>b.removeEventListener("wheel",I)});const F=u.useRef(h);F.current=h;const j=b=>v(I=>{const T=c/I.k,q=$/I.k;return b.x>=I.x&&b.y>=I.y&&b.x+b.w<=I.x+T&&b.y+b.h<=I.y+q?I:R({...I,x:b.x+b.w>I.x+T||b.x<I.x?b.x-20:I.x,y:b.y+b.h>I.y+q||b.y<I.y?b.y-q/3:I.y})}),B=u.useMemo(()=>new Set(t.map(b=>b.id)),[t]),p=u.useMemo(()=>{if(!i||i===s)return null;const b=new Set([i]);for(const I of n)I.from===i&&b.add(I.to),I.to===i&&b.add(I.from);return b},[i,n,s]),S=b=>{const I=60/h.k,T={ArrowLeft:[-I,0],ArrowRight:[I,0],ArrowUp:[0,-I],ArrowDown:[0,I]};if(b.key==="+"||b.key==="=")w(1.25);else if(b.key==="-"||b.key==="_")w(1/1.25);else if(b.key==="0")v({x:0,y:0,k:1});else if(T[b.key]&&b.target===l.current)v(q=>R({...q,x:q.x+T[b.key][0],y:q.y+T[b.key][1]}));else return;b.preventDefault()};return e.jsxs("div",{className:"graph-wrap",ref:o,children:[e.jsxs("div",{className:"graph-tools",role:"group","aria-label":"Zoom and move the drawing",children:[e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom in",title:"Zoom in (+)",onClick:()=>w(1.25),children:"+"}),e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom out",title:"Zoom out (−)",onClick:()=>w(1/1.25),children:"−"}),e.jsx("button",{type:"button",className:"secondary",title:"Back to 100 %, top left (0)",onClick:()=>v({x:0,y:0,k:1}),children:"Reset"}),e.jsxs("span",{className:"muted zoom-level","aria-live":"polite",children:[Math.round(h.k*100)," %"]}),e.jsx("span",{className:"muted tools-hint",children:"Drag or scroll to move; ctrl + scroll to zoom."})]}),e.jsxs("svg",{ref:l,className:"graph","data-testid":"graph",role:"group","aria-label":`Data map drawing, ${t.length} nodes${s?" around the focused node":""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`,tabIndex:0,width:c,height:$,viewBox:`${h.x} ${h.y} ${k} ${C}`,onKeyDown:S,onPointerDown:b=>{b.button===0&&(g.current={x:b.clientX,y:b.clientY,vx:h.x,vy:h.y,moved:!1},x.current=!1)},onPointerMove:b=>{const I=g.current;if(!I)return;const T=b.clientX-I.x,q=b.clientY-I.y;!I.moved&&Math.hypot(T,q)<5||(I.moved||(I.moved=!0,l.current?.setPointerCapture(b.pointerId)),x.current=!0,v(M=>R({...M,x:I.vx-T/M.k,y:I.vy-q/M.k})))},onPointerUp:()=>{g.current=null},onPointerCancel:()=>{g.current=null},children:[e.jsx("rect",{x:h.x,y:h.y,width:k,height:C,fill:"#fff"}),y.headers.map((b,I)=>e.jsx("text",{x:b.x+2,y:b.y,className:"col-head",children:b.label},I)),e.jsx("g",{className:"links",children:n.map(b=>{const I=y.boxes.get(b.from),T=y.boxes.get(b.to);if(!I||!T||!B.has(b.from)||!B.has(b.to))return null;const q=p&&(b.from===i||b.to===i),M=p&&!q;return e.jsx("path",{d:Ps(I,T),className:`link ${b.kind.toLowerCase()}${b.staleSafeguard?" stale":""}${q?" hl":""}${M?" faded":""}`,strokeWidth:Math.min(6,1+Math.log2(b.count))*(q?1.6:1),children:e.jsx("title",{children:`${b.count} link${b.count===1?"":"s"}`})},`${b.from}|${b.to}|${b.kind}`)})}),e.jsx("g",{className:"nodes",children:t.map(b=>{const I=y.boxes.get(b.id);return I?e.jsx(Ws,{n:b,b:I,fontSize:y.fontSize,selected:i===b.id,faded:!!p&&!p.has(b.id),findings:r.get(b.id),onFocus:()=>j(I),onSelect:()=>{x.current||a(b.id)}},b.id):null})})]})]})}function Ws({n:t,b:n,fontSize:i,selected:a,faded:r,findings:s,onSelect:o,onFocus:l}){const c=[We(t),t.key&&t.key!==t.label?t.key:"",...ve(t),s?.length?`${s.length} open finding${s.length===1?"":"s"}`:""].filter(Boolean).join(" — "),d=Math.round(i*1.3);return e.jsxs("g",{className:`mnode ${Gn(t)}${a?" selected":""}${r?" faded":""}`,transform:`translate(${n.x},${n.y})`,role:"button",tabIndex:0,"aria-label":c,"aria-pressed":a,"data-id":t.id,onClick:o,onFocus:l,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),o())},children:[e.jsx("title",{children:c}),t.group&&e.jsx("rect",{className:"stack",x:4,y:4,width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"box",width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"bar",width:5,height:n.h,rx:2}),n.lines.map((f,m)=>e.jsx("text",{x:12,y:5+d*(m+1)-4,fontSize:i,children:f},m)),s?.length?e.jsxs("text",{className:"flag-mark",x:n.w-6,y:i+2,textAnchor:"end",fontSize:i-1,children:["⚑",s.length]}):null]})}function ln({nodes:t,selected:n,onSelect:i,onToggle:a,expanded:r,marks:s}){const o=["SYSTEM","DATA_CATEGORY","ACTIVITY","RECIPIENT","COUNTRY"],l=c=>e.jsxs("li",{"data-id":c.id,children:[e.jsxs("button",{type:"button",className:`node-button ${Gn(c)}`,"aria-pressed":n===c.id,onClick:()=>i(c.id),title:c.key&&c.key!==c.label?`${c.label} — ${c.key}`:c.label,children:[We(c),ve(c).length>0&&e.jsxs("span",{className:"flags",children:[" — ",ve(c).join(", ")]}),e.jsx(ks,{findings:s.get(c.id)})]}),c.group&&!c.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":!1,onClick:()=>a(c.id),"aria-label":`Show the ${c.members} members of ${c.label}`,children:"▸"})]},c.id);return e.jsx("div",{className:"node-list",children:o.map(c=>{const d=t.filter(h=>h.kind===c);if(!d.length)return null;const f=[],m=new Set;for(const h of d){if(!h.parent){f.push(l(h));continue}if(m.has(h.parent))continue;m.add(h.parent);const v=d.filter(g=>g.parent===h.parent);f.push(e.jsxs("li",{className:"open-group","data-id":h.parent,children:[e.jsx("span",{className:"group-name",children:h.parentLabel}),e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":r.includes(h.parent),onClick:()=>a(h.parent),"aria-label":`Hide the members of ${h.parentLabel}`,children:"▾"}),e.jsx("ul",{children:v.map(l)})]},h.parent))}return e.jsxs("section",{"aria-labelledby":`list-${c}`,children:[e.jsxs("h2",{id:`list-${c}`,children:[Ie[c]," (",d.filter(h=>!h.group).length+d.filter(h=>h.group).reduce((h,v)=>h+v.members,0),")"]}),e.jsx("ul",{children:f})]},c)})})}function Ze({evidence:t}){return t?.length?e.jsx("ul",{className:"sentences",children:t.map(n=>e.jsx("li",{children:e.jsxs(Y,{to:`/evidence/${n.id}`,className:"evidence-link",children:["“",n.quote.replace(/\s+/g," ").trim(),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no sentence recorded"})}function _s({t,past:n}){return t.safeguard?t.valid?e.jsx("span",{className:"valid-tag",children:n?"valid on the map's date":"valid today"}):t.invalidSince?e.jsxs("strong",{className:"invalid-tag",children:["invalid since ",t.invalidSince.slice(0,10),t.safeguard.invalidatedBy?` (${t.safeguard.invalidatedBy})`:""]}):e.jsx("strong",{className:"invalid-tag",children:"not yet valid"}):e.jsx("strong",{className:"stale-text",children:"no safeguard stated"})}function bt({acts:t,onSelect:n,max:i=6}){const[a,r]=u.useState(!1),s=a?t:t.slice(0,i);return e.jsxs("ul",{className:"act-links",children:[s.map(o=>e.jsx("li",{children:e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`act:${o.id}`),children:o.name})},o.id)),t.length>s.length&&e.jsx("li",{children:e.jsxs("button",{type:"button",className:"linklike more",onClick:()=>r(!0),children:["and ",t.length-s.length," more"]})})]})}const Vs={ACTIVITY:"stated for the activity",RECIPIENT:"stated for the recipient",NOTICE:"stated by the notice for all its processing",ORGANIZATION:"organization-wide"};function mt({transfers:t,onSelect:n,heading:i,past:a}){return e.jsxs("section",{"aria-label":i,children:[e.jsxs("h3",{children:[i," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts transfers",children:t.map(r=>e.jsxs("li",{"data-testid":"map-transfer",children:[e.jsxs("div",{className:"fact-head",children:[e.jsx("strong",{children:r.countryName}),": ",r.safeguard?.name??"no safeguard stated"," · ",e.jsx(_s,{t:r,past:a}),e.jsx(G,{status:r.transfer.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Recipient:"})," ",r.recipient?e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`rec:${r.recipient.id}`),children:r.recipient.name}):"none named"]}),e.jsxs("div",{children:[e.jsxs("span",{className:"muted",children:["Activities (",r.activities.length,", ",Vs[r.appliesTo]??r.appliesTo,"):"]})," ",e.jsx(bt,{acts:r.activities,onSelect:n})]}),e.jsx(Ze,{evidence:r.transfer.evidence})]},r.transfer.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function Qs({bases:t,all:n}){return t.length?e.jsxs(e.Fragment,{children:[n&&e.jsx("span",{className:"muted",children:"(the disclosure names no purpose: all the activity's) "}),t.map((i,a)=>e.jsxs("span",{children:[a>0?"; ":"",i.purpose.name," — ",i.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),i.specialCondition?`, ${i.specialCondition.reference}`:""]},i.id))]}):e.jsx("span",{className:"muted",children:"no purpose stated"})}function Xn({cats:t}){return e.jsx(e.Fragment,{children:t.map((n,i)=>e.jsxs("span",{title:n.key,className:n.specialCategory||n.criminalOffence?"special-text":void 0,children:[i>0?", ":"",n.name]},n.key))})}function gt({list:t,show:n,onSelect:i,heading:a}){return e.jsxs("section",{"aria-label":a,children:[e.jsxs("h3",{children:[a," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts disclosures",children:t.map(r=>e.jsxs("li",{children:[e.jsxs("div",{className:"fact-head",children:[n!=="activity"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`rec:${r.recipient.id}`),children:r.recipient.name}),n==="both"&&" from ",n!=="recipient"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>i(`act:${r.activity.id}`),children:r.activity.name}),e.jsx(G,{status:r.disclosure.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Data:"})," ",e.jsx(Xn,{cats:r.categories})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Why, on what basis:"})," ",e.jsx(Qs,{bases:r.bases,all:r.allBases})]}),e.jsx(Ze,{evidence:r.disclosure.evidence})]},r.disclosure.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function Hs({org:t,id:n,asOfTime:i,past:a,focused:r,expanded:s,onFocus:o,onSelect:l,onToggle:c}){const d=Ae(),{data:f,error:m,loading:h}=H(()=>E(Fs,{organization:t,node:n,asOf:i}),[t,n,i]),v=f?.dataMapDetails;if(m)return e.jsx(K,{error:m});if(!v)return e.jsx("p",{className:"muted",children:h?"Loading…":""});const g=v.node,x=g.group&&!g.id.endsWith(":more"),y=Ie[g.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase();return e.jsxs("div",{"data-testid":"map-details","data-node":g.id,children:[e.jsx("h2",{id:"details-h",children:We(g)}),e.jsxs("p",{className:"muted kind-line",children:[x?`group of ${Ie[g.kind]?.toLowerCase()}`:y,g.key&&g.key!==g.label?e.jsxs(e.Fragment,{children:[" · ",e.jsx("code",{children:g.key})]}):null,ve(g).length?` · ${ve(g).join(", ")}`:""]}),e.jsxs("div",{className:"buttons detail-actions",children:[!r&&!g.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>o(g.id),children:"Focus on its neighbourhood"}),x&&e.jsx("button",{type:"button",className:"secondary","aria-expanded":s.includes(g.id),onClick:()=>c(g.id),children:s.includes(g.id)?"Collapse the group":"Expand the group in the map"}),g.kind==="DATA_CATEGORY"&&g.key&&e.jsxs(Y,{to:`/lookup?field=${encodeURIComponent(g.key)}`,children:["Who receives ",g.key,"?"]})]}),a&&e.jsx("p",{className:"muted past-note",children:"As the catalog stood on the map's date."}),v.activity&&e.jsxs(e.Fragment,{children:[e.jsxs("dl",{children:[e.jsx("dt",{children:"Business function"}),e.jsx("dd",{children:v.activity.businessFunction||"—"}),e.jsx("dt",{children:"Role"}),e.jsx("dd",{children:v.activity.role}),e.jsx("dt",{children:"Review"}),e.jsx("dd",{children:v.activity.reviewStatus})]}),v.activity.description&&e.jsx("p",{children:v.activity.description}),e.jsx("h3",{children:"Purposes and bases"}),e.jsx("ul",{className:"map-facts",children:v.purposes.map($=>e.jsxs("li",{children:[$.purpose.name,": ",$.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),$.specialCondition?`, ${$.specialCondition.reference}`:"",e.jsx(G,{status:$.reviewStatus}),e.jsx(Ze,{evidence:$.evidence})]},$.id))}),e.jsxs("h3",{children:["Data categories (",v.categories.length,")"]}),e.jsx("p",{children:e.jsx(Xn,{cats:v.categories})}),v.systems.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:"Systems"}),e.jsx("p",{children:v.systems.map($=>$.name).join(", ")})]}),e.jsx(gt,{list:v.disclosures,show:"recipient",onSelect:l,heading:"Recipients"}),e.jsx(mt,{transfers:v.transfers,onSelect:l,heading:"Transfers",past:a}),e.jsx("h3",{children:"Sentences about the activity"}),e.jsx(Ze,{evidence:v.activity.evidence}),e.jsx("p",{children:e.jsx(Y,{to:`/activities/${v.activity.id}`,children:d("edit")&&!a?"Edit this activity":"Open this activity"})})]}),g.kind==="RECIPIENT"&&!g.group&&e.jsxs(e.Fragment,{children:[e.jsx(gt,{list:v.disclosures,show:"activity",onSelect:l,heading:"What it receives and why"}),e.jsx(mt,{transfers:v.transfers,onSelect:l,heading:"Where it takes the data",past:a})]}),g.kind==="COUNTRY"&&!g.group&&e.jsx(mt,{transfers:v.transfers,onSelect:l,heading:`Transfers to ${g.label}`,past:a}),g.kind==="DATA_CATEGORY"&&(v.collectedBy.length>0||v.disclosures.length>0)&&e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-label":"Who collects it",children:[e.jsxs("h3",{children:["Collected by (",v.collectedBy.length,")"]}),e.jsx(bt,{acts:v.collectedBy,onSelect:l,max:12})]}),e.jsx(gt,{list:v.disclosures,show:"both",onSelect:l,heading:"Who receives it"})]}),g.kind==="SYSTEM"&&!g.group&&e.jsxs("section",{"aria-label":"Activities using it",children:[e.jsxs("h3",{children:["Used for (",v.collectedBy.length,")"]}),e.jsx(bt,{acts:v.collectedBy,onSelect:l,max:12})]}),v.members.length>0&&e.jsxs("section",{"aria-label":"Members",children:[e.jsx("h3",{children:v.memberCount>v.members.length?`The first ${v.members.length} of ${v.memberCount} members`:`Members (${v.memberCount})`}),e.jsx("ul",{className:"map-members",children:v.members.map($=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>l($.id),title:$.key?`${$.label} — ${$.key}`:$.label,children:$.label}),ve($).length?e.jsxs("span",{className:"muted",children:[" — ",ve($).join(", ")]}):null]},$.id))}),v.memberCount>v.members.length&&e.jsx("p",{className:"muted",children:"Search the map to find the others."})]})]})}const Ys=A(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);function Ks(t,n="",i="",a=""){const r=[...t.controllerRecord?.activities??[],...(t.processorRecord?.controllers??[]).flatMap(o=>o.activities)],s=n.trim().toLowerCase();return r.filter(o=>(!s||[o.name,o.description,o.businessFunction,...o.purposes.map(l=>l.name)].some(l=>(l??"").toLowerCase().includes(s)))&&(!i||o.role===i)&&(!a||o.reviewStatus===a)).sort((o,l)=>o.name.localeCompare(l.name))}const Js={activity:"stated for this activity",recipient:"for a recipient",notice:"from the notice",organization:"organization-wide"};function Je({status:t}){return t==="UNREVIEWED"?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed at the time",children:"DRAFT"})]}):null}function vt({own:t,shared:n,children:i}){const a=[...t,...n];return a.length?e.jsx("ul",{children:a.map((r,s)=>e.jsxs("li",{children:[i(r)," ",e.jsxs("span",{className:"muted",children:["(",Js[r.appliesTo]??r.appliesTo,")"]}),e.jsx(Je,{status:r.reviewStatus})]},s))}):e.jsx(e.Fragment,{children:"—"})}function Gs({org:t,asOf:n,time:i,search:a,role:r,review:s}){const o=H(()=>E(Ys,{organization:t,asOf:i}),[t,i]),l=o.data?.article30,c=l?Ks(l,a,r,s):[],d=new Map((l?.shared??[]).map(m=>[m.id,m])),f=m=>m.shared.flatMap(h=>d.get(h)?[d.get(h)]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(K,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"past-record-summary",children:o.loading?"Rebuilding the record from the history…":l?`${c.length} activities on ${n}`:""}),c.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":`Record of processing as of ${n}`,children:e.jsxs("table",{className:"records past",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Business function"}),e.jsx("th",{scope:"col",children:"Role"}),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),e.jsx("th",{scope:"col",children:"Review"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:c.map((m,h)=>{const v=f(m);return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[m.name,e.jsx(Je,{status:m.reviewStatus}),m.notice&&e.jsx("div",{className:"muted notice-name",children:m.notice})]}),e.jsx("td",{"data-label":"Business function",children:m.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:m.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:m.purposes.map((g,x)=>e.jsxs("li",{children:[g.name,": ",g.legalBasis?.reference??"not stated",g.specialCondition?`; ${g.specialCondition.reference}`:"",e.jsx(Je,{status:g.reviewStatus})]},x))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[m.dataSubjects.map(g=>g.name).join(", ")||"—",e.jsx("br",{}),m.dataCategories.map((g,x)=>e.jsxs("span",{className:g.specialCategory?"special-text":"",children:[x>0?", ":"",g.name]},g.key))]}),e.jsx("td",{"data-label":"Recipients",children:m.recipients.length?m.recipients.map((g,x)=>e.jsxs("span",{children:[x>0?", ":"",g.name,e.jsx(Je,{status:g.reviewStatus})]},x)):"—"}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(vt,{own:m.transfers,shared:v.flatMap(g=>g.transfers),children:g=>e.jsxs(e.Fragment,{children:[g.country||g.scope,g.recipient?` to ${g.recipient}`:"",": ",g.safeguard?g.safeguard.name:"no safeguard stated",g.safeguard?.stale?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",g.safeguard.validUntil,")"]}):null]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(vt,{own:m.retention,shared:v.flatMap(g=>g.retention),children:g=>e.jsxs(e.Fragment,{children:[g.duration?Re(g.duration):ge(g.criterion,90),g.dataCategories.length?` (of ${g.dataCategories.map(x=>x.name).join(", ")})`:""]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(vt,{own:m.security,shared:v.flatMap(g=>g.security),children:g=>e.jsx(e.Fragment,{children:g.name})})}),e.jsx("td",{"data-label":"Review",children:m.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:m.evidence.length?e.jsx("ul",{className:"evidence-quotes",children:m.evidence.slice(0,2).map((g,x)=>e.jsxs("li",{title:g.quote,children:["“",ge(g.quote,70),"”"]},x))}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${m.name}-${h}`)})})]})}),l&&!c.length&&e.jsxs("p",{children:["No activities",a||r||s?" match the filter":""," on ",n,"."]})]})}function Zn(){const[t,n]=pe();return{params:t,get:r=>t.get(r)??"",set:(r,s={})=>{const o=new URLSearchParams(window.location.search);if(!s.keepPage)for(const l of["page","after","before"])o.delete(l);for(const[l,c]of Object.entries(r))c?o.set(l,c):o.delete(l);n(o,{replace:s.replace})}}}function ei(t,n){const i=new URLSearchParams(t);for(const a of["page","after","before","activity","asOf"])i.delete(a);return i.set("org",n),i.toString()}function ti(t,n,i=250){const[a,r]=u.useState(t),s=u.useRef(t);return u.useEffect(()=>{t!==s.current&&r(s.current=t)},[t]),u.useEffect(()=>{if(a===s.current)return;const o=setTimeout(()=>n(s.current=a),i);return()=>clearTimeout(o)},[a]),[a,r]}const Xs=A(`
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
`),cn=10;function Zs(t,n,i,a,r=""){const s=[];t&&s.push({organizationID:t}),r&&s.push({id:r});const o=n.trim();return o&&s.push({or:[{nameContainsFold:o},{descriptionContainsFold:o},{businessFunctionContainsFold:o},{hasPurposesWith:[{hasPurposeWith:[{nameContainsFold:o}]}]}]}),i&&s.push({role:i}),a&&s.push({reviewStatus:a}),{and:s}}function eo(){const{orgs:t,org:n}=Fe(),{params:i,get:a,set:r}=Zn(),s=a("q"),o=a("role"),l=a("review"),d={field:["NAME","BUSINESS_FUNCTION","ROLE","REVIEW_STATUS"].includes(a("sort"))?a("sort"):"NAME",direction:a("dir")==="desc"?"DESC":"ASC"},f={after:a("after")||void 0,before:a("before")||void 0},m=p=>r({after:p.after,before:p.before},{keepPage:!0}),[h,v]=ti(s,p=>r({q:p},{replace:!0})),g=i.get("activity")??"",{asOf:x,time:y,setAsOf:$}=Mt(),k=Kn(n?.key),C=H(()=>n&&!x?E(Xs,{where:Zs(n.id,s,o,l,g),orderBy:[d],...f.before?{last:cn,before:f.before}:{first:cn,after:f.after}}):Promise.resolve(void 0),[n?.id,x,s,o,l,g,d.field,d.direction,f.after,f.before]),R=C.data?.activities,w=(R?.edges??[]).flatMap(p=>p?.node?[p.node]:[]),F=p=>`/reports/inventory/activities.${p}?${ei(i,n?.key??"")}`,j=(p,S)=>{const b=d.field===p;return e.jsx("th",{scope:"col","aria-sort":b?d.direction==="ASC"?"ascending":"descending":"none",children:e.jsxs("button",{type:"button",className:"sort",onClick:()=>{r({sort:p,dir:b&&d.direction==="ASC"?"desc":"asc"})},children:[S," ",e.jsx("span",{"aria-hidden":"true",children:b?d.direction==="ASC"?"▲":"▼":"↕"})]})})},B=p=>rs(n?.key??"",p,x||void 0);return e.jsxs("section",{"aria-labelledby":"rec-h",children:[e.jsxs("h1",{id:"rec-h",children:["Record of processing",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:p=>r({org:p})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-search",children:"Search"}),e.jsx("input",{id:"rec-search",type:"search",value:h,onChange:p=>v(p.target.value),placeholder:"name, function or purpose"})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-role",children:"Role"}),e.jsxs("select",{id:"rec-role",value:o,onChange:p=>r({role:p.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-review",children:"Review status"}),e.jsxs("select",{id:"rec-review",value:l,onChange:p=>r({review:p.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"REVIEWED",children:"reviewed"}),e.jsx("option",{value:"UNREVIEWED",children:"unreviewed"}),e.jsx("option",{value:"REJECTED",children:"rejected"})]})]}),e.jsx(Lt,{id:"rec-asof",asOf:x,setAsOf:p=>r({asOf:p})}),e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":x?`Download the Article 30 report as of ${x}`:"Download the Article 30 report",children:[e.jsx("a",{className:"button",href:B("html"),target:"_blank",rel:"noopener",children:"Report (HTML)"}),e.jsx("a",{className:"button",href:B("csv"),download:!0,children:"Report (CSV)"}),e.jsx("a",{className:"button",href:B("xlsx"),download:!0,children:"Report (XLSX)"})]}),!x&&!g&&e.jsxs("div",{className:"buttons exports",role:"group","aria-label":"Export the activities shown (all pages)",children:[e.jsx("a",{className:"button",href:F("csv"),download:!0,"data-testid":"export-csv",children:"Export table (CSV)"}),e.jsx("a",{className:"button",href:F("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export table (XLSX)"})]})]}),e.jsx(zt,{asOf:x,setAsOf:$}),x&&n&&y&&e.jsx(Gs,{org:n.key,asOf:x,time:y,search:s,role:o,review:l}),!x&&g&&e.jsxs("p",{className:"fact-filter",children:["Only one activity (linked from a finding)."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>r({activity:""}),children:"Show all activities"})]}),!x&&e.jsxs(e.Fragment,{children:[e.jsx(K,{error:C.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:C.loading?"Loading…":R?`${R.totalCount} activities`:""}),e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"rec-h",children:e.jsxs("table",{className:"records",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[j("NAME","Activity"),j("BUSINESS_FUNCTION","Business function"),j("ROLE","Role"),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),j("REVIEW_STATUS","Review"),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:w.map(p=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[e.jsx(Y,{to:`/activities/${p.id}`,children:p.name}),e.jsx(G,{status:p.reviewStatus}),n&&e.jsx("span",{className:"badges",children:e.jsx(sn,{org:n.key,fact:`activity:${p.id}`,findings:k.get(`activity:${p.id}`),label:p.name})}),p.notice&&e.jsx("div",{className:"muted notice-name",title:p.notice.audience?`Audience: ${p.notice.audience}`:void 0,children:p.notice.title})]}),e.jsx("td",{"data-label":"Business function",children:p.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:p.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:ui(p.purposes).map(S=>e.jsxs("li",{children:[S.purpose.name,": ",S.legalBasis?.reference??"not stated",S.specialCondition?`; ${S.specialCondition.reference}`:"",e.jsx(G,{status:S.reviewStatus})]},S.id))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[p.dataSubjects?.map(S=>S.name).join(", ")||"—",e.jsx("br",{}),p.dataCategories?.map((S,b)=>e.jsxs("span",{className:S.specialCategory?"special-text":"",children:[b>0?", ":"",S.name]},S.id))]}),e.jsxs("td",{"data-label":"Recipients",children:[Vt(p.disclosures).map((S,b)=>e.jsxs("span",{children:[b>0?", ":"",S.name,e.jsx(G,{status:S.draft?"UNREVIEWED":void 0})]},S.id)),!Vt(p.disclosures).length&&"—"]}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(Ke,{facts:p.effectiveTransfers,children:S=>e.jsxs(e.Fragment,{children:[S.country||S.scope,": ",e.jsx(Ue,{safeguard:S.safeguard}),n&&e.jsx(sn,{org:n.key,fact:`transfer:${S.id}`,findings:k.get(`transfer:${S.id}`),label:`the transfer to ${S.country||S.scope}`})]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(Ke,{facts:p.effectiveRetentionRules,children:S=>e.jsxs(e.Fragment,{children:[S.duration?Re(S.duration):e.jsx(to,{text:S.criterion??"",max:90}),S.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" (of ",S.dataCategories.map(b=>b.name).join(", "),")"]}):null]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(Ke,{facts:p.effectiveSecurityPractices,inline:!0,children:S=>e.jsx("span",{title:S.description??void 0,children:S.measure.name})})}),e.jsx("td",{"data-label":"Review",children:p.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(he,{evidence:p.evidence?.slice(0,2)})})]},p.id))})]})}),e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:!R?.pageInfo.hasPreviousPage&&!f.after,onClick:()=>m({before:R?.pageInfo.startCursor??void 0}),children:"Previous page"}),e.jsx("button",{type:"button",disabled:!(R?.pageInfo.hasNextPage||f.before),onClick:()=>m({after:R?.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function to({text:t,max:n}){const[i,a]=u.useState(!1),r=ge(t,n);return r===t.replace(/\s+/g," ").trim()?e.jsx(e.Fragment,{children:t}):e.jsxs(e.Fragment,{children:[i?t:r," ",e.jsx("button",{type:"button",className:"linklike more","aria-expanded":i,onClick:()=>a(!i),children:i?"less":"more"})]})}const no=A(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`),io=A(`
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
`),ao={EXACT:"exact: declared for this category",BROADER:"broader: declared for a category that covers it",NARROWER:"narrower: receives a part of it"};function ro(){const[t,n]=pe(),i=t.get("field")??"",a=t.get("org")??"",{orgs:r}=Fe(),{asOf:s,time:o,setAsOf:l}=Mt(),[c,d]=u.useState(i),[f,m]=u.useState({for:"",list:[]}),[h,v]=u.useState(!1),[g,x]=u.useState(-1);u.useEffect(()=>d(i),[i]),u.useEffect(()=>{const w=c.trim();if(w.length<2)return m({for:w,list:[]});let F=!0;const j=setTimeout(()=>{E(no,{text:w,organization:a||void 0}).then(B=>F&&m({for:w,list:B.lookupSuggestions}),()=>F&&m({for:w,list:[]}))},120);return()=>{F=!1,clearTimeout(j)}},[c,a]),u.useEffect(()=>x(-1),[f]);const y=w=>{v(!1),d(w);const F=new URLSearchParams(t);F.set("field",w.trim()),n(F)},$=h&&f.for===c.trim()?f.list:[],k=H(()=>i?E(io,{field:i,organization:a||void 0,asOf:o}):Promise.resolve(void 0),[i,a,o]),C=k.data?.recipientsOf??[],R=k.error instanceof tt?k.error.errors.flatMap(w=>w.extensions?.suggestions??[]):[];return e.jsxs("section",{"aria-labelledby":"lookup-h",children:[e.jsx("h1",{id:"lookup-h",children:"Who receives this field?"}),e.jsxs("form",{className:"filters",role:"search",onSubmit:w=>{w.preventDefault(),y(c)},children:[e.jsxs("div",{className:"field wide combo",children:[e.jsx("label",{htmlFor:"lookup-field",children:"Field path or data category"}),e.jsx("input",{id:"lookup-field",role:"combobox","aria-autocomplete":"list","aria-expanded":$.length>0,"aria-controls":"lookup-options","aria-activedescendant":g>=0&&$[g]?`lookup-option-${g}`:void 0,value:c,onChange:w=>{d(w.target.value),v(!0)},onFocus:()=>v(!0),onBlur:()=>v(!1),onKeyDown:w=>{w.key==="ArrowDown"||w.key==="ArrowUp"?(w.preventDefault(),v(!0),$.length&&x(F=>w.key==="ArrowDown"?(F+1)%$.length:(F<=0?$.length:F)-1)):w.key==="Enter"&&g>=0&&$[g]?(w.preventDefault(),y($[g].value)):w.key==="Escape"&&v(!1)},placeholder:"user.contact.email, careers.application.ssn or a name: email, social security",autoComplete:"off","aria-describedby":"lookup-hint"}),e.jsx("ul",{id:"lookup-options",role:"listbox","aria-label":"Suggestions",className:"combo-list","data-for":f.for,hidden:!$.length,children:$.map((w,F)=>e.jsxs("li",{id:`lookup-option-${F}`,role:"option","aria-selected":F===g,"data-value":w.value,title:w.value,onMouseDown:j=>{j.preventDefault(),y(w.value)},children:[e.jsx("span",{className:"combo-name",children:w.name})," ",e.jsx("code",{children:w.value})," ",e.jsx("span",{className:"muted",children:w.kind})]},w.value))}),e.jsx("small",{id:"lookup-hint",children:"Type two letters: keys, names, partial words and typos are matched. Arrow keys choose."})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"lookup-org",children:"Organization"}),e.jsxs("select",{id:"lookup-org",value:a,onChange:w=>{const F=new URLSearchParams(t);w.target.value?F.set("org",w.target.value):F.delete("org"),n(F)},children:[e.jsx("option",{value:"",children:"all"}),r.map(w=>e.jsx("option",{value:w.key,children:w.name},w.id))]})]}),e.jsx(Lt,{id:"lookup-asof",asOf:s,setAsOf:l}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Look up"})})]}),e.jsx(zt,{asOf:s,setAsOf:l}),e.jsx(K,{error:k.error}),R.length>0&&e.jsxs("p",{children:["Did you mean:"," ",R.map((w,F)=>e.jsxs("span",{children:[F>0&&", ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>y(w),children:w})]},w))]}),i&&!k.error&&e.jsx("p",{"aria-live":"polite",className:"muted",children:k.loading?"Looking up…":`${C.length} recipients of ${i}`}),C.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":"Recipients and reasons",children:e.jsxs("table",{className:"lookup",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Recipient"}),e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Purpose"}),e.jsx("th",{scope:"col",children:"Legal basis"}),e.jsx("th",{scope:"col",children:"Match"}),e.jsx("th",{scope:"col",children:"Country and safeguard"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:C.map((w,F)=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[w.recipient.name,e.jsx(G,{status:xt(w.recipient.reviewStatus)||xt(w.disclosure.reviewStatus)?"UNREVIEWED":void 0}),e.jsxs("div",{className:"muted",children:[w.recipient.kind," · ",w.organization.name]})]}),e.jsxs("td",{"data-label":"Activity",children:[w.activity.name,e.jsx(G,{status:w.activity.reviewStatus})]}),e.jsx("td",{"data-label":"Purpose",children:w.purposes.map(j=>j.name).join("; ")||"—"}),e.jsxs("td",{"data-label":"Legal basis",children:[w.allActivityBases&&e.jsx("p",{className:"bases-note muted","data-all-bases":"true",children:"all purposes of the activity (the disclosure names none):"}),w.legalBases.length?e.jsx("ul",{children:w.legalBases.map(j=>e.jsxs("li",{children:[e.jsxs("span",{className:"muted",children:[j.purpose.name,":"]})," ",j.legalBasis?`${j.legalBasis.reference} (${j.legalBasis.name})`:"not stated",j.specialCondition?`; ${j.specialCondition.reference}`:"",e.jsx(G,{status:j.activityPurpose.reviewStatus})]},j.id))}):"no purpose of the activity matches the disclosure's"]}),e.jsxs("td",{"data-label":"Match",children:[e.jsx("span",{className:`match match-${w.match.toLowerCase()}`,children:w.match}),e.jsxs("div",{className:"muted",children:[ao[w.match]," (",e.jsx("code",{children:w.category.key}),")"]})]}),e.jsx("td",{"data-label":"Country and safeguard",children:w.transfers.length?e.jsx("ul",{children:w.transfers.map(j=>e.jsxs("li",{children:[j.country||j.scope,": ",e.jsx(Ue,{safeguard:j.safeguard})," ",e.jsxs("span",{className:"muted",children:["(",hi(fi(j)),")"]}),e.jsx(G,{status:j.reviewStatus})]},j.id))}):"no transfer recorded"}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(he,{evidence:w.evidence})})]},`${w.recipient.id}-${w.activity.id}-${w.category.key}-${F}`))})]})})]})}const so=A(`
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
`);function oo(){const{id:t=""}=rt(),{data:n,error:i,loading:a}=H(()=>E(so,{id:t}),[t]),r=u.useRef(null),s=n?.node?.__typename==="Evidence"?n.node:void 0;if(u.useEffect(()=>{r.current?.scrollIntoView({block:"center"}),r.current?.focus({preventScroll:!0})},[s?.id]),a)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(i)return e.jsx(K,{error:i});if(!s)return e.jsxs("p",{role:"alert",children:["No evidence span with ID ",t,"."]});const[o,l,c]=yn(s.document.text,s.start,s.end);return e.jsxs("section",{"aria-labelledby":"ev-h",className:"evidence",children:[e.jsx("h1",{id:"ev-h",children:s.document.title}),e.jsxs("p",{className:"muted",children:[s.document.organization.name,s.document.lastUpdated?` · last updated ${s.document.lastUpdated.slice(0,10)}`:"",s.document.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:s.document.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",s.quote,"”",e.jsxs("footer",{className:"muted",children:["bytes ",s.start,"–",s.end," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[o,e.jsx("mark",{id:"quote",ref:r,tabIndex:-1,children:l}),c]})]})}A(`
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
`);const lo=A(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`),co={create:"created",update:"updated",delete:"deleted"};function uo({history:t,owner:n,lastReviewed:i,parts:a,reload:r}){const s=[...t.changes.map(c=>({change:c,what:"activity"})),...a.flatMap(c=>c.history.changes.map(d=>({change:d,what:c.label})))],o=new Map(s.map(c=>[c.change.id,c])),l=ns(s.map(c=>c.change)).map(c=>o.get(c.id));return e.jsxs("section",{className:"card history","aria-labelledby":"history-h",children:[e.jsx("h2",{id:"history-h",children:"History"}),e.jsxs("dl",{className:"history-stamps",children:[e.jsx("dt",{children:"Created"}),e.jsx("dd",{"data-testid":"history-created",children:t.createdAt?`${ye(t.createdAt)} by ${t.createdBy??"unknown"}`:"before the history was kept"}),e.jsx("dt",{children:"Last changed"}),e.jsx("dd",{"data-testid":"history-updated",children:t.updatedAt?`${ye(t.updatedAt)} by ${t.updatedBy??"unknown"}`:"—"}),e.jsx("dt",{children:"Owner"}),e.jsx("dd",{"data-testid":"history-owner",children:n||"not recorded"}),e.jsx("dt",{children:"Last reviewed"}),e.jsx("dd",{"data-testid":"history-last-reviewed",children:i?ye(i):"never"})]}),e.jsxs("h3",{children:["Changes, newest first (",l.length,")"]}),l.length?e.jsx("ol",{className:"changes","aria-label":"Changes of the activity",children:l.map(c=>e.jsx(ho,{change:c.change,what:c.what,reload:r},c.change.id))}):e.jsx("p",{className:"muted",children:"No changes recorded."})]})}function ho({change:t,what:n,reload:i}){const a=ts(t.before,t.after),r=co[t.operation]??t.operation;return e.jsxs("li",{className:`change op-${t.operation}`,"data-change":t.id,children:[e.jsxs("div",{className:"change-head",children:[e.jsx("time",{dateTime:t.at,children:ye(t.at)})," ",e.jsx("strong",{className:"actor",children:t.actor})," ",e.jsxs("span",{className:"muted",children:["via ",t.via]}),":"," ",e.jsxs("span",{className:"what",children:[n," ",r]}),t.reverts?e.jsxs("span",{className:"muted",children:[" (reverts change ",t.reverts,")"]}):null]}),t.note&&e.jsxs("p",{className:"change-note",children:["Note: ",t.note]}),a.length>0&&t.operation!=="update"?e.jsxs("details",{className:"field-details",children:[e.jsxs("summary",{children:[a.length," field",a.length===1?"":"s"," ",t.operation==="delete"?"it had":"set"]}),e.jsx(dn,{change:t,lines:a})]}):a.length>0&&e.jsx(dn,{change:t,lines:a}),e.jsx(fo,{change:t,what:`${os(t.entityType)} ${r} ${ye(t.at)}`,reload:i})]})}function dn({change:t,lines:n}){return e.jsx("ul",{className:"field-lines",children:n.map(i=>e.jsxs("li",{"data-field":i.field,children:[e.jsxs("span",{className:"field-name",children:[Ln(i.field),i.edge?" (IDs)":""]}),":"," ",t.operation==="update"?e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"before",children:i.before??"none"})," → ",e.jsx("span",{className:"after",children:i.after??"none"})]}):e.jsx("span",{className:t.operation==="delete"?"before":"after",children:t.operation==="delete"?i.before:i.after})]},`${i.edge?"e":"f"}:${i.field}`))})}function fo({change:t,what:n,reload:i}){const a=Ae(),[r,s]=u.useState(!1),[o,l]=u.useState(""),[c,d]=u.useState(!1),[f,m]=u.useState("");if(!a("admin"))return null;const h=`revert-${t.id}`;return r?e.jsxs("form",{className:"grid revert","aria-label":`Revert the change: ${n}`,onSubmit:async v=>{v.preventDefault(),d(!0),m("");try{await E(lo,{id:t.id,reason:o.trim()||void 0}),s(!1),l(""),i()}catch(g){m(g instanceof Error?g.message:String(g))}finally{d(!1)}},children:[e.jsxs("div",{className:"field wide",children:[e.jsx("label",{htmlFor:h,children:"Reason for reverting"}),e.jsx("input",{id:h,value:o,onChange:v=>l(v.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",className:"danger",disabled:c,children:"Revert"}),e.jsx("button",{type:"button",className:"secondary",onClick:()=>{s(!1),m("")},children:"Cancel"})]}),f&&e.jsx("p",{role:"alert",className:"error",children:f})]}):e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>s(!0),"aria-label":`Revert the change: ${n}`,children:"Revert…"})})}const po=A(`
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
`),mo=A(`
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
`),go=A(`
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
`),vo=A(`
  mutation CreateActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
    }
  }
`),Nt=A(`
  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),yo=A(`
  mutation AddPurpose($input: CreateActivityPurposeInput!) {
    createActivityPurpose(input: $input) {
      id
    }
  }
`),xo=A(`
  mutation RemovePurpose($id: ID!) {
    deleteActivityPurpose(id: $id)
  }
`),jo=A(`
  mutation AddDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) {
      id
    }
  }
`),wo=A(`
  mutation RemoveDisclosure($id: ID!) {
    deleteDisclosure(id: $id)
  }
`),$o=A(`
  mutation AddRetention($input: CreateRetentionRuleInput!) {
    createRetentionRule(input: $input) {
      id
    }
  }
`),bo=A(`
  mutation RemoveRetention($id: ID!) {
    deleteRetentionRule(id: $id)
  }
`),No=A(`
  mutation AddTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      id
    }
  }
`),Co=A(`
  mutation RemoveTransfer($id: ID!) {
    deleteTransfer(id: $id)
  }
`);function Ut(t,n,i={}){const a=t instanceof Error?t.message:String(t);if(t instanceof tt){const r=xn(t.field),s=r?i[r]??r:void 0;if(s&&n.includes(s))return{[s]:a}}return{"":a}}function _({id:t,label:n,error:i,children:a,hint:r,wide:s}){return e.jsxs("div",{className:`field${s?" wide":""}${i?" has-error":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),a,r&&e.jsx("small",{id:`${t}-hint`,children:r}),i&&e.jsx("p",{className:"field-error",id:`${t}-error`,role:"alert",children:i})]})}function V(t,n){return{id:t,"aria-invalid":n[t.split("-").pop()]?!0:void 0,"aria-describedby":n[t.split("-").pop()]?`${t}-error`:void 0}}const be=t=>(t?.edges??[]).flatMap(n=>n?.node?[n.node]:[]);function un(){const{id:t}=rt(),n=at(),i=Ae()("edit"),a=H(()=>t?E(po,{id:t}):Promise.resolve(void 0),[t]),r=H(()=>E(mo),[]),s=a.data?.node?.__typename==="ProcessingActivity"?a.data.node:void 0,o=be(r.data?.organizations),[l,c]=u.useState({organizationID:"",name:"",description:"",businessFunction:"",role:"controller",automatedDecisionMaking:!1,dpiaRequired:"",owner:""}),[d,f]=u.useState({}),[m,h]=u.useState("");u.useEffect(()=>{s&&c({organizationID:s.organization.id,name:s.name,description:s.description??"",businessFunction:s.businessFunction??"",role:s.role,automatedDecisionMaking:s.automatedDecisionMaking,dpiaRequired:s.dpiaRequired==null?"":String(s.dpiaRequired),owner:s.owner??""})},[s?.id,a.data]),u.useEffect(()=>{!t&&!l.organizationID&&o.length&&c(x=>({...x,organizationID:(o.find(y=>y.key==="ujet")??o[0]).id}))},[t,o.length]);const v=["organizationID","name","description","businessFunction","role","automatedDecisionMaking","dpiaRequired","owner"],g=async x=>{x.preventDefault(),f({}),h("");const y={name:l.name,role:l.role,automatedDecisionMaking:l.automatedDecisionMaking};try{if(!t){const $=await E(vo,{input:{...y,organizationID:l.organizationID,description:l.description||void 0,businessFunction:l.businessFunction||void 0,owner:l.owner.trim()||void 0,dpiaRequired:l.dpiaRequired===""?void 0:l.dpiaRequired==="true"}});n(`/activities/${$.createProcessingActivity.id}`);return}await E(Nt,{id:t,input:{...y,...l.description?{description:l.description}:{clearDescription:!0},...l.businessFunction?{businessFunction:l.businessFunction}:{clearBusinessFunction:!0},...l.dpiaRequired===""?{clearDpiaRequired:!0}:{dpiaRequired:l.dpiaRequired==="true"},...l.owner.trim()?{owner:l.owner.trim()}:{clearOwner:!0}}}),h("Saved."),a.reload()}catch($){f(Ut($,v,{organization:"organizationID"}))}};return t&&a.loading&&!s?e.jsx("p",{className:"muted",children:"Loading…"}):t&&a.error?e.jsx(K,{error:a.error}):t&&!s&&!a.loading?e.jsxs("p",{role:"alert",children:["No activity with ID ",t,"."]}):e.jsxs("section",{"aria-labelledby":"edit-h",className:"edit",children:[e.jsx("h1",{id:"edit-h",children:s?i?`Edit: ${s.name}`:s.name:"New processing activity"}),s&&e.jsxs("p",{className:"muted",children:[s.organization.name," · review status ",s.reviewStatus,e.jsx(G,{status:s.reviewStatus})," · ",e.jsx(Y,{to:`/records?org=${s.organization.key}`,children:"back to the record"})]}),!i&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:g,noValidate:!0,"aria-label":"Activity",className:"card",children:[e.jsxs("fieldset",{className:"plain",disabled:!i,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{id:"act-organizationID",label:"Organization",error:d.organizationID,children:e.jsx("select",{...V("act-organizationID",d),value:l.organizationID,disabled:!!t,onChange:x=>c({...l,organizationID:x.target.value}),children:o.map(x=>e.jsx("option",{value:x.id,children:x.name},x.id))})}),e.jsx(_,{id:"act-name",label:"Name (required)",error:d.name,wide:!0,children:e.jsx("input",{...V("act-name",d),"aria-required":"true",value:l.name,onChange:x=>c({...l,name:x.target.value})})}),e.jsx(_,{id:"act-businessFunction",label:"Business function",error:d.businessFunction,wide:!0,children:e.jsx("input",{...V("act-businessFunction",d),value:l.businessFunction,onChange:x=>c({...l,businessFunction:x.target.value}),placeholder:"e.g. Marketing, HR"})}),e.jsx(_,{id:"act-role",label:"Role of the organization",error:d.role,children:e.jsxs("select",{...V("act-role",d),value:l.role,onChange:x=>c({...l,role:x.target.value}),children:[e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})}),e.jsx(_,{id:"act-dpiaRequired",label:"DPIA required (Art 35)",error:d.dpiaRequired,children:e.jsxs("select",{...V("act-dpiaRequired",d),value:l.dpiaRequired,onChange:x=>c({...l,dpiaRequired:x.target.value}),children:[e.jsx("option",{value:"",children:"not assessed"}),e.jsx("option",{value:"true",children:"yes"}),e.jsx("option",{value:"false",children:"no"})]})}),e.jsx(_,{id:"act-owner",label:"Owner (person or team)",error:d.owner,hint:s?`Last reviewed: ${s.lastReviewed?ye(s.lastReviewed):"never"} (set when a reviewer confirms the activity)`:void 0,children:e.jsx("input",{...V("act-owner",d),value:l.owner,onChange:x=>c({...l,owner:x.target.value}),placeholder:"e.g. Marketing team","aria-describedby":[d.owner?"act-owner-error":"",s?"act-owner-hint":""].filter(Boolean).join(" ")||void 0})}),e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"act-adm",type:"checkbox",checked:l.automatedDecisionMaking,onChange:x=>c({...l,automatedDecisionMaking:x.target.checked})}),e.jsx("label",{htmlFor:"act-adm",children:"Automated decision-making or profiling (Art 22)"})]})]}),e.jsx(_,{id:"act-description",label:"Description",error:d.description,children:e.jsx("textarea",{...V("act-description",d),rows:3,value:l.description,onChange:x=>c({...l,description:x.target.value})})}),d[""]&&e.jsx("p",{role:"alert",className:"error",children:d[""]})]}),i&&e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:t?"Save activity":"Create activity"}),e.jsx("span",{role:"status",className:"saved",children:m})]}),s&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"small",children:"Evidence for this activity"}),e.jsx(he,{evidence:s.evidence})]})]}),s&&r.data&&e.jsx(Ro,{a:s,choices:r.data,reload:a.reload,editable:i}),s&&e.jsx(uo,{history:s.history,owner:s.owner,lastReviewed:s.lastReviewed,parts:[...(s.purposes??[]).map(x=>({label:`purpose ${x.purpose.name}`,history:x.history})),...(s.disclosures??[]).map(x=>({label:`disclosure to ${x.recipient.name}`,history:x.history}))],reload:a.reload})]})}function Ro({a:t,choices:n,reload:i,editable:a}){const r=H(()=>E(go,{org:t.organization.id}),[t.organization.id]),s=be(n.purposes),o=be(n.legalBases),l=be(n.dataCategories),c=be(n.transferSafeguards),d=be(r.data?.recipients),[f,m]=u.useState({}),h=async(p,S,b,I={})=>{m(T=>({...T,[p]:{}}));try{return await b(),i(),!0}catch(T){return m(q=>({...q,[p]:Ut(T,S,I)})),!1}},[v,g]=u.useState({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""}),[x,y]=u.useState(""),[$,k]=u.useState({recipientID:"",categoryIDs:[]}),[C,R]=u.useState({duration:"",criterion:"",endAction:"delete"}),[w,F]=u.useState({scope:"country",country:"",recipientID:"",safeguardID:""}),j=p=>f[p]??{},B=p=>j(p)[""]&&e.jsx("p",{role:"alert",className:"error",children:j(p)[""]});return e.jsxs("div",{className:"links",children:[e.jsxs("section",{className:"card","aria-labelledby":"purposes-h",children:[e.jsx("h2",{id:"purposes-h",children:"Purposes and legal bases"}),e.jsx("ul",{className:"items",children:t.purposes?.map(p=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:p.purpose.name}),": ",p.legalBasis?.reference??"basis not stated",p.specialCondition?`; ${p.specialCondition.reference}`:"",p.legitimateInterest?` (interest: ${p.legitimateInterest})`:""]}),e.jsx(he,{evidence:p.evidence}),a&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>h("purposes",[],()=>E(xo,{id:p.id})),"aria-label":`Remove purpose ${p.purpose.name}`,children:"Remove"})]},p.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a purpose",noValidate:!0,onSubmit:async p=>{p.preventDefault(),await h("purposes",["purposeID","legalBasisID","specialConditionID","legitimateInterest"],()=>E(yo,{input:{activityID:t.id,purposeID:v.purposeID,legalBasisID:v.legalBasisID||void 0,specialConditionID:v.specialConditionID||void 0,legitimateInterest:v.legitimateInterest||void 0}}))&&g({purposeID:"",legalBasisID:"",specialConditionID:"",legitimateInterest:""})},children:[e.jsx(_,{id:"ap-purposeID",label:"Purpose",error:j("purposes").purposeID,children:e.jsxs("select",{...V("ap-purposeID",j("purposes")),value:v.purposeID,onChange:p=>g({...v,purposeID:p.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),s.map(p=>e.jsx("option",{value:p.id,children:p.name},p.id))]})}),e.jsx(_,{id:"ap-legalBasisID",label:"Art 6 legal basis",error:j("purposes").legalBasisID,children:e.jsxs("select",{...V("ap-legalBasisID",j("purposes")),value:v.legalBasisID,onChange:p=>g({...v,legalBasisID:p.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),o.filter(p=>p.article==="art6").map(p=>e.jsxs("option",{value:p.id,children:[p.reference,": ",p.name]},p.id))]})}),e.jsx(_,{id:"ap-specialConditionID",label:"Art 9 condition",error:j("purposes").specialConditionID,children:e.jsxs("select",{...V("ap-specialConditionID",j("purposes")),value:v.specialConditionID,onChange:p=>g({...v,specialConditionID:p.target.value}),children:[e.jsx("option",{value:"",children:"none"}),o.filter(p=>p.article!=="art6").map(p=>e.jsxs("option",{value:p.id,children:[p.reference,": ",p.name]},p.id))]})}),e.jsx(_,{id:"ap-legitimateInterest",label:"Legitimate interest (Art 6(1)(f))",error:j("purposes").legitimateInterest,children:e.jsx("input",{...V("ap-legitimateInterest",j("purposes")),value:v.legitimateInterest,onChange:p=>g({...v,legitimateInterest:p.target.value})})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add purpose"})}),B("purposes")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"cats-h",children:[e.jsx("h2",{id:"cats-h",children:"Categories of personal data"}),e.jsx("ul",{className:"items",children:t.dataCategories?.map(p=>e.jsxs("li",{children:[e.jsxs("span",{children:[p.name," ",e.jsx("code",{children:p.key})]}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove category ${p.name}`,onClick:()=>h("cats",[],()=>E(Nt,{id:t.id,input:{removeDataCategoryIDs:[p.id]}})),children:"Remove"})]},p.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a data category",noValidate:!0,onSubmit:async p=>{p.preventDefault();const S=l.find(b=>b.key===x.trim());if(!S){m(b=>({...b,cats:{dataCategory:x.trim()?`no data category has the key "${x.trim()}"`:"choose a data category"}}));return}await h("cats",["dataCategory"],()=>E(Nt,{id:t.id,input:{addDataCategoryIDs:[S.id]}}))&&y("")},children:[e.jsxs(_,{id:"cat-dataCategory",label:"Data category key",error:j("cats").dataCategory,children:[e.jsx("input",{...V("cat-dataCategory",j("cats")),list:"cat-keys",value:x,onChange:p=>y(p.target.value),placeholder:"user.contact.email"}),e.jsx("datalist",{id:"cat-keys",children:l.map(p=>e.jsx("option",{value:p.key,children:p.name},p.id))})]}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add category"})}),B("cats")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"disc-h",children:[e.jsx("h2",{id:"disc-h",children:"Recipients (disclosures)"}),e.jsx("ul",{className:"items",children:t.disclosures?.map(p=>e.jsxs("li",{children:[e.jsxs("span",{children:[e.jsx("strong",{children:p.recipient.name}),p.dataCategories?.length?`: ${p.dataCategories.map(S=>S.key).join(", ")}`:": all the activity's categories"]}),e.jsx(he,{evidence:p.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":`Remove disclosure to ${p.recipient.name}`,onClick:()=>h("disc",[],()=>E(wo,{id:p.id})),children:"Remove"})]},p.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a recipient",noValidate:!0,onSubmit:async p=>{p.preventDefault(),await h("disc",["recipientID","dataCategoryIDs"],()=>E(jo,{input:{activityID:t.id,recipientID:$.recipientID,dataCategoryIDs:$.categoryIDs}}))&&k({recipientID:"",categoryIDs:[]})},children:[e.jsx(_,{id:"disc-recipientID",label:"Recipient",error:j("disc").recipientID,children:e.jsxs("select",{...V("disc-recipientID",j("disc")),value:$.recipientID,onChange:p=>k({...$,recipientID:p.target.value}),children:[e.jsx("option",{value:"",children:"choose…"}),d.map(p=>e.jsx("option",{value:p.id,children:p.name},p.id))]})}),e.jsx(_,{id:"disc-dataCategoryIDs",label:"Categories disclosed (none: all the activity's)",error:j("disc").dataCategoryIDs,children:e.jsx("select",{...V("disc-dataCategoryIDs",j("disc")),multiple:!0,size:4,value:$.categoryIDs,onChange:p=>k({...$,categoryIDs:[...p.target.selectedOptions].map(S=>S.value)}),children:(t.dataCategories??[]).map(p=>e.jsx("option",{value:p.id,children:p.name},p.id))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add recipient"})}),B("disc")]})]}),e.jsxs("section",{className:"card","aria-labelledby":"ret-h",children:[e.jsx("h2",{id:"ret-h",children:"Retention"}),e.jsx("ul",{className:"items",children:t.retentionRules?.map(p=>e.jsxs("li",{children:[e.jsxs("span",{children:[p.duration?Re(p.duration):p.criterion," · then ",p.endAction]}),e.jsx(he,{evidence:p.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove retention rule",onClick:()=>h("ret",[],()=>E(bo,{id:p.id})),children:"Remove"})]},p.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a retention rule",noValidate:!0,onSubmit:async p=>{p.preventDefault(),await h("ret",["duration","criterion","endAction"],()=>E($o,{input:{organizationID:t.organization.id,activityID:t.id,duration:C.duration||void 0,criterion:C.criterion||void 0,endAction:C.endAction}}))&&R({duration:"",criterion:"",endAction:"delete"})},children:[e.jsx(_,{id:"ret-duration",label:"Duration (ISO 8601)",error:j("ret").duration,hint:"e.g. P6Y, P30D",children:e.jsx("input",{...V("ret-duration",j("ret")),value:C.duration,onChange:p=>R({...C,duration:p.target.value})})}),e.jsx(_,{id:"ret-criterion",label:"or criterion in words",error:j("ret").criterion,children:e.jsx("input",{...V("ret-criterion",j("ret")),value:C.criterion,onChange:p=>R({...C,criterion:p.target.value})})}),e.jsx(_,{id:"ret-endAction",label:"At the end",error:j("ret").endAction,children:e.jsx("select",{...V("ret-endAction",j("ret")),value:C.endAction,onChange:p=>R({...C,endAction:p.target.value}),children:["delete","anonymise","isolate","return","unspecified"].map(p=>e.jsx("option",{value:p,children:p},p))})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add retention rule"})}),B("ret")]}),e.jsx(hn,{facts:t.effectiveRetentionRules,children:p=>e.jsx("span",{title:p.criterion??void 0,children:p.duration?Re(p.duration):ge(p.criterion??"",120)})})]}),e.jsxs("section",{className:"card","aria-labelledby":"tr-h",children:[e.jsx("h2",{id:"tr-h",children:"Transfers outside the EEA"}),e.jsx("ul",{className:"items",children:t.transfers?.map(p=>e.jsxs("li",{children:[e.jsxs("span",{children:[p.country||p.scope,p.recipient?` to ${p.recipient.name}`:"",": ",p.safeguard?.name??"no safeguard stated"]}),e.jsx(he,{evidence:p.evidence}),a&&e.jsx("button",{type:"button",className:"secondary","aria-label":"Remove transfer",onClick:()=>h("tr",[],()=>E(Co,{id:p.id})),children:"Remove"})]},p.id))}),a&&e.jsxs("form",{className:"grid","aria-label":"Add a transfer",noValidate:!0,onSubmit:async p=>{p.preventDefault(),await h("tr",["scope","country","recipientID","safeguardID"],()=>E(No,{input:{organizationID:t.organization.id,activityID:t.id,scope:w.scope,country:w.country||void 0,recipientID:w.recipientID||void 0,safeguardID:w.safeguardID||void 0}}))&&F({scope:"country",country:"",recipientID:"",safeguardID:""})},children:[e.jsx(_,{id:"tr-scope",label:"Scope",error:j("tr").scope,children:e.jsxs("select",{...V("tr-scope",j("tr")),value:w.scope,onChange:p=>F({...w,scope:p.target.value}),children:[e.jsx("option",{value:"country",children:"a named country"}),e.jsx("option",{value:"worldwide",children:"worldwide"}),e.jsx("option",{value:"unspecified",children:"unspecified"})]})}),e.jsx(_,{id:"tr-country",label:"Country (ISO 3166-1 alpha-2)",error:j("tr").country,children:e.jsx("input",{...V("tr-country",j("tr")),value:w.country,maxLength:2,onChange:p=>F({...w,country:p.target.value.toUpperCase()}),placeholder:"US"})}),e.jsx(_,{id:"tr-recipientID",label:"Recipient",error:j("tr").recipientID,children:e.jsxs("select",{...V("tr-recipientID",j("tr")),value:w.recipientID,onChange:p=>F({...w,recipientID:p.target.value}),children:[e.jsx("option",{value:"",children:"none"}),d.map(p=>e.jsx("option",{value:p.id,children:p.name},p.id))]})}),e.jsx(_,{id:"tr-safeguardID",label:"Safeguard",error:j("tr").safeguardID,children:e.jsxs("select",{...V("tr-safeguardID",j("tr")),value:w.safeguardID,onChange:p=>F({...w,safeguardID:p.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),c.map(p=>e.jsxs("option",{value:p.id,children:[p.name,p.validUntil?` (invalid since ${p.validUntil.slice(0,10)})`:""]},p.id))]})}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Add transfer"})}),B("tr")]}),e.jsx(hn,{facts:t.effectiveTransfers,children:p=>e.jsxs(e.Fragment,{children:[p.country||p.scope,": ",e.jsx(Ue,{safeguard:p.safeguard})]})})]})]})}function hn({facts:t,children:n}){const i=t.filter(a=>a.appliesTo!=="ACTIVITY");return i.length?e.jsxs("div",{className:"also-applies",children:[e.jsx("h3",{children:"Also applies to this activity"}),e.jsx(Ke,{facts:i,children:n})]}):null}const ko=A(`
  query ReviewNotices {
    reviewNotices {
      unreviewed
      notice {
        id
        title
        organization {
          name
        }
      }
    }
  }
`),So=A(`
  query ReviewNoticeText($id: ID!) {
    node(id: $id) {
      __typename
      ... on PolicyDocument {
        id
        title
        lastUpdated
        text
        organization {
          id
          key
          name
          origin
          reviewStatus
          reviewNote
        }
      }
    }
  }
`),Io=A(`
  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
    reviewFacts(ids: $ids, status: $status, note: $note) {
      id
    }
  }
`),Do=A(`
  query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {
    list: activities(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          name
          dataCategories {
            id
            key
            name
          }
          dataSubjects {
            id
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Eo=A(`
  query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {
    list: activityPurposes(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          purpose {
            name
          }
          legalBasis {
            id
            reference
            name
          }
          specialCondition {
            id
            reference
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Po=A(`
  query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {
    list: recipients(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          name
          kind
          country
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Ao=A(`
  query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {
    list: disclosures(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
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
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Fo=A(`
  query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {
    list: transfers(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          scope
          country
          recipient {
            name
          }
          safeguard {
            id
            name
            validUntil
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),To=A(`
  query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {
    list: retentionRules(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          duration
          criterion
          endAction
          dataCategories {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Oo=A(`
  query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {
    list: dataSubjectRights(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          channel
          responseTime
          right {
            name
            reference
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),qo=A(`
  query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {
    list: securityPractices(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          description
          measure {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Bo=A(`
  query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {
    list: statements(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          kind
          text
          legalBasis {
            reference
            name
          }
          purposes {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Mo=A(`
  query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {
    list: organizations(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          key
          name
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`),Lo=A(`
  query ReviewQBases($after: Cursor) {
    list: legalBases(first: 100, after: $after, orderBy: { field: KEY }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          name
          article
        }
      }
    }
  }
`),zo=A(`
  query ReviewQSafeguards($after: Cursor) {
    list: transferSafeguards(first: 100, after: $after, orderBy: { field: NAME }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          validUntil
        }
      }
    }
  }
`),Uo=A(`
  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
    updateActivityPurpose(id: $id, input: $input) {
      id
    }
  }
`),Wo=A(`
  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),_o=A(`
  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
    updateTransfer(id: $id, input: $input) {
      id
    }
  }
`),Vo=A(`
  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
    updateRetentionRule(id: $id, input: $input) {
      id
    }
  }
`),Qo=A(`
  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
    updateRecipient(id: $id, input: $input) {
      id
    }
  }
`);async function fn(t){const n=[];let i=null;for(;;){const{list:a}=await t(i);for(const r of a.edges??[])r?.node&&n.push(r.node);if(!a.pageInfo.hasNextPage||!a.pageInfo.endCursor)return n;i=a.pageInfo.endCursor}}const Ho=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function Yo({fact:t,note:n,onDone:i,onCancel:a}){const r=t.node,[s,o]=u.useState(),[l,c]=u.useState(!1),d=u.useRef(null);u.useEffect(()=>d.current?.focus(),[]);const f=D=>`fix-${t.id}-${D}`,m=D=>s instanceof tt&&xn(s.field)===D?!0:void 0,h={reviewStatus:"REVIEWED",reviewNote:n.trim()||"corrected in review"},[v,g]=u.useState(r.legalBasis?.id??""),[x,y]=u.useState(r.specialCondition?.id??""),[$,k]=u.useState(r.safeguard?.id??""),[C,R]=u.useState(r.country??""),[w,F]=u.useState(r.duration??""),[j,B]=u.useState(r.criterion??""),[p,S]=u.useState(r.name??""),[b,I]=u.useState(r.kind??"other"),[T,q]=u.useState(new Set),M=D=>q(W=>{const N=new Set(W);return N.has(D)?N.delete(D):N.add(D),N}),me=r.dataCategories??[],Q=r.dataSubjects??[],se=H(()=>t.edit==="purpose"?fn(D=>E(Lo,{after:D})):Promise.resolve([]),[t.edit]),Te=H(()=>t.edit==="transfer"?fn(D=>E(zo,{after:D})):Promise.resolve([]),[t.edit]),_e=async D=>{D.preventDefault(),c(!0),o(void 0);try{switch(t.edit){case"activity":await E(Wo,{id:t.id,input:{...h,name:p,removeDataCategoryIDs:me.filter(W=>T.has(W.id)).map(W=>W.id),removeDataSubjectIDs:Q.filter(W=>T.has(W.id)).map(W=>W.id)}});break;case"purpose":await E(Uo,{id:t.id,input:{...h,...v?{legalBasisID:v}:{clearLegalBasis:!0},...x?{specialConditionID:x}:{clearSpecialCondition:!0}}});break;case"transfer":{const W=C.trim().toUpperCase();await E(_o,{id:t.id,input:{...h,...$?{safeguardID:$}:{clearSafeguard:!0},...W?{country:W,scope:"country"}:{clearCountry:!0,scope:r.scope==="country"?"unspecified":r.scope}}});break}case"retention":await E(Vo,{id:t.id,input:{...h,...w.trim()?{duration:w.trim()}:{clearDuration:!0},...j.trim()?{criterion:j.trim()}:{clearCriterion:!0}}});break;case"recipient":await E(Qo,{id:t.id,input:{...h,name:p,kind:b}});break}i()}catch(W){o(W)}finally{c(!1)}},Ve=(se.data??[]).filter(D=>D.article==="art6"),we=(se.data??[]).filter(D=>D.article!=="art6");return e.jsxs("form",{className:"rq-correct","aria-label":"Correct the fact",onSubmit:_e,onKeyDown:D=>{D.key==="Escape"&&(D.stopPropagation(),a())},children:[t.edit==="activity"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:d,value:p,onChange:D=>S(D.target.value),"aria-invalid":m("name")})]}),[["Data categories",me],["Data subjects",Q]].map(([D,W])=>W.length?e.jsxs("fieldset",{className:"rq-keep",children:[e.jsxs("legend",{children:[D," it keeps"]}),W.map(N=>e.jsxs("label",{children:[e.jsx("input",{type:"checkbox",checked:!T.has(N.id),onChange:()=>M(N.id)})," ",N.name]},N.id))]},D):null)]}),t.edit==="purpose"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("basis"),children:"Art 6 legal basis"}),e.jsxs("select",{id:f("basis"),ref:d,value:v,onChange:D=>g(D.target.value),"aria-invalid":m("legalBasisID"),children:[e.jsx("option",{value:"",children:"not stated"}),Ve.map(D=>e.jsxs("option",{value:D.id,children:[D.reference," ",D.name]},D.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("cond"),children:"Art 9 condition"}),e.jsxs("select",{id:f("cond"),value:x,onChange:D=>y(D.target.value),"aria-invalid":m("specialConditionID"),children:[e.jsx("option",{value:"",children:"none"}),we.map(D=>e.jsxs("option",{value:D.id,children:[D.reference," ",D.name]},D.id))]})]})]}),t.edit==="transfer"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("safeguard"),children:"Safeguard"}),e.jsxs("select",{id:f("safeguard"),ref:d,value:$,onChange:D=>k(D.target.value),"aria-invalid":m("safeguardID"),children:[e.jsx("option",{value:"",children:"none stated"}),(Te.data??[]).map(D=>e.jsxs("option",{value:D.id,children:[D.name,D.validUntil?` (until ${D.validUntil.slice(0,10)})`:""]},D.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("country"),children:"Country (ISO 3166-1 alpha-2)"}),e.jsx("input",{id:f("country"),value:C,size:4,onChange:D=>R(D.target.value),"aria-invalid":m("country")})]})]}),t.edit==="retention"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("duration"),children:"Period (ISO 8601, e.g. P2Y)"}),e.jsx("input",{id:f("duration"),ref:d,value:w,size:8,onChange:D=>F(D.target.value),"aria-invalid":m("duration")})]}),e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("criterion"),children:"Criterion"}),e.jsx("input",{id:f("criterion"),value:j,onChange:D=>B(D.target.value),"aria-invalid":m("criterion")})]})]}),t.edit==="recipient"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:d,value:p,onChange:D=>S(D.target.value),"aria-invalid":m("name")})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("kind"),children:"Kind"}),e.jsx("select",{id:f("kind"),value:b,onChange:D=>I(D.target.value),"aria-invalid":m("kind"),children:Ho.map(D=>e.jsx("option",{value:D,children:D.replace(/_/g," ")},D))})]})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:l,children:"Save correction and confirm"}),e.jsx("button",{type:"button",className:"secondary",onClick:a,children:"Cancel"})]}),e.jsx(K,{error:s??se.error??Te.error})]})}const Ct=[["organizations","Controller","Organization","Art 30(1)(a)","Organization"],["activities","Activities, their data categories and data subjects","Activity","Art 30(1)(c)","ProcessingActivity"],["purposes","Purposes and legal bases","Purpose and basis","Art 30(1)(b)","ActivityPurpose"],["recipients","Recipients","Recipient","Art 30(1)(d)","Recipient"],["disclosures","Disclosures","Disclosure","Art 30(1)(d)","Disclosure"],["transfers","Transfers and safeguards","Transfer","Art 30(1)(e)","Transfer"],["retention","Retention","Retention","Art 30(1)(f)","RetentionRule"],["rights","Data subject rights","Right","Arts 15–22","DataSubjectRight"],["security","Security measures","Security practice","Art 30(1)(g)","SecurityPractice"],["statements","Statements","Statement","what the notice asserts","Statement"]];async function le(t){const n=[];let i=null;for(;;){const{list:a}=await t(i);for(const r of a.edges??[])r?.node&&n.push(r.node);if(!a.pageInfo.hasNextPage||!a.pageInfo.endCursor)return n;i=a.pageInfo.endCursor}}const $e=t=>(t??[]).map(n=>n.name).join(", ");function ie(t,n,i,a,r){return{id:n.id,type:t,status:n.reviewStatus,note:n.reviewNote,origin:n.origin,spans:(n.evidence??[]).filter(s=>i!==null&&s.documentID===i),summary:a,edit:r,node:n}}async function Ko(t){const n=t?{reviewStatusIn:["UNREVIEWED","REVIEWED","REJECTED"],hasEvidenceWith:[{documentID:t}]}:{reviewStatus:"UNREVIEWED",hasEvidence:!1},[i,a,r,s,o,l,c,d,f,m]=await Promise.all([le(h=>E(Do,{where:n,after:h})),le(h=>E(Eo,{where:n,after:h})),le(h=>E(Po,{where:n,after:h})),le(h=>E(Ao,{where:n,after:h})),le(h=>E(Fo,{where:n,after:h})),le(h=>E(To,{where:n,after:h})),le(h=>E(Oo,{where:n,after:h})),le(h=>E(qo,{where:n,after:h})),le(h=>E(Bo,{where:n,after:h})),t?Promise.resolve([]):le(h=>E(Mo,{where:{...n,hasDocuments:!1},after:h}))]);return[...m.map(h=>ie("organizations",h,t,e.jsxs(e.Fragment,{children:[h.name," (",e.jsx("code",{children:h.key}),")"]}))),...i.map(h=>ie("activities",h,t,e.jsxs(e.Fragment,{children:[h.name,h.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["data categories: ",$e(h.dataCategories)]}):null,h.dataSubjects?.length?e.jsxs("span",{className:"rq-detail",children:["data subjects: ",$e(h.dataSubjects)]}):null]}),"activity")),...a.map(h=>ie("purposes",h,t,e.jsxs(e.Fragment,{children:[h.purpose.name,": ",e.jsx("strong",{children:h.legalBasis?`${h.legalBasis.reference} ${h.legalBasis.name}`:"basis not stated"}),h.specialCondition?e.jsxs(e.Fragment,{children:["; ",h.specialCondition.reference," ",h.specialCondition.name]}):null]}),"purpose")),...r.map(h=>ie("recipients",h,t,e.jsxs(e.Fragment,{children:[h.name," ",e.jsxs("span",{className:"rq-detail",children:[h.kind.replace(/_/g," "),h.country?`, ${h.country}`:""]})]}),"recipient")),...s.map(h=>ie("disclosures",h,t,e.jsxs(e.Fragment,{children:["to ",h.recipient.name,h.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["what: ",$e(h.dataCategories)]}):null,h.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",$e(h.purposes)]}):null]}))),...o.map(h=>ie("transfers",h,t,e.jsxs(e.Fragment,{children:[h.country?`to ${h.country}`:h.scope==="worldwide"?"worldwide":"destination not stated",h.recipient?` (${h.recipient.name})`:""," under ",e.jsx("strong",{children:e.jsx(Ue,{safeguard:h.safeguard})})]}),"transfer")),...l.map(h=>ie("retention",h,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:h.duration?Re(h.duration):"no period stated"}),h.criterion?e.jsx("span",{className:"rq-detail",children:ge(h.criterion,160)}):null,h.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["of: ",$e(h.dataCategories)]}):null,e.jsxs("span",{className:"rq-detail",children:["then ",h.endAction]})]}),"retention")),...c.map(h=>ie("rights",h,t,e.jsxs(e.Fragment,{children:[h.right.name,h.right.reference?` (${h.right.reference})`:"",h.channel?`, by ${h.channel}`:"",h.responseTime?`, answered within ${Re(h.responseTime)}`:""]}))),...d.map(h=>ie("security",h,t,e.jsxs(e.Fragment,{children:[h.measure.name,h.description?e.jsx("span",{className:"rq-detail",children:ge(h.description,160)}):null]}))),...f.map(h=>ie("statements",h,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:pi(h.kind)}),": ",h.text,h.legalBasis?e.jsxs("span",{className:"rq-detail",children:[h.legalBasis.reference," (",h.legalBasis.name,")"]}):null,h.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",$e(h.purposes)]}):null]})))]}function Jo(t){return ie("organizations",{...t,evidence:[]},null,e.jsxs(e.Fragment,{children:[t.name," (",e.jsx("code",{children:t.key}),")"]}))}function pn(t,n){const i=[...new Set(n)].sort((l,c)=>l-c),a=new Map;let r=0,s=0,o=0;for(;o<i.length&&i[o]<0;)throw new RangeError(`byte offset ${i[o]} is negative`);for(const l of t){for(;o<i.length&&i[o]<=r;){if(i[o]<r)throw new RangeError(`byte offset ${i[o]} falls inside a character`);a.set(i[o++],s)}if(o===i.length)return a;const c=l.codePointAt(0);r+=c<128?1:c<2048?2:c<65536?3:4,s+=l.length}for(;o<i.length&&i[o]<=r;){if(i[o]<r)throw new RangeError(`byte offset ${i[o]} falls inside a character`);a.set(i[o++],s)}if(o<i.length)throw new RangeError(`byte offset ${i[o]} lies beyond the text (${r} bytes)`);return a}function Go(t,n){const i=[],a=[];for(const d of n)try{pn(t,[d.start,d.end]),d.start<d.end?a.push(d):i.push(d)}catch{i.push(d)}const r=pn(t,a.flatMap(d=>[d.start,d.end])),s=new Set([0,t.length]),o=a.map(d=>({s:d,a:r.get(d.start),b:r.get(d.end)}));for(const{a:d,b:f}of o)s.add(d),s.add(f);const l=[...s].sort((d,f)=>d-f),c=[];for(let d=0;d+1<l.length;d++){const f=l[d],m=l[d+1];if(f===m)continue;const h=o.filter(v=>v.a<=f&&v.b>=m);c.push({text:t.slice(f,m),at:f,spans:h.map(v=>v.s.id),facts:[...new Set(h.flatMap(v=>v.s.facts))]})}return{runs:c,bad:i}}const mn=t=>Ct.find(([n])=>n===t);function Xo(){const[t,n]=pe(),i=Ae()("review"),a=u.useCallback((N,O=!1)=>{const L=new URLSearchParams(t);for(const[ce,oe]of Object.entries(N))oe?L.set(ce,oe):L.delete(ce);n(L,{replace:O})},[t,n]),r=H(()=>E(ko),[]),s=r.data?.reviewNotices??[],o=t.get("notice")??(s[0]?s[0].notice?.id??"none":""),l=o&&o!=="none"?o:null;u.useEffect(()=>{!t.get("notice")&&o&&a({notice:o},!0)},[o]);const c=H(()=>l?E(So,{id:l}):Promise.resolve(void 0),[l]),d=c.data?.node?.__typename==="PolicyDocument"?c.data.node:void 0,f=H(()=>o?Ko(l):Promise.resolve([]),[o]),[m,h]=u.useState({});u.useEffect(()=>h({}),[f.data]);const v=u.useMemo(()=>{const N=[...f.data??[]],O=d?.organization;return O&&(O.reviewStatus!=="REVIEWED"||N.some(L=>L.origin===O.origin&&O.origin.startsWith("import:")))&&N.unshift(Jo(O)),N.map(L=>m[L.id]?{...L,status:m[L.id]}:L)},[f.data,d,m]),g=t.get("type")??"",x=Ct.map(([N])=>({type:N,facts:v.filter(O=>O.type===N)})).filter(N=>N.facts.length&&(!g||N.type===g)),y=x.flatMap(N=>N.facts.filter(O=>O.status==="UNREVIEWED")),$=v.filter(N=>N.status!=="UNREVIEWED").length,k=t.get("fact"),C=y.find(N=>N.id===k)??y[0],R=u.useCallback(N=>a({fact:N??null},!0),[a]),[w,F]=u.useState(),[j,B]=u.useState({}),[p,S]=u.useState(!1),[b,I]=u.useState(),[T,q]=u.useState(""),[M,me]=u.useState([]),Q=u.useCallback(async(N,O,L)=>{if(!N.length||p)return;S(!0),I(void 0);const ce=N.length===1&&j[N[0]]?.trim()||void 0,oe=y.slice(y.findIndex(Z=>Z.id===N[N.length-1])+1).find(Z=>!N.includes(Z.id));try{await E(Io,{ids:N,status:O,note:ce}),h(Z=>({...Z,...Object.fromEntries(N.map(z=>[z,O]))})),q(`${L}.`),me(O==="UNREVIEWED"?[]:N),R(O==="UNREVIEWED"?N[0]:oe?.id),r.reload()}catch(Z){I(Z)}finally{S(!1)}},[p,j,y,R,r]),se=u.useRef(()=>{});se.current=N=>{if(N.ctrlKey||N.metaKey||N.altKey||N.defaultPrevented)return;const O=N.target;if(O.closest("input, textarea, select, [contenteditable=true], .rq-correct")||!y.length&&N.key!=="u"||(N.key==="ArrowDown"||N.key==="ArrowUp")&&O.closest(".rq-text"))return;const L=C?y.indexOf(C):-1;switch(N.key){case"j":case"ArrowDown":if(!y.length)return;R(y[Math.min(y.length-1,L+1)].id);break;case"k":case"ArrowUp":if(!y.length)return;R(y[Math.max(0,L-1)].id);break;case"a":if(!i||!C)return;Q([C.id],"REVIEWED","Confirmed");break;case"r":if(!i||!C)return;Q([C.id],"REJECTED","Rejected");break;case"u":if(!i||!M.length)return;Q(M,"UNREVIEWED","Reopened");break;case"e":if(!i||!C?.edit)return;F(C.id);break;default:return}N.preventDefault()},u.useEffect(()=>{const N=O=>se.current(O);return window.addEventListener("keydown",N),()=>window.removeEventListener("keydown",N)},[]);const Te=u.useRef(null),_e=u.useRef(!1);u.useEffect(()=>{if(!C)return;const N=document.querySelector(`li[data-fact="${C.id}"]`);_e.current&&N?.focus({preventScroll:!0}),N?.scrollIntoView({block:"nearest"});const O=Te.current,L=O?.querySelector("mark.current");O&&L&&(O.scrollTop=Math.max(0,L.offsetTop-O.clientHeight/3)),_e.current=!0},[C?.id,d?.id,f.data]);const Ve=u.useMemo(()=>{const N=new Map;for(const O of y)for(const L of O.spans){const ce=N.get(L.id)??{id:L.id,start:L.start,end:L.end,facts:[]};ce.facts.push(O.id),N.set(L.id,ce)}return[...N.values()]},[y]),we=u.useMemo(()=>d?Go(d.text,Ve):void 0,[d,Ve]),D=r.loading&&!r.data,W=s.map(N=>({value:N.notice?.id??"none",label:N.notice?`${N.notice.title} — ${N.notice.organization.name}`:"Facts citing no notice",count:N.unreviewed}));return o&&!W.some(N=>N.value===o)&&W.unshift({value:o,label:d?.title??(o==="none"?"Facts citing no notice":`notice ${o}`),count:0}),e.jsxs("section",{"aria-labelledby":"rev-h",className:"rq",children:[e.jsx("h1",{id:"rev-h",children:"Review"}),e.jsx("p",{className:"muted",children:"Facts drafted from a notice wait here until a reviewer confirms, corrects or rejects them, with the notice's words beside them."}),!i&&e.jsx("p",{className:"readonly-note",children:"Only a reviewer confirms or rejects facts; your role sees what waits."}),e.jsxs("div",{className:"filters",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rq-notice",children:"Notice"}),e.jsxs("select",{id:"rq-notice",value:o,onChange:N=>a({notice:N.target.value,fact:null}),disabled:!W.length,children:[!W.length&&e.jsx("option",{value:"",children:"none waits for review"}),W.map(N=>e.jsxs("option",{value:N.value,children:[N.label," (",N.count," unreviewed)"]},N.value))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rev-type",children:"Group"}),e.jsxs("select",{id:"rev-type",value:g,onChange:N=>a({type:N.target.value||null}),children:[e.jsx("option",{value:"",children:"all groups"}),Ct.map(([N,O])=>e.jsxs("option",{value:N,children:[O," (",v.filter(L=>L.type===N&&L.status==="UNREVIEWED").length,")"]},N))]})]})]}),e.jsx(K,{error:r.error??c.error??f.error}),e.jsxs("p",{className:"rq-keys",id:"rq-keys",children:["Keys: ",e.jsx("kbd",{children:"j"}),"/",e.jsx("kbd",{children:"↓"})," next fact, ",e.jsx("kbd",{children:"k"}),"/",e.jsx("kbd",{children:"↑"})," previous",i?e.jsxs(e.Fragment,{children:[", ",e.jsx("kbd",{children:"a"})," confirm, ",e.jsx("kbd",{children:"r"})," reject, ",e.jsx("kbd",{children:"e"})," correct, ",e.jsx("kbd",{children:"Esc"})," cancel a correction, ",e.jsx("kbd",{children:"u"})," undo the last decision."]}):"."]}),D?e.jsx("p",{className:"muted",children:"Reading what waits for review…"}):o?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"rq-progress","aria-live":"polite",children:[e.jsx("label",{htmlFor:"rq-bar",children:f.loading&&!f.data?"Reading the facts…":`${$} of ${v.length} reviewed in this notice`}),e.jsx("progress",{id:"rq-bar",max:Math.max(1,v.length),value:$}),e.jsx("span",{className:"rq-said",children:T}),i&&M.length>0&&e.jsx("button",{type:"button",className:"linklike",disabled:p,"aria-keyshortcuts":"u",onClick:()=>Q(M,"UNREVIEWED","Reopened"),children:"Undo"})]}),e.jsx(K,{error:b}),e.jsxs("div",{className:`rq-layout${l?"":" rq-no-text"}`,children:[l&&e.jsxs("div",{className:"rq-text-pane",children:[e.jsx("h2",{id:"rq-text-h",children:d?.title??"The notice"}),d?.lastUpdated&&e.jsxs("p",{className:"muted",children:["last updated ",d.lastUpdated.slice(0,10)]}),e.jsx("div",{className:"rq-text notice-text",ref:Te,"data-testid":"notice",tabIndex:0,role:"region","aria-labelledby":"rq-text-h",children:we?.runs.map(N=>N.spans.length?e.jsx("mark",{className:C&&N.facts.includes(C.id)?"rq-mark current":"rq-mark","data-ev":N.spans.join(" "),"data-facts":N.facts.join(" "),onClick:()=>{const O=C?N.facts.indexOf(C.id):-1;R(N.facts[(O+1)%N.facts.length])},children:N.text},N.at):e.jsx(u.Fragment,{children:N.text},N.at))}),we&&we.bad.length>0&&e.jsxs("p",{role:"alert",children:[we.bad.length," evidence spans do not fit this notice's text and are not shown."]})]}),e.jsxs("div",{className:"rq-facts-pane",children:[!l&&e.jsx("p",{className:"muted",children:"These unreviewed facts cite no notice (an editor wrote or changed them)."}),x.map(N=>{const[,O,L,ce]=mn(N.type),oe=N.facts.filter(z=>z.status==="UNREVIEWED"),Z=N.facts.filter(z=>z.status!=="UNREVIEWED");return e.jsxs("section",{className:"review-group rq-group","aria-labelledby":`rev-${N.type}-h`,"data-type":N.type,"data-kind":mn(N.type)[4],children:[e.jsxs("h3",{id:`rev-${N.type}-h`,children:[O," ",e.jsxs("span",{className:"count",children:["· ",ce," · ",Z.length," of ",N.facts.length," reviewed"]})]}),i&&oe.length>1&&e.jsx("button",{type:"button",className:"secondary rq-bulk",disabled:p,onClick:()=>Q(oe.map(z=>z.id),"REVIEWED",`Confirmed ${oe.length} ${O.toLowerCase()}`),children:`Confirm all ${oe.length} ${O.toLowerCase()}`}),e.jsx("ul",{className:"facts rq-list",children:oe.map(z=>e.jsx(Zo,{fact:z,tag:L,current:z.id===C?.id,canReview:i,busy:p,editing:w===z.id,note:j[z.id]??"",onNote:de=>B(ni=>({...ni,[z.id]:de})),onSelect:()=>z.id!==C?.id&&R(z.id),onDecide:de=>Q([z.id],de,de==="REVIEWED"?"Confirmed":"Rejected"),onEdit:de=>F(de?z.id:void 0),onCorrected:()=>{const de=y.indexOf(z);R(y.slice(de+1).concat(y.slice(0,de))[0]?.id),F(void 0),q("Corrected and confirmed."),f.reload(),r.reload()}},z.id))}),Z.length>0&&e.jsxs("details",{className:"rq-closed",children:[e.jsxs("summary",{children:["Reviewed (",Z.length,")"]}),e.jsx("ul",{className:"facts",children:Z.map(z=>e.jsxs("li",{"data-decided":z.id,className:"rq-fact decided",children:[e.jsx("span",{className:z.status==="REJECTED"?"tag rejected":"tag",children:z.status==="REJECTED"?"REJECTED":"CONFIRMED"})," ",z.summary,z.note?e.jsxs("span",{className:"rq-detail",children:["note: ",z.note]}):null]},z.id))})]})]},N.type)}),!f.loading&&x.length===0&&e.jsxs("p",{className:"rq-empty",children:["Nothing in this notice",g?" and group":""," waits for review."]})]})]})]}):e.jsx("p",{className:"rq-empty",children:"Nothing waits for review."})]})}function Zo(t){const{fact:n,current:i}=t,a=`note-${n.id}`;return e.jsxs("li",{className:i?"card fact rq-fact current":"card fact rq-fact","data-fact":n.id,tabIndex:i?0:-1,"aria-current":i?"true":void 0,"aria-describedby":"rq-keys",onClick:t.onSelect,onFocus:r=>r.target===r.currentTarget&&t.onSelect(),children:[e.jsxs("p",{children:[e.jsx("span",{className:"tag",children:t.tag})," ",e.jsx("span",{className:"tag draft",children:"DRAFT"})," ",n.summary,e.jsxs("span",{className:"rq-detail",children:[n.spans.length?`${n.spans.length} ${n.spans.length===1?"sentence":"sentences"} highlighted`:"no sentence of this notice"," · ",n.origin]})]}),t.canReview&&i&&e.jsx("div",{className:"fact-actions",children:t.editing?e.jsx(Yo,{fact:n,note:t.note,onDone:t.onCorrected,onCancel:()=>t.onEdit(!1)}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:a,children:"Review note"}),e.jsx("input",{id:a,value:t.note,onChange:r=>t.onNote(r.target.value)})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"button",disabled:t.busy,onClick:()=>t.onDecide("REVIEWED"),"aria-keyshortcuts":"a",children:"Confirm"}),n.edit&&e.jsx("button",{type:"button",className:"secondary",disabled:t.busy,onClick:()=>t.onEdit(!0),"aria-keyshortcuts":"e",children:"Correct"}),e.jsx("button",{type:"button",className:"danger",disabled:t.busy,onClick:()=>t.onDecide("REJECTED"),"aria-keyshortcuts":"r",children:"Reject"})]})]})})]})}const gn={high:"high only",medium:"medium and high"};function el(){const[t,n]=pe(),i=(s,o)=>{const l=new URLSearchParams(t);o?l.set(s,o):l.delete(s),n(l,{replace:!0})},a=t.get("severity")??"",r=t.get("status")??"";return{asOf:t.get("asOf")??"",severity:Un.includes(a)?a:"",rule:t.get("rule")??"",status:r==="open"||r==="acknowledged"?r:"",fact:t.get("fact")??"",set:i}}function tl(){const{orgs:t,org:n,setOrg:i}=Fe(),a=el(),r=lt(),s=a.asOf&&a.asOf!==r?a.asOf:void 0,o=Yn(n?.key,s),l=Cs(),c=o.data??[],d=us(c,{severity:a.severity,rule:a.rule,status:a.status,fact:a.fact}),f=d.filter(g=>!g.acknowledged),m=d.filter(g=>g.acknowledged),h=Un.map(g=>[g,f.filter(x=>x.severity===g).length]),v=a.fact?nl(a.fact,c):"";return e.jsxs("section",{"aria-labelledby":"fi-h",className:"findings-view",children:[e.jsxs("h1",{id:"fi-h",children:["Findings",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:g=>{a.set("fact",""),i(g)}}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"fi-asof",children:"As of"}),e.jsx("input",{id:"fi-asof",type:"date",value:a.asOf||r,onChange:g=>a.set("asOf",g.target.value===r?"":g.target.value)})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-severity",children:"Severity"}),e.jsxs("select",{id:"fi-severity",value:a.severity,onChange:g=>a.set("severity",g.target.value),children:[e.jsx("option",{value:"",children:"all severities"}),e.jsx("option",{value:"high",children:gn.high}),e.jsx("option",{value:"medium",children:gn.medium})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-rule",children:"Rule"}),e.jsxs("select",{id:"fi-rule",value:a.rule,onChange:g=>a.set("rule",g.target.value),children:[e.jsx("option",{value:"",children:"any rule"}),hs(c).map(g=>e.jsxs("option",{value:g.rule,children:[g.title," (",g.count,")"]},g.rule)),a.rule&&!c.some(g=>g.rule===a.rule)&&e.jsx("option",{value:a.rule,children:a.rule})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-status",children:"Status"}),e.jsxs("select",{id:"fi-status",value:a.status,onChange:g=>a.set("status",g.target.value),children:[e.jsx("option",{value:"",children:"open and acknowledged"}),e.jsx("option",{value:"open",children:"open"}),e.jsx("option",{value:"acknowledged",children:"acknowledged"})]})]})]}),a.fact&&e.jsxs("p",{className:"fact-filter",children:["Only the findings about ",e.jsx("strong",{children:v}),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>a.set("fact",""),children:"Show all findings"})]}),e.jsx(K,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"findings-summary",children:o.loading?"Loading the findings…":`${f.length} open (${h.map(([g,x])=>`${x} ${g}`).join(", ")}), ${m.length} acknowledged, as of ${a.asOf||r}`}),a.status!=="acknowledged"&&e.jsx("ol",{className:"findings","aria-label":"Open findings",children:f.map(g=>e.jsx(vn,{f:g,org:n?.key??"",canReview:l},`${g.rule} ${g.subject}`))}),!o.loading&&!f.length&&a.status!=="acknowledged"&&e.jsxs("p",{children:["No open findings",a.severity||a.rule||a.fact?" match the filter":"","."]}),a.status!=="open"&&m.length>0&&e.jsxs("section",{"aria-labelledby":"fi-ack-h",className:"acknowledged-findings",children:[e.jsxs("h2",{id:"fi-ack-h",children:["Acknowledged (",m.length,"): quiet until their review date or until the facts under them change"]}),e.jsx("ol",{className:"findings quiet","aria-label":"Acknowledged findings",children:m.map(g=>e.jsx(vn,{f:g,org:n?.key??"",canReview:!1},`${g.rule} ${g.subject}`))})]})]})}function nl(t,n){const[i,a]=_n(t);if(i==="activity"){const r=n.find(s=>s.activityID===a)?.activity;return r?`the activity ${r}`:`activity ${a}`}return`${i} ${a}`}function vn({f:t,org:n,canReview:i}){const[a,r]=u.useState(!1),s=t.acknowledged;return e.jsxs("li",{className:`finding sev-${t.severity}${s?" is-acknowledged":""}`,"data-rule":t.rule,"data-subject":t.subject,children:[e.jsxs("div",{className:"finding-head",children:[e.jsx("span",{className:`sev-tag sev-${t.severity}`,children:t.severity}),e.jsx("h3",{children:t.title}),e.jsx("span",{className:"article",children:t.article}),t.since&&e.jsxs("span",{className:"since",children:["since ",t.since]})]}),e.jsx("p",{className:"message",children:t.message}),e.jsxs("dl",{className:"finding-facts",children:[t.activity&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Activity"}),e.jsx("dd",{children:t.activityID?e.jsx(Y,{to:`/records?${new URLSearchParams({org:n,activity:t.activityID})}`,children:t.activity}):t.activity})]}),t.notice&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Notice"}),e.jsx("dd",{children:t.notice})]}),e.jsx("dt",{children:"Rule"}),e.jsx("dd",{children:e.jsx("code",{children:t.rule})}),e.jsx("dt",{children:"Facts"}),e.jsx("dd",{className:"muted",children:t.facts.map(o=>o.replace(":"," ")).join(", ")||"the notice's text"})]}),t.evidence.length>0?e.jsx("ul",{className:"finding-sentences","aria-label":"Sentences",children:t.evidence.map((o,l)=>e.jsxs("li",{children:[o.noticeID?e.jsxs(Y,{to:`/notices/${o.noticeID}?start=${o.start}&end=${o.end}`,className:"evidence-link",children:["“",o.quote,"”"]}):e.jsxs(e.Fragment,{children:["“",o.quote,"”"]})," ",e.jsxs("span",{className:"muted",children:["— ",o.document]})]},l))}):e.jsx("p",{className:"muted",children:"No sentence states it: the record is silent here."}),s&&e.jsxs("p",{className:"ack-note",children:["Acknowledged by ",s.by||"the local user"," on ",s.at.slice(0,10),": “",s.note,"”. Review by ",e.jsx("strong",{children:s.reviewBy}),"."]}),!s&&i&&e.jsx("div",{className:"ack",children:a?e.jsx(al,{f:t,org:n,onDone:()=>r(!1)}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>r(!0),children:"Acknowledge…"})})]})}const il=["note","reviewBy"];function al({f:t,org:n,onDone:i}){const[a,r]=u.useState(""),[s,o]=u.useState(""),[l,c]=u.useState(!1),[d,f]=u.useState({}),m=`ack-${t.rule}-${t.subject}`.replace(/[^A-Za-z0-9_-]/g,"_"),h=async v=>{v.preventDefault(),c(!0),f({});try{await E(xs,{input:{organization:n,rule:t.rule,subject:t.subject,note:a,reviewBy:s}}),i(),bs(n)}catch(g){f(Ut(g,il))}finally{c(!1)}};return e.jsxs("form",{className:"ack-form",onSubmit:h,"aria-label":`Acknowledge: ${t.title}`,noValidate:!0,children:[e.jsxs("div",{className:`field wide${d.note?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${m}-note`,children:"Why is it accepted?"}),e.jsx("textarea",{id:`${m}-note`,name:"note",rows:2,value:a,onChange:v=>r(v.target.value),"aria-invalid":!!d.note,"aria-describedby":d.note?`${m}-note-error`:void 0}),d.note&&e.jsx("p",{className:"field-error",id:`${m}-note-error`,role:"alert",children:d.note})]}),e.jsxs("div",{className:`field${d.reviewBy?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${m}-review`,children:"Review by"}),e.jsx("input",{id:`${m}-review`,name:"reviewBy",type:"date",min:Qn(lt(),1),value:s,onChange:v=>o(v.target.value),"aria-invalid":!!d.reviewBy,"aria-describedby":d.reviewBy?`${m}-review-error`:void 0}),d.reviewBy&&e.jsx("p",{className:"field-error",id:`${m}-review-error`,role:"alert",children:d.reviewBy})]}),d[""]&&e.jsx("p",{className:"error",role:"alert",children:d[""]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:l,children:l?"Saving…":"Acknowledge"}),e.jsx("button",{type:"button",className:"secondary",onClick:i,children:"Cancel"})]})]})}const rl=A(`
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
`);function sl(){const{id:t=""}=rt(),[n]=pe(),i=Number(n.get("start")??"0"),a=Number(n.get("end")??"0"),{data:r,error:s,loading:o}=H(()=>E(rl,{id:t}),[t]),l=u.useRef(null),c=r?.node?.__typename==="PolicyDocument"?r.node:void 0;if(u.useEffect(()=>{l.current?.scrollIntoView({block:"center"}),l.current?.focus({preventScroll:!0})},[c?.id,i,a]),o)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(s)return e.jsx(K,{error:s});if(!c)return e.jsxs("p",{role:"alert",children:["No notice with ID ",t,"."]});let d;try{d=yn(c.text,i,a)}catch(v){return e.jsx(K,{error:v})}const[f,m,h]=d;return e.jsxs("section",{"aria-labelledby":"ns-h",className:"evidence",children:[e.jsx("h1",{id:"ns-h",children:c.title}),e.jsxs("p",{className:"muted",children:[c.organization.name,c.lastUpdated?` · last updated ${c.lastUpdated.slice(0,10)}`:"",c.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:c.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",m,"”",e.jsxs("footer",{className:"muted",children:["bytes ",i,"–",a," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[f,e.jsx("mark",{id:"quote",ref:l,tabIndex:-1,children:m}),h]})]})}const ol=A(`
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
`);function ll(t=lt()){return{from:Qn(t,-30),to:t}}function cl(){const{orgs:t,org:n,setOrg:i}=Fe(),[a,r]=pe(),s=ll(),o=Ce(a.get("from"))?a.get("from"):s.from,l=Ce(a.get("to"))?a.get("to"):s.to;u.useEffect(()=>{if(!n||a.get("org")===n.key&&a.get("from")===o&&a.get("to")===l)return;const v=new URLSearchParams(a);v.set("org",n.key),v.set("from",o),v.set("to",l),r(v,{replace:!0})},[n?.key,o,l]);const c=(v,g)=>{const x=new URLSearchParams(a);g?x.set(v,g):x.delete(v),r(x,{replace:!0})},d=o>l,f=zn(o,l),m=H(()=>n&&!d?E(ol,{organization:n.id,from:f.from,to:f.to}):Promise.resolve(void 0),[n?.id,f.from,f.to,d]),h=m.data?.historyDiff.lines??[];return e.jsxs("section",{"aria-labelledby":"ch-h",className:"changes-view",children:[e.jsxs("h1",{id:"ch-h",children:["Changes",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:t,org:n,setOrg:i,id:"ch-org"}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-from",children:"From"}),e.jsx("input",{id:"ch-from",type:"date",value:o,onChange:v=>c("from",Ce(v.target.value)?v.target.value:"")})]}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-to",children:"To (included)"}),e.jsx("input",{id:"ch-to",type:"date",value:l,onChange:v=>c("to",Ce(v.target.value)?v.target.value:"")})]}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":"Download these changes",children:[e.jsx("a",{className:"button",href:an(n.key,o,l,"html"),target:"_blank",rel:"noopener",children:"Changes (HTML)"}),e.jsx("a",{className:"button",href:an(n.key,o,l,"json"),download:!0,children:"Changes (JSON)"})]})]}),d&&e.jsxs("p",{role:"alert",className:"error",children:["The first day (",o,") is after the last (",l,"): choose a range that runs forward."]}),e.jsx(K,{error:m.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"changes-summary",children:m.loading?"Loading the changes…":m.data?`${h.length} change${h.length===1?"":"s"} from ${o} to ${l}`:""}),h.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"ch-h",children:e.jsxs("table",{className:"changes-table",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"When"}),e.jsx("th",{scope:"col",children:"Who"}),e.jsx("th",{scope:"col",children:"Via"}),e.jsx("th",{scope:"col",children:"Change"}),e.jsx("th",{scope:"col",children:"Fields before → after"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:h.map(v=>e.jsxs("tr",{"data-change":v.changeID,className:`kind-${v.kind}`,children:[e.jsx("td",{"data-label":"When",className:"when",children:e.jsx("time",{dateTime:v.at,children:ye(v.at)})}),e.jsx("td",{"data-label":"Who",className:"actor",children:v.actor}),e.jsx("td",{"data-label":"Via",children:v.via}),e.jsxs("th",{scope:"row","data-label":"Change",className:"summary",children:[v.summary,e.jsxs("div",{className:"muted",children:[v.subject," ",v.kind,v.activity?` · ${v.activity}`:""]})]}),e.jsx("td",{"data-label":"Fields before → after",children:v.fields.length?e.jsx("ul",{className:"field-lines",children:v.fields.map(g=>e.jsxs("li",{"data-field":g.field,children:[e.jsx("span",{className:"field-name",children:Ln(g.field)}),": ",e.jsx("span",{className:"before",children:tn(g.before)})," →"," ",e.jsx("span",{className:"after",children:tn(g.after)})]},g.field))}):"—"}),e.jsx("td",{"data-label":"Evidence",children:v.evidence.length?e.jsxs("ul",{className:"evidence-quotes",children:[v.evidence.slice(0,3).map((g,x)=>e.jsxs("li",{title:g,children:["“",ge(g,140),"”"]},x)),v.evidence.length>3&&e.jsxs("li",{className:"muted",title:v.evidence.slice(3).join(`
`),children:["and ",v.evidence.length-3," more"]})]}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${v.changeID}-${v.subject}-${v.summary}`))})]})}),m.data&&!h.length&&e.jsx("p",{children:"No changes in these days."})]})}const dl=A(`
  query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    transferInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        transfer { id reviewStatus }
        country
        destination
        recipient { id name }
        activities { id name }
        safeguard { key name }
        valid
        invalidSince
        validity
        evidence { id quote }
      }
    }
  }
`),ul=A(`
  query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    recipientInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        recipient { id name kind country reviewStatus }
        categories { id key name specialCategory criminalOffence }
        activities { id name }
        purposes { id name }
        legalBases { id reference }
        countries
        safeguards { key name validUntil }
        evidence { id quote }
      }
    }
  }
`),hl=A(`
  query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    categoryInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        category { id key name specialCategory criminalOffence }
        activities { id name }
        recipients { id name }
      }
    }
  }
`),fl=A(`
  query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    fieldInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        system { id key name }
        dataset { id key name }
        field { id key name path }
        category { id key name specialCategory criminalOffence }
        recipients { id name }
      }
    }
  }
`),pl=A(`
  query InventorySafeguards($after: Cursor) {
    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {
      pageInfo { hasNextPage endCursor }
      edges { node { key name } }
    }
  }
`),qe=25,et=[{kind:"activities",title:"Processing activities",to:"/records"},{kind:"recipients",title:"Recipients and vendors",to:"/inventory/recipients"},{kind:"transfers",title:"Transfers",to:"/inventory/transfers"},{kind:"categories",title:"Data categories",to:"/inventory/categories"},{kind:"fields",title:"Systems and datasets",to:"/inventory/fields"}],ml=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function gl({org:t}){const n=t?`?org=${encodeURIComponent(t)}`:"";return e.jsx("nav",{"aria-label":"Inventories",className:"inv-nav",children:e.jsx("ul",{children:et.map(i=>e.jsx("li",{children:e.jsx(Ot,{to:i.to+n,end:!0,children:i.title})},i.kind))})})}function vl(){const{search:t}=ne();return e.jsx(pa,{to:`/inventory/transfers${t}`,replace:!0})}function yl(){const{kind:t=""}=rt();return!et.some(n=>n.kind===t)||t==="activities"?e.jsxs("p",{children:["No such inventory. Choose one: ",et.map((n,i)=>e.jsxs("span",{children:[i>0?", ":"",e.jsx(Y,{to:n.to,children:n.title})]},n.kind)),"."]}):e.jsx(xl,{kind:t},t)}function xl({kind:t}){const{orgs:n,org:i}=Fe(),{params:a,get:r,set:s}=Zn(),o=et.find(j=>j.kind===t).title,l=Math.max(1,Number.parseInt(r("page")||"1",10)||1),c=r("sort"),d=r("dir")==="desc"?"desc":"asc",f=c?{field:c,direction:d==="desc"?"DESC":"ASC"}:void 0,m=l>1?String((l-1)*qe-1):void 0,h={org:i?.key??"",orderBy:f,first:qe,after:m},v=r("q"),g=H(async()=>{if(!i)return;const j=await x();return j&&{...j,page:l}},[i?.key,t,a.toString()]);async function x(){switch(t){case"transfers":return(await E(dl,{...h,filter:{search:v,invalidOnly:r("invalid")==="true",country:r("country"),safeguard:r("safeguard")}})).transferInventory;case"recipients":return(await E(ul,{...h,filter:{search:v,role:r("role"),country:r("country"),category:r("category")}})).recipientInventory;case"categories":return(await E(hl,{...h,filter:{search:v,specialOnly:r("special")==="true",category:r("category")}})).categoryInventory;case"fields":return(await E(fl,{...h,filter:{search:v,system:r("system"),category:r("category")}})).fieldInventory}}const y=g.data,$=y?Math.max(1,Math.ceil(y.totalCount/qe)):1;u.useEffect(()=>{y&&l>$&&s({page:String($)},{keepPage:!0,replace:!0})},[y?.totalCount,l]);const k=(j,B)=>{const p=c.toLowerCase()===j.key.toLowerCase(),S=p?d==="asc"?"ascending":"descending":j.sortable?"none":void 0,b=j.sortable?e.jsxs("button",{type:"button",className:"sort",onClick:()=>s({sort:j.key,dir:p&&d==="asc"?"desc":"asc"}),children:[j.header," ",e.jsx("span",{"aria-hidden":"true",children:p?d==="asc"?"▲":"▼":"↕"})]}):j.header;return e.jsx("th",{scope:"col","aria-sort":S,className:B?"inv-first":void 0,children:b},j.key)},C=j=>`/reports/inventory/${t}.${j}?${ei(a,i?.key??"")}`,R=y?.page??l,w=y&&y.totalCount?(R-1)*qe+1:0,F=y?Math.min(R*qe,y.totalCount):0;return e.jsxs("section",{"aria-labelledby":"inv-h",className:"inventory",children:[e.jsxs("h1",{id:"inv-h",children:[o,i?`: ${i.name}`:""]}),e.jsx(gl,{org:i?.key}),e.jsxs("div",{className:"filters",children:[e.jsx(ze,{orgs:n,org:i,setOrg:j=>s({org:j}),id:"inv-org"}),e.jsx(wl,{kind:t,value:v,onChange:j=>s({q:j},{replace:!0})}),e.jsx($l,{kind:t,get:r,set:s}),e.jsxs("div",{className:"buttons exports",role:"group","aria-label":`Export the ${o.toLowerCase()} shown (all pages)`,children:[e.jsx("a",{className:"button",href:C("csv"),download:!0,"data-testid":"export-csv",children:"Export CSV"}),e.jsx("a",{className:"button",href:C("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export XLSX"})]})]}),e.jsx(K,{error:g.error}),e.jsx("p",{"aria-live":"polite",className:"muted inv-count",children:g.loading&&!y?"Loading…":y?`${y.totalCount} ${jl(t,y.totalCount)}${y.totalCount?`, showing ${w}–${F}`:""}`:""}),y&&e.jsxs("div",{className:"table-wrap inv-wrap",tabIndex:0,role:"region","aria-labelledby":"inv-caption","aria-busy":g.loading,children:[e.jsxs("table",{className:`inventory-table inv-${t}`,children:[e.jsxs("caption",{id:"inv-caption",children:[o,i?` of ${i.name}`:"",", page ",R," of ",$,c?`, sorted by ${y.columns.find(j=>j.key.toLowerCase()===c.toLowerCase())?.header??c} ${d==="asc"?"ascending":"descending"}`:""]}),e.jsx("thead",{children:e.jsx("tr",{children:y.columns.filter(j=>j.key!=="review").map((j,B)=>k(j,B===0))})}),e.jsxs("tbody",{children:[t==="transfers"&&y.rows.map(j=>e.jsx(Nl,{r:j},j.transfer.id)),t==="recipients"&&y.rows.map(j=>e.jsx(Cl,{r:j},j.recipient.id)),t==="categories"&&y.rows.map(j=>e.jsx(Rl,{r:j},j.category.id)),t==="fields"&&y.rows.map(j=>e.jsx(kl,{r:j},j.field.id))]})]}),y.rows.length===0&&e.jsx("p",{className:"inv-empty",children:"Nothing matches these filters."})]}),y&&e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:l<=1,onClick:()=>s({page:l>2?String(l-1):""},{keepPage:!0}),children:"Previous page"}),e.jsxs("span",{className:"muted inv-page",children:["Page ",R," of ",$]}),e.jsx("button",{type:"button",disabled:!y.pageInfo.hasNextPage,onClick:()=>s({page:String(l+1)},{keepPage:!0}),children:"Next page"}),$>2&&e.jsx("button",{type:"button",className:"secondary",disabled:l>=$,onClick:()=>s({page:String($)},{keepPage:!0}),children:"Last page"})]})]})}function jl(t,n){const i={recipients:"recipient",transfers:"transfer",categories:"data category",fields:"field"}[t],a={recipients:"recipients",transfers:"transfers",categories:"data categories",fields:"fields"}[t];return n===1?i:a}function wl({kind:t,value:n,onChange:i}){const[a,r]=ti(n,i),s={recipients:"recipient name",transfers:"country, recipient, activity or safeguard",categories:"category name or key",fields:"field path or name"}[t];return e.jsxs("div",{className:"field wide inv-search",children:[e.jsx("label",{htmlFor:"inv-search",children:"Search"}),e.jsx("input",{id:"inv-search",type:"search",value:a,onChange:o=>r(o.target.value),"aria-describedby":"inv-search-hint"}),e.jsx("small",{id:"inv-search-hint",children:s})]})}function $l({kind:t,get:n,set:i}){const a=e.jsx(yt,{id:"inv-country",label:"Country",hint:"ISO code, e.g. US",value:n("country"),onChange:s=>i({country:s.toUpperCase()}),narrow:!0}),r=e.jsx(yt,{id:"inv-category",label:"Data category",hint:"key, e.g. user.contact",value:n("category"),onChange:s=>i({category:s})});switch(t){case"transfers":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-invalid",type:"checkbox",checked:n("invalid")==="true",onChange:s=>i({invalid:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-invalid",children:"Invalid safeguards only"})]}),a,e.jsx(bl,{value:n("safeguard"),onChange:s=>i({safeguard:s})})]});case"recipients":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-role",children:"Role"}),e.jsxs("select",{id:"inv-role",value:n("role"),onChange:s=>i({role:s.target.value}),children:[e.jsx("option",{value:"",children:"any"}),ml.map(s=>e.jsx("option",{value:s,children:s.replace(/_/g," ")},s))]})]}),a,r]});case"categories":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-special",type:"checkbox",checked:n("special")==="true",onChange:s=>i({special:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-special",children:"Special categories only (Art 9, Art 10)"})]}),r]});case"fields":return e.jsxs(e.Fragment,{children:[e.jsx(yt,{id:"inv-system",label:"System",hint:"system key",value:n("system"),onChange:s=>i({system:s})}),r]})}}function yt({id:t,label:n,hint:i,value:a,onChange:r,narrow:s}){const[o,l]=u.useState(a);u.useEffect(()=>l(a),[a]);const c=()=>o.trim()!==a&&r(o.trim());return e.jsxs("div",{className:`field${s?" inv-narrow":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),e.jsx("input",{id:t,value:o,onChange:d=>l(d.target.value),onBlur:c,onKeyDown:d=>d.key==="Enter"&&c(),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,children:i})]})}function bl({value:t,onChange:n}){const i=H(async()=>{const a=[];let r;for(;;){const s=await E(pl,{after:r});for(const o of s.transferSafeguards.edges??[])o?.node&&a.push(o.node);if(!s.transferSafeguards.pageInfo.hasNextPage)return a;r=s.transferSafeguards.pageInfo.endCursor??void 0}},[]);return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-safeguard",children:"Safeguard"}),e.jsxs("select",{id:"inv-safeguard",value:t,onChange:a=>n(a.target.value),children:[e.jsx("option",{value:"",children:"any"}),t&&!i.data?.some(a=>a.key===t)&&e.jsx("option",{value:t,children:t}),(i.data??[]).map(a=>e.jsx("option",{value:a.key,children:a.name},a.key))]})]})}function xe({items:t,render:n,few:i=3,empty:a="—"}){const[r,s]=u.useState(!1);if(!t.length)return e.jsx(e.Fragment,{children:a});const o=r?t:t.slice(0,i);return e.jsxs(e.Fragment,{children:[e.jsx("ul",{className:"inv-list",children:o.map((l,c)=>e.jsx("li",{children:n(l)},c))}),t.length>i&&e.jsx("button",{type:"button",className:"linklike more","aria-expanded":r,onClick:()=>s(!r),children:r?"fewer":`and ${t.length-i} more`})]})}const Wt=t=>e.jsx(Y,{to:`/activities/${t.id}`,children:t.name});function Nl({r:t}){return e.jsxs("tr",{className:t.valid?void 0:"inv-invalid",children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.destination,t.country?e.jsxs("span",{className:"muted",children:[" (",t.country,")"]}):null]}),e.jsx("td",{"data-label":"Recipient",children:t.recipient?t.recipient.name:e.jsx("span",{className:"muted",children:"any recipient of the activities"})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(xe,{items:t.activities,render:Wt})}),e.jsx("td",{"data-label":"Safeguard",children:t.safeguard?t.safeguard.name:e.jsx("span",{className:"muted",children:"none stated"})}),e.jsx("td",{"data-label":"Validity",className:"inv-validity",children:t.valid?e.jsx("span",{className:"inv-valid",children:t.validity}):e.jsx("strong",{className:"stale-text",children:t.validity})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(he,{evidence:t.evidence})})]})}const _t=t=>e.jsx("span",{className:t.specialCategory||t.criminalOffence?"special-text":void 0,title:t.key,children:t.name});function Cl({r:t}){return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.recipient.name,t.recipient.reviewStatus==="UNREVIEWED"&&e.jsx("span",{className:"tag draft",children:" DRAFT"})]}),e.jsx("td",{"data-label":"Role",children:t.recipient.kind.replace(/_/g," ")}),e.jsx("td",{"data-label":"Established in",children:t.recipient.country||"—"}),e.jsx("td",{"data-label":"Data categories received",children:e.jsx(xe,{items:t.categories,render:_t,few:4})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(xe,{items:t.activities,render:Wt})}),e.jsx("td",{"data-label":"Purposes",children:t.purposes.map(n=>n.name).join("; ")||"—"}),e.jsx("td",{"data-label":"Legal bases",children:t.legalBases.map(n=>n.reference).join("; ")||"—"}),e.jsx("td",{"data-label":"Transferred to",children:t.countries.join(", ")||"—"}),e.jsx("td",{"data-label":"Safeguards",children:e.jsx(xe,{items:t.safeguards,render:n=>e.jsx(Ue,{safeguard:n}),few:4})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(he,{evidence:t.evidence.slice(0,2)})})]})}function Rl({r:t}){const n=t.category;return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:_t(n)}),e.jsx("td",{"data-label":"Key",children:e.jsx("code",{children:n.key})}),e.jsx("td",{"data-label":"Special category",children:n.specialCategory?e.jsx("strong",{className:"special-text",children:"Art 9"}):n.criminalOffence?e.jsx("strong",{className:"special-text",children:"Art 10"}):"—"}),e.jsx("td",{"data-label":"Collected by (activities)",children:e.jsx(xe,{items:t.activities,render:Wt})}),e.jsx("td",{"data-label":"Received by (recipients)",children:e.jsx(xe,{items:t.recipients,render:i=>i.name})})]})}function kl({r:t}){return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:t.system.name}),e.jsx("td",{"data-label":"Dataset",children:t.dataset.name}),e.jsx("td",{"data-label":"Field path",children:t.field.path?e.jsx(Y,{to:`/lookup?field=${encodeURIComponent(t.field.path)}`,children:e.jsx("code",{children:t.field.path})}):"—"}),e.jsx("td",{"data-label":"Field",children:t.field.name}),e.jsx("td",{"data-label":"Data category",children:t.category?_t(t.category):"—"}),e.jsx("td",{"data-label":"Received by",children:e.jsx(xe,{items:t.recipients,render:n=>n.name})})]})}const Sl=[["/","Data map","read"],["/records","Record of processing","read"],["/inventory","Inventories","read"],["/findings","Findings","read"],["/lookup","Field lookup","read"],["/review","Review","read"],["/changes","Changes","read"],["/activities/new","New activity","edit"]];function Il(){const t=Ae();return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:"Skip to content"}),e.jsxs("header",{className:"top",children:[e.jsx("span",{className:"brand",children:"ropa"}),e.jsx("nav",{"aria-label":"Views",children:e.jsx("ul",{children:Sl.filter(([,,n])=>t(n)).map(([n,i])=>e.jsx("li",{children:e.jsx(Ot,{to:n,end:n!=="/inventory",children:i})},n))})}),e.jsx("a",{className:"playground",href:"/playground",children:"GraphQL playground"}),e.jsx(es,{})]}),e.jsx("main",{id:"main",tabIndex:-1,children:e.jsxs(ga,{children:[e.jsx(J,{path:"/",element:e.jsx(qs,{})}),e.jsx(J,{path:"/records",element:e.jsx(eo,{})}),e.jsx(J,{path:"/inventory",element:e.jsx(vl,{})}),e.jsx(J,{path:"/inventory/:kind",element:e.jsx(yl,{})}),e.jsx(J,{path:"/lookup",element:e.jsx(ro,{})}),e.jsx(J,{path:"/evidence/:id",element:e.jsx(oo,{})}),e.jsx(J,{path:"/activities/new",element:t("edit")?e.jsx(un,{}):e.jsx("p",{children:"Your role may not add activities."})}),e.jsx(J,{path:"/activities/:id",element:e.jsx(un,{})}),e.jsx(J,{path:"/review",element:e.jsx(Xo,{})}),e.jsx(J,{path:"/findings",element:e.jsx(tl,{})}),e.jsx(J,{path:"/changes",element:e.jsx(cl,{})}),e.jsx(J,{path:"/notices/:id",element:e.jsx(sl,{})}),e.jsx(J,{path:"*",element:e.jsx("p",{children:"No such page. Choose a view above."})})]})})]})}mi.createRoot(document.getElementById("root")).render(e.jsx(u.StrictMode,{children:e.jsx(za,{children:e.jsx(Xr,{children:e.jsx(Il,{})})})}));
