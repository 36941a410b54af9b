import { NavLink, Route, Routes } from "react-router-dom";
import { DataMapView } from "./views/DataMap";
import { RecordsView } from "./views/Records";
import { LookupView } from "./views/Lookup";
import { EvidenceView } from "./views/Evidence";
import { ActivityEditView } from "./views/ActivityEdit";
import { ReviewView } from "./views/Review";
import { FindingsView } from "./views/Findings";
import { NoticeSpanView } from "./views/NoticeSpan";

const links = [
  ["/", "Data map"],
  ["/records", "Record of processing"],
  ["/findings", "Findings"],
  ["/lookup", "Field lookup"],
  ["/review", "Review"],
  ["/activities/new", "New activity"],
] as const;

export function App() {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">ropa</span>
        <nav aria-label="Views">
          <ul>
            {links.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <a className="playground" href="/playground">
          GraphQL playground
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<DataMapView />} />
          <Route path="/records" element={<RecordsView />} />
          <Route path="/lookup" element={<LookupView />} />
          <Route path="/evidence/:id" element={<EvidenceView />} />
          <Route path="/activities/new" element={<ActivityEditView />} />
          <Route path="/activities/:id" element={<ActivityEditView />} />
          <Route path="/review" element={<ReviewView />} />
          <Route path="/findings" element={<FindingsView />} />
          <Route path="/notices/:id" element={<NoticeSpanView />} />
          <Route path="*" element={<p>No such page. Choose a view above.</p>} />
        </Routes>
      </main>
    </>
  );
}
