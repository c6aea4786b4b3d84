#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/gvalley_firms.geojson: a deterministic, invented sample of G-Valley firms.

Not a firm register: positions are drawn uniformly at random (fixed seed) inside the complexes'
blocks and, for some, elsewhere in the complexes; names, sectors and head counts are invented.
Rerun after changing a block or a count; the output is byte-identical for the same input.

    python3 tools/generate_firms.py        (from plugins/gvalley-industry)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

# Sector mix of the digital complex (approximate shares, invented for the sample).
SECTORS = [("software", 0.34), ("electronics", 0.22), ("machinery", 0.14),
           ("media_content", 0.10), ("biotech", 0.06), ("design", 0.06), ("other", 0.08)]
# Firms per block id (blocks in data/gvalley_blocks.geojson) and firms outside every block.
FIRMS_PER_BLOCK = {1: 64, 2: 48, 3: 22, 4: 40, 5: 36, 6: 30, 7: 18}
OUTSIDE_BLOCKS = 12
# The render test's probe point in complex 2 (resources/sample/README.md): keep firms away.
PROBE = (126.8815, 37.4810)
PROBE_CLEARANCE_DEG = (0.0022, 0.0018)  # about 190 m east-west, 200 m north-south


def inside(ring, x, y):
    """Even-odd rule point-in-polygon on one ring (lon/lat)."""
    result = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            result = not result
    return result


def near_probe(x, y):
    return (abs(x - PROBE[0]) < PROBE_CLEARANCE_DEG[0] and
            abs(y - PROBE[1]) < PROBE_CLEARANCE_DEG[1])


def sample_in(rng, ring, accept):
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    while True:
        x = round(rng.uniform(min(xs), max(xs)), 6)
        y = round(rng.uniform(min(ys), max(ys)), 6)
        if inside(ring, x, y) and accept(x, y) and not near_probe(x, y):
            return x, y


def pick_sector(rng):
    r, acc = rng.random(), 0.0
    for name, share in SECTORS:
        acc += share
        if r < acc:
            return name
    return SECTORS[-1][0]


def main():
    rng = random.Random(20191)
    with open(os.path.join(DATA, "gvalley_blocks.geojson"), encoding="utf-8") as f:
        blocks = {ft["properties"]["id"]: ft["geometry"]["coordinates"][0]
                  for ft in json.load(f)["features"]}
    with open(os.path.join(DATA, "gvalley_complexes.geojson"), encoding="utf-8") as f:
        complexes = [ft["geometry"]["coordinates"][0] for ft in json.load(f)["features"]]

    def in_no_block(x, y):
        return not any(inside(ring, x, y) for ring in blocks.values())

    points = []
    for block_id in sorted(FIRMS_PER_BLOCK):
        for _ in range(FIRMS_PER_BLOCK[block_id]):
            points.append(sample_in(rng, blocks[block_id],
                                    lambda x, y, b=block_id: all(
                                        not inside(r, x, y) for i, r in blocks.items() if i != b)))
    for k in range(OUTSIDE_BLOCKS):
        points.append(sample_in(rng, complexes[k % len(complexes)], in_no_block))

    features = []
    for n, (x, y) in enumerate(points, start=1):
        features.append({
            "type": "Feature",
            "properties": {"id": n, "name": "G밸리 기업 %03d" % n, "sector": pick_sector(rng),
                           "employees": int(rng.lognormvariate(2.6, 0.9)) + 1},
            "geometry": {"type": "Point", "coordinates": [x, y]}})
    with open(os.path.join(DATA, "gvalley_firms.geojson"), "w", encoding="utf-8") as f:
        f.write('{\n  "type": "FeatureCollection",\n  "name": "gvalley_firms",\n  "features": [\n')
        f.write(",\n".join("    " + json.dumps(ft, ensure_ascii=False) for ft in features))
        f.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
