import { NavLink, Route, Routes } from "react-router-dom";
import { DataMapView } from "./views/DataMap";
import { RecordsView } from "./views/Records";
import { LookupView } from "./views/Lookup";
import { EvidenceView } from "./views/Evidence";
import { ActivityEditView } from "./views/ActivityEdit";
import { ReviewView } from "./views/Review";
import { UserBox, useCan } from "./auth";
import type { Ability } from "./lib";
import { FindingsView } from "./views/Findings";
import { NoticeSpanView } from "./views/NoticeSpan";
import { ChangesView } from "./views/Changes";
import { InventoryIndex, InventoryView } from "./views/Inventory";
import { OrganizationEditView } from "./views/OrganizationEdit";

const links: [string, string, Ability][] = [
  ["/", "Data map", "read"],
  ["/records", "Record of processing", "read"],
  ["/inventory", "Inventories", "read"],
  ["/findings", "Findings", "read"],
  ["/lookup", "Field lookup", "read"],
  ["/review", "Review", "read"],
  ["/changes", "Changes", "read"],
  ["/activities/new", "New activity", "edit"],
  ["/organizations/new", "New organization", "edit"],
];

export function App() {
  const can = useCan();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">ropa</span>
        <nav aria-label="Views">
          <ul>
            {links.filter(([, , need]) => can(need)).map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to !== "/inventory"}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <a className="playground" href="/playground">
          GraphQL playground
        </a>
        <UserBox />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<DataMapView />} />
          <Route path="/records" element={<RecordsView />} />
          <Route path="/inventory" element={<InventoryIndex />} />
          <Route path="/inventory/:kind" element={<InventoryView />} />
          <Route path="/lookup" element={<LookupView />} />
          <Route path="/evidence/:id" element={<EvidenceView />} />
          <Route path="/activities/new" element={can("edit") ? <ActivityEditView /> : <p>Your role may not add activities.</p>} />
          <Route path="/activities/:id" element={<ActivityEditView />} />
          <Route path="/organizations/new" element={can("edit") ? <OrganizationEditView /> : <p>Your role may not add organizations.</p>} />
          <Route path="/organizations/:key" element={<OrganizationEditView />} />
          <Route path="/review" element={<ReviewView />} />
          <Route path="/findings" element={<FindingsView />} />
          <Route path="/changes" element={<ChangesView />} />
          <Route path="/notices/:id" element={<NoticeSpanView />} />
          <Route path="*" element={<p>No such page. Choose a view above.</p>} />
        </Routes>
      </main>
    </>
  );
}
