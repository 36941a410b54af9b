import{r as h,g as fa,o as pa,a as ma,j as e,s as ga,b as ya,c as va,A as Le,i as St,d as xa,e as ja,f as $e,h as B,k as Oe,n as wa,l as Gt,m as $a,t as ba,p as Cn,q as Sn,u as Na,v as ka}from"./api-DDNmItc7.js";var Ft=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,Rn=/^[\\/]{2}/;function Ca(t,n){return n+t.replace(/\\/g,"/")}var Xt="popstate";function Zt(t){return typeof t=="object"&&t!=null&&"pathname"in t&&"search"in t&&"hash"in t&&"state"in t&&"key"in t}function Sa(t={}){function n(i,r){let s=r.state?.masked,{pathname:o,search:c,hash:l}=s||i.location;return Rt("",{pathname:o,search:c,hash:l},r.state&&r.state.usr||null,r.state&&r.state.key||"default",s?{pathname:i.location.pathname,search:i.location.search,hash:i.location.hash}:void 0)}function a(i,r){return typeof r=="string"?r:Re(r)}return Ia(n,a,null,t)}function H(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function se(t,n){if(!t){typeof console<"u"&&console.warn(n);try{throw new Error(n)}catch{}}}function Ra(){return Math.random().toString(36).substring(2,10)}function en(t,n){return{usr:t.state,key:t.key,idx:n,masked:t.mask?{pathname:t.pathname,search:t.search,hash:t.hash}:void 0}}function Rt(t,n,a=null,i,r){return{pathname:typeof t=="string"?t:t.pathname,search:"",hash:"",...typeof n=="string"?Ue(n):n,state:a,key:n&&n.key||i||Ra(),mask:r}}function Re({pathname:t="/",search:n="",hash:a=""}){return n&&n!=="?"&&(t+=n.charAt(0)==="?"?n:"?"+n),a&&a!=="#"&&(t+=a.charAt(0)==="#"?a:"#"+a),t}function Ue(t){let n={};if(t){let a=t.indexOf("#");a>=0&&(n.hash=t.substring(a),t=t.substring(0,a));let i=t.indexOf("?");i>=0&&(n.search=t.substring(i),t=t.substring(0,i)),t&&(n.pathname=t)}return n}function Ia(t,n,a,i={}){let{window:r=document.defaultView,v5Compat:s=!1}=i,o=r.history,c="POP",l=null,u=f();u==null&&(u=0,o.replaceState({...o.state,idx:u},""));function f(){return(o.state||{idx:null}).idx}function d(){c="POP";let v=f(),x=v==null?null:v-u;u=v,l&&l({action:c,location:j.location,delta:x})}function p(v,x){c="PUSH";let R=Zt(v)?v:Rt(j.location,v,x);u=f()+1;let N=en(R,u),I=j.createHref(R.mask||R);try{o.pushState(N,"",I)}catch($){if($ instanceof DOMException&&$.name==="DataCloneError")throw $;r.location.assign(I)}s&&l&&l({action:c,location:j.location,delta:1})}function g(v,x){c="REPLACE";let R=Zt(v)?v:Rt(j.location,v,x);u=f();let N=en(R,u),I=j.createHref(R.mask||R);o.replaceState(N,"",I),s&&l&&l({action:c,location:j.location,delta:0})}function m(v){return Ea(r,v)}let j={get action(){return c},get location(){return t(r,o)},listen(v){if(l)throw new Error("A history only accepts one active listener");return r.addEventListener(Xt,d),l=v,()=>{r.removeEventListener(Xt,d),l=null}},createHref(v){return n(r,v)},createURL:m,encodeLocation(v){let x=m(v);return{pathname:x.pathname,search:x.search,hash:x.hash}},push:p,replace:g,go(v){return o.go(v)}};return j}function Ea(t,n,a=!1){let i="http://localhost";t&&(i=t.location.origin!=="null"?t.location.origin:t.location.href),H(i,"No window.location.(origin|href) available to create URL");let r=typeof n=="string"?n:Re(n);return r=r.replace(/ $/,"%20"),!a&&Rn.test(r)&&(r=i+r),new URL(r,i)}function In(t,n,a="/"){return Da(t,n,a,!1)}function Da(t,n,a,i,r){let s=typeof n=="string"?Ue(n):n,o=je(s.pathname||"/",a);if(o==null)return null;let c=Pa(t),l=null,u=Wa(o);for(let f=0;l==null&&f<c.length;++f)l=Ua(c[f],u,i);return l}function Pa(t){let n=En(t);return Fa(n),n}function En(t,n=[],a=[],i="",r=!1){let s=(o,c,l=r,u)=>{let f={relativePath:u===void 0?o.path||"":u,caseSensitive:o.caseSensitive===!0,childrenIndex:c,route:o};if(f.relativePath.startsWith("/")){if(!f.relativePath.startsWith(i)&&l)return;H(f.relativePath.startsWith(i),`Absolute route path "${f.relativePath}" nested under path "${i}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),f.relativePath=f.relativePath.slice(i.length)}let d=ce([i,f.relativePath]),p=a.concat(f);o.children&&o.children.length>0&&(H(o.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${d}".`),En(o.children,n,p,d,l)),!(o.path==null&&!o.index)&&n.push({path:d,score:za(d,o.index),routesMeta:p.map((g,m)=>{let[j,v]=Fn(g.relativePath,g.caseSensitive,m===p.length-1);return{...g,matcher:j,compiledParams:v}})})};return t.forEach((o,c)=>{if(o.path===""||!o.path?.includes("?"))s(o,c);else for(let l of Dn(o.path))s(o,c,!0,l)}),n}function Dn(t){let n=t.split("/");if(n.length===0)return[];let[a,...i]=n,r=a.endsWith("?"),s=a.replace(/\?$/,"");if(i.length===0)return r?[s,""]:[s];let o=Dn(i.join("/")),c=[];return c.push(...o.map(l=>l===""?s:[s,l].join("/"))),r&&c.push(...o),c.map(l=>t.startsWith("/")&&l===""?"/":l)}function Fa(t){t.sort((n,a)=>n.score!==a.score?a.score-n.score:La(n.routesMeta.map(i=>i.childrenIndex),a.routesMeta.map(i=>i.childrenIndex)))}var qa=/^:[\w-]+$/,Aa=3,Oa=2,Ta=1,Ba=10,Ma=-2,tn=t=>t==="*";function za(t,n){let a=t.split("/"),i=a.length;return a.some(tn)&&(i+=Ma),n&&(i+=Oa),a.filter(r=>!tn(r)).reduce((r,s)=>r+(qa.test(s)?Aa:s===""?Ta:Ba),i)}function La(t,n){return t.length===n.length&&t.slice(0,-1).every((i,r)=>i===n[r])?t[t.length-1]-n[n.length-1]:0}function Ua(t,n,a=!1){let{routesMeta:i}=t,r={},s="/",o=[];for(let c=0;c<i.length;++c){let l=i[c],u=c===i.length-1,f=s==="/"?n:n.slice(s.length)||"/",d={path:l.relativePath,caseSensitive:l.caseSensitive,end:u},p=l.matcher&&l.compiledParams?Pn(d,f,l.matcher,l.compiledParams):ot(d,f),g=l.route;if(!p&&u&&a&&!i[i.length-1].route.index&&(p=ot({path:l.relativePath,caseSensitive:l.caseSensitive,end:!1},f)),!p)return null;Object.assign(r,p.params),o.push({params:r,pathname:ce([s,p.pathname]),pathnameBase:Qa(ce([s,p.pathnameBase])),route:g}),p.pathnameBase!=="/"&&(s=ce([s,p.pathnameBase]))}return o}function ot(t,n){typeof t=="string"&&(t={path:t,caseSensitive:!1,end:!0});let[a,i]=Fn(t.path,t.caseSensitive,t.end);return Pn(t,n,a,i)}function Pn(t,n,a,i){let r=n.match(a);if(!r)return null;let s=r[0],o=Te(s,1),c=r.slice(1);return{params:i.reduce((u,{paramName:f,isOptional:d},p)=>{if(f==="*"){let m=c[p]||"";o=Te(s.slice(0,s.length-m.length),1)}const g=c[p];return d&&!g?u[f]=void 0:u[f]=(g||"").replace(/%2F/g,"/"),u},{}),pathname:s,pathnameBase:o,pattern:t}}function Fn(t,n=!1,a=!0){se(t==="*"||!t.endsWith("*")||t.endsWith("/*"),`Route path "${t}" will be treated as if it were "${t.replace(/\*$/,"/*")}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${t.replace(/\*$/,"/*")}".`);let i=[],r="^"+t.replace(/\/*\*?$/,"").replace(/^\/*/,"/").replace(/[\\.*+^${}|()[\]]/g,"\\$&").replace(/\/:([\w-]+)(\?)?/g,(o,c,l,u,f)=>{if(i.push({paramName:c,isOptional:l!=null}),l){let d=f.charAt(u+o.length);return d&&d!=="/"?"/([^\\/]*)":"(?:/([^\\/]*))?"}return"/([^\\/]+)"}).replace(/\/([\w-]+)\?(\/|$)/g,"(/$1)?$2");return t.endsWith("*")?(i.push({paramName:"*"}),r+=t==="*"||t==="/*"?"(.*)$":"(?:\\/(.+)|\\/*)$"):a?r+="\\/*$":t!==""&&t!=="/"&&(r+="(?:(?=\\/|$))"),[new RegExp(r,n?void 0:"i"),i]}function Wa(t){try{return t.split("/").map(n=>decodeURIComponent(n).replace(/\//g,"%2F")).join("/")}catch(n){return se(!1,`The URL path "${t}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${n}).`),t}}function je(t,n){if(n==="/")return t;if(!t.toLowerCase().startsWith(n.toLowerCase()))return null;let a=n.endsWith("/")?n.length-1:n.length,i=t.charAt(a);return i&&i!=="/"?null:t.slice(a)||"/"}function _a(t,n="/"){let{pathname:a,search:i="",hash:r=""}=typeof t=="string"?Ue(t):t,s;return a?(a=qn(a),a.startsWith("/")||a.startsWith("\\")?s=nn(a.substring(1),"/"):s=nn(a,n)):s=n,{pathname:s,search:Ha(i),hash:Ya(r)}}function nn(t,n){let a=Te(n).split("/");return t.split("/").forEach(r=>{r===".."?a.length>1&&a.pop():r!=="."&&a.push(r)}),a.length>1?a.join("/"):"/"}function gt(t,n,a,i){return`Cannot include a '${t}' character in a manually specified \`to.${n}\` field [${JSON.stringify(i)}].  Please separate it out to the \`to.${a}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function Va(t){return t.filter((n,a)=>a===0||n.route.path&&n.route.path.length>0)}function qt(t){let n=Va(t);return n.map((a,i)=>i===n.length-1?a.pathname:a.pathnameBase)}function ut(t,n,a,i=!1){let r;typeof t=="string"?r=Ue(t):(r={...t},H(!r.pathname||!r.pathname.includes("?"),gt("?","pathname","search",r)),H(!r.pathname||!r.pathname.includes("#"),gt("#","pathname","hash",r)),H(!r.search||!r.search.includes("#"),gt("#","search","hash",r)));let s=t===""||r.pathname==="",o=s?"/":r.pathname,c;if(o==null)c=a;else{let d=n.length-1;if(!i&&o.startsWith("..")){let p=o.split("/");for(;p[0]==="..";)p.shift(),d-=1;r.pathname=p.join("/")}c=d>=0?n[d]:"/"}let l=_a(r,c),u=o&&o!=="/"&&o.endsWith("/"),f=(s||o===".")&&a.endsWith("/");return!l.pathname.endsWith("/")&&(u||f)&&(l.pathname+="/"),l}var qn=t=>t.replace(/[\\/]{2,}/g,"/"),ce=t=>qn(t.join("/"));function Te(t,n=0){let a=t.length;for(;a>n&&t.charCodeAt(a-1)===47;)a--;return a===t.length?t:t.slice(0,a)}var Qa=t=>Te(t).replace(/^\/*/,"/"),Ha=t=>!t||t==="?"?"":t.startsWith("?")?t:"?"+t,Ya=t=>!t||t==="#"?"":t.startsWith("#")?t:"#"+t,Ka=class{constructor(t,n,a,i=!1){this.status=t,this.statusText=n||"",this.internal=i,a instanceof Error?(this.data=a.toString(),this.error=a):this.data=a}};function Ja(t){return t!=null&&typeof t.status=="number"&&typeof t.statusText=="string"&&typeof t.internal=="boolean"&&"data"in t}function Ga(t){let n=t.map(a=>a.route.path).filter(Boolean);return ce(n)||"/"}var An=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";function On(t,n){let a=t;if(typeof a!="string"||!Ft.test(a))return{absoluteURL:void 0,isExternal:!1,to:a};let i=a,r=!1;if(An)try{let s=new URL(window.location.href),o=Rn.test(a)?new URL(Ca(a,s.protocol)):new URL(a),c=je(o.pathname,n);o.origin===s.origin&&c!=null?a=c+o.search+o.hash:r=!0}catch{se(!1,`<Link to="${a}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:i,isExternal:r,to:a}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");var an=new URL("http://localhost");function At(t){if(t.createURL)return t.createURL("/");try{return new URL(t.createHref("/"),an)}catch{return an}}function yt(t,n){return t.origin===n.origin&&(t.origin!=="null"||t.protocol===n.protocol&&t.host===n.host)}function Xa(t,n){if(t.startsWith("//"))return!0;let a=n.protocol.toLowerCase();return t.toLowerCase().startsWith(a)?n.host===""||t.slice(a.length).startsWith("//"):!1}function Ot(t,n,a,i){let r=null;try{r=t==null?null:new URL(t,a)}catch{}let s=new URL(n,a),o=r!=null&&!yt(r,a),c=!yt(s,a);if(i==="reject"){if(o||c)throw new Error("External navigation is not allowed")}else if(c&&(r==null||!Xa(t,r)||!yt(r,s)))throw new Error("External navigation is not allowed")}var Tn=["POST","PUT","PATCH","DELETE"];new Set(Tn);var Za=["GET",...Tn];new Set(Za);var ei=["about:","blob:","chrome:","chrome-untrusted:","content:","data:","devtools:","file:","filesystem:","javascript:"];function ti(t){try{return ei.includes(new URL(t).protocol)}catch{return!1}}var We=h.createContext(null);We.displayName="DataRouter";var ht=h.createContext(null);ht.displayName="DataRouterState";var Bn=h.createContext(!1);function ni(){return h.useContext(Bn)}var Mn=h.createContext({isTransitioning:!1});Mn.displayName="ViewTransition";var ai=h.createContext(new Map);ai.displayName="Fetchers";var ii=h.createContext(null);ii.displayName="Await";var ae=h.createContext(null);ae.displayName="Navigation";var Ke=h.createContext(null);Ke.displayName="Location";var de=h.createContext({outlet:null,matches:[],isDataRoute:!1});de.displayName="Route";var Tt=h.createContext(null);Tt.displayName="RouteError";var zn="REACT_ROUTER_ERROR",ri="REDIRECT",si="ROUTE_ERROR_RESPONSE";function oi(t){if(t.startsWith(`${zn}:${ri}:{`))try{let n=JSON.parse(t.slice(28));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string"&&typeof n.location=="string"&&typeof n.reloadDocument=="boolean"&&typeof n.replace=="boolean")return n}catch{}}function li(t){if(t.startsWith(`${zn}:${si}:{`))try{let n=JSON.parse(t.slice(40));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string")return new Ka(n.status,n.statusText,n.data)}catch{}}function ci(t,{relative:n}={}){H(_e(),"useHref() may be used only in the context of a <Router> component.");let{basename:a,navigator:i}=h.useContext(ae),{hash:r,pathname:s,search:o}=Xe(t,{relative:n}),c=s;return a!=="/"&&(c=s==="/"?a:ce([a,s])),i.createHref({pathname:c,search:o,hash:r})}function _e(){return h.useContext(Ke)!=null}function oe(){return H(_e(),"useLocation() may be used only in the context of a <Router> component."),h.useContext(Ke).location}var Ln="You should call navigate() in a React.useEffect(), not when your component is first rendered.";function Un(t){h.useContext(ae).static||h.useLayoutEffect(t)}function Je(){let{isDataRoute:t}=h.useContext(de);return t?$i():di()}function di(){H(_e(),"useNavigate() may be used only in the context of a <Router> component.");let t=h.useContext(We),{basename:n,navigator:a}=h.useContext(ae),{matches:i}=h.useContext(de),{pathname:r}=oe(),s=JSON.stringify(qt(i)),o=h.useRef(!1);return Un(()=>{o.current=!0}),h.useCallback((l,u={})=>{if(se(o.current,Ln),!o.current)return;if(typeof l=="number"){a.go(l);return}let f=ut(l,JSON.parse(s),r,u.relative==="path");t==null&&n!=="/"&&(f.pathname=f.pathname==="/"?n:ce([n,f.pathname])),Ot(typeof l=="string"?l:Re(l),a.createHref(f),At(a),"reject"),(u.replace?a.replace:a.push)(f,u.state,u)},[n,a,s,r,t])}h.createContext(null);function Ge(){let{matches:t}=h.useContext(de);return t[t.length-1]?.params??{}}function Xe(t,{relative:n}={}){let{matches:a}=h.useContext(de),{pathname:i}=oe(),r=JSON.stringify(qt(a));return h.useMemo(()=>ut(t,JSON.parse(r),i,n==="path"),[t,r,i,n])}function ui(t,n){return Wn(t,n)}function Wn(t,n,a){H(_e(),"useRoutes() may be used only in the context of a <Router> component.");let{navigator:i}=h.useContext(ae),{matches:r}=h.useContext(de),s=r[r.length-1],o=s?s.params:{},c=s?s.pathname:"/",l=s?s.pathnameBase:"/",u=s&&s.route;{let v=u&&u.path||"";Vn(c,!u||v.endsWith("*")||v.endsWith("*?"),`You rendered descendant <Routes> (or called \`useRoutes()\`) at "${c}" (under <Route path="${v}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${v}"> to <Route path="${v==="/"?"*":`${v}/*`}">.`)}let f=oe(),d;if(n){let v=typeof n=="string"?Ue(n):n;H(l==="/"||v.pathname?.startsWith(l),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${l}" but pathname "${v.pathname}" was given in the \`location\` prop.`),d=v}else d=f;let p=d.pathname||"/",g=p;if(l!=="/"){let v=l.replace(/^\//,"").split("/");g="/"+p.replace(/^\//,"").split("/").slice(v.length).join("/")}let m=a&&a.state.matches.length?a.state.matches.map(v=>Object.assign(v,{route:a.manifest[v.route.id]||v.route})):In(t,{pathname:g});se(u||m!=null,`No routes matched location "${d.pathname}${d.search}${d.hash}" `),se(m==null||m[m.length-1].route.element!==void 0||m[m.length-1].route.Component!==void 0||m[m.length-1].route.lazy!==void 0,`Matched leaf route at location "${d.pathname}${d.search}${d.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`);let j=gi(m&&m.map(v=>Object.assign({},v,{params:Object.assign({},o,v.params),pathname:ce([l,i.encodeLocation?i.encodeLocation(v.pathname.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:v.pathname]),pathnameBase:v.pathnameBase==="/"?l:ce([l,i.encodeLocation?i.encodeLocation(v.pathnameBase.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:v.pathnameBase])})),r,a);return n&&j?h.createElement(Ke.Provider,{value:{location:{pathname:"/",search:"",hash:"",state:null,key:"default",mask:void 0,...d},navigationType:"POP"}},j):j}function hi(){let t=wi(),n=Ja(t)?`${t.status} ${t.statusText}`:t instanceof Error?t.message:JSON.stringify(t),a=t instanceof Error?t.stack:null,i="rgba(200,200,200, 0.5)",r={padding:"0.5rem",backgroundColor:i},s={padding:"2px 4px",backgroundColor:i},o=null;return console.error("Error handled by React Router default ErrorBoundary:",t),o=h.createElement(h.Fragment,null,h.createElement("p",null,"💿 Hey developer 👋"),h.createElement("p",null,"You can provide a way better UX than this when your app throws errors by providing your own ",h.createElement("code",{style:s},"ErrorBoundary")," or"," ",h.createElement("code",{style:s},"errorElement")," prop on your route.")),h.createElement(h.Fragment,null,h.createElement("h2",null,"Unexpected Application Error!"),h.createElement("h3",{style:{fontStyle:"italic"}},n),a?h.createElement("pre",{style:r},a):null,o)}var fi=h.createElement(hi,null),_n=class extends h.Component{constructor(t){super(t),this.state={location:t.location,revalidation:t.revalidation,error:t.error}}static getDerivedStateFromError(t){return{error:t}}static getDerivedStateFromProps(t,n){return n.location!==t.location||n.revalidation!=="idle"&&t.revalidation==="idle"?{error:t.error,location:t.location,revalidation:t.revalidation}:{error:t.error!==void 0?t.error:n.error,location:n.location,revalidation:t.revalidation||n.revalidation}}componentDidCatch(t,n){this.props.onError?this.props.onError(t,n):console.error("React Router caught the following error during render",t)}render(){let t=this.state.error;if(this.context&&typeof t=="object"&&t&&"digest"in t&&typeof t.digest=="string"){const a=li(t.digest);a&&(t=a)}let n=t!==void 0?h.createElement(de.Provider,{value:this.props.routeContext},h.createElement(Tt.Provider,{value:t,children:this.props.component})):this.props.children;return this.context?h.createElement(pi,{error:t},n):n}};_n.contextType=Bn;var vt=new WeakMap;function pi({children:t,error:n}){let{basename:a,navigator:i}=h.useContext(ae);if(typeof n=="object"&&n&&"digest"in n&&typeof n.digest=="string"){let r=oi(n.digest);if(r){let s=vt.get(n);if(s)throw s;let o=On(r.location,a),c=o.absoluteURL||o.to;if(Ot(r.location,c,At(i),"allow-explicit"),ti(c))throw new Error("Invalid redirect location");if(An&&!vt.get(n))if(o.isExternal||r.reloadDocument)window.location.href=c;else{const l=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(o.to,{replace:r.replace}));throw vt.set(n,l),l}return h.createElement("meta",{httpEquiv:"refresh",content:`0;url=${c}`})}}return t}function mi({routeContext:t,match:n,children:a}){let i=h.useContext(We);return i&&i.static&&i.staticContext&&(n.route.errorElement||n.route.ErrorBoundary)&&(i.staticContext._deepestRenderedBoundaryId=n.route.id),h.createElement(de.Provider,{value:t},a)}function gi(t,n=[],a){let i=a?.state;if(t==null){if(!i)return null;if(i.errors)t=i.matches;else if(n.length===0&&!i.initialized&&i.matches.length>0)t=i.matches;else return null}let r=t,s=i?.errors;if(s!=null){let f=r.findIndex(d=>d.route.id&&s?.[d.route.id]!==void 0);H(f>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(s).join(",")}`),r=r.slice(0,Math.min(r.length,f+1))}let o=!1,c=-1;if(a&&i){o=i.renderFallback;for(let f=0;f<r.length;f++){let d=r[f];if((d.route.HydrateFallback||d.route.hydrateFallbackElement)&&(c=f),d.route.id){let{loaderData:p,errors:g}=i,m=d.route.loader&&!p.hasOwnProperty(d.route.id)&&(!g||g[d.route.id]===void 0);if(d.route.lazy||m){a.isStatic&&(o=!0),c>=0?r=r.slice(0,c+1):r=[r[0]];break}}}}let l=a?.onError,u=i&&l?(f,d)=>{l(f,{location:i.location,params:i.matches?.[0]?.params??{},pattern:Ga(i.matches),errorInfo:d})}:void 0;return r.reduceRight((f,d,p)=>{let g,m=!1,j=null,v=null;i&&(g=s&&d.route.id?s[d.route.id]:void 0,j=d.route.errorElement||fi,o&&(c<0&&p===0?(Vn("route-fallback",!1,"No `HydrateFallback` element provided to render during initial hydration"),m=!0,v=null):c===p&&(m=!0,v=d.route.hydrateFallbackElement||null)));let x=n.concat(r.slice(0,p+1)),R=()=>{let N;return g?N=j:m?N=v:d.route.Component?N=h.createElement(d.route.Component,null):d.route.element?N=d.route.element:N=f,h.createElement(mi,{match:d,routeContext:{outlet:f,matches:x,isDataRoute:i!=null},children:N})};return i&&(d.route.ErrorBoundary||d.route.errorElement||p===0)?h.createElement(_n,{location:i.location,revalidation:i.revalidation,component:j,error:g,children:R(),routeContext:{outlet:null,matches:x,isDataRoute:!0},onError:u}):R()},null)}function Bt(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function yi(t){let n=h.useContext(We);return H(n,Bt(t)),n}function vi(t){let n=h.useContext(ht);return H(n,Bt(t)),n}function xi(t){let n=h.useContext(de);return H(n,Bt(t)),n}function Mt(t){let n=xi(t),a=n.matches[n.matches.length-1];return H(a.route.id,`${t} can only be used on routes that contain a unique "id"`),a.route.id}function ji(){return Mt("useRouteId")}function wi(){let t=h.useContext(Tt),n=vi("useRouteError"),a=Mt("useRouteError");return t!==void 0?t:n.errors?.[a]}function $i(){let{router:t}=yi("useNavigate"),n=Mt("useNavigate"),a=h.useRef(!1);return Un(()=>{a.current=!0}),h.useCallback(async(r,s={})=>{se(a.current,Ln),a.current&&(typeof r=="number"?await t.navigate(r):await t.navigate(r,{fromRouteId:n,...s}))},[t,n])}var rn={};function Vn(t,n,a){!n&&!rn[t]&&(rn[t]=!0,se(!1,a))}h.memo(bi);function bi({routes:t,manifest:n,future:a,state:i,isStatic:r,onError:s}){return Wn(t,void 0,{manifest:n,state:i,isStatic:r,onError:s})}function Ni({to:t,replace:n,state:a,relative:i}){H(_e(),"<Navigate> may be used only in the context of a <Router> component.");let{static:r,navigator:s}=h.useContext(ae);se(!r,"<Navigate> must not be used on the initial render in a <StaticRouter>. This is a no-op, but you should modify your code so the <Navigate> is only ever rendered in response to some user interaction or state change.");let{matches:o}=h.useContext(de),{pathname:c}=oe(),l=Je(),u=ut(t,qt(o),c,i==="path");Ot(typeof t=="string"?t:Re(t),s.createHref(u),At(s),"reject");let f=JSON.stringify(u);return h.useEffect(()=>{l(JSON.parse(f),{replace:n,state:a,relative:i})},[l,f,i,n,a]),null}function X(t){H(!1,"A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.")}function ki({basename:t="/",children:n=null,location:a,navigationType:i="POP",navigator:r,static:s=!1,useTransitions:o}){H(!_e(),"You cannot render a <Router> inside another <Router>. You should never have more than one in your app.");let c=t.replace(/^\/*/,"/"),l=h.useMemo(()=>({basename:c,navigator:r,static:s,useTransitions:o,future:{}}),[c,r,s,o]);typeof a=="string"&&(a=Ue(a));let{pathname:u="/",search:f="",hash:d="",state:p=null,key:g="default",mask:m}=a,j=h.useMemo(()=>{let v=je(u,c);return v==null?null:{location:{pathname:v,search:f,hash:d,state:p,key:g,mask:m},navigationType:i}},[c,u,f,d,p,g,i,m]);return se(j!=null,`<Router basename="${c}"> is not able to match the URL "${u}${f}${d}" because it does not start with the basename, so the <Router> won't render anything.`),j==null?null:h.createElement(ae.Provider,{value:l},h.createElement(Ke.Provider,{children:n,value:j}))}function Ci({children:t,location:n}){return ui(It(t),n)}function It(t,n=[]){let a=[];return h.Children.forEach(t,(i,r)=>{if(!h.isValidElement(i))return;let s=[...n,r];if(i.type===h.Fragment){a.push.apply(a,It(i.props.children,s));return}H(i.type===X,`[${typeof i.type=="string"?i.type:i.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`),H(!i.props.index||!i.props.children,"An index route cannot have child routes.");let o={id:i.props.id||s.join("-"),caseSensitive:i.props.caseSensitive,element:i.props.element,Component:i.props.Component,index:i.props.index,path:i.props.path,middleware:i.props.middleware,loader:i.props.loader,action:i.props.action,hydrateFallbackElement:i.props.hydrateFallbackElement,HydrateFallback:i.props.HydrateFallback,errorElement:i.props.errorElement,ErrorBoundary:i.props.ErrorBoundary,hasErrorBoundary:i.props.hasErrorBoundary===!0||i.props.ErrorBoundary!=null||i.props.errorElement!=null,shouldRevalidate:i.props.shouldRevalidate,handle:i.props.handle,lazy:i.props.lazy};i.props.children&&(o.children=It(i.props.children,s)),a.push(o)}),a}var at="get",it="application/x-www-form-urlencoded";function ft(t){return typeof HTMLElement<"u"&&t instanceof HTMLElement}function Si(t){return ft(t)&&t.tagName.toLowerCase()==="button"}function Ri(t){return ft(t)&&t.tagName.toLowerCase()==="form"}function Ii(t){return ft(t)&&t.tagName.toLowerCase()==="input"}function Ei(t){return!!(t.metaKey||t.altKey||t.ctrlKey||t.shiftKey)}function Di(t,n){return t.button===0&&(!n||n==="_self")&&!Ei(t)}function Et(t=""){return new URLSearchParams(typeof t=="string"||Array.isArray(t)||t instanceof URLSearchParams?t:Object.keys(t).reduce((n,a)=>{let i=t[a];return n.concat(Array.isArray(i)?i.map(r=>[a,r]):[[a,i]])},[]))}function Pi(t,n){let a=Et(t);return n&&n.forEach((i,r)=>{a.has(r)||n.getAll(r).forEach(s=>{a.append(r,s)})}),a}var nt=null;function Fi(){if(nt===null)try{new FormData(document.createElement("form"),0),nt=!1}catch{nt=!0}return nt}var qi=new Set(["application/x-www-form-urlencoded","multipart/form-data","text/plain"]);function xt(t){return t!=null&&!qi.has(t)?(se(!1,`"${t}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${it}"`),null):t}function Ai(t,n){let a,i,r,s,o;if(Ri(t)){let c=t.getAttribute("action");i=c?je(c,n):null,a=t.getAttribute("method")||at,r=xt(t.getAttribute("enctype"))||it,s=new FormData(t)}else if(Si(t)||Ii(t)&&(t.type==="submit"||t.type==="image")){let c=t.form;if(c==null)throw new Error('Cannot submit a <button> or <input type="submit"> without a <form>');let l=t.getAttribute("formaction")||c.getAttribute("action");if(i=l?je(l,n):null,a=t.getAttribute("formmethod")||c.getAttribute("method")||at,r=xt(t.getAttribute("formenctype"))||xt(c.getAttribute("enctype"))||it,s=new FormData(c,t),!Fi()){let{name:u,type:f,value:d}=t;if(f==="image"){let p=u?`${u}.`:"";s.append(`${p}x`,"0"),s.append(`${p}y`,"0")}else u&&s.append(u,d)}}else{if(ft(t))throw new Error('Cannot submit element that is not <form>, <button>, or <input type="submit|image">');a=at,i=null,r=it,o=t}return s&&r==="text/plain"&&(o=s,s=void 0),{action:i,method:a.toLowerCase(),encType:r,formData:s,body:o}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");function zt(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function Qn(t,n,a,i){let r=typeof t=="string"?new URL(t,typeof window>"u"?"server://singlefetch/":window.location.origin):t;return a?r.pathname.endsWith("/")?r.pathname=`${r.pathname}_.${i}`:r.pathname=`${r.pathname}.${i}`:r.pathname==="/"?r.pathname=`_root.${i}`:n&&je(r.pathname,n)==="/"?r.pathname=`${Te(n)}/_root.${i}`:r.pathname=`${Te(r.pathname)}.${i}`,r}async function Oi(t,n){if(t.id in n)return n[t.id];try{let a=await import(t.module);return n[t.id]=a,a}catch(a){return console.error(`Error loading route module \`${t.module}\`, reloading page...`),console.error(a),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function Ti(t){return t==null?!1:t.href==null?t.rel==="preload"&&typeof t.imageSrcSet=="string"&&typeof t.imageSizes=="string":typeof t.rel=="string"&&typeof t.href=="string"}async function Bi(t,n,a){let i=await Promise.all(t.map(async r=>{let s=n.routes[r.route.id];if(s){let o=await Oi(s,a);return o.links?o.links():[]}return[]}));return Ui(i.flat(1).filter(Ti).filter(r=>r.rel==="stylesheet"||r.rel==="preload").map(r=>r.rel==="stylesheet"?{...r,rel:"prefetch",as:"style"}:{...r,rel:"prefetch"}))}function sn(t,n,a,i,r,s){let o=(l,u)=>a[u]?l.route.id!==a[u].route.id:!0,c=(l,u)=>a[u].pathname!==l.pathname||a[u].route.path?.endsWith("*")&&a[u].params["*"]!==l.params["*"];return s==="assets"?n.filter((l,u)=>o(l,u)||c(l,u)):s==="data"?n.filter((l,u)=>{let f=i.routes[l.route.id];if(!f||!f.hasLoader)return!1;if(o(l,u)||c(l,u))return!0;if(l.route.shouldRevalidate){let d=l.route.shouldRevalidate({currentUrl:new URL(r.pathname+r.search+r.hash,window.origin),currentParams:a[0]?.params||{},nextUrl:new URL(t,window.origin),nextParams:l.params,defaultShouldRevalidate:!0});if(typeof d=="boolean")return d}return!0}):[]}function Mi(t,n,{includeHydrateFallback:a}={}){return zi(t.map(i=>{let r=n.routes[i.route.id];if(!r)return[];let s=[r.module];return r.clientActionModule&&(s=s.concat(r.clientActionModule)),r.clientLoaderModule&&(s=s.concat(r.clientLoaderModule)),a&&r.hydrateFallbackModule&&(s=s.concat(r.hydrateFallbackModule)),r.imports&&(s=s.concat(r.imports)),s}).flat(1))}function zi(t){return[...new Set(t)]}function Li(t){let n={},a=Object.keys(t).sort();for(let i of a)n[i]=t[i];return n}function Ui(t,n){let a=new Set;return new Set(n),t.reduce((i,r)=>{let s=JSON.stringify(Li(r));return a.has(s)||(a.add(s),i.push({key:s,link:r})),i},[])}function Lt(){let t=h.useContext(We);return zt(t,"You must render this element inside a <DataRouterContext.Provider> element"),t}function Wi(){let t=h.useContext(ht);return zt(t,"You must render this element inside a <DataRouterStateContext.Provider> element"),t}var Ut=h.createContext(void 0);Ut.displayName="FrameworkContext";function pt(){let t=h.useContext(Ut);return zt(t,"You must render this element inside a <HydratedRouter> element"),t}function _i(t,n){let a=h.useContext(Ut),[i,r]=h.useState(!1),[s,o]=h.useState(!1),{onFocus:c,onBlur:l,onMouseEnter:u,onMouseLeave:f,onTouchStart:d}=n,p=h.useRef(null);h.useEffect(()=>{if(t==="render"&&o(!0),t==="viewport"){let j=x=>{x.forEach(R=>{o(R.isIntersecting)})},v=new IntersectionObserver(j,{threshold:.5});return p.current&&v.observe(p.current),()=>{v.disconnect()}}},[t]),h.useEffect(()=>{if(i){let j=setTimeout(()=>{o(!0)},100);return()=>{clearTimeout(j)}}},[i]);let g=()=>{r(!0)},m=()=>{r(!1),o(!1)};return a?t!=="intent"?[s,p,{}]:[s,p,{onFocus:Ve(c,g),onBlur:Ve(l,m),onMouseEnter:Ve(u,g),onMouseLeave:Ve(f,m),onTouchStart:Ve(d,g)}]:[!1,p,{}]}function Ve(t,n){return a=>{t&&t(a),a.defaultPrevented||n(a)}}function Vi({page:t,...n}){let a=ni(),{nonce:i}=pt(),{router:r}=Lt(),s=h.useMemo(()=>In(r.routes,t,r.basename),[r.routes,t,r.basename]);return s?(n.nonce==null&&i&&(n={...n,nonce:i}),a?h.createElement(Hi,{page:t,matches:s,...n}):h.createElement(Yi,{page:t,matches:s,...n})):null}function Qi(t){let{manifest:n,routeModules:a}=pt(),[i,r]=h.useState([]);return h.useEffect(()=>{let s=!1;return Bi(t,n,a).then(o=>{s||r(o)}),()=>{s=!0}},[t,n,a]),i}function Hi({page:t,matches:n,...a}){let i=oe(),{future:r}=pt(),{basename:s}=Lt(),o=h.useMemo(()=>{if(t===i.pathname+i.search+i.hash)return[];let c=Qn(t,s,r.v8_trailingSlashAwareDataRequests,"rsc"),l=!1,u=[];for(let f of n)typeof f.route.shouldRevalidate=="function"?l=!0:u.push(f.route.id);return l&&u.length>0&&c.searchParams.set("_routes",u.join(",")),[c.pathname+c.search]},[s,r.v8_trailingSlashAwareDataRequests,t,i,n]);return h.createElement(h.Fragment,null,o.map(c=>h.createElement("link",{key:c,rel:"prefetch",as:"fetch",href:c,...a})))}function Yi({page:t,matches:n,...a}){let i=oe(),{future:r,manifest:s,routeModules:o}=pt(),{basename:c}=Lt(),{loaderData:l,matches:u}=Wi(),f=h.useMemo(()=>sn(t,n,u,s,i,"data"),[t,n,u,s,i]),d=h.useMemo(()=>sn(t,n,u,s,i,"assets"),[t,n,u,s,i]),p=h.useMemo(()=>{if(t===i.pathname+i.search+i.hash)return[];let j=new Set,v=!1;if(n.forEach(R=>{let N=s.routes[R.route.id];!N||!N.hasLoader||(!f.some(I=>I.route.id===R.route.id)&&R.route.id in l&&o[R.route.id]?.shouldRevalidate||N.hasClientLoader?v=!0:j.add(R.route.id))}),j.size===0)return[];let x=Qn(t,c,r.v8_trailingSlashAwareDataRequests,"data");return v&&j.size>0&&x.searchParams.set("_routes",n.filter(R=>j.has(R.route.id)).map(R=>R.route.id).join(",")),[x.pathname+x.search]},[c,r.v8_trailingSlashAwareDataRequests,l,i,s,f,n,t,o]),g=h.useMemo(()=>Mi(d,s),[d,s]),m=Qi(d);return h.createElement(h.Fragment,null,p.map(j=>h.createElement("link",{key:j,rel:"prefetch",as:"fetch",href:j,...a})),g.map(j=>h.createElement("link",{key:j,rel:"modulepreload",href:j,...a})),m.map(({key:j,link:v})=>h.createElement("link",{key:j,nonce:a.nonce,...v,crossOrigin:v.crossOrigin??a.crossOrigin})))}function Ki(...t){return n=>{t.forEach(a=>{typeof a=="function"?a(n):a!=null&&(a.current=n)})}}var Ji=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";try{Ji&&(window.__reactRouterVersion="7.18.5")}catch{}function Gi({basename:t,children:n,useTransitions:a,window:i}){let r=h.useRef();r.current==null&&(r.current=Sa({window:i,v5Compat:!0}));let s=r.current,[o,c]=h.useState({action:s.action,location:s.location}),l=h.useCallback(u=>{a===!1?c(u):h.startTransition(()=>c(u))},[a]);return h.useLayoutEffect(()=>s.listen(l),[s,l]),h.createElement(ki,{basename:t,children:n,location:o.location,navigationType:o.action,navigator:s,useTransitions:a})}var K=h.forwardRef(function({onClick:n,discover:a="render",prefetch:i="none",relative:r,reloadDocument:s,replace:o,mask:c,state:l,target:u,to:f,preventScrollReset:d,viewTransition:p,defaultShouldRevalidate:g,...m},j){let{basename:v,navigator:x,useTransitions:R}=h.useContext(ae),N=typeof f=="string"&&Ft.test(f),I=On(f,v);f=I.to;let $=ci(f,{relative:r}),A=oe(),C=null;if(c){let y=ut(c,[],A.mask?A.mask.pathname:"/",!0);v!=="/"&&(y.pathname=y.pathname==="/"?v:ce([v,y.pathname])),C=x.createHref(y)}let[z,w,F]=_i(i,m),b=er(f,{replace:o,mask:c,state:l,target:u,preventScrollReset:d,relative:r,viewTransition:p,defaultShouldRevalidate:g,useTransitions:R});function E(y){n&&n(y),y.defaultPrevented||b(y)}let M=!(I.isExternal||s),U=h.createElement("a",{...m,...F,href:(M?C:void 0)||I.absoluteURL||$,onClick:M?E:n,ref:Ki(j,w),target:u,"data-discover":!N&&a==="render"?"true":void 0});return z&&!N?h.createElement(h.Fragment,null,U,h.createElement(Vi,{page:$})):U});K.displayName="Link";var Wt=h.forwardRef(function({"aria-current":n="page",caseSensitive:a=!1,className:i="",end:r=!1,style:s,to:o,viewTransition:c,children:l,...u},f){let d=Xe(o,{relative:u.relative}),p=oe(),g=h.useContext(ht),{navigator:m,basename:j}=h.useContext(ae),v=g!=null&&rr(d)&&c===!0,x=m.encodeLocation?m.encodeLocation(d).pathname:d.pathname,R=p.pathname,N=g&&g.navigation&&g.navigation.location?g.navigation.location.pathname:null;a||(R=R.toLowerCase(),N=N?N.toLowerCase():null,x=x.toLowerCase()),N&&j&&(N=je(N,j)||N);const I=x!=="/"&&x.endsWith("/")?x.length-1:x.length;let $=R===x||!r&&R.startsWith(x)&&R.charAt(I)==="/",A=N!=null&&(N===x||!r&&N.startsWith(x)&&N.charAt(x.length)==="/"),C={isActive:$,isPending:A,isTransitioning:v},z=$?n:void 0,w;typeof i=="function"?w=i(C):w=[i,$?"active":null,A?"pending":null,v?"transitioning":null].filter(Boolean).join(" ");let F=typeof s=="function"?s(C):s;return h.createElement(K,{...u,"aria-current":z,className:w,ref:f,style:F,to:o,viewTransition:c},typeof l=="function"?l(C):l)});Wt.displayName="NavLink";var Xi=h.forwardRef(({discover:t="render",fetcherKey:n,navigate:a,reloadDocument:i,replace:r,state:s,method:o=at,action:c,onSubmit:l,relative:u,preventScrollReset:f,viewTransition:d,defaultShouldRevalidate:p,...g},m)=>{let{useTransitions:j}=h.useContext(ae),v=ar(),x=ir(c,{relative:u}),R=o.toLowerCase()==="get"?"get":"post",N=typeof c=="string"&&Ft.test(c),I=$=>{if(l&&l($),$.defaultPrevented)return;$.preventDefault();let A=$.nativeEvent.submitter,C=A?.getAttribute("formmethod")||o,z=()=>v(A||$.currentTarget,{fetcherKey:n,method:C,navigate:a,replace:r,state:s,relative:u,preventScrollReset:f,viewTransition:d,defaultShouldRevalidate:p});j&&a!==!1?h.startTransition(()=>z()):z()};return h.createElement("form",{ref:m,method:R,action:x,onSubmit:i?l:I,...g,"data-discover":!N&&t==="render"?"true":void 0})});Xi.displayName="Form";function Zi(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Hn(t){let n=h.useContext(We);return H(n,Zi(t)),n}function er(t,{target:n,replace:a,mask:i,state:r,preventScrollReset:s,relative:o,viewTransition:c,defaultShouldRevalidate:l,useTransitions:u}={}){let f=Je(),d=oe(),p=Xe(t,{relative:o});return h.useCallback(g=>{if(Di(g,n)){g.preventDefault();let m=a!==void 0?a:Re(d)===Re(p),j=()=>f(t,{replace:m,mask:i,state:r,preventScrollReset:s,relative:o,viewTransition:c,defaultShouldRevalidate:l});u?h.startTransition(()=>j()):j()}},[d,f,p,a,i,r,n,t,s,o,c,l,u])}function we(t){se(typeof URLSearchParams<"u","You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let n=h.useRef(Et(t)),a=h.useRef(!1),i=oe(),r=h.useMemo(()=>Pi(i.search,a.current?null:n.current),[i.search]),s=Je(),o=h.useCallback((c,l)=>{const u=Et(typeof c=="function"?c(new URLSearchParams(r)):c);a.current=!0,s("?"+u,l)},[s,r]);return[r,o]}var tr=0,nr=()=>`__${String(++tr)}__`;function ar(){let{router:t}=Hn("useSubmit"),{basename:n}=h.useContext(ae),a=ji(),i=t.fetch,r=t.navigate;return h.useCallback(async(s,o={})=>{let{action:c,method:l,encType:u,formData:f,body:d}=Ai(s,n);if(o.navigate===!1){let p=o.fetcherKey||nr();await i(p,a,o.action||c,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:d,formMethod:o.method||l,formEncType:o.encType||u,flushSync:o.flushSync})}else await r(o.action||c,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:d,formMethod:o.method||l,formEncType:o.encType||u,replace:o.replace,state:o.state,fromRouteId:a,flushSync:o.flushSync,viewTransition:o.viewTransition})},[i,r,n,a])}function ir(t,{relative:n}={}){let{basename:a}=h.useContext(ae),i=h.useContext(de);H(i,"useFormAction must be used inside a RouteContext");let[r]=i.matches.slice(-1),s={...Xe(t||".",{relative:n})},o=oe();if(t==null){s.search=o.search;let c=new URLSearchParams(s.search),l=c.getAll("index");if(l.some(f=>f==="")){c.delete("index"),l.filter(d=>d).forEach(d=>c.append("index",d));let f=c.toString();s.search=f?`?${f}`:""}}return(!t||t===".")&&r.route.index&&(s.search=s.search?s.search.replace(/^\?/,"?index&"):"?index"),a!=="/"&&(s.pathname=s.pathname==="/"?a:ce([a,s.pathname])),Re(s)}function rr(t,{relative:n}={}){let a=h.useContext(Mn);H(a!=null,"`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:i}=Hn("useViewTransitionState"),r=Xe(t,{relative:n});if(!a.isTransitioning)return!1;let s=je(a.currentLocation.pathname,i)||a.currentLocation.pathname,o=je(a.nextLocation.pathname,i)||a.nextLocation.pathname;return ot(r.pathname,o)!=null||ot(r.pathname,s)!=null}class O extends String{__apiType;value;__meta__;constructor(n,a){super(n),this.value=n,this.__meta__=a}toString(){return this.value}}const sr=new O(`
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
    `,{fragmentName:"MapNode"}),or=new O(`
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
    `,{fragmentName:"ChangeFields"}),lr=new O(`
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
    `),cr=new O(`
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
    `),dr=new O(`
    mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
  acknowledgeFinding(input: $input) {
    id
    reviewBy
  }
}
    `),ur=new O(`
    query FindingTransfers($org: ID!, $after: Cursor) {
  transfers(first: 500, after: $after, where: {organizationID: $org}) {
    pageInfo {
      hasNextPage
      endCursor
    }
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
    `),hr=new O(`
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
      onBehalfOf
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
          key
          name
        }
        history {
          changes {
            ...ChangeFields
          }
        }
        legalBasis {
          id
        }
        specialCondition {
          id
        }
        evidence {
          id
          quote
        }
      }
      dataSubjects {
        id
        key
        name
      }
      dataCategories {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      sources {
        id
        key
        name
      }
      systems {
        id
        key
        name
      }
      disclosures {
        id
        description
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
          name
        }
        purposes {
          id
          key
          name
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
        dataCategories {
          id
          key
          name
        }
        evidence {
          id
          quote
        }
      }
      transfers {
        id
        scope
        country
        description
        recipient {
          id
          name
        }
        safeguard {
          id
          name
          validUntil
        }
        evidence {
          id
          quote
        }
      }
      securityPractices {
        id
        description
        measure {
          id
          key
          name
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
}`),fr=new O(`
    query EditLegalBases {
  legalBases(first: 50, orderBy: {field: KEY}) {
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
    `),pr=new O(`
    query PickPurposes($q: String!) {
  purposes(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),mr=new O(`
    query PickCategories($q: String!) {
  dataCategories(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        key
        name
        specialCategory
        criminalOffence
      }
    }
  }
}
    `),gr=new O(`
    query PickSubjects($q: String!) {
  dataSubjectCategories(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
  ) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),yr=new O(`
    query PickSources($q: String!) {
  dataSources(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
  ) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),vr=new O(`
    query PickMeasures($q: String!) {
  securityMeasures(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),xr=new O(`
    query PickSafeguards($q: String!) {
  transferSafeguards(
    first: 20
    where: {or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        key
        name
        validUntil
      }
    }
  }
}
    `),jr=new O(`
    query PickRecipients($org: ID!, $q: String!) {
  recipients(
    first: 20
    where: {organizationID: $org, nameContainsFold: $q}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
    `),wr=new O(`
    query PickSystems($org: ID!, $q: String!) {
  systems(
    first: 20
    where: {organizationID: $org, or: [{nameContainsFold: $q}, {keyContainsFold: $q}]}
  ) {
    edges {
      node {
        id
        key
        name
      }
    }
  }
}
    `),$r=new O(`
    query PickCountries($q: String!) {
  countries(search: $q, first: 20) {
    code
    name
  }
}
    `),br=new O(`
    mutation SaveActivity($input: SaveActivityInput!) {
  saveActivity(input: $input) {
    id
  }
}
    `),Nr=new O(`
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
    `),kr=new O(`
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
}`),Cr=new O(`
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
}`),Sr=new O(`
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
    `),Rr=new O(`
    mutation RevertChange($id: ID!, $reason: String) {
  revertChange(id: $id, reason: $reason) {
    id
  }
}
    `),Ir=new O(`
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
    `),Er=new O(`
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
    `),Dr=new O(`
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
    `),Pr=new O(`
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
    `),Fr=new O(`
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
    `),qr=new O(`
    query LookupSuggestions($text: String!, $organization: String) {
  lookupSuggestions(text: $text, organization: $organization, first: 12) {
    value
    name
    kind
  }
}
    `),Ar=new O(`
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
    `),Or=new O(`
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
    `),Tr=new O(`
    query OrganizationForEdit($key: String!) {
  organizations(where: {key: $key}) {
    edges {
      node {
        id
        key
        name
        country
        address
        email
        phone
        website
        dpoName
        dpoEmail
        dpoPhone
        dpoAddress
        representativeName
        representativeAddress
        representativeEmail
      }
    }
  }
  activities(
    first: 50
    where: {hasOrganizationWith: [{key: $key}]}
    orderBy: [{field: NAME}]
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Br=new O(`
    mutation SaveOrganization($input: SaveOrganizationInput!) {
  saveOrganization(input: $input) {
    id
    key
  }
}
    `),Mr=new O(`
    query Article30AsOf($organization: String!, $asOf: Time) {
  article30(organization: $organization, asOf: $asOf)
}
    `),zr=new O(`
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
    `),Lr=new O(`
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
    `),Ur=new O(`
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
    `),Wr=new O(`
    mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
  reviewFacts(ids: $ids, status: $status, note: $note) {
    id
  }
}
    `),_r=new O(`
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
    `),Vr=new O(`
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
    `),Qr=new O(`
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
    `),Hr=new O(`
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
    `),Yr=new O(`
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
    `),Kr=new O(`
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
    `),Jr=new O(`
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
    `),Gr=new O(`
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
    `),Xr=new O(`
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
    `),Zr=new O(`
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
    `),es=new O(`
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
    `),ts=new O(`
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
    `),ns=new O(`
    mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
  updateActivityPurpose(id: $id, input: $input) {
    id
  }
}
    `),as=new O(`
    mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
  updateProcessingActivity(id: $id, input: $input) {
    id
  }
}
    `),is=new O(`
    mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
  updateTransfer(id: $id, input: $input) {
    id
  }
}
    `),rs=new O(`
    mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
  updateRetentionRule(id: $id, input: $input) {
    id
  }
}
    `),ss=new O(`
    mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
  updateRecipient(id: $id, input: $input) {
    id
  }
}
    `),os={"\n  query Organizations {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":lr,"\n  query Findings($organization: String!, $asOf: Time) {\n    findings(organization: $organization, asOf: $asOf) {\n      rule\n      title\n      severity\n      article\n      message\n      activity\n      activityID\n      notice\n      since\n      subject\n      facts\n      evidence {\n        document\n        quote\n        noticeID\n        start\n        end\n      }\n      acknowledged {\n        note\n        reviewBy\n        by\n        at\n      }\n    }\n  }\n":cr,"\n  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {\n    acknowledgeFinding(input: $input) {\n      id\n      reviewBy\n    }\n  }\n":dr,"\n  query FindingTransfers($org: ID!, $after: Cursor) {\n    transfers(first: 500, after: $after, where: { organizationID: $org }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          country\n          scope\n          recipientID\n        }\n      }\n    }\n  }\n":ur,"\n  query ActivityForEdit($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProcessingActivity {\n        id\n        name\n        description\n        businessFunction\n        role\n        automatedDecisionMaking\n        dpiaRequired\n        reviewStatus\n        owner\n        onBehalfOf\n        lastReviewed\n        history {\n          createdAt\n          createdBy\n          updatedAt\n          updatedBy\n          changes {\n            ...ChangeFields\n          }\n        }\n        organization {\n          id\n          key\n          name\n        }\n        evidence {\n          id\n          quote\n        }\n        purposes {\n          id\n          legitimateInterest\n          purpose {\n            id\n            key\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          legalBasis {\n            id\n          }\n          specialCondition {\n            id\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        dataSubjects {\n          id\n          key\n          name\n        }\n        dataCategories {\n          id\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        sources {\n          id\n          key\n          name\n        }\n        systems {\n          id\n          key\n          name\n        }\n        disclosures {\n          id\n          description\n          recipient {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          dataCategories {\n            id\n            key\n            name\n          }\n          purposes {\n            id\n            key\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        retentionRules {\n          id\n          duration\n          criterion\n          endAction\n          dataCategories {\n            id\n            key\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        transfers {\n          id\n          scope\n          country\n          description\n          recipient {\n            id\n            name\n          }\n          safeguard {\n            id\n            name\n            validUntil\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        securityPractices {\n          id\n          description\n          measure {\n            id\n            key\n            name\n          }\n        }\n        effectiveTransfers {\n          id\n          appliesTo\n          reviewStatus\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n            validUntil\n          }\n        }\n        effectiveRetentionRules {\n          id\n          appliesTo\n          reviewStatus\n          duration\n          criterion\n        }\n      }\n    }\n  }\n":hr,"\n  query EditLegalBases {\n    legalBases(first: 50, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n  }\n":fr,"\n  query PickPurposes($q: String!) {\n    purposes(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":pr,"\n  query PickCategories($q: String!) {\n    dataCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n      }\n    }\n  }\n":mr,"\n  query PickSubjects($q: String!) {\n    dataSubjectCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":gr,"\n  query PickSources($q: String!) {\n    dataSources(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":yr,"\n  query PickMeasures($q: String!) {\n    securityMeasures(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":vr,"\n  query PickSafeguards($q: String!) {\n    transferSafeguards(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":xr,"\n  query PickRecipients($org: ID!, $q: String!) {\n    recipients(first: 20, where: { organizationID: $org, nameContainsFold: $q }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n":jr,"\n  query PickSystems($org: ID!, $q: String!) {\n    systems(first: 20, where: { organizationID: $org, or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":wr,"\n  query PickCountries($q: String!) {\n    countries(search: $q, first: 20) {\n      code\n      name\n    }\n  }\n":$r,"\n  mutation SaveActivity($input: SaveActivityInput!) {\n    saveActivity(input: $input) {\n      id\n    }\n  }\n":br,"\n  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {\n    historyDiff(organization: $organization, from: $from, to: $to) {\n      from\n      to\n      lines {\n        at\n        actor\n        via\n        kind\n        subject\n        activity\n        summary\n        fields {\n          field\n          before\n          after\n        }\n        evidence\n        changeID\n      }\n    }\n  }\n":Nr,"\n  fragment MapNode on DataMapViewNode {\n    id\n    kind\n    label\n    key\n    ref\n    group\n    members\n    parent\n    parentLabel\n    specialCategory\n    criminalOffence\n    transfer\n    staleSafeguard\n    match\n  }\n":sr,"\n  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {\n    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {\n      nodes {\n        ...MapNode\n      }\n      links {\n        from\n        to\n        kind\n        count\n        staleSafeguard\n      }\n      focus {\n        ...MapNode\n      }\n      matches {\n        ...MapNode\n      }\n      matchCount\n      totals {\n        systems\n        categories\n        activities\n        recipients\n        countries\n      }\n    }\n  }\n":kr,"\n  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {\n    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {\n      node {\n        ...MapNode\n      }\n      activity {\n        id\n        name\n        description\n        businessFunction\n        role\n        reviewStatus\n        evidence {\n          id\n          quote\n        }\n      }\n      purposes {\n        id\n        reviewStatus\n        purpose {\n          key\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        evidence {\n          id\n          quote\n        }\n      }\n      categories {\n        id\n        key\n        name\n        specialCategory\n        criminalOffence\n      }\n      systems {\n        id\n        key\n        name\n      }\n      collectedBy {\n        id\n        name\n      }\n      disclosures {\n        disclosure {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activity {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n          kind\n        }\n        categories {\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        bases {\n          id\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n        }\n        allBases\n      }\n      transfers {\n        transfer {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activities {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        country\n        countryName\n        safeguard {\n          key\n          name\n          invalidatedBy\n        }\n        valid\n        invalidSince\n        appliesTo\n      }\n      members {\n        ...MapNode\n      }\n      memberCount\n    }\n  }\n":Cr,"\n  query Evidence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evidence {\n        id\n        start\n        end\n        quote\n        document {\n          title\n          url\n          lastUpdated\n          text\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":Sr,"\n  fragment ChangeFields on Change {\n    id\n    at\n    actor\n    via\n    entityType\n    entityID\n    operation\n    before\n    after\n    note\n    reverts\n  }\n":or,"\n  mutation RevertChange($id: ID!, $reason: String) {\n    revertChange(id: $id, reason: $reason) {\n      id\n    }\n  }\n":Rr,"\n  query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    transferInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        transfer { id reviewStatus }\n        country\n        destination\n        recipient { id name }\n        activities { id name }\n        safeguard { key name }\n        valid\n        invalidSince\n        validity\n        evidence { id quote }\n      }\n    }\n  }\n":Ir,"\n  query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    recipientInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        recipient { id name kind country reviewStatus }\n        categories { id key name specialCategory criminalOffence }\n        activities { id name }\n        purposes { id name }\n        legalBases { id reference }\n        countries\n        safeguards { key name validUntil }\n        evidence { id quote }\n      }\n    }\n  }\n":Er,"\n  query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    categoryInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        category { id key name specialCategory criminalOffence }\n        activities { id name }\n        recipients { id name }\n      }\n    }\n  }\n":Dr,"\n  query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    fieldInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        system { id key name }\n        dataset { id key name }\n        field { id key name path }\n        category { id key name specialCategory criminalOffence }\n        recipients { id name }\n      }\n    }\n  }\n":Pr,"\n  query InventorySafeguards($after: Cursor) {\n    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { key name } }\n    }\n  }\n":Fr,"\n  query LookupSuggestions($text: String!, $organization: String) {\n    lookupSuggestions(text: $text, organization: $organization, first: 12) {\n      value\n      name\n      kind\n    }\n  }\n":qr,"\n  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {\n    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {\n      match\n      recipient {\n        id\n        name\n        kind\n        reviewStatus\n      }\n      organization {\n        name\n      }\n      activity {\n        id\n        name\n        reviewStatus\n      }\n      disclosure {\n        id\n        reviewStatus\n      }\n      category {\n        key\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      legalBases {\n        id\n        purpose {\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        activityPurpose {\n          reviewStatus\n        }\n      }\n      allActivityBases\n      transfers {\n        id\n        reviewStatus\n        scope\n        country\n        activityID\n        recipientID\n        noticeID\n        safeguard {\n          name\n          validUntil\n        }\n      }\n      evidence {\n        id\n        quote\n      }\n    }\n  }\n":Ar,"\n  query NoticeSpan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        url\n        lastUpdated\n        text\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Or,"\n  query OrganizationForEdit($key: String!) {\n    organizations(where: { key: $key }) {\n      edges {\n        node {\n          id\n          key\n          name\n          country\n          address\n          email\n          phone\n          website\n          dpoName\n          dpoEmail\n          dpoPhone\n          dpoAddress\n          representativeName\n          representativeAddress\n          representativeEmail\n        }\n      }\n    }\n    activities(first: 50, where: { hasOrganizationWith: [{ key: $key }] }, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Tr,"\n  mutation SaveOrganization($input: SaveOrganizationInput!) {\n    saveOrganization(input: $input) {\n      id\n      key\n    }\n  }\n":Br,"\n  query Article30AsOf($organization: String!, $asOf: Time) {\n    article30(organization: $organization, asOf: $asOf)\n  }\n":Mr,"\n  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          businessFunction\n          role\n          reviewStatus\n          notice {\n            title\n            audience\n          }\n          evidence {\n            id\n            quote\n          }\n          purposes {\n            id\n            reviewStatus\n            purpose {\n              name\n            }\n            legalBasis {\n              reference\n            }\n            specialCondition {\n              reference\n            }\n          }\n          dataSubjects {\n            id\n            name\n          }\n          dataCategories {\n            id\n            name\n            specialCategory\n          }\n          disclosures {\n            id\n            reviewStatus\n            recipient {\n              id\n              name\n              reviewStatus\n            }\n          }\n          effectiveTransfers {\n            id\n            appliesTo\n            reviewStatus\n            scope\n            country\n            recipient {\n              name\n            }\n            safeguard {\n              name\n              validUntil\n            }\n          }\n          effectiveRetentionRules {\n            id\n            appliesTo\n            reviewStatus\n            duration\n            criterion\n            dataCategories {\n              name\n            }\n          }\n          effectiveSecurityPractices {\n            id\n            appliesTo\n            reviewStatus\n            description\n            measure {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":zr,"\n  query ReviewNotices {\n    reviewNotices {\n      unreviewed\n      notice {\n        id\n        title\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Lr,"\n  query ReviewNoticeText($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        lastUpdated\n        text\n        organization {\n          id\n          key\n          name\n          origin\n          reviewStatus\n          reviewNote\n        }\n      }\n    }\n  }\n":Ur,"\n  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {\n    reviewFacts(ids: $ids, status: $status, note: $note) {\n      id\n    }\n  }\n":Wr,"\n  query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {\n    list: activities(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          dataCategories {\n            id\n            key\n            name\n          }\n          dataSubjects {\n            id\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":_r,"\n  query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {\n    list: activityPurposes(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          purpose {\n            name\n          }\n          legalBasis {\n            id\n            reference\n            name\n          }\n          specialCondition {\n            id\n            reference\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Vr,"\n  query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {\n    list: recipients(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          kind\n          country\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Qr,"\n  query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {\n    list: disclosures(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          recipient {\n            name\n          }\n          dataCategories {\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Hr,"\n  query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {\n    list: transfers(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            id\n            name\n            validUntil\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Yr,"\n  query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {\n    list: retentionRules(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          duration\n          criterion\n          endAction\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Kr,"\n  query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {\n    list: dataSubjectRights(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          channel\n          responseTime\n          right {\n            name\n            reference\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Jr,"\n  query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {\n    list: securityPractices(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          description\n          measure {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Gr,"\n  query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {\n    list: statements(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          kind\n          text\n          legalBasis {\n            reference\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Xr,"\n  query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {\n    list: organizations(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          key\n          name\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Zr,"\n  query ReviewQBases($after: Cursor) {\n    list: legalBases(first: 100, after: $after, orderBy: { field: KEY }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n  }\n":es,"\n  query ReviewQSafeguards($after: Cursor) {\n    list: transferSafeguards(first: 100, after: $after, orderBy: { field: NAME }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":ts,"\n  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {\n    updateActivityPurpose(id: $id, input: $input) {\n      id\n    }\n  }\n":ns,"\n  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":as,"\n  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {\n    updateTransfer(id: $id, input: $input) {\n      id\n    }\n  }\n":is,"\n  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n    }\n  }\n":rs,"\n  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {\n    updateRecipient(id: $id, input: $input) {\n      id\n    }\n  }\n":ss};function T(t){return os[t]??{}}const _t=h.createContext(void 0);function Ie(){const t=h.useContext(_t);return n=>ya(t?.session.role,n)}function ls(){return h.useContext(_t)}function cs({children:t}){const[n,a]=h.useState(),[i,r]=h.useState(),[s,o]=h.useState(!1),c=h.useCallback(()=>{fa().then(u=>{a(u),r(void 0)},u=>r(u))},[]);if(h.useEffect(c,[c]),h.useEffect(()=>pa(c),[c]),h.useEffect(()=>ma(()=>{o(!0),a(u=>u&&{...u,signedIn:!1,signInRequired:!0,csrf:void 0})}),[]),i)return e.jsxs("main",{id:"main",className:"signin-page",children:[e.jsxs("p",{role:"alert",className:"error",children:["Could not reach the server: ",i.message]}),e.jsx("button",{type:"button",onClick:c,children:"Try again"})]});if(!n)return e.jsx("p",{className:"muted signin-page",children:"Loading…"});if(!n.signedIn)return e.jsx(ds,{expired:s,onSignedIn:u=>{o(!1),a(u)}});const l={session:n,signOut:async()=>{await ga(),o(!1),a({signedIn:!1,signInRequired:!0})}};return e.jsx(_t.Provider,{value:l,children:t})}function ds({expired:t,onSignedIn:n}){const[a,i]=h.useState("password"),[r,s]=h.useState(""),[o,c]=h.useState(""),[l,u]=h.useState(""),[f,d]=h.useState(""),[p,g]=h.useState(!1),m=async j=>{if(j.preventDefault(),d(""),a==="password"&&(!r.trim()||!o)){d("Enter your user name and your password.");return}if(a==="token"&&!l.trim()){d("Paste an API token.");return}g(!0);try{n(await va(a==="password"?{name:r.trim(),password:o}:{token:l.trim()}))}catch(v){v instanceof Le&&v.code==="UNAUTHENTICATED"?d(a==="password"?"Wrong user name or password, or the user is disabled.":"The API token is unknown, revoked or expired."):d(v instanceof Error?v.message:String(v)),c("")}finally{g(!1)}};return e.jsxs(e.Fragment,{children:[e.jsx("header",{className:"top",children:e.jsx("span",{className:"brand",children:"ropa"})}),e.jsx("main",{id:"main",className:"signin-page",children:e.jsxs("form",{className:"card signin",onSubmit:m,noValidate:!0,"aria-labelledby":"signin-h",children:[e.jsx("h1",{id:"signin-h",children:"Sign in"}),t&&e.jsx("p",{className:"muted",children:"Your session has ended. Sign in again to go on."}),e.jsxs("div",{className:"buttons mode",role:"radiogroup","aria-label":"Sign in with",children:[e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:a==="password",onChange:()=>i("password")})," user and password"]}),e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:a==="token",onChange:()=>i("token")})," API token"]})]}),a==="password"?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-name",children:"User name"}),e.jsx("input",{id:"signin-name",autoComplete:"username",value:r,onChange:j=>s(j.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-password",children:"Password"}),e.jsx("input",{id:"signin-password",type:"password",autoComplete:"current-password",value:o,onChange:j=>c(j.target.value)})]})]}):e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-token",children:"API token"}),e.jsx("input",{id:"signin-token",type:"password",autoComplete:"off",value:l,onChange:j=>u(j.target.value),autoFocus:!0}),e.jsx("small",{children:"An admin creates one with ropa token create."})]}),f&&e.jsx("p",{role:"alert",className:"error",id:"signin-error",children:f}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",disabled:p,children:"Sign in"})})]})})]})}function us(){const t=ls(),[n,a]=h.useState("");if(!t)return null;const{session:i}=t,r=i.via==="local"?"local development server":i.name||"signed in",s=i.via==="password"||i.via==="token";return e.jsxs("div",{className:"userbox",children:[e.jsxs("span",{className:"who",title:i.expires?`session ends ${new Date(i.expires).toLocaleString()}`:void 0,children:[r," ",e.jsx("span",{className:"role",children:i.role})]}),s&&e.jsx("button",{type:"button",className:"secondary signout",onClick:()=>t.signOut().catch(o=>a(o.message)),children:"Sign out"}),n&&e.jsx("span",{role:"alert",className:"error",children:n})]})}function on(t){if(t)try{const n=JSON.parse(t);return!n||typeof n!="object"?void 0:{fields:n.fields??{},edges:n.edges??{}}}catch{return}}function qe(t){return t==null?"none":typeof t=="string"?t===""?"none":t:typeof t=="boolean"?t?"yes":"no":typeof t=="number"?String(t):Array.isArray(t)?t.length?t.map(qe).join(", "):"none":JSON.stringify(t)}function ln(t){if(t==null)return"none";try{return qe(JSON.parse(t))}catch{return t}}function Yn(t){return t.replace(/_/g," ")}const cn=(t,n)=>JSON.stringify(t)===JSON.stringify(n);function hs(t,n){const a=on(t),i=on(n);if(!i&&!a)return[];const r=[],s=[...new Set([...Object.keys(a?.fields??{}),...Object.keys(i?.fields??{})])].sort();for(const c of s){const l=a?.fields[c],u=i?.fields[c];if(i&&a){if(cn(l,u))continue}else if((i?u:l)===null||(i?u:l)===void 0)continue;r.push({field:c,edge:!1,before:a&&c in a.fields?qe(l):void 0,after:i&&c in i.fields?qe(u):void 0})}const o=[...new Set([...Object.keys(a?.edges??{}),...Object.keys(i?.edges??{})])].filter(c=>c!=="evidence").sort();for(const c of o){const l=a?.edges[c],u=i?.edges[c];i&&a&&cn(l??[],u??[])||!(i&&a)&&!((i?u:l)??[]).length||r.push({field:c,edge:!0,before:a?qe(l??[]):void 0,after:i?qe(u??[]):void 0})}return r}function fs(t){const n=a=>/^\d+$/.test(a)?Number(a):NaN;return[...t].sort((a,i)=>{const r=Date.parse(i.at)-Date.parse(a.at);if(r)return r;const s=n(a.id),o=n(i.id);return Number.isNaN(s)||Number.isNaN(o)?i.id.localeCompare(a.id):o-s})}function Ae(t){if(!t||!/^\d{4}-\d{2}-\d{2}$/.test(t))return!1;const n=new Date(`${t}T12:00:00Z`);return!Number.isNaN(n.getTime())&&n.toISOString().slice(0,10)===t}const re=(t,n=2)=>String(Math.trunc(Math.abs(t))).padStart(n,"0");function Vt(t){const n=-t.getTimezoneOffset(),a=n===0?"Z":`${n>0?"+":"-"}${re(n/60)}:${re(n%60)}`;return`${t.getFullYear()}-${re(t.getMonth()+1)}-${re(t.getDate())}T${re(t.getHours())}:${re(t.getMinutes())}:${re(t.getSeconds())}.${re(t.getMilliseconds(),3)}${a}`}function ps(t){const[n,a,i]=t.split("-").map(Number);return Vt(new Date(n,a-1,i,0,0,0,0))}function ms(t){const[n,a,i]=t.split("-").map(Number);return Vt(new Date(n,a-1,i,23,59,59,999))}function Kn(t,n){const[a,i,r]=n.split("-").map(Number);return{from:ps(t),to:Vt(new Date(a,i-1,r+1,0,0,0,0))}}function gs(t,n,a){const i=new URLSearchParams({org:t,format:n});return a&&i.set("asOf",a),`/reports/article30?${i}`}function dn(t,n,a,i){const r=Kn(n,a);return`/reports/diff?${new URLSearchParams({org:t,from:r.from,to:r.to,format:i})}`}function Ce(t){if(!t)return"—";const n=new Date(t);return Number.isNaN(n.getTime())?t:`${n.getFullYear()}-${re(n.getMonth()+1)}-${re(n.getDate())} ${re(n.getHours())}:${re(n.getMinutes())}`}const ys={ProcessingActivity:"activity",ActivityPurpose:"purpose",Disclosure:"disclosure"};function vs(t){return ys[t]??t.replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}const Jn=["high","medium","low"],Be={high:0,medium:1,low:2};function xs(t,n){return Be[t]<=Be[n]}function js(t){return t.reduce((n,a)=>n===void 0||Be[a]<Be[n]?a:n,void 0)}function Gn(t){return[...t].sort((n,a)=>Be[n.severity]-Be[a.severity]||n.rule.localeCompare(a.rule)||(n.activity??"").localeCompare(a.activity??"")||(n.message??"").localeCompare(a.message??""))}function ws(t,n){if(t.facts.includes(n))return!0;const[a,i]=Xn(n);return a==="activity"&&!!i&&t.activityID===i}function Xn(t){const n=t.indexOf(":");return n<0?[t,""]:[t.slice(0,n),t.slice(n+1)]}function $s(t,n){return Gn(t.filter(a=>(!n.severity||xs(a.severity,n.severity))&&(!n.rule||a.rule===n.rule)&&(n.status!=="open"||!a.acknowledged)&&(n.status!=="acknowledged"||!!a.acknowledged)&&(!n.fact||ws(a,n.fact))))}function bs(t){const n=new Map;for(const a of t){const i=n.get(a.rule)??{rule:a.rule,title:a.title??a.rule,count:0};i.count++,n.set(a.rule,i)}return[...n.values()].sort((a,i)=>a.rule.localeCompare(i.rule))}function Ns(t){const n=new Map,a=(i,r)=>{const s=n.get(i)??[];s.includes(r)||s.push(r),n.set(i,s)};for(const i of t)if(!i.acknowledged){for(const r of i.facts)a(r,i);i.activityID&&a(`activity:${i.activityID}`,i)}return n}function Zn(t){if(t?.length)return{count:t.length,severity:js(t.map(n=>n.severity))}}function mt(t=new Date){const n=a=>String(a).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function ea(t,n){const a=new Date(`${t}T12:00:00Z`);return a.setUTCDate(a.getUTCDate()+n),a.toISOString().slice(0,10)}function ks(t){return`country:${t.country||t.scope.toUpperCase()}`}function Cs(t,n,a){const i=new Map,r=(c,l)=>{if(!l?.length)return;const u=i.get(c)??[];for(const f of l)u.includes(f)||u.push(f);i.set(c,u)},s=new Map;for(const c of t)c.kind==="ACTIVITY"&&c.ref&&r(c.id,n.get(`activity:${c.ref}`)),c.kind==="RECIPIENT"&&c.ref&&s.set(c.ref,c.id);const o=new Set(t.map(c=>c.id));for(const c of a){const l=n.get(`transfer:${c.id}`);if(!l)continue;const u=ks(c);o.has(u)&&r(u,l);const f=c.recipientID&&s.get(c.recipientID);f&&r(f,l)}for(const[c,l]of i)i.set(c,Gn(l));return i}const Ss=T(`
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
`);function J(t,n){const[a,i]=h.useState({loading:!0}),[r,s]=h.useState(0);return h.useEffect(()=>{let o=!0;return i(c=>({...c,loading:!0})),t().then(c=>o&&i({data:c,loading:!1}),c=>o&&i({error:c,loading:!1})),()=>{o=!1}},[...n,r]),{...a,reload:()=>s(o=>o+1)}}const ta="ropa.organization";function Rs(){try{return localStorage.getItem(ta)}catch{return null}}function un(t){try{localStorage.setItem(ta,t)}catch{}}function Ee(){const[t,n]=we(),{data:a}=J(()=>B(Ss),[]),i=(a?.organizations.edges??[]).flatMap(l=>l?.node?[l.node]:[]),r=Rs(),s=t.get("org")??(i.some(l=>l.key===r)?r:i[0]?.key),o=i.find(l=>l.key===s);return h.useEffect(()=>{o&&un(o.key)},[o?.key]),{orgs:i,org:o,setOrg:l=>{un(l);const u=new URLSearchParams(t);u.set("org",l),n(u)}}}function Ze({orgs:t,org:n,setOrg:a,id:i="org"}){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:i,children:"Organization"}),e.jsx("select",{id:i,value:n?.key??"",onChange:r=>a(r.target.value),children:t.map(r=>e.jsx("option",{value:r.key,children:r.name},r.id))})]})}function xe({evidence:t}){return t?.length?e.jsx("ul",{className:"evidence-links",children:t.map(n=>e.jsx("li",{children:e.jsxs(K,{to:`/evidence/${n.id}`,className:"evidence-link",title:n.quote,children:["“",$e(n.quote,70),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no evidence"})}function Z({error:t}){return t?e.jsx("p",{role:"alert",className:"error",children:t.message}):null}function ne({status:t}){return St(t)?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed: drafted from a notice, not yet confirmed by a reviewer",children:"DRAFT"})]}):null}function Me({safeguard:t}){if(!t)return e.jsx(e.Fragment,{children:"no safeguard stated"});const n=ja(t.validUntil);return e.jsxs(e.Fragment,{children:[t.name,n?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",n,")"]}):null]})}function rt({facts:t,inline:n,empty:a="—",children:i}){const r=xa(t);return r.length?e.jsx(e.Fragment,{children:r.map(s=>e.jsxs("div",{className:"scope-group","data-scope":s.scope,children:[e.jsxs("div",{className:"scope",children:[s.label,":"]}),n?e.jsx("p",{className:"inline-facts",children:s.facts.map((o,c)=>e.jsxs("span",{children:[c>0?"; ":"",i(o),e.jsx(ne,{status:o.reviewStatus})]},o.id))}):e.jsx("ul",{children:s.facts.map(o=>e.jsxs("li",{children:[i(o),e.jsx(ne,{status:o.reviewStatus})]},o.id))})]},s.label))}):e.jsx(e.Fragment,{children:a})}function Qt(){const[t,n]=we(),a=t.get("asOf")??"",i=Ae(a)?a:"",r=s=>{const o=new URLSearchParams(t);s?o.set("asOf",s):o.delete("asOf"),n(o)};return{asOf:i,time:i?ms(i):void 0,setAsOf:r}}function Ht({id:t,asOf:n,setAsOf:a}){return e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:t,children:"As of"}),e.jsx("input",{id:t,type:"date",value:n,max:mt(),onChange:i=>a(Ae(i.target.value)?i.target.value:""),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,className:"sr-only",children:"empty: now"})]})}function Yt({asOf:t,setAsOf:n}){return t?e.jsxs("p",{className:"asof-banner",role:"status","data-testid":"asof-banner",children:["The record as it stood on ",e.jsx("strong",{children:t}),", rebuilt from the change history."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(""),children:"Back to now"})]}):null}const Is=T(`
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
`),Es=T(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`),Ds=T(`
  query FindingTransfers($org: ID!, $after: Cursor) {
    transfers(first: 500, after: $after, where: { organizationID: $org }) {
      pageInfo {
        hasNextPage
        endCursor
      }
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
`);async function Ps(t){const n=[];let a;for(;;){const i=await B(Ds,{org:t,after:a});if(n.push(...(i.transfers.edges??[]).flatMap(r=>r?.node?[r.node]:[])),!i.transfers.pageInfo.hasNextPage||!i.transfers.pageInfo.endCursor)return n;a=i.transfers.pageInfo.endCursor}}const lt=new Map,He=new Set;function Fs(t,n){return`${t}\0${n??""}`}function qs(t,n){const a=Fs(t,n);let i=lt.get(a);if(!i){const r={promise:B(Is,{organization:t,asOf:n?`${n}T00:00:00Z`:void 0}).then(s=>s.findings)};r.promise.then(s=>{r.data=s,He.forEach(o=>o())},s=>{r.error=s,He.forEach(o=>o())}),lt.set(a,r),i=r}return i}function As(t){for(const n of[...lt.keys()])n.startsWith(`${t}\0`)&&lt.delete(n);He.forEach(n=>n())}function na(t,n){const[,a]=h.useState(0);if(h.useEffect(()=>{const r=()=>a(s=>s+1);return He.add(r),()=>{He.delete(r)}},[]),!t)return{loading:!1};const i=qs(t,n);return{data:i.data,error:i.error,loading:!i.data&&!i.error}}function aa(t){const{data:n}=na(t);return h.useMemo(()=>Ns(n??[]),[n])}function Os(t,n){const a=aa(t?.key),[i,r]=h.useState();h.useEffect(()=>{if(!t)return;let o=!0;return Ps(t.id).then(c=>o&&r({org:t.id,list:c}),()=>o&&r({org:t.id,list:[]})),()=>{o=!1}},[t?.id]);const s=i&&i.org===t?.id?i.list:void 0;return h.useMemo(()=>Cs(n,a,s??[]),[n,a,s])}function Ts(){return Ie()("review")}const Bs={high:"high",medium:"medium",low:"low"};function ia(t,n){const a=new URLSearchParams({org:t});return n&&a.set("fact",n),`/findings?${a}`}function hn({org:t,fact:n,findings:a,label:i}){const r=Zn(a);if(!r)return null;const s=`${r.count} open finding${r.count===1?"":"s"}, highest ${Bs[r.severity]}`;return e.jsxs(K,{to:ia(t,n),className:`finding-badge sev-${r.severity}`,title:`${s}${i?` about ${i}`:""}`,"aria-label":s,"data-fact":n,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",r.count]}),e.jsxs("span",{className:"sev-word","aria-hidden":"true",children:[" ",r.severity]})]})}function Ms({findings:t}){const n=Zn(t);return n?e.jsxs("span",{className:`finding-mark sev-${n.severity}`,title:`${n.count} open finding${n.count===1?"":"s"}, highest ${n.severity}`,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",n.count]}),e.jsxs("span",{className:"sr-only",children:[n.count," open finding",n.count===1?"":"s",", highest ",n.severity]})]}):null}function zs({org:t,node:n,findings:a}){if(!a?.length)return null;const i=r=>n.kind==="ACTIVITY"&&n.ref?`activity:${n.ref}`:r.facts.find(s=>s.startsWith("transfer:"))??r.facts[0];return e.jsxs("section",{"aria-labelledby":"node-findings-h",children:[e.jsxs("h3",{id:"node-findings-h",children:["Open findings (",a.length,")"]}),e.jsx("ul",{className:"node-findings",children:a.map(r=>e.jsxs("li",{children:[e.jsx("span",{className:`sev-tag sev-${r.severity}`,children:r.severity})," ",e.jsx(K,{to:ia(t,i(r)),children:r.title}),r.since?e.jsxs("span",{className:"muted",children:[" since ",r.since]}):null,e.jsx("div",{className:"muted",children:r.message})]},`${r.rule} ${r.subject}`))})]})}const fn={SYSTEM:0,ORGANIZATION:0,DATA_CATEGORY:0,ACTIVITY:1,RECIPIENT:2,COUNTRY:3},ze={ORGANIZATION:"Organization",SYSTEM:"Systems",DATA_CATEGORY:"Data categories",ACTIVITY:"Activities",RECIPIENT:"Recipients",COUNTRY:"Countries"};function et(t){return t.group?`${t.label} (${t.members})`:t.label}const Ls=t=>n=>n.length*t*.58;function Us(t,n,a,i=2){const r=t.replace(/\s+/g," ").trim().split(" "),s=[];let o="",c=0;const l=f=>a(f)<=n;for(;c<r.length&&s.length<i;){const f=r[c];if(o)l(o+" "+f)?(o+=" "+f,c++):(s.push(o),o="");else{if(!l(f)){let d=f.length-1;for(;d>1&&!l(f.slice(0,d));)d--;s.push(f.slice(0,d)),r[c]=f.slice(d);continue}o=f,c++}}o&&s.length<i&&(s.push(o),o="");const u=c<r.length||o!=="";if(u){const f=s.length-1;let d=s[f];for(;d.length>1&&!l(d+"…");)d=d.slice(0,-1);s[f]=d.replace(/[\s,;:.(–-]+$/,"")+"…"}return{lines:s,cut:u}}function Ws(t,n,a=13,i=Ls(a),r=3){const s=[...new Set(t.map(N=>fn[N.kind]??0))].sort((N,I)=>N-I),o=N=>N===3?.7:1,c=s.reduce((N,I)=>N+o(I),0),l=Math.max(180,n/Math.max(.7,c)),u=[],f=[];let d=0;for(const N of s)u.push(d),f.push(Math.floor(l*o(N))),d+=Math.floor(l*o(N));const p=new Map(s.map((N,I)=>[N,I])),g=34,m=Math.round(a*1.3),j=new Map,v=[],x=s.map(()=>0),R=s.map(()=>"");for(const N of t){const I=p.get(fn[N.kind]??0)??0,$=u[I]+4,A=f[I]-g,C=Math.max(40,A-12-40);R[I]!==N.kind&&(R[I]&&(x[I]+=14),v.push({label:ze[N.kind]??N.kind,x:$,y:x[I]+a+2}),x[I]+=a+14,R[I]=N.kind);const{lines:z,cut:w}=Us(et(N),C,i,r),F=10+m*z.length;j.set(N.id,{x:$,y:x[I],w:A,h:F,lines:z,cut:w}),x[I]+=F+6}return{boxes:j,headers:v,width:d,height:Math.max(40,...x)+8,fontSize:a}}function _s(t,n){const a=t.x+t.w,i=t.y+t.h/2,r=n.x,s=n.y+n.h/2,o=Math.max(30,(r-a)/2);return`M${a},${i} C${a+o},${i} ${r-o},${s} ${r},${s}`}T(`
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
`);const Vs=T(`
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
`),Qs=T(`
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
`),jt={special:"#b00020",transfer:"#0b5cad",stale:"#a14a00"};function ke(t){const n=[];return t.specialCategory&&n.push(t.group?"holds special-category data (Art 9)":"special category (Art 9)"),t.criminalOffence&&n.push("criminal offence data (Art 10)"),t.transfer&&n.push("third-country transfer"),t.staleSafeguard&&n.push("safeguard no longer valid"),n}function ra(t){return[t.kind.toLowerCase(),t.group?"group":"",t.specialCategory||t.criminalOffence?"special":"",t.transfer?"transfer":"",t.staleSafeguard?"stale":"",t.match?"hit":""].filter(Boolean).join(" ")}function Hs(){const[t,n]=we(),a=t.get("focus")??"",i=t.getAll("expand"),r=t.get("q")??"",s=t.get("node")??"",o=c=>{const l=new URLSearchParams(t);c(l),n(l)};return{focus:a,expand:i,q:r,node:s,select:c=>o(l=>c?l.set("node",c):l.delete("node")),setFocus:c=>o(l=>{c?(l.set("focus",c),l.set("node",c)):l.delete("focus")}),toggle:c=>o(l=>{const u=l.getAll("expand");l.delete("expand");for(const f of u.includes(c)?u.filter(d=>d!==c):[...u,c])l.append("expand",f)}),search:c=>o(l=>{c.trim()?l.set("q",c.trim()):l.delete("q"),l.delete("focus")}),overview:()=>o(c=>{c.delete("focus"),c.delete("q"),c.delete("expand")}),clearNode:c=>{c.delete("node"),c.delete("focus"),c.delete("expand"),c.delete("q")},update:o}}function Ys(){const t="(max-width: 699px)",[n,a]=h.useState(()=>window.matchMedia(t).matches);return h.useEffect(()=>{const i=window.matchMedia(t),r=()=>a(i.matches);return i.addEventListener("change",r),()=>i.removeEventListener("change",r)},[]),n}function Ks(){const{orgs:t,org:n}=Ee(),a=Hs(),{asOf:i,time:r,setAsOf:s}=Qt(),o=Ys(),[c,l]=h.useState(a.q);h.useEffect(()=>l(a.q),[a.q]);const u=J(()=>n?B(Vs,{organization:n.key,focus:a.focus||void 0,expand:a.expand.length?a.expand:void 0,search:a.q||void 0,asOf:r}):Promise.resolve(void 0),[n?.key,a.focus,a.expand.join(`
`),a.q,r]),f=u.data?.dataMapView,d=h.useMemo(()=>f?.nodes??[],[f]),p=h.useMemo(()=>f?.links??[],[f]),g=Os(n,d),m=h.useMemo(()=>i?new Map:g,[i,g]),j=a.node,v=d.find(R=>R.id===j),x=h.useRef(null);return h.useEffect(()=>{o&&j&&x.current?.scrollIntoView({block:"start"})},[o,j]),e.jsxs("section",{"aria-labelledby":"map-h",className:"map-view",children:[e.jsxs("h1",{id:"map-h",children:["Data map",n?`: ${n.name}`:""]}),e.jsxs("form",{className:"filters","aria-label":"Search and date of the data map",role:"search",onSubmit:R=>{R.preventDefault(),a.search(c)},children:[e.jsx(Ze,{orgs:t,org:n,setOrg:R=>a.update(N=>{a.clearNode(N),N.set("org",R)})}),e.jsxs("div",{className:"field wide map-search",children:[e.jsx("label",{htmlFor:"map-q",children:"Search names and keys"}),e.jsx("input",{id:"map-q",type:"search",value:c,onChange:R=>l(R.target.value),placeholder:"e.g. contact, Google, user.financial, US","aria-describedby":"map-q-hint"}),e.jsx("small",{id:"map-q-hint",children:"Activities, recipients, systems, data categories and countries; the map keeps the hits and their links."})]}),e.jsx(Ht,{id:"f-asof",asOf:i,setAsOf:s}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:"Search"}),(a.focus||a.q||a.expand.length>0)&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{l(""),a.overview()},children:"Back to the overview"})]})]}),e.jsx(Yt,{asOf:i,setAsOf:s}),e.jsx(Z,{error:u.error}),f&&e.jsx(Js,{view:f,focus:a.focus,q:a.q,loading:u.loading,onOverview:()=>a.overview()}),f&&a.q&&e.jsx(Gs,{view:f,q:a.q,onFocus:a.setFocus}),e.jsx(Xs,{}),e.jsxs("div",{className:`map-layout${o?" narrow":""}`,children:[e.jsx("div",{className:"map-main",children:o?e.jsx(pn,{nodes:d,selected:j,onSelect:a.select,onToggle:a.toggle,expanded:a.expand,marks:m}):e.jsx(eo,{nodes:d,links:p,selected:j,onSelect:a.select,marks:m,focus:a.focus})}),e.jsx("aside",{ref:x,className:"details","aria-label":"Details of the selected node","aria-live":"polite",children:j&&n?e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary close",onClick:()=>a.select(""),"aria-label":"Close the details",children:"×"}),e.jsx(ro,{org:n.key,id:j,asOfTime:r,past:!!i,focused:a.focus===j,expanded:a.expand,onFocus:a.setFocus,onSelect:a.select,onToggle:a.toggle}),v&&e.jsx(zs,{org:n.key,node:v,findings:m.get(v.id)})]}):e.jsxs("p",{className:"muted hint",children:["Select a node in the map",o?"":" or in the lists below it"," for what it receives, sends and why, with the sentences of the notices."]})})]}),!o&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"lists-h",children:"The same nodes as lists"}),e.jsx(pn,{nodes:d,selected:j,onSelect:a.select,onToggle:a.toggle,expanded:a.expand,marks:m})]})]})}function ye(t,n,a=`${n}s`){return`${t} ${t===1?n:a}`}function Js({view:t,focus:n,q:a,loading:i,onOverview:r}){const s=t.totals,o=t.nodes.filter(l=>l.group).length;let c;return n&&t.focus?c=e.jsxs(e.Fragment,{children:["Focused on ",e.jsx("strong",{children:et(t.focus)})," (",ze[t.focus.kind]?.toLowerCase().replace(/s$/,"")??t.focus.kind,"): only its neighbourhood, ",ye(t.nodes.length,"node"),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:r,children:"Show the whole map"})]}):a?c=e.jsxs(e.Fragment,{children:[ye(t.matchCount,"match","matches")," for “",a,"”, drawn with their links: ",ye(t.nodes.length,"node"),"."]}):c=e.jsxs(e.Fragment,{children:["Overview: ",ye(s.systems,"system"),", ",ye(s.categories,"data category","data categories"),", ",ye(s.activities,"activity","activities"),", ",ye(s.recipients,"recipient"),", ",ye(s.countries,"country","countries"),o?`; ${ye(o,"group")} to expand`:"","."]}),e.jsxs("p",{className:"map-status","aria-live":"polite","data-testid":"map-status",children:[i?"Loading the map… ":null,c]})}function Gs({view:t,q:n,onFocus:a}){return t.matchCount?e.jsxs("section",{"aria-labelledby":"map-matches-h",className:"map-matches",children:[e.jsxs("h2",{id:"map-matches-h",className:"small",children:[t.matchCount>t.matches.length?`The first ${t.matches.length} of ${t.matchCount} matches`:`Matches (${t.matchCount})`,": focus on one"]}),e.jsx("ul",{children:t.matches.map(i=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>a(i.id),title:i.key?`${i.label} — ${i.key}`:i.label,children:i.label})," ",e.jsx("span",{className:"muted",children:ze[i.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase()})]},i.id))})]}):e.jsxs("p",{className:"muted",children:["Nothing in this organization's map is named like “",n,"”."]})}function Xs(){return e.jsxs("ul",{className:"legend","aria-label":"Legend",children:[e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:jt.special}})," special-category or criminal-offence data"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:jt.transfer}})," third-country transfer"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch stale-swatch",style:{borderColor:jt.stale}})," safeguard no longer valid (dashed)"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch group-swatch"})," group: select it to list or expand its members"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch finding-swatch"})," open findings (⚑ and their number)"]})]})}let wt;function Zs(t){wt===void 0&&(wt=document.createElement("canvas").getContext("2d"));const n=wt;return n?(n.font=`${t}px ${getComputedStyle(document.body).fontFamily}`,a=>n.measureText(a).width):a=>a.length*t*.58}function eo({nodes:t,links:n,selected:a,onSelect:i,marks:r,focus:s}){const o=h.useRef(null),c=h.useRef(null),[l,u]=h.useState(900),[f,d]=h.useState(()=>window.innerHeight),[p,g]=h.useState({x:0,y:0,k:1}),m=h.useRef(null),j=h.useRef(!1);h.useEffect(()=>{const b=o.current;if(!b)return;const E=new ResizeObserver(()=>u(b.clientWidth));E.observe(b),u(b.clientWidth);const M=()=>d(window.innerHeight);return window.addEventListener("resize",M),()=>{E.disconnect(),window.removeEventListener("resize",M)}},[]);const v=h.useMemo(()=>Ws(t,Math.max(340,l-8),13,Zs(13)),[t,l]),x=Math.round(Math.min(v.height+12,Math.max(360,f*.72)));h.useEffect(()=>g({x:0,y:0,k:1}),[t]);const R=l/p.k,N=x/p.k,I=b=>{const E=Math.min(3,Math.max(.2,b.k)),M=Math.max(0,v.width+20-l/E),U=Math.max(0,v.height+20-x/E);return{k:E,x:Math.min(M,Math.max(Math.min(0,M),b.x)),y:Math.min(U,Math.max(Math.min(0,U),b.y))}},$=(b,E=l/2,M=x/2)=>g(U=>{const y=Math.min(3,Math.max(.2,U.k*b)),S=U.x+E/U.k,D=U.y+M/U.k;return I({k:y,x:S-E/y,y:D-M/y})});h.useEffect(()=>{const b=c.current;if(!b)return;const E=M=>{const U=b.getBoundingClientRect();if(M.ctrlKey||M.metaKey){M.preventDefault(),$(M.deltaY<0?1.15:1/1.15,M.clientX-U.left,M.clientY-U.top);return}g(D=>{const L=I({...D,x:D.x+(M.shiftKey?M.deltaY:M.deltaX)/D.k,y:D.y+(M.shiftKey?0:M.deltaY)/D.k});return L.x===D.x&&L.y===D.y?D:L});const y=A.current,S=Math.max(0,v.height+20-x/y.k);(M.deltaY>0&&y.y<S-.5||M.deltaY<0&&y.y>.5||M.shiftKey)&&M.preventDefault()};return b.addEventListener("wheel",E,{passive:!1}),()=>b.removeEventListener("wheel",E)});const A=h.useRef(p);A.current=p;const C=b=>g(E=>{const M=l/E.k,U=x/E.k;return b.x>=E.x&&b.y>=E.y&&b.x+b.w<=E.x+M&&b.y+b.h<=E.y+U?E:I({...E,x:b.x+b.w>E.x+M||b.x<E.x?b.x-20:E.x,y:b.y+b.h>E.y+U||b.y<E.y?b.y-U/3:E.y})}),z=h.useMemo(()=>new Set(t.map(b=>b.id)),[t]),w=h.useMemo(()=>{if(!a||a===s)return null;const b=new Set([a]);for(const E of n)E.from===a&&b.add(E.to),E.to===a&&b.add(E.from);return b},[a,n,s]),F=b=>{const E=60/p.k,M={ArrowLeft:[-E,0],ArrowRight:[E,0],ArrowUp:[0,-E],ArrowDown:[0,E]};if(b.key==="+"||b.key==="=")$(1.25);else if(b.key==="-"||b.key==="_")$(1/1.25);else if(b.key==="0")g({x:0,y:0,k:1});else if(M[b.key]&&b.target===c.current)g(U=>I({...U,x:U.x+M[b.key][0],y:U.y+M[b.key][1]}));else return;b.preventDefault()};return e.jsxs("div",{className:"graph-wrap",ref:o,children:[e.jsxs("div",{className:"graph-tools",role:"group","aria-label":"Zoom and move the drawing",children:[e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom in",title:"Zoom in (+)",onClick:()=>$(1.25),children:"+"}),e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom out",title:"Zoom out (−)",onClick:()=>$(1/1.25),children:"−"}),e.jsx("button",{type:"button",className:"secondary",title:"Back to 100 %, top left (0)",onClick:()=>g({x:0,y:0,k:1}),children:"Reset"}),e.jsxs("span",{className:"muted zoom-level","aria-live":"polite",children:[Math.round(p.k*100)," %"]}),e.jsx("span",{className:"muted tools-hint",children:"Drag or scroll to move; ctrl + scroll to zoom."})]}),e.jsxs("svg",{ref:c,className:"graph","data-testid":"graph",role:"group","aria-label":`Data map drawing, ${t.length} nodes${s?" around the focused node":""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`,tabIndex:0,width:l,height:x,viewBox:`${p.x} ${p.y} ${R} ${N}`,onKeyDown:F,onPointerDown:b=>{b.button===0&&(m.current={x:b.clientX,y:b.clientY,vx:p.x,vy:p.y,moved:!1},j.current=!1)},onPointerMove:b=>{const E=m.current;if(!E)return;const M=b.clientX-E.x,U=b.clientY-E.y;!E.moved&&Math.hypot(M,U)<5||(E.moved||(E.moved=!0,c.current?.setPointerCapture(b.pointerId)),j.current=!0,g(y=>I({...y,x:E.vx-M/y.k,y:E.vy-U/y.k})))},onPointerUp:()=>{m.current=null},onPointerCancel:()=>{m.current=null},children:[e.jsx("rect",{x:p.x,y:p.y,width:R,height:N,fill:"#fff"}),v.headers.map((b,E)=>e.jsx("text",{x:b.x+2,y:b.y,className:"col-head",children:b.label},E)),e.jsx("g",{className:"links",children:n.map(b=>{const E=v.boxes.get(b.from),M=v.boxes.get(b.to);if(!E||!M||!z.has(b.from)||!z.has(b.to))return null;const U=w&&(b.from===a||b.to===a),y=w&&!U;return e.jsx("path",{d:_s(E,M),className:`link ${b.kind.toLowerCase()}${b.staleSafeguard?" stale":""}${U?" hl":""}${y?" faded":""}`,strokeWidth:Math.min(6,1+Math.log2(b.count))*(U?1.6:1),children:e.jsx("title",{children:`${b.count} link${b.count===1?"":"s"}`})},`${b.from}|${b.to}|${b.kind}`)})}),e.jsx("g",{className:"nodes",children:t.map(b=>{const E=v.boxes.get(b.id);return E?e.jsx(to,{n:b,b:E,fontSize:v.fontSize,selected:a===b.id,faded:!!w&&!w.has(b.id),findings:r.get(b.id),onFocus:()=>C(E),onSelect:()=>{j.current||i(b.id)}},b.id):null})})]})]})}function to({n:t,b:n,fontSize:a,selected:i,faded:r,findings:s,onSelect:o,onFocus:c}){const l=[et(t),t.key&&t.key!==t.label?t.key:"",...ke(t),s?.length?`${s.length} open finding${s.length===1?"":"s"}`:""].filter(Boolean).join(" — "),u=Math.round(a*1.3);return e.jsxs("g",{className:`mnode ${ra(t)}${i?" selected":""}${r?" faded":""}`,transform:`translate(${n.x},${n.y})`,role:"button",tabIndex:0,"aria-label":l,"aria-pressed":i,"data-id":t.id,onClick:o,onFocus:c,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),o())},children:[e.jsx("title",{children:l}),t.group&&e.jsx("rect",{className:"stack",x:4,y:4,width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"box",width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"bar",width:5,height:n.h,rx:2}),n.lines.map((f,d)=>e.jsx("text",{x:12,y:5+u*(d+1)-4,fontSize:a,children:f},d)),s?.length?e.jsxs("text",{className:"flag-mark",x:n.w-6,y:a+2,textAnchor:"end",fontSize:a-1,children:["⚑",s.length]}):null]})}function pn({nodes:t,selected:n,onSelect:a,onToggle:i,expanded:r,marks:s}){const o=["SYSTEM","DATA_CATEGORY","ACTIVITY","RECIPIENT","COUNTRY"],c=l=>e.jsxs("li",{"data-id":l.id,children:[e.jsxs("button",{type:"button",className:`node-button ${ra(l)}`,"aria-pressed":n===l.id,onClick:()=>a(l.id),title:l.key&&l.key!==l.label?`${l.label} — ${l.key}`:l.label,children:[et(l),ke(l).length>0&&e.jsxs("span",{className:"flags",children:[" — ",ke(l).join(", ")]}),e.jsx(Ms,{findings:s.get(l.id)})]}),l.group&&!l.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":!1,onClick:()=>i(l.id),"aria-label":`Show the ${l.members} members of ${l.label}`,children:"▸"})]},l.id);return e.jsx("div",{className:"node-list",children:o.map(l=>{const u=t.filter(p=>p.kind===l);if(!u.length)return null;const f=[],d=new Set;for(const p of u){if(!p.parent){f.push(c(p));continue}if(d.has(p.parent))continue;d.add(p.parent);const g=u.filter(m=>m.parent===p.parent);f.push(e.jsxs("li",{className:"open-group","data-id":p.parent,children:[e.jsx("span",{className:"group-name",children:p.parentLabel}),e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":r.includes(p.parent),onClick:()=>i(p.parent),"aria-label":`Hide the members of ${p.parentLabel}`,children:"▾"}),e.jsx("ul",{children:g.map(c)})]},p.parent))}return e.jsxs("section",{"aria-labelledby":`list-${l}`,children:[e.jsxs("h2",{id:`list-${l}`,children:[ze[l]," (",u.filter(p=>!p.group).length+u.filter(p=>p.group).reduce((p,g)=>p+g.members,0),")"]}),e.jsx("ul",{children:f})]},l)})})}function ct({evidence:t}){return t?.length?e.jsx("ul",{className:"sentences",children:t.map(n=>e.jsx("li",{children:e.jsxs(K,{to:`/evidence/${n.id}`,className:"evidence-link",children:["“",n.quote.replace(/\s+/g," ").trim(),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no sentence recorded"})}function no({t,past:n}){return t.safeguard?t.valid?e.jsx("span",{className:"valid-tag",children:n?"valid on the map's date":"valid today"}):t.invalidSince?e.jsxs("strong",{className:"invalid-tag",children:["invalid since ",t.invalidSince.slice(0,10),t.safeguard.invalidatedBy?` (${t.safeguard.invalidatedBy})`:""]}):e.jsx("strong",{className:"invalid-tag",children:"not yet valid"}):e.jsx("strong",{className:"stale-text",children:"no safeguard stated"})}function Dt({acts:t,onSelect:n,max:a=6}){const[i,r]=h.useState(!1),s=i?t:t.slice(0,a);return e.jsxs("ul",{className:"act-links",children:[s.map(o=>e.jsx("li",{children:e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`act:${o.id}`),children:o.name})},o.id)),t.length>s.length&&e.jsx("li",{children:e.jsxs("button",{type:"button",className:"linklike more",onClick:()=>r(!0),children:["and ",t.length-s.length," more"]})})]})}const ao={ACTIVITY:"stated for the activity",RECIPIENT:"stated for the recipient",NOTICE:"stated by the notice for all its processing",ORGANIZATION:"organization-wide"};function $t({transfers:t,onSelect:n,heading:a,past:i}){return e.jsxs("section",{"aria-label":a,children:[e.jsxs("h3",{children:[a," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts transfers",children:t.map(r=>e.jsxs("li",{"data-testid":"map-transfer",children:[e.jsxs("div",{className:"fact-head",children:[e.jsx("strong",{children:r.countryName}),": ",r.safeguard?.name??"no safeguard stated"," · ",e.jsx(no,{t:r,past:i}),e.jsx(ne,{status:r.transfer.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Recipient:"})," ",r.recipient?e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`rec:${r.recipient.id}`),children:r.recipient.name}):"none named"]}),e.jsxs("div",{children:[e.jsxs("span",{className:"muted",children:["Activities (",r.activities.length,", ",ao[r.appliesTo]??r.appliesTo,"):"]})," ",e.jsx(Dt,{acts:r.activities,onSelect:n})]}),e.jsx(ct,{evidence:r.transfer.evidence})]},r.transfer.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function io({bases:t,all:n}){return t.length?e.jsxs(e.Fragment,{children:[n&&e.jsx("span",{className:"muted",children:"(the disclosure names no purpose: all the activity's) "}),t.map((a,i)=>e.jsxs("span",{children:[i>0?"; ":"",a.purpose.name," — ",a.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),a.specialCondition?`, ${a.specialCondition.reference}`:""]},a.id))]}):e.jsx("span",{className:"muted",children:"no purpose stated"})}function sa({cats:t}){return e.jsx(e.Fragment,{children:t.map((n,a)=>e.jsxs("span",{title:n.key,className:n.specialCategory||n.criminalOffence?"special-text":void 0,children:[a>0?", ":"",n.name]},n.key))})}function bt({list:t,show:n,onSelect:a,heading:i}){return e.jsxs("section",{"aria-label":i,children:[e.jsxs("h3",{children:[i," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts disclosures",children:t.map(r=>e.jsxs("li",{children:[e.jsxs("div",{className:"fact-head",children:[n!=="activity"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>a(`rec:${r.recipient.id}`),children:r.recipient.name}),n==="both"&&" from ",n!=="recipient"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>a(`act:${r.activity.id}`),children:r.activity.name}),e.jsx(ne,{status:r.disclosure.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Data:"})," ",e.jsx(sa,{cats:r.categories})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Why, on what basis:"})," ",e.jsx(io,{bases:r.bases,all:r.allBases})]}),e.jsx(ct,{evidence:r.disclosure.evidence})]},r.disclosure.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function ro({org:t,id:n,asOfTime:a,past:i,focused:r,expanded:s,onFocus:o,onSelect:c,onToggle:l}){const u=Ie(),{data:f,error:d,loading:p}=J(()=>B(Qs,{organization:t,node:n,asOf:a}),[t,n,a]),g=f?.dataMapDetails;if(d)return e.jsx(Z,{error:d});if(!g)return e.jsx("p",{className:"muted",children:p?"Loading…":""});const m=g.node,j=m.group&&!m.id.endsWith(":more"),v=ze[m.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase();return e.jsxs("div",{"data-testid":"map-details","data-node":m.id,children:[e.jsx("h2",{id:"details-h",children:et(m)}),e.jsxs("p",{className:"muted kind-line",children:[j?`group of ${ze[m.kind]?.toLowerCase()}`:v,m.key&&m.key!==m.label?e.jsxs(e.Fragment,{children:[" · ",e.jsx("code",{children:m.key})]}):null,ke(m).length?` · ${ke(m).join(", ")}`:""]}),e.jsxs("div",{className:"buttons detail-actions",children:[!r&&!m.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>o(m.id),children:"Focus on its neighbourhood"}),j&&e.jsx("button",{type:"button",className:"secondary","aria-expanded":s.includes(m.id),onClick:()=>l(m.id),children:s.includes(m.id)?"Collapse the group":"Expand the group in the map"}),m.kind==="DATA_CATEGORY"&&m.key&&e.jsxs(K,{to:`/lookup?field=${encodeURIComponent(m.key)}`,children:["Who receives ",m.key,"?"]})]}),i&&e.jsx("p",{className:"muted past-note",children:"As the catalog stood on the map's date."}),g.activity&&e.jsxs(e.Fragment,{children:[e.jsxs("dl",{children:[e.jsx("dt",{children:"Business function"}),e.jsx("dd",{children:g.activity.businessFunction||"—"}),e.jsx("dt",{children:"Role"}),e.jsx("dd",{children:g.activity.role}),e.jsx("dt",{children:"Review"}),e.jsx("dd",{children:g.activity.reviewStatus})]}),g.activity.description&&e.jsx("p",{children:g.activity.description}),e.jsx("h3",{children:"Purposes and bases"}),e.jsx("ul",{className:"map-facts",children:g.purposes.map(x=>e.jsxs("li",{children:[x.purpose.name,": ",x.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),x.specialCondition?`, ${x.specialCondition.reference}`:"",e.jsx(ne,{status:x.reviewStatus}),e.jsx(ct,{evidence:x.evidence})]},x.id))}),e.jsxs("h3",{children:["Data categories (",g.categories.length,")"]}),e.jsx("p",{children:e.jsx(sa,{cats:g.categories})}),g.systems.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:"Systems"}),e.jsx("p",{children:g.systems.map(x=>x.name).join(", ")})]}),e.jsx(bt,{list:g.disclosures,show:"recipient",onSelect:c,heading:"Recipients"}),e.jsx($t,{transfers:g.transfers,onSelect:c,heading:"Transfers",past:i}),e.jsx("h3",{children:"Sentences about the activity"}),e.jsx(ct,{evidence:g.activity.evidence}),e.jsx("p",{children:e.jsx(K,{to:`/activities/${g.activity.id}`,children:u("edit")&&!i?"Edit this activity":"Open this activity"})})]}),m.kind==="RECIPIENT"&&!m.group&&e.jsxs(e.Fragment,{children:[e.jsx(bt,{list:g.disclosures,show:"activity",onSelect:c,heading:"What it receives and why"}),e.jsx($t,{transfers:g.transfers,onSelect:c,heading:"Where it takes the data",past:i})]}),m.kind==="COUNTRY"&&!m.group&&e.jsx($t,{transfers:g.transfers,onSelect:c,heading:`Transfers to ${m.label}`,past:i}),m.kind==="DATA_CATEGORY"&&(g.collectedBy.length>0||g.disclosures.length>0)&&e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-label":"Who collects it",children:[e.jsxs("h3",{children:["Collected by (",g.collectedBy.length,")"]}),e.jsx(Dt,{acts:g.collectedBy,onSelect:c,max:12})]}),e.jsx(bt,{list:g.disclosures,show:"both",onSelect:c,heading:"Who receives it"})]}),m.kind==="SYSTEM"&&!m.group&&e.jsxs("section",{"aria-label":"Activities using it",children:[e.jsxs("h3",{children:["Used for (",g.collectedBy.length,")"]}),e.jsx(Dt,{acts:g.collectedBy,onSelect:c,max:12})]}),g.members.length>0&&e.jsxs("section",{"aria-label":"Members",children:[e.jsx("h3",{children:g.memberCount>g.members.length?`The first ${g.members.length} of ${g.memberCount} members`:`Members (${g.memberCount})`}),e.jsx("ul",{className:"map-members",children:g.members.map(x=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>c(x.id),title:x.key?`${x.label} — ${x.key}`:x.label,children:x.label}),ke(x).length?e.jsxs("span",{className:"muted",children:[" — ",ke(x).join(", ")]}):null]},x.id))}),g.memberCount>g.members.length&&e.jsx("p",{className:"muted",children:"Search the map to find the others."})]})]})}const so=T(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);function oo(t,n="",a="",i=""){const r=[...t.controllerRecord?.activities??[],...(t.processorRecord?.controllers??[]).flatMap(o=>o.activities)],s=n.trim().toLowerCase();return r.filter(o=>(!s||[o.name,o.description,o.businessFunction,...o.purposes.map(c=>c.name)].some(c=>(c??"").toLowerCase().includes(s)))&&(!a||o.role===a)&&(!i||o.reviewStatus===i)).sort((o,c)=>o.name.localeCompare(c.name))}const lo={activity:"stated for this activity",recipient:"for a recipient",notice:"from the notice",organization:"organization-wide"};function st({status:t}){return t==="UNREVIEWED"?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed at the time",children:"DRAFT"})]}):null}function Nt({own:t,shared:n,children:a}){const i=[...t,...n];return i.length?e.jsx("ul",{children:i.map((r,s)=>e.jsxs("li",{children:[a(r)," ",e.jsxs("span",{className:"muted",children:["(",lo[r.appliesTo]??r.appliesTo,")"]}),e.jsx(st,{status:r.reviewStatus})]},s))}):e.jsx(e.Fragment,{children:"—"})}function co({org:t,asOf:n,time:a,search:i,role:r,review:s}){const o=J(()=>B(so,{organization:t,asOf:a}),[t,a]),c=o.data?.article30,l=c?oo(c,i,r,s):[],u=new Map((c?.shared??[]).map(d=>[d.id,d])),f=d=>d.shared.flatMap(p=>u.get(p)?[u.get(p)]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(Z,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"past-record-summary",children:o.loading?"Rebuilding the record from the history…":c?`${l.length} activities on ${n}`:""}),l.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":`Record of processing as of ${n}`,children:e.jsxs("table",{className:"records past",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Business function"}),e.jsx("th",{scope:"col",children:"Role"}),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),e.jsx("th",{scope:"col",children:"Review"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:l.map((d,p)=>{const g=f(d);return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[d.name,e.jsx(st,{status:d.reviewStatus}),d.notice&&e.jsx("div",{className:"muted notice-name",children:d.notice})]}),e.jsx("td",{"data-label":"Business function",children:d.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:d.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:d.purposes.map((m,j)=>e.jsxs("li",{children:[m.name,": ",m.legalBasis?.reference??"not stated",m.specialCondition?`; ${m.specialCondition.reference}`:"",e.jsx(st,{status:m.reviewStatus})]},j))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[d.dataSubjects.map(m=>m.name).join(", ")||"—",e.jsx("br",{}),d.dataCategories.map((m,j)=>e.jsxs("span",{className:m.specialCategory?"special-text":"",children:[j>0?", ":"",m.name]},m.key))]}),e.jsx("td",{"data-label":"Recipients",children:d.recipients.length?d.recipients.map((m,j)=>e.jsxs("span",{children:[j>0?", ":"",m.name,e.jsx(st,{status:m.reviewStatus})]},j)):"—"}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(Nt,{own:d.transfers,shared:g.flatMap(m=>m.transfers),children:m=>e.jsxs(e.Fragment,{children:[m.country||m.scope,m.recipient?` to ${m.recipient}`:"",": ",m.safeguard?m.safeguard.name:"no safeguard stated",m.safeguard?.stale?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",m.safeguard.validUntil,")"]}):null]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(Nt,{own:d.retention,shared:g.flatMap(m=>m.retention),children:m=>e.jsxs(e.Fragment,{children:[m.duration?Oe(m.duration):$e(m.criterion,90),m.dataCategories.length?` (of ${m.dataCategories.map(j=>j.name).join(", ")})`:""]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(Nt,{own:d.security,shared:g.flatMap(m=>m.security),children:m=>e.jsx(e.Fragment,{children:m.name})})}),e.jsx("td",{"data-label":"Review",children:d.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:d.evidence.length?e.jsx("ul",{className:"evidence-quotes",children:d.evidence.slice(0,2).map((m,j)=>e.jsxs("li",{title:m.quote,children:["“",$e(m.quote,70),"”"]},j))}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${d.name}-${p}`)})})]})}),c&&!l.length&&e.jsxs("p",{children:["No activities",i||r||s?" match the filter":""," on ",n,"."]})]})}function oa(){const[t,n]=we();return{params:t,get:r=>t.get(r)??"",set:(r,s={})=>{const o=new URLSearchParams(window.location.search);if(!s.keepPage)for(const c of["page","after","before"])o.delete(c);for(const[c,l]of Object.entries(r))l?o.set(c,l):o.delete(c);n(o,{replace:s.replace})}}}function la(t,n){const a=new URLSearchParams(t);for(const i of["page","after","before","activity","asOf"])a.delete(i);return a.set("org",n),a.toString()}function ca(t,n,a=250){const[i,r]=h.useState(t),s=h.useRef(t);return h.useEffect(()=>{t!==s.current&&r(s.current=t)},[t]),h.useEffect(()=>{if(i===s.current)return;const o=setTimeout(()=>n(s.current=i),a);return()=>clearTimeout(o)},[i]),[i,r]}const uo=T(`
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
`),mn=10;function ho(t,n,a,i,r=""){const s=[];t&&s.push({organizationID:t}),r&&s.push({id:r});const o=n.trim();return o&&s.push({or:[{nameContainsFold:o},{descriptionContainsFold:o},{businessFunctionContainsFold:o},{hasPurposesWith:[{hasPurposeWith:[{nameContainsFold:o}]}]}]}),a&&s.push({role:a}),i&&s.push({reviewStatus:i}),{and:s}}function fo(){const{orgs:t,org:n}=Ee(),{params:a,get:i,set:r}=oa(),s=i("q"),o=i("role"),c=i("review"),u={field:["NAME","BUSINESS_FUNCTION","ROLE","REVIEW_STATUS"].includes(i("sort"))?i("sort"):"NAME",direction:i("dir")==="desc"?"DESC":"ASC"},f={after:i("after")||void 0,before:i("before")||void 0},d=w=>r({after:w.after,before:w.before},{keepPage:!0}),[p,g]=ca(s,w=>r({q:w},{replace:!0})),m=a.get("activity")??"",{asOf:j,time:v,setAsOf:x}=Qt(),R=aa(n?.key),N=J(()=>n&&!j?B(uo,{where:ho(n.id,s,o,c,m),orderBy:[u],...f.before?{last:mn,before:f.before}:{first:mn,after:f.after}}):Promise.resolve(void 0),[n?.id,j,s,o,c,m,u.field,u.direction,f.after,f.before]),I=N.data?.activities,$=(I?.edges??[]).flatMap(w=>w?.node?[w.node]:[]),A=w=>`/reports/inventory/activities.${w}?${la(a,n?.key??"")}`,C=(w,F)=>{const b=u.field===w;return e.jsx("th",{scope:"col","aria-sort":b?u.direction==="ASC"?"ascending":"descending":"none",children:e.jsxs("button",{type:"button",className:"sort",onClick:()=>{r({sort:w,dir:b&&u.direction==="ASC"?"desc":"asc"})},children:[F," ",e.jsx("span",{"aria-hidden":"true",children:b?u.direction==="ASC"?"▲":"▼":"↕"})]})})},z=w=>gs(n?.key??"",w,j||void 0);return e.jsxs("section",{"aria-labelledby":"rec-h",children:[e.jsxs("h1",{id:"rec-h",children:["Record of processing",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(Ze,{orgs:t,org:n,setOrg:w=>r({org:w})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-search",children:"Search"}),e.jsx("input",{id:"rec-search",type:"search",value:p,onChange:w=>g(w.target.value),placeholder:"name, function or purpose"})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-role",children:"Role"}),e.jsxs("select",{id:"rec-role",value:o,onChange:w=>r({role:w.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-review",children:"Review status"}),e.jsxs("select",{id:"rec-review",value:c,onChange:w=>r({review:w.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"REVIEWED",children:"reviewed"}),e.jsx("option",{value:"UNREVIEWED",children:"unreviewed"}),e.jsx("option",{value:"REJECTED",children:"rejected"})]})]}),e.jsx(Ht,{id:"rec-asof",asOf:j,setAsOf:w=>r({asOf:w})}),e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":j?`Download the Article 30 report as of ${j}`:"Download the Article 30 report",children:[e.jsx("a",{className:"button",href:z("html"),target:"_blank",rel:"noopener",children:"Report (HTML)"}),e.jsx("a",{className:"button",href:z("csv"),download:!0,children:"Report (CSV)"}),e.jsx("a",{className:"button",href:z("xlsx"),download:!0,children:"Report (XLSX)"})]}),!j&&!m&&e.jsxs("div",{className:"buttons exports",role:"group","aria-label":"Export the activities shown (all pages)",children:[e.jsx("a",{className:"button",href:A("csv"),download:!0,"data-testid":"export-csv",children:"Export table (CSV)"}),e.jsx("a",{className:"button",href:A("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export table (XLSX)"})]})]}),e.jsx(Yt,{asOf:j,setAsOf:x}),j&&n&&v&&e.jsx(co,{org:n.key,asOf:j,time:v,search:s,role:o,review:c}),!j&&m&&e.jsxs("p",{className:"fact-filter",children:["Only one activity (linked from a finding)."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>r({activity:""}),children:"Show all activities"})]}),!j&&e.jsxs(e.Fragment,{children:[e.jsx(Z,{error:N.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:N.loading?"Loading…":I?`${I.totalCount} activities`:""}),e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"rec-h",children:e.jsxs("table",{className:"records",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[C("NAME","Activity"),C("BUSINESS_FUNCTION","Business function"),C("ROLE","Role"),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),C("REVIEW_STATUS","Review"),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:$.map(w=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[e.jsx(K,{to:`/activities/${w.id}`,children:w.name}),e.jsx(ne,{status:w.reviewStatus}),n&&e.jsx("span",{className:"badges",children:e.jsx(hn,{org:n.key,fact:`activity:${w.id}`,findings:R.get(`activity:${w.id}`),label:w.name})}),w.notice&&e.jsx("div",{className:"muted notice-name",title:w.notice.audience?`Audience: ${w.notice.audience}`:void 0,children:w.notice.title})]}),e.jsx("td",{"data-label":"Business function",children:w.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:w.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:wa(w.purposes).map(F=>e.jsxs("li",{children:[F.purpose.name,": ",F.legalBasis?.reference??"not stated",F.specialCondition?`; ${F.specialCondition.reference}`:"",e.jsx(ne,{status:F.reviewStatus})]},F.id))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[w.dataSubjects?.map(F=>F.name).join(", ")||"—",e.jsx("br",{}),w.dataCategories?.map((F,b)=>e.jsxs("span",{className:F.specialCategory?"special-text":"",children:[b>0?", ":"",F.name]},F.id))]}),e.jsxs("td",{"data-label":"Recipients",children:[Gt(w.disclosures).map((F,b)=>e.jsxs("span",{children:[b>0?", ":"",F.name,e.jsx(ne,{status:F.draft?"UNREVIEWED":void 0})]},F.id)),!Gt(w.disclosures).length&&"—"]}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(rt,{facts:w.effectiveTransfers,children:F=>e.jsxs(e.Fragment,{children:[F.country||F.scope,": ",e.jsx(Me,{safeguard:F.safeguard}),n&&e.jsx(hn,{org:n.key,fact:`transfer:${F.id}`,findings:R.get(`transfer:${F.id}`),label:`the transfer to ${F.country||F.scope}`})]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(rt,{facts:w.effectiveRetentionRules,children:F=>e.jsxs(e.Fragment,{children:[F.duration?Oe(F.duration):e.jsx(po,{text:F.criterion??"",max:90}),F.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" (of ",F.dataCategories.map(b=>b.name).join(", "),")"]}):null]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(rt,{facts:w.effectiveSecurityPractices,inline:!0,children:F=>e.jsx("span",{title:F.description??void 0,children:F.measure.name})})}),e.jsx("td",{"data-label":"Review",children:w.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:w.evidence?.slice(0,2)})})]},w.id))})]})}),e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:!I?.pageInfo.hasPreviousPage&&!f.after,onClick:()=>d({before:I?.pageInfo.startCursor??void 0}),children:"Previous page"}),e.jsx("button",{type:"button",disabled:!(I?.pageInfo.hasNextPage||f.before),onClick:()=>d({after:I?.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function po({text:t,max:n}){const[a,i]=h.useState(!1),r=$e(t,n);return r===t.replace(/\s+/g," ").trim()?e.jsx(e.Fragment,{children:t}):e.jsxs(e.Fragment,{children:[a?t:r," ",e.jsx("button",{type:"button",className:"linklike more","aria-expanded":a,onClick:()=>i(!a),children:a?"less":"more"})]})}const mo=T(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`),go=T(`
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
`),yo={EXACT:"exact: declared for this category",BROADER:"broader: declared for a category that covers it",NARROWER:"narrower: receives a part of it"};function vo(){const[t,n]=we(),a=t.get("field")??"",i=t.get("org")??"",{orgs:r}=Ee(),{asOf:s,time:o,setAsOf:c}=Qt(),[l,u]=h.useState(a),[f,d]=h.useState({for:"",list:[]}),[p,g]=h.useState(!1),[m,j]=h.useState(-1);h.useEffect(()=>u(a),[a]),h.useEffect(()=>{const $=l.trim();if($.length<2)return d({for:$,list:[]});let A=!0;const C=setTimeout(()=>{B(mo,{text:$,organization:i||void 0}).then(z=>A&&d({for:$,list:z.lookupSuggestions}),()=>A&&d({for:$,list:[]}))},120);return()=>{A=!1,clearTimeout(C)}},[l,i]),h.useEffect(()=>j(-1),[f]);const v=$=>{g(!1),u($);const A=new URLSearchParams(t);A.set("field",$.trim()),n(A)},x=p&&f.for===l.trim()?f.list:[],R=J(()=>a?B(go,{field:a,organization:i||void 0,asOf:o}):Promise.resolve(void 0),[a,i,o]),N=R.data?.recipientsOf??[],I=R.error instanceof Le?R.error.errors.flatMap($=>$.extensions?.suggestions??[]):[];return e.jsxs("section",{"aria-labelledby":"lookup-h",children:[e.jsx("h1",{id:"lookup-h",children:"Who receives this field?"}),e.jsxs("form",{className:"filters",role:"search",onSubmit:$=>{$.preventDefault(),v(l)},children:[e.jsxs("div",{className:"field wide combo",children:[e.jsx("label",{htmlFor:"lookup-field",children:"Field path or data category"}),e.jsx("input",{id:"lookup-field",role:"combobox","aria-autocomplete":"list","aria-expanded":x.length>0,"aria-controls":"lookup-options","aria-activedescendant":m>=0&&x[m]?`lookup-option-${m}`:void 0,value:l,onChange:$=>{u($.target.value),g(!0)},onFocus:()=>g(!0),onBlur:()=>g(!1),onKeyDown:$=>{$.key==="ArrowDown"||$.key==="ArrowUp"?($.preventDefault(),g(!0),x.length&&j(A=>$.key==="ArrowDown"?(A+1)%x.length:(A<=0?x.length:A)-1)):$.key==="Enter"&&m>=0&&x[m]?($.preventDefault(),v(x[m].value)):$.key==="Escape"&&g(!1)},placeholder:"user.contact.email, careers.application.ssn or a name: email, social security",autoComplete:"off","aria-describedby":"lookup-hint"}),e.jsx("ul",{id:"lookup-options",role:"listbox","aria-label":"Suggestions",className:"combo-list","data-for":f.for,hidden:!x.length,children:x.map(($,A)=>e.jsxs("li",{id:`lookup-option-${A}`,role:"option","aria-selected":A===m,"data-value":$.value,title:$.value,onMouseDown:C=>{C.preventDefault(),v($.value)},children:[e.jsx("span",{className:"combo-name",children:$.name})," ",e.jsx("code",{children:$.value})," ",e.jsx("span",{className:"muted",children:$.kind})]},$.value))}),e.jsx("small",{id:"lookup-hint",children:"Type two letters: keys, names, partial words and typos are matched. Arrow keys choose."})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"lookup-org",children:"Organization"}),e.jsxs("select",{id:"lookup-org",value:i,onChange:$=>{const A=new URLSearchParams(t);$.target.value?A.set("org",$.target.value):A.delete("org"),n(A)},children:[e.jsx("option",{value:"",children:"all"}),r.map($=>e.jsx("option",{value:$.key,children:$.name},$.id))]})]}),e.jsx(Ht,{id:"lookup-asof",asOf:s,setAsOf:c}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Look up"})})]}),e.jsx(Yt,{asOf:s,setAsOf:c}),e.jsx(Z,{error:R.error}),I.length>0&&e.jsxs("p",{children:["Did you mean:"," ",I.map(($,A)=>e.jsxs("span",{children:[A>0&&", ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>v($),children:$})]},$))]}),a&&!R.error&&e.jsx("p",{"aria-live":"polite",className:"muted",children:R.loading?"Looking up…":`${N.length} recipients of ${a}`}),N.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":"Recipients and reasons",children:e.jsxs("table",{className:"lookup",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Recipient"}),e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Purpose"}),e.jsx("th",{scope:"col",children:"Legal basis"}),e.jsx("th",{scope:"col",children:"Match"}),e.jsx("th",{scope:"col",children:"Country and safeguard"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:N.map(($,A)=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[$.recipient.name,e.jsx(ne,{status:St($.recipient.reviewStatus)||St($.disclosure.reviewStatus)?"UNREVIEWED":void 0}),e.jsxs("div",{className:"muted",children:[$.recipient.kind," · ",$.organization.name]})]}),e.jsxs("td",{"data-label":"Activity",children:[$.activity.name,e.jsx(ne,{status:$.activity.reviewStatus})]}),e.jsx("td",{"data-label":"Purpose",children:$.purposes.map(C=>C.name).join("; ")||"—"}),e.jsxs("td",{"data-label":"Legal basis",children:[$.allActivityBases&&e.jsx("p",{className:"bases-note muted","data-all-bases":"true",children:"all purposes of the activity (the disclosure names none):"}),$.legalBases.length?e.jsx("ul",{children:$.legalBases.map(C=>e.jsxs("li",{children:[e.jsxs("span",{className:"muted",children:[C.purpose.name,":"]})," ",C.legalBasis?`${C.legalBasis.reference} (${C.legalBasis.name})`:"not stated",C.specialCondition?`; ${C.specialCondition.reference}`:"",e.jsx(ne,{status:C.activityPurpose.reviewStatus})]},C.id))}):"no purpose of the activity matches the disclosure's"]}),e.jsxs("td",{"data-label":"Match",children:[e.jsx("span",{className:`match match-${$.match.toLowerCase()}`,children:$.match}),e.jsxs("div",{className:"muted",children:[yo[$.match]," (",e.jsx("code",{children:$.category.key}),")"]})]}),e.jsx("td",{"data-label":"Country and safeguard",children:$.transfers.length?e.jsx("ul",{children:$.transfers.map(C=>e.jsxs("li",{children:[C.country||C.scope,": ",e.jsx(Me,{safeguard:C.safeguard})," ",e.jsxs("span",{className:"muted",children:["(",$a(ba(C)),")"]}),e.jsx(ne,{status:C.reviewStatus})]},C.id))}):"no transfer recorded"}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:$.evidence})})]},`${$.recipient.id}-${$.activity.id}-${$.category.key}-${A}`))})]})})]})}const xo=T(`
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
`);function jo(){const{id:t=""}=Ge(),{data:n,error:a,loading:i}=J(()=>B(xo,{id:t}),[t]),r=h.useRef(null),s=n?.node?.__typename==="Evidence"?n.node:void 0;if(h.useEffect(()=>{r.current?.scrollIntoView({block:"center"}),r.current?.focus({preventScroll:!0})},[s?.id]),i)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(a)return e.jsx(Z,{error:a});if(!s)return e.jsxs("p",{role:"alert",children:["No evidence span with ID ",t,"."]});const[o,c,l]=Cn(s.document.text,s.start,s.end);return e.jsxs("section",{"aria-labelledby":"ev-h",className:"evidence",children:[e.jsx("h1",{id:"ev-h",children:s.document.title}),e.jsxs("p",{className:"muted",children:[s.document.organization.name,s.document.lastUpdated?` · last updated ${s.document.lastUpdated.slice(0,10)}`:"",s.document.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:s.document.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",s.quote,"”",e.jsxs("footer",{className:"muted",children:["bytes ",s.start,"–",s.end," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[o,e.jsx("mark",{id:"quote",ref:r,tabIndex:-1,children:c}),l]})]})}T(`
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
`);const wo=T(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`),$o={create:"created",update:"updated",delete:"deleted"};function bo({history:t,owner:n,lastReviewed:a,parts:i,reload:r}){const s=[...t.changes.map(l=>({change:l,what:"activity"})),...i.flatMap(l=>l.history.changes.map(u=>({change:u,what:l.label})))],o=new Map(s.map(l=>[l.change.id,l])),c=fs(s.map(l=>l.change)).map(l=>o.get(l.id));return e.jsxs("section",{className:"card history","aria-labelledby":"history-h",children:[e.jsx("h2",{id:"history-h",children:"History"}),e.jsxs("dl",{className:"history-stamps",children:[e.jsx("dt",{children:"Created"}),e.jsx("dd",{"data-testid":"history-created",children:t.createdAt?`${Ce(t.createdAt)} by ${t.createdBy??"unknown"}`:"before the history was kept"}),e.jsx("dt",{children:"Last changed"}),e.jsx("dd",{"data-testid":"history-updated",children:t.updatedAt?`${Ce(t.updatedAt)} by ${t.updatedBy??"unknown"}`:"—"}),e.jsx("dt",{children:"Owner"}),e.jsx("dd",{"data-testid":"history-owner",children:n||"not recorded"}),e.jsx("dt",{children:"Last reviewed"}),e.jsx("dd",{"data-testid":"history-last-reviewed",children:a?Ce(a):"never"})]}),e.jsxs("h3",{children:["Changes, newest first (",c.length,")"]}),c.length?e.jsx("ol",{className:"changes","aria-label":"Changes of the activity",children:c.map(l=>e.jsx(No,{change:l.change,what:l.what,reload:r},l.change.id))}):e.jsx("p",{className:"muted",children:"No changes recorded."})]})}function No({change:t,what:n,reload:a}){const i=hs(t.before,t.after),r=$o[t.operation]??t.operation;return e.jsxs("li",{className:`change op-${t.operation}`,"data-change":t.id,children:[e.jsxs("div",{className:"change-head",children:[e.jsx("time",{dateTime:t.at,children:Ce(t.at)})," ",e.jsx("strong",{className:"actor",children:t.actor})," ",e.jsxs("span",{className:"muted",children:["via ",t.via]}),":"," ",e.jsxs("span",{className:"what",children:[n," ",r]}),t.reverts?e.jsxs("span",{className:"muted",children:[" (reverts change ",t.reverts,")"]}):null]}),t.note&&e.jsxs("p",{className:"change-note",children:["Note: ",t.note]}),i.length>0&&t.operation!=="update"?e.jsxs("details",{className:"field-details",children:[e.jsxs("summary",{children:[i.length," field",i.length===1?"":"s"," ",t.operation==="delete"?"it had":"set"]}),e.jsx(gn,{change:t,lines:i})]}):i.length>0&&e.jsx(gn,{change:t,lines:i}),e.jsx(ko,{change:t,what:`${vs(t.entityType)} ${r} ${Ce(t.at)}`,reload:a})]})}function gn({change:t,lines:n}){return e.jsx("ul",{className:"field-lines",children:n.map(a=>e.jsxs("li",{"data-field":a.field,children:[e.jsxs("span",{className:"field-name",children:[Yn(a.field),a.edge?" (IDs)":""]}),":"," ",t.operation==="update"?e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"before",children:a.before??"none"})," → ",e.jsx("span",{className:"after",children:a.after??"none"})]}):e.jsx("span",{className:t.operation==="delete"?"before":"after",children:t.operation==="delete"?a.before:a.after})]},`${a.edge?"e":"f"}:${a.field}`))})}function ko({change:t,what:n,reload:a}){const i=Ie(),[r,s]=h.useState(!1),[o,c]=h.useState(""),[l,u]=h.useState(!1),[f,d]=h.useState("");if(!i("admin"))return null;const p=`revert-${t.id}`;return r?e.jsxs("form",{className:"grid revert","aria-label":`Revert the change: ${n}`,onSubmit:async g=>{g.preventDefault(),u(!0),d("");try{await B(wo,{id:t.id,reason:o.trim()||void 0}),s(!1),c(""),a()}catch(m){d(m instanceof Error?m.message:String(m))}finally{u(!1)}},children:[e.jsxs("div",{className:"field wide",children:[e.jsx("label",{htmlFor:p,children:"Reason for reverting"}),e.jsx("input",{id:p,value:o,onChange:g=>c(g.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",className:"danger",disabled:l,children:"Revert"}),e.jsx("button",{type:"button",className:"secondary",onClick:()=>{s(!1),d("")},children:"Cancel"})]}),f&&e.jsx("p",{role:"alert",className:"error",children:f})]}):e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>s(!0),"aria-label":`Revert the change: ${n}`,children:"Revert…"})})}function Ne({id:t,value:n,onChange:a,search:i,placeholder:r,newLabel:s,clearOnPick:o,invalid:c,describedBy:l,label:u}){const[f,d]=h.useState(n?.label??""),[p,g]=h.useState([]),[m,j]=h.useState(!1),[v,x]=h.useState(-1),[R,N]=h.useState(!1),I=h.useRef(0),$=h.useRef(void 0);h.useEffect(()=>{o||d(n?.label??"")},[n?.id,n?.label,o]),h.useEffect(()=>()=>window.clearTimeout($.current),[]);const A=w=>{window.clearTimeout($.current);const F=++I.current;N(!0),$.current=window.setTimeout(()=>{i(w.trim()).then(b=>{if(F!==I.current)return;const E=w.trim(),M=s&&E&&!b.some(U=>U.label.toLowerCase()===E.toLowerCase())?[{id:"",label:E,isNew:!0}]:[];g([...b,...M]),x(b.length||M.length?0:-1),j(!0),N(!1)},()=>F===I.current&&(g([]),N(!1)))},150)},C=w=>{a(w),d(o?"":w.label),j(!1),x(-1)},z=`${t}-options`;return e.jsxs("div",{className:"combo",children:[e.jsx("input",{id:t,role:"combobox",autoComplete:"off","aria-autocomplete":"list","aria-expanded":m,"aria-controls":z,"aria-activedescendant":m&&v>=0?`${t}-opt-${v}`:void 0,"aria-invalid":c||void 0,"aria-describedby":l,"aria-label":u,"aria-busy":R||void 0,title:n?.title,placeholder:r??"type to search",value:f,onChange:w=>{d(w.target.value),A(w.target.value)},onKeyDown:w=>{w.key==="ArrowDown"?(w.preventDefault(),m?x(F=>Math.min(F+1,p.length-1)):A(f)):w.key==="ArrowUp"?(w.preventDefault(),x(F=>Math.max(F-1,0))):w.key==="Enter"?m&&v>=0&&p[v]?(w.preventDefault(),C(p[v])):m?w.preventDefault():f.trim()&&f!==(o?"":n?.label??"")&&(w.preventDefault(),A(f)):w.key==="Escape"&&m&&(w.preventDefault(),j(!1),o||d(n?.label??""))},onBlur:()=>{j(!1),window.clearTimeout($.current),I.current++,N(!1),!o&&(!f.trim()&&n?a(void 0):d(n?.label??""))}}),e.jsxs("ul",{id:z,role:"listbox","aria-label":u?`${u}: matches`:"Matches",className:"combo-list",hidden:!m,children:[p.map((w,F)=>e.jsx("li",{id:`${t}-opt-${F}`,role:"option","aria-selected":F===v,title:w.title,onMouseDown:b=>b.preventDefault(),onClick:()=>C(w),children:w.isNew&&s?s(w.label):e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"combo-name",children:w.label}),w.note&&e.jsxs("span",{className:"muted",children:[" ",w.note]})]})},`${w.id}-${F}`)),m&&p.length===0&&e.jsx("li",{role:"option","aria-selected":!1,"aria-disabled":"true",className:"muted",children:"No match"})]})]})}function be({id:t,items:n,onChange:a,search:i,newLabel:r,invalid:s,describedBy:o,label:c,flag:l,readOnly:u}){return e.jsxs("div",{className:"chips",children:[n.length>0&&e.jsx("ul",{className:"chip-list","aria-label":`${c}: chosen`,children:n.map((f,d)=>e.jsxs("li",{className:"chip",title:f.title,children:[e.jsx("span",{children:f.label}),f.isNew&&e.jsx("span",{className:"chip-new",children:" (new)"}),l?.(f)&&e.jsxs("span",{className:"chip-flag",children:[" ",l(f)]}),!u&&e.jsx("button",{type:"button",className:"chip-remove","aria-label":`Remove ${f.label}`,onClick:()=>a(n.filter((p,g)=>g!==d)),children:"×"})]},`${f.id||f.label}-${d}`))}),u?n.length===0&&e.jsx("p",{className:"muted",id:t,children:"none stated"}):e.jsx(Ne,{id:t,clearOnPick:!0,search:async f=>(await i(f)).filter(d=>!n.some(p=>p.id&&p.id===d.id)),onChange:f=>f&&!n.some(d=>d.id?d.id===f.id:d.label===f.label)&&a([...n,f]),newLabel:r,invalid:s,describedBy:o,placeholder:"type to search and add"})]})}const Co=T(`
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
        onBehalfOf
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
            key
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          legalBasis {
            id
          }
          specialCondition {
            id
          }
          evidence {
            id
            quote
          }
        }
        dataSubjects {
          id
          key
          name
        }
        dataCategories {
          id
          key
          name
          specialCategory
          criminalOffence
        }
        sources {
          id
          key
          name
        }
        systems {
          id
          key
          name
        }
        disclosures {
          id
          description
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
            name
          }
          purposes {
            id
            key
            name
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
          dataCategories {
            id
            key
            name
          }
          evidence {
            id
            quote
          }
        }
        transfers {
          id
          scope
          country
          description
          recipient {
            id
            name
          }
          safeguard {
            id
            name
            validUntil
          }
          evidence {
            id
            quote
          }
        }
        securityPractices {
          id
          description
          measure {
            id
            key
            name
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
`),So=T(`
  query EditLegalBases {
    legalBases(first: 50, orderBy: { field: KEY }) {
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
`),Ro=T(`
  query PickPurposes($q: String!) {
    purposes(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`),Io=T(`
  query PickCategories($q: String!) {
    dataCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
          specialCategory
          criminalOffence
        }
      }
    }
  }
`),Eo=T(`
  query PickSubjects($q: String!) {
    dataSubjectCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`),Do=T(`
  query PickSources($q: String!) {
    dataSources(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`),Po=T(`
  query PickMeasures($q: String!) {
    securityMeasures(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`),Fo=T(`
  query PickSafeguards($q: String!) {
    transferSafeguards(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
          validUntil
        }
      }
    }
  }
`),qo=T(`
  query PickRecipients($org: ID!, $q: String!) {
    recipients(first: 20, where: { organizationID: $org, nameContainsFold: $q }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`),Ao=T(`
  query PickSystems($org: ID!, $q: String!) {
    systems(first: 20, where: { organizationID: $org, or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`),Oo=T(`
  query PickCountries($q: String!) {
    countries(search: $q, first: 20) {
      code
      name
    }
  }
`),To=T(`
  mutation SaveActivity($input: SaveActivityInput!) {
    saveActivity(input: $input) {
      id
    }
  }
`);function Bo(t,n,a={}){const i=t instanceof Error?t.message:String(t);if(t instanceof Le){const r=Sn(t.field),s=r?a[r]??r:void 0;if(s&&n.includes(s))return{[s]:i}}return{"":i}}const Ye=t=>"act-"+t.replace(/\[(\d+)\]/g,"-$1").replace(/\./g,"-");function Mo(t,n){let a=t??"";for(;a;){if(n(Ye(a)))return a;const i=Math.max(a.lastIndexOf("."),a.lastIndexOf("["));a=i>0?a.slice(0,i):""}return""}function _({path:t,label:n,errs:a,children:i,hint:r,wide:s}){const o=Ye(t),c=a[t];return e.jsxs("div",{className:`field${s?" wide":""}${c?" has-error":""}`,children:[e.jsx("label",{htmlFor:o,children:n}),i,r&&e.jsx("small",{id:`${o}-hint`,children:r}),c&&e.jsx("p",{className:"field-error",id:`${o}-error`,role:"alert",children:c})]})}function G(t,n,a=!1){const i=Ye(t),r=[n[t]?`${i}-error`:"",a?`${i}-hint`:""].filter(Boolean).join(" ");return{id:i,"aria-invalid":n[t]?!0:void 0,"aria-describedby":r||void 0}}function ee(t,n){const a=G(t,n);return{id:a.id,invalid:!!n[t],describedBy:a["aria-describedby"]}}const ve=t=>(t?.edges??[]).flatMap(n=>n?.node?[n.node]:[]),te=t=>({id:t.id,label:t.name,title:t.key}),da=t=>({id:t.id,label:t.name,title:t.key,note:t.specialCategory?"Art 9 special category":t.criminalOffence?"Art 10 criminal offence data":void 0});let zo=0;const pe=()=>`r${++zo}`,Lo=t=>({organization:t,name:"",description:"",businessFunction:"",role:"controller",onBehalfOf:"",automatedDecisionMaking:!1,dpiaRequired:"",owner:"",purposes:[],dataSubjects:[],dataCategories:[],disclosures:[],transfers:[],retentionRules:[],securityMeasures:[],systems:[],sources:[]});function Uo(t){return{organization:t.organization.key,name:t.name,description:t.description??"",businessFunction:t.businessFunction??"",role:t.role,onBehalfOf:t.onBehalfOf??"",automatedDecisionMaking:t.automatedDecisionMaking,dpiaRequired:t.dpiaRequired==null?"":String(t.dpiaRequired),owner:t.owner??"",purposes:(t.purposes??[]).map(n=>({key:pe(),id:n.id,purpose:te(n.purpose),legalBasis:n.legalBasis?.id??"",specialCondition:n.specialCondition?.id??"",legitimateInterest:n.legitimateInterest??""})),dataSubjects:(t.dataSubjects??[]).map(te),dataCategories:(t.dataCategories??[]).map(da),disclosures:(t.disclosures??[]).map(n=>({key:pe(),id:n.id,recipient:{id:n.recipient.id,label:n.recipient.name,title:n.recipient.name},kind:"processor",categories:(n.dataCategories??[]).map(te),purposes:(n.purposes??[]).map(te),description:n.description??""})),transfers:(t.transfers??[]).map(n=>({key:pe(),id:n.id,scope:n.scope,country:n.country?{id:n.country,label:n.country,title:n.country}:void 0,recipient:n.recipient?{id:n.recipient.id,label:n.recipient.name,title:n.recipient.name}:void 0,kind:"processor",safeguard:n.safeguard?{id:n.safeguard.id,label:n.safeguard.name}:void 0,description:n.description??""})),retentionRules:(t.retentionRules??[]).map(n=>({key:pe(),id:n.id,duration:n.duration??"",criterion:n.criterion??"",endAction:n.endAction,categories:(n.dataCategories??[]).map(te)})),securityMeasures:(t.securityPractices??[]).map(n=>({key:pe(),id:n.id,measure:te(n.measure),description:n.description??""})),systems:(t.systems??[]).map(te),sources:(t.sources??[]).map(te)}}const he=t=>t.trim()?t.trim():null,yn=(t,n)=>t?t.isNew?{name:t.label,kind:n}:{id:t.id}:{name:""};function Wo(t,n){return{id:n??null,organization:t.organization,name:t.name,description:he(t.description),businessFunction:he(t.businessFunction),role:t.role,onBehalfOf:he(t.onBehalfOf),owner:he(t.owner),automatedDecisionMaking:t.automatedDecisionMaking,dpiaRequired:t.dpiaRequired===""?null:t.dpiaRequired==="true",purposes:t.purposes.map(a=>({id:a.id??null,purpose:a.purpose?.id??"",legalBasis:a.legalBasis||null,specialCondition:a.specialCondition||null,legitimateInterest:he(a.legitimateInterest)})),dataSubjects:t.dataSubjects.map(a=>a.id),dataCategories:t.dataCategories.map(a=>a.id),disclosures:t.disclosures.map(a=>({id:a.id??null,recipient:yn(a.recipient,a.kind),description:he(a.description),dataCategories:a.categories.map(i=>i.id),purposes:a.purposes.map(i=>i.id)})),transfers:t.transfers.map(a=>({id:a.id??null,scope:a.scope,country:a.scope==="country"?a.country?.id??null:null,recipient:a.recipient?yn(a.recipient,a.kind):null,safeguard:a.safeguard?.id??null,description:he(a.description)})),retentionRules:t.retentionRules.map(a=>({id:a.id??null,duration:he(a.duration),criterion:he(a.criterion),endAction:a.endAction,dataCategories:a.categories.map(i=>i.id)})),securityMeasures:t.securityMeasures.map(a=>({id:a.id??null,measure:a.measure?.id??"",description:he(a.description)})),systems:t.systems.map(a=>a.isNew?{name:a.label}:{id:a.id}),sources:t.sources.map(a=>a.id)}}const _o=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function vn(){const{id:t}=Ge(),n=Je(),a=Ie()("edit"),{orgs:i,org:r,setOrg:s}=Ee(),o=J(()=>t?B(Co,{id:t}):Promise.resolve(void 0),[t]),c=J(()=>B(So),[]),l=o.data?.node?.__typename==="ProcessingActivity"?o.data.node:void 0,[u,f]=h.useState(Lo("")),[d,p]=h.useState({}),[g,m]=h.useState(""),[j,v]=h.useState(!1),x=h.useRef(void 0);h.useEffect(()=>{l&&f(Uo(l))},[l?.id,o.data]),h.useEffect(()=>{!t&&r&&u.organization!==r.key&&f(y=>({...y,organization:r.key}))},[t,r?.key]),h.useEffect(()=>{const y=x.current;x.current=void 0,y&&document.getElementById(y)?.focus()});const R=l?.organization.id??i.find(y=>y.key===u.organization)?.id??"",N=ve(c.data?.legalBases),I=N.filter(y=>y.article==="art6"),$=N.filter(y=>y.article==="art9"),A=u.dataCategories.filter(y=>y.note),C=y=>p(S=>Object.keys(S).some(D=>D.startsWith(y))?Object.fromEntries(Object.entries(S).filter(([D])=>!D.startsWith(y))):S),z=(y,S)=>{C(y),f(D=>({...D,[y]:S}))},w=(y,S,D)=>{C(`${y}[${S}]`),f(L=>({...L,[y]:L[y].map((P,De)=>De===S?{...P,...D}:P)}))},F=(y,S,D)=>{x.current=Ye(`${y}[${u[y].length}].${D}`),f(L=>({...L,[y]:[...L[y],S]}))},b=(y,S)=>{x.current=`add-${y}`,f(D=>({...D,[y]:D[y].filter((L,P)=>P!==S)})),p({})},E={purposes:(async y=>ve((await B(Ro,{q:y})).purposes).map(te)),categories:(async y=>ve((await B(Io,{q:y})).dataCategories).map(da)),subjects:(async y=>ve((await B(Eo,{q:y})).dataSubjectCategories).map(te)),sources:(async y=>ve((await B(Do,{q:y})).dataSources).map(te)),measures:(async y=>ve((await B(Po,{q:y})).securityMeasures).map(te)),safeguards:(async y=>ve((await B(Fo,{q:y})).transferSafeguards).map(S=>({id:S.id,label:S.name,title:S.key,note:S.validUntil?`no longer valid since ${S.validUntil.slice(0,10)}`:void 0}))),recipients:(async y=>R?ve((await B(qo,{org:R,q:y})).recipients).map(S=>({id:S.id,label:S.name,title:S.name,note:S.kind.replace(/_/g," ")})):[]),systems:(async y=>R?ve((await B(Ao,{org:R,q:y})).systems).map(te):[]),countries:(async y=>(await B(Oo,{q:y})).countries.map(S=>({id:S.code,label:`${S.name} (${S.code})`,title:S.code})))},M=async y=>{y.preventDefault(),p({}),m(""),v(!0);try{const S=await B(To,{input:Wo(u,t)});if(!t){n(`/activities/${S.saveActivity.id}`);return}m("Saved."),o.reload()}catch(S){const D=S instanceof Error?S.message:String(S),L=S instanceof Le?Mo(S.field,P=>!!document.getElementById(P)):"";p({[L]:L?D.replace(/^invalid [^:]+: /,""):D}),x.current=L?Ye(L):"act-general-error"}finally{v(!1)}};if(t&&o.loading&&!l)return e.jsx("p",{className:"muted",children:"Loading…"});if(t&&o.error)return e.jsx(Z,{error:o.error});if(t&&!l&&!o.loading)return e.jsxs("p",{role:"alert",children:["No activity with ID ",t,"."]});const U=l?.organization.name??i.find(y=>y.key===u.organization)?.name;return e.jsxs("section",{"aria-labelledby":"edit-h",className:"edit activity-form",children:[e.jsx("h1",{id:"edit-h",children:l?a?`Edit: ${l.name}`:l.name:"New processing activity"}),l&&e.jsxs("p",{className:"muted",children:[l.organization.name," · review status ",l.reviewStatus,e.jsx(ne,{status:l.reviewStatus})," · ",e.jsx(K,{to:`/records?org=${l.organization.key}`,children:"back to the record"}),a&&e.jsxs(e.Fragment,{children:[" ","· ",e.jsx(K,{to:`/organizations/${l.organization.key}`,children:"organization details"})]})]}),!t&&a&&e.jsxs("p",{className:"muted",children:["An organization not listed? ",e.jsx(K,{to:"/organizations/new",children:"Add it first"}),"."]}),!a&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:M,noValidate:!0,"aria-label":"Activity",children:[e.jsxs("fieldset",{className:"plain",disabled:!a,children:[e.jsxs("section",{className:"card","aria-labelledby":"about-h",children:[e.jsx("h2",{id:"about-h",children:"The activity"}),e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:"organization",label:"Organization",errs:d,children:e.jsx("select",{...G("organization",d),value:u.organization,disabled:!!t,onChange:y=>(z("organization",y.target.value),s(y.target.value)),children:i.map(y=>e.jsx("option",{value:y.key,children:y.name},y.id))})}),e.jsx(_,{path:"name",label:"Name (required)",errs:d,wide:!0,children:e.jsx("input",{...G("name",d),"aria-required":"true",value:u.name,onChange:y=>z("name",y.target.value)})}),e.jsx(_,{path:"businessFunction",label:"Business function",errs:d,wide:!0,children:e.jsx("input",{...G("businessFunction",d),value:u.businessFunction,onChange:y=>z("businessFunction",y.target.value),placeholder:"e.g. Marketing, HR"})}),e.jsx(_,{path:"role",label:"Role of the organization",errs:d,children:e.jsxs("select",{...G("role",d),value:u.role,onChange:y=>z("role",y.target.value),children:[e.jsx("option",{value:"controller",children:"controller (Art 30(1))"}),e.jsx("option",{value:"processor",children:"processor (Art 30(2))"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})}),(u.role==="processor"||u.onBehalfOf)&&e.jsx(_,{path:"onBehalfOf",label:"On behalf of (the controllers, Art 30(2)(a))",errs:d,wide:!0,children:e.jsx("input",{...G("onBehalfOf",d),value:u.onBehalfOf,onChange:y=>z("onBehalfOf",y.target.value),placeholder:"e.g. our business customers"})}),e.jsx(_,{path:"dpiaRequired",label:"DPIA required (Art 35)",errs:d,children:e.jsxs("select",{...G("dpiaRequired",d),value:u.dpiaRequired,onChange:y=>z("dpiaRequired",y.target.value),children:[e.jsx("option",{value:"",children:"not assessed"}),e.jsx("option",{value:"true",children:"yes"}),e.jsx("option",{value:"false",children:"no"})]})}),e.jsx(_,{path:"owner",label:"Owner (person or team)",errs:d,hint:l?`Last reviewed: ${l.lastReviewed?Ce(l.lastReviewed):"never"} (set when a reviewer confirms the activity)`:void 0,children:e.jsx("input",{...G("owner",d,!!l),value:u.owner,onChange:y=>z("owner",y.target.value),placeholder:"e.g. Marketing team"})}),e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"act-adm",type:"checkbox",checked:u.automatedDecisionMaking,onChange:y=>z("automatedDecisionMaking",y.target.checked)}),e.jsx("label",{htmlFor:"act-adm",children:"Automated decision-making or profiling (Art 22)"})]})]}),e.jsx(_,{path:"description",label:"Description",errs:d,children:e.jsx("textarea",{...G("description",d),rows:3,value:u.description,onChange:y=>z("description",y.target.value)})}),l&&e.jsx(xe,{evidence:l.evidence})]}),e.jsxs("section",{className:"card","aria-labelledby":"purposes-h",children:[e.jsx("h2",{id:"purposes-h",children:"Purposes and legal bases (Art 30(1)(b))"}),A.length>0&&e.jsxs("p",{className:"note",id:"special-note",children:["The activity processes ",A.map(y=>y.label).join(", "),": each purpose needs an Art 6 basis and an Art 9(2) condition (Art 10 data: the authorisation in law)."]}),u.purposes.length===0&&e.jsx("p",{className:"muted",children:"No purpose yet."}),e.jsx("ol",{className:"rows",children:u.purposes.map((y,S)=>{const D=`purposes[${S}]`,L=l?.purposes?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Purpose ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.purpose`,label:"Purpose",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.purpose`,d),value:y.purpose,onChange:P=>w("purposes",S,{purpose:P}),search:E.purposes})}),e.jsx(_,{path:`${D}.legalBasis`,label:"Art 6(1) legal basis",errs:d,children:e.jsxs("select",{...G(`${D}.legalBasis`,d),value:y.legalBasis,onChange:P=>w("purposes",S,{legalBasis:P.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),I.map(P=>e.jsxs("option",{value:P.id,children:[P.reference,": ",P.name]},P.id))]})}),e.jsx(_,{path:`${D}.specialCondition`,label:"Art 9(2) condition",errs:d,children:e.jsxs("select",{...G(`${D}.specialCondition`,d),value:y.specialCondition,onChange:P=>w("purposes",S,{specialCondition:P.target.value}),children:[e.jsx("option",{value:"",children:"none"}),$.map(P=>e.jsxs("option",{value:P.id,children:[P.reference,": ",P.name]},P.id))]})}),e.jsx(_,{path:`${D}.legitimateInterest`,label:"Legitimate interest (Art 6(1)(f))",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.legitimateInterest`,d),value:y.legitimateInterest,onChange:P=>w("purposes",S,{legitimateInterest:P.target.value})})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("purposes",S),"aria-label":`Remove purpose ${y.purpose?.label??S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-purposes",className:"secondary",onClick:()=>F("purposes",{key:pe(),legalBasis:"",specialCondition:"",legitimateInterest:""},"purpose"),children:"Add purpose"})]}),e.jsxs("section",{className:"card","aria-labelledby":"cats-h",children:[e.jsx("h2",{id:"cats-h",children:"Data subjects and personal data (Art 30(1)(c))"}),e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:"dataSubjects",label:"Categories of data subjects",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("dataSubjects",d),label:"Categories of data subjects",items:u.dataSubjects,onChange:y=>z("dataSubjects",y),search:E.subjects})}),e.jsx(_,{path:"dataCategories",label:"Categories of personal data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("dataCategories",d),label:"Categories of personal data",items:u.dataCategories,onChange:y=>z("dataCategories",y),search:E.categories,flag:y=>y.note})}),e.jsx(_,{path:"sources",label:"Sources of the data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("sources",d),label:"Sources of the data",items:u.sources,onChange:y=>z("sources",y),search:E.sources})}),e.jsx(_,{path:"systems",label:"Systems holding the data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("systems",d),label:"Systems holding the data",items:u.systems,onChange:y=>z("systems",y),search:E.systems,newLabel:y=>`Add new system "${y}"`})})]})]}),e.jsxs("section",{className:"card","aria-labelledby":"disc-h",children:[e.jsx("h2",{id:"disc-h",children:"Recipients (Art 30(1)(d))"}),u.disclosures.length===0&&e.jsx("p",{className:"muted",children:"No recipient yet."}),e.jsx("ol",{className:"rows",children:u.disclosures.map((y,S)=>{const D=`disclosures[${S}]`,L=l?.disclosures?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Recipient ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.recipient`,label:"Recipient",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.recipient`,d),value:y.recipient,onChange:P=>w("disclosures",S,{recipient:P}),search:E.recipients,newLabel:P=>`Add new recipient "${P}"`})}),y.recipient?.isNew&&e.jsx(_,{path:`${D}.recipient.kind`,label:"Kind of the new recipient",errs:d,children:e.jsx("select",{...G(`${D}.recipient.kind`,d),value:y.kind,onChange:P=>w("disclosures",S,{kind:P.target.value}),children:_o.map(P=>e.jsx("option",{value:P,children:P.replace(/_/g," ")},P))})}),e.jsx(_,{path:`${D}.dataCategories`,label:"Categories disclosed (none: all the activity's)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.dataCategories`,d),label:"Categories disclosed",items:y.categories,onChange:P=>w("disclosures",S,{categories:P}),search:E.categories})}),e.jsx(_,{path:`${D}.purposes`,label:"Purposes served (none: all the activity's)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.purposes`,d),label:"Purposes served",items:y.purposes,onChange:P=>w("disclosures",S,{purposes:P}),search:E.purposes})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("disclosures",S),"aria-label":`Remove recipient ${y.recipient?.label??S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-disclosures",className:"secondary",onClick:()=>F("disclosures",{key:pe(),kind:"processor",categories:[],purposes:[],description:""},"recipient"),children:"Add recipient"})]}),e.jsxs("section",{className:"card","aria-labelledby":"tr-h",children:[e.jsx("h2",{id:"tr-h",children:"Transfers outside the EEA (Art 30(1)(e))"}),u.transfers.length===0&&e.jsx("p",{className:"muted",children:"No transfer stated for this activity."}),e.jsx("ol",{className:"rows",children:u.transfers.map((y,S)=>{const D=`transfers[${S}]`,L=l?.transfers?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Transfer ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.scope`,label:"Destination",errs:d,children:e.jsxs("select",{...G(`${D}.scope`,d),value:y.scope,onChange:P=>w("transfers",S,{scope:P.target.value}),children:[e.jsx("option",{value:"country",children:"a named country"}),e.jsx("option",{value:"worldwide",children:"worldwide"}),e.jsx("option",{value:"unspecified",children:"unspecified"})]})}),y.scope==="country"&&e.jsx(_,{path:`${D}.country`,label:"Country (ISO 3166-1)",errs:d,children:e.jsx(Ne,{...ee(`${D}.country`,d),value:y.country,onChange:P=>w("transfers",S,{country:P}),search:E.countries,placeholder:"name or code, e.g. JP"})}),e.jsx(_,{path:`${D}.recipient`,label:"Recipient (optional)",errs:d,children:e.jsx(Ne,{...ee(`${D}.recipient`,d),value:y.recipient,onChange:P=>w("transfers",S,{recipient:P}),search:E.recipients,newLabel:P=>`Add new recipient "${P}"`})}),e.jsx(_,{path:`${D}.safeguard`,label:"Safeguard",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.safeguard`,d),value:y.safeguard,onChange:P=>w("transfers",S,{safeguard:P}),search:E.safeguards,placeholder:"e.g. SCCs, adequacy"})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("transfers",S),"aria-label":`Remove transfer ${S+1}`,children:"Remove"})})]}),L?.safeguard?.validUntil&&e.jsx("p",{className:"note",children:e.jsx(Me,{safeguard:L.safeguard})}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-transfers",className:"secondary",onClick:()=>F("transfers",{key:pe(),scope:"country",kind:"processor",description:""},"country"),children:"Add transfer"}),l&&e.jsx(xn,{facts:l.effectiveTransfers,children:y=>e.jsxs(e.Fragment,{children:[y.country||y.scope,": ",e.jsx(Me,{safeguard:y.safeguard})]})})]}),e.jsxs("section",{className:"card","aria-labelledby":"ret-h",children:[e.jsx("h2",{id:"ret-h",children:"Retention (Art 30(1)(f))"}),u.retentionRules.length===0&&e.jsx("p",{className:"muted",children:"No time limit stated for this activity."}),e.jsx("ol",{className:"rows",children:u.retentionRules.map((y,S)=>{const D=`retentionRules[${S}]`,L=l?.retentionRules?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Retention rule ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.duration`,label:"Period (ISO 8601)",errs:d,hint:/^P/.test(y.duration.trim())?Oe(y.duration.trim()):"e.g. P6Y, P30D",children:e.jsx("input",{...G(`${D}.duration`,d,!0),value:y.duration,onChange:P=>w("retentionRules",S,{duration:P.target.value})})}),e.jsx(_,{path:`${D}.criterion`,label:"or criterion in words",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.criterion`,d),value:y.criterion,onChange:P=>w("retentionRules",S,{criterion:P.target.value})})}),e.jsx(_,{path:`${D}.endAction`,label:"At the end",errs:d,children:e.jsx("select",{...G(`${D}.endAction`,d),value:y.endAction,onChange:P=>w("retentionRules",S,{endAction:P.target.value}),children:["delete","anonymise","isolate","return","unspecified"].map(P=>e.jsx("option",{value:P,children:P},P))})}),e.jsx(_,{path:`${D}.dataCategories`,label:"Categories (none: all)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.dataCategories`,d),label:"Categories kept for this period",items:y.categories,onChange:P=>w("retentionRules",S,{categories:P}),search:E.categories})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("retentionRules",S),"aria-label":`Remove retention rule ${S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-retentionRules",className:"secondary",onClick:()=>F("retentionRules",{key:pe(),duration:"",criterion:"",endAction:"delete",categories:[]},"duration"),children:"Add retention rule"}),l&&e.jsx(xn,{facts:l.effectiveRetentionRules,children:y=>e.jsx("span",{title:y.criterion??void 0,children:y.duration?Oe(y.duration):$e(y.criterion??"",120)})})]}),e.jsxs("section",{className:"card","aria-labelledby":"sec-h",children:[e.jsx("h2",{id:"sec-h",children:"Security measures (Art 30(1)(g))"}),u.securityMeasures.length===0&&e.jsx("p",{className:"muted",children:"No measure stated for this activity."}),e.jsx("ol",{className:"rows",children:u.securityMeasures.map((y,S)=>{const D=`securityMeasures[${S}]`;return e.jsx("li",{className:"row","aria-label":`Security measure ${S+1}`,children:e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.measure`,label:"Measure",errs:d,children:e.jsx(Ne,{...ee(`${D}.measure`,d),value:y.measure,onChange:L=>w("securityMeasures",S,{measure:L}),search:E.measures})}),e.jsx(_,{path:`${D}.description`,label:"How",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.description`,d),value:y.description,onChange:L=>w("securityMeasures",S,{description:L.target.value}),placeholder:"e.g. TLS 1.2+ in transit"})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("securityMeasures",S),"aria-label":`Remove security measure ${y.measure?.label??S+1}`,children:"Remove"})})]})},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-securityMeasures",className:"secondary",onClick:()=>F("securityMeasures",{key:pe(),description:""},"measure"),children:"Add security measure"})]})]}),d[""]!==void 0&&e.jsx("p",{role:"alert",className:"error",id:"act-general-error",tabIndex:-1,children:d[""]}),a&&e.jsxs("div",{className:"buttons save-bar",children:[e.jsx("button",{type:"submit",disabled:j,children:t?"Save activity":"Create activity"}),e.jsxs("span",{className:"muted",children:[U?`for ${U}; `:"","every section is saved together, or nothing is."]}),e.jsx("span",{role:"status",className:"saved",children:g})]})]}),l&&e.jsx(bo,{history:l.history,owner:l.owner,lastReviewed:l.lastReviewed,parts:[...(l.purposes??[]).map(y=>({label:`purpose ${y.purpose.name}`,history:y.history})),...(l.disclosures??[]).map(y=>({label:`disclosure to ${y.recipient.name}`,history:y.history}))],reload:o.reload})]})}function xn({facts:t,children:n}){const a=t.filter(i=>i.appliesTo!=="ACTIVITY");return a.length?e.jsxs("div",{className:"also-applies",children:[e.jsx("h3",{children:"Also applies to this activity"}),e.jsx(rt,{facts:a,children:n})]}):null}const Vo=T(`
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
`),Qo=T(`
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
`),Ho=T(`
  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
    reviewFacts(ids: $ids, status: $status, note: $note) {
      id
    }
  }
`),Yo=T(`
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
`),Ko=T(`
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
`),Jo=T(`
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
`),Go=T(`
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
`),Xo=T(`
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
`),Zo=T(`
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
`),el=T(`
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
`),tl=T(`
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
`),nl=T(`
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
`),al=T(`
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
`),il=T(`
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
`),rl=T(`
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
`),sl=T(`
  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
    updateActivityPurpose(id: $id, input: $input) {
      id
    }
  }
`),ol=T(`
  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),ll=T(`
  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
    updateTransfer(id: $id, input: $input) {
      id
    }
  }
`),cl=T(`
  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
    updateRetentionRule(id: $id, input: $input) {
      id
    }
  }
`),dl=T(`
  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
    updateRecipient(id: $id, input: $input) {
      id
    }
  }
`);async function jn(t){const n=[];let a=null;for(;;){const{list:i}=await t(a);for(const r of i.edges??[])r?.node&&n.push(r.node);if(!i.pageInfo.hasNextPage||!i.pageInfo.endCursor)return n;a=i.pageInfo.endCursor}}const ul=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function hl({fact:t,note:n,onDone:a,onCancel:i}){const r=t.node,[s,o]=h.useState(),[c,l]=h.useState(!1),u=h.useRef(null);h.useEffect(()=>u.current?.focus(),[]);const f=q=>`fix-${t.id}-${q}`,d=q=>s instanceof Le&&Sn(s.field)===q?!0:void 0,p={reviewStatus:"REVIEWED",reviewNote:n.trim()||"corrected in review"},[g,m]=h.useState(r.legalBasis?.id??""),[j,v]=h.useState(r.specialCondition?.id??""),[x,R]=h.useState(r.safeguard?.id??""),[N,I]=h.useState(r.country??""),[$,A]=h.useState(r.duration??""),[C,z]=h.useState(r.criterion??""),[w,F]=h.useState(r.name??""),[b,E]=h.useState(r.kind??"other"),[M,U]=h.useState(new Set),y=q=>U(Y=>{const k=new Set(Y);return k.has(q)?k.delete(q):k.add(q),k}),S=r.dataCategories??[],D=r.dataSubjects??[],L=J(()=>t.edit==="purpose"?jn(q=>B(il,{after:q})):Promise.resolve([]),[t.edit]),P=J(()=>t.edit==="transfer"?jn(q=>B(rl,{after:q})):Promise.resolve([]),[t.edit]),De=async q=>{q.preventDefault(),l(!0),o(void 0);try{switch(t.edit){case"activity":await B(ol,{id:t.id,input:{...p,name:w,removeDataCategoryIDs:S.filter(Y=>M.has(Y.id)).map(Y=>Y.id),removeDataSubjectIDs:D.filter(Y=>M.has(Y.id)).map(Y=>Y.id)}});break;case"purpose":await B(sl,{id:t.id,input:{...p,...g?{legalBasisID:g}:{clearLegalBasis:!0},...j?{specialConditionID:j}:{clearSpecialCondition:!0}}});break;case"transfer":{const Y=N.trim().toUpperCase();await B(ll,{id:t.id,input:{...p,...x?{safeguardID:x}:{clearSafeguard:!0},...Y?{country:Y,scope:"country"}:{clearCountry:!0,scope:r.scope==="country"?"unspecified":r.scope}}});break}case"retention":await B(cl,{id:t.id,input:{...p,...$.trim()?{duration:$.trim()}:{clearDuration:!0},...C.trim()?{criterion:C.trim()}:{clearCriterion:!0}}});break;case"recipient":await B(dl,{id:t.id,input:{...p,name:w,kind:b}});break}a()}catch(Y){o(Y)}finally{l(!1)}},tt=(L.data??[]).filter(q=>q.article==="art6"),Pe=(L.data??[]).filter(q=>q.article!=="art6");return e.jsxs("form",{className:"rq-correct","aria-label":"Correct the fact",onSubmit:De,onKeyDown:q=>{q.key==="Escape"&&(q.stopPropagation(),i())},children:[t.edit==="activity"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:u,value:w,onChange:q=>F(q.target.value),"aria-invalid":d("name")})]}),[["Data categories",S],["Data subjects",D]].map(([q,Y])=>Y.length?e.jsxs("fieldset",{className:"rq-keep",children:[e.jsxs("legend",{children:[q," it keeps"]}),Y.map(k=>e.jsxs("label",{children:[e.jsx("input",{type:"checkbox",checked:!M.has(k.id),onChange:()=>y(k.id)})," ",k.name]},k.id))]},q):null)]}),t.edit==="purpose"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("basis"),children:"Art 6 legal basis"}),e.jsxs("select",{id:f("basis"),ref:u,value:g,onChange:q=>m(q.target.value),"aria-invalid":d("legalBasisID"),children:[e.jsx("option",{value:"",children:"not stated"}),tt.map(q=>e.jsxs("option",{value:q.id,children:[q.reference," ",q.name]},q.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("cond"),children:"Art 9 condition"}),e.jsxs("select",{id:f("cond"),value:j,onChange:q=>v(q.target.value),"aria-invalid":d("specialConditionID"),children:[e.jsx("option",{value:"",children:"none"}),Pe.map(q=>e.jsxs("option",{value:q.id,children:[q.reference," ",q.name]},q.id))]})]})]}),t.edit==="transfer"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("safeguard"),children:"Safeguard"}),e.jsxs("select",{id:f("safeguard"),ref:u,value:x,onChange:q=>R(q.target.value),"aria-invalid":d("safeguardID"),children:[e.jsx("option",{value:"",children:"none stated"}),(P.data??[]).map(q=>e.jsxs("option",{value:q.id,children:[q.name,q.validUntil?` (until ${q.validUntil.slice(0,10)})`:""]},q.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("country"),children:"Country (ISO 3166-1 alpha-2)"}),e.jsx("input",{id:f("country"),value:N,size:4,onChange:q=>I(q.target.value),"aria-invalid":d("country")})]})]}),t.edit==="retention"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("duration"),children:"Period (ISO 8601, e.g. P2Y)"}),e.jsx("input",{id:f("duration"),ref:u,value:$,size:8,onChange:q=>A(q.target.value),"aria-invalid":d("duration")})]}),e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("criterion"),children:"Criterion"}),e.jsx("input",{id:f("criterion"),value:C,onChange:q=>z(q.target.value),"aria-invalid":d("criterion")})]})]}),t.edit==="recipient"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:u,value:w,onChange:q=>F(q.target.value),"aria-invalid":d("name")})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("kind"),children:"Kind"}),e.jsx("select",{id:f("kind"),value:b,onChange:q=>E(q.target.value),"aria-invalid":d("kind"),children:ul.map(q=>e.jsx("option",{value:q,children:q.replace(/_/g," ")},q))})]})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:c,children:"Save correction and confirm"}),e.jsx("button",{type:"button",className:"secondary",onClick:i,children:"Cancel"})]}),e.jsx(Z,{error:s??L.error??P.error})]})}const Pt=[["organizations","Controller","Organization","Art 30(1)(a)","Organization"],["activities","Activities, their data categories and data subjects","Activity","Art 30(1)(c)","ProcessingActivity"],["purposes","Purposes and legal bases","Purpose and basis","Art 30(1)(b)","ActivityPurpose"],["recipients","Recipients","Recipient","Art 30(1)(d)","Recipient"],["disclosures","Disclosures","Disclosure","Art 30(1)(d)","Disclosure"],["transfers","Transfers and safeguards","Transfer","Art 30(1)(e)","Transfer"],["retention","Retention","Retention","Art 30(1)(f)","RetentionRule"],["rights","Data subject rights","Right","Arts 15–22","DataSubjectRight"],["security","Security measures","Security practice","Art 30(1)(g)","SecurityPractice"],["statements","Statements","Statement","what the notice asserts","Statement"]];async function fe(t){const n=[];let a=null;for(;;){const{list:i}=await t(a);for(const r of i.edges??[])r?.node&&n.push(r.node);if(!i.pageInfo.hasNextPage||!i.pageInfo.endCursor)return n;a=i.pageInfo.endCursor}}const Fe=t=>(t??[]).map(n=>n.name).join(", ");function le(t,n,a,i,r){return{id:n.id,type:t,status:n.reviewStatus,note:n.reviewNote,origin:n.origin,spans:(n.evidence??[]).filter(s=>a!==null&&s.documentID===a),summary:i,edit:r,node:n}}async function fl(t){const n=t?{reviewStatusIn:["UNREVIEWED","REVIEWED","REJECTED"],hasEvidenceWith:[{documentID:t}]}:{reviewStatus:"UNREVIEWED",hasEvidence:!1},[a,i,r,s,o,c,l,u,f,d]=await Promise.all([fe(p=>B(Yo,{where:n,after:p})),fe(p=>B(Ko,{where:n,after:p})),fe(p=>B(Jo,{where:n,after:p})),fe(p=>B(Go,{where:n,after:p})),fe(p=>B(Xo,{where:n,after:p})),fe(p=>B(Zo,{where:n,after:p})),fe(p=>B(el,{where:n,after:p})),fe(p=>B(tl,{where:n,after:p})),fe(p=>B(nl,{where:n,after:p})),t?Promise.resolve([]):fe(p=>B(al,{where:{...n,hasDocuments:!1},after:p}))]);return[...d.map(p=>le("organizations",p,t,e.jsxs(e.Fragment,{children:[p.name," (",e.jsx("code",{children:p.key}),")"]}))),...a.map(p=>le("activities",p,t,e.jsxs(e.Fragment,{children:[p.name,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["data categories: ",Fe(p.dataCategories)]}):null,p.dataSubjects?.length?e.jsxs("span",{className:"rq-detail",children:["data subjects: ",Fe(p.dataSubjects)]}):null]}),"activity")),...i.map(p=>le("purposes",p,t,e.jsxs(e.Fragment,{children:[p.purpose.name,": ",e.jsx("strong",{children:p.legalBasis?`${p.legalBasis.reference} ${p.legalBasis.name}`:"basis not stated"}),p.specialCondition?e.jsxs(e.Fragment,{children:["; ",p.specialCondition.reference," ",p.specialCondition.name]}):null]}),"purpose")),...r.map(p=>le("recipients",p,t,e.jsxs(e.Fragment,{children:[p.name," ",e.jsxs("span",{className:"rq-detail",children:[p.kind.replace(/_/g," "),p.country?`, ${p.country}`:""]})]}),"recipient")),...s.map(p=>le("disclosures",p,t,e.jsxs(e.Fragment,{children:["to ",p.recipient.name,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["what: ",Fe(p.dataCategories)]}):null,p.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",Fe(p.purposes)]}):null]}))),...o.map(p=>le("transfers",p,t,e.jsxs(e.Fragment,{children:[p.country?`to ${p.country}`:p.scope==="worldwide"?"worldwide":"destination not stated",p.recipient?` (${p.recipient.name})`:""," under ",e.jsx("strong",{children:e.jsx(Me,{safeguard:p.safeguard})})]}),"transfer")),...c.map(p=>le("retention",p,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:p.duration?Oe(p.duration):"no period stated"}),p.criterion?e.jsx("span",{className:"rq-detail",children:$e(p.criterion,160)}):null,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["of: ",Fe(p.dataCategories)]}):null,e.jsxs("span",{className:"rq-detail",children:["then ",p.endAction]})]}),"retention")),...l.map(p=>le("rights",p,t,e.jsxs(e.Fragment,{children:[p.right.name,p.right.reference?` (${p.right.reference})`:"",p.channel?`, by ${p.channel}`:"",p.responseTime?`, answered within ${Oe(p.responseTime)}`:""]}))),...u.map(p=>le("security",p,t,e.jsxs(e.Fragment,{children:[p.measure.name,p.description?e.jsx("span",{className:"rq-detail",children:$e(p.description,160)}):null]}))),...f.map(p=>le("statements",p,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:Na(p.kind)}),": ",p.text,p.legalBasis?e.jsxs("span",{className:"rq-detail",children:[p.legalBasis.reference," (",p.legalBasis.name,")"]}):null,p.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",Fe(p.purposes)]}):null]})))]}function pl(t){return le("organizations",{...t,evidence:[]},null,e.jsxs(e.Fragment,{children:[t.name," (",e.jsx("code",{children:t.key}),")"]}))}function wn(t,n){const a=[...new Set(n)].sort((c,l)=>c-l),i=new Map;let r=0,s=0,o=0;for(;o<a.length&&a[o]<0;)throw new RangeError(`byte offset ${a[o]} is negative`);for(const c of t){for(;o<a.length&&a[o]<=r;){if(a[o]<r)throw new RangeError(`byte offset ${a[o]} falls inside a character`);i.set(a[o++],s)}if(o===a.length)return i;const l=c.codePointAt(0);r+=l<128?1:l<2048?2:l<65536?3:4,s+=c.length}for(;o<a.length&&a[o]<=r;){if(a[o]<r)throw new RangeError(`byte offset ${a[o]} falls inside a character`);i.set(a[o++],s)}if(o<a.length)throw new RangeError(`byte offset ${a[o]} lies beyond the text (${r} bytes)`);return i}function ml(t,n){const a=[],i=[];for(const u of n)try{wn(t,[u.start,u.end]),u.start<u.end?i.push(u):a.push(u)}catch{a.push(u)}const r=wn(t,i.flatMap(u=>[u.start,u.end])),s=new Set([0,t.length]),o=i.map(u=>({s:u,a:r.get(u.start),b:r.get(u.end)}));for(const{a:u,b:f}of o)s.add(u),s.add(f);const c=[...s].sort((u,f)=>u-f),l=[];for(let u=0;u+1<c.length;u++){const f=c[u],d=c[u+1];if(f===d)continue;const p=o.filter(g=>g.a<=f&&g.b>=d);l.push({text:t.slice(f,d),at:f,spans:p.map(g=>g.s.id),facts:[...new Set(p.flatMap(g=>g.s.facts))]})}return{runs:l,bad:a}}const $n=t=>Pt.find(([n])=>n===t);function gl(){const[t,n]=we(),a=Ie()("review"),i=h.useCallback((k,W=!1)=>{const V=new URLSearchParams(t);for(const[me,ue]of Object.entries(k))ue?V.set(me,ue):V.delete(me);n(V,{replace:W})},[t,n]),r=J(()=>B(Vo),[]),s=r.data?.reviewNotices??[],o=t.get("notice")??(s[0]?s[0].notice?.id??"none":""),c=o&&o!=="none"?o:null;h.useEffect(()=>{!t.get("notice")&&o&&i({notice:o},!0)},[o]);const l=J(()=>c?B(Qo,{id:c}):Promise.resolve(void 0),[c]),u=l.data?.node?.__typename==="PolicyDocument"?l.data.node:void 0,f=J(()=>o?fl(c):Promise.resolve([]),[o]),[d,p]=h.useState({});h.useEffect(()=>p({}),[f.data]);const g=h.useMemo(()=>{const k=[...f.data??[]],W=u?.organization;return W&&(W.reviewStatus!=="REVIEWED"||k.some(V=>V.origin===W.origin&&W.origin.startsWith("import:")))&&k.unshift(pl(W)),k.map(V=>d[V.id]?{...V,status:d[V.id]}:V)},[f.data,u,d]),m=t.get("type")??"",j=Pt.map(([k])=>({type:k,facts:g.filter(W=>W.type===k)})).filter(k=>k.facts.length&&(!m||k.type===m)),v=j.flatMap(k=>k.facts.filter(W=>W.status==="UNREVIEWED")),x=g.filter(k=>k.status!=="UNREVIEWED").length,R=t.get("fact"),N=v.find(k=>k.id===R)??v[0],I=h.useCallback(k=>i({fact:k??null},!0),[i]),[$,A]=h.useState(),[C,z]=h.useState({}),[w,F]=h.useState(!1),[b,E]=h.useState(),[M,U]=h.useState(""),[y,S]=h.useState([]),D=h.useCallback(async(k,W,V)=>{if(!k.length||w)return;F(!0),E(void 0);const me=k.length===1&&C[k[0]]?.trim()||void 0,ue=v.slice(v.findIndex(ie=>ie.id===k[k.length-1])+1).find(ie=>!k.includes(ie.id));try{await B(Ho,{ids:k,status:W,note:me}),p(ie=>({...ie,...Object.fromEntries(k.map(Q=>[Q,W]))})),U(`${V}.`),S(W==="UNREVIEWED"?[]:k),I(W==="UNREVIEWED"?k[0]:ue?.id),r.reload()}catch(ie){E(ie)}finally{F(!1)}},[w,C,v,I,r]),L=h.useRef(()=>{});L.current=k=>{if(k.ctrlKey||k.metaKey||k.altKey||k.defaultPrevented)return;const W=k.target;if(W.closest("input, textarea, select, [contenteditable=true], .rq-correct")||!v.length&&k.key!=="u"||(k.key==="ArrowDown"||k.key==="ArrowUp")&&W.closest(".rq-text"))return;const V=N?v.indexOf(N):-1;switch(k.key){case"j":case"ArrowDown":if(!v.length)return;I(v[Math.min(v.length-1,V+1)].id);break;case"k":case"ArrowUp":if(!v.length)return;I(v[Math.max(0,V-1)].id);break;case"a":if(!a||!N)return;D([N.id],"REVIEWED","Confirmed");break;case"r":if(!a||!N)return;D([N.id],"REJECTED","Rejected");break;case"u":if(!a||!y.length)return;D(y,"UNREVIEWED","Reopened");break;case"e":if(!a||!N?.edit)return;A(N.id);break;default:return}k.preventDefault()},h.useEffect(()=>{const k=W=>L.current(W);return window.addEventListener("keydown",k),()=>window.removeEventListener("keydown",k)},[]);const P=h.useRef(null),De=h.useRef(!1);h.useEffect(()=>{if(!N)return;const k=document.querySelector(`li[data-fact="${N.id}"]`);De.current&&k?.focus({preventScroll:!0}),k?.scrollIntoView({block:"nearest"});const W=P.current,V=W?.querySelector("mark.current");W&&V&&(W.scrollTop=Math.max(0,V.offsetTop-W.clientHeight/3)),De.current=!0},[N?.id,u?.id,f.data]);const tt=h.useMemo(()=>{const k=new Map;for(const W of v)for(const V of W.spans){const me=k.get(V.id)??{id:V.id,start:V.start,end:V.end,facts:[]};me.facts.push(W.id),k.set(V.id,me)}return[...k.values()]},[v]),Pe=h.useMemo(()=>u?ml(u.text,tt):void 0,[u,tt]),q=r.loading&&!r.data,Y=s.map(k=>({value:k.notice?.id??"none",label:k.notice?`${k.notice.title} — ${k.notice.organization.name}`:"Facts citing no notice",count:k.unreviewed}));return o&&!Y.some(k=>k.value===o)&&Y.unshift({value:o,label:u?.title??(o==="none"?"Facts citing no notice":`notice ${o}`),count:0}),e.jsxs("section",{"aria-labelledby":"rev-h",className:"rq",children:[e.jsx("h1",{id:"rev-h",children:"Review"}),e.jsx("p",{className:"muted",children:"Facts drafted from a notice wait here until a reviewer confirms, corrects or rejects them, with the notice's words beside them."}),!a&&e.jsx("p",{className:"readonly-note",children:"Only a reviewer confirms or rejects facts; your role sees what waits."}),e.jsxs("div",{className:"filters",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rq-notice",children:"Notice"}),e.jsxs("select",{id:"rq-notice",value:o,onChange:k=>i({notice:k.target.value,fact:null}),disabled:!Y.length,children:[!Y.length&&e.jsx("option",{value:"",children:"none waits for review"}),Y.map(k=>e.jsxs("option",{value:k.value,children:[k.label," (",k.count," unreviewed)"]},k.value))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rev-type",children:"Group"}),e.jsxs("select",{id:"rev-type",value:m,onChange:k=>i({type:k.target.value||null}),children:[e.jsx("option",{value:"",children:"all groups"}),Pt.map(([k,W])=>e.jsxs("option",{value:k,children:[W," (",g.filter(V=>V.type===k&&V.status==="UNREVIEWED").length,")"]},k))]})]})]}),e.jsx(Z,{error:r.error??l.error??f.error}),e.jsxs("p",{className:"rq-keys",id:"rq-keys",children:["Keys: ",e.jsx("kbd",{children:"j"}),"/",e.jsx("kbd",{children:"↓"})," next fact, ",e.jsx("kbd",{children:"k"}),"/",e.jsx("kbd",{children:"↑"})," previous",a?e.jsxs(e.Fragment,{children:[", ",e.jsx("kbd",{children:"a"})," confirm, ",e.jsx("kbd",{children:"r"})," reject, ",e.jsx("kbd",{children:"e"})," correct, ",e.jsx("kbd",{children:"Esc"})," cancel a correction, ",e.jsx("kbd",{children:"u"})," undo the last decision."]}):"."]}),q?e.jsx("p",{className:"muted",children:"Reading what waits for review…"}):o?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"rq-progress","aria-live":"polite",children:[e.jsx("label",{htmlFor:"rq-bar",children:f.loading&&!f.data?"Reading the facts…":`${x} of ${g.length} reviewed in this notice`}),e.jsx("progress",{id:"rq-bar",max:Math.max(1,g.length),value:x}),e.jsx("span",{className:"rq-said",children:M}),a&&y.length>0&&e.jsx("button",{type:"button",className:"linklike",disabled:w,"aria-keyshortcuts":"u",onClick:()=>D(y,"UNREVIEWED","Reopened"),children:"Undo"})]}),e.jsx(Z,{error:b}),e.jsxs("div",{className:`rq-layout${c?"":" rq-no-text"}`,children:[c&&e.jsxs("div",{className:"rq-text-pane",children:[e.jsx("h2",{id:"rq-text-h",children:u?.title??"The notice"}),u?.lastUpdated&&e.jsxs("p",{className:"muted",children:["last updated ",u.lastUpdated.slice(0,10)]}),e.jsx("div",{className:"rq-text notice-text",ref:P,"data-testid":"notice",tabIndex:0,role:"region","aria-labelledby":"rq-text-h",children:Pe?.runs.map(k=>k.spans.length?e.jsx("mark",{className:N&&k.facts.includes(N.id)?"rq-mark current":"rq-mark","data-ev":k.spans.join(" "),"data-facts":k.facts.join(" "),onClick:()=>{const W=N?k.facts.indexOf(N.id):-1;I(k.facts[(W+1)%k.facts.length])},children:k.text},k.at):e.jsx(h.Fragment,{children:k.text},k.at))}),Pe&&Pe.bad.length>0&&e.jsxs("p",{role:"alert",children:[Pe.bad.length," evidence spans do not fit this notice's text and are not shown."]})]}),e.jsxs("div",{className:"rq-facts-pane",children:[!c&&e.jsx("p",{className:"muted",children:"These unreviewed facts cite no notice (an editor wrote or changed them)."}),j.map(k=>{const[,W,V,me]=$n(k.type),ue=k.facts.filter(Q=>Q.status==="UNREVIEWED"),ie=k.facts.filter(Q=>Q.status!=="UNREVIEWED");return e.jsxs("section",{className:"review-group rq-group","aria-labelledby":`rev-${k.type}-h`,"data-type":k.type,"data-kind":$n(k.type)[4],children:[e.jsxs("h3",{id:`rev-${k.type}-h`,children:[W," ",e.jsxs("span",{className:"count",children:["· ",me," · ",ie.length," of ",k.facts.length," reviewed"]})]}),a&&ue.length>1&&e.jsx("button",{type:"button",className:"secondary rq-bulk",disabled:w,onClick:()=>D(ue.map(Q=>Q.id),"REVIEWED",`Confirmed ${ue.length} ${W.toLowerCase()}`),children:`Confirm all ${ue.length} ${W.toLowerCase()}`}),e.jsx("ul",{className:"facts rq-list",children:ue.map(Q=>e.jsx(yl,{fact:Q,tag:V,current:Q.id===N?.id,canReview:a,busy:w,editing:$===Q.id,note:C[Q.id]??"",onNote:ge=>z(ha=>({...ha,[Q.id]:ge})),onSelect:()=>Q.id!==N?.id&&I(Q.id),onDecide:ge=>D([Q.id],ge,ge==="REVIEWED"?"Confirmed":"Rejected"),onEdit:ge=>A(ge?Q.id:void 0),onCorrected:()=>{const ge=v.indexOf(Q);I(v.slice(ge+1).concat(v.slice(0,ge))[0]?.id),A(void 0),U("Corrected and confirmed."),f.reload(),r.reload()}},Q.id))}),ie.length>0&&e.jsxs("details",{className:"rq-closed",children:[e.jsxs("summary",{children:["Reviewed (",ie.length,")"]}),e.jsx("ul",{className:"facts",children:ie.map(Q=>e.jsxs("li",{"data-decided":Q.id,className:"rq-fact decided",children:[e.jsx("span",{className:Q.status==="REJECTED"?"tag rejected":"tag",children:Q.status==="REJECTED"?"REJECTED":"CONFIRMED"})," ",Q.summary,Q.note?e.jsxs("span",{className:"rq-detail",children:["note: ",Q.note]}):null]},Q.id))})]})]},k.type)}),!f.loading&&j.length===0&&e.jsxs("p",{className:"rq-empty",children:["Nothing in this notice",m?" and group":""," waits for review."]})]})]})]}):e.jsx("p",{className:"rq-empty",children:"Nothing waits for review."})]})}function yl(t){const{fact:n,current:a}=t,i=`note-${n.id}`;return e.jsxs("li",{className:a?"card fact rq-fact current":"card fact rq-fact","data-fact":n.id,tabIndex:a?0:-1,"aria-current":a?"true":void 0,"aria-describedby":"rq-keys",onClick:t.onSelect,onFocus:r=>r.target===r.currentTarget&&t.onSelect(),children:[e.jsxs("p",{children:[e.jsx("span",{className:"tag",children:t.tag})," ",e.jsx("span",{className:"tag draft",children:"DRAFT"})," ",n.summary,e.jsxs("span",{className:"rq-detail",children:[n.spans.length?`${n.spans.length} ${n.spans.length===1?"sentence":"sentences"} highlighted`:"no sentence of this notice"," · ",n.origin]})]}),t.canReview&&a&&e.jsx("div",{className:"fact-actions",children:t.editing?e.jsx(hl,{fact:n,note:t.note,onDone:t.onCorrected,onCancel:()=>t.onEdit(!1)}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:i,children:"Review note"}),e.jsx("input",{id:i,value:t.note,onChange:r=>t.onNote(r.target.value)})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"button",disabled:t.busy,onClick:()=>t.onDecide("REVIEWED"),"aria-keyshortcuts":"a",children:"Confirm"}),n.edit&&e.jsx("button",{type:"button",className:"secondary",disabled:t.busy,onClick:()=>t.onEdit(!0),"aria-keyshortcuts":"e",children:"Correct"}),e.jsx("button",{type:"button",className:"danger",disabled:t.busy,onClick:()=>t.onDecide("REJECTED"),"aria-keyshortcuts":"r",children:"Reject"})]})]})})]})}const bn={high:"high only",medium:"medium and high"};function vl(){const[t,n]=we(),a=(s,o)=>{const c=new URLSearchParams(t);o?c.set(s,o):c.delete(s),n(c,{replace:!0})},i=t.get("severity")??"",r=t.get("status")??"";return{asOf:t.get("asOf")??"",severity:Jn.includes(i)?i:"",rule:t.get("rule")??"",status:r==="open"||r==="acknowledged"?r:"",fact:t.get("fact")??"",set:a}}function xl(){const{orgs:t,org:n,setOrg:a}=Ee(),i=vl(),r=mt(),s=i.asOf&&i.asOf!==r?i.asOf:void 0,o=na(n?.key,s),c=Ts(),l=o.data??[],u=$s(l,{severity:i.severity,rule:i.rule,status:i.status,fact:i.fact}),f=u.filter(m=>!m.acknowledged),d=u.filter(m=>m.acknowledged),p=Jn.map(m=>[m,f.filter(j=>j.severity===m).length]),g=i.fact?jl(i.fact,l):"";return e.jsxs("section",{"aria-labelledby":"fi-h",className:"findings-view",children:[e.jsxs("h1",{id:"fi-h",children:["Findings",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(Ze,{orgs:t,org:n,setOrg:m=>{i.set("fact",""),a(m)}}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"fi-asof",children:"As of"}),e.jsx("input",{id:"fi-asof",type:"date",value:i.asOf||r,onChange:m=>i.set("asOf",m.target.value===r?"":m.target.value)})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-severity",children:"Severity"}),e.jsxs("select",{id:"fi-severity",value:i.severity,onChange:m=>i.set("severity",m.target.value),children:[e.jsx("option",{value:"",children:"all severities"}),e.jsx("option",{value:"high",children:bn.high}),e.jsx("option",{value:"medium",children:bn.medium})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-rule",children:"Rule"}),e.jsxs("select",{id:"fi-rule",value:i.rule,onChange:m=>i.set("rule",m.target.value),children:[e.jsx("option",{value:"",children:"any rule"}),bs(l).map(m=>e.jsxs("option",{value:m.rule,children:[m.title," (",m.count,")"]},m.rule)),i.rule&&!l.some(m=>m.rule===i.rule)&&e.jsx("option",{value:i.rule,children:i.rule})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-status",children:"Status"}),e.jsxs("select",{id:"fi-status",value:i.status,onChange:m=>i.set("status",m.target.value),children:[e.jsx("option",{value:"",children:"open and acknowledged"}),e.jsx("option",{value:"open",children:"open"}),e.jsx("option",{value:"acknowledged",children:"acknowledged"})]})]})]}),i.fact&&e.jsxs("p",{className:"fact-filter",children:["Only the findings about ",e.jsx("strong",{children:g}),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>i.set("fact",""),children:"Show all findings"})]}),e.jsx(Z,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"findings-summary",children:o.loading?"Loading the findings…":`${f.length} open (${p.map(([m,j])=>`${j} ${m}`).join(", ")}), ${d.length} acknowledged, as of ${i.asOf||r}`}),i.status!=="acknowledged"&&e.jsx("ol",{className:"findings","aria-label":"Open findings",children:f.map(m=>e.jsx(Nn,{f:m,org:n?.key??"",canReview:c},`${m.rule} ${m.subject}`))}),!o.loading&&!f.length&&i.status!=="acknowledged"&&e.jsxs("p",{children:["No open findings",i.severity||i.rule||i.fact?" match the filter":"","."]}),i.status!=="open"&&d.length>0&&e.jsxs("section",{"aria-labelledby":"fi-ack-h",className:"acknowledged-findings",children:[e.jsxs("h2",{id:"fi-ack-h",children:["Acknowledged (",d.length,"): quiet until their review date or until the facts under them change"]}),e.jsx("ol",{className:"findings quiet","aria-label":"Acknowledged findings",children:d.map(m=>e.jsx(Nn,{f:m,org:n?.key??"",canReview:!1},`${m.rule} ${m.subject}`))})]})]})}function jl(t,n){const[a,i]=Xn(t);if(a==="activity"){const r=n.find(s=>s.activityID===i)?.activity;return r?`the activity ${r}`:`activity ${i}`}return`${a} ${i}`}function Nn({f:t,org:n,canReview:a}){const[i,r]=h.useState(!1),s=t.acknowledged;return e.jsxs("li",{className:`finding sev-${t.severity}${s?" is-acknowledged":""}`,"data-rule":t.rule,"data-subject":t.subject,children:[e.jsxs("div",{className:"finding-head",children:[e.jsx("span",{className:`sev-tag sev-${t.severity}`,children:t.severity}),e.jsx("h3",{children:t.title}),e.jsx("span",{className:"article",children:t.article}),t.since&&e.jsxs("span",{className:"since",children:["since ",t.since]})]}),e.jsx("p",{className:"message",children:t.message}),e.jsxs("dl",{className:"finding-facts",children:[t.activity&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Activity"}),e.jsx("dd",{children:t.activityID?e.jsx(K,{to:`/records?${new URLSearchParams({org:n,activity:t.activityID})}`,children:t.activity}):t.activity})]}),t.notice&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Notice"}),e.jsx("dd",{children:t.notice})]}),e.jsx("dt",{children:"Rule"}),e.jsx("dd",{children:e.jsx("code",{children:t.rule})}),e.jsx("dt",{children:"Facts"}),e.jsx("dd",{className:"muted",children:t.facts.map(o=>o.replace(":"," ")).join(", ")||"the notice's text"})]}),t.evidence.length>0?e.jsx("ul",{className:"finding-sentences","aria-label":"Sentences",children:t.evidence.map((o,c)=>e.jsxs("li",{children:[o.noticeID?e.jsxs(K,{to:`/notices/${o.noticeID}?start=${o.start}&end=${o.end}`,className:"evidence-link",children:["“",o.quote,"”"]}):e.jsxs(e.Fragment,{children:["“",o.quote,"”"]})," ",e.jsxs("span",{className:"muted",children:["— ",o.document]})]},c))}):e.jsx("p",{className:"muted",children:"No sentence states it: the record is silent here."}),s&&e.jsxs("p",{className:"ack-note",children:["Acknowledged by ",s.by||"the local user"," on ",s.at.slice(0,10),": “",s.note,"”. Review by ",e.jsx("strong",{children:s.reviewBy}),"."]}),!s&&a&&e.jsx("div",{className:"ack",children:i?e.jsx($l,{f:t,org:n,onDone:()=>r(!1)}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>r(!0),children:"Acknowledge…"})})]})}const wl=["note","reviewBy"];function $l({f:t,org:n,onDone:a}){const[i,r]=h.useState(""),[s,o]=h.useState(""),[c,l]=h.useState(!1),[u,f]=h.useState({}),d=`ack-${t.rule}-${t.subject}`.replace(/[^A-Za-z0-9_-]/g,"_"),p=async g=>{g.preventDefault(),l(!0),f({});try{await B(Es,{input:{organization:n,rule:t.rule,subject:t.subject,note:i,reviewBy:s}}),a(),As(n)}catch(m){f(Bo(m,wl))}finally{l(!1)}};return e.jsxs("form",{className:"ack-form",onSubmit:p,"aria-label":`Acknowledge: ${t.title}`,noValidate:!0,children:[e.jsxs("div",{className:`field wide${u.note?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${d}-note`,children:"Why is it accepted?"}),e.jsx("textarea",{id:`${d}-note`,name:"note",rows:2,value:i,onChange:g=>r(g.target.value),"aria-invalid":!!u.note,"aria-describedby":u.note?`${d}-note-error`:void 0}),u.note&&e.jsx("p",{className:"field-error",id:`${d}-note-error`,role:"alert",children:u.note})]}),e.jsxs("div",{className:`field${u.reviewBy?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${d}-review`,children:"Review by"}),e.jsx("input",{id:`${d}-review`,name:"reviewBy",type:"date",min:ea(mt(),1),value:s,onChange:g=>o(g.target.value),"aria-invalid":!!u.reviewBy,"aria-describedby":u.reviewBy?`${d}-review-error`:void 0}),u.reviewBy&&e.jsx("p",{className:"field-error",id:`${d}-review-error`,role:"alert",children:u.reviewBy})]}),u[""]&&e.jsx("p",{className:"error",role:"alert",children:u[""]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:c,children:c?"Saving…":"Acknowledge"}),e.jsx("button",{type:"button",className:"secondary",onClick:a,children:"Cancel"})]})]})}const bl=T(`
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
`);function Nl(){const{id:t=""}=Ge(),[n]=we(),a=Number(n.get("start")??"0"),i=Number(n.get("end")??"0"),{data:r,error:s,loading:o}=J(()=>B(bl,{id:t}),[t]),c=h.useRef(null),l=r?.node?.__typename==="PolicyDocument"?r.node:void 0;if(h.useEffect(()=>{c.current?.scrollIntoView({block:"center"}),c.current?.focus({preventScroll:!0})},[l?.id,a,i]),o)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(s)return e.jsx(Z,{error:s});if(!l)return e.jsxs("p",{role:"alert",children:["No notice with ID ",t,"."]});let u;try{u=Cn(l.text,a,i)}catch(g){return e.jsx(Z,{error:g})}const[f,d,p]=u;return e.jsxs("section",{"aria-labelledby":"ns-h",className:"evidence",children:[e.jsx("h1",{id:"ns-h",children:l.title}),e.jsxs("p",{className:"muted",children:[l.organization.name,l.lastUpdated?` · last updated ${l.lastUpdated.slice(0,10)}`:"",l.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:l.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",d,"”",e.jsxs("footer",{className:"muted",children:["bytes ",a,"–",i," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[f,e.jsx("mark",{id:"quote",ref:c,tabIndex:-1,children:d}),p]})]})}const kl=T(`
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
`);function Cl(t=mt()){return{from:ea(t,-30),to:t}}function Sl(){const{orgs:t,org:n,setOrg:a}=Ee(),[i,r]=we(),s=Cl(),o=Ae(i.get("from"))?i.get("from"):s.from,c=Ae(i.get("to"))?i.get("to"):s.to;h.useEffect(()=>{if(!n||i.get("org")===n.key&&i.get("from")===o&&i.get("to")===c)return;const g=new URLSearchParams(i);g.set("org",n.key),g.set("from",o),g.set("to",c),r(g,{replace:!0})},[n?.key,o,c]);const l=(g,m)=>{const j=new URLSearchParams(i);m?j.set(g,m):j.delete(g),r(j,{replace:!0})},u=o>c,f=Kn(o,c),d=J(()=>n&&!u?B(kl,{organization:n.id,from:f.from,to:f.to}):Promise.resolve(void 0),[n?.id,f.from,f.to,u]),p=d.data?.historyDiff.lines??[];return e.jsxs("section",{"aria-labelledby":"ch-h",className:"changes-view",children:[e.jsxs("h1",{id:"ch-h",children:["Changes",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(Ze,{orgs:t,org:n,setOrg:a,id:"ch-org"}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-from",children:"From"}),e.jsx("input",{id:"ch-from",type:"date",value:o,onChange:g=>l("from",Ae(g.target.value)?g.target.value:"")})]}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-to",children:"To (included)"}),e.jsx("input",{id:"ch-to",type:"date",value:c,onChange:g=>l("to",Ae(g.target.value)?g.target.value:"")})]}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":"Download these changes",children:[e.jsx("a",{className:"button",href:dn(n.key,o,c,"html"),target:"_blank",rel:"noopener",children:"Changes (HTML)"}),e.jsx("a",{className:"button",href:dn(n.key,o,c,"json"),download:!0,children:"Changes (JSON)"})]})]}),u&&e.jsxs("p",{role:"alert",className:"error",children:["The first day (",o,") is after the last (",c,"): choose a range that runs forward."]}),e.jsx(Z,{error:d.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"changes-summary",children:d.loading?"Loading the changes…":d.data?`${p.length} change${p.length===1?"":"s"} from ${o} to ${c}`:""}),p.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"ch-h",children:e.jsxs("table",{className:"changes-table",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"When"}),e.jsx("th",{scope:"col",children:"Who"}),e.jsx("th",{scope:"col",children:"Via"}),e.jsx("th",{scope:"col",children:"Change"}),e.jsx("th",{scope:"col",children:"Fields before → after"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:p.map(g=>e.jsxs("tr",{"data-change":g.changeID,className:`kind-${g.kind}`,children:[e.jsx("td",{"data-label":"When",className:"when",children:e.jsx("time",{dateTime:g.at,children:Ce(g.at)})}),e.jsx("td",{"data-label":"Who",className:"actor",children:g.actor}),e.jsx("td",{"data-label":"Via",children:g.via}),e.jsxs("th",{scope:"row","data-label":"Change",className:"summary",children:[g.summary,e.jsxs("div",{className:"muted",children:[g.subject," ",g.kind,g.activity?` · ${g.activity}`:""]})]}),e.jsx("td",{"data-label":"Fields before → after",children:g.fields.length?e.jsx("ul",{className:"field-lines",children:g.fields.map(m=>e.jsxs("li",{"data-field":m.field,children:[e.jsx("span",{className:"field-name",children:Yn(m.field)}),": ",e.jsx("span",{className:"before",children:ln(m.before)})," →"," ",e.jsx("span",{className:"after",children:ln(m.after)})]},m.field))}):"—"}),e.jsx("td",{"data-label":"Evidence",children:g.evidence.length?e.jsxs("ul",{className:"evidence-quotes",children:[g.evidence.slice(0,3).map((m,j)=>e.jsxs("li",{title:m,children:["“",$e(m,140),"”"]},j)),g.evidence.length>3&&e.jsxs("li",{className:"muted",title:g.evidence.slice(3).join(`
`),children:["and ",g.evidence.length-3," more"]})]}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${g.changeID}-${g.subject}-${g.summary}`))})]})}),d.data&&!p.length&&e.jsx("p",{children:"No changes in these days."})]})}const Rl=T(`
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
`),Il=T(`
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
`),El=T(`
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
`),Dl=T(`
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
`),Pl=T(`
  query InventorySafeguards($after: Cursor) {
    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {
      pageInfo { hasNextPage endCursor }
      edges { node { key name } }
    }
  }
`),Qe=25,dt=[{kind:"activities",title:"Processing activities",to:"/records"},{kind:"recipients",title:"Recipients and vendors",to:"/inventory/recipients"},{kind:"transfers",title:"Transfers",to:"/inventory/transfers"},{kind:"categories",title:"Data categories",to:"/inventory/categories"},{kind:"fields",title:"Systems and datasets",to:"/inventory/fields"}],Fl=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function ql({org:t}){const n=t?`?org=${encodeURIComponent(t)}`:"";return e.jsx("nav",{"aria-label":"Inventories",className:"inv-nav",children:e.jsx("ul",{children:dt.map(a=>e.jsx("li",{children:e.jsx(Wt,{to:a.to+n,end:!0,children:a.title})},a.kind))})})}function Al(){const{search:t}=oe();return e.jsx(Ni,{to:`/inventory/transfers${t}`,replace:!0})}function Ol(){const{kind:t=""}=Ge();return!dt.some(n=>n.kind===t)||t==="activities"?e.jsxs("p",{children:["No such inventory. Choose one: ",dt.map((n,a)=>e.jsxs("span",{children:[a>0?", ":"",e.jsx(K,{to:n.to,children:n.title})]},n.kind)),"."]}):e.jsx(Tl,{kind:t},t)}function Tl({kind:t}){const{orgs:n,org:a}=Ee(),{params:i,get:r,set:s}=oa(),o=dt.find(C=>C.kind===t).title,c=Math.max(1,Number.parseInt(r("page")||"1",10)||1),l=r("sort"),u=r("dir")==="desc"?"desc":"asc",f=l?{field:l,direction:u==="desc"?"DESC":"ASC"}:void 0,d=c>1?String((c-1)*Qe-1):void 0,p={org:a?.key??"",orderBy:f,first:Qe,after:d},g=r("q"),m=J(async()=>{if(!a)return;const C=await j();return C&&{...C,page:c}},[a?.key,t,i.toString()]);async function j(){switch(t){case"transfers":return(await B(Rl,{...p,filter:{search:g,invalidOnly:r("invalid")==="true",country:r("country"),safeguard:r("safeguard")}})).transferInventory;case"recipients":return(await B(Il,{...p,filter:{search:g,role:r("role"),country:r("country"),category:r("category")}})).recipientInventory;case"categories":return(await B(El,{...p,filter:{search:g,specialOnly:r("special")==="true",category:r("category")}})).categoryInventory;case"fields":return(await B(Dl,{...p,filter:{search:g,system:r("system"),category:r("category")}})).fieldInventory}}const v=m.data,x=v?Math.max(1,Math.ceil(v.totalCount/Qe)):1;h.useEffect(()=>{v&&c>x&&s({page:String(x)},{keepPage:!0,replace:!0})},[v?.totalCount,c]);const R=(C,z)=>{const w=l.toLowerCase()===C.key.toLowerCase(),F=w?u==="asc"?"ascending":"descending":C.sortable?"none":void 0,b=C.sortable?e.jsxs("button",{type:"button",className:"sort",onClick:()=>s({sort:C.key,dir:w&&u==="asc"?"desc":"asc"}),children:[C.header," ",e.jsx("span",{"aria-hidden":"true",children:w?u==="asc"?"▲":"▼":"↕"})]}):C.header;return e.jsx("th",{scope:"col","aria-sort":F,className:z?"inv-first":void 0,children:b},C.key)},N=C=>`/reports/inventory/${t}.${C}?${la(i,a?.key??"")}`,I=v?.page??c,$=v&&v.totalCount?(I-1)*Qe+1:0,A=v?Math.min(I*Qe,v.totalCount):0;return e.jsxs("section",{"aria-labelledby":"inv-h",className:"inventory",children:[e.jsxs("h1",{id:"inv-h",children:[o,a?`: ${a.name}`:""]}),e.jsx(ql,{org:a?.key}),e.jsxs("div",{className:"filters",children:[e.jsx(Ze,{orgs:n,org:a,setOrg:C=>s({org:C}),id:"inv-org"}),e.jsx(Ml,{kind:t,value:g,onChange:C=>s({q:C},{replace:!0})}),e.jsx(zl,{kind:t,get:r,set:s}),e.jsxs("div",{className:"buttons exports",role:"group","aria-label":`Export the ${o.toLowerCase()} shown (all pages)`,children:[e.jsx("a",{className:"button",href:N("csv"),download:!0,"data-testid":"export-csv",children:"Export CSV"}),e.jsx("a",{className:"button",href:N("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export XLSX"})]})]}),e.jsx(Z,{error:m.error}),e.jsx("p",{"aria-live":"polite",className:"muted inv-count",children:m.loading&&!v?"Loading…":v?`${v.totalCount} ${Bl(t,v.totalCount)}${v.totalCount?`, showing ${$}–${A}`:""}`:""}),v&&e.jsxs("div",{className:"table-wrap inv-wrap",tabIndex:0,role:"region","aria-labelledby":"inv-caption","aria-busy":m.loading,children:[e.jsxs("table",{className:`inventory-table inv-${t}`,children:[e.jsxs("caption",{id:"inv-caption",children:[o,a?` of ${a.name}`:"",", page ",I," of ",x,l?`, sorted by ${v.columns.find(C=>C.key.toLowerCase()===l.toLowerCase())?.header??l} ${u==="asc"?"ascending":"descending"}`:""]}),e.jsx("thead",{children:e.jsx("tr",{children:v.columns.filter(C=>C.key!=="review").map((C,z)=>R(C,z===0))})}),e.jsxs("tbody",{children:[t==="transfers"&&v.rows.map(C=>e.jsx(Ul,{r:C},C.transfer.id)),t==="recipients"&&v.rows.map(C=>e.jsx(Wl,{r:C},C.recipient.id)),t==="categories"&&v.rows.map(C=>e.jsx(_l,{r:C},C.category.id)),t==="fields"&&v.rows.map(C=>e.jsx(Vl,{r:C},C.field.id))]})]}),v.rows.length===0&&e.jsx("p",{className:"inv-empty",children:"Nothing matches these filters."})]}),v&&e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:c<=1,onClick:()=>s({page:c>2?String(c-1):""},{keepPage:!0}),children:"Previous page"}),e.jsxs("span",{className:"muted inv-page",children:["Page ",I," of ",x]}),e.jsx("button",{type:"button",disabled:!v.pageInfo.hasNextPage,onClick:()=>s({page:String(c+1)},{keepPage:!0}),children:"Next page"}),x>2&&e.jsx("button",{type:"button",className:"secondary",disabled:c>=x,onClick:()=>s({page:String(x)},{keepPage:!0}),children:"Last page"})]})]})}function Bl(t,n){const a={recipients:"recipient",transfers:"transfer",categories:"data category",fields:"field"}[t],i={recipients:"recipients",transfers:"transfers",categories:"data categories",fields:"fields"}[t];return n===1?a:i}function Ml({kind:t,value:n,onChange:a}){const[i,r]=ca(n,a),s={recipients:"recipient name",transfers:"country, recipient, activity or safeguard",categories:"category name or key",fields:"field path or name"}[t];return e.jsxs("div",{className:"field wide inv-search",children:[e.jsx("label",{htmlFor:"inv-search",children:"Search"}),e.jsx("input",{id:"inv-search",type:"search",value:i,onChange:o=>r(o.target.value),"aria-describedby":"inv-search-hint"}),e.jsx("small",{id:"inv-search-hint",children:s})]})}function zl({kind:t,get:n,set:a}){const i=e.jsx(kt,{id:"inv-country",label:"Country",hint:"ISO code, e.g. US",value:n("country"),onChange:s=>a({country:s.toUpperCase()}),narrow:!0}),r=e.jsx(kt,{id:"inv-category",label:"Data category",hint:"key, e.g. user.contact",value:n("category"),onChange:s=>a({category:s})});switch(t){case"transfers":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-invalid",type:"checkbox",checked:n("invalid")==="true",onChange:s=>a({invalid:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-invalid",children:"Invalid safeguards only"})]}),i,e.jsx(Ll,{value:n("safeguard"),onChange:s=>a({safeguard:s})})]});case"recipients":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-role",children:"Role"}),e.jsxs("select",{id:"inv-role",value:n("role"),onChange:s=>a({role:s.target.value}),children:[e.jsx("option",{value:"",children:"any"}),Fl.map(s=>e.jsx("option",{value:s,children:s.replace(/_/g," ")},s))]})]}),i,r]});case"categories":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-special",type:"checkbox",checked:n("special")==="true",onChange:s=>a({special:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-special",children:"Special categories only (Art 9, Art 10)"})]}),r]});case"fields":return e.jsxs(e.Fragment,{children:[e.jsx(kt,{id:"inv-system",label:"System",hint:"system key",value:n("system"),onChange:s=>a({system:s})}),r]})}}function kt({id:t,label:n,hint:a,value:i,onChange:r,narrow:s}){const[o,c]=h.useState(i);h.useEffect(()=>c(i),[i]);const l=()=>o.trim()!==i&&r(o.trim());return e.jsxs("div",{className:`field${s?" inv-narrow":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),e.jsx("input",{id:t,value:o,onChange:u=>c(u.target.value),onBlur:l,onKeyDown:u=>u.key==="Enter"&&l(),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,children:a})]})}function Ll({value:t,onChange:n}){const a=J(async()=>{const i=[];let r;for(;;){const s=await B(Pl,{after:r});for(const o of s.transferSafeguards.edges??[])o?.node&&i.push(o.node);if(!s.transferSafeguards.pageInfo.hasNextPage)return i;r=s.transferSafeguards.pageInfo.endCursor??void 0}},[]);return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-safeguard",children:"Safeguard"}),e.jsxs("select",{id:"inv-safeguard",value:t,onChange:i=>n(i.target.value),children:[e.jsx("option",{value:"",children:"any"}),t&&!a.data?.some(i=>i.key===t)&&e.jsx("option",{value:t,children:t}),(a.data??[]).map(i=>e.jsx("option",{value:i.key,children:i.name},i.key))]})]})}function Se({items:t,render:n,few:a=3,empty:i="—"}){const[r,s]=h.useState(!1);if(!t.length)return e.jsx(e.Fragment,{children:i});const o=r?t:t.slice(0,a);return e.jsxs(e.Fragment,{children:[e.jsx("ul",{className:"inv-list",children:o.map((c,l)=>e.jsx("li",{children:n(c)},l))}),t.length>a&&e.jsx("button",{type:"button",className:"linklike more","aria-expanded":r,onClick:()=>s(!r),children:r?"fewer":`and ${t.length-a} more`})]})}const Kt=t=>e.jsx(K,{to:`/activities/${t.id}`,children:t.name});function Ul({r:t}){return e.jsxs("tr",{className:t.valid?void 0:"inv-invalid",children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.destination,t.country?e.jsxs("span",{className:"muted",children:[" (",t.country,")"]}):null]}),e.jsx("td",{"data-label":"Recipient",children:t.recipient?t.recipient.name:e.jsx("span",{className:"muted",children:"any recipient of the activities"})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(Se,{items:t.activities,render:Kt})}),e.jsx("td",{"data-label":"Safeguard",children:t.safeguard?t.safeguard.name:e.jsx("span",{className:"muted",children:"none stated"})}),e.jsx("td",{"data-label":"Validity",className:"inv-validity",children:t.valid?e.jsx("span",{className:"inv-valid",children:t.validity}):e.jsx("strong",{className:"stale-text",children:t.validity})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:t.evidence})})]})}const Jt=t=>e.jsx("span",{className:t.specialCategory||t.criminalOffence?"special-text":void 0,title:t.key,children:t.name});function Wl({r:t}){return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.recipient.name,t.recipient.reviewStatus==="UNREVIEWED"&&e.jsx("span",{className:"tag draft",children:" DRAFT"})]}),e.jsx("td",{"data-label":"Role",children:t.recipient.kind.replace(/_/g," ")}),e.jsx("td",{"data-label":"Established in",children:t.recipient.country||"—"}),e.jsx("td",{"data-label":"Data categories received",children:e.jsx(Se,{items:t.categories,render:Jt,few:4})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(Se,{items:t.activities,render:Kt})}),e.jsx("td",{"data-label":"Purposes",children:t.purposes.map(n=>n.name).join("; ")||"—"}),e.jsx("td",{"data-label":"Legal bases",children:t.legalBases.map(n=>n.reference).join("; ")||"—"}),e.jsx("td",{"data-label":"Transferred to",children:t.countries.join(", ")||"—"}),e.jsx("td",{"data-label":"Safeguards",children:e.jsx(Se,{items:t.safeguards,render:n=>e.jsx(Me,{safeguard:n}),few:4})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:t.evidence.slice(0,2)})})]})}function _l({r:t}){const n=t.category;return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:Jt(n)}),e.jsx("td",{"data-label":"Key",children:e.jsx("code",{children:n.key})}),e.jsx("td",{"data-label":"Special category",children:n.specialCategory?e.jsx("strong",{className:"special-text",children:"Art 9"}):n.criminalOffence?e.jsx("strong",{className:"special-text",children:"Art 10"}):"—"}),e.jsx("td",{"data-label":"Collected by (activities)",children:e.jsx(Se,{items:t.activities,render:Kt})}),e.jsx("td",{"data-label":"Received by (recipients)",children:e.jsx(Se,{items:t.recipients,render:a=>a.name})})]})}function Vl({r:t}){return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:t.system.name}),e.jsx("td",{"data-label":"Dataset",children:t.dataset.name}),e.jsx("td",{"data-label":"Field path",children:t.field.path?e.jsx(K,{to:`/lookup?field=${encodeURIComponent(t.field.path)}`,children:e.jsx("code",{children:t.field.path})}):"—"}),e.jsx("td",{"data-label":"Field",children:t.field.name}),e.jsx("td",{"data-label":"Data category",children:t.category?Jt(t.category):"—"}),e.jsx("td",{"data-label":"Received by",children:e.jsx(Se,{items:t.recipients,render:n=>n.name})})]})}const Ql=T(`
  query OrganizationForEdit($key: String!) {
    organizations(where: { key: $key }) {
      edges {
        node {
          id
          key
          name
          country
          address
          email
          phone
          website
          dpoName
          dpoEmail
          dpoPhone
          dpoAddress
          representativeName
          representativeAddress
          representativeEmail
        }
      }
    }
    activities(first: 50, where: { hasOrganizationWith: [{ key: $key }] }, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),Hl=T(`
  mutation SaveOrganization($input: SaveOrganizationInput!) {
    saveOrganization(input: $input) {
      id
      key
    }
  }
`),ua=["key","name","country","address","email","phone","website","dpoName","dpoEmail","dpoPhone","dpoAddress","representativeName","representativeAddress","representativeEmail"],Yl=Object.fromEntries(ua.map(t=>[t,""])),Ct=t=>`org-${t}`;function kn(){const{key:t}=Ge(),n=Je(),a=Ie()("edit"),i=J(()=>t?B(Ql,{key:t}):Promise.resolve(void 0),[t]),r=i.data?.organizations.edges?.[0]?.node??void 0,[s,o]=h.useState(Yl),[c,l]=h.useState({}),[u,f]=h.useState(""),d=h.useRef(void 0);if(h.useEffect(()=>{r&&o(Object.fromEntries(ua.map(x=>[x,r[x]??""])))},[r?.id,i.data]),h.useEffect(()=>{const x=d.current;d.current=void 0,x&&document.getElementById(x)?.focus()}),t&&i.loading&&!r)return e.jsx("p",{className:"muted",children:"Loading…"});if(t&&i.error)return e.jsx(Z,{error:i.error});if(t&&!r&&!i.loading)return e.jsxs("p",{role:"alert",children:["No organization has the key ",t,"."]});const p=async x=>{x.preventDefault(),l({}),f("");try{const R=await B(Hl,{input:{id:r?.id??null,...s}});if(!r||R.saveOrganization.key!==t){n(`/organizations/${R.saveOrganization.key}`,{state:{saved:!0}}),f(r?"Saved.":"Organization created. Add its first activity below.");return}f("Saved."),i.reload()}catch(R){const N=R instanceof Error?R.message:String(R),I=R instanceof Le?R.field:void 0,$=I&&document.getElementById(Ct(I))?I:"";l({[$]:$?N.replace(/^invalid [^:]+: /,""):N}),d.current=$?Ct($):"org-general-error"}},g=(x,R)=>{o({...s,[x]:R}),c[x]&&l({})},m=(x,R,N={})=>{const I=Ct(x),$=[c[x]?`${I}-error`:"",N.hint?`${I}-hint`:""].filter(Boolean).join(" ")||void 0,A={id:I,value:s[x],"aria-invalid":c[x]?!0:void 0,"aria-describedby":$,"aria-required":N.required||void 0};return e.jsxs("div",{className:`field${N.wide?" wide":""}${c[x]?" has-error":""}`,children:[e.jsx("label",{htmlFor:I,children:R}),N.area?e.jsx("textarea",{...A,rows:2,onChange:C=>g(x,C.target.value)}):e.jsx("input",{...A,type:N.type??"text",onChange:C=>g(x,C.target.value)}),N.hint&&e.jsx("small",{id:`${I}-hint`,children:N.hint}),c[x]&&e.jsx("p",{className:"field-error",id:`${I}-error`,role:"alert",children:c[x]})]})},j=i.data?.activities.edges?.flatMap(x=>x?.node?[x.node]:[])??[],v=i.data?.activities.totalCount??0;return e.jsxs("section",{"aria-labelledby":"org-h",className:"edit org-form",children:[e.jsx("h1",{id:"org-h",children:r?a?`Organization: ${r.name}`:r.name:"New organization"}),r&&e.jsx("p",{className:"muted",children:e.jsx(K,{to:`/records?org=${r.key}`,children:"its record of processing"})}),!a&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:p,noValidate:!0,"aria-label":"Organization",children:[e.jsxs("fieldset",{className:"plain",disabled:!a,children:[e.jsxs("section",{className:"card","aria-labelledby":"org-ctl-h",children:[e.jsx("h2",{id:"org-ctl-h",children:"Controller (Art 30(1)(a))"}),e.jsxs("div",{className:"grid",children:[m("key","Key (required)",{required:!0,hint:"short, lower case, stable: used in links and the API, e.g. acme"}),m("name","Legal name (required)",{required:!0,wide:!0}),m("country","Country of its seat (ISO code)",{hint:"two letters, e.g. DE"}),m("email","Contact email",{type:"email"}),m("phone","Phone",{type:"tel"}),m("website","Website",{type:"url",wide:!0})]}),m("address","Address",{area:!0})]}),e.jsxs("section",{className:"card","aria-labelledby":"org-dpo-h",children:[e.jsx("h2",{id:"org-dpo-h",children:"Data protection officer (Art 37)"}),e.jsxs("div",{className:"grid",children:[m("dpoName","Name",{wide:!0}),m("dpoEmail","Email",{type:"email"}),m("dpoPhone","Phone",{type:"tel"})]}),m("dpoAddress","Address",{area:!0})]}),e.jsxs("section",{className:"card","aria-labelledby":"org-rep-h",children:[e.jsx("h2",{id:"org-rep-h",children:"Representative in the EU or UK (Art 27)"}),e.jsxs("div",{className:"grid",children:[m("representativeName","Name",{wide:!0}),m("representativeEmail","Email",{type:"email"})]}),m("representativeAddress","Address",{area:!0})]})]}),c[""]!==void 0&&e.jsx("p",{role:"alert",className:"error",id:"org-general-error",tabIndex:-1,children:c[""]}),a&&e.jsxs("div",{className:"buttons save-bar",children:[e.jsx("button",{type:"submit",children:r?"Save organization":"Create organization"}),e.jsx("span",{role:"status",className:"saved",children:u})]})]}),r&&e.jsxs("section",{className:"card","aria-labelledby":"org-acts-h",children:[e.jsxs("h2",{id:"org-acts-h",children:["Processing activities (",v,")"]}),j.length===0?e.jsx("p",{className:"muted",children:"None yet."}):null,e.jsx("ul",{className:"items",children:j.map(x=>e.jsx("li",{children:e.jsx(K,{to:`/activities/${x.id}`,children:x.name})},x.id))}),v>j.length&&e.jsxs("p",{className:"muted",children:["The first ",j.length," by name; ",e.jsx(K,{to:`/records?org=${r.key}`,children:"the record"})," lists all of them."]}),a&&e.jsx(K,{className:"button",to:`/activities/new?org=${r.key}`,children:j.length?"Add an activity":"Add its first activity"})]})]})}const Kl=[["/","Data map","read"],["/records","Record of processing","read"],["/inventory","Inventories","read"],["/findings","Findings","read"],["/lookup","Field lookup","read"],["/review","Review","read"],["/changes","Changes","read"],["/activities/new","New activity","edit"],["/organizations/new","New organization","edit"]];function Jl(){const t=Ie();return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:"Skip to content"}),e.jsxs("header",{className:"top",children:[e.jsx("span",{className:"brand",children:"ropa"}),e.jsx("nav",{"aria-label":"Views",children:e.jsx("ul",{children:Kl.filter(([,,n])=>t(n)).map(([n,a])=>e.jsx("li",{children:e.jsx(Wt,{to:n,end:n!=="/inventory",children:a})},n))})}),e.jsx("a",{className:"playground",href:"/playground",children:"GraphQL playground"}),e.jsx(us,{})]}),e.jsx("main",{id:"main",tabIndex:-1,children:e.jsxs(Ci,{children:[e.jsx(X,{path:"/",element:e.jsx(Ks,{})}),e.jsx(X,{path:"/records",element:e.jsx(fo,{})}),e.jsx(X,{path:"/inventory",element:e.jsx(Al,{})}),e.jsx(X,{path:"/inventory/:kind",element:e.jsx(Ol,{})}),e.jsx(X,{path:"/lookup",element:e.jsx(vo,{})}),e.jsx(X,{path:"/evidence/:id",element:e.jsx(jo,{})}),e.jsx(X,{path:"/activities/new",element:t("edit")?e.jsx(vn,{}):e.jsx("p",{children:"Your role may not add activities."})}),e.jsx(X,{path:"/activities/:id",element:e.jsx(vn,{})}),e.jsx(X,{path:"/organizations/new",element:t("edit")?e.jsx(kn,{}):e.jsx("p",{children:"Your role may not add organizations."})}),e.jsx(X,{path:"/organizations/:key",element:e.jsx(kn,{})}),e.jsx(X,{path:"/review",element:e.jsx(gl,{})}),e.jsx(X,{path:"/findings",element:e.jsx(xl,{})}),e.jsx(X,{path:"/changes",element:e.jsx(Sl,{})}),e.jsx(X,{path:"/notices/:id",element:e.jsx(Nl,{})}),e.jsx(X,{path:"*",element:e.jsx("p",{children:"No such page. Choose a view above."})})]})})]})}ka.createRoot(document.getElementById("root")).render(e.jsx(h.StrictMode,{children:e.jsx(Gi,{children:e.jsx(cs,{children:e.jsx(Jl,{})})})}));
