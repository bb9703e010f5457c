// Reports: renderers of a Rating (text, JSON, Markdown, HTML, SARIF, JUnit, GitHub, badge) and certificates.
