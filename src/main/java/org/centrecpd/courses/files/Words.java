package org.centrecpd.courses.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a word in course files, in one place: letters, digits and apostrophes (straight or
 * curly), so "don't" is one word and Markdown's punctuation, table bars and list marks are none. The
 * study-time estimate counts these words; the check for repeated feedback and the gate against copied
 * text compare them in lower case. It is the definition of the figures script the course authors run,
 * so the figures they see and the figures the importer enforces agree.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9’']+");

    private Words() {
    }

    static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The words of {@code text} in lower case, with curly apostrophes made straight. */
    static List<String> normalised(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
