/** The page shell: no inline script or style (CSP `default-src 'self'`); page.js fills it. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkwright preview</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/page.js"></script>
</head>
<body>
<header class="bar"><strong>Checkwright preview</strong> <span id="file"></span> <span id="connection" data-connection="connecting">connecting…</span></header>
<main id="app" data-state="loading"><p>Loading…</p></main>
<aside id="side">
<section class="panel" id="case-panel">
<h2>Case data</h2>
<p id="case-source"></p>
<textarea id="case-json" data-case-json spellcheck="false" aria-label="Case data (JSON)"></textarea>
<p id="case-error" data-case-error hidden></p>
<ul id="data-errors" data-data-errors></ul>
</section>
</aside>
</body>
</html>
`;
