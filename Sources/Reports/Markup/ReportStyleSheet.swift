/// The one style sheet of Steward's HTML pages (the rating report and the certificate page), so both look
/// alike and a layout fix lands on both.
///
/// Screen first; one column and smaller tables under 640 px; A4 with 15 mm margins in print, each block kept
/// on one page.
enum ReportStyleSheet {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: Verdana, "DejaVu Sans", Geneva, sans-serif; color: #1f2328; background: #ffffff; margin: 0; line-height: 1.45; }
        main { max-width: 880px; margin: 0 auto; padding: 24px 16px; }
        h1 { font-size: 1.4rem; margin: 0 0 4px; }
        h2 { font-size: 1.1rem; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 1rem; margin: 16px 0 4px; }
        .subtitle, .note { color: #57606a; }
        .subtitle { margin: 0 0 20px; }
        .note { font-size: 0.9em; }
        .summary { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
        .summary dl { margin: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dt { color: #57606a; }
        dd { margin: 0; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; word-break: break-all; }
        pre { background: #f6f8fa; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
        svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d0d7de; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        article.finding { border-left: 4px solid #d0d7de; padding: 2px 0 2px 12px; margin: 12px 0; }
        article.fail { border-color: #cf222e; }
        article.partial { border-color: #bf8700; }
        article.unknown { border-color: #8250df; }
        .finding p { margin: 4px 0; }
        .advice { background: #f6f8fa; padding: 4px 8px; }
        @media (max-width: 640px) { dl.facts { grid-template-columns: 1fr; } dt { margin-top: 6px; } th, td { padding: 3px 4px; } }
        @page { size: A4; margin: 15mm; }
        @media print { main { max-width: none; padding: 0; } section, article { break-inside: avoid; } h2 { break-after: avoid; } }
        """
}
