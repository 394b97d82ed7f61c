#!/usr/bin/env python3
"""Names ReadyToRun frames in `perf script -F comm,ip,sym,dso` output.
usage: scripts/profile/r2rsym.py MAPDIR < perf-script.txt > named.txt
MAPDIR holds <assembly>.map.csv files from scripts/profile/r2rmaps.sh; the perf script
output must carry the dso field (perf script -F comm,ip,sym,dso). A frame printed as
'IP [unknown] (/path/X.dll)' whose X has a map gets the method name (prefixed 'R2R ').
perf prints the file offset within the DLL; the PE section table turns it into an RVA."""
import sys, os, re, struct, bisect, csv
mapdir = sys.argv[1]
maps = {}
def load_map(name):
    if name in maps: return maps[name]
    p = os.path.join(mapdir, name + '.map.csv')
    if not os.path.exists(p): maps[name] = None; return None
    rows = []
    with open(p) as f:
        for r in csv.DictReader(f):
            if r['Node Type'] != 'MethodWithGCInfo': continue
            rows.append((int(r['Rva'], 16), int(r['Length']), r['Symbol']))
    rows.sort()
    maps[name] = ([r[0] for r in rows], rows); return maps[name]
sections = {}
def sect(path):
    if path in sections: return sections[path]
    try:
        d = open(path, 'rb').read(4096)
        pe = struct.unpack_from('<I', d, 0x3c)[0]
        n = struct.unpack_from('<H', d, pe + 6)[0]; opt = struct.unpack_from('<H', d, pe + 20)[0]
        off = pe + 24 + opt; s = []
        for i in range(n):
            vsize, va, rawsz, rawptr = struct.unpack_from('<IIII', d, off + 8); s.append((rawptr, rawsz, va)); off += 40
    except Exception: s = []
    sections[path] = s; return s
pat = re.compile(r'^(\s+)([0-9a-f]+) \[unknown\] \((.*/([^/]+)\.dll)\)\s*$')
for line in sys.stdin:
    m = pat.match(line)
    if m:
        ip = int(m.group(2), 16); path = m.group(3); name = m.group(4)
        mp = load_map(name)
        if mp:
            rva = None
            for rawptr, rawsz, va in sect(path):
                if rawptr <= ip < rawptr + rawsz: rva = ip - rawptr + va; break
            if rva is not None:
                keys, rows = mp
                i = bisect.bisect_right(keys, rva) - 1
                if i >= 0 and rows[i][0] <= rva < rows[i][0] + rows[i][1]:
                    line = f"{m.group(1)}{m.group(2)} R2R {name}::{rows[i][2]} ({path})\n"
    sys.stdout.write(line)
