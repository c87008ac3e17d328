package org.centrecpd.base.mail;

import java.util.List;

/**
 * One kind of news in a digest (e.g. completions this week), as the module that owns it reads it in one query within
 * the reader's scope: how many there are, the first few in words, and the page where the reader sees them all.
 */
public record DigestPart(long total, List<String> lines, String link) {

    public static final int SHOWN = 20;

    public DigestPart {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
