package datamap

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the map as {"nodes": [...], "edges": [...]}.
func (m *Map) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

var edgeLabel = map[EdgeKind]string{
	Performs: "performs", UsesFor: "used for", Collects: "collects",
	DisclosesTo: "discloses to", TransfersTo: "transfers to", RetainedFor: "retained for",
}

// fill is the color of a node: what a DPO worries about stands out.
func fill(n Node) string {
	switch {
	case n.Stale:
		return "#f4a6a6" // transfer under an invalid safeguard
	case n.Special || n.Criminal:
		return "#f7c873" // Art 9 / Art 10 data
	case n.Transfer:
		return "#b9d3f0" // reached by a third-country transfer
	}
	return map[NodeKind]string{
		Organization: "#d9d9d9", System: "#e8e0f5", Activity: "#ffffff",
		DataCategory: "#e6f2e6", Recipient: "#fff7d6", Country: "#eef3f8",
	}[n.Kind]
}

var shape = map[NodeKind]string{
	Organization: "house", System: "cylinder", Activity: "box",
	DataCategory: "note", Recipient: "component", Country: "ellipse",
}

// WriteDOT writes the map in Graphviz DOT; `dot -Tsvg` renders it.
func (m *Map) WriteDOT(w io.Writer) error {
	var b strings.Builder
	b.WriteString("digraph datamap {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n  edge [fontname=\"Helvetica\", fontsize=8];\n")
	for _, n := range m.Nodes {
		fmt.Fprintf(&b, "  %s [label=%s, shape=%s, fillcolor=%s];\n", dotQuote(n.ID), dotQuote(n.Label), shape[n.Kind], dotQuote(fill(n)))
	}
	for _, e := range m.Edges {
		label := edgeLabel[e.Kind]
		if e.Label != "" {
			label += ": " + e.Label
		}
		fmt.Fprintf(&b, "  %s -> %s [label=%s];\n", dotQuote(e.From), dotQuote(e.To), dotQuote(label))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// WriteMermaid writes the map as a Mermaid flowchart.
func (m *Map) WriteMermaid(w io.Writer) error {
	ids := map[string]string{}
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for i, n := range m.Nodes {
		id := fmt.Sprintf("n%d", i)
		ids[n.ID] = id
		open, close := "[", "]"
		switch n.Kind {
		case System:
			open, close = "[(", ")]"
		case DataCategory:
			open, close = "[/", "/]"
		case Country:
			open, close = "((", "))"
		case Organization:
			open, close = "{{", "}}"
		}
		fmt.Fprintf(&b, "  %s%s\"%s\"%s\n", id, open, mermaidText(n.Label), close)
		fmt.Fprintf(&b, "  style %s fill:%s\n", id, fill(n))
	}
	for _, e := range m.Edges {
		label := edgeLabel[e.Kind]
		if e.Label != "" {
			label += ": " + e.Label
		}
		fmt.Fprintf(&b, "  %s -->|\"%s\"| %s\n", ids[e.From], mermaidText(label), ids[e.To])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mermaidText(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "\n", " ", "|", "#124;", "<", "#lt;", ">", "#gt;").Replace(s)
}
