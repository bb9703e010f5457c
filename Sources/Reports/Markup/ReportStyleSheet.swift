/// The one style sheet of Steward's HTML pages (the rating report and the certificate page), so both look
/// alike and a layout fix lands on both.
///
/// Screen first; one column and smaller tables under 640 px; A4 with 15 mm margins in print.
/// Nothing may widen the page past the window: definition lists size their term column with
/// `fit-content(40%)` and their values with `minmax(0, 1fr)`, long unbroken text (hashes, fact paths,
/// expressions) may wrap anywhere, rule ids never wrap, tables become one block per row on phones, and each chart keeps its drawn size (so its
/// text stays at least 11 px): drawn for a phone under 700 px, and scrolling sideways inside its own box
/// should a window still be narrower.
enum ReportStyleSheet {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: Verdana, "DejaVu Sans", Geneva, sans-serif; color: #1f2328; background: #ffffff; margin: 0; line-height: 1.45; overflow-wrap: break-word; }
        main { max-width: 880px; margin: 0 auto; padding: 24px 16px; }
        h1 { font-size: 1.4rem; margin: 0 0 4px; }
        h2 { font-size: 1.1rem; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 1rem; margin: 16px 0 4px; }
        .subtitle, .note { color: #57606a; }
        .subtitle { margin: 0 0 20px; }
        .note { font-size: 0.9em; }
        .summary { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
        .summary > dl { flex: 1 1 280px; min-width: 0; margin: 0; }
        dl.facts { display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: 4px 16px; margin: 0; }
        dt { color: #57606a; }
        dt, dd { min-width: 0; overflow-wrap: anywhere; }
        dd { margin: 0; }
        dl.models dt { color: #1f2328; margin-top: 10px; }
        dl.models dd { margin: 2px 0 0 16px; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
        code.rule-id { white-space: nowrap; }
        pre { background: #f6f8fa; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
        svg { max-width: 100%; height: auto; }
        .chart { overflow-x: auto; margin: 8px 0; }
        .chart svg { max-width: none; }
        .chart .narrow { display: none; }
        @media (max-width: 700px) { .chart .wide { display: none; } .chart .narrow { display: block; } }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d0d7de; vertical-align: top; }
        td { overflow-wrap: anywhere; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        article.finding { border-left: 4px solid #d0d7de; padding: 2px 0 2px 12px; margin: 12px 0; }
        article.fail { border-color: #cf222e; }
        article.partial { border-color: #bf8700; }
        article.unknown { border-color: #8250df; }
        .finding p { margin: 4px 0; }
        .advice { background: #f6f8fa; padding: 4px 8px; }
        @media (max-width: 640px) { dl.facts { grid-template-columns: minmax(0, 1fr); } dt { margin-top: 6px; } th, td { padding: 3px 4px; } }
        @media (max-width: 640px) { table.stacked, table.stacked tbody, table.stacked tr, table.stacked td { display: block; } table.stacked thead { display: none; } table.stacked tr { border-bottom: 1px solid #d0d7de; padding: 6px 0; } table.stacked td { border: 0; padding: 1px 0; } table.stacked td[data-label]::before { content: attr(data-label) ": "; color: #57606a; } }
        @page { size: A4; margin: 15mm; }
        @media print { main { max-width: none; padding: 0; } section, article { break-inside: avoid; } h2 { break-after: avoid; } .chart { overflow: visible; } .chart svg { max-width: 100%; } }
        """
}
