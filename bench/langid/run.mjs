// Language identification and segmentation bench: Concord vs franc on the same units.
//
// Units: every non-empty line of each corpus document (a "paragraph"; 001 is one long line, so
// it is also cut into chunks of three prose sentences), labelled with the document's language. Units
// that are not in the document's language (another script, Azerbaijani "ə", URL-only lines, or
// listed in mixed.json) are marked mixed and reported apart. Units with < 10 letters are skipped.
//
// Concord is run as `concord langid` (hidden CLI command): "raw" is the identifier on the unit
// alone, "pipeline" is the language the segmenter gives the paragraph (document language as prior).
// franc 6.2.0 runs restricted to Concord's languages ("franc-same") and unrestricted ("franc-all").
//
// Usage: npm ci && node run.mjs [CORPUS_DIR]   (default ../../../shared/corpus/karabakh)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const corpus = path.resolve(process.argv[2] ?? path.join(repo, '..', 'shared', 'corpus', 'karabakh'))
const iso3to1 = { eng: 'en', lvs: 'lv', lav: 'lv', lit: 'lt', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', pol: 'pl', ukr: 'uk', ekk: 'et', est: 'et', nld: 'nl' }
const only = ['eng', 'lvs', 'lit', 'rus', 'deu', 'fra', 'spa', 'ita', 'pol', 'ukr', 'ekk', 'nld']
const mixedPrefixes = JSON.parse(fs.readFileSync(path.join(here, 'mixed.json'), 'utf8'))

console.error('building concord (Release)…')
execFileSync('dotnet', ['build', '-c', 'Release', '-v', 'q', '-nologo', path.join(repo, 'src', 'Concord.Cli')], { stdio: ['ignore', 'ignore', 'inherit'] })
const concordDll = path.join(repo, 'src', 'Concord.Cli', 'bin', 'Release', 'net10.0', 'concord.dll')
const concord = (args) => execFileSync('dotnet', [concordDll, 'langid', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\n').filter(Boolean).map((l) => JSON.parse(l))

const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f))
const analysed = concord(['--sentences', ...files])
const docs = analysed.filter((r) => r.level === 'document')
const label = Object.fromEntries(docs.map((d) => [d.doc, d.language]))
const letters = (s) => (s.match(/\p{L}/gu) ?? []).length
const scriptOf = (lang) => (lang === 'ru' || lang === 'uk' ? 'Cyrillic' : 'Latin')
const isMixed = (text, lang) => {
  const other = scriptOf(lang) === 'Latin' ? /[\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Arabic}]/u : /\p{Script=Latin}{4,}/u
  return other.test(text) || /ə/.test(text) || /^(https?:\/\/|www\.)\S+$/.test(text.trim()) || mixedPrefixes.some((p) => text.trim().startsWith(p))
}

// Units: lines (paragraphs as the segmenter sees them), plus sentence chunks of one-line documents.
const units = []
for (const p of analysed.filter((r) => r.level === 'paragraph')) {
  units.push({ doc: p.doc, kind: 'paragraph', text: p.text, pipeline: p.language })
}
for (const d of docs) {
  const paragraphs = analysed.filter((r) => r.level === 'paragraph' && r.doc === d.doc)
  if (paragraphs.length > 1) continue
  // Prose only: the flattened reference list quotes titles in English and Russian.
  const sentences = analysed.filter((r) => r.level === 'sentence' && r.doc === d.doc && r.section === 'Body')
  for (let i = 0; i < sentences.length; i += 3) {
    const chunk = sentences.slice(i, i + 3)
    units.push({ doc: d.doc, kind: 'chunk', text: chunk.map((s) => s.text).join(' '), pipeline: null })
  }
}
// Single prose sentences of every document: the short-text case (Lithuanian without diacritics included).
for (const s of analysed.filter((r) => r.level === 'sentence' && r.section === 'Body')) {
  units.push({ doc: s.doc, kind: 'sentence', text: s.text, pipeline: null })
}
const scored = units.filter((u) => letters(u.text) >= 10)

// Concord "raw": each unit alone, as its own document.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-langid-'))
scored.forEach((u, i) => fs.writeFileSync(path.join(tmp, `u${String(i).padStart(5, '0')}.txt`), u.text + '\n'))
const rawRows = concord(fs.readdirSync(tmp).sort().map((f) => path.join(tmp, f))).filter((r) => r.level === 'document')
rawRows.forEach((r, i) => { scored[i].raw = r.raw })
fs.rmSync(tmp, { recursive: true, force: true })

for (const u of scored) {
  u.label = label[u.doc]
  u.mixed = isMixed(u.text, u.label)
  u.francSame = iso3to1[franc(u.text, { only })] ?? 'und'
  u.francAll = iso3to1[franc(u.text)] ?? franc(u.text)
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`)
function report (title, rows) {
  const acc = (key) => pct(rows.filter((u) => u[key] === u.label).length, rows.filter((u) => u[key] !== undefined && u[key] !== null).length)
  console.log(`| ${title} | ${rows.length} | ${acc('raw')} | ${acc('pipeline')} | ${acc('francSame')} | ${acc('francAll')} |`)
}

console.log('## Documents\n')
console.log('| doc | label (Concord) | Concord raw | franc-same | franc-all |')
console.log('|---|---|---|---|---|')
let francDocsOk = 0
for (const d of docs) {
  const text = fs.readFileSync(files.find((f) => path.basename(f).startsWith(d.doc)), 'utf8')
  const fs3 = iso3to1[franc(text, { only })] ?? 'und'
  const fa = iso3to1[franc(text)] ?? franc(text)
  if (fs3 === d.language) francDocsOk++
  console.log(`| ${d.doc} | ${d.language} | ${d.raw} | ${fs3} | ${fa} |`)
}
console.log(`\nfranc-same documents correct: ${francDocsOk}/${docs.length} (labels: 000 lt, 001 lv, 002–004 en; Concord agrees with them)\n`)

console.log('## Paragraphs and chunks (label = document language)\n')
console.log('| set | units | Concord raw | Concord pipeline | franc-same | franc-all |')
console.log('|---|---|---|---|---|---|')
const clean = scored.filter((u) => !u.mixed)
const units0 = clean.filter((u) => u.kind !== 'sentence')
report('all clean paragraphs + chunks', units0)
report('clean paragraphs + chunks, < 100 chars', units0.filter((u) => u.text.length < 100))
report('clean paragraphs + chunks, ≥ 100 chars', units0.filter((u) => u.text.length >= 100))
report('clean, paragraphs only', clean.filter((u) => u.kind === 'paragraph'))
for (const lang of [...new Set(clean.map((u) => u.label))].sort()) report(`clean, single sentences, ${lang}`, clean.filter((u) => u.kind === 'sentence' && u.label === lang))
report('clean, single sentences < 60 chars', clean.filter((u) => u.kind === 'sentence' && u.text.length < 60))
report('clean, 001 chunks (lv)', clean.filter((u) => u.kind === 'chunk'))
for (const lang of [...new Set(units0.map((u) => u.label))].sort()) report(`clean paragraphs + chunks, label ${lang}`, units0.filter((u) => u.label === lang))
report('mixed units (label = doc language)', scored.filter((u) => u.mixed))

console.log('\nClean units of ≥ 60 chars Concord (raw) gets wrong:')
for (const u of clean.filter((u) => u.raw !== u.label && u.text.length >= 60).slice(0, 25)) console.log(`- ${u.doc.slice(0, 3)} ${u.label}→${u.raw} (franc ${u.francSame}): ${u.text.slice(0, 90)}`)
console.log('\nClean units of ≥ 60 chars franc-same gets wrong (first 15):')
for (const u of clean.filter((u) => u.francSame !== u.label && u.text.length >= 60).slice(0, 15)) console.log(`- ${u.doc.slice(0, 3)} ${u.label}→${u.francSame}: ${u.text.slice(0, 90)}`)

// Segmentation report.
console.log('\n## Segmentation\n')
console.log('| doc | sentences | by section |')
console.log('|---|---|---|')
for (const d of docs) {
  const s = analysed.filter((r) => r.level === 'sentence' && r.doc === d.doc)
  const by = {}
  s.forEach((x) => { by[x.section] = (by[x.section] ?? 0) + 1 })
  console.log(`| ${d.doc} | ${s.length} | ${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')} |`)
}
const checks = JSON.parse(fs.readFileSync(path.join(here, 'spot-checks.json'), 'utf8'))
let passed = 0
console.log('\nSpot checks (exact sentence text and section):')
for (const c of checks) {
  const hit = analysed.find((r) => r.level === 'sentence' && r.doc.startsWith(c.doc) && r.text === c.sentence)
  const ok = hit && (!c.section || hit.section === c.section) && (!c.heading || hit.heading === c.heading)
  if (ok) passed++
  console.log(`- ${ok ? 'ok  ' : 'FAIL'} ${c.doc} ${c.section ?? ''} ${c.heading ? `[${c.heading}] ` : ''}${c.sentence.slice(0, 80)}${hit && !ok ? ` (got ${hit.section} / ${hit.heading})` : ''}`)
}
console.log(`spot checks: ${passed}/${checks.length}`)

// Throughput: Concord read+normalise+langid+segment vs franc (document + per-line) on the same text.
console.log('\n## Throughput (one thread, same run)\n')
const rounds = 10
const bench = concord(['--bench', String(rounds), ...files]).find((r) => r.level === 'bench')
const texts = files.map((f) => fs.readFileSync(f, 'utf8'))
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0)
texts.forEach((t) => { franc(t); t.split('\n').forEach((l) => franc(l)) })
// CPU time (user + system) of this process, like Concord's --bench: MB/s per core on a shared machine.
const t0 = process.hrtime.bigint()
const c0 = process.cpuUsage()
for (let r = 0; r < rounds; r++) for (const t of texts) { franc(t, { only }); for (const l of t.split('\n')) if (l.trim()) franc(l, { only }) }
const c1 = process.cpuUsage(c0)
const francSeconds = Number(process.hrtime.bigint() - t0) / 1e9
const francCpu = (c1.user + c1.system) / 1e6
const mb = (bytes * rounds) / (1024 * 1024)
console.log('| run | wall s | CPU s | MB/s wall | MB/s per CPU-second |')
console.log('|---|---|---|---|---|')
console.log(`| Concord: langid per paragraph + sections + sentences | ${bench.seconds.toFixed(2)} | ${bench.cpuSeconds.toFixed(2)} | ${bench.mbPerSecond.toFixed(2)} | ${bench.mbPerCpuSecond.toFixed(2)} |`)
console.log(`| franc-same: langid of each document and each line | ${francSeconds.toFixed(2)} | ${francCpu.toFixed(2)} | ${(mb / francSeconds).toFixed(2)} | ${(mb / francCpu).toFixed(2)} |`)
console.log(`\n${rounds} rounds of ${bytes} bytes. Ratio Concord/franc per CPU-second: ${(bench.mbPerCpuSecond / (mb / francCpu)).toFixed(2)}; load average: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`)
