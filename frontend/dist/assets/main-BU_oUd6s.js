import{r as h,g as pa,o as ma,a as ga,j as e,s as ya,b as va,c as xa,A as Le,i as Rt,d as ja,e as wa,f as $e,h as B,k as Oe,n as $a,l as Zt,m as ba,t as Na,p as Sn,q as Rn,u as ka,v as Ca}from"./api-DDNmItc7.js";var At=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,In=/^[\\/]{2}/;function Sa(t,n){return n+t.replace(/\\/g,"/")}var en="popstate";function tn(t){return typeof t=="object"&&t!=null&&"pathname"in t&&"search"in t&&"hash"in t&&"state"in t&&"key"in t}function Ra(t={}){function n(r,i){let s=i.state?.masked,{pathname:o,search:c,hash:l}=s||r.location;return It("",{pathname:o,search:c,hash:l},i.state&&i.state.usr||null,i.state&&i.state.key||"default",s?{pathname:r.location.pathname,search:r.location.search,hash:r.location.hash}:void 0)}function a(r,i){return typeof i=="string"?i:Re(i)}return Ea(n,a,null,t)}function H(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function se(t,n){if(!t){typeof console<"u"&&console.warn(n);try{throw new Error(n)}catch{}}}function Ia(){return Math.random().toString(36).substring(2,10)}function nn(t,n){return{usr:t.state,key:t.key,idx:n,masked:t.mask?{pathname:t.pathname,search:t.search,hash:t.hash}:void 0}}function It(t,n,a=null,r,i){return{pathname:typeof t=="string"?t:t.pathname,search:"",hash:"",...typeof n=="string"?Ue(n):n,state:a,key:n&&n.key||r||Ia(),mask:i}}function Re({pathname:t="/",search:n="",hash:a=""}){return n&&n!=="?"&&(t+=n.charAt(0)==="?"?n:"?"+n),a&&a!=="#"&&(t+=a.charAt(0)==="#"?a:"#"+a),t}function Ue(t){let n={};if(t){let a=t.indexOf("#");a>=0&&(n.hash=t.substring(a),t=t.substring(0,a));let r=t.indexOf("?");r>=0&&(n.search=t.substring(r),t=t.substring(0,r)),t&&(n.pathname=t)}return n}function Ea(t,n,a,r={}){let{window:i=document.defaultView,v5Compat:s=!1}=r,o=i.history,c="POP",l=null,u=f();u==null&&(u=0,o.replaceState({...o.state,idx:u},""));function f(){return(o.state||{idx:null}).idx}function d(){c="POP";let v=f(),x=v==null?null:v-u;u=v,l&&l({action:c,location:j.location,delta:x})}function p(v,x){c="PUSH";let R=tn(v)?v:It(j.location,v,x);u=f()+1;let N=nn(R,u),I=j.createHref(R.mask||R);try{o.pushState(N,"",I)}catch($){if($ instanceof DOMException&&$.name==="DataCloneError")throw $;i.location.assign(I)}s&&l&&l({action:c,location:j.location,delta:1})}function g(v,x){c="REPLACE";let R=tn(v)?v:It(j.location,v,x);u=f();let N=nn(R,u),I=j.createHref(R.mask||R);o.replaceState(N,"",I),s&&l&&l({action:c,location:j.location,delta:0})}function m(v){return Da(i,v)}let j={get action(){return c},get location(){return t(i,o)},listen(v){if(l)throw new Error("A history only accepts one active listener");return i.addEventListener(en,d),l=v,()=>{i.removeEventListener(en,d),l=null}},createHref(v){return n(i,v)},createURL:m,encodeLocation(v){let x=m(v);return{pathname:x.pathname,search:x.search,hash:x.hash}},push:p,replace:g,go(v){return o.go(v)}};return j}function Da(t,n,a=!1){let r="http://localhost";t&&(r=t.location.origin!=="null"?t.location.origin:t.location.href),H(r,"No window.location.(origin|href) available to create URL");let i=typeof n=="string"?n:Re(n);return i=i.replace(/ $/,"%20"),!a&&In.test(i)&&(i=r+i),new URL(i,r)}function En(t,n,a="/"){return Pa(t,n,a,!1)}function Pa(t,n,a,r,i){let s=typeof n=="string"?Ue(n):n,o=je(s.pathname||"/",a);if(o==null)return null;let c=Fa(t),l=null,u=_a(o);for(let f=0;l==null&&f<c.length;++f)l=Wa(c[f],u,r);return l}function Fa(t){let n=Dn(t);return qa(n),n}function Dn(t,n=[],a=[],r="",i=!1){let s=(o,c,l=i,u)=>{let f={relativePath:u===void 0?o.path||"":u,caseSensitive:o.caseSensitive===!0,childrenIndex:c,route:o};if(f.relativePath.startsWith("/")){if(!f.relativePath.startsWith(r)&&l)return;H(f.relativePath.startsWith(r),`Absolute route path "${f.relativePath}" nested under path "${r}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),f.relativePath=f.relativePath.slice(r.length)}let d=ce([r,f.relativePath]),p=a.concat(f);o.children&&o.children.length>0&&(H(o.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${d}".`),Dn(o.children,n,p,d,l)),!(o.path==null&&!o.index)&&n.push({path:d,score:La(d,o.index),routesMeta:p.map((g,m)=>{let[j,v]=qn(g.relativePath,g.caseSensitive,m===p.length-1);return{...g,matcher:j,compiledParams:v}})})};return t.forEach((o,c)=>{if(o.path===""||!o.path?.includes("?"))s(o,c);else for(let l of Pn(o.path))s(o,c,!0,l)}),n}function Pn(t){let n=t.split("/");if(n.length===0)return[];let[a,...r]=n,i=a.endsWith("?"),s=a.replace(/\?$/,"");if(r.length===0)return i?[s,""]:[s];let o=Pn(r.join("/")),c=[];return c.push(...o.map(l=>l===""?s:[s,l].join("/"))),i&&c.push(...o),c.map(l=>t.startsWith("/")&&l===""?"/":l)}function qa(t){t.sort((n,a)=>n.score!==a.score?a.score-n.score:Ua(n.routesMeta.map(r=>r.childrenIndex),a.routesMeta.map(r=>r.childrenIndex)))}var Aa=/^:[\w-]+$/,Oa=3,Ta=2,Ba=1,Ma=10,za=-2,an=t=>t==="*";function La(t,n){let a=t.split("/"),r=a.length;return a.some(an)&&(r+=za),n&&(r+=Ta),a.filter(i=>!an(i)).reduce((i,s)=>i+(Aa.test(s)?Oa:s===""?Ba:Ma),r)}function Ua(t,n){return t.length===n.length&&t.slice(0,-1).every((r,i)=>r===n[i])?t[t.length-1]-n[n.length-1]:0}function Wa(t,n,a=!1){let{routesMeta:r}=t,i={},s="/",o=[];for(let c=0;c<r.length;++c){let l=r[c],u=c===r.length-1,f=s==="/"?n:n.slice(s.length)||"/",d={path:l.relativePath,caseSensitive:l.caseSensitive,end:u},p=l.matcher&&l.compiledParams?Fn(d,f,l.matcher,l.compiledParams):lt(d,f),g=l.route;if(!p&&u&&a&&!r[r.length-1].route.index&&(p=lt({path:l.relativePath,caseSensitive:l.caseSensitive,end:!1},f)),!p)return null;Object.assign(i,p.params),o.push({params:i,pathname:ce([s,p.pathname]),pathnameBase:Ha(ce([s,p.pathnameBase])),route:g}),p.pathnameBase!=="/"&&(s=ce([s,p.pathnameBase]))}return o}function lt(t,n){typeof t=="string"&&(t={path:t,caseSensitive:!1,end:!0});let[a,r]=qn(t.path,t.caseSensitive,t.end);return Fn(t,n,a,r)}function Fn(t,n,a,r){let i=n.match(a);if(!i)return null;let s=i[0],o=Te(s,1),c=i.slice(1);return{params:r.reduce((u,{paramName:f,isOptional:d},p)=>{if(f==="*"){let m=c[p]||"";o=Te(s.slice(0,s.length-m.length),1)}const g=c[p];return d&&!g?u[f]=void 0:u[f]=(g||"").replace(/%2F/g,"/"),u},{}),pathname:s,pathnameBase:o,pattern:t}}function qn(t,n=!1,a=!0){se(t==="*"||!t.endsWith("*")||t.endsWith("/*"),`Route path "${t}" will be treated as if it were "${t.replace(/\*$/,"/*")}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${t.replace(/\*$/,"/*")}".`);let r=[],i="^"+t.replace(/\/*\*?$/,"").replace(/^\/*/,"/").replace(/[\\.*+^${}|()[\]]/g,"\\$&").replace(/\/:([\w-]+)(\?)?/g,(o,c,l,u,f)=>{if(r.push({paramName:c,isOptional:l!=null}),l){let d=f.charAt(u+o.length);return d&&d!=="/"?"/([^\\/]*)":"(?:/([^\\/]*))?"}return"/([^\\/]+)"}).replace(/\/([\w-]+)\?(\/|$)/g,"(/$1)?$2");return t.endsWith("*")?(r.push({paramName:"*"}),i+=t==="*"||t==="/*"?"(.*)$":"(?:\\/(.+)|\\/*)$"):a?i+="\\/*$":t!==""&&t!=="/"&&(i+="(?:(?=\\/|$))"),[new RegExp(i,n?void 0:"i"),r]}function _a(t){try{return t.split("/").map(n=>decodeURIComponent(n).replace(/\//g,"%2F")).join("/")}catch(n){return se(!1,`The URL path "${t}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${n}).`),t}}function je(t,n){if(n==="/")return t;if(!t.toLowerCase().startsWith(n.toLowerCase()))return null;let a=n.endsWith("/")?n.length-1:n.length,r=t.charAt(a);return r&&r!=="/"?null:t.slice(a)||"/"}function Va(t,n="/"){let{pathname:a,search:r="",hash:i=""}=typeof t=="string"?Ue(t):t,s;return a?(a=An(a),a.startsWith("/")||a.startsWith("\\")?s=rn(a.substring(1),"/"):s=rn(a,n)):s=n,{pathname:s,search:Ya(r),hash:Ka(i)}}function rn(t,n){let a=Te(n).split("/");return t.split("/").forEach(i=>{i===".."?a.length>1&&a.pop():i!=="."&&a.push(i)}),a.length>1?a.join("/"):"/"}function yt(t,n,a,r){return`Cannot include a '${t}' character in a manually specified \`to.${n}\` field [${JSON.stringify(r)}].  Please separate it out to the \`to.${a}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function Qa(t){return t.filter((n,a)=>a===0||n.route.path&&n.route.path.length>0)}function Ot(t){let n=Qa(t);return n.map((a,r)=>r===n.length-1?a.pathname:a.pathnameBase)}function ht(t,n,a,r=!1){let i;typeof t=="string"?i=Ue(t):(i={...t},H(!i.pathname||!i.pathname.includes("?"),yt("?","pathname","search",i)),H(!i.pathname||!i.pathname.includes("#"),yt("#","pathname","hash",i)),H(!i.search||!i.search.includes("#"),yt("#","search","hash",i)));let s=t===""||i.pathname==="",o=s?"/":i.pathname,c;if(o==null)c=a;else{let d=n.length-1;if(!r&&o.startsWith("..")){let p=o.split("/");for(;p[0]==="..";)p.shift(),d-=1;i.pathname=p.join("/")}c=d>=0?n[d]:"/"}let l=Va(i,c),u=o&&o!=="/"&&o.endsWith("/"),f=(s||o===".")&&a.endsWith("/");return!l.pathname.endsWith("/")&&(u||f)&&(l.pathname+="/"),l}var An=t=>t.replace(/[\\/]{2,}/g,"/"),ce=t=>An(t.join("/"));function Te(t,n=0){let a=t.length;for(;a>n&&t.charCodeAt(a-1)===47;)a--;return a===t.length?t:t.slice(0,a)}var Ha=t=>Te(t).replace(/^\/*/,"/"),Ya=t=>!t||t==="?"?"":t.startsWith("?")?t:"?"+t,Ka=t=>!t||t==="#"?"":t.startsWith("#")?t:"#"+t,Ja=class{constructor(t,n,a,r=!1){this.status=t,this.statusText=n||"",this.internal=r,a instanceof Error?(this.data=a.toString(),this.error=a):this.data=a}};function Ga(t){return t!=null&&typeof t.status=="number"&&typeof t.statusText=="string"&&typeof t.internal=="boolean"&&"data"in t}function Xa(t){let n=t.map(a=>a.route.path).filter(Boolean);return ce(n)||"/"}var On=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";function Tn(t,n){let a=t;if(typeof a!="string"||!At.test(a))return{absoluteURL:void 0,isExternal:!1,to:a};let r=a,i=!1;if(On)try{let s=new URL(window.location.href),o=In.test(a)?new URL(Sa(a,s.protocol)):new URL(a),c=je(o.pathname,n);o.origin===s.origin&&c!=null?a=c+o.search+o.hash:i=!0}catch{se(!1,`<Link to="${a}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:r,isExternal:i,to:a}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");var sn=new URL("http://localhost");function Tt(t){if(t.createURL)return t.createURL("/");try{return new URL(t.createHref("/"),sn)}catch{return sn}}function vt(t,n){return t.origin===n.origin&&(t.origin!=="null"||t.protocol===n.protocol&&t.host===n.host)}function Za(t,n){if(t.startsWith("//"))return!0;let a=n.protocol.toLowerCase();return t.toLowerCase().startsWith(a)?n.host===""||t.slice(a.length).startsWith("//"):!1}function Bt(t,n,a,r){let i=null;try{i=t==null?null:new URL(t,a)}catch{}let s=new URL(n,a),o=i!=null&&!vt(i,a),c=!vt(s,a);if(r==="reject"){if(o||c)throw new Error("External navigation is not allowed")}else if(c&&(i==null||!Za(t,i)||!vt(i,s)))throw new Error("External navigation is not allowed")}var Bn=["POST","PUT","PATCH","DELETE"];new Set(Bn);var er=["GET",...Bn];new Set(er);var tr=["about:","blob:","chrome:","chrome-untrusted:","content:","data:","devtools:","file:","filesystem:","javascript:"];function nr(t){try{return tr.includes(new URL(t).protocol)}catch{return!1}}var We=h.createContext(null);We.displayName="DataRouter";var ft=h.createContext(null);ft.displayName="DataRouterState";var Mn=h.createContext(!1);function ar(){return h.useContext(Mn)}var zn=h.createContext({isTransitioning:!1});zn.displayName="ViewTransition";var rr=h.createContext(new Map);rr.displayName="Fetchers";var ir=h.createContext(null);ir.displayName="Await";var ae=h.createContext(null);ae.displayName="Navigation";var Je=h.createContext(null);Je.displayName="Location";var de=h.createContext({outlet:null,matches:[],isDataRoute:!1});de.displayName="Route";var Mt=h.createContext(null);Mt.displayName="RouteError";var Ln="REACT_ROUTER_ERROR",sr="REDIRECT",or="ROUTE_ERROR_RESPONSE";function lr(t){if(t.startsWith(`${Ln}:${sr}:{`))try{let n=JSON.parse(t.slice(28));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string"&&typeof n.location=="string"&&typeof n.reloadDocument=="boolean"&&typeof n.replace=="boolean")return n}catch{}}function cr(t){if(t.startsWith(`${Ln}:${or}:{`))try{let n=JSON.parse(t.slice(40));if(typeof n=="object"&&n&&typeof n.status=="number"&&typeof n.statusText=="string")return new Ja(n.status,n.statusText,n.data)}catch{}}function dr(t,{relative:n}={}){H(_e(),"useHref() may be used only in the context of a <Router> component.");let{basename:a,navigator:r}=h.useContext(ae),{hash:i,pathname:s,search:o}=Ze(t,{relative:n}),c=s;return a!=="/"&&(c=s==="/"?a:ce([a,s])),r.createHref({pathname:c,search:o,hash:i})}function _e(){return h.useContext(Je)!=null}function oe(){return H(_e(),"useLocation() may be used only in the context of a <Router> component."),h.useContext(Je).location}var Un="You should call navigate() in a React.useEffect(), not when your component is first rendered.";function Wn(t){h.useContext(ae).static||h.useLayoutEffect(t)}function Ge(){let{isDataRoute:t}=h.useContext(de);return t?br():ur()}function ur(){H(_e(),"useNavigate() may be used only in the context of a <Router> component.");let t=h.useContext(We),{basename:n,navigator:a}=h.useContext(ae),{matches:r}=h.useContext(de),{pathname:i}=oe(),s=JSON.stringify(Ot(r)),o=h.useRef(!1);return Wn(()=>{o.current=!0}),h.useCallback((l,u={})=>{if(se(o.current,Un),!o.current)return;if(typeof l=="number"){a.go(l);return}let f=ht(l,JSON.parse(s),i,u.relative==="path");t==null&&n!=="/"&&(f.pathname=f.pathname==="/"?n:ce([n,f.pathname])),Bt(typeof l=="string"?l:Re(l),a.createHref(f),Tt(a),"reject"),(u.replace?a.replace:a.push)(f,u.state,u)},[n,a,s,i,t])}h.createContext(null);function Xe(){let{matches:t}=h.useContext(de);return t[t.length-1]?.params??{}}function Ze(t,{relative:n}={}){let{matches:a}=h.useContext(de),{pathname:r}=oe(),i=JSON.stringify(Ot(a));return h.useMemo(()=>ht(t,JSON.parse(i),r,n==="path"),[t,i,r,n])}function hr(t,n){return _n(t,n)}function _n(t,n,a){H(_e(),"useRoutes() may be used only in the context of a <Router> component.");let{navigator:r}=h.useContext(ae),{matches:i}=h.useContext(de),s=i[i.length-1],o=s?s.params:{},c=s?s.pathname:"/",l=s?s.pathnameBase:"/",u=s&&s.route;{let v=u&&u.path||"";Qn(c,!u||v.endsWith("*")||v.endsWith("*?"),`You rendered descendant <Routes> (or called \`useRoutes()\`) at "${c}" (under <Route path="${v}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${v}"> to <Route path="${v==="/"?"*":`${v}/*`}">.`)}let f=oe(),d;if(n){let v=typeof n=="string"?Ue(n):n;H(l==="/"||v.pathname?.startsWith(l),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${l}" but pathname "${v.pathname}" was given in the \`location\` prop.`),d=v}else d=f;let p=d.pathname||"/",g=p;if(l!=="/"){let v=l.replace(/^\//,"").split("/");g="/"+p.replace(/^\//,"").split("/").slice(v.length).join("/")}let m=a&&a.state.matches.length?a.state.matches.map(v=>Object.assign(v,{route:a.manifest[v.route.id]||v.route})):En(t,{pathname:g});se(u||m!=null,`No routes matched location "${d.pathname}${d.search}${d.hash}" `),se(m==null||m[m.length-1].route.element!==void 0||m[m.length-1].route.Component!==void 0||m[m.length-1].route.lazy!==void 0,`Matched leaf route at location "${d.pathname}${d.search}${d.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`);let j=yr(m&&m.map(v=>Object.assign({},v,{params:Object.assign({},o,v.params),pathname:ce([l,r.encodeLocation?r.encodeLocation(v.pathname.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:v.pathname]),pathnameBase:v.pathnameBase==="/"?l:ce([l,r.encodeLocation?r.encodeLocation(v.pathnameBase.replace(/%/g,"%25").replace(/\?/g,"%3F").replace(/#/g,"%23")).pathname:v.pathnameBase])})),i,a);return n&&j?h.createElement(Je.Provider,{value:{location:{pathname:"/",search:"",hash:"",state:null,key:"default",mask:void 0,...d},navigationType:"POP"}},j):j}function fr(){let t=$r(),n=Ga(t)?`${t.status} ${t.statusText}`:t instanceof Error?t.message:JSON.stringify(t),a=t instanceof Error?t.stack:null,r="rgba(200,200,200, 0.5)",i={padding:"0.5rem",backgroundColor:r},s={padding:"2px 4px",backgroundColor:r},o=null;return console.error("Error handled by React Router default ErrorBoundary:",t),o=h.createElement(h.Fragment,null,h.createElement("p",null,"💿 Hey developer 👋"),h.createElement("p",null,"You can provide a way better UX than this when your app throws errors by providing your own ",h.createElement("code",{style:s},"ErrorBoundary")," or"," ",h.createElement("code",{style:s},"errorElement")," prop on your route.")),h.createElement(h.Fragment,null,h.createElement("h2",null,"Unexpected Application Error!"),h.createElement("h3",{style:{fontStyle:"italic"}},n),a?h.createElement("pre",{style:i},a):null,o)}var pr=h.createElement(fr,null),Vn=class extends h.Component{constructor(t){super(t),this.state={location:t.location,revalidation:t.revalidation,error:t.error}}static getDerivedStateFromError(t){return{error:t}}static getDerivedStateFromProps(t,n){return n.location!==t.location||n.revalidation!=="idle"&&t.revalidation==="idle"?{error:t.error,location:t.location,revalidation:t.revalidation}:{error:t.error!==void 0?t.error:n.error,location:n.location,revalidation:t.revalidation||n.revalidation}}componentDidCatch(t,n){this.props.onError?this.props.onError(t,n):console.error("React Router caught the following error during render",t)}render(){let t=this.state.error;if(this.context&&typeof t=="object"&&t&&"digest"in t&&typeof t.digest=="string"){const a=cr(t.digest);a&&(t=a)}let n=t!==void 0?h.createElement(de.Provider,{value:this.props.routeContext},h.createElement(Mt.Provider,{value:t,children:this.props.component})):this.props.children;return this.context?h.createElement(mr,{error:t},n):n}};Vn.contextType=Mn;var xt=new WeakMap;function mr({children:t,error:n}){let{basename:a,navigator:r}=h.useContext(ae);if(typeof n=="object"&&n&&"digest"in n&&typeof n.digest=="string"){let i=lr(n.digest);if(i){let s=xt.get(n);if(s)throw s;let o=Tn(i.location,a),c=o.absoluteURL||o.to;if(Bt(i.location,c,Tt(r),"allow-explicit"),nr(c))throw new Error("Invalid redirect location");if(On&&!xt.get(n))if(o.isExternal||i.reloadDocument)window.location.href=c;else{const l=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(o.to,{replace:i.replace}));throw xt.set(n,l),l}return h.createElement("meta",{httpEquiv:"refresh",content:`0;url=${c}`})}}return t}function gr({routeContext:t,match:n,children:a}){let r=h.useContext(We);return r&&r.static&&r.staticContext&&(n.route.errorElement||n.route.ErrorBoundary)&&(r.staticContext._deepestRenderedBoundaryId=n.route.id),h.createElement(de.Provider,{value:t},a)}function yr(t,n=[],a){let r=a?.state;if(t==null){if(!r)return null;if(r.errors)t=r.matches;else if(n.length===0&&!r.initialized&&r.matches.length>0)t=r.matches;else return null}let i=t,s=r?.errors;if(s!=null){let f=i.findIndex(d=>d.route.id&&s?.[d.route.id]!==void 0);H(f>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(s).join(",")}`),i=i.slice(0,Math.min(i.length,f+1))}let o=!1,c=-1;if(a&&r){o=r.renderFallback;for(let f=0;f<i.length;f++){let d=i[f];if((d.route.HydrateFallback||d.route.hydrateFallbackElement)&&(c=f),d.route.id){let{loaderData:p,errors:g}=r,m=d.route.loader&&!p.hasOwnProperty(d.route.id)&&(!g||g[d.route.id]===void 0);if(d.route.lazy||m){a.isStatic&&(o=!0),c>=0?i=i.slice(0,c+1):i=[i[0]];break}}}}let l=a?.onError,u=r&&l?(f,d)=>{l(f,{location:r.location,params:r.matches?.[0]?.params??{},pattern:Xa(r.matches),errorInfo:d})}:void 0;return i.reduceRight((f,d,p)=>{let g,m=!1,j=null,v=null;r&&(g=s&&d.route.id?s[d.route.id]:void 0,j=d.route.errorElement||pr,o&&(c<0&&p===0?(Qn("route-fallback",!1,"No `HydrateFallback` element provided to render during initial hydration"),m=!0,v=null):c===p&&(m=!0,v=d.route.hydrateFallbackElement||null)));let x=n.concat(i.slice(0,p+1)),R=()=>{let N;return g?N=j:m?N=v:d.route.Component?N=h.createElement(d.route.Component,null):d.route.element?N=d.route.element:N=f,h.createElement(gr,{match:d,routeContext:{outlet:f,matches:x,isDataRoute:r!=null},children:N})};return r&&(d.route.ErrorBoundary||d.route.errorElement||p===0)?h.createElement(Vn,{location:r.location,revalidation:r.revalidation,component:j,error:g,children:R(),routeContext:{outlet:null,matches:x,isDataRoute:!0},onError:u}):R()},null)}function zt(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function vr(t){let n=h.useContext(We);return H(n,zt(t)),n}function xr(t){let n=h.useContext(ft);return H(n,zt(t)),n}function jr(t){let n=h.useContext(de);return H(n,zt(t)),n}function Lt(t){let n=jr(t),a=n.matches[n.matches.length-1];return H(a.route.id,`${t} can only be used on routes that contain a unique "id"`),a.route.id}function wr(){return Lt("useRouteId")}function $r(){let t=h.useContext(Mt),n=xr("useRouteError"),a=Lt("useRouteError");return t!==void 0?t:n.errors?.[a]}function br(){let{router:t}=vr("useNavigate"),n=Lt("useNavigate"),a=h.useRef(!1);return Wn(()=>{a.current=!0}),h.useCallback(async(i,s={})=>{se(a.current,Un),a.current&&(typeof i=="number"?await t.navigate(i):await t.navigate(i,{fromRouteId:n,...s}))},[t,n])}var on={};function Qn(t,n,a){!n&&!on[t]&&(on[t]=!0,se(!1,a))}h.memo(Nr);function Nr({routes:t,manifest:n,future:a,state:r,isStatic:i,onError:s}){return _n(t,void 0,{manifest:n,state:r,isStatic:i,onError:s})}function kr({to:t,replace:n,state:a,relative:r}){H(_e(),"<Navigate> may be used only in the context of a <Router> component.");let{static:i,navigator:s}=h.useContext(ae);se(!i,"<Navigate> must not be used on the initial render in a <StaticRouter>. This is a no-op, but you should modify your code so the <Navigate> is only ever rendered in response to some user interaction or state change.");let{matches:o}=h.useContext(de),{pathname:c}=oe(),l=Ge(),u=ht(t,Ot(o),c,r==="path");Bt(typeof t=="string"?t:Re(t),s.createHref(u),Tt(s),"reject");let f=JSON.stringify(u);return h.useEffect(()=>{l(JSON.parse(f),{replace:n,state:a,relative:r})},[l,f,r,n,a]),null}function X(t){H(!1,"A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.")}function Cr({basename:t="/",children:n=null,location:a,navigationType:r="POP",navigator:i,static:s=!1,useTransitions:o}){H(!_e(),"You cannot render a <Router> inside another <Router>. You should never have more than one in your app.");let c=t.replace(/^\/*/,"/"),l=h.useMemo(()=>({basename:c,navigator:i,static:s,useTransitions:o,future:{}}),[c,i,s,o]);typeof a=="string"&&(a=Ue(a));let{pathname:u="/",search:f="",hash:d="",state:p=null,key:g="default",mask:m}=a,j=h.useMemo(()=>{let v=je(u,c);return v==null?null:{location:{pathname:v,search:f,hash:d,state:p,key:g,mask:m},navigationType:r}},[c,u,f,d,p,g,r,m]);return se(j!=null,`<Router basename="${c}"> is not able to match the URL "${u}${f}${d}" because it does not start with the basename, so the <Router> won't render anything.`),j==null?null:h.createElement(ae.Provider,{value:l},h.createElement(Je.Provider,{children:n,value:j}))}function Sr({children:t,location:n}){return hr(Et(t),n)}function Et(t,n=[]){let a=[];return h.Children.forEach(t,(r,i)=>{if(!h.isValidElement(r))return;let s=[...n,i];if(r.type===h.Fragment){a.push.apply(a,Et(r.props.children,s));return}H(r.type===X,`[${typeof r.type=="string"?r.type:r.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`),H(!r.props.index||!r.props.children,"An index route cannot have child routes.");let o={id:r.props.id||s.join("-"),caseSensitive:r.props.caseSensitive,element:r.props.element,Component:r.props.Component,index:r.props.index,path:r.props.path,middleware:r.props.middleware,loader:r.props.loader,action:r.props.action,hydrateFallbackElement:r.props.hydrateFallbackElement,HydrateFallback:r.props.HydrateFallback,errorElement:r.props.errorElement,ErrorBoundary:r.props.ErrorBoundary,hasErrorBoundary:r.props.hasErrorBoundary===!0||r.props.ErrorBoundary!=null||r.props.errorElement!=null,shouldRevalidate:r.props.shouldRevalidate,handle:r.props.handle,lazy:r.props.lazy};r.props.children&&(o.children=Et(r.props.children,s)),a.push(o)}),a}var rt="get",it="application/x-www-form-urlencoded";function pt(t){return typeof HTMLElement<"u"&&t instanceof HTMLElement}function Rr(t){return pt(t)&&t.tagName.toLowerCase()==="button"}function Ir(t){return pt(t)&&t.tagName.toLowerCase()==="form"}function Er(t){return pt(t)&&t.tagName.toLowerCase()==="input"}function Dr(t){return!!(t.metaKey||t.altKey||t.ctrlKey||t.shiftKey)}function Pr(t,n){return t.button===0&&(!n||n==="_self")&&!Dr(t)}function Dt(t=""){return new URLSearchParams(typeof t=="string"||Array.isArray(t)||t instanceof URLSearchParams?t:Object.keys(t).reduce((n,a)=>{let r=t[a];return n.concat(Array.isArray(r)?r.map(i=>[a,i]):[[a,r]])},[]))}function Fr(t,n){let a=Dt(t);return n&&n.forEach((r,i)=>{a.has(i)||n.getAll(i).forEach(s=>{a.append(i,s)})}),a}var at=null;function qr(){if(at===null)try{new FormData(document.createElement("form"),0),at=!1}catch{at=!0}return at}var Ar=new Set(["application/x-www-form-urlencoded","multipart/form-data","text/plain"]);function jt(t){return t!=null&&!Ar.has(t)?(se(!1,`"${t}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${it}"`),null):t}function Or(t,n){let a,r,i,s,o;if(Ir(t)){let c=t.getAttribute("action");r=c?je(c,n):null,a=t.getAttribute("method")||rt,i=jt(t.getAttribute("enctype"))||it,s=new FormData(t)}else if(Rr(t)||Er(t)&&(t.type==="submit"||t.type==="image")){let c=t.form;if(c==null)throw new Error('Cannot submit a <button> or <input type="submit"> without a <form>');let l=t.getAttribute("formaction")||c.getAttribute("action");if(r=l?je(l,n):null,a=t.getAttribute("formmethod")||c.getAttribute("method")||rt,i=jt(t.getAttribute("formenctype"))||jt(c.getAttribute("enctype"))||it,s=new FormData(c,t),!qr()){let{name:u,type:f,value:d}=t;if(f==="image"){let p=u?`${u}.`:"";s.append(`${p}x`,"0"),s.append(`${p}y`,"0")}else u&&s.append(u,d)}}else{if(pt(t))throw new Error('Cannot submit element that is not <form>, <button>, or <input type="submit|image">');a=rt,r=null,i=it,o=t}return s&&i==="text/plain"&&(o=s,s=void 0),{action:r,method:a.toLowerCase(),encType:i,formData:s,body:o}}Object.getOwnPropertyNames(Object.prototype).sort().join("\0");function Ut(t,n){if(t===!1||t===null||typeof t>"u")throw new Error(n)}function Hn(t,n,a,r){let i=typeof t=="string"?new URL(t,typeof window>"u"?"server://singlefetch/":window.location.origin):t;return a?i.pathname.endsWith("/")?i.pathname=`${i.pathname}_.${r}`:i.pathname=`${i.pathname}.${r}`:i.pathname==="/"?i.pathname=`_root.${r}`:n&&je(i.pathname,n)==="/"?i.pathname=`${Te(n)}/_root.${r}`:i.pathname=`${Te(i.pathname)}.${r}`,i}async function Tr(t,n){if(t.id in n)return n[t.id];try{let a=await import(t.module);return n[t.id]=a,a}catch(a){return console.error(`Error loading route module \`${t.module}\`, reloading page...`),console.error(a),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function Br(t){return t==null?!1:t.href==null?t.rel==="preload"&&typeof t.imageSrcSet=="string"&&typeof t.imageSizes=="string":typeof t.rel=="string"&&typeof t.href=="string"}async function Mr(t,n,a){let r=await Promise.all(t.map(async i=>{let s=n.routes[i.route.id];if(s){let o=await Tr(s,a);return o.links?o.links():[]}return[]}));return Wr(r.flat(1).filter(Br).filter(i=>i.rel==="stylesheet"||i.rel==="preload").map(i=>i.rel==="stylesheet"?{...i,rel:"prefetch",as:"style"}:{...i,rel:"prefetch"}))}function ln(t,n,a,r,i,s){let o=(l,u)=>a[u]?l.route.id!==a[u].route.id:!0,c=(l,u)=>a[u].pathname!==l.pathname||a[u].route.path?.endsWith("*")&&a[u].params["*"]!==l.params["*"];return s==="assets"?n.filter((l,u)=>o(l,u)||c(l,u)):s==="data"?n.filter((l,u)=>{let f=r.routes[l.route.id];if(!f||!f.hasLoader)return!1;if(o(l,u)||c(l,u))return!0;if(l.route.shouldRevalidate){let d=l.route.shouldRevalidate({currentUrl:new URL(i.pathname+i.search+i.hash,window.origin),currentParams:a[0]?.params||{},nextUrl:new URL(t,window.origin),nextParams:l.params,defaultShouldRevalidate:!0});if(typeof d=="boolean")return d}return!0}):[]}function zr(t,n,{includeHydrateFallback:a}={}){return Lr(t.map(r=>{let i=n.routes[r.route.id];if(!i)return[];let s=[i.module];return i.clientActionModule&&(s=s.concat(i.clientActionModule)),i.clientLoaderModule&&(s=s.concat(i.clientLoaderModule)),a&&i.hydrateFallbackModule&&(s=s.concat(i.hydrateFallbackModule)),i.imports&&(s=s.concat(i.imports)),s}).flat(1))}function Lr(t){return[...new Set(t)]}function Ur(t){let n={},a=Object.keys(t).sort();for(let r of a)n[r]=t[r];return n}function Wr(t,n){let a=new Set;return new Set(n),t.reduce((r,i)=>{let s=JSON.stringify(Ur(i));return a.has(s)||(a.add(s),r.push({key:s,link:i})),r},[])}function Wt(){let t=h.useContext(We);return Ut(t,"You must render this element inside a <DataRouterContext.Provider> element"),t}function _r(){let t=h.useContext(ft);return Ut(t,"You must render this element inside a <DataRouterStateContext.Provider> element"),t}var _t=h.createContext(void 0);_t.displayName="FrameworkContext";function mt(){let t=h.useContext(_t);return Ut(t,"You must render this element inside a <HydratedRouter> element"),t}function Vr(t,n){let a=h.useContext(_t),[r,i]=h.useState(!1),[s,o]=h.useState(!1),{onFocus:c,onBlur:l,onMouseEnter:u,onMouseLeave:f,onTouchStart:d}=n,p=h.useRef(null);h.useEffect(()=>{if(t==="render"&&o(!0),t==="viewport"){let j=x=>{x.forEach(R=>{o(R.isIntersecting)})},v=new IntersectionObserver(j,{threshold:.5});return p.current&&v.observe(p.current),()=>{v.disconnect()}}},[t]),h.useEffect(()=>{if(r){let j=setTimeout(()=>{o(!0)},100);return()=>{clearTimeout(j)}}},[r]);let g=()=>{i(!0)},m=()=>{i(!1),o(!1)};return a?t!=="intent"?[s,p,{}]:[s,p,{onFocus:Ve(c,g),onBlur:Ve(l,m),onMouseEnter:Ve(u,g),onMouseLeave:Ve(f,m),onTouchStart:Ve(d,g)}]:[!1,p,{}]}function Ve(t,n){return a=>{t&&t(a),a.defaultPrevented||n(a)}}function Qr({page:t,...n}){let a=ar(),{nonce:r}=mt(),{router:i}=Wt(),s=h.useMemo(()=>En(i.routes,t,i.basename),[i.routes,t,i.basename]);return s?(n.nonce==null&&r&&(n={...n,nonce:r}),a?h.createElement(Yr,{page:t,matches:s,...n}):h.createElement(Kr,{page:t,matches:s,...n})):null}function Hr(t){let{manifest:n,routeModules:a}=mt(),[r,i]=h.useState([]);return h.useEffect(()=>{let s=!1;return Mr(t,n,a).then(o=>{s||i(o)}),()=>{s=!0}},[t,n,a]),r}function Yr({page:t,matches:n,...a}){let r=oe(),{future:i}=mt(),{basename:s}=Wt(),o=h.useMemo(()=>{if(t===r.pathname+r.search+r.hash)return[];let c=Hn(t,s,i.v8_trailingSlashAwareDataRequests,"rsc"),l=!1,u=[];for(let f of n)typeof f.route.shouldRevalidate=="function"?l=!0:u.push(f.route.id);return l&&u.length>0&&c.searchParams.set("_routes",u.join(",")),[c.pathname+c.search]},[s,i.v8_trailingSlashAwareDataRequests,t,r,n]);return h.createElement(h.Fragment,null,o.map(c=>h.createElement("link",{key:c,rel:"prefetch",as:"fetch",href:c,...a})))}function Kr({page:t,matches:n,...a}){let r=oe(),{future:i,manifest:s,routeModules:o}=mt(),{basename:c}=Wt(),{loaderData:l,matches:u}=_r(),f=h.useMemo(()=>ln(t,n,u,s,r,"data"),[t,n,u,s,r]),d=h.useMemo(()=>ln(t,n,u,s,r,"assets"),[t,n,u,s,r]),p=h.useMemo(()=>{if(t===r.pathname+r.search+r.hash)return[];let j=new Set,v=!1;if(n.forEach(R=>{let N=s.routes[R.route.id];!N||!N.hasLoader||(!f.some(I=>I.route.id===R.route.id)&&R.route.id in l&&o[R.route.id]?.shouldRevalidate||N.hasClientLoader?v=!0:j.add(R.route.id))}),j.size===0)return[];let x=Hn(t,c,i.v8_trailingSlashAwareDataRequests,"data");return v&&j.size>0&&x.searchParams.set("_routes",n.filter(R=>j.has(R.route.id)).map(R=>R.route.id).join(",")),[x.pathname+x.search]},[c,i.v8_trailingSlashAwareDataRequests,l,r,s,f,n,t,o]),g=h.useMemo(()=>zr(d,s),[d,s]),m=Hr(d);return h.createElement(h.Fragment,null,p.map(j=>h.createElement("link",{key:j,rel:"prefetch",as:"fetch",href:j,...a})),g.map(j=>h.createElement("link",{key:j,rel:"modulepreload",href:j,...a})),m.map(({key:j,link:v})=>h.createElement("link",{key:j,nonce:a.nonce,...v,crossOrigin:v.crossOrigin??a.crossOrigin})))}function Jr(...t){return n=>{t.forEach(a=>{typeof a=="function"?a(n):a!=null&&(a.current=n)})}}var Gr=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u";try{Gr&&(window.__reactRouterVersion="7.18.5")}catch{}function Xr({basename:t,children:n,useTransitions:a,window:r}){let i=h.useRef();i.current==null&&(i.current=Ra({window:r,v5Compat:!0}));let s=i.current,[o,c]=h.useState({action:s.action,location:s.location}),l=h.useCallback(u=>{a===!1?c(u):h.startTransition(()=>c(u))},[a]);return h.useLayoutEffect(()=>s.listen(l),[s,l]),h.createElement(Cr,{basename:t,children:n,location:o.location,navigationType:o.action,navigator:s,useTransitions:a})}var K=h.forwardRef(function({onClick:n,discover:a="render",prefetch:r="none",relative:i,reloadDocument:s,replace:o,mask:c,state:l,target:u,to:f,preventScrollReset:d,viewTransition:p,defaultShouldRevalidate:g,...m},j){let{basename:v,navigator:x,useTransitions:R}=h.useContext(ae),N=typeof f=="string"&&At.test(f),I=Tn(f,v);f=I.to;let $=dr(f,{relative:i}),A=oe(),C=null;if(c){let y=ht(c,[],A.mask?A.mask.pathname:"/",!0);v!=="/"&&(y.pathname=y.pathname==="/"?v:ce([v,y.pathname])),C=x.createHref(y)}let[z,w,F]=Vr(r,m),b=ti(f,{replace:o,mask:c,state:l,target:u,preventScrollReset:d,relative:i,viewTransition:p,defaultShouldRevalidate:g,useTransitions:R});function E(y){n&&n(y),y.defaultPrevented||b(y)}let M=!(I.isExternal||s),U=h.createElement("a",{...m,...F,href:(M?C:void 0)||I.absoluteURL||$,onClick:M?E:n,ref:Jr(j,w),target:u,"data-discover":!N&&a==="render"?"true":void 0});return z&&!N?h.createElement(h.Fragment,null,U,h.createElement(Qr,{page:$})):U});K.displayName="Link";var Vt=h.forwardRef(function({"aria-current":n="page",caseSensitive:a=!1,className:r="",end:i=!1,style:s,to:o,viewTransition:c,children:l,...u},f){let d=Ze(o,{relative:u.relative}),p=oe(),g=h.useContext(ft),{navigator:m,basename:j}=h.useContext(ae),v=g!=null&&si(d)&&c===!0,x=m.encodeLocation?m.encodeLocation(d).pathname:d.pathname,R=p.pathname,N=g&&g.navigation&&g.navigation.location?g.navigation.location.pathname:null;a||(R=R.toLowerCase(),N=N?N.toLowerCase():null,x=x.toLowerCase()),N&&j&&(N=je(N,j)||N);const I=x!=="/"&&x.endsWith("/")?x.length-1:x.length;let $=R===x||!i&&R.startsWith(x)&&R.charAt(I)==="/",A=N!=null&&(N===x||!i&&N.startsWith(x)&&N.charAt(x.length)==="/"),C={isActive:$,isPending:A,isTransitioning:v},z=$?n:void 0,w;typeof r=="function"?w=r(C):w=[r,$?"active":null,A?"pending":null,v?"transitioning":null].filter(Boolean).join(" ");let F=typeof s=="function"?s(C):s;return h.createElement(K,{...u,"aria-current":z,className:w,ref:f,style:F,to:o,viewTransition:c},typeof l=="function"?l(C):l)});Vt.displayName="NavLink";var Zr=h.forwardRef(({discover:t="render",fetcherKey:n,navigate:a,reloadDocument:r,replace:i,state:s,method:o=rt,action:c,onSubmit:l,relative:u,preventScrollReset:f,viewTransition:d,defaultShouldRevalidate:p,...g},m)=>{let{useTransitions:j}=h.useContext(ae),v=ri(),x=ii(c,{relative:u}),R=o.toLowerCase()==="get"?"get":"post",N=typeof c=="string"&&At.test(c),I=$=>{if(l&&l($),$.defaultPrevented)return;$.preventDefault();let A=$.nativeEvent.submitter,C=A?.getAttribute("formmethod")||o,z=()=>v(A||$.currentTarget,{fetcherKey:n,method:C,navigate:a,replace:i,state:s,relative:u,preventScrollReset:f,viewTransition:d,defaultShouldRevalidate:p});j&&a!==!1?h.startTransition(()=>z()):z()};return h.createElement("form",{ref:m,method:R,action:x,onSubmit:r?l:I,...g,"data-discover":!N&&t==="render"?"true":void 0})});Zr.displayName="Form";function ei(t){return`${t} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Yn(t){let n=h.useContext(We);return H(n,ei(t)),n}function ti(t,{target:n,replace:a,mask:r,state:i,preventScrollReset:s,relative:o,viewTransition:c,defaultShouldRevalidate:l,useTransitions:u}={}){let f=Ge(),d=oe(),p=Ze(t,{relative:o});return h.useCallback(g=>{if(Pr(g,n)){g.preventDefault();let m=a!==void 0?a:Re(d)===Re(p),j=()=>f(t,{replace:m,mask:r,state:i,preventScrollReset:s,relative:o,viewTransition:c,defaultShouldRevalidate:l});u?h.startTransition(()=>j()):j()}},[d,f,p,a,r,i,n,t,s,o,c,l,u])}function we(t){se(typeof URLSearchParams<"u","You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let n=h.useRef(Dt(t)),a=h.useRef(!1),r=oe(),i=h.useMemo(()=>Fr(r.search,a.current?null:n.current),[r.search]),s=Ge(),o=h.useCallback((c,l)=>{const u=Dt(typeof c=="function"?c(new URLSearchParams(i)):c);a.current=!0,s("?"+u,l)},[s,i]);return[i,o]}var ni=0,ai=()=>`__${String(++ni)}__`;function ri(){let{router:t}=Yn("useSubmit"),{basename:n}=h.useContext(ae),a=wr(),r=t.fetch,i=t.navigate;return h.useCallback(async(s,o={})=>{let{action:c,method:l,encType:u,formData:f,body:d}=Or(s,n);if(o.navigate===!1){let p=o.fetcherKey||ai();await r(p,a,o.action||c,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:d,formMethod:o.method||l,formEncType:o.encType||u,flushSync:o.flushSync})}else await i(o.action||c,{defaultShouldRevalidate:o.defaultShouldRevalidate,preventScrollReset:o.preventScrollReset,formData:f,body:d,formMethod:o.method||l,formEncType:o.encType||u,replace:o.replace,state:o.state,fromRouteId:a,flushSync:o.flushSync,viewTransition:o.viewTransition})},[r,i,n,a])}function ii(t,{relative:n}={}){let{basename:a}=h.useContext(ae),r=h.useContext(de);H(r,"useFormAction must be used inside a RouteContext");let[i]=r.matches.slice(-1),s={...Ze(t||".",{relative:n})},o=oe();if(t==null){s.search=o.search;let c=new URLSearchParams(s.search),l=c.getAll("index");if(l.some(f=>f==="")){c.delete("index"),l.filter(d=>d).forEach(d=>c.append("index",d));let f=c.toString();s.search=f?`?${f}`:""}}return(!t||t===".")&&i.route.index&&(s.search=s.search?s.search.replace(/^\?/,"?index&"):"?index"),a!=="/"&&(s.pathname=s.pathname==="/"?a:ce([a,s.pathname])),Re(s)}function si(t,{relative:n}={}){let a=h.useContext(zn);H(a!=null,"`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:r}=Yn("useViewTransitionState"),i=Ze(t,{relative:n});if(!a.isTransitioning)return!1;let s=je(a.currentLocation.pathname,r)||a.currentLocation.pathname,o=je(a.nextLocation.pathname,r)||a.nextLocation.pathname;return lt(i.pathname,o)!=null||lt(i.pathname,s)!=null}class O extends String{__apiType;value;__meta__;constructor(n,a){super(n),this.value=n,this.__meta__=a}toString(){return this.value}}const oi=new O(`
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
    `,{fragmentName:"MapNode"}),li=new O(`
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
    `,{fragmentName:"ChangeFields"}),ci=new O(`
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
    `),di=new O(`
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
    `),ui=new O(`
    mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
  acknowledgeFinding(input: $input) {
    id
    reviewBy
  }
}
    `),hi=new O(`
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
    `),fi=new O(`
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
}`),pi=new O(`
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
    `),mi=new O(`
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
    `),gi=new O(`
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
    `),yi=new O(`
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
    `),vi=new O(`
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
    `),xi=new O(`
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
    `),ji=new O(`
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
    `),wi=new O(`
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
    `),$i=new O(`
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
    `),bi=new O(`
    query PickCountries($q: String!) {
  countries(search: $q, first: 20) {
    code
    name
  }
}
    `),Ni=new O(`
    mutation SaveActivity($input: SaveActivityInput!) {
  saveActivity(input: $input) {
    id
  }
}
    `),ki=new O(`
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
    `),Ci=new O(`
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
}`),Si=new O(`
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
}`),Ri=new O(`
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
    `),Ii=new O(`
    mutation RevertChange($id: ID!, $reason: String) {
  revertChange(id: $id, reason: $reason) {
    id
  }
}
    `),Ei=new O(`
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
    `),Di=new O(`
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
    `),Pi=new O(`
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
    `),Fi=new O(`
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
    `),qi=new O(`
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
    `),Ai=new O(`
    query LookupSuggestions($text: String!, $organization: String) {
  lookupSuggestions(text: $text, organization: $organization, first: 12) {
    value
    name
    kind
  }
}
    `),Oi=new O(`
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
    `),Ti=new O(`
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
    `),Bi=new O(`
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
    `),Mi=new O(`
    mutation SaveOrganization($input: SaveOrganizationInput!) {
  saveOrganization(input: $input) {
    id
    key
  }
}
    `),zi=new O(`
    query Article30AsOf($organization: String!, $asOf: Time) {
  article30(organization: $organization, asOf: $asOf)
}
    `),Li=new O(`
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
    `),Ui=new O(`
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
    `),Wi=new O(`
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
    `),_i=new O(`
    mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
  reviewFacts(ids: $ids, status: $status, note: $note) {
    id
  }
}
    `),Vi=new O(`
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
    `),Qi=new O(`
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
    `),Hi=new O(`
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
    `),Yi=new O(`
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
    `),Ki=new O(`
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
    `),Ji=new O(`
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
    `),Gi=new O(`
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
    `),Xi=new O(`
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
    `),Zi=new O(`
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
    `),es=new O(`
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
    `),ts=new O(`
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
    `),ns=new O(`
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
    `),as=new O(`
    mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
  updateActivityPurpose(id: $id, input: $input) {
    id
  }
}
    `),rs=new O(`
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
    `),ss=new O(`
    mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
  updateRetentionRule(id: $id, input: $input) {
    id
  }
}
    `),os=new O(`
    mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
  updateRecipient(id: $id, input: $input) {
    id
  }
}
    `),ls={"\n  query Organizations {\n    organizations(orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":ci,"\n  query Findings($organization: String!, $asOf: Time) {\n    findings(organization: $organization, asOf: $asOf) {\n      rule\n      title\n      severity\n      article\n      message\n      activity\n      activityID\n      notice\n      since\n      subject\n      facts\n      evidence {\n        document\n        quote\n        noticeID\n        start\n        end\n      }\n      acknowledged {\n        note\n        reviewBy\n        by\n        at\n      }\n    }\n  }\n":di,"\n  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {\n    acknowledgeFinding(input: $input) {\n      id\n      reviewBy\n    }\n  }\n":ui,"\n  query FindingTransfers($org: ID!, $after: Cursor) {\n    transfers(first: 500, after: $after, where: { organizationID: $org }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          country\n          scope\n          recipientID\n        }\n      }\n    }\n  }\n":hi,"\n  query ActivityForEdit($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProcessingActivity {\n        id\n        name\n        description\n        businessFunction\n        role\n        automatedDecisionMaking\n        dpiaRequired\n        reviewStatus\n        owner\n        onBehalfOf\n        lastReviewed\n        history {\n          createdAt\n          createdBy\n          updatedAt\n          updatedBy\n          changes {\n            ...ChangeFields\n          }\n        }\n        organization {\n          id\n          key\n          name\n        }\n        evidence {\n          id\n          quote\n        }\n        purposes {\n          id\n          legitimateInterest\n          purpose {\n            id\n            key\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          legalBasis {\n            id\n          }\n          specialCondition {\n            id\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        dataSubjects {\n          id\n          key\n          name\n        }\n        dataCategories {\n          id\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        sources {\n          id\n          key\n          name\n        }\n        systems {\n          id\n          key\n          name\n        }\n        disclosures {\n          id\n          description\n          recipient {\n            id\n            name\n          }\n          history {\n            changes {\n              ...ChangeFields\n            }\n          }\n          dataCategories {\n            id\n            key\n            name\n          }\n          purposes {\n            id\n            key\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        retentionRules {\n          id\n          duration\n          criterion\n          endAction\n          dataCategories {\n            id\n            key\n            name\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        transfers {\n          id\n          scope\n          country\n          description\n          recipient {\n            id\n            name\n          }\n          safeguard {\n            id\n            name\n            validUntil\n          }\n          evidence {\n            id\n            quote\n          }\n        }\n        securityPractices {\n          id\n          description\n          measure {\n            id\n            key\n            name\n          }\n        }\n        effectiveTransfers {\n          id\n          appliesTo\n          reviewStatus\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            name\n            validUntil\n          }\n        }\n        effectiveRetentionRules {\n          id\n          appliesTo\n          reviewStatus\n          duration\n          criterion\n        }\n      }\n    }\n  }\n":fi,"\n  query EditLegalBases {\n    legalBases(first: 50, orderBy: { field: KEY }) {\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n  }\n":pi,"\n  query PickPurposes($q: String!) {\n    purposes(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":mi,"\n  query PickCategories($q: String!) {\n    dataCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n      }\n    }\n  }\n":gi,"\n  query PickSubjects($q: String!) {\n    dataSubjectCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":yi,"\n  query PickSources($q: String!) {\n    dataSources(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":vi,"\n  query PickMeasures($q: String!) {\n    securityMeasures(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":xi,"\n  query PickSafeguards($q: String!) {\n    transferSafeguards(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          key\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":ji,"\n  query PickRecipients($org: ID!, $q: String!) {\n    recipients(first: 20, where: { organizationID: $org, nameContainsFold: $q }, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n":wi,"\n  query PickSystems($org: ID!, $q: String!) {\n    systems(first: 20, where: { organizationID: $org, or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {\n      edges {\n        node {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n":$i,"\n  query PickCountries($q: String!) {\n    countries(search: $q, first: 20) {\n      code\n      name\n    }\n  }\n":bi,"\n  mutation SaveActivity($input: SaveActivityInput!) {\n    saveActivity(input: $input) {\n      id\n    }\n  }\n":Ni,"\n  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {\n    historyDiff(organization: $organization, from: $from, to: $to) {\n      from\n      to\n      lines {\n        at\n        actor\n        via\n        kind\n        subject\n        activity\n        summary\n        fields {\n          field\n          before\n          after\n        }\n        evidence\n        changeID\n      }\n    }\n  }\n":ki,"\n  fragment MapNode on DataMapViewNode {\n    id\n    kind\n    label\n    key\n    ref\n    group\n    members\n    parent\n    parentLabel\n    specialCategory\n    criminalOffence\n    transfer\n    staleSafeguard\n    match\n  }\n":oi,"\n  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {\n    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {\n      nodes {\n        ...MapNode\n      }\n      links {\n        from\n        to\n        kind\n        count\n        staleSafeguard\n      }\n      focus {\n        ...MapNode\n      }\n      matches {\n        ...MapNode\n      }\n      matchCount\n      totals {\n        systems\n        categories\n        activities\n        recipients\n        countries\n      }\n    }\n  }\n":Ci,"\n  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {\n    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {\n      node {\n        ...MapNode\n      }\n      activity {\n        id\n        name\n        description\n        businessFunction\n        role\n        reviewStatus\n        evidence {\n          id\n          quote\n        }\n      }\n      purposes {\n        id\n        reviewStatus\n        purpose {\n          key\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        evidence {\n          id\n          quote\n        }\n      }\n      categories {\n        id\n        key\n        name\n        specialCategory\n        criminalOffence\n      }\n      systems {\n        id\n        key\n        name\n      }\n      collectedBy {\n        id\n        name\n      }\n      disclosures {\n        disclosure {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activity {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n          kind\n        }\n        categories {\n          key\n          name\n          specialCategory\n          criminalOffence\n        }\n        bases {\n          id\n          purpose {\n            name\n          }\n          legalBasis {\n            reference\n          }\n          specialCondition {\n            reference\n          }\n        }\n        allBases\n      }\n      transfers {\n        transfer {\n          id\n          reviewStatus\n          evidence {\n            id\n            quote\n          }\n        }\n        activities {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        country\n        countryName\n        safeguard {\n          key\n          name\n          invalidatedBy\n        }\n        valid\n        invalidSince\n        appliesTo\n      }\n      members {\n        ...MapNode\n      }\n      memberCount\n    }\n  }\n":Si,"\n  query Evidence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evidence {\n        id\n        start\n        end\n        quote\n        document {\n          title\n          url\n          lastUpdated\n          text\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":Ri,"\n  fragment ChangeFields on Change {\n    id\n    at\n    actor\n    via\n    entityType\n    entityID\n    operation\n    before\n    after\n    note\n    reverts\n  }\n":li,"\n  mutation RevertChange($id: ID!, $reason: String) {\n    revertChange(id: $id, reason: $reason) {\n      id\n    }\n  }\n":Ii,"\n  query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    transferInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        transfer { id reviewStatus }\n        country\n        destination\n        recipient { id name }\n        activities { id name }\n        safeguard { key name }\n        valid\n        invalidSince\n        validity\n        evidence { id quote }\n      }\n    }\n  }\n":Ei,"\n  query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    recipientInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        recipient { id name kind country reviewStatus }\n        categories { id key name specialCategory criminalOffence }\n        activities { id name }\n        purposes { id name }\n        legalBases { id reference }\n        countries\n        safeguards { key name validUntil }\n        evidence { id quote }\n      }\n    }\n  }\n":Di,"\n  query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    categoryInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        category { id key name specialCategory criminalOffence }\n        activities { id name }\n        recipients { id name }\n      }\n    }\n  }\n":Pi,"\n  query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {\n    fieldInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      columns { key header sortable }\n      pageInfo { hasNextPage hasPreviousPage }\n      rows {\n        system { id key name }\n        dataset { id key name }\n        field { id key name path }\n        category { id key name specialCategory criminalOffence }\n        recipients { id name }\n      }\n    }\n  }\n":Fi,"\n  query InventorySafeguards($after: Cursor) {\n    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { key name } }\n    }\n  }\n":qi,"\n  query LookupSuggestions($text: String!, $organization: String) {\n    lookupSuggestions(text: $text, organization: $organization, first: 12) {\n      value\n      name\n      kind\n    }\n  }\n":Ai,"\n  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {\n    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {\n      match\n      recipient {\n        id\n        name\n        kind\n        reviewStatus\n      }\n      organization {\n        name\n      }\n      activity {\n        id\n        name\n        reviewStatus\n      }\n      disclosure {\n        id\n        reviewStatus\n      }\n      category {\n        key\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      legalBases {\n        id\n        purpose {\n          name\n        }\n        legalBasis {\n          reference\n          name\n        }\n        specialCondition {\n          reference\n        }\n        activityPurpose {\n          reviewStatus\n        }\n      }\n      allActivityBases\n      transfers {\n        id\n        reviewStatus\n        scope\n        country\n        activityID\n        recipientID\n        noticeID\n        safeguard {\n          name\n          validUntil\n        }\n      }\n      evidence {\n        id\n        quote\n      }\n    }\n  }\n":Oi,"\n  query NoticeSpan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        url\n        lastUpdated\n        text\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Ti,"\n  query OrganizationForEdit($key: String!) {\n    organizations(where: { key: $key }) {\n      edges {\n        node {\n          id\n          key\n          name\n          country\n          address\n          email\n          phone\n          website\n          dpoName\n          dpoEmail\n          dpoPhone\n          dpoAddress\n          representativeName\n          representativeAddress\n          representativeEmail\n        }\n      }\n    }\n    activities(first: 50, where: { hasOrganizationWith: [{ key: $key }] }, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Bi,"\n  mutation SaveOrganization($input: SaveOrganizationInput!) {\n    saveOrganization(input: $input) {\n      id\n      key\n    }\n  }\n":Mi,"\n  query Article30AsOf($organization: String!, $asOf: Time) {\n    article30(organization: $organization, asOf: $asOf)\n  }\n":zi,"\n  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          businessFunction\n          role\n          reviewStatus\n          notice {\n            title\n            audience\n          }\n          evidence {\n            id\n            quote\n          }\n          purposes {\n            id\n            reviewStatus\n            purpose {\n              name\n            }\n            legalBasis {\n              reference\n            }\n            specialCondition {\n              reference\n            }\n          }\n          dataSubjects {\n            id\n            name\n          }\n          dataCategories {\n            id\n            name\n            specialCategory\n          }\n          disclosures {\n            id\n            reviewStatus\n            recipient {\n              id\n              name\n              reviewStatus\n            }\n          }\n          effectiveTransfers {\n            id\n            appliesTo\n            reviewStatus\n            scope\n            country\n            recipient {\n              name\n            }\n            safeguard {\n              name\n              validUntil\n            }\n          }\n          effectiveRetentionRules {\n            id\n            appliesTo\n            reviewStatus\n            duration\n            criterion\n            dataCategories {\n              name\n            }\n          }\n          effectiveSecurityPractices {\n            id\n            appliesTo\n            reviewStatus\n            description\n            measure {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":Li,"\n  query ReviewNotices {\n    reviewNotices {\n      unreviewed\n      notice {\n        id\n        title\n        organization {\n          name\n        }\n      }\n    }\n  }\n":Ui,"\n  query ReviewNoticeText($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyDocument {\n        id\n        title\n        lastUpdated\n        text\n        organization {\n          id\n          key\n          name\n          origin\n          reviewStatus\n          reviewNote\n        }\n      }\n    }\n  }\n":Wi,"\n  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {\n    reviewFacts(ids: $ids, status: $status, note: $note) {\n      id\n    }\n  }\n":_i,"\n  query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {\n    list: activities(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          dataCategories {\n            id\n            key\n            name\n          }\n          dataSubjects {\n            id\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Vi,"\n  query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {\n    list: activityPurposes(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          purpose {\n            name\n          }\n          legalBasis {\n            id\n            reference\n            name\n          }\n          specialCondition {\n            id\n            reference\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Qi,"\n  query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {\n    list: recipients(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          name\n          kind\n          country\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Hi,"\n  query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {\n    list: disclosures(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          recipient {\n            name\n          }\n          dataCategories {\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Yi,"\n  query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {\n    list: transfers(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          scope\n          country\n          recipient {\n            name\n          }\n          safeguard {\n            id\n            name\n            validUntil\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Ki,"\n  query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {\n    list: retentionRules(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          duration\n          criterion\n          endAction\n          dataCategories {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Ji,"\n  query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {\n    list: dataSubjectRights(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          channel\n          responseTime\n          right {\n            name\n            reference\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Gi,"\n  query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {\n    list: securityPractices(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          description\n          measure {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Xi,"\n  query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {\n    list: statements(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          kind\n          text\n          legalBasis {\n            reference\n            name\n          }\n          purposes {\n            name\n          }\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":Zi,"\n  query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {\n    list: organizations(first: 100, after: $after, where: $where) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reviewStatus\n          reviewNote\n          origin\n          key\n          name\n          evidence {\n            id\n            start\n            end\n            documentID\n          }\n        }\n      }\n    }\n  }\n":es,"\n  query ReviewQBases($after: Cursor) {\n    list: legalBases(first: 100, after: $after, orderBy: { field: KEY }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          name\n          article\n        }\n      }\n    }\n  }\n":ts,"\n  query ReviewQSafeguards($after: Cursor) {\n    list: transferSafeguards(first: 100, after: $after, orderBy: { field: NAME }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          validUntil\n        }\n      }\n    }\n  }\n":ns,"\n  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {\n    updateActivityPurpose(id: $id, input: $input) {\n      id\n    }\n  }\n":as,"\n  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n    }\n  }\n":rs,"\n  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {\n    updateTransfer(id: $id, input: $input) {\n      id\n    }\n  }\n":is,"\n  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n    }\n  }\n":ss,"\n  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {\n    updateRecipient(id: $id, input: $input) {\n      id\n    }\n  }\n":os};function T(t){return ls[t]??{}}const Qt=h.createContext(void 0);function Ie(){const t=h.useContext(Qt);return n=>va(t?.session.role,n)}function cs(){return h.useContext(Qt)}function ds({children:t}){const[n,a]=h.useState(),[r,i]=h.useState(),[s,o]=h.useState(!1),c=h.useCallback(()=>{pa().then(u=>{a(u),i(void 0)},u=>i(u))},[]);if(h.useEffect(c,[c]),h.useEffect(()=>ma(c),[c]),h.useEffect(()=>ga(()=>{o(!0),a(u=>u&&{...u,signedIn:!1,signInRequired:!0,csrf:void 0})}),[]),r)return e.jsxs("main",{id:"main",className:"signin-page",children:[e.jsxs("p",{role:"alert",className:"error",children:["Could not reach the server: ",r.message]}),e.jsx("button",{type:"button",onClick:c,children:"Try again"})]});if(!n)return e.jsx("p",{className:"muted signin-page",children:"Loading…"});if(!n.signedIn)return e.jsx(us,{expired:s,onSignedIn:u=>{o(!1),a(u)}});const l={session:n,signOut:async()=>{await ya(),o(!1),a({signedIn:!1,signInRequired:!0})}};return e.jsx(Qt.Provider,{value:l,children:t})}function us({expired:t,onSignedIn:n}){const[a,r]=h.useState("password"),[i,s]=h.useState(""),[o,c]=h.useState(""),[l,u]=h.useState(""),[f,d]=h.useState(""),[p,g]=h.useState(!1),m=async j=>{if(j.preventDefault(),d(""),a==="password"&&(!i.trim()||!o)){d("Enter your user name and your password.");return}if(a==="token"&&!l.trim()){d("Paste an API token.");return}g(!0);try{n(await xa(a==="password"?{name:i.trim(),password:o}:{token:l.trim()}))}catch(v){v instanceof Le&&v.code==="UNAUTHENTICATED"?d(a==="password"?"Wrong user name or password, or the user is disabled.":"The API token is unknown, revoked or expired."):d(v instanceof Error?v.message:String(v)),c("")}finally{g(!1)}};return e.jsxs(e.Fragment,{children:[e.jsx("header",{className:"top",children:e.jsx("span",{className:"brand",children:"ropa"})}),e.jsx("main",{id:"main",className:"signin-page",children:e.jsxs("form",{className:"card signin",onSubmit:m,noValidate:!0,"aria-labelledby":"signin-h",children:[e.jsx("h1",{id:"signin-h",children:"Sign in"}),t&&e.jsx("p",{className:"muted",children:"Your session has ended. Sign in again to go on."}),e.jsxs("div",{className:"buttons mode",role:"radiogroup","aria-label":"Sign in with",children:[e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:a==="password",onChange:()=>r("password")})," user and password"]}),e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:"signin-mode",checked:a==="token",onChange:()=>r("token")})," API token"]})]}),a==="password"?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-name",children:"User name"}),e.jsx("input",{id:"signin-name",autoComplete:"username",value:i,onChange:j=>s(j.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-password",children:"Password"}),e.jsx("input",{id:"signin-password",type:"password",autoComplete:"current-password",value:o,onChange:j=>c(j.target.value)})]})]}):e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"signin-token",children:"API token"}),e.jsx("input",{id:"signin-token",type:"password",autoComplete:"off",value:l,onChange:j=>u(j.target.value),autoFocus:!0}),e.jsx("small",{children:"An admin creates one with ropa token create."})]}),f&&e.jsx("p",{role:"alert",className:"error",id:"signin-error",children:f}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",disabled:p,children:"Sign in"})})]})})]})}function hs(){const t=cs(),[n,a]=h.useState("");if(!t)return null;const{session:r}=t,i=r.via==="local"?"local development server":r.name||"signed in",s=r.via==="password"||r.via==="token";return e.jsxs("div",{className:"userbox",children:[e.jsxs("span",{className:"who",title:r.expires?`session ends ${new Date(r.expires).toLocaleString()}`:void 0,children:[i," ",e.jsx("span",{className:"role",children:r.role})]}),s&&e.jsx("button",{type:"button",className:"secondary signout",onClick:()=>t.signOut().catch(o=>a(o.message)),children:"Sign out"}),n&&e.jsx("span",{role:"alert",className:"error",children:n})]})}function cn(t){if(t)try{const n=JSON.parse(t);return!n||typeof n!="object"?void 0:{fields:n.fields??{},edges:n.edges??{}}}catch{return}}function qe(t){return t==null?"none":typeof t=="string"?t===""?"none":t:typeof t=="boolean"?t?"yes":"no":typeof t=="number"?String(t):Array.isArray(t)?t.length?t.map(qe).join(", "):"none":JSON.stringify(t)}function dn(t){if(t==null)return"none";try{return qe(JSON.parse(t))}catch{return t}}function Kn(t){return t.replace(/_/g," ")}const un=(t,n)=>JSON.stringify(t)===JSON.stringify(n);function fs(t,n){const a=cn(t),r=cn(n);if(!r&&!a)return[];const i=[],s=[...new Set([...Object.keys(a?.fields??{}),...Object.keys(r?.fields??{})])].sort();for(const c of s){const l=a?.fields[c],u=r?.fields[c];if(r&&a){if(un(l,u))continue}else if((r?u:l)===null||(r?u:l)===void 0)continue;i.push({field:c,edge:!1,before:a&&c in a.fields?qe(l):void 0,after:r&&c in r.fields?qe(u):void 0})}const o=[...new Set([...Object.keys(a?.edges??{}),...Object.keys(r?.edges??{})])].filter(c=>c!=="evidence").sort();for(const c of o){const l=a?.edges[c],u=r?.edges[c];r&&a&&un(l??[],u??[])||!(r&&a)&&!((r?u:l)??[]).length||i.push({field:c,edge:!0,before:a?qe(l??[]):void 0,after:r?qe(u??[]):void 0})}return i}function ps(t){const n=a=>/^\d+$/.test(a)?Number(a):NaN;return[...t].sort((a,r)=>{const i=Date.parse(r.at)-Date.parse(a.at);if(i)return i;const s=n(a.id),o=n(r.id);return Number.isNaN(s)||Number.isNaN(o)?r.id.localeCompare(a.id):o-s})}function Ae(t){if(!t||!/^\d{4}-\d{2}-\d{2}$/.test(t))return!1;const n=new Date(`${t}T12:00:00Z`);return!Number.isNaN(n.getTime())&&n.toISOString().slice(0,10)===t}const ie=(t,n=2)=>String(Math.trunc(Math.abs(t))).padStart(n,"0");function Ht(t){const n=-t.getTimezoneOffset(),a=n===0?"Z":`${n>0?"+":"-"}${ie(n/60)}:${ie(n%60)}`;return`${t.getFullYear()}-${ie(t.getMonth()+1)}-${ie(t.getDate())}T${ie(t.getHours())}:${ie(t.getMinutes())}:${ie(t.getSeconds())}.${ie(t.getMilliseconds(),3)}${a}`}function ms(t){const[n,a,r]=t.split("-").map(Number);return Ht(new Date(n,a-1,r,0,0,0,0))}function gs(t){const[n,a,r]=t.split("-").map(Number);return Ht(new Date(n,a-1,r,23,59,59,999))}function Jn(t,n){const[a,r,i]=n.split("-").map(Number);return{from:ms(t),to:Ht(new Date(a,r-1,i+1,0,0,0,0))}}function ys(t,n,a){const r=new URLSearchParams({org:t,format:n});return a&&r.set("asOf",a),`/reports/article30?${r}`}function hn(t,n,a,r){const i=Jn(n,a);return`/reports/diff?${new URLSearchParams({org:t,from:i.from,to:i.to,format:r})}`}function Ce(t){if(!t)return"—";const n=new Date(t);return Number.isNaN(n.getTime())?t:`${n.getFullYear()}-${ie(n.getMonth()+1)}-${ie(n.getDate())} ${ie(n.getHours())}:${ie(n.getMinutes())}`}const vs={ProcessingActivity:"activity",ActivityPurpose:"purpose",Disclosure:"disclosure"};function xs(t){return vs[t]??t.replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}const Gn=["high","medium","low"],Be={high:0,medium:1,low:2};function js(t,n){return Be[t]<=Be[n]}function ws(t){return t.reduce((n,a)=>n===void 0||Be[a]<Be[n]?a:n,void 0)}function Xn(t){return[...t].sort((n,a)=>Be[n.severity]-Be[a.severity]||n.rule.localeCompare(a.rule)||(n.activity??"").localeCompare(a.activity??"")||(n.message??"").localeCompare(a.message??""))}function $s(t,n){if(t.facts.includes(n))return!0;const[a,r]=Zn(n);return a==="activity"&&!!r&&t.activityID===r}function Zn(t){const n=t.indexOf(":");return n<0?[t,""]:[t.slice(0,n),t.slice(n+1)]}function bs(t,n){return Xn(t.filter(a=>(!n.severity||js(a.severity,n.severity))&&(!n.rule||a.rule===n.rule)&&(n.status!=="open"||!a.acknowledged)&&(n.status!=="acknowledged"||!!a.acknowledged)&&(!n.fact||$s(a,n.fact))))}function Ns(t){const n=new Map;for(const a of t){const r=n.get(a.rule)??{rule:a.rule,title:a.title??a.rule,count:0};r.count++,n.set(a.rule,r)}return[...n.values()].sort((a,r)=>a.rule.localeCompare(r.rule))}function ks(t){const n=new Map,a=(r,i)=>{const s=n.get(r)??[];s.includes(i)||s.push(i),n.set(r,s)};for(const r of t)if(!r.acknowledged){for(const i of r.facts)a(i,r);r.activityID&&a(`activity:${r.activityID}`,r)}return n}function ea(t){if(t?.length)return{count:t.length,severity:ws(t.map(n=>n.severity))}}function gt(t=new Date){const n=a=>String(a).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function ta(t,n){const a=new Date(`${t}T12:00:00Z`);return a.setUTCDate(a.getUTCDate()+n),a.toISOString().slice(0,10)}function Cs(t){return`country:${t.country||t.scope.toUpperCase()}`}function Ss(t,n,a){const r=new Map,i=(c,l)=>{if(!l?.length)return;const u=r.get(c)??[];for(const f of l)u.includes(f)||u.push(f);r.set(c,u)},s=new Map;for(const c of t)c.kind==="ACTIVITY"&&c.ref&&i(c.id,n.get(`activity:${c.ref}`)),c.kind==="RECIPIENT"&&c.ref&&s.set(c.ref,c.id);const o=new Set(t.map(c=>c.id));for(const c of a){const l=n.get(`transfer:${c.id}`);if(!l)continue;const u=Cs(c);o.has(u)&&i(u,l);const f=c.recipientID&&s.get(c.recipientID);f&&i(f,l)}for(const[c,l]of r)r.set(c,Xn(l));return r}const Rs=T(`
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
`);function J(t,n){const[a,r]=h.useState({loading:!0}),[i,s]=h.useState(0);return h.useEffect(()=>{let o=!0;return r(c=>({...c,loading:!0})),t().then(c=>o&&r({data:c,loading:!1}),c=>o&&r({error:c,loading:!1})),()=>{o=!1}},[...n,i]),{...a,reload:()=>s(o=>o+1)}}const na="ropa.organization";function Is(){try{return localStorage.getItem(na)}catch{return null}}function Pt(t){try{localStorage.setItem(na,t)}catch{}}function Ee(){const[t,n]=we(),{data:a}=J(()=>B(Rs),[]),r=(a?.organizations.edges??[]).flatMap(l=>l?.node?[l.node]:[]),i=Is(),s=t.get("org")??(r.some(l=>l.key===i)?i:r[0]?.key),o=r.find(l=>l.key===s);return h.useEffect(()=>{o&&Pt(o.key)},[o?.key]),{orgs:r,org:o,setOrg:l=>{Pt(l);const u=new URLSearchParams(t);u.set("org",l),n(u)}}}function et({orgs:t,org:n,setOrg:a,id:r="org"}){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:r,children:"Organization"}),e.jsx("select",{id:r,value:n?.key??"",onChange:i=>{Pt(i.target.value),a(i.target.value)},children:t.map(i=>e.jsx("option",{value:i.key,children:i.name},i.id))})]})}function xe({evidence:t}){return t?.length?e.jsx("ul",{className:"evidence-links",children:t.map(n=>e.jsx("li",{children:e.jsxs(K,{to:`/evidence/${n.id}`,className:"evidence-link",title:n.quote,children:["“",$e(n.quote,70),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no evidence"})}function Z({error:t}){return t?e.jsx("p",{role:"alert",className:"error",children:t.message}):null}function ne({status:t}){return Rt(t)?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed: drafted from a notice, not yet confirmed by a reviewer",children:"DRAFT"})]}):null}function Me({safeguard:t}){if(!t)return e.jsx(e.Fragment,{children:"no safeguard stated"});const n=wa(t.validUntil);return e.jsxs(e.Fragment,{children:[t.name,n?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",n,")"]}):null]})}function st({facts:t,inline:n,empty:a="—",children:r}){const i=ja(t);return i.length?e.jsx(e.Fragment,{children:i.map(s=>e.jsxs("div",{className:"scope-group","data-scope":s.scope,children:[e.jsxs("div",{className:"scope",children:[s.label,":"]}),n?e.jsx("p",{className:"inline-facts",children:s.facts.map((o,c)=>e.jsxs("span",{children:[c>0?"; ":"",r(o),e.jsx(ne,{status:o.reviewStatus})]},o.id))}):e.jsx("ul",{children:s.facts.map(o=>e.jsxs("li",{children:[r(o),e.jsx(ne,{status:o.reviewStatus})]},o.id))})]},s.label))}):e.jsx(e.Fragment,{children:a})}function Yt(){const[t,n]=we(),a=t.get("asOf")??"",r=Ae(a)?a:"",i=s=>{const o=new URLSearchParams(t);s?o.set("asOf",s):o.delete("asOf"),n(o)};return{asOf:r,time:r?gs(r):void 0,setAsOf:i}}function Kt({id:t,asOf:n,setAsOf:a}){return e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:t,children:"As of"}),e.jsx("input",{id:t,type:"date",value:n,max:gt(),onChange:r=>a(Ae(r.target.value)?r.target.value:""),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,className:"sr-only",children:"empty: now"})]})}function Jt({asOf:t,setAsOf:n}){return t?e.jsxs("p",{className:"asof-banner",role:"status","data-testid":"asof-banner",children:["The record as it stood on ",e.jsx("strong",{children:t}),", rebuilt from the change history."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(""),children:"Back to now"})]}):null}const Es=T(`
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
`),Ds=T(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`),Ps=T(`
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
`);async function Fs(t){const n=[];let a;for(;;){const r=await B(Ps,{org:t,after:a});if(n.push(...(r.transfers.edges??[]).flatMap(i=>i?.node?[i.node]:[])),!r.transfers.pageInfo.hasNextPage||!r.transfers.pageInfo.endCursor)return n;a=r.transfers.pageInfo.endCursor}}const ct=new Map,Ye=new Set;function qs(t,n){return`${t}\0${n??""}`}function As(t,n){const a=qs(t,n);let r=ct.get(a);if(!r){const i={promise:B(Es,{organization:t,asOf:n?`${n}T00:00:00Z`:void 0}).then(s=>s.findings)};i.promise.then(s=>{i.data=s,Ye.forEach(o=>o())},s=>{i.error=s,Ye.forEach(o=>o())}),ct.set(a,i),r=i}return r}function Os(t){for(const n of[...ct.keys()])n.startsWith(`${t}\0`)&&ct.delete(n);Ye.forEach(n=>n())}function aa(t,n){const[,a]=h.useState(0);if(h.useEffect(()=>{const i=()=>a(s=>s+1);return Ye.add(i),()=>{Ye.delete(i)}},[]),!t)return{loading:!1};const r=As(t,n);return{data:r.data,error:r.error,loading:!r.data&&!r.error}}function ra(t){const{data:n}=aa(t);return h.useMemo(()=>ks(n??[]),[n])}function Ts(t,n){const a=ra(t?.key),[r,i]=h.useState();h.useEffect(()=>{if(!t)return;let o=!0;return Fs(t.id).then(c=>o&&i({org:t.id,list:c}),()=>o&&i({org:t.id,list:[]})),()=>{o=!1}},[t?.id]);const s=r&&r.org===t?.id?r.list:void 0;return h.useMemo(()=>Ss(n,a,s??[]),[n,a,s])}function Bs(){return Ie()("review")}const Ms={high:"high",medium:"medium",low:"low"};function ia(t,n){const a=new URLSearchParams({org:t});return n&&a.set("fact",n),`/findings?${a}`}function fn({org:t,fact:n,findings:a,label:r}){const i=ea(a);if(!i)return null;const s=`${i.count} open finding${i.count===1?"":"s"}, highest ${Ms[i.severity]}`;return e.jsxs(K,{to:ia(t,n),className:`finding-badge sev-${i.severity}`,title:`${s}${r?` about ${r}`:""}`,"aria-label":s,"data-fact":n,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",i.count]}),e.jsxs("span",{className:"sev-word","aria-hidden":"true",children:[" ",i.severity]})]})}function zs({findings:t}){const n=ea(t);return n?e.jsxs("span",{className:`finding-mark sev-${n.severity}`,title:`${n.count} open finding${n.count===1?"":"s"}, highest ${n.severity}`,children:[e.jsxs("span",{"aria-hidden":"true",children:["⚑ ",n.count]}),e.jsxs("span",{className:"sr-only",children:[n.count," open finding",n.count===1?"":"s",", highest ",n.severity]})]}):null}function Ls({org:t,node:n,findings:a}){if(!a?.length)return null;const r=i=>n.kind==="ACTIVITY"&&n.ref?`activity:${n.ref}`:i.facts.find(s=>s.startsWith("transfer:"))??i.facts[0];return e.jsxs("section",{"aria-labelledby":"node-findings-h",children:[e.jsxs("h3",{id:"node-findings-h",children:["Open findings (",a.length,")"]}),e.jsx("ul",{className:"node-findings",children:a.map(i=>e.jsxs("li",{children:[e.jsx("span",{className:`sev-tag sev-${i.severity}`,children:i.severity})," ",e.jsx(K,{to:ia(t,r(i)),children:i.title}),i.since?e.jsxs("span",{className:"muted",children:[" since ",i.since]}):null,e.jsx("div",{className:"muted",children:i.message})]},`${i.rule} ${i.subject}`))})]})}const pn={SYSTEM:0,ORGANIZATION:0,DATA_CATEGORY:0,ACTIVITY:1,RECIPIENT:2,COUNTRY:3},ze={ORGANIZATION:"Organization",SYSTEM:"Systems",DATA_CATEGORY:"Data categories",ACTIVITY:"Activities",RECIPIENT:"Recipients",COUNTRY:"Countries"};function tt(t){return t.group?`${t.label} (${t.members})`:t.label}const Us=t=>n=>n.length*t*.58;function Ws(t,n,a,r=2){const i=t.replace(/\s+/g," ").trim().split(" "),s=[];let o="",c=0;const l=f=>a(f)<=n;for(;c<i.length&&s.length<r;){const f=i[c];if(o)l(o+" "+f)?(o+=" "+f,c++):(s.push(o),o="");else{if(!l(f)){let d=f.length-1;for(;d>1&&!l(f.slice(0,d));)d--;s.push(f.slice(0,d)),i[c]=f.slice(d);continue}o=f,c++}}o&&s.length<r&&(s.push(o),o="");const u=c<i.length||o!=="";if(u){const f=s.length-1;let d=s[f];for(;d.length>1&&!l(d+"…");)d=d.slice(0,-1);s[f]=d.replace(/[\s,;:.(–-]+$/,"")+"…"}return{lines:s,cut:u}}function _s(t,n,a=13,r=Us(a),i=3){const s=[...new Set(t.map(N=>pn[N.kind]??0))].sort((N,I)=>N-I),o=N=>N===3?.7:1,c=s.reduce((N,I)=>N+o(I),0),l=Math.max(180,n/Math.max(.7,c)),u=[],f=[];let d=0;for(const N of s)u.push(d),f.push(Math.floor(l*o(N))),d+=Math.floor(l*o(N));const p=new Map(s.map((N,I)=>[N,I])),g=34,m=Math.round(a*1.3),j=new Map,v=[],x=s.map(()=>0),R=s.map(()=>"");for(const N of t){const I=p.get(pn[N.kind]??0)??0,$=u[I]+4,A=f[I]-g,C=Math.max(40,A-12-40);R[I]!==N.kind&&(R[I]&&(x[I]+=14),v.push({label:ze[N.kind]??N.kind,x:$,y:x[I]+a+2}),x[I]+=a+14,R[I]=N.kind);const{lines:z,cut:w}=Ws(tt(N),C,r,i),F=10+m*z.length;j.set(N.id,{x:$,y:x[I],w:A,h:F,lines:z,cut:w}),x[I]+=F+6}return{boxes:j,headers:v,width:d,height:Math.max(40,...x)+8,fontSize:a}}function Vs(t,n){const a=t.x+t.w,r=t.y+t.h/2,i=n.x,s=n.y+n.h/2,o=Math.max(30,(i-a)/2);return`M${a},${r} C${a+o},${r} ${i-o},${s} ${i},${s}`}T(`
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
`);const Qs=T(`
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
`),Hs=T(`
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
`),wt={special:"#b00020",transfer:"#0b5cad",stale:"#a14a00"};function ke(t){const n=[];return t.specialCategory&&n.push(t.group?"holds special-category data (Art 9)":"special category (Art 9)"),t.criminalOffence&&n.push("criminal offence data (Art 10)"),t.transfer&&n.push("third-country transfer"),t.staleSafeguard&&n.push("safeguard no longer valid"),n}function sa(t){return[t.kind.toLowerCase(),t.group?"group":"",t.specialCategory||t.criminalOffence?"special":"",t.transfer?"transfer":"",t.staleSafeguard?"stale":"",t.match?"hit":""].filter(Boolean).join(" ")}function Ys(){const[t,n]=we(),a=t.get("focus")??"",r=t.getAll("expand"),i=t.get("q")??"",s=t.get("node")??"",o=c=>{const l=new URLSearchParams(t);c(l),n(l)};return{focus:a,expand:r,q:i,node:s,select:c=>o(l=>c?l.set("node",c):l.delete("node")),setFocus:c=>o(l=>{c?(l.set("focus",c),l.set("node",c)):l.delete("focus")}),toggle:c=>o(l=>{const u=l.getAll("expand");l.delete("expand");for(const f of u.includes(c)?u.filter(d=>d!==c):[...u,c])l.append("expand",f)}),search:c=>o(l=>{c.trim()?l.set("q",c.trim()):l.delete("q"),l.delete("focus")}),overview:()=>o(c=>{c.delete("focus"),c.delete("q"),c.delete("expand")}),clearNode:c=>{c.delete("node"),c.delete("focus"),c.delete("expand"),c.delete("q")},update:o}}function Ks(){const t="(max-width: 699px)",[n,a]=h.useState(()=>window.matchMedia(t).matches);return h.useEffect(()=>{const r=window.matchMedia(t),i=()=>a(r.matches);return r.addEventListener("change",i),()=>r.removeEventListener("change",i)},[]),n}function Js(){const{orgs:t,org:n}=Ee(),a=Ys(),{asOf:r,time:i,setAsOf:s}=Yt(),o=Ks(),[c,l]=h.useState(a.q);h.useEffect(()=>l(a.q),[a.q]);const u=J(()=>n?B(Qs,{organization:n.key,focus:a.focus||void 0,expand:a.expand.length?a.expand:void 0,search:a.q||void 0,asOf:i}):Promise.resolve(void 0),[n?.key,a.focus,a.expand.join(`
`),a.q,i]),f=u.data?.dataMapView,d=h.useMemo(()=>f?.nodes??[],[f]),p=h.useMemo(()=>f?.links??[],[f]),g=Ts(n,d),m=h.useMemo(()=>r?new Map:g,[r,g]),j=a.node,v=d.find(R=>R.id===j),x=h.useRef(null);return h.useEffect(()=>{o&&j&&x.current?.scrollIntoView({block:"start"})},[o,j]),e.jsxs("section",{"aria-labelledby":"map-h",className:"map-view",children:[e.jsxs("h1",{id:"map-h",children:["Data map",n?`: ${n.name}`:""]}),e.jsxs("form",{className:"filters","aria-label":"Search and date of the data map",role:"search",onSubmit:R=>{R.preventDefault(),a.search(c)},children:[e.jsx(et,{orgs:t,org:n,setOrg:R=>a.update(N=>{a.clearNode(N),N.set("org",R)})}),e.jsxs("div",{className:"field wide map-search",children:[e.jsx("label",{htmlFor:"map-q",children:"Search names and keys"}),e.jsx("input",{id:"map-q",type:"search",value:c,onChange:R=>l(R.target.value),placeholder:"e.g. contact, Google, user.financial, US","aria-describedby":"map-q-hint"}),e.jsx("small",{id:"map-q-hint",children:"Activities, recipients, systems, data categories and countries; the map keeps the hits and their links."})]}),e.jsx(Kt,{id:"f-asof",asOf:r,setAsOf:s}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",children:"Search"}),(a.focus||a.q||a.expand.length>0)&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{l(""),a.overview()},children:"Back to the overview"})]})]}),e.jsx(Jt,{asOf:r,setAsOf:s}),e.jsx(Z,{error:u.error}),f&&e.jsx(Gs,{view:f,focus:a.focus,q:a.q,loading:u.loading,onOverview:()=>a.overview()}),f&&a.q&&e.jsx(Xs,{view:f,q:a.q,onFocus:a.setFocus}),e.jsx(Zs,{}),e.jsxs("div",{className:`map-layout${o?" narrow":""}`,children:[e.jsx("div",{className:"map-main",children:o?e.jsx(mn,{nodes:d,selected:j,onSelect:a.select,onToggle:a.toggle,expanded:a.expand,marks:m}):e.jsx(to,{nodes:d,links:p,selected:j,onSelect:a.select,marks:m,focus:a.focus})}),e.jsx("aside",{ref:x,className:"details","aria-label":"Details of the selected node","aria-live":"polite",children:j&&n?e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary close",onClick:()=>a.select(""),"aria-label":"Close the details",children:"×"}),e.jsx(so,{org:n.key,id:j,asOfTime:i,past:!!r,focused:a.focus===j,expanded:a.expand,onFocus:a.setFocus,onSelect:a.select,onToggle:a.toggle}),v&&e.jsx(Ls,{org:n.key,node:v,findings:m.get(v.id)})]}):e.jsxs("p",{className:"muted hint",children:["Select a node in the map",o?"":" or in the lists below it"," for what it receives, sends and why, with the sentences of the notices."]})})]}),!o&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{className:"lists-h",children:"The same nodes as lists"}),e.jsx(mn,{nodes:d,selected:j,onSelect:a.select,onToggle:a.toggle,expanded:a.expand,marks:m})]})]})}function ye(t,n,a=`${n}s`){return`${t} ${t===1?n:a}`}function Gs({view:t,focus:n,q:a,loading:r,onOverview:i}){const s=t.totals,o=t.nodes.filter(l=>l.group).length;let c;return n&&t.focus?c=e.jsxs(e.Fragment,{children:["Focused on ",e.jsx("strong",{children:tt(t.focus)})," (",ze[t.focus.kind]?.toLowerCase().replace(/s$/,"")??t.focus.kind,"): only its neighbourhood, ",ye(t.nodes.length,"node"),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:i,children:"Show the whole map"})]}):a?c=e.jsxs(e.Fragment,{children:[ye(t.matchCount,"match","matches")," for “",a,"”, drawn with their links: ",ye(t.nodes.length,"node"),"."]}):c=e.jsxs(e.Fragment,{children:["Overview: ",ye(s.systems,"system"),", ",ye(s.categories,"data category","data categories"),", ",ye(s.activities,"activity","activities"),", ",ye(s.recipients,"recipient"),", ",ye(s.countries,"country","countries"),o?`; ${ye(o,"group")} to expand`:"","."]}),e.jsxs("p",{className:"map-status","aria-live":"polite","data-testid":"map-status",children:[r?"Loading the map… ":null,c]})}function Xs({view:t,q:n,onFocus:a}){return t.matchCount?e.jsxs("section",{"aria-labelledby":"map-matches-h",className:"map-matches",children:[e.jsxs("h2",{id:"map-matches-h",className:"small",children:[t.matchCount>t.matches.length?`The first ${t.matches.length} of ${t.matchCount} matches`:`Matches (${t.matchCount})`,": focus on one"]}),e.jsx("ul",{children:t.matches.map(r=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>a(r.id),title:r.key?`${r.label} — ${r.key}`:r.label,children:r.label})," ",e.jsx("span",{className:"muted",children:ze[r.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase()})]},r.id))})]}):e.jsxs("p",{className:"muted",children:["Nothing in this organization's map is named like “",n,"”."]})}function Zs(){return e.jsxs("ul",{className:"legend","aria-label":"Legend",children:[e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:wt.special}})," special-category or criminal-offence data"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch",style:{background:wt.transfer}})," third-country transfer"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch stale-swatch",style:{borderColor:wt.stale}})," safeguard no longer valid (dashed)"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch group-swatch"})," group: select it to list or expand its members"]}),e.jsxs("li",{children:[e.jsx("span",{className:"swatch finding-swatch"})," open findings (⚑ and their number)"]})]})}let $t;function eo(t){$t===void 0&&($t=document.createElement("canvas").getContext("2d"));const n=$t;return n?(n.font=`${t}px ${getComputedStyle(document.body).fontFamily}`,a=>n.measureText(a).width):a=>a.length*t*.58}function to({nodes:t,links:n,selected:a,onSelect:r,marks:i,focus:s}){const o=h.useRef(null),c=h.useRef(null),[l,u]=h.useState(900),[f,d]=h.useState(()=>window.innerHeight),[p,g]=h.useState({x:0,y:0,k:1}),m=h.useRef(null),j=h.useRef(!1);h.useEffect(()=>{const b=o.current;if(!b)return;const E=new ResizeObserver(()=>u(b.clientWidth));E.observe(b),u(b.clientWidth);const M=()=>d(window.innerHeight);return window.addEventListener("resize",M),()=>{E.disconnect(),window.removeEventListener("resize",M)}},[]);const v=h.useMemo(()=>_s(t,Math.max(340,l-8),13,eo(13)),[t,l]),x=Math.round(Math.min(v.height+12,Math.max(360,f*.72)));h.useEffect(()=>g({x:0,y:0,k:1}),[t]);const R=l/p.k,N=x/p.k,I=b=>{const E=Math.min(3,Math.max(.2,b.k)),M=Math.max(0,v.width+20-l/E),U=Math.max(0,v.height+20-x/E);return{k:E,x:Math.min(M,Math.max(Math.min(0,M),b.x)),y:Math.min(U,Math.max(Math.min(0,U),b.y))}},$=(b,E=l/2,M=x/2)=>g(U=>{const y=Math.min(3,Math.max(.2,U.k*b)),S=U.x+E/U.k,D=U.y+M/U.k;return I({k:y,x:S-E/y,y:D-M/y})});h.useEffect(()=>{const b=c.current;if(!b)return;const E=M=>{const U=b.getBoundingClientRect();if(M.ctrlKey||M.metaKey){M.preventDefault(),$(M.deltaY<0?1.15:1/1.15,M.clientX-U.left,M.clientY-U.top);return}g(D=>{const L=I({...D,x:D.x+(M.shiftKey?M.deltaY:M.deltaX)/D.k,y:D.y+(M.shiftKey?0:M.deltaY)/D.k});return L.x===D.x&&L.y===D.y?D:L});const y=A.current,S=Math.max(0,v.height+20-x/y.k);(M.deltaY>0&&y.y<S-.5||M.deltaY<0&&y.y>.5||M.shiftKey)&&M.preventDefault()};return b.addEventListener("wheel",E,{passive:!1}),()=>b.removeEventListener("wheel",E)});const A=h.useRef(p);A.current=p;const C=b=>g(E=>{const M=l/E.k,U=x/E.k;return b.x>=E.x&&b.y>=E.y&&b.x+b.w<=E.x+M&&b.y+b.h<=E.y+U?E:I({...E,x:b.x+b.w>E.x+M||b.x<E.x?b.x-20:E.x,y:b.y+b.h>E.y+U||b.y<E.y?b.y-U/3:E.y})}),z=h.useMemo(()=>new Set(t.map(b=>b.id)),[t]),w=h.useMemo(()=>{if(!a||a===s)return null;const b=new Set([a]);for(const E of n)E.from===a&&b.add(E.to),E.to===a&&b.add(E.from);return b},[a,n,s]),F=b=>{const E=60/p.k,M={ArrowLeft:[-E,0],ArrowRight:[E,0],ArrowUp:[0,-E],ArrowDown:[0,E]};if(b.key==="+"||b.key==="=")$(1.25);else if(b.key==="-"||b.key==="_")$(1/1.25);else if(b.key==="0")g({x:0,y:0,k:1});else if(M[b.key]&&b.target===c.current)g(U=>I({...U,x:U.x+M[b.key][0],y:U.y+M[b.key][1]}));else return;b.preventDefault()};return e.jsxs("div",{className:"graph-wrap",ref:o,children:[e.jsxs("div",{className:"graph-tools",role:"group","aria-label":"Zoom and move the drawing",children:[e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom in",title:"Zoom in (+)",onClick:()=>$(1.25),children:"+"}),e.jsx("button",{type:"button",className:"secondary","aria-label":"Zoom out",title:"Zoom out (−)",onClick:()=>$(1/1.25),children:"−"}),e.jsx("button",{type:"button",className:"secondary",title:"Back to 100 %, top left (0)",onClick:()=>g({x:0,y:0,k:1}),children:"Reset"}),e.jsxs("span",{className:"muted zoom-level","aria-live":"polite",children:[Math.round(p.k*100)," %"]}),e.jsx("span",{className:"muted tools-hint",children:"Drag or scroll to move; ctrl + scroll to zoom."})]}),e.jsxs("svg",{ref:c,className:"graph","data-testid":"graph",role:"group","aria-label":`Data map drawing, ${t.length} nodes${s?" around the focused node":""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`,tabIndex:0,width:l,height:x,viewBox:`${p.x} ${p.y} ${R} ${N}`,onKeyDown:F,onPointerDown:b=>{b.button===0&&(m.current={x:b.clientX,y:b.clientY,vx:p.x,vy:p.y,moved:!1},j.current=!1)},onPointerMove:b=>{const E=m.current;if(!E)return;const M=b.clientX-E.x,U=b.clientY-E.y;!E.moved&&Math.hypot(M,U)<5||(E.moved||(E.moved=!0,c.current?.setPointerCapture(b.pointerId)),j.current=!0,g(y=>I({...y,x:E.vx-M/y.k,y:E.vy-U/y.k})))},onPointerUp:()=>{m.current=null},onPointerCancel:()=>{m.current=null},children:[e.jsx("rect",{x:p.x,y:p.y,width:R,height:N,fill:"#fff"}),v.headers.map((b,E)=>e.jsx("text",{x:b.x+2,y:b.y,className:"col-head",children:b.label},E)),e.jsx("g",{className:"links",children:n.map(b=>{const E=v.boxes.get(b.from),M=v.boxes.get(b.to);if(!E||!M||!z.has(b.from)||!z.has(b.to))return null;const U=w&&(b.from===a||b.to===a),y=w&&!U;return e.jsx("path",{d:Vs(E,M),className:`link ${b.kind.toLowerCase()}${b.staleSafeguard?" stale":""}${U?" hl":""}${y?" faded":""}`,strokeWidth:Math.min(6,1+Math.log2(b.count))*(U?1.6:1),children:e.jsx("title",{children:`${b.count} link${b.count===1?"":"s"}`})},`${b.from}|${b.to}|${b.kind}`)})}),e.jsx("g",{className:"nodes",children:t.map(b=>{const E=v.boxes.get(b.id);return E?e.jsx(no,{n:b,b:E,fontSize:v.fontSize,selected:a===b.id,faded:!!w&&!w.has(b.id),findings:i.get(b.id),onFocus:()=>C(E),onSelect:()=>{j.current||r(b.id)}},b.id):null})})]})]})}function no({n:t,b:n,fontSize:a,selected:r,faded:i,findings:s,onSelect:o,onFocus:c}){const l=[tt(t),t.key&&t.key!==t.label?t.key:"",...ke(t),s?.length?`${s.length} open finding${s.length===1?"":"s"}`:""].filter(Boolean).join(" — "),u=Math.round(a*1.3);return e.jsxs("g",{className:`mnode ${sa(t)}${r?" selected":""}${i?" faded":""}`,transform:`translate(${n.x},${n.y})`,role:"button",tabIndex:0,"aria-label":l,"aria-pressed":r,"data-id":t.id,onClick:o,onFocus:c,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),o())},children:[e.jsx("title",{children:l}),t.group&&e.jsx("rect",{className:"stack",x:4,y:4,width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"box",width:n.w,height:n.h,rx:6}),e.jsx("rect",{className:"bar",width:5,height:n.h,rx:2}),n.lines.map((f,d)=>e.jsx("text",{x:12,y:5+u*(d+1)-4,fontSize:a,children:f},d)),s?.length?e.jsxs("text",{className:"flag-mark",x:n.w-6,y:a+2,textAnchor:"end",fontSize:a-1,children:["⚑",s.length]}):null]})}function mn({nodes:t,selected:n,onSelect:a,onToggle:r,expanded:i,marks:s}){const o=["SYSTEM","DATA_CATEGORY","ACTIVITY","RECIPIENT","COUNTRY"],c=l=>e.jsxs("li",{"data-id":l.id,children:[e.jsxs("button",{type:"button",className:`node-button ${sa(l)}`,"aria-pressed":n===l.id,onClick:()=>a(l.id),title:l.key&&l.key!==l.label?`${l.label} — ${l.key}`:l.label,children:[tt(l),ke(l).length>0&&e.jsxs("span",{className:"flags",children:[" — ",ke(l).join(", ")]}),e.jsx(zs,{findings:s.get(l.id)})]}),l.group&&!l.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":!1,onClick:()=>r(l.id),"aria-label":`Show the ${l.members} members of ${l.label}`,children:"▸"})]},l.id);return e.jsx("div",{className:"node-list",children:o.map(l=>{const u=t.filter(p=>p.kind===l);if(!u.length)return null;const f=[],d=new Set;for(const p of u){if(!p.parent){f.push(c(p));continue}if(d.has(p.parent))continue;d.add(p.parent);const g=u.filter(m=>m.parent===p.parent);f.push(e.jsxs("li",{className:"open-group","data-id":p.parent,children:[e.jsx("span",{className:"group-name",children:p.parentLabel}),e.jsx("button",{type:"button",className:"secondary toggle","aria-expanded":i.includes(p.parent),onClick:()=>r(p.parent),"aria-label":`Hide the members of ${p.parentLabel}`,children:"▾"}),e.jsx("ul",{children:g.map(c)})]},p.parent))}return e.jsxs("section",{"aria-labelledby":`list-${l}`,children:[e.jsxs("h2",{id:`list-${l}`,children:[ze[l]," (",u.filter(p=>!p.group).length+u.filter(p=>p.group).reduce((p,g)=>p+g.members,0),")"]}),e.jsx("ul",{children:f})]},l)})})}function dt({evidence:t}){return t?.length?e.jsx("ul",{className:"sentences",children:t.map(n=>e.jsx("li",{children:e.jsxs(K,{to:`/evidence/${n.id}`,className:"evidence-link",children:["“",n.quote.replace(/\s+/g," ").trim(),"”"]})},n.id))}):e.jsx("span",{className:"muted",children:"no sentence recorded"})}function ao({t,past:n}){return t.safeguard?t.valid?e.jsx("span",{className:"valid-tag",children:n?"valid on the map's date":"valid today"}):t.invalidSince?e.jsxs("strong",{className:"invalid-tag",children:["invalid since ",t.invalidSince.slice(0,10),t.safeguard.invalidatedBy?` (${t.safeguard.invalidatedBy})`:""]}):e.jsx("strong",{className:"invalid-tag",children:"not yet valid"}):e.jsx("strong",{className:"stale-text",children:"no safeguard stated"})}function Ft({acts:t,onSelect:n,max:a=6}){const[r,i]=h.useState(!1),s=r?t:t.slice(0,a);return e.jsxs("ul",{className:"act-links",children:[s.map(o=>e.jsx("li",{children:e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`act:${o.id}`),children:o.name})},o.id)),t.length>s.length&&e.jsx("li",{children:e.jsxs("button",{type:"button",className:"linklike more",onClick:()=>i(!0),children:["and ",t.length-s.length," more"]})})]})}const ro={ACTIVITY:"stated for the activity",RECIPIENT:"stated for the recipient",NOTICE:"stated by the notice for all its processing",ORGANIZATION:"organization-wide"};function bt({transfers:t,onSelect:n,heading:a,past:r}){return e.jsxs("section",{"aria-label":a,children:[e.jsxs("h3",{children:[a," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts transfers",children:t.map(i=>e.jsxs("li",{"data-testid":"map-transfer",children:[e.jsxs("div",{className:"fact-head",children:[e.jsx("strong",{children:i.countryName}),": ",i.safeguard?.name??"no safeguard stated"," · ",e.jsx(ao,{t:i,past:r}),e.jsx(ne,{status:i.transfer.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Recipient:"})," ",i.recipient?e.jsx("button",{type:"button",className:"linklike",onClick:()=>n(`rec:${i.recipient.id}`),children:i.recipient.name}):"none named"]}),e.jsxs("div",{children:[e.jsxs("span",{className:"muted",children:["Activities (",i.activities.length,", ",ro[i.appliesTo]??i.appliesTo,"):"]})," ",e.jsx(Ft,{acts:i.activities,onSelect:n})]}),e.jsx(dt,{evidence:i.transfer.evidence})]},i.transfer.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function io({bases:t,all:n}){return t.length?e.jsxs(e.Fragment,{children:[n&&e.jsx("span",{className:"muted",children:"(the disclosure names no purpose: all the activity's) "}),t.map((a,r)=>e.jsxs("span",{children:[r>0?"; ":"",a.purpose.name," — ",a.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),a.specialCondition?`, ${a.specialCondition.reference}`:""]},a.id))]}):e.jsx("span",{className:"muted",children:"no purpose stated"})}function oa({cats:t}){return e.jsx(e.Fragment,{children:t.map((n,a)=>e.jsxs("span",{title:n.key,className:n.specialCategory||n.criminalOffence?"special-text":void 0,children:[a>0?", ":"",n.name]},n.key))})}function Nt({list:t,show:n,onSelect:a,heading:r}){return e.jsxs("section",{"aria-label":r,children:[e.jsxs("h3",{children:[r," (",t.length,")"]}),t.length?e.jsx("ul",{className:"map-facts disclosures",children:t.map(i=>e.jsxs("li",{children:[e.jsxs("div",{className:"fact-head",children:[n!=="activity"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>a(`rec:${i.recipient.id}`),children:i.recipient.name}),n==="both"&&" from ",n!=="recipient"&&e.jsx("button",{type:"button",className:"linklike strong",onClick:()=>a(`act:${i.activity.id}`),children:i.activity.name}),e.jsx(ne,{status:i.disclosure.reviewStatus})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Data:"})," ",e.jsx(oa,{cats:i.categories})]}),e.jsxs("div",{children:[e.jsx("span",{className:"muted",children:"Why, on what basis:"})," ",e.jsx(io,{bases:i.bases,all:i.allBases})]}),e.jsx(dt,{evidence:i.disclosure.evidence})]},i.disclosure.id))}):e.jsx("p",{className:"muted",children:"none recorded"})]})}function so({org:t,id:n,asOfTime:a,past:r,focused:i,expanded:s,onFocus:o,onSelect:c,onToggle:l}){const u=Ie(),{data:f,error:d,loading:p}=J(()=>B(Hs,{organization:t,node:n,asOf:a}),[t,n,a]),g=f?.dataMapDetails;if(d)return e.jsx(Z,{error:d});if(!g)return e.jsx("p",{className:"muted",children:p?"Loading…":""});const m=g.node,j=m.group&&!m.id.endsWith(":more"),v=ze[m.kind]?.replace(/ies$/,"y").replace(/s$/,"").toLowerCase();return e.jsxs("div",{"data-testid":"map-details","data-node":m.id,children:[e.jsx("h2",{id:"details-h",children:tt(m)}),e.jsxs("p",{className:"muted kind-line",children:[j?`group of ${ze[m.kind]?.toLowerCase()}`:v,m.key&&m.key!==m.label?e.jsxs(e.Fragment,{children:[" · ",e.jsx("code",{children:m.key})]}):null,ke(m).length?` · ${ke(m).join(", ")}`:""]}),e.jsxs("div",{className:"buttons detail-actions",children:[!i&&!m.id.endsWith(":more")&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>o(m.id),children:"Focus on its neighbourhood"}),j&&e.jsx("button",{type:"button",className:"secondary","aria-expanded":s.includes(m.id),onClick:()=>l(m.id),children:s.includes(m.id)?"Collapse the group":"Expand the group in the map"}),m.kind==="DATA_CATEGORY"&&m.key&&e.jsxs(K,{to:`/lookup?field=${encodeURIComponent(m.key)}`,children:["Who receives ",m.key,"?"]})]}),r&&e.jsx("p",{className:"muted past-note",children:"As the catalog stood on the map's date."}),g.activity&&e.jsxs(e.Fragment,{children:[e.jsxs("dl",{children:[e.jsx("dt",{children:"Business function"}),e.jsx("dd",{children:g.activity.businessFunction||"—"}),e.jsx("dt",{children:"Role"}),e.jsx("dd",{children:g.activity.role}),e.jsx("dt",{children:"Review"}),e.jsx("dd",{children:g.activity.reviewStatus})]}),g.activity.description&&e.jsx("p",{children:g.activity.description}),e.jsx("h3",{children:"Purposes and bases"}),e.jsx("ul",{className:"map-facts",children:g.purposes.map(x=>e.jsxs("li",{children:[x.purpose.name,": ",x.legalBasis?.reference??e.jsx("em",{children:"basis not stated"}),x.specialCondition?`, ${x.specialCondition.reference}`:"",e.jsx(ne,{status:x.reviewStatus}),e.jsx(dt,{evidence:x.evidence})]},x.id))}),e.jsxs("h3",{children:["Data categories (",g.categories.length,")"]}),e.jsx("p",{children:e.jsx(oa,{cats:g.categories})}),g.systems.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:"Systems"}),e.jsx("p",{children:g.systems.map(x=>x.name).join(", ")})]}),e.jsx(Nt,{list:g.disclosures,show:"recipient",onSelect:c,heading:"Recipients"}),e.jsx(bt,{transfers:g.transfers,onSelect:c,heading:"Transfers",past:r}),e.jsx("h3",{children:"Sentences about the activity"}),e.jsx(dt,{evidence:g.activity.evidence}),e.jsx("p",{children:e.jsx(K,{to:`/activities/${g.activity.id}`,children:u("edit")&&!r?"Edit this activity":"Open this activity"})})]}),m.kind==="RECIPIENT"&&!m.group&&e.jsxs(e.Fragment,{children:[e.jsx(Nt,{list:g.disclosures,show:"activity",onSelect:c,heading:"What it receives and why"}),e.jsx(bt,{transfers:g.transfers,onSelect:c,heading:"Where it takes the data",past:r})]}),m.kind==="COUNTRY"&&!m.group&&e.jsx(bt,{transfers:g.transfers,onSelect:c,heading:`Transfers to ${m.label}`,past:r}),m.kind==="DATA_CATEGORY"&&(g.collectedBy.length>0||g.disclosures.length>0)&&e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-label":"Who collects it",children:[e.jsxs("h3",{children:["Collected by (",g.collectedBy.length,")"]}),e.jsx(Ft,{acts:g.collectedBy,onSelect:c,max:12})]}),e.jsx(Nt,{list:g.disclosures,show:"both",onSelect:c,heading:"Who receives it"})]}),m.kind==="SYSTEM"&&!m.group&&e.jsxs("section",{"aria-label":"Activities using it",children:[e.jsxs("h3",{children:["Used for (",g.collectedBy.length,")"]}),e.jsx(Ft,{acts:g.collectedBy,onSelect:c,max:12})]}),g.members.length>0&&e.jsxs("section",{"aria-label":"Members",children:[e.jsx("h3",{children:g.memberCount>g.members.length?`The first ${g.members.length} of ${g.memberCount} members`:`Members (${g.memberCount})`}),e.jsx("ul",{className:"map-members",children:g.members.map(x=>e.jsxs("li",{children:[e.jsx("button",{type:"button",className:"linklike",onClick:()=>c(x.id),title:x.key?`${x.label} — ${x.key}`:x.label,children:x.label}),ke(x).length?e.jsxs("span",{className:"muted",children:[" — ",ke(x).join(", ")]}):null]},x.id))}),g.memberCount>g.members.length&&e.jsx("p",{className:"muted",children:"Search the map to find the others."})]})]})}const oo=T(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);function lo(t,n="",a="",r=""){const i=[...t.controllerRecord?.activities??[],...(t.processorRecord?.controllers??[]).flatMap(o=>o.activities)],s=n.trim().toLowerCase();return i.filter(o=>(!s||[o.name,o.description,o.businessFunction,...o.purposes.map(c=>c.name)].some(c=>(c??"").toLowerCase().includes(s)))&&(!a||o.role===a)&&(!r||o.reviewStatus===r)).sort((o,c)=>o.name.localeCompare(c.name))}const co={activity:"stated for this activity",recipient:"for a recipient",notice:"from the notice",organization:"organization-wide"};function ot({status:t}){return t==="UNREVIEWED"?e.jsxs(e.Fragment,{children:[" ",e.jsx("span",{className:"tag draft",title:"Unreviewed at the time",children:"DRAFT"})]}):null}function kt({own:t,shared:n,children:a}){const r=[...t,...n];return r.length?e.jsx("ul",{children:r.map((i,s)=>e.jsxs("li",{children:[a(i)," ",e.jsxs("span",{className:"muted",children:["(",co[i.appliesTo]??i.appliesTo,")"]}),e.jsx(ot,{status:i.reviewStatus})]},s))}):e.jsx(e.Fragment,{children:"—"})}function uo({org:t,asOf:n,time:a,search:r,role:i,review:s}){const o=J(()=>B(oo,{organization:t,asOf:a}),[t,a]),c=o.data?.article30,l=c?lo(c,r,i,s):[],u=new Map((c?.shared??[]).map(d=>[d.id,d])),f=d=>d.shared.flatMap(p=>u.get(p)?[u.get(p)]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(Z,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"past-record-summary",children:o.loading?"Rebuilding the record from the history…":c?`${l.length} activities on ${n}`:""}),l.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":`Record of processing as of ${n}`,children:e.jsxs("table",{className:"records past",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Business function"}),e.jsx("th",{scope:"col",children:"Role"}),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),e.jsx("th",{scope:"col",children:"Review"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:l.map((d,p)=>{const g=f(d);return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[d.name,e.jsx(ot,{status:d.reviewStatus}),d.notice&&e.jsx("div",{className:"muted notice-name",children:d.notice})]}),e.jsx("td",{"data-label":"Business function",children:d.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:d.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:d.purposes.map((m,j)=>e.jsxs("li",{children:[m.name,": ",m.legalBasis?.reference??"not stated",m.specialCondition?`; ${m.specialCondition.reference}`:"",e.jsx(ot,{status:m.reviewStatus})]},j))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[d.dataSubjects.map(m=>m.name).join(", ")||"—",e.jsx("br",{}),d.dataCategories.map((m,j)=>e.jsxs("span",{className:m.specialCategory?"special-text":"",children:[j>0?", ":"",m.name]},m.key))]}),e.jsx("td",{"data-label":"Recipients",children:d.recipients.length?d.recipients.map((m,j)=>e.jsxs("span",{children:[j>0?", ":"",m.name,e.jsx(ot,{status:m.reviewStatus})]},j)):"—"}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(kt,{own:d.transfers,shared:g.flatMap(m=>m.transfers),children:m=>e.jsxs(e.Fragment,{children:[m.country||m.scope,m.recipient?` to ${m.recipient}`:"",": ",m.safeguard?m.safeguard.name:"no safeguard stated",m.safeguard?.stale?e.jsxs("strong",{className:"stale-text",children:[" (invalid since ",m.safeguard.validUntil,")"]}):null]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(kt,{own:d.retention,shared:g.flatMap(m=>m.retention),children:m=>e.jsxs(e.Fragment,{children:[m.duration?Oe(m.duration):$e(m.criterion,90),m.dataCategories.length?` (of ${m.dataCategories.map(j=>j.name).join(", ")})`:""]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(kt,{own:d.security,shared:g.flatMap(m=>m.security),children:m=>e.jsx(e.Fragment,{children:m.name})})}),e.jsx("td",{"data-label":"Review",children:d.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:d.evidence.length?e.jsx("ul",{className:"evidence-quotes",children:d.evidence.slice(0,2).map((m,j)=>e.jsxs("li",{title:m.quote,children:["“",$e(m.quote,70),"”"]},j))}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${d.name}-${p}`)})})]})}),c&&!l.length&&e.jsxs("p",{children:["No activities",r||i||s?" match the filter":""," on ",n,"."]})]})}function la(){const[t,n]=we();return{params:t,get:i=>t.get(i)??"",set:(i,s={})=>{const o=new URLSearchParams(window.location.search);if(!s.keepPage)for(const c of["page","after","before"])o.delete(c);for(const[c,l]of Object.entries(i))l?o.set(c,l):o.delete(c);n(o,{replace:s.replace})}}}function ca(t,n){const a=new URLSearchParams(t);for(const r of["page","after","before","activity","asOf"])a.delete(r);return a.set("org",n),a.toString()}function da(t,n,a=250){const[r,i]=h.useState(t),s=h.useRef(t);return h.useEffect(()=>{t!==s.current&&i(s.current=t)},[t]),h.useEffect(()=>{if(r===s.current)return;const o=setTimeout(()=>n(s.current=r),a);return()=>clearTimeout(o)},[r]),[r,i]}const ho=T(`
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
`),gn=10;function fo(t,n,a,r,i=""){const s=[];t&&s.push({organizationID:t}),i&&s.push({id:i});const o=n.trim();return o&&s.push({or:[{nameContainsFold:o},{descriptionContainsFold:o},{businessFunctionContainsFold:o},{hasPurposesWith:[{hasPurposeWith:[{nameContainsFold:o}]}]}]}),a&&s.push({role:a}),r&&s.push({reviewStatus:r}),{and:s}}function po(){const{orgs:t,org:n}=Ee(),{params:a,get:r,set:i}=la(),s=r("q"),o=r("role"),c=r("review"),u={field:["NAME","BUSINESS_FUNCTION","ROLE","REVIEW_STATUS"].includes(r("sort"))?r("sort"):"NAME",direction:r("dir")==="desc"?"DESC":"ASC"},f={after:r("after")||void 0,before:r("before")||void 0},d=w=>i({after:w.after,before:w.before},{keepPage:!0}),[p,g]=da(s,w=>i({q:w},{replace:!0})),m=a.get("activity")??"",{asOf:j,time:v,setAsOf:x}=Yt(),R=ra(n?.key),N=J(()=>n&&!j?B(ho,{where:fo(n.id,s,o,c,m),orderBy:[u],...f.before?{last:gn,before:f.before}:{first:gn,after:f.after}}):Promise.resolve(void 0),[n?.id,j,s,o,c,m,u.field,u.direction,f.after,f.before]),I=N.data?.activities,$=(I?.edges??[]).flatMap(w=>w?.node?[w.node]:[]),A=w=>`/reports/inventory/activities.${w}?${ca(a,n?.key??"")}`,C=(w,F)=>{const b=u.field===w;return e.jsx("th",{scope:"col","aria-sort":b?u.direction==="ASC"?"ascending":"descending":"none",children:e.jsxs("button",{type:"button",className:"sort",onClick:()=>{i({sort:w,dir:b&&u.direction==="ASC"?"desc":"asc"})},children:[F," ",e.jsx("span",{"aria-hidden":"true",children:b?u.direction==="ASC"?"▲":"▼":"↕"})]})})},z=w=>ys(n?.key??"",w,j||void 0);return e.jsxs("section",{"aria-labelledby":"rec-h",children:[e.jsxs("h1",{id:"rec-h",children:["Record of processing",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(et,{orgs:t,org:n,setOrg:w=>i({org:w})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-search",children:"Search"}),e.jsx("input",{id:"rec-search",type:"search",value:p,onChange:w=>g(w.target.value),placeholder:"name, function or purpose"})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-role",children:"Role"}),e.jsxs("select",{id:"rec-role",value:o,onChange:w=>i({role:w.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"controller",children:"controller"}),e.jsx("option",{value:"processor",children:"processor"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rec-review",children:"Review status"}),e.jsxs("select",{id:"rec-review",value:c,onChange:w=>i({review:w.target.value}),children:[e.jsx("option",{value:"",children:"any"}),e.jsx("option",{value:"REVIEWED",children:"reviewed"}),e.jsx("option",{value:"UNREVIEWED",children:"unreviewed"}),e.jsx("option",{value:"REJECTED",children:"rejected"})]})]}),e.jsx(Kt,{id:"rec-asof",asOf:j,setAsOf:w=>i({asOf:w})}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":j?`Download the Article 30 report as of ${j}`:"Download the Article 30 report",children:[e.jsx("a",{className:"button",href:z("html"),target:"_blank",rel:"noopener",children:"Report (HTML)"}),e.jsx("a",{className:"button",href:z("csv"),download:!0,children:"Report (CSV)"}),e.jsx("a",{className:"button",href:z("xlsx"),download:!0,children:"Report (XLSX)"})]}),n&&!j&&!m&&e.jsxs("div",{className:"buttons exports",role:"group","aria-label":"Export the activities shown (all pages)",children:[e.jsx("a",{className:"button",href:A("csv"),download:!0,"data-testid":"export-csv",children:"Export table (CSV)"}),e.jsx("a",{className:"button",href:A("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export table (XLSX)"})]})]}),e.jsx(Jt,{asOf:j,setAsOf:x}),j&&n&&v&&e.jsx(uo,{org:n.key,asOf:j,time:v,search:s,role:o,review:c}),!j&&m&&e.jsxs("p",{className:"fact-filter",children:["Only one activity (linked from a finding)."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>i({activity:""}),children:"Show all activities"})]}),!j&&e.jsxs(e.Fragment,{children:[e.jsx(Z,{error:N.error}),e.jsx("p",{"aria-live":"polite",className:"muted",children:N.loading?"Loading…":I?`${I.totalCount} activities`:""}),e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"rec-h",children:e.jsxs("table",{className:"records",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[C("NAME","Activity"),C("BUSINESS_FUNCTION","Business function"),C("ROLE","Role"),e.jsx("th",{scope:"col",children:"Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)"}),e.jsx("th",{scope:"col",children:"Data subjects and categories (c)"}),e.jsx("th",{scope:"col",children:"Recipients (d)"}),e.jsx("th",{scope:"col",children:"Transfers and safeguards (e)"}),e.jsx("th",{scope:"col",children:"Retention (f)"}),e.jsx("th",{scope:"col",children:"Security measures (g)"}),C("REVIEW_STATUS","Review"),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:$.map(w=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[e.jsx(K,{to:`/activities/${w.id}`,children:w.name}),e.jsx(ne,{status:w.reviewStatus}),n&&e.jsx("span",{className:"badges",children:e.jsx(fn,{org:n.key,fact:`activity:${w.id}`,findings:R.get(`activity:${w.id}`),label:w.name})}),w.notice&&e.jsx("div",{className:"muted notice-name",title:w.notice.audience?`Audience: ${w.notice.audience}`:void 0,children:w.notice.title})]}),e.jsx("td",{"data-label":"Business function",children:w.businessFunction||"—"}),e.jsx("td",{"data-label":"Role",children:w.role}),e.jsx("td",{"data-label":"Purposes and legal bases",children:e.jsx("ul",{children:$a(w.purposes).map(F=>e.jsxs("li",{children:[F.purpose.name,": ",F.legalBasis?.reference??"not stated",F.specialCondition?`; ${F.specialCondition.reference}`:"",e.jsx(ne,{status:F.reviewStatus})]},F.id))})}),e.jsxs("td",{"data-label":"Data subjects and categories",children:[w.dataSubjects?.map(F=>F.name).join(", ")||"—",e.jsx("br",{}),w.dataCategories?.map((F,b)=>e.jsxs("span",{className:F.specialCategory?"special-text":"",children:[b>0?", ":"",F.name]},F.id))]}),e.jsxs("td",{"data-label":"Recipients",children:[Zt(w.disclosures).map((F,b)=>e.jsxs("span",{children:[b>0?", ":"",F.name,e.jsx(ne,{status:F.draft?"UNREVIEWED":void 0})]},F.id)),!Zt(w.disclosures).length&&"—"]}),e.jsx("td",{"data-label":"Transfers and safeguards",className:"transfers",children:e.jsx(st,{facts:w.effectiveTransfers,children:F=>e.jsxs(e.Fragment,{children:[F.country||F.scope,": ",e.jsx(Me,{safeguard:F.safeguard}),n&&e.jsx(fn,{org:n.key,fact:`transfer:${F.id}`,findings:R.get(`transfer:${F.id}`),label:`the transfer to ${F.country||F.scope}`})]})})}),e.jsx("td",{"data-label":"Retention",className:"retention",children:e.jsx(st,{facts:w.effectiveRetentionRules,children:F=>e.jsxs(e.Fragment,{children:[F.duration?Oe(F.duration):e.jsx(mo,{text:F.criterion??"",max:90}),F.dataCategories?.length?e.jsxs("span",{className:"muted",children:[" (of ",F.dataCategories.map(b=>b.name).join(", "),")"]}):null]})})}),e.jsx("td",{"data-label":"Security",className:"security",children:e.jsx(st,{facts:w.effectiveSecurityPractices,inline:!0,children:F=>e.jsx("span",{title:F.description??void 0,children:F.measure.name})})}),e.jsx("td",{"data-label":"Review",children:w.reviewStatus}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:w.evidence?.slice(0,2)})})]},w.id))})]})}),e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:!I?.pageInfo.hasPreviousPage&&!f.after,onClick:()=>d({before:I?.pageInfo.startCursor??void 0}),children:"Previous page"}),e.jsx("button",{type:"button",disabled:!(I?.pageInfo.hasNextPage||f.before),onClick:()=>d({after:I?.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function mo({text:t,max:n}){const[a,r]=h.useState(!1),i=$e(t,n);return i===t.replace(/\s+/g," ").trim()?e.jsx(e.Fragment,{children:t}):e.jsxs(e.Fragment,{children:[a?t:i," ",e.jsx("button",{type:"button",className:"linklike more","aria-expanded":a,onClick:()=>r(!a),children:a?"less":"more"})]})}const go=T(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`),yo=T(`
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
`),vo={EXACT:"exact: declared for this category",BROADER:"broader: declared for a category that covers it",NARROWER:"narrower: receives a part of it"};function xo(){const[t,n]=we(),a=t.get("field")??"",r=t.get("org")??"",{orgs:i}=Ee(),{asOf:s,time:o,setAsOf:c}=Yt(),[l,u]=h.useState(a),[f,d]=h.useState({for:"",list:[]}),[p,g]=h.useState(!1),[m,j]=h.useState(-1);h.useEffect(()=>u(a),[a]),h.useEffect(()=>{const $=l.trim();if($.length<2)return d({for:$,list:[]});let A=!0;const C=setTimeout(()=>{B(go,{text:$,organization:r||void 0}).then(z=>A&&d({for:$,list:z.lookupSuggestions}),()=>A&&d({for:$,list:[]}))},120);return()=>{A=!1,clearTimeout(C)}},[l,r]),h.useEffect(()=>j(-1),[f]);const v=$=>{g(!1),u($);const A=new URLSearchParams(t);A.set("field",$.trim()),n(A)},x=p&&f.for===l.trim()?f.list:[],R=J(()=>a?B(yo,{field:a,organization:r||void 0,asOf:o}):Promise.resolve(void 0),[a,r,o]),N=R.data?.recipientsOf??[],I=R.error instanceof Le?R.error.errors.flatMap($=>$.extensions?.suggestions??[]):[];return e.jsxs("section",{"aria-labelledby":"lookup-h",children:[e.jsx("h1",{id:"lookup-h",children:"Who receives this field?"}),e.jsxs("form",{className:"filters",role:"search",onSubmit:$=>{$.preventDefault(),v(l)},children:[e.jsxs("div",{className:"field wide combo",children:[e.jsx("label",{htmlFor:"lookup-field",children:"Field path or data category"}),e.jsx("input",{id:"lookup-field",role:"combobox","aria-autocomplete":"list","aria-expanded":x.length>0,"aria-controls":"lookup-options","aria-activedescendant":m>=0&&x[m]?`lookup-option-${m}`:void 0,value:l,onChange:$=>{u($.target.value),g(!0)},onFocus:()=>g(!0),onBlur:()=>g(!1),onKeyDown:$=>{$.key==="ArrowDown"||$.key==="ArrowUp"?($.preventDefault(),g(!0),x.length&&j(A=>$.key==="ArrowDown"?(A+1)%x.length:(A<=0?x.length:A)-1)):$.key==="Enter"&&m>=0&&x[m]?($.preventDefault(),v(x[m].value)):$.key==="Escape"&&g(!1)},placeholder:"user.contact.email, careers.application.ssn or a name: email, social security",autoComplete:"off","aria-describedby":"lookup-hint"}),e.jsx("ul",{id:"lookup-options",role:"listbox","aria-label":"Suggestions",className:"combo-list","data-for":f.for,hidden:!x.length,children:x.map(($,A)=>e.jsxs("li",{id:`lookup-option-${A}`,role:"option","aria-selected":A===m,"data-value":$.value,title:$.value,onMouseDown:C=>{C.preventDefault(),v($.value)},children:[e.jsx("span",{className:"combo-name",children:$.name})," ",e.jsx("code",{children:$.value})," ",e.jsx("span",{className:"muted",children:$.kind})]},$.value))}),e.jsx("small",{id:"lookup-hint",children:"Type two letters: keys, names, partial words and typos are matched. Arrow keys choose."})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"lookup-org",children:"Organization"}),e.jsxs("select",{id:"lookup-org",value:r,onChange:$=>{const A=new URLSearchParams(t);$.target.value?A.set("org",$.target.value):A.delete("org"),n(A)},children:[e.jsx("option",{value:"",children:"all"}),i.map($=>e.jsx("option",{value:$.key,children:$.name},$.id))]})]}),e.jsx(Kt,{id:"lookup-asof",asOf:s,setAsOf:c}),e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"submit",children:"Look up"})})]}),e.jsx(Jt,{asOf:s,setAsOf:c}),e.jsx(Z,{error:R.error}),I.length>0&&e.jsxs("p",{children:["Did you mean:"," ",I.map(($,A)=>e.jsxs("span",{children:[A>0&&", ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>v($),children:$})]},$))]}),a&&!R.error&&e.jsx("p",{"aria-live":"polite",className:"muted",children:R.loading?"Looking up…":`${N.length} recipients of ${a}`}),N.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-label":"Recipients and reasons",children:e.jsxs("table",{className:"lookup",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"Recipient"}),e.jsx("th",{scope:"col",children:"Activity"}),e.jsx("th",{scope:"col",children:"Purpose"}),e.jsx("th",{scope:"col",children:"Legal basis"}),e.jsx("th",{scope:"col",children:"Match"}),e.jsx("th",{scope:"col",children:"Country and safeguard"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:N.map(($,A)=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[$.recipient.name,e.jsx(ne,{status:Rt($.recipient.reviewStatus)||Rt($.disclosure.reviewStatus)?"UNREVIEWED":void 0}),e.jsxs("div",{className:"muted",children:[$.recipient.kind," · ",$.organization.name]})]}),e.jsxs("td",{"data-label":"Activity",children:[$.activity.name,e.jsx(ne,{status:$.activity.reviewStatus})]}),e.jsx("td",{"data-label":"Purpose",children:$.purposes.map(C=>C.name).join("; ")||"—"}),e.jsxs("td",{"data-label":"Legal basis",children:[$.allActivityBases&&e.jsx("p",{className:"bases-note muted","data-all-bases":"true",children:"all purposes of the activity (the disclosure names none):"}),$.legalBases.length?e.jsx("ul",{children:$.legalBases.map(C=>e.jsxs("li",{children:[e.jsxs("span",{className:"muted",children:[C.purpose.name,":"]})," ",C.legalBasis?`${C.legalBasis.reference} (${C.legalBasis.name})`:"not stated",C.specialCondition?`; ${C.specialCondition.reference}`:"",e.jsx(ne,{status:C.activityPurpose.reviewStatus})]},C.id))}):"no purpose of the activity matches the disclosure's"]}),e.jsxs("td",{"data-label":"Match",children:[e.jsx("span",{className:`match match-${$.match.toLowerCase()}`,children:$.match}),e.jsxs("div",{className:"muted",children:[vo[$.match]," (",e.jsx("code",{children:$.category.key}),")"]})]}),e.jsx("td",{"data-label":"Country and safeguard",children:$.transfers.length?e.jsx("ul",{children:$.transfers.map(C=>e.jsxs("li",{children:[C.country||C.scope,": ",e.jsx(Me,{safeguard:C.safeguard})," ",e.jsxs("span",{className:"muted",children:["(",ba(Na(C)),")"]}),e.jsx(ne,{status:C.reviewStatus})]},C.id))}):"no transfer recorded"}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:$.evidence})})]},`${$.recipient.id}-${$.activity.id}-${$.category.key}-${A}`))})]})})]})}const jo=T(`
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
`);function wo(){const{id:t=""}=Xe(),{data:n,error:a,loading:r}=J(()=>B(jo,{id:t}),[t]),i=h.useRef(null),s=n?.node?.__typename==="Evidence"?n.node:void 0;if(h.useEffect(()=>{i.current?.scrollIntoView({block:"center"}),i.current?.focus({preventScroll:!0})},[s?.id]),r)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(a)return e.jsx(Z,{error:a});if(!s)return e.jsxs("p",{role:"alert",children:["No evidence span with ID ",t,"."]});const[o,c,l]=Sn(s.document.text,s.start,s.end);return e.jsxs("section",{"aria-labelledby":"ev-h",className:"evidence",children:[e.jsx("h1",{id:"ev-h",children:s.document.title}),e.jsxs("p",{className:"muted",children:[s.document.organization.name,s.document.lastUpdated?` · last updated ${s.document.lastUpdated.slice(0,10)}`:"",s.document.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:s.document.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",s.quote,"”",e.jsxs("footer",{className:"muted",children:["bytes ",s.start,"–",s.end," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[o,e.jsx("mark",{id:"quote",ref:i,tabIndex:-1,children:c}),l]})]})}T(`
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
`);const $o=T(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`),bo={create:"created",update:"updated",delete:"deleted"};function No({history:t,owner:n,lastReviewed:a,parts:r,reload:i}){const s=[...t.changes.map(l=>({change:l,what:"activity"})),...r.flatMap(l=>l.history.changes.map(u=>({change:u,what:l.label})))],o=new Map(s.map(l=>[l.change.id,l])),c=ps(s.map(l=>l.change)).map(l=>o.get(l.id));return e.jsxs("section",{className:"card history","aria-labelledby":"history-h",children:[e.jsx("h2",{id:"history-h",children:"History"}),e.jsxs("dl",{className:"history-stamps",children:[e.jsx("dt",{children:"Created"}),e.jsx("dd",{"data-testid":"history-created",children:t.createdAt?`${Ce(t.createdAt)} by ${t.createdBy??"unknown"}`:"before the history was kept"}),e.jsx("dt",{children:"Last changed"}),e.jsx("dd",{"data-testid":"history-updated",children:t.updatedAt?`${Ce(t.updatedAt)} by ${t.updatedBy??"unknown"}`:"—"}),e.jsx("dt",{children:"Owner"}),e.jsx("dd",{"data-testid":"history-owner",children:n||"not recorded"}),e.jsx("dt",{children:"Last reviewed"}),e.jsx("dd",{"data-testid":"history-last-reviewed",children:a?Ce(a):"never"})]}),e.jsxs("h3",{children:["Changes, newest first (",c.length,")"]}),c.length?e.jsx("ol",{className:"changes","aria-label":"Changes of the activity",children:c.map(l=>e.jsx(ko,{change:l.change,what:l.what,reload:i},l.change.id))}):e.jsx("p",{className:"muted",children:"No changes recorded."})]})}function ko({change:t,what:n,reload:a}){const r=fs(t.before,t.after),i=bo[t.operation]??t.operation;return e.jsxs("li",{className:`change op-${t.operation}`,"data-change":t.id,children:[e.jsxs("div",{className:"change-head",children:[e.jsx("time",{dateTime:t.at,children:Ce(t.at)})," ",e.jsx("strong",{className:"actor",children:t.actor})," ",e.jsxs("span",{className:"muted",children:["via ",t.via]}),":"," ",e.jsxs("span",{className:"what",children:[n," ",i]}),t.reverts?e.jsxs("span",{className:"muted",children:[" (reverts change ",t.reverts,")"]}):null]}),t.note&&e.jsxs("p",{className:"change-note",children:["Note: ",t.note]}),r.length>0&&t.operation!=="update"?e.jsxs("details",{className:"field-details",children:[e.jsxs("summary",{children:[r.length," field",r.length===1?"":"s"," ",t.operation==="delete"?"it had":"set"]}),e.jsx(yn,{change:t,lines:r})]}):r.length>0&&e.jsx(yn,{change:t,lines:r}),e.jsx(Co,{change:t,what:`${xs(t.entityType)} ${i} ${Ce(t.at)}`,reload:a})]})}function yn({change:t,lines:n}){return e.jsx("ul",{className:"field-lines",children:n.map(a=>e.jsxs("li",{"data-field":a.field,children:[e.jsxs("span",{className:"field-name",children:[Kn(a.field),a.edge?" (IDs)":""]}),":"," ",t.operation==="update"?e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"before",children:a.before??"none"})," → ",e.jsx("span",{className:"after",children:a.after??"none"})]}):e.jsx("span",{className:t.operation==="delete"?"before":"after",children:t.operation==="delete"?a.before:a.after})]},`${a.edge?"e":"f"}:${a.field}`))})}function Co({change:t,what:n,reload:a}){const r=Ie(),[i,s]=h.useState(!1),[o,c]=h.useState(""),[l,u]=h.useState(!1),[f,d]=h.useState("");if(!r("admin"))return null;const p=`revert-${t.id}`;return i?e.jsxs("form",{className:"grid revert","aria-label":`Revert the change: ${n}`,onSubmit:async g=>{g.preventDefault(),u(!0),d("");try{await B($o,{id:t.id,reason:o.trim()||void 0}),s(!1),c(""),a()}catch(m){d(m instanceof Error?m.message:String(m))}finally{u(!1)}},children:[e.jsxs("div",{className:"field wide",children:[e.jsx("label",{htmlFor:p,children:"Reason for reverting"}),e.jsx("input",{id:p,value:o,onChange:g=>c(g.target.value),autoFocus:!0})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",className:"danger",disabled:l,children:"Revert"}),e.jsx("button",{type:"button",className:"secondary",onClick:()=>{s(!1),d("")},children:"Cancel"})]}),f&&e.jsx("p",{role:"alert",className:"error",children:f})]}):e.jsx("div",{className:"buttons",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>s(!0),"aria-label":`Revert the change: ${n}`,children:"Revert…"})})}function Ne({id:t,value:n,onChange:a,search:r,placeholder:i,newLabel:s,clearOnPick:o,invalid:c,describedBy:l,label:u}){const[f,d]=h.useState(n?.label??""),[p,g]=h.useState([]),[m,j]=h.useState(!1),[v,x]=h.useState(-1),[R,N]=h.useState(!1),I=h.useRef(0),$=h.useRef(void 0);h.useEffect(()=>{o||d(n?.label??"")},[n?.id,n?.label,o]),h.useEffect(()=>()=>window.clearTimeout($.current),[]);const A=w=>{window.clearTimeout($.current);const F=++I.current;N(!0),$.current=window.setTimeout(()=>{r(w.trim()).then(b=>{if(F!==I.current)return;const E=w.trim(),M=s&&E&&!b.some(U=>U.label.toLowerCase()===E.toLowerCase())?[{id:"",label:E,isNew:!0}]:[];g([...b,...M]),x(b.length||M.length?0:-1),j(!0),N(!1)},()=>F===I.current&&(g([]),N(!1)))},150)},C=w=>{a(w),d(o?"":w.label),j(!1),x(-1)},z=`${t}-options`;return e.jsxs("div",{className:"combo",children:[e.jsx("input",{id:t,role:"combobox",autoComplete:"off","aria-autocomplete":"list","aria-expanded":m,"aria-controls":z,"aria-activedescendant":m&&v>=0?`${t}-opt-${v}`:void 0,"aria-invalid":c||void 0,"aria-describedby":l,"aria-label":u,"aria-busy":R||void 0,title:n?.title,placeholder:i??"type to search",value:f,onChange:w=>{d(w.target.value),A(w.target.value)},onKeyDown:w=>{w.key==="ArrowDown"?(w.preventDefault(),m?x(F=>Math.min(F+1,p.length-1)):A(f)):w.key==="ArrowUp"?(w.preventDefault(),x(F=>Math.max(F-1,0))):w.key==="Enter"?m&&v>=0&&p[v]?(w.preventDefault(),C(p[v])):m?w.preventDefault():f.trim()&&f!==(o?"":n?.label??"")&&(w.preventDefault(),A(f)):w.key==="Escape"&&m&&(w.preventDefault(),j(!1),o||d(n?.label??""))},onBlur:()=>{j(!1),window.clearTimeout($.current),I.current++,N(!1),!o&&(!f.trim()&&n?a(void 0):d(n?.label??""))}}),e.jsxs("ul",{id:z,role:"listbox","aria-label":u?`${u}: matches`:"Matches",className:"combo-list",hidden:!m,children:[p.map((w,F)=>e.jsx("li",{id:`${t}-opt-${F}`,role:"option","aria-selected":F===v,title:w.title,onMouseDown:b=>b.preventDefault(),onClick:()=>C(w),children:w.isNew&&s?s(w.label):e.jsxs(e.Fragment,{children:[e.jsx("span",{className:"combo-name",children:w.label}),w.note&&e.jsxs("span",{className:"muted",children:[" ",w.note]})]})},`${w.id}-${F}`)),m&&p.length===0&&e.jsx("li",{role:"option","aria-selected":!1,"aria-disabled":"true",className:"muted",children:"No match"})]})]})}function be({id:t,items:n,onChange:a,search:r,newLabel:i,invalid:s,describedBy:o,label:c,flag:l,readOnly:u}){return e.jsxs("div",{className:"chips",children:[n.length>0&&e.jsx("ul",{className:"chip-list","aria-label":`${c}: chosen`,children:n.map((f,d)=>e.jsxs("li",{className:"chip",title:f.title,children:[e.jsx("span",{children:f.label}),f.isNew&&e.jsx("span",{className:"chip-new",children:" (new)"}),l?.(f)&&e.jsxs("span",{className:"chip-flag",children:[" ",l(f)]}),!u&&e.jsx("button",{type:"button",className:"chip-remove","aria-label":`Remove ${f.label}`,onClick:()=>a(n.filter((p,g)=>g!==d)),children:"×"})]},`${f.id||f.label}-${d}`))}),u?n.length===0&&e.jsx("p",{className:"muted",id:t,children:"none stated"}):e.jsx(Ne,{id:t,clearOnPick:!0,search:async f=>(await r(f)).filter(d=>!n.some(p=>p.id&&p.id===d.id)),onChange:f=>f&&!n.some(d=>d.id?d.id===f.id:d.label===f.label)&&a([...n,f]),newLabel:i,invalid:s,describedBy:o,placeholder:"type to search and add"})]})}const So=T(`
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
`),Ro=T(`
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
`),Io=T(`
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
`),Eo=T(`
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
`),Do=T(`
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
`),Po=T(`
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
`),Fo=T(`
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
`),qo=T(`
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
`),Ao=T(`
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
`),Oo=T(`
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
`),To=T(`
  query PickCountries($q: String!) {
    countries(search: $q, first: 20) {
      code
      name
    }
  }
`),Bo=T(`
  mutation SaveActivity($input: SaveActivityInput!) {
    saveActivity(input: $input) {
      id
    }
  }
`);function Mo(t,n,a={}){const r=t instanceof Error?t.message:String(t);if(t instanceof Le){const i=Rn(t.field),s=i?a[i]??i:void 0;if(s&&n.includes(s))return{[s]:r}}return{"":r}}const Ke=t=>"act-"+t.replace(/\[(\d+)\]/g,"-$1").replace(/\./g,"-");function zo(t,n){let a=t??"";for(;a;){if(n(Ke(a)))return a;const r=Math.max(a.lastIndexOf("."),a.lastIndexOf("["));a=r>0?a.slice(0,r):""}return""}function _({path:t,label:n,errs:a,children:r,hint:i,wide:s}){const o=Ke(t),c=a[t];return e.jsxs("div",{className:`field${s?" wide":""}${c?" has-error":""}`,children:[e.jsx("label",{htmlFor:o,children:n}),r,i&&e.jsx("small",{id:`${o}-hint`,children:i}),c&&e.jsx("p",{className:"field-error",id:`${o}-error`,role:"alert",children:c})]})}function G(t,n,a=!1){const r=Ke(t),i=[n[t]?`${r}-error`:"",a?`${r}-hint`:""].filter(Boolean).join(" ");return{id:r,"aria-invalid":n[t]?!0:void 0,"aria-describedby":i||void 0}}function ee(t,n){const a=G(t,n);return{id:a.id,invalid:!!n[t],describedBy:a["aria-describedby"]}}const ve=t=>(t?.edges??[]).flatMap(n=>n?.node?[n.node]:[]),te=t=>({id:t.id,label:t.name,title:t.key}),ua=t=>({id:t.id,label:t.name,title:t.key,note:t.specialCategory?"Art 9 special category":t.criminalOffence?"Art 10 criminal offence data":void 0});let Lo=0;const pe=()=>`r${++Lo}`,Uo=t=>({organization:t,name:"",description:"",businessFunction:"",role:"controller",onBehalfOf:"",automatedDecisionMaking:!1,dpiaRequired:"",owner:"",purposes:[],dataSubjects:[],dataCategories:[],disclosures:[],transfers:[],retentionRules:[],securityMeasures:[],systems:[],sources:[]});function Qe(t){const n=a=>/^\d+$/.test(a)?Number(a):Number.MAX_SAFE_INTEGER;return[...t??[]].sort((a,r)=>n(a.id)-n(r.id)||a.id.localeCompare(r.id))}function Wo(t){return{organization:t.organization.key,name:t.name,description:t.description??"",businessFunction:t.businessFunction??"",role:t.role,onBehalfOf:t.onBehalfOf??"",automatedDecisionMaking:t.automatedDecisionMaking,dpiaRequired:t.dpiaRequired==null?"":String(t.dpiaRequired),owner:t.owner??"",purposes:Qe(t.purposes).map(n=>({key:pe(),id:n.id,purpose:te(n.purpose),legalBasis:n.legalBasis?.id??"",specialCondition:n.specialCondition?.id??"",legitimateInterest:n.legitimateInterest??""})),dataSubjects:(t.dataSubjects??[]).map(te),dataCategories:(t.dataCategories??[]).map(ua),disclosures:Qe(t.disclosures).map(n=>({key:pe(),id:n.id,recipient:{id:n.recipient.id,label:n.recipient.name,title:n.recipient.name},kind:"processor",categories:(n.dataCategories??[]).map(te),purposes:(n.purposes??[]).map(te),description:n.description??""})),transfers:Qe(t.transfers).map(n=>({key:pe(),id:n.id,scope:n.scope,country:n.country?{id:n.country,label:n.country,title:n.country}:void 0,recipient:n.recipient?{id:n.recipient.id,label:n.recipient.name,title:n.recipient.name}:void 0,kind:"processor",safeguard:n.safeguard?{id:n.safeguard.id,label:n.safeguard.name}:void 0,description:n.description??""})),retentionRules:Qe(t.retentionRules).map(n=>({key:pe(),id:n.id,duration:n.duration??"",criterion:n.criterion??"",endAction:n.endAction,categories:(n.dataCategories??[]).map(te)})),securityMeasures:Qe(t.securityPractices).map(n=>({key:pe(),id:n.id,measure:te(n.measure),description:n.description??""})),systems:(t.systems??[]).map(te),sources:(t.sources??[]).map(te)}}const he=t=>t.trim()?t.trim():null,vn=(t,n)=>t?t.isNew?{name:t.label,kind:n}:{id:t.id}:{name:""};function _o(t,n){return{id:n??null,organization:t.organization,name:t.name,description:he(t.description),businessFunction:he(t.businessFunction),role:t.role,onBehalfOf:he(t.onBehalfOf),owner:he(t.owner),automatedDecisionMaking:t.automatedDecisionMaking,dpiaRequired:t.dpiaRequired===""?null:t.dpiaRequired==="true",purposes:t.purposes.map(a=>({id:a.id??null,purpose:a.purpose?.id??"",legalBasis:a.legalBasis||null,specialCondition:a.specialCondition||null,legitimateInterest:he(a.legitimateInterest)})),dataSubjects:t.dataSubjects.map(a=>a.id),dataCategories:t.dataCategories.map(a=>a.id),disclosures:t.disclosures.map(a=>({id:a.id??null,recipient:vn(a.recipient,a.kind),description:he(a.description),dataCategories:a.categories.map(r=>r.id),purposes:a.purposes.map(r=>r.id)})),transfers:t.transfers.map(a=>({id:a.id??null,scope:a.scope,country:a.scope==="country"?a.country?.id??null:null,recipient:a.recipient?vn(a.recipient,a.kind):null,safeguard:a.safeguard?.id??null,description:he(a.description)})),retentionRules:t.retentionRules.map(a=>({id:a.id??null,duration:he(a.duration),criterion:he(a.criterion),endAction:a.endAction,dataCategories:a.categories.map(r=>r.id)})),securityMeasures:t.securityMeasures.map(a=>({id:a.id??null,measure:a.measure?.id??"",description:he(a.description)})),systems:t.systems.map(a=>a.isNew?{name:a.label}:{id:a.id}),sources:t.sources.map(a=>a.id)}}const Vo=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function xn(){const{id:t}=Xe(),n=Ge(),a=Ie()("edit"),{orgs:r,org:i,setOrg:s}=Ee(),o=J(()=>t?B(So,{id:t}):Promise.resolve(void 0),[t]),c=J(()=>B(Ro),[]),l=o.data?.node?.__typename==="ProcessingActivity"?o.data.node:void 0,[u,f]=h.useState(Uo("")),[d,p]=h.useState({}),[g,m]=h.useState(""),[j,v]=h.useState(!1),x=h.useRef(void 0);h.useEffect(()=>{l&&f(Wo(l))},[l?.id,o.data]),h.useEffect(()=>{!t&&i&&u.organization!==i.key&&f(y=>({...y,organization:i.key}))},[t,i?.key]),h.useEffect(()=>{const y=x.current;x.current=void 0,y&&document.getElementById(y)?.focus()});const R=l?.organization.id??r.find(y=>y.key===u.organization)?.id??"",N=ve(c.data?.legalBases),I=N.filter(y=>y.article==="art6"),$=N.filter(y=>y.article==="art9"),A=u.dataCategories.filter(y=>y.note),C=y=>p(S=>Object.keys(S).some(D=>D.startsWith(y))?Object.fromEntries(Object.entries(S).filter(([D])=>!D.startsWith(y))):S),z=(y,S)=>{C(y),f(D=>({...D,[y]:S}))},w=(y,S,D)=>{C(`${y}[${S}]`),f(L=>({...L,[y]:L[y].map((P,De)=>De===S?{...P,...D}:P)}))},F=(y,S,D)=>{x.current=Ke(`${y}[${u[y].length}].${D}`),f(L=>({...L,[y]:[...L[y],S]}))},b=(y,S)=>{x.current=`add-${y}`,f(D=>({...D,[y]:D[y].filter((L,P)=>P!==S)})),p({})},E={purposes:(async y=>ve((await B(Io,{q:y})).purposes).map(te)),categories:(async y=>ve((await B(Eo,{q:y})).dataCategories).map(ua)),subjects:(async y=>ve((await B(Do,{q:y})).dataSubjectCategories).map(te)),sources:(async y=>ve((await B(Po,{q:y})).dataSources).map(te)),measures:(async y=>ve((await B(Fo,{q:y})).securityMeasures).map(te)),safeguards:(async y=>ve((await B(qo,{q:y})).transferSafeguards).map(S=>({id:S.id,label:S.name,title:S.key,note:S.validUntil?`no longer valid since ${S.validUntil.slice(0,10)}`:void 0}))),recipients:(async y=>R?ve((await B(Ao,{org:R,q:y})).recipients).map(S=>({id:S.id,label:S.name,title:S.name,note:S.kind.replace(/_/g," ")})):[]),systems:(async y=>R?ve((await B(Oo,{org:R,q:y})).systems).map(te):[]),countries:(async y=>(await B(To,{q:y})).countries.map(S=>({id:S.code,label:`${S.name} (${S.code})`,title:S.code})))},M=async y=>{y.preventDefault(),p({}),m(""),v(!0);try{const S=await B(Bo,{input:_o(u,t)});if(!t){n(`/activities/${S.saveActivity.id}`);return}m("Saved."),o.reload()}catch(S){const D=S instanceof Error?S.message:String(S),L=S instanceof Le?zo(S.field,P=>!!document.getElementById(P)):"";p({[L]:L?D.replace(/^invalid [^:]+: /,""):D}),x.current=L?Ke(L):"act-general-error"}finally{v(!1)}};if(t&&o.loading&&!l)return e.jsx("p",{className:"muted",children:"Loading…"});if(t&&o.error)return e.jsx(Z,{error:o.error});if(t&&!l&&!o.loading)return e.jsxs("p",{role:"alert",children:["No activity with ID ",t,"."]});const U=l?.organization.name??r.find(y=>y.key===u.organization)?.name;return e.jsxs("section",{"aria-labelledby":"edit-h",className:"edit activity-form",children:[e.jsx("h1",{id:"edit-h",children:l?a?`Edit: ${l.name}`:l.name:"New processing activity"}),l&&e.jsxs("p",{className:"muted",children:[l.organization.name," · review status ",l.reviewStatus,e.jsx(ne,{status:l.reviewStatus})," · ",e.jsx(K,{to:`/records?org=${l.organization.key}`,children:"back to the record"}),a&&e.jsxs(e.Fragment,{children:[" ","· ",e.jsx(K,{to:`/organizations/${l.organization.key}`,children:"organization details"})]})]}),!t&&a&&e.jsxs("p",{className:"muted",children:["An organization not listed? ",e.jsx(K,{to:"/organizations/new",children:"Add it first"}),"."]}),!a&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:M,noValidate:!0,"aria-label":"Activity",children:[e.jsxs("fieldset",{className:"plain",disabled:!a,children:[e.jsxs("section",{className:"card","aria-labelledby":"about-h",children:[e.jsx("h2",{id:"about-h",children:"The activity"}),e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:"organization",label:"Organization",errs:d,children:e.jsx("select",{...G("organization",d),value:u.organization,disabled:!!t,onChange:y=>(z("organization",y.target.value),s(y.target.value)),children:r.map(y=>e.jsx("option",{value:y.key,children:y.name},y.id))})}),e.jsx(_,{path:"name",label:"Name (required)",errs:d,wide:!0,children:e.jsx("input",{...G("name",d),"aria-required":"true",value:u.name,onChange:y=>z("name",y.target.value)})}),e.jsx(_,{path:"businessFunction",label:"Business function",errs:d,wide:!0,children:e.jsx("input",{...G("businessFunction",d),value:u.businessFunction,onChange:y=>z("businessFunction",y.target.value),placeholder:"e.g. Marketing, HR"})}),e.jsx(_,{path:"role",label:"Role of the organization",errs:d,children:e.jsxs("select",{...G("role",d),value:u.role,onChange:y=>z("role",y.target.value),children:[e.jsx("option",{value:"controller",children:"controller (Art 30(1))"}),e.jsx("option",{value:"processor",children:"processor (Art 30(2))"}),e.jsx("option",{value:"joint_controller",children:"joint controller"})]})}),(u.role==="processor"||u.onBehalfOf)&&e.jsx(_,{path:"onBehalfOf",label:"On behalf of (the controllers, Art 30(2)(a))",errs:d,wide:!0,children:e.jsx("input",{...G("onBehalfOf",d),value:u.onBehalfOf,onChange:y=>z("onBehalfOf",y.target.value),placeholder:"e.g. our business customers"})}),e.jsx(_,{path:"dpiaRequired",label:"DPIA required (Art 35)",errs:d,children:e.jsxs("select",{...G("dpiaRequired",d),value:u.dpiaRequired,onChange:y=>z("dpiaRequired",y.target.value),children:[e.jsx("option",{value:"",children:"not assessed"}),e.jsx("option",{value:"true",children:"yes"}),e.jsx("option",{value:"false",children:"no"})]})}),e.jsx(_,{path:"owner",label:"Owner (person or team)",errs:d,hint:l?`Last reviewed: ${l.lastReviewed?Ce(l.lastReviewed):"never"} (set when a reviewer confirms the activity)`:void 0,children:e.jsx("input",{...G("owner",d,!!l),value:u.owner,onChange:y=>z("owner",y.target.value),placeholder:"e.g. Marketing team"})}),e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"act-adm",type:"checkbox",checked:u.automatedDecisionMaking,onChange:y=>z("automatedDecisionMaking",y.target.checked)}),e.jsx("label",{htmlFor:"act-adm",children:"Automated decision-making or profiling (Art 22)"})]})]}),e.jsx(_,{path:"description",label:"Description",errs:d,children:e.jsx("textarea",{...G("description",d),rows:3,value:u.description,onChange:y=>z("description",y.target.value)})}),l&&e.jsx(xe,{evidence:l.evidence})]}),e.jsxs("section",{className:"card","aria-labelledby":"purposes-h",children:[e.jsx("h2",{id:"purposes-h",children:"Purposes and legal bases (Art 30(1)(b))"}),A.length>0&&e.jsxs("p",{className:"note",id:"special-note",children:["The activity processes ",A.map(y=>y.label).join(", "),": each purpose needs an Art 6 basis and an Art 9(2) condition (Art 10 data: the authorisation in law)."]}),u.purposes.length===0&&e.jsx("p",{className:"muted",children:"No purpose yet."}),e.jsx("ol",{className:"rows",children:u.purposes.map((y,S)=>{const D=`purposes[${S}]`,L=l?.purposes?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Purpose ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.purpose`,label:"Purpose",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.purpose`,d),value:y.purpose,onChange:P=>w("purposes",S,{purpose:P}),search:E.purposes})}),e.jsx(_,{path:`${D}.legalBasis`,label:"Art 6(1) legal basis",errs:d,children:e.jsxs("select",{...G(`${D}.legalBasis`,d),value:y.legalBasis,onChange:P=>w("purposes",S,{legalBasis:P.target.value}),children:[e.jsx("option",{value:"",children:"not stated"}),I.map(P=>e.jsxs("option",{value:P.id,children:[P.reference,": ",P.name]},P.id))]})}),e.jsx(_,{path:`${D}.specialCondition`,label:"Art 9(2) condition",errs:d,children:e.jsxs("select",{...G(`${D}.specialCondition`,d),value:y.specialCondition,onChange:P=>w("purposes",S,{specialCondition:P.target.value}),children:[e.jsx("option",{value:"",children:"none"}),$.map(P=>e.jsxs("option",{value:P.id,children:[P.reference,": ",P.name]},P.id))]})}),e.jsx(_,{path:`${D}.legitimateInterest`,label:"Legitimate interest (Art 6(1)(f))",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.legitimateInterest`,d),value:y.legitimateInterest,onChange:P=>w("purposes",S,{legitimateInterest:P.target.value})})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("purposes",S),"aria-label":`Remove purpose ${y.purpose?.label??S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-purposes",className:"secondary",onClick:()=>F("purposes",{key:pe(),legalBasis:"",specialCondition:"",legitimateInterest:""},"purpose"),children:"Add purpose"})]}),e.jsxs("section",{className:"card","aria-labelledby":"cats-h",children:[e.jsx("h2",{id:"cats-h",children:"Data subjects and personal data (Art 30(1)(c))"}),e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:"dataSubjects",label:"Categories of data subjects",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("dataSubjects",d),label:"Categories of data subjects",items:u.dataSubjects,onChange:y=>z("dataSubjects",y),search:E.subjects})}),e.jsx(_,{path:"dataCategories",label:"Categories of personal data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("dataCategories",d),label:"Categories of personal data",items:u.dataCategories,onChange:y=>z("dataCategories",y),search:E.categories,flag:y=>y.note})}),e.jsx(_,{path:"sources",label:"Sources of the data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("sources",d),label:"Sources of the data",items:u.sources,onChange:y=>z("sources",y),search:E.sources})}),e.jsx(_,{path:"systems",label:"Systems holding the data",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee("systems",d),label:"Systems holding the data",items:u.systems,onChange:y=>z("systems",y),search:E.systems,newLabel:y=>`Add new system "${y}"`})})]})]}),e.jsxs("section",{className:"card","aria-labelledby":"disc-h",children:[e.jsx("h2",{id:"disc-h",children:"Recipients (Art 30(1)(d))"}),u.disclosures.length===0&&e.jsx("p",{className:"muted",children:"No recipient yet."}),e.jsx("ol",{className:"rows",children:u.disclosures.map((y,S)=>{const D=`disclosures[${S}]`,L=l?.disclosures?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Recipient ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.recipient`,label:"Recipient",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.recipient`,d),value:y.recipient,onChange:P=>w("disclosures",S,{recipient:P}),search:E.recipients,newLabel:P=>`Add new recipient "${P}"`})}),y.recipient?.isNew&&e.jsx(_,{path:`${D}.recipient.kind`,label:"Kind of the new recipient",errs:d,children:e.jsx("select",{...G(`${D}.recipient.kind`,d),value:y.kind,onChange:P=>w("disclosures",S,{kind:P.target.value}),children:Vo.map(P=>e.jsx("option",{value:P,children:P.replace(/_/g," ")},P))})}),e.jsx(_,{path:`${D}.dataCategories`,label:"Categories disclosed (none: all the activity's)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.dataCategories`,d),label:"Categories disclosed",items:y.categories,onChange:P=>w("disclosures",S,{categories:P}),search:E.categories})}),e.jsx(_,{path:`${D}.purposes`,label:"Purposes served (none: all the activity's)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.purposes`,d),label:"Purposes served",items:y.purposes,onChange:P=>w("disclosures",S,{purposes:P}),search:E.purposes})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("disclosures",S),"aria-label":`Remove recipient ${y.recipient?.label??S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-disclosures",className:"secondary",onClick:()=>F("disclosures",{key:pe(),kind:"processor",categories:[],purposes:[],description:""},"recipient"),children:"Add recipient"})]}),e.jsxs("section",{className:"card","aria-labelledby":"tr-h",children:[e.jsx("h2",{id:"tr-h",children:"Transfers outside the EEA (Art 30(1)(e))"}),u.transfers.length===0&&e.jsx("p",{className:"muted",children:"No transfer stated for this activity."}),e.jsx("ol",{className:"rows",children:u.transfers.map((y,S)=>{const D=`transfers[${S}]`,L=l?.transfers?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Transfer ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.scope`,label:"Destination",errs:d,children:e.jsxs("select",{...G(`${D}.scope`,d),value:y.scope,onChange:P=>w("transfers",S,{scope:P.target.value}),children:[e.jsx("option",{value:"country",children:"a named country"}),e.jsx("option",{value:"worldwide",children:"worldwide"}),e.jsx("option",{value:"unspecified",children:"unspecified"})]})}),y.scope==="country"&&e.jsx(_,{path:`${D}.country`,label:"Country (ISO 3166-1)",errs:d,children:e.jsx(Ne,{...ee(`${D}.country`,d),value:y.country,onChange:P=>w("transfers",S,{country:P}),search:E.countries,placeholder:"name or code, e.g. JP"})}),e.jsx(_,{path:`${D}.recipient`,label:"Recipient (optional)",errs:d,children:e.jsx(Ne,{...ee(`${D}.recipient`,d),value:y.recipient,onChange:P=>w("transfers",S,{recipient:P}),search:E.recipients,newLabel:P=>`Add new recipient "${P}"`})}),e.jsx(_,{path:`${D}.safeguard`,label:"Safeguard",errs:d,wide:!0,children:e.jsx(Ne,{...ee(`${D}.safeguard`,d),value:y.safeguard,onChange:P=>w("transfers",S,{safeguard:P}),search:E.safeguards,placeholder:"e.g. SCCs, adequacy"})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("transfers",S),"aria-label":`Remove transfer ${S+1}`,children:"Remove"})})]}),L?.safeguard?.validUntil&&e.jsx("p",{className:"note",children:e.jsx(Me,{safeguard:L.safeguard})}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-transfers",className:"secondary",onClick:()=>F("transfers",{key:pe(),scope:"country",kind:"processor",description:""},"country"),children:"Add transfer"}),l&&e.jsx(jn,{facts:l.effectiveTransfers,children:y=>e.jsxs(e.Fragment,{children:[y.country||y.scope,": ",e.jsx(Me,{safeguard:y.safeguard})]})})]}),e.jsxs("section",{className:"card","aria-labelledby":"ret-h",children:[e.jsx("h2",{id:"ret-h",children:"Retention (Art 30(1)(f))"}),u.retentionRules.length===0&&e.jsx("p",{className:"muted",children:"No time limit stated for this activity."}),e.jsx("ol",{className:"rows",children:u.retentionRules.map((y,S)=>{const D=`retentionRules[${S}]`,L=l?.retentionRules?.find(P=>P.id===y.id);return e.jsxs("li",{className:"row","aria-label":`Retention rule ${S+1}`,children:[e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.duration`,label:"Period (ISO 8601)",errs:d,hint:/^P/.test(y.duration.trim())?Oe(y.duration.trim()):"e.g. P6Y, P30D",children:e.jsx("input",{...G(`${D}.duration`,d,!0),value:y.duration,onChange:P=>w("retentionRules",S,{duration:P.target.value})})}),e.jsx(_,{path:`${D}.criterion`,label:"or criterion in words",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.criterion`,d),value:y.criterion,onChange:P=>w("retentionRules",S,{criterion:P.target.value})})}),e.jsx(_,{path:`${D}.endAction`,label:"At the end",errs:d,children:e.jsx("select",{...G(`${D}.endAction`,d),value:y.endAction,onChange:P=>w("retentionRules",S,{endAction:P.target.value}),children:["delete","anonymise","isolate","return","unspecified"].map(P=>e.jsx("option",{value:P,children:P},P))})}),e.jsx(_,{path:`${D}.dataCategories`,label:"Categories (none: all)",errs:d,wide:!0,children:e.jsx(be,{readOnly:!a,...ee(`${D}.dataCategories`,d),label:"Categories kept for this period",items:y.categories,onChange:P=>w("retentionRules",S,{categories:P}),search:E.categories})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("retentionRules",S),"aria-label":`Remove retention rule ${S+1}`,children:"Remove"})})]}),L&&e.jsx(xe,{evidence:L.evidence})]},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-retentionRules",className:"secondary",onClick:()=>F("retentionRules",{key:pe(),duration:"",criterion:"",endAction:"delete",categories:[]},"duration"),children:"Add retention rule"}),l&&e.jsx(jn,{facts:l.effectiveRetentionRules,children:y=>e.jsx("span",{title:y.criterion??void 0,children:y.duration?Oe(y.duration):$e(y.criterion??"",120)})})]}),e.jsxs("section",{className:"card","aria-labelledby":"sec-h",children:[e.jsx("h2",{id:"sec-h",children:"Security measures (Art 30(1)(g))"}),u.securityMeasures.length===0&&e.jsx("p",{className:"muted",children:"No measure stated for this activity."}),e.jsx("ol",{className:"rows",children:u.securityMeasures.map((y,S)=>{const D=`securityMeasures[${S}]`;return e.jsx("li",{className:"row","aria-label":`Security measure ${S+1}`,children:e.jsxs("div",{className:"grid",children:[e.jsx(_,{path:`${D}.measure`,label:"Measure",errs:d,children:e.jsx(Ne,{...ee(`${D}.measure`,d),value:y.measure,onChange:L=>w("securityMeasures",S,{measure:L}),search:E.measures})}),e.jsx(_,{path:`${D}.description`,label:"How",errs:d,wide:!0,children:e.jsx("input",{...G(`${D}.description`,d),value:y.description,onChange:L=>w("securityMeasures",S,{description:L.target.value}),placeholder:"e.g. TLS 1.2+ in transit"})}),a&&e.jsx("div",{className:"buttons row-actions",children:e.jsx("button",{type:"button",className:"secondary",onClick:()=>b("securityMeasures",S),"aria-label":`Remove security measure ${y.measure?.label??S+1}`,children:"Remove"})})]})},y.key)})}),a&&e.jsx("button",{type:"button",id:"add-securityMeasures",className:"secondary",onClick:()=>F("securityMeasures",{key:pe(),description:""},"measure"),children:"Add security measure"})]})]}),d[""]!==void 0&&e.jsx("p",{role:"alert",className:"error",id:"act-general-error",tabIndex:-1,children:d[""]}),a&&e.jsxs("div",{className:"buttons save-bar",children:[e.jsx("button",{type:"submit",disabled:j,children:t?"Save activity":"Create activity"}),e.jsxs("span",{className:"muted",children:[U?`for ${U}; `:"","every section is saved together, or nothing is."]}),e.jsx("span",{role:"status",className:"saved",children:g})]})]}),l&&e.jsx(No,{history:l.history,owner:l.owner,lastReviewed:l.lastReviewed,parts:[...(l.purposes??[]).map(y=>({label:`purpose ${y.purpose.name}`,history:y.history})),...(l.disclosures??[]).map(y=>({label:`disclosure to ${y.recipient.name}`,history:y.history}))],reload:o.reload})]})}function jn({facts:t,children:n}){const a=t.filter(r=>r.appliesTo!=="ACTIVITY");return a.length?e.jsxs("div",{className:"also-applies",children:[e.jsx("h3",{children:"Also applies to this activity"}),e.jsx(st,{facts:a,children:n})]}):null}const Qo=T(`
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
`),Ho=T(`
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
`),Yo=T(`
  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
    reviewFacts(ids: $ids, status: $status, note: $note) {
      id
    }
  }
`),Ko=T(`
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
`),Jo=T(`
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
`),Go=T(`
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
`),Xo=T(`
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
`),Zo=T(`
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
`),el=T(`
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
`),tl=T(`
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
`),nl=T(`
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
`),al=T(`
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
`),rl=T(`
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
`),sl=T(`
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
`),ol=T(`
  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
    updateActivityPurpose(id: $id, input: $input) {
      id
    }
  }
`),ll=T(`
  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`),cl=T(`
  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
    updateTransfer(id: $id, input: $input) {
      id
    }
  }
`),dl=T(`
  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
    updateRetentionRule(id: $id, input: $input) {
      id
    }
  }
`),ul=T(`
  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
    updateRecipient(id: $id, input: $input) {
      id
    }
  }
`);async function wn(t){const n=[];let a=null;for(;;){const{list:r}=await t(a);for(const i of r.edges??[])i?.node&&n.push(i.node);if(!r.pageInfo.hasNextPage||!r.pageInfo.endCursor)return n;a=r.pageInfo.endCursor}}const hl=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function fl({fact:t,note:n,onDone:a,onCancel:r}){const i=t.node,[s,o]=h.useState(),[c,l]=h.useState(!1),u=h.useRef(null);h.useEffect(()=>u.current?.focus(),[]);const f=q=>`fix-${t.id}-${q}`,d=q=>s instanceof Le&&Rn(s.field)===q?!0:void 0,p={reviewStatus:"REVIEWED",reviewNote:n.trim()||"corrected in review"},[g,m]=h.useState(i.legalBasis?.id??""),[j,v]=h.useState(i.specialCondition?.id??""),[x,R]=h.useState(i.safeguard?.id??""),[N,I]=h.useState(i.country??""),[$,A]=h.useState(i.duration??""),[C,z]=h.useState(i.criterion??""),[w,F]=h.useState(i.name??""),[b,E]=h.useState(i.kind??"other"),[M,U]=h.useState(new Set),y=q=>U(Y=>{const k=new Set(Y);return k.has(q)?k.delete(q):k.add(q),k}),S=i.dataCategories??[],D=i.dataSubjects??[],L=J(()=>t.edit==="purpose"?wn(q=>B(il,{after:q})):Promise.resolve([]),[t.edit]),P=J(()=>t.edit==="transfer"?wn(q=>B(sl,{after:q})):Promise.resolve([]),[t.edit]),De=async q=>{q.preventDefault(),l(!0),o(void 0);try{switch(t.edit){case"activity":await B(ll,{id:t.id,input:{...p,name:w,removeDataCategoryIDs:S.filter(Y=>M.has(Y.id)).map(Y=>Y.id),removeDataSubjectIDs:D.filter(Y=>M.has(Y.id)).map(Y=>Y.id)}});break;case"purpose":await B(ol,{id:t.id,input:{...p,...g?{legalBasisID:g}:{clearLegalBasis:!0},...j?{specialConditionID:j}:{clearSpecialCondition:!0}}});break;case"transfer":{const Y=N.trim().toUpperCase();await B(cl,{id:t.id,input:{...p,...x?{safeguardID:x}:{clearSafeguard:!0},...Y?{country:Y,scope:"country"}:{clearCountry:!0,scope:i.scope==="country"?"unspecified":i.scope}}});break}case"retention":await B(dl,{id:t.id,input:{...p,...$.trim()?{duration:$.trim()}:{clearDuration:!0},...C.trim()?{criterion:C.trim()}:{clearCriterion:!0}}});break;case"recipient":await B(ul,{id:t.id,input:{...p,name:w,kind:b}});break}a()}catch(Y){o(Y)}finally{l(!1)}},nt=(L.data??[]).filter(q=>q.article==="art6"),Pe=(L.data??[]).filter(q=>q.article!=="art6");return e.jsxs("form",{className:"rq-correct","aria-label":"Correct the fact",onSubmit:De,onKeyDown:q=>{q.key==="Escape"&&(q.stopPropagation(),r())},children:[t.edit==="activity"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:u,value:w,onChange:q=>F(q.target.value),"aria-invalid":d("name")})]}),[["Data categories",S],["Data subjects",D]].map(([q,Y])=>Y.length?e.jsxs("fieldset",{className:"rq-keep",children:[e.jsxs("legend",{children:[q," it keeps"]}),Y.map(k=>e.jsxs("label",{children:[e.jsx("input",{type:"checkbox",checked:!M.has(k.id),onChange:()=>y(k.id)})," ",k.name]},k.id))]},q):null)]}),t.edit==="purpose"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("basis"),children:"Art 6 legal basis"}),e.jsxs("select",{id:f("basis"),ref:u,value:g,onChange:q=>m(q.target.value),"aria-invalid":d("legalBasisID"),children:[e.jsx("option",{value:"",children:"not stated"}),nt.map(q=>e.jsxs("option",{value:q.id,children:[q.reference," ",q.name]},q.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("cond"),children:"Art 9 condition"}),e.jsxs("select",{id:f("cond"),value:j,onChange:q=>v(q.target.value),"aria-invalid":d("specialConditionID"),children:[e.jsx("option",{value:"",children:"none"}),Pe.map(q=>e.jsxs("option",{value:q.id,children:[q.reference," ",q.name]},q.id))]})]})]}),t.edit==="transfer"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("safeguard"),children:"Safeguard"}),e.jsxs("select",{id:f("safeguard"),ref:u,value:x,onChange:q=>R(q.target.value),"aria-invalid":d("safeguardID"),children:[e.jsx("option",{value:"",children:"none stated"}),(P.data??[]).map(q=>e.jsxs("option",{value:q.id,children:[q.name,q.validUntil?` (until ${q.validUntil.slice(0,10)})`:""]},q.id))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("country"),children:"Country (ISO 3166-1 alpha-2)"}),e.jsx("input",{id:f("country"),value:N,size:4,onChange:q=>I(q.target.value),"aria-invalid":d("country")})]})]}),t.edit==="retention"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("duration"),children:"Period (ISO 8601, e.g. P2Y)"}),e.jsx("input",{id:f("duration"),ref:u,value:$,size:8,onChange:q=>A(q.target.value),"aria-invalid":d("duration")})]}),e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("criterion"),children:"Criterion"}),e.jsx("input",{id:f("criterion"),value:C,onChange:q=>z(q.target.value),"aria-invalid":d("criterion")})]})]}),t.edit==="recipient"&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field rq-wide",children:[e.jsx("label",{htmlFor:f("name"),children:"Name"}),e.jsx("input",{id:f("name"),ref:u,value:w,onChange:q=>F(q.target.value),"aria-invalid":d("name")})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:f("kind"),children:"Kind"}),e.jsx("select",{id:f("kind"),value:b,onChange:q=>E(q.target.value),"aria-invalid":d("kind"),children:hl.map(q=>e.jsx("option",{value:q,children:q.replace(/_/g," ")},q))})]})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:c,children:"Save correction and confirm"}),e.jsx("button",{type:"button",className:"secondary",onClick:r,children:"Cancel"})]}),e.jsx(Z,{error:s??L.error??P.error})]})}const qt=[["organizations","Controller","Organization","Art 30(1)(a)","Organization"],["activities","Activities, their data categories and data subjects","Activity","Art 30(1)(c)","ProcessingActivity"],["purposes","Purposes and legal bases","Purpose and basis","Art 30(1)(b)","ActivityPurpose"],["recipients","Recipients","Recipient","Art 30(1)(d)","Recipient"],["disclosures","Disclosures","Disclosure","Art 30(1)(d)","Disclosure"],["transfers","Transfers and safeguards","Transfer","Art 30(1)(e)","Transfer"],["retention","Retention","Retention","Art 30(1)(f)","RetentionRule"],["rights","Data subject rights","Right","Arts 15–22","DataSubjectRight"],["security","Security measures","Security practice","Art 30(1)(g)","SecurityPractice"],["statements","Statements","Statement","what the notice asserts","Statement"]];async function fe(t){const n=[];let a=null;for(;;){const{list:r}=await t(a);for(const i of r.edges??[])i?.node&&n.push(i.node);if(!r.pageInfo.hasNextPage||!r.pageInfo.endCursor)return n;a=r.pageInfo.endCursor}}const Fe=t=>(t??[]).map(n=>n.name).join(", ");function le(t,n,a,r,i){return{id:n.id,type:t,status:n.reviewStatus,note:n.reviewNote,origin:n.origin,spans:(n.evidence??[]).filter(s=>a!==null&&s.documentID===a),summary:r,edit:i,node:n}}async function pl(t){const n=t?{reviewStatusIn:["UNREVIEWED","REVIEWED","REJECTED"],hasEvidenceWith:[{documentID:t}]}:{reviewStatus:"UNREVIEWED",hasEvidence:!1},[a,r,i,s,o,c,l,u,f,d]=await Promise.all([fe(p=>B(Ko,{where:n,after:p})),fe(p=>B(Jo,{where:n,after:p})),fe(p=>B(Go,{where:n,after:p})),fe(p=>B(Xo,{where:n,after:p})),fe(p=>B(Zo,{where:n,after:p})),fe(p=>B(el,{where:n,after:p})),fe(p=>B(tl,{where:n,after:p})),fe(p=>B(nl,{where:n,after:p})),fe(p=>B(al,{where:n,after:p})),t?Promise.resolve([]):fe(p=>B(rl,{where:{...n,hasDocuments:!1},after:p}))]);return[...d.map(p=>le("organizations",p,t,e.jsxs(e.Fragment,{children:[p.name," (",e.jsx("code",{children:p.key}),")"]}))),...a.map(p=>le("activities",p,t,e.jsxs(e.Fragment,{children:[p.name,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["data categories: ",Fe(p.dataCategories)]}):null,p.dataSubjects?.length?e.jsxs("span",{className:"rq-detail",children:["data subjects: ",Fe(p.dataSubjects)]}):null]}),"activity")),...r.map(p=>le("purposes",p,t,e.jsxs(e.Fragment,{children:[p.purpose.name,": ",e.jsx("strong",{children:p.legalBasis?`${p.legalBasis.reference} ${p.legalBasis.name}`:"basis not stated"}),p.specialCondition?e.jsxs(e.Fragment,{children:["; ",p.specialCondition.reference," ",p.specialCondition.name]}):null]}),"purpose")),...i.map(p=>le("recipients",p,t,e.jsxs(e.Fragment,{children:[p.name," ",e.jsxs("span",{className:"rq-detail",children:[p.kind.replace(/_/g," "),p.country?`, ${p.country}`:""]})]}),"recipient")),...s.map(p=>le("disclosures",p,t,e.jsxs(e.Fragment,{children:["to ",p.recipient.name,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["what: ",Fe(p.dataCategories)]}):null,p.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",Fe(p.purposes)]}):null]}))),...o.map(p=>le("transfers",p,t,e.jsxs(e.Fragment,{children:[p.country?`to ${p.country}`:p.scope==="worldwide"?"worldwide":"destination not stated",p.recipient?` (${p.recipient.name})`:""," under ",e.jsx("strong",{children:e.jsx(Me,{safeguard:p.safeguard})})]}),"transfer")),...c.map(p=>le("retention",p,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:p.duration?Oe(p.duration):"no period stated"}),p.criterion?e.jsx("span",{className:"rq-detail",children:$e(p.criterion,160)}):null,p.dataCategories?.length?e.jsxs("span",{className:"rq-detail",children:["of: ",Fe(p.dataCategories)]}):null,e.jsxs("span",{className:"rq-detail",children:["then ",p.endAction]})]}),"retention")),...l.map(p=>le("rights",p,t,e.jsxs(e.Fragment,{children:[p.right.name,p.right.reference?` (${p.right.reference})`:"",p.channel?`, by ${p.channel}`:"",p.responseTime?`, answered within ${Oe(p.responseTime)}`:""]}))),...u.map(p=>le("security",p,t,e.jsxs(e.Fragment,{children:[p.measure.name,p.description?e.jsx("span",{className:"rq-detail",children:$e(p.description,160)}):null]}))),...f.map(p=>le("statements",p,t,e.jsxs(e.Fragment,{children:[e.jsx("strong",{children:ka(p.kind)}),": ",p.text,p.legalBasis?e.jsxs("span",{className:"rq-detail",children:[p.legalBasis.reference," (",p.legalBasis.name,")"]}):null,p.purposes?.length?e.jsxs("span",{className:"rq-detail",children:["for: ",Fe(p.purposes)]}):null]})))]}function ml(t){return le("organizations",{...t,evidence:[]},null,e.jsxs(e.Fragment,{children:[t.name," (",e.jsx("code",{children:t.key}),")"]}))}function $n(t,n){const a=[...new Set(n)].sort((c,l)=>c-l),r=new Map;let i=0,s=0,o=0;for(;o<a.length&&a[o]<0;)throw new RangeError(`byte offset ${a[o]} is negative`);for(const c of t){for(;o<a.length&&a[o]<=i;){if(a[o]<i)throw new RangeError(`byte offset ${a[o]} falls inside a character`);r.set(a[o++],s)}if(o===a.length)return r;const l=c.codePointAt(0);i+=l<128?1:l<2048?2:l<65536?3:4,s+=c.length}for(;o<a.length&&a[o]<=i;){if(a[o]<i)throw new RangeError(`byte offset ${a[o]} falls inside a character`);r.set(a[o++],s)}if(o<a.length)throw new RangeError(`byte offset ${a[o]} lies beyond the text (${i} bytes)`);return r}function gl(t,n){const a=[],r=[];for(const u of n)try{$n(t,[u.start,u.end]),u.start<u.end?r.push(u):a.push(u)}catch{a.push(u)}const i=$n(t,r.flatMap(u=>[u.start,u.end])),s=new Set([0,t.length]),o=r.map(u=>({s:u,a:i.get(u.start),b:i.get(u.end)}));for(const{a:u,b:f}of o)s.add(u),s.add(f);const c=[...s].sort((u,f)=>u-f),l=[];for(let u=0;u+1<c.length;u++){const f=c[u],d=c[u+1];if(f===d)continue;const p=o.filter(g=>g.a<=f&&g.b>=d);l.push({text:t.slice(f,d),at:f,spans:p.map(g=>g.s.id),facts:[...new Set(p.flatMap(g=>g.s.facts))]})}return{runs:l,bad:a}}const bn=t=>qt.find(([n])=>n===t);function yl(){const[t,n]=we(),a=Ie()("review"),r=h.useCallback((k,W=!1)=>{const V=new URLSearchParams(t);for(const[me,ue]of Object.entries(k))ue?V.set(me,ue):V.delete(me);n(V,{replace:W})},[t,n]),i=J(()=>B(Qo),[]),s=i.data?.reviewNotices??[],o=t.get("notice")??(s[0]?s[0].notice?.id??"none":""),c=o&&o!=="none"?o:null;h.useEffect(()=>{!t.get("notice")&&o&&r({notice:o},!0)},[o]);const l=J(()=>c?B(Ho,{id:c}):Promise.resolve(void 0),[c]),u=l.data?.node?.__typename==="PolicyDocument"?l.data.node:void 0,f=J(()=>o?pl(c):Promise.resolve([]),[o]),[d,p]=h.useState({});h.useEffect(()=>p({}),[f.data]);const g=h.useMemo(()=>{const k=[...f.data??[]],W=u?.organization;return W&&(W.reviewStatus!=="REVIEWED"||k.some(V=>V.origin===W.origin&&W.origin.startsWith("import:")))&&k.unshift(ml(W)),k.map(V=>d[V.id]?{...V,status:d[V.id]}:V)},[f.data,u,d]),m=t.get("type")??"",j=qt.map(([k])=>({type:k,facts:g.filter(W=>W.type===k)})).filter(k=>k.facts.length&&(!m||k.type===m)),v=j.flatMap(k=>k.facts.filter(W=>W.status==="UNREVIEWED")),x=g.filter(k=>k.status!=="UNREVIEWED").length,R=t.get("fact"),N=v.find(k=>k.id===R)??v[0],I=h.useCallback(k=>r({fact:k??null},!0),[r]),[$,A]=h.useState(),[C,z]=h.useState({}),[w,F]=h.useState(!1),[b,E]=h.useState(),[M,U]=h.useState(""),[y,S]=h.useState([]),D=h.useCallback(async(k,W,V)=>{if(!k.length||w)return;F(!0),E(void 0);const me=k.length===1&&C[k[0]]?.trim()||void 0,ue=v.slice(v.findIndex(re=>re.id===k[k.length-1])+1).find(re=>!k.includes(re.id));try{await B(Yo,{ids:k,status:W,note:me}),p(re=>({...re,...Object.fromEntries(k.map(Q=>[Q,W]))})),U(`${V}.`),S(W==="UNREVIEWED"?[]:k),I(W==="UNREVIEWED"?k[0]:ue?.id),i.reload()}catch(re){E(re)}finally{F(!1)}},[w,C,v,I,i]),L=h.useRef(()=>{});L.current=k=>{if(k.ctrlKey||k.metaKey||k.altKey||k.defaultPrevented)return;const W=k.target;if(W.closest("input, textarea, select, [contenteditable=true], .rq-correct")||!v.length&&k.key!=="u"||(k.key==="ArrowDown"||k.key==="ArrowUp")&&W.closest(".rq-text"))return;const V=N?v.indexOf(N):-1;switch(k.key){case"j":case"ArrowDown":if(!v.length)return;I(v[Math.min(v.length-1,V+1)].id);break;case"k":case"ArrowUp":if(!v.length)return;I(v[Math.max(0,V-1)].id);break;case"a":if(!a||!N)return;D([N.id],"REVIEWED","Confirmed");break;case"r":if(!a||!N)return;D([N.id],"REJECTED","Rejected");break;case"u":if(!a||!y.length)return;D(y,"UNREVIEWED","Reopened");break;case"e":if(!a||!N?.edit)return;A(N.id);break;default:return}k.preventDefault()},h.useEffect(()=>{const k=W=>L.current(W);return window.addEventListener("keydown",k),()=>window.removeEventListener("keydown",k)},[]);const P=h.useRef(null),De=h.useRef(!1);h.useEffect(()=>{if(!N)return;const k=document.querySelector(`li[data-fact="${N.id}"]`);De.current&&k?.focus({preventScroll:!0}),k?.scrollIntoView({block:"nearest"});const W=P.current,V=W?.querySelector("mark.current");W&&V&&(W.scrollTop=Math.max(0,V.offsetTop-W.clientHeight/3)),De.current=!0},[N?.id,u?.id,f.data]);const nt=h.useMemo(()=>{const k=new Map;for(const W of v)for(const V of W.spans){const me=k.get(V.id)??{id:V.id,start:V.start,end:V.end,facts:[]};me.facts.push(W.id),k.set(V.id,me)}return[...k.values()]},[v]),Pe=h.useMemo(()=>u?gl(u.text,nt):void 0,[u,nt]),q=i.loading&&!i.data,Y=s.map(k=>({value:k.notice?.id??"none",label:k.notice?`${k.notice.title} — ${k.notice.organization.name}`:"Facts citing no notice",count:k.unreviewed}));return o&&!Y.some(k=>k.value===o)&&Y.unshift({value:o,label:u?.title??(o==="none"?"Facts citing no notice":`notice ${o}`),count:0}),e.jsxs("section",{"aria-labelledby":"rev-h",className:"rq",children:[e.jsx("h1",{id:"rev-h",children:"Review"}),e.jsx("p",{className:"muted",children:"Facts drafted from a notice wait here until a reviewer confirms, corrects or rejects them, with the notice's words beside them."}),!a&&e.jsx("p",{className:"readonly-note",children:"Only a reviewer confirms or rejects facts; your role sees what waits."}),e.jsxs("div",{className:"filters",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rq-notice",children:"Notice"}),e.jsxs("select",{id:"rq-notice",value:o,onChange:k=>r({notice:k.target.value,fact:null}),disabled:!Y.length,children:[!Y.length&&e.jsx("option",{value:"",children:"none waits for review"}),Y.map(k=>e.jsxs("option",{value:k.value,children:[k.label," (",k.count," unreviewed)"]},k.value))]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"rev-type",children:"Group"}),e.jsxs("select",{id:"rev-type",value:m,onChange:k=>r({type:k.target.value||null}),children:[e.jsx("option",{value:"",children:"all groups"}),qt.map(([k,W])=>e.jsxs("option",{value:k,children:[W," (",g.filter(V=>V.type===k&&V.status==="UNREVIEWED").length,")"]},k))]})]})]}),e.jsx(Z,{error:i.error??l.error??f.error}),e.jsxs("p",{className:"rq-keys",id:"rq-keys",children:["Keys: ",e.jsx("kbd",{children:"j"}),"/",e.jsx("kbd",{children:"↓"})," next fact, ",e.jsx("kbd",{children:"k"}),"/",e.jsx("kbd",{children:"↑"})," previous",a?e.jsxs(e.Fragment,{children:[", ",e.jsx("kbd",{children:"a"})," confirm, ",e.jsx("kbd",{children:"r"})," reject, ",e.jsx("kbd",{children:"e"})," correct, ",e.jsx("kbd",{children:"Esc"})," cancel a correction, ",e.jsx("kbd",{children:"u"})," undo the last decision."]}):"."]}),q?e.jsx("p",{className:"muted",children:"Reading what waits for review…"}):o?e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"rq-progress","aria-live":"polite",children:[e.jsx("label",{htmlFor:"rq-bar",children:f.loading&&!f.data?"Reading the facts…":`${x} of ${g.length} reviewed in this notice`}),e.jsx("progress",{id:"rq-bar",max:Math.max(1,g.length),value:x}),e.jsx("span",{className:"rq-said",children:M}),a&&y.length>0&&e.jsx("button",{type:"button",className:"linklike",disabled:w,"aria-keyshortcuts":"u",onClick:()=>D(y,"UNREVIEWED","Reopened"),children:"Undo"})]}),e.jsx(Z,{error:b}),e.jsxs("div",{className:`rq-layout${c?"":" rq-no-text"}`,children:[c&&e.jsxs("div",{className:"rq-text-pane",children:[e.jsx("h2",{id:"rq-text-h",children:u?.title??"The notice"}),u?.lastUpdated&&e.jsxs("p",{className:"muted",children:["last updated ",u.lastUpdated.slice(0,10)]}),e.jsx("div",{className:"rq-text notice-text",ref:P,"data-testid":"notice",tabIndex:0,role:"region","aria-labelledby":"rq-text-h",children:Pe?.runs.map(k=>k.spans.length?e.jsx("mark",{className:N&&k.facts.includes(N.id)?"rq-mark current":"rq-mark","data-ev":k.spans.join(" "),"data-facts":k.facts.join(" "),onClick:()=>{const W=N?k.facts.indexOf(N.id):-1;I(k.facts[(W+1)%k.facts.length])},children:k.text},k.at):e.jsx(h.Fragment,{children:k.text},k.at))}),Pe&&Pe.bad.length>0&&e.jsxs("p",{role:"alert",children:[Pe.bad.length," evidence spans do not fit this notice's text and are not shown."]})]}),e.jsxs("div",{className:"rq-facts-pane",children:[!c&&e.jsx("p",{className:"muted",children:"These unreviewed facts cite no notice (an editor wrote or changed them)."}),j.map(k=>{const[,W,V,me]=bn(k.type),ue=k.facts.filter(Q=>Q.status==="UNREVIEWED"),re=k.facts.filter(Q=>Q.status!=="UNREVIEWED");return e.jsxs("section",{className:"review-group rq-group","aria-labelledby":`rev-${k.type}-h`,"data-type":k.type,"data-kind":bn(k.type)[4],children:[e.jsxs("h3",{id:`rev-${k.type}-h`,children:[W," ",e.jsxs("span",{className:"count",children:["· ",me," · ",re.length," of ",k.facts.length," reviewed"]})]}),a&&ue.length>1&&e.jsx("button",{type:"button",className:"secondary rq-bulk",disabled:w,onClick:()=>D(ue.map(Q=>Q.id),"REVIEWED",`Confirmed ${ue.length} ${W.toLowerCase()}`),children:`Confirm all ${ue.length} ${W.toLowerCase()}`}),e.jsx("ul",{className:"facts rq-list",children:ue.map(Q=>e.jsx(vl,{fact:Q,tag:V,current:Q.id===N?.id,canReview:a,busy:w,editing:$===Q.id,note:C[Q.id]??"",onNote:ge=>z(fa=>({...fa,[Q.id]:ge})),onSelect:()=>Q.id!==N?.id&&I(Q.id),onDecide:ge=>D([Q.id],ge,ge==="REVIEWED"?"Confirmed":"Rejected"),onEdit:ge=>A(ge?Q.id:void 0),onCorrected:()=>{const ge=v.indexOf(Q);I(v.slice(ge+1).concat(v.slice(0,ge))[0]?.id),A(void 0),U("Corrected and confirmed."),f.reload(),i.reload()}},Q.id))}),re.length>0&&e.jsxs("details",{className:"rq-closed",children:[e.jsxs("summary",{children:["Reviewed (",re.length,")"]}),e.jsx("ul",{className:"facts",children:re.map(Q=>e.jsxs("li",{"data-decided":Q.id,className:"rq-fact decided",children:[e.jsx("span",{className:Q.status==="REJECTED"?"tag rejected":"tag",children:Q.status==="REJECTED"?"REJECTED":"CONFIRMED"})," ",Q.summary,Q.note?e.jsxs("span",{className:"rq-detail",children:["note: ",Q.note]}):null]},Q.id))})]})]},k.type)}),!f.loading&&j.length===0&&e.jsxs("p",{className:"rq-empty",children:["Nothing in this notice",m?" and group":""," waits for review."]})]})]})]}):e.jsx("p",{className:"rq-empty",children:"Nothing waits for review."})]})}function vl(t){const{fact:n,current:a}=t,r=`note-${n.id}`;return e.jsxs("li",{className:a?"card fact rq-fact current":"card fact rq-fact","data-fact":n.id,tabIndex:a?0:-1,"aria-current":a?"true":void 0,"aria-describedby":"rq-keys",onClick:t.onSelect,onFocus:i=>i.target===i.currentTarget&&t.onSelect(),children:[e.jsxs("p",{children:[e.jsx("span",{className:"tag",children:t.tag})," ",e.jsx("span",{className:"tag draft",children:"DRAFT"})," ",n.summary,e.jsxs("span",{className:"rq-detail",children:[n.spans.length?`${n.spans.length} ${n.spans.length===1?"sentence":"sentences"} highlighted`:"no sentence of this notice"," · ",n.origin]})]}),t.canReview&&a&&e.jsx("div",{className:"fact-actions",children:t.editing?e.jsx(fl,{fact:n,note:t.note,onDone:t.onCorrected,onCancel:()=>t.onEdit(!1)}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:r,children:"Review note"}),e.jsx("input",{id:r,value:t.note,onChange:i=>t.onNote(i.target.value)})]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"button",disabled:t.busy,onClick:()=>t.onDecide("REVIEWED"),"aria-keyshortcuts":"a",children:"Confirm"}),n.edit&&e.jsx("button",{type:"button",className:"secondary",disabled:t.busy,onClick:()=>t.onEdit(!0),"aria-keyshortcuts":"e",children:"Correct"}),e.jsx("button",{type:"button",className:"danger",disabled:t.busy,onClick:()=>t.onDecide("REJECTED"),"aria-keyshortcuts":"r",children:"Reject"})]})]})})]})}const Nn={high:"high only",medium:"medium and high"};function xl(){const[t,n]=we(),a=(s,o)=>{const c=new URLSearchParams(t);o?c.set(s,o):c.delete(s),n(c,{replace:!0})},r=t.get("severity")??"",i=t.get("status")??"";return{asOf:t.get("asOf")??"",severity:Gn.includes(r)?r:"",rule:t.get("rule")??"",status:i==="open"||i==="acknowledged"?i:"",fact:t.get("fact")??"",set:a}}function jl(){const{orgs:t,org:n,setOrg:a}=Ee(),r=xl(),i=gt(),s=r.asOf&&r.asOf!==i?r.asOf:void 0,o=aa(n?.key,s),c=Bs(),l=o.data??[],u=bs(l,{severity:r.severity,rule:r.rule,status:r.status,fact:r.fact}),f=u.filter(m=>!m.acknowledged),d=u.filter(m=>m.acknowledged),p=Gn.map(m=>[m,f.filter(j=>j.severity===m).length]),g=r.fact?wl(r.fact,l):"";return e.jsxs("section",{"aria-labelledby":"fi-h",className:"findings-view",children:[e.jsxs("h1",{id:"fi-h",children:["Findings",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(et,{orgs:t,org:n,setOrg:m=>{r.set("fact",""),a(m)}}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"fi-asof",children:"As of"}),e.jsx("input",{id:"fi-asof",type:"date",value:r.asOf||i,onChange:m=>r.set("asOf",m.target.value===i?"":m.target.value)})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-severity",children:"Severity"}),e.jsxs("select",{id:"fi-severity",value:r.severity,onChange:m=>r.set("severity",m.target.value),children:[e.jsx("option",{value:"",children:"all severities"}),e.jsx("option",{value:"high",children:Nn.high}),e.jsx("option",{value:"medium",children:Nn.medium})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-rule",children:"Rule"}),e.jsxs("select",{id:"fi-rule",value:r.rule,onChange:m=>r.set("rule",m.target.value),children:[e.jsx("option",{value:"",children:"any rule"}),Ns(l).map(m=>e.jsxs("option",{value:m.rule,children:[m.title," (",m.count,")"]},m.rule)),r.rule&&!l.some(m=>m.rule===r.rule)&&e.jsx("option",{value:r.rule,children:r.rule})]})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"fi-status",children:"Status"}),e.jsxs("select",{id:"fi-status",value:r.status,onChange:m=>r.set("status",m.target.value),children:[e.jsx("option",{value:"",children:"open and acknowledged"}),e.jsx("option",{value:"open",children:"open"}),e.jsx("option",{value:"acknowledged",children:"acknowledged"})]})]})]}),r.fact&&e.jsxs("p",{className:"fact-filter",children:["Only the findings about ",e.jsx("strong",{children:g}),"."," ",e.jsx("button",{type:"button",className:"linklike",onClick:()=>r.set("fact",""),children:"Show all findings"})]}),e.jsx(Z,{error:o.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"findings-summary",children:o.loading?"Loading the findings…":`${f.length} open (${p.map(([m,j])=>`${j} ${m}`).join(", ")}), ${d.length} acknowledged, as of ${r.asOf||i}`}),r.status!=="acknowledged"&&e.jsx("ol",{className:"findings","aria-label":"Open findings",children:f.map(m=>e.jsx(kn,{f:m,org:n?.key??"",canReview:c},`${m.rule} ${m.subject}`))}),!o.loading&&!f.length&&r.status!=="acknowledged"&&e.jsxs("p",{children:["No open findings",r.severity||r.rule||r.fact?" match the filter":"","."]}),r.status!=="open"&&d.length>0&&e.jsxs("section",{"aria-labelledby":"fi-ack-h",className:"acknowledged-findings",children:[e.jsxs("h2",{id:"fi-ack-h",children:["Acknowledged (",d.length,"): quiet until their review date or until the facts under them change"]}),e.jsx("ol",{className:"findings quiet","aria-label":"Acknowledged findings",children:d.map(m=>e.jsx(kn,{f:m,org:n?.key??"",canReview:!1},`${m.rule} ${m.subject}`))})]})]})}function wl(t,n){const[a,r]=Zn(t);if(a==="activity"){const i=n.find(s=>s.activityID===r)?.activity;return i?`the activity ${i}`:`activity ${r}`}return`${a} ${r}`}function kn({f:t,org:n,canReview:a}){const[r,i]=h.useState(!1),s=t.acknowledged;return e.jsxs("li",{className:`finding sev-${t.severity}${s?" is-acknowledged":""}`,"data-rule":t.rule,"data-subject":t.subject,children:[e.jsxs("div",{className:"finding-head",children:[e.jsx("span",{className:`sev-tag sev-${t.severity}`,children:t.severity}),e.jsx("h3",{children:t.title}),e.jsx("span",{className:"article",children:t.article}),t.since&&e.jsxs("span",{className:"since",children:["since ",t.since]})]}),e.jsx("p",{className:"message",children:t.message}),e.jsxs("dl",{className:"finding-facts",children:[t.activity&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Activity"}),e.jsx("dd",{children:t.activityID?e.jsx(K,{to:`/records?${new URLSearchParams({org:n,activity:t.activityID})}`,children:t.activity}):t.activity})]}),t.notice&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:"Notice"}),e.jsx("dd",{children:t.notice})]}),e.jsx("dt",{children:"Rule"}),e.jsx("dd",{children:e.jsx("code",{children:t.rule})}),e.jsx("dt",{children:"Facts"}),e.jsx("dd",{className:"muted",children:t.facts.map(o=>o.replace(":"," ")).join(", ")||"the notice's text"})]}),t.evidence.length>0?e.jsx("ul",{className:"finding-sentences","aria-label":"Sentences",children:t.evidence.map((o,c)=>e.jsxs("li",{children:[o.noticeID?e.jsxs(K,{to:`/notices/${o.noticeID}?start=${o.start}&end=${o.end}`,className:"evidence-link",children:["“",o.quote,"”"]}):e.jsxs(e.Fragment,{children:["“",o.quote,"”"]})," ",e.jsxs("span",{className:"muted",children:["— ",o.document]})]},c))}):e.jsx("p",{className:"muted",children:"No sentence states it: the record is silent here."}),s&&e.jsxs("p",{className:"ack-note",children:["Acknowledged by ",s.by||"the local user"," on ",s.at.slice(0,10),": “",s.note,"”. Review by ",e.jsx("strong",{children:s.reviewBy}),"."]}),!s&&a&&e.jsx("div",{className:"ack",children:r?e.jsx(bl,{f:t,org:n,onDone:()=>i(!1)}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>i(!0),children:"Acknowledge…"})})]})}const $l=["note","reviewBy"];function bl({f:t,org:n,onDone:a}){const[r,i]=h.useState(""),[s,o]=h.useState(""),[c,l]=h.useState(!1),[u,f]=h.useState({}),d=`ack-${t.rule}-${t.subject}`.replace(/[^A-Za-z0-9_-]/g,"_"),p=async g=>{g.preventDefault(),l(!0),f({});try{await B(Ds,{input:{organization:n,rule:t.rule,subject:t.subject,note:r,reviewBy:s}}),a(),Os(n)}catch(m){f(Mo(m,$l))}finally{l(!1)}};return e.jsxs("form",{className:"ack-form",onSubmit:p,"aria-label":`Acknowledge: ${t.title}`,noValidate:!0,children:[e.jsxs("div",{className:`field wide${u.note?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${d}-note`,children:"Why is it accepted?"}),e.jsx("textarea",{id:`${d}-note`,name:"note",rows:2,value:r,onChange:g=>i(g.target.value),"aria-invalid":!!u.note,"aria-describedby":u.note?`${d}-note-error`:void 0}),u.note&&e.jsx("p",{className:"field-error",id:`${d}-note-error`,role:"alert",children:u.note})]}),e.jsxs("div",{className:`field${u.reviewBy?" has-error":""}`,children:[e.jsx("label",{htmlFor:`${d}-review`,children:"Review by"}),e.jsx("input",{id:`${d}-review`,name:"reviewBy",type:"date",min:ta(gt(),1),value:s,onChange:g=>o(g.target.value),"aria-invalid":!!u.reviewBy,"aria-describedby":u.reviewBy?`${d}-review-error`:void 0}),u.reviewBy&&e.jsx("p",{className:"field-error",id:`${d}-review-error`,role:"alert",children:u.reviewBy})]}),u[""]&&e.jsx("p",{className:"error",role:"alert",children:u[""]}),e.jsxs("div",{className:"buttons",children:[e.jsx("button",{type:"submit",disabled:c,children:c?"Saving…":"Acknowledge"}),e.jsx("button",{type:"button",className:"secondary",onClick:a,children:"Cancel"})]})]})}const Nl=T(`
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
`);function kl(){const{id:t=""}=Xe(),[n]=we(),a=Number(n.get("start")??"0"),r=Number(n.get("end")??"0"),{data:i,error:s,loading:o}=J(()=>B(Nl,{id:t}),[t]),c=h.useRef(null),l=i?.node?.__typename==="PolicyDocument"?i.node:void 0;if(h.useEffect(()=>{c.current?.scrollIntoView({block:"center"}),c.current?.focus({preventScroll:!0})},[l?.id,a,r]),o)return e.jsx("p",{className:"muted",children:"Loading the notice…"});if(s)return e.jsx(Z,{error:s});if(!l)return e.jsxs("p",{role:"alert",children:["No notice with ID ",t,"."]});let u;try{u=Sn(l.text,a,r)}catch(g){return e.jsx(Z,{error:g})}const[f,d,p]=u;return e.jsxs("section",{"aria-labelledby":"ns-h",className:"evidence",children:[e.jsx("h1",{id:"ns-h",children:l.title}),e.jsxs("p",{className:"muted",children:[l.organization.name,l.lastUpdated?` · last updated ${l.lastUpdated.slice(0,10)}`:"",l.url?e.jsxs(e.Fragment,{children:[" · ",e.jsx("a",{href:l.url,rel:"noopener noreferrer",children:"published notice"})]}):null]}),e.jsxs("blockquote",{className:"quoted",children:[e.jsx("span",{className:"sr-only",children:"Quoted sentence: "}),"“",d,"”",e.jsxs("footer",{className:"muted",children:["bytes ",a,"–",r," of the notice, highlighted below"]})]}),e.jsxs("div",{className:"notice-text","data-testid":"notice",children:[f,e.jsx("mark",{id:"quote",ref:c,tabIndex:-1,children:d}),p]})]})}const Cl=T(`
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
`);function Sl(t=gt()){return{from:ta(t,-30),to:t}}function Rl(){const{orgs:t,org:n,setOrg:a}=Ee(),[r,i]=we(),s=Sl(),o=Ae(r.get("from"))?r.get("from"):s.from,c=Ae(r.get("to"))?r.get("to"):s.to;h.useEffect(()=>{if(!n||r.get("org")===n.key&&r.get("from")===o&&r.get("to")===c)return;const g=new URLSearchParams(r);g.set("org",n.key),g.set("from",o),g.set("to",c),i(g,{replace:!0})},[n?.key,o,c]);const l=(g,m)=>{const j=new URLSearchParams(r);m?j.set(g,m):j.delete(g),i(j,{replace:!0})},u=o>c,f=Jn(o,c),d=J(()=>n&&!u?B(Cl,{organization:n.id,from:f.from,to:f.to}):Promise.resolve(void 0),[n?.id,f.from,f.to,u]),p=d.data?.historyDiff.lines??[];return e.jsxs("section",{"aria-labelledby":"ch-h",className:"changes-view",children:[e.jsxs("h1",{id:"ch-h",children:["Changes",n?`: ${n.name}`:""]}),e.jsxs("div",{className:"filters",children:[e.jsx(et,{orgs:t,org:n,setOrg:a,id:"ch-org"}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-from",children:"From"}),e.jsx("input",{id:"ch-from",type:"date",value:o,onChange:g=>l("from",Ae(g.target.value)?g.target.value:"")})]}),e.jsxs("div",{className:"field narrow-date",children:[e.jsx("label",{htmlFor:"ch-to",children:"To (included)"}),e.jsx("input",{id:"ch-to",type:"date",value:c,onChange:g=>l("to",Ae(g.target.value)?g.target.value:"")})]}),n&&e.jsxs("div",{className:"buttons downloads",role:"group","aria-label":"Download these changes",children:[e.jsx("a",{className:"button",href:hn(n.key,o,c,"html"),target:"_blank",rel:"noopener",children:"Changes (HTML)"}),e.jsx("a",{className:"button",href:hn(n.key,o,c,"json"),download:!0,children:"Changes (JSON)"})]})]}),u&&e.jsxs("p",{role:"alert",className:"error",children:["The first day (",o,") is after the last (",c,"): choose a range that runs forward."]}),e.jsx(Z,{error:d.error}),e.jsx("p",{"aria-live":"polite",className:"muted","data-testid":"changes-summary",children:d.loading?"Loading the changes…":d.data?`${p.length} change${p.length===1?"":"s"} from ${o} to ${c}`:""}),p.length>0&&e.jsx("div",{className:"table-wrap",tabIndex:0,role:"region","aria-labelledby":"ch-h",children:e.jsxs("table",{className:"changes-table",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:"When"}),e.jsx("th",{scope:"col",children:"Who"}),e.jsx("th",{scope:"col",children:"Via"}),e.jsx("th",{scope:"col",children:"Change"}),e.jsx("th",{scope:"col",children:"Fields before → after"}),e.jsx("th",{scope:"col",children:"Evidence"})]})}),e.jsx("tbody",{children:p.map(g=>e.jsxs("tr",{"data-change":g.changeID,className:`kind-${g.kind}`,children:[e.jsx("td",{"data-label":"When",className:"when",children:e.jsx("time",{dateTime:g.at,children:Ce(g.at)})}),e.jsx("td",{"data-label":"Who",className:"actor",children:g.actor}),e.jsx("td",{"data-label":"Via",children:g.via}),e.jsxs("th",{scope:"row","data-label":"Change",className:"summary",children:[g.summary,e.jsxs("div",{className:"muted",children:[g.subject," ",g.kind,g.activity?` · ${g.activity}`:""]})]}),e.jsx("td",{"data-label":"Fields before → after",children:g.fields.length?e.jsx("ul",{className:"field-lines",children:g.fields.map(m=>e.jsxs("li",{"data-field":m.field,children:[e.jsx("span",{className:"field-name",children:Kn(m.field)}),": ",e.jsx("span",{className:"before",children:dn(m.before)})," →"," ",e.jsx("span",{className:"after",children:dn(m.after)})]},m.field))}):"—"}),e.jsx("td",{"data-label":"Evidence",children:g.evidence.length?e.jsxs("ul",{className:"evidence-quotes",children:[g.evidence.slice(0,3).map((m,j)=>e.jsxs("li",{title:m,children:["“",$e(m,140),"”"]},j)),g.evidence.length>3&&e.jsxs("li",{className:"muted",title:g.evidence.slice(3).join(`
`),children:["and ",g.evidence.length-3," more"]})]}):e.jsx("span",{className:"muted",children:"no evidence"})})]},`${g.changeID}-${g.subject}-${g.summary}`))})]})}),d.data&&!p.length&&e.jsx("p",{children:"No changes in these days."})]})}const Il=T(`
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
`),El=T(`
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
`),Dl=T(`
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
`),Pl=T(`
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
`),Fl=T(`
  query InventorySafeguards($after: Cursor) {
    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {
      pageInfo { hasNextPage endCursor }
      edges { node { key name } }
    }
  }
`),He=25,ut=[{kind:"activities",title:"Processing activities",to:"/records"},{kind:"recipients",title:"Recipients and vendors",to:"/inventory/recipients"},{kind:"transfers",title:"Transfers",to:"/inventory/transfers"},{kind:"categories",title:"Data categories",to:"/inventory/categories"},{kind:"fields",title:"Systems and datasets",to:"/inventory/fields"}],ql=["processor","sub_processor","third_party","affiliate","joint_controller","public_authority","acquirer","public","other"];function Al({org:t}){const n=t?`?org=${encodeURIComponent(t)}`:"";return e.jsx("nav",{"aria-label":"Inventories",className:"inv-nav",children:e.jsx("ul",{children:ut.map(a=>e.jsx("li",{children:e.jsx(Vt,{to:a.to+n,end:!0,children:a.title})},a.kind))})})}function Ol(){const{search:t}=oe();return e.jsx(kr,{to:`/inventory/transfers${t}`,replace:!0})}function Tl(){const{kind:t=""}=Xe();return!ut.some(n=>n.kind===t)||t==="activities"?e.jsxs("p",{children:["No such inventory. Choose one: ",ut.map((n,a)=>e.jsxs("span",{children:[a>0?", ":"",e.jsx(K,{to:n.to,children:n.title})]},n.kind)),"."]}):e.jsx(Bl,{kind:t},t)}function Bl({kind:t}){const{orgs:n,org:a}=Ee(),{params:r,get:i,set:s}=la(),o=ut.find(C=>C.kind===t).title,c=Math.max(1,Number.parseInt(i("page")||"1",10)||1),l=i("sort"),u=i("dir")==="desc"?"desc":"asc",f=l?{field:l,direction:u==="desc"?"DESC":"ASC"}:void 0,d=c>1?String((c-1)*He-1):void 0,p={org:a?.key??"",orderBy:f,first:He,after:d},g=i("q"),m=J(async()=>{if(!a)return;const C=await j();return C&&{...C,page:c}},[a?.key,t,r.toString()]);async function j(){switch(t){case"transfers":return(await B(Il,{...p,filter:{search:g,invalidOnly:i("invalid")==="true",country:i("country"),safeguard:i("safeguard")}})).transferInventory;case"recipients":return(await B(El,{...p,filter:{search:g,role:i("role"),country:i("country"),category:i("category")}})).recipientInventory;case"categories":return(await B(Dl,{...p,filter:{search:g,specialOnly:i("special")==="true",category:i("category")}})).categoryInventory;case"fields":return(await B(Pl,{...p,filter:{search:g,system:i("system"),category:i("category")}})).fieldInventory}}const v=m.data,x=v?Math.max(1,Math.ceil(v.totalCount/He)):1;h.useEffect(()=>{v&&c>x&&s({page:String(x)},{keepPage:!0,replace:!0})},[v?.totalCount,c]);const R=(C,z)=>{const w=l.toLowerCase()===C.key.toLowerCase(),F=w?u==="asc"?"ascending":"descending":C.sortable?"none":void 0,b=C.sortable?e.jsxs("button",{type:"button",className:"sort",onClick:()=>s({sort:C.key,dir:w&&u==="asc"?"desc":"asc"}),children:[C.header," ",e.jsx("span",{"aria-hidden":"true",children:w?u==="asc"?"▲":"▼":"↕"})]}):C.header;return e.jsx("th",{scope:"col","aria-sort":F,className:z?"inv-first":void 0,children:b},C.key)},N=C=>`/reports/inventory/${t}.${C}?${ca(r,a?.key??"")}`,I=v?.page??c,$=v&&v.totalCount?(I-1)*He+1:0,A=v?Math.min(I*He,v.totalCount):0;return e.jsxs("section",{"aria-labelledby":"inv-h",className:"inventory",children:[e.jsxs("h1",{id:"inv-h",children:[o,a?`: ${a.name}`:""]}),e.jsx(Al,{org:a?.key}),e.jsxs("div",{className:"filters",children:[e.jsx(et,{orgs:n,org:a,setOrg:C=>s({org:C}),id:"inv-org"}),e.jsx(zl,{kind:t,value:g,onChange:C=>s({q:C},{replace:!0})}),e.jsx(Ll,{kind:t,get:i,set:s}),e.jsxs("div",{className:"buttons exports",role:"group","aria-label":`Export the ${o.toLowerCase()} shown (all pages)`,children:[e.jsx("a",{className:"button",href:N("csv"),download:!0,"data-testid":"export-csv",children:"Export CSV"}),e.jsx("a",{className:"button",href:N("xlsx"),download:!0,"data-testid":"export-xlsx",children:"Export XLSX"})]})]}),e.jsx(Z,{error:m.error}),e.jsx("p",{"aria-live":"polite",className:"muted inv-count",children:m.loading&&!v?"Loading…":v?`${v.totalCount} ${Ml(t,v.totalCount)}${v.totalCount?`, showing ${$}–${A}`:""}`:""}),v&&e.jsxs("div",{className:"table-wrap inv-wrap",tabIndex:0,role:"region","aria-labelledby":"inv-caption","aria-busy":m.loading,children:[e.jsxs("table",{className:`inventory-table inv-${t}`,children:[e.jsxs("caption",{id:"inv-caption",children:[o,a?` of ${a.name}`:"",", page ",I," of ",x,l?`, sorted by ${v.columns.find(C=>C.key.toLowerCase()===l.toLowerCase())?.header??l} ${u==="asc"?"ascending":"descending"}`:""]}),e.jsx("thead",{children:e.jsx("tr",{children:v.columns.filter(C=>C.key!=="review").map((C,z)=>R(C,z===0))})}),e.jsxs("tbody",{children:[t==="transfers"&&v.rows.map(C=>e.jsx(Wl,{r:C},C.transfer.id)),t==="recipients"&&v.rows.map(C=>e.jsx(_l,{r:C},C.recipient.id)),t==="categories"&&v.rows.map(C=>e.jsx(Vl,{r:C},C.category.id)),t==="fields"&&v.rows.map(C=>e.jsx(Ql,{r:C},C.field.id))]})]}),v.rows.length===0&&e.jsx("p",{className:"inv-empty",children:"Nothing matches these filters."})]}),v&&e.jsxs("nav",{className:"pager","aria-label":"Pages",children:[e.jsx("button",{type:"button",disabled:c<=1,onClick:()=>s({page:c>2?String(c-1):""},{keepPage:!0}),children:"Previous page"}),e.jsxs("span",{className:"muted inv-page",children:["Page ",I," of ",x]}),e.jsx("button",{type:"button",disabled:!v.pageInfo.hasNextPage,onClick:()=>s({page:String(c+1)},{keepPage:!0}),children:"Next page"}),x>2&&e.jsx("button",{type:"button",className:"secondary",disabled:c>=x,onClick:()=>s({page:String(x)},{keepPage:!0}),children:"Last page"})]})]})}function Ml(t,n){const a={recipients:"recipient",transfers:"transfer",categories:"data category",fields:"field"}[t],r={recipients:"recipients",transfers:"transfers",categories:"data categories",fields:"fields"}[t];return n===1?a:r}function zl({kind:t,value:n,onChange:a}){const[r,i]=da(n,a),s={recipients:"recipient name",transfers:"country, recipient, activity or safeguard",categories:"category name or key",fields:"field path or name"}[t];return e.jsxs("div",{className:"field wide inv-search",children:[e.jsx("label",{htmlFor:"inv-search",children:"Search"}),e.jsx("input",{id:"inv-search",type:"search",value:r,onChange:o=>i(o.target.value),"aria-describedby":"inv-search-hint"}),e.jsx("small",{id:"inv-search-hint",children:s})]})}function Ll({kind:t,get:n,set:a}){const r=e.jsx(Ct,{id:"inv-country",label:"Country",hint:"ISO code, e.g. US",value:n("country"),onChange:s=>a({country:s.toUpperCase()}),narrow:!0}),i=e.jsx(Ct,{id:"inv-category",label:"Data category",hint:"key, e.g. user.contact",value:n("category"),onChange:s=>a({category:s})});switch(t){case"transfers":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-invalid",type:"checkbox",checked:n("invalid")==="true",onChange:s=>a({invalid:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-invalid",children:"Invalid safeguards only"})]}),r,e.jsx(Ul,{value:n("safeguard"),onChange:s=>a({safeguard:s})})]});case"recipients":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-role",children:"Role"}),e.jsxs("select",{id:"inv-role",value:n("role"),onChange:s=>a({role:s.target.value}),children:[e.jsx("option",{value:"",children:"any"}),ql.map(s=>e.jsx("option",{value:s,children:s.replace(/_/g," ")},s))]})]}),r,i]});case"categories":return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:"inv-special",type:"checkbox",checked:n("special")==="true",onChange:s=>a({special:s.target.checked?"true":""})}),e.jsx("label",{htmlFor:"inv-special",children:"Special categories only (Art 9, Art 10)"})]}),i]});case"fields":return e.jsxs(e.Fragment,{children:[e.jsx(Ct,{id:"inv-system",label:"System",hint:"system key",value:n("system"),onChange:s=>a({system:s})}),i]})}}function Ct({id:t,label:n,hint:a,value:r,onChange:i,narrow:s}){const[o,c]=h.useState(r);h.useEffect(()=>c(r),[r]);const l=()=>o.trim()!==r&&i(o.trim());return e.jsxs("div",{className:`field${s?" inv-narrow":""}`,children:[e.jsx("label",{htmlFor:t,children:n}),e.jsx("input",{id:t,value:o,onChange:u=>c(u.target.value),onBlur:l,onKeyDown:u=>u.key==="Enter"&&l(),"aria-describedby":`${t}-hint`}),e.jsx("small",{id:`${t}-hint`,children:a})]})}function Ul({value:t,onChange:n}){const a=J(async()=>{const r=[];let i;for(;;){const s=await B(Fl,{after:i});for(const o of s.transferSafeguards.edges??[])o?.node&&r.push(o.node);if(!s.transferSafeguards.pageInfo.hasNextPage)return r;i=s.transferSafeguards.pageInfo.endCursor??void 0}},[]);return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"inv-safeguard",children:"Safeguard"}),e.jsxs("select",{id:"inv-safeguard",value:t,onChange:r=>n(r.target.value),children:[e.jsx("option",{value:"",children:"any"}),t&&!a.data?.some(r=>r.key===t)&&e.jsx("option",{value:t,children:t}),(a.data??[]).map(r=>e.jsx("option",{value:r.key,children:r.name},r.key))]})]})}function Se({items:t,render:n,few:a=3,empty:r="—"}){const[i,s]=h.useState(!1);if(!t.length)return e.jsx(e.Fragment,{children:r});const o=i?t:t.slice(0,a);return e.jsxs(e.Fragment,{children:[e.jsx("ul",{className:"inv-list",children:o.map((c,l)=>e.jsx("li",{children:n(c)},l))}),t.length>a&&e.jsx("button",{type:"button",className:"linklike more","aria-expanded":i,onClick:()=>s(!i),children:i?"fewer":`and ${t.length-a} more`})]})}const Gt=t=>e.jsx(K,{to:`/activities/${t.id}`,children:t.name});function Wl({r:t}){return e.jsxs("tr",{className:t.valid?void 0:"inv-invalid",children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.destination,t.country?e.jsxs("span",{className:"muted",children:[" (",t.country,")"]}):null]}),e.jsx("td",{"data-label":"Recipient",children:t.recipient?t.recipient.name:e.jsx("span",{className:"muted",children:"any recipient of the activities"})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(Se,{items:t.activities,render:Gt})}),e.jsx("td",{"data-label":"Safeguard",children:t.safeguard?t.safeguard.name:e.jsx("span",{className:"muted",children:"none stated"})}),e.jsx("td",{"data-label":"Validity",className:"inv-validity",children:t.valid?e.jsx("span",{className:"inv-valid",children:t.validity}):e.jsx("strong",{className:"stale-text",children:t.validity})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:t.evidence})})]})}const Xt=t=>e.jsx("span",{className:t.specialCategory||t.criminalOffence?"special-text":void 0,title:t.key,children:t.name});function _l({r:t}){return e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",className:"inv-first",children:[t.recipient.name,t.recipient.reviewStatus==="UNREVIEWED"&&e.jsx("span",{className:"tag draft",children:" DRAFT"})]}),e.jsx("td",{"data-label":"Role",children:t.recipient.kind.replace(/_/g," ")}),e.jsx("td",{"data-label":"Established in",children:t.recipient.country||"—"}),e.jsx("td",{"data-label":"Data categories received",children:e.jsx(Se,{items:t.categories,render:Xt,few:4})}),e.jsx("td",{"data-label":"Processing activities",children:e.jsx(Se,{items:t.activities,render:Gt})}),e.jsx("td",{"data-label":"Purposes",children:t.purposes.map(n=>n.name).join("; ")||"—"}),e.jsx("td",{"data-label":"Legal bases",children:t.legalBases.map(n=>n.reference).join("; ")||"—"}),e.jsx("td",{"data-label":"Transferred to",children:t.countries.join(", ")||"—"}),e.jsx("td",{"data-label":"Safeguards",children:e.jsx(Se,{items:t.safeguards,render:n=>e.jsx(Me,{safeguard:n}),few:4})}),e.jsx("td",{"data-label":"Evidence",children:e.jsx(xe,{evidence:t.evidence.slice(0,2)})})]})}function Vl({r:t}){const n=t.category;return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:Xt(n)}),e.jsx("td",{"data-label":"Key",children:e.jsx("code",{children:n.key})}),e.jsx("td",{"data-label":"Special category",children:n.specialCategory?e.jsx("strong",{className:"special-text",children:"Art 9"}):n.criminalOffence?e.jsx("strong",{className:"special-text",children:"Art 10"}):"—"}),e.jsx("td",{"data-label":"Collected by (activities)",children:e.jsx(Se,{items:t.activities,render:Gt})}),e.jsx("td",{"data-label":"Received by (recipients)",children:e.jsx(Se,{items:t.recipients,render:a=>a.name})})]})}function Ql({r:t}){return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",className:"inv-first",children:t.system.name}),e.jsx("td",{"data-label":"Dataset",children:t.dataset.name}),e.jsx("td",{"data-label":"Field path",children:t.field.path?e.jsx(K,{to:`/lookup?field=${encodeURIComponent(t.field.path)}`,children:e.jsx("code",{children:t.field.path})}):"—"}),e.jsx("td",{"data-label":"Field",children:t.field.name}),e.jsx("td",{"data-label":"Data category",children:t.category?Xt(t.category):"—"}),e.jsx("td",{"data-label":"Received by",children:e.jsx(Se,{items:t.recipients,render:n=>n.name})})]})}const Hl=T(`
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
`),Yl=T(`
  mutation SaveOrganization($input: SaveOrganizationInput!) {
    saveOrganization(input: $input) {
      id
      key
    }
  }
`),ha=["key","name","country","address","email","phone","website","dpoName","dpoEmail","dpoPhone","dpoAddress","representativeName","representativeAddress","representativeEmail"],Kl=Object.fromEntries(ha.map(t=>[t,""])),St=t=>`org-${t}`;function Cn(){const{key:t}=Xe(),n=Ge(),a=Ie()("edit"),r=J(()=>t?B(Hl,{key:t}):Promise.resolve(void 0),[t]),i=r.data?.organizations.edges?.[0]?.node??void 0,[s,o]=h.useState(Kl),[c,l]=h.useState({}),[u,f]=h.useState(""),d=h.useRef(void 0);if(h.useEffect(()=>{i&&o(Object.fromEntries(ha.map(x=>[x,i[x]??""])))},[i?.id,r.data]),h.useEffect(()=>{const x=d.current;d.current=void 0,x&&document.getElementById(x)?.focus()}),t&&r.loading&&!i)return e.jsx("p",{className:"muted",children:"Loading…"});if(t&&r.error)return e.jsx(Z,{error:r.error});if(t&&!i&&!r.loading)return e.jsxs("p",{role:"alert",children:["No organization has the key ",t,"."]});const p=async x=>{x.preventDefault(),l({}),f("");try{const R=await B(Yl,{input:{id:i?.id??null,...s}});if(!i||R.saveOrganization.key!==t){n(`/organizations/${R.saveOrganization.key}`,{state:{saved:!0}}),f(i?"Saved.":"Organization created. Add its first activity below.");return}f("Saved."),r.reload()}catch(R){const N=R instanceof Error?R.message:String(R),I=R instanceof Le?R.field:void 0,$=I&&document.getElementById(St(I))?I:"";l({[$]:$?N.replace(/^invalid [^:]+: /,""):N}),d.current=$?St($):"org-general-error"}},g=(x,R)=>{o({...s,[x]:R}),c[x]&&l({})},m=(x,R,N={})=>{const I=St(x),$=[c[x]?`${I}-error`:"",N.hint?`${I}-hint`:""].filter(Boolean).join(" ")||void 0,A={id:I,value:s[x],"aria-invalid":c[x]?!0:void 0,"aria-describedby":$,"aria-required":N.required||void 0};return e.jsxs("div",{className:`field${N.wide?" wide":""}${c[x]?" has-error":""}`,children:[e.jsx("label",{htmlFor:I,children:R}),N.area?e.jsx("textarea",{...A,rows:2,onChange:C=>g(x,C.target.value)}):e.jsx("input",{...A,type:N.type??"text",onChange:C=>g(x,C.target.value)}),N.hint&&e.jsx("small",{id:`${I}-hint`,children:N.hint}),c[x]&&e.jsx("p",{className:"field-error",id:`${I}-error`,role:"alert",children:c[x]})]})},j=r.data?.activities.edges?.flatMap(x=>x?.node?[x.node]:[])??[],v=r.data?.activities.totalCount??0;return e.jsxs("section",{"aria-labelledby":"org-h",className:"edit org-form",children:[e.jsx("h1",{id:"org-h",children:i?a?`Organization: ${i.name}`:i.name:"New organization"}),i&&e.jsx("p",{className:"muted",children:e.jsx(K,{to:`/records?org=${i.key}`,children:"its record of processing"})}),!a&&e.jsx("p",{className:"readonly-note",children:"Your role reads the record; an editor changes it."}),e.jsxs("form",{onSubmit:p,noValidate:!0,"aria-label":"Organization",children:[e.jsxs("fieldset",{className:"plain",disabled:!a,children:[e.jsxs("section",{className:"card","aria-labelledby":"org-ctl-h",children:[e.jsx("h2",{id:"org-ctl-h",children:"Controller (Art 30(1)(a))"}),e.jsxs("div",{className:"grid",children:[m("key","Key (required)",{required:!0,hint:"short, lower case, stable: used in links and the API, e.g. acme"}),m("name","Legal name (required)",{required:!0,wide:!0}),m("country","Country of its seat (ISO code)",{hint:"two letters, e.g. DE"}),m("email","Contact email",{type:"email"}),m("phone","Phone",{type:"tel"}),m("website","Website",{type:"url",wide:!0})]}),m("address","Address",{area:!0})]}),e.jsxs("section",{className:"card","aria-labelledby":"org-dpo-h",children:[e.jsx("h2",{id:"org-dpo-h",children:"Data protection officer (Art 37)"}),e.jsxs("div",{className:"grid",children:[m("dpoName","Name",{wide:!0}),m("dpoEmail","Email",{type:"email"}),m("dpoPhone","Phone",{type:"tel"})]}),m("dpoAddress","Address",{area:!0})]}),e.jsxs("section",{className:"card","aria-labelledby":"org-rep-h",children:[e.jsx("h2",{id:"org-rep-h",children:"Representative in the EU or UK (Art 27)"}),e.jsxs("div",{className:"grid",children:[m("representativeName","Name",{wide:!0}),m("representativeEmail","Email",{type:"email"})]}),m("representativeAddress","Address",{area:!0})]})]}),c[""]!==void 0&&e.jsx("p",{role:"alert",className:"error",id:"org-general-error",tabIndex:-1,children:c[""]}),a&&e.jsxs("div",{className:"buttons save-bar",children:[e.jsx("button",{type:"submit",children:i?"Save organization":"Create organization"}),e.jsx("span",{role:"status",className:"saved",children:u})]})]}),i&&e.jsxs("section",{className:"card","aria-labelledby":"org-acts-h",children:[e.jsxs("h2",{id:"org-acts-h",children:["Processing activities (",v,")"]}),j.length===0?e.jsx("p",{className:"muted",children:"None yet."}):null,e.jsx("ul",{className:"items",children:j.map(x=>e.jsx("li",{children:e.jsx(K,{to:`/activities/${x.id}`,children:x.name})},x.id))}),v>j.length&&e.jsxs("p",{className:"muted",children:["The first ",j.length," by name; ",e.jsx(K,{to:`/records?org=${i.key}`,children:"the record"})," lists all of them."]}),a&&e.jsx(K,{className:"button",to:`/activities/new?org=${i.key}`,children:j.length?"Add an activity":"Add its first activity"})]})]})}const Jl=[["/","Data map","read"],["/records","Record of processing","read"],["/inventory","Inventories","read"],["/findings","Findings","read"],["/lookup","Field lookup","read"],["/review","Review","read"],["/changes","Changes","read"],["/activities/new","New activity","edit"],["/organizations/new","New organization","edit"]];function Gl(){const t=Ie();return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:"Skip to content"}),e.jsxs("header",{className:"top",children:[e.jsx("span",{className:"brand",children:"ropa"}),e.jsx("nav",{"aria-label":"Views",children:e.jsx("ul",{children:Jl.filter(([,,n])=>t(n)).map(([n,a])=>e.jsx("li",{children:e.jsx(Vt,{to:n,end:n!=="/inventory",children:a})},n))})}),e.jsx("a",{className:"playground",href:"/playground",children:"GraphQL playground"}),e.jsx(hs,{})]}),e.jsx("main",{id:"main",tabIndex:-1,children:e.jsxs(Sr,{children:[e.jsx(X,{path:"/",element:e.jsx(Js,{})}),e.jsx(X,{path:"/records",element:e.jsx(po,{})}),e.jsx(X,{path:"/inventory",element:e.jsx(Ol,{})}),e.jsx(X,{path:"/inventory/:kind",element:e.jsx(Tl,{})}),e.jsx(X,{path:"/lookup",element:e.jsx(xo,{})}),e.jsx(X,{path:"/evidence/:id",element:e.jsx(wo,{})}),e.jsx(X,{path:"/activities/new",element:t("edit")?e.jsx(xn,{}):e.jsx("p",{children:"Your role may not add activities."})}),e.jsx(X,{path:"/activities/:id",element:e.jsx(xn,{})}),e.jsx(X,{path:"/organizations/new",element:t("edit")?e.jsx(Cn,{}):e.jsx("p",{children:"Your role may not add organizations."})}),e.jsx(X,{path:"/organizations/:key",element:e.jsx(Cn,{})}),e.jsx(X,{path:"/review",element:e.jsx(yl,{})}),e.jsx(X,{path:"/findings",element:e.jsx(jl,{})}),e.jsx(X,{path:"/changes",element:e.jsx(Rl,{})}),e.jsx(X,{path:"/notices/:id",element:e.jsx(kl,{})}),e.jsx(X,{path:"*",element:e.jsx("p",{children:"No such page. Choose a view above."})})]})})]})}Ca.createRoot(document.getElementById("root")).render(e.jsx(h.StrictMode,{children:e.jsx(Xr,{children:e.jsx(ds,{children:e.jsx(Gl,{})})})}));
