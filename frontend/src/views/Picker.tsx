// Pickers of the edit forms: a combobox that asks the server for the
// entries matching what is typed (first 20), never a list loaded whole,
// so that an organization with thousands of recipients is searchable to
// its last one. Keyboard: arrows move, Enter picks, Escape closes.
import { useEffect, useRef, useState } from "react";

/** A chosen entry: its catalog ID (empty for a new one), what is shown, and a hover title (the key). */
export interface Choice {
  id: string;
  label: string;
  title?: string;
  isNew?: boolean;
  note?: string;
}

export type Search = (text: string) => Promise<Choice[]>;

interface PickerProps {
  id: string;
  value?: Choice;
  onChange: (c: Choice | undefined) => void;
  search: Search;
  placeholder?: string;
  /** Offer the typed text as a new entry, e.g. `Add new recipient "X"`. */
  newLabel?: (text: string) => string;
  /** Empty the input after a pick (for adding to a list). */
  clearOnPick?: boolean;
  invalid?: boolean;
  describedBy?: string;
  label?: string;
}

export function Picker({ id, value, onChange, search, placeholder, newLabel, clearOnPick, invalid, describedBy, label }: PickerProps) {
  const [text, setText] = useState(value?.label ?? "");
  const [options, setOptions] = useState<Choice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!clearOnPick) setText(value?.label ?? "");
  }, [value?.id, value?.label, clearOnPick]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const ask = (q: string) => {
    window.clearTimeout(timer.current);
    const n = ++seq.current;
    setBusy(true);
    timer.current = window.setTimeout(() => {
      search(q.trim()).then(
        (found) => {
          if (n !== seq.current) return;
          const t = q.trim();
          const extra = newLabel && t && !found.some((f) => f.label.toLowerCase() === t.toLowerCase()) ? [{ id: "", label: t, isNew: true }] : [];
          setOptions([...found, ...extra]);
          setActive(found.length || extra.length ? 0 : -1);
          setOpen(true);
          setBusy(false);
        },
        () => n === seq.current && (setOptions([]), setBusy(false)),
      );
    }, 150);
  };
  const pick = (c: Choice) => {
    onChange(c);
    setText(clearOnPick ? "" : c.label);
    setOpen(false);
    setActive(-1);
  };
  const listId = `${id}-options`;
  return (
    <div className="combo">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-label={label}
        aria-busy={busy || undefined}
        title={value?.title}
        placeholder={placeholder ?? "type to search"}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          ask(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            if (!open) ask(text);
            else setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            if (open && active >= 0 && options[active]) {
              e.preventDefault();
              pick(options[active]);
            } else if (open) e.preventDefault();
            else if (text.trim() && text !== (clearOnPick ? "" : (value?.label ?? ""))) {
              // Typed but not chosen yet: show the matches instead of submitting the form.
              e.preventDefault();
              ask(text);
            }
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            setOpen(false);
            if (!clearOnPick) setText(value?.label ?? "");
          }
        }}
        onBlur={() => {
          setOpen(false);
          window.clearTimeout(timer.current);
          seq.current++;
          setBusy(false);
          if (clearOnPick) return;
          if (!text.trim() && value) onChange(undefined);
          else setText(value?.label ?? "");
        }}
      />
      <ul id={listId} role="listbox" aria-label={label ? `${label}: matches` : "Matches"} className="combo-list" hidden={!open}>
        {options.map((o, i) => (
          <li
            key={`${o.id}-${i}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            title={o.title}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            {o.isNew && newLabel ? (
              newLabel(o.label)
            ) : (
              <>
                <span className="combo-name">{o.label}</span>
                {o.note && <span className="muted"> {o.note}</span>}
              </>
            )}
          </li>
        ))}
        {open && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            No match
          </li>
        )}
      </ul>
    </div>
  );
}

/** A list of chosen entries, each removable, and a picker that adds to it. */
export function Chips({
  id,
  items,
  onChange,
  search,
  newLabel,
  invalid,
  describedBy,
  label,
  flag,
  readOnly,
}: {
  readOnly?: boolean;
  id: string;
  items: Choice[];
  onChange: (items: Choice[]) => void;
  search: Search;
  newLabel?: (text: string) => string;
  invalid?: boolean;
  describedBy?: string;
  label: string;
  flag?: (c: Choice) => string | undefined;
}) {
  return (
    <div className="chips">
      {items.length > 0 && (
        <ul className="chip-list" aria-label={`${label}: chosen`}>
          {items.map((c, i) => (
            <li key={`${c.id || c.label}-${i}`} className="chip" title={c.title}>
              <span>{c.label}</span>
              {c.isNew && <span className="chip-new"> (new)</span>}
              {flag?.(c) && <span className="chip-flag"> {flag(c)}</span>}
              {!readOnly && (
              <button type="button" className="chip-remove" aria-label={`Remove ${c.label}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                ×
              </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? (
        items.length === 0 && (
          <p className="muted" id={id}>
            none stated
          </p>
        )
      ) : (
      <Picker
        id={id}
        clearOnPick
        search={async (q) => (await search(q)).filter((c) => !items.some((x) => x.id && x.id === c.id))}
        onChange={(c) => c && !items.some((x) => (x.id ? x.id === c.id : x.label === c.label)) && onChange([...items, c])}
        newLabel={newLabel}
        invalid={invalid}
        describedBy={describedBy}
        placeholder="type to search and add"
      />
      )}
    </div>
  );
}
