package org.centrecpd.base.mail;

import java.util.List;

/**
 * One kind of news in a digest (e.g. completions this week), as the module that owns it reads it in one query within
 * the reader's scope: how many there are, the first few in words, and the page where the reader sees them all.
 * A part whose lines each have a page of their own (a briefing to open) gives their addresses in {@code lineLinks},
 * one per line; otherwise that list is empty.
 */
public record DigestPart(long total, List<String> lines, String link, List<String> lineLinks) {

    public static final int SHOWN = 20;

    public DigestPart {
        lines = List.copyOf(lines);
        lineLinks = List.copyOf(lineLinks);
        if (!lineLinks.isEmpty() && lineLinks.size() != lines.size()) {
            throw new IllegalArgumentException("One link per line, or none");
        }
    }

    public DigestPart(long total, List<String> lines, String link) {
        this(total, lines, link, List.of());
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
