#!/usr/bin/env python3
"""Prints a Gatling report's statistics table (index.html) as text: requests, KO, requests per second and
p50/p95/p99 per request kind. Gatling 3.14 writes no stats.json, and its simulation.log is binary; the
table in the HTML report is the one stable source of these figures."""
import html.parser
import sys


class StatsTable(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.name = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.row = {}
        classes = (a.get("class") or "").split()
        if tag == "span" and "ellipsed-name" in classes and self.row is not None:
            self.name = ""
        if tag == "td" and self.row is not None:
            self.cell = next((c for c in classes if c.startswith("col-")), None)
            if self.cell == "col-1":
                self.cell = None

    def handle_data(self, data):
        if self.name is not None:
            self.name += data
        elif self.cell and self.row is not None:
            self.row[self.cell] = self.row.get(self.cell, "") + data.strip()

    def handle_endtag(self, tag):
        if tag == "span" and self.name is not None:
            self.row["name"], self.name = self.name.strip(), None
        if tag == "td":
            self.cell = None
        if tag == "tr" and self.row:
            if "col-2" in self.row:
                self.rows.append(self.row)
            self.row = None


report = sys.argv[1]
table = StatsTable()
table.feed(open(report, encoding="utf-8").read())
print(f"{'request kind':32} {'count':>7} {'KO':>5} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
for r in table.rows:
    name = r.get("name") or "All requests"
    print(f"{name[:32]:32} {r['col-2']:>7} {r['col-4'].replace('-', '0'):>5} {r['col-6']:>7} "
          f"{r['col-8']:>8} {r['col-10']:>8} {r['col-11']:>8}")
