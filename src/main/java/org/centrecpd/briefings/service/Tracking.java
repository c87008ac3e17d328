package org.centrecpd.briefings.service;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.centrecpd.briefings.domain.Rows;

/**
 * Who read a briefing, within the tracker's scope: per centre, added up per group and per provider (as they
 * were on the publication date), and the names of those who have not read it yet.
 */
public record Tracking(List<Rows.CentreCount> centres, List<Rows.Unread> unread) {

    /** One line of the counts at a level (provider, group, centre). */
    public record Line(String level, String name, long recipients, long read, long done) {

        public int percentRead() {
            return recipients == 0 ? 0 : (int) Math.floor(100.0 * read / recipients);
        }
    }

    public long recipients() {
        return centres.stream().mapToLong(Rows.CentreCount::recipients).sum();
    }

    public long read() {
        return centres.stream().mapToLong(Rows.CentreCount::read).sum();
    }

    public long done() {
        return centres.stream().mapToLong(Rows.CentreCount::done).sum();
    }

    /** Providers, then groups, then centres. */
    public List<Line> lines(String none) {
        List<Line> lines = new java.util.ArrayList<>();
        lines.addAll(sum("provider", none, c -> c.provider()));
        lines.addAll(sum("group", none, c -> c.group()));
        centres.forEach(c -> lines.add(new Line("centre", c.centre(), c.recipients(), c.read(), c.done())));
        return lines;
    }

    private List<Line> sum(String level, String none, java.util.function.Function<Rows.CentreCount, String> key) {
        Map<String, long[]> by = new LinkedHashMap<>();
        for (Rows.CentreCount c : centres) {
            long[] t = by.computeIfAbsent(key.apply(c) == null ? none : key.apply(c), k -> new long[3]);
            t[0] += c.recipients();
            t[1] += c.read();
            t[2] += c.done();
        }
        return by.entrySet().stream().map(e -> new Line(level, e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
