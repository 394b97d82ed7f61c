// Regenerates the "trigrams:" line of each Concord language profile from franc's trigram data
// (franc 6.2.0, MIT, trigrams derived from UDHR translations; see notes/text.md NOTICE).
// Hand-written lines of the profile files (name, script, stopwords) are kept as they are.
// Usage: node make-profiles.mjs   (after npm ci in this folder)
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { data } from 'franc/data.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const profiles = path.join(here, '..', '..', 'src', 'Concord.Core', 'Language', 'Profiles')
// ISO 639-1 (Concord) → ISO 639-3 (franc)
const codes = { en: 'eng', lv: 'lvs', lt: 'lit', ru: 'rus', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pl: 'pol', uk: 'ukr', et: 'ekk', nl: 'nld' }

for (const [iso1, iso3] of Object.entries(codes)) {
  const script = Object.keys(data).find((s) => data[s][iso3])
  const trigrams = data[script][iso3]
  const file = path.join(profiles, `${iso1}.profile.txt`)
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('trigrams:')) : []
  lines.push(`trigrams:${trigrams}`)
  fs.writeFileSync(file, lines.join('\n') + '\n')
  console.log(`${iso1}: ${trigrams.split('|').length} trigrams (${script})`)
}
