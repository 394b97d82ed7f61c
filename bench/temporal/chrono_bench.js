// Peer run for bench/temporal/run.sh: chrono-node over the same English text, line by line.
// usage: node chrono_bench.js BIG.txt [DOC.txt...]
// Prints one JSON line with bytes and CPU seconds for BIG.txt, then, for each DOC, its
// expressions (start, end, range_start, range_end at the precision chrono is certain of).
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

function iso(c) {
  if (!c || !c.isCertain("year")) return null;
  const y = String(c.get("year")).padStart(4, "0");
  if (!c.isCertain("month")) return y;
  const m = String(c.get("month")).padStart(2, "0");
  if (!c.isCertain("day")) return `${y}-${m}`;
  return `${y}-${m}-${String(c.get("day")).padStart(2, "0")}`;
}

const [big, ...docs] = process.argv.slice(2);
const text = fs.readFileSync(big, "utf8");
const lines = text.split("\n");
const ref = new Date(Date.UTC(2024, 0, 1));
const t0 = process.cpuUsage();
const w0 = process.hrtime.bigint();
let found = 0;
for (const line of lines) found += chrono.parse(line, ref).length;
const cpu = process.cpuUsage(t0);
const wall = Number(process.hrtime.bigint() - w0) / 1e9;
console.log(JSON.stringify({ tool: "chrono-node", bytes: Buffer.byteLength(text, "utf8"), cpu_s: (cpu.user + cpu.system) / 1e6, wall_s: wall, found }));

for (const doc of docs) {
  const t = fs.readFileSync(doc, "utf8");
  let offset = 0;
  for (const line of t.split("\n")) {
    for (const r of chrono.parse(line, ref)) {
      const s = iso(r.start);
      console.log(JSON.stringify({
        doc: path.basename(doc), start: offset + r.index, end: offset + r.index + r.text.length, text: r.text,
        range_start: s, range_end: r.end ? iso(r.end) : s,
      }));
    }
    offset += line.length + 1;
  }
}
