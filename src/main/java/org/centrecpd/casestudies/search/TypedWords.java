package org.centrecpd.casestudies.search;

/**
 * What was typed in the library's search box, cut to what a search can sensibly take: at most
 * {@value #MAX_WORDS} words and {@value #MAX_CHARACTERS} characters. Longer text is no better a question, and
 * a megabyte of it made Lucene refuse the query (too many clauses), which the reader saw as old results that
 * did not change. The cut is said on the page ({@link SearchResults#cut()}), never made silently.
 *
 * @param text what is searched for
 * @param cut  true when words or characters were left out
 */
public record TypedWords(String text, boolean cut) {

    public static final int MAX_CHARACTERS = 200;
    public static final int MAX_WORDS = 12;

    public static TypedWords of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new TypedWords("", false);
        }
        String stripped = typed.strip();
        boolean cut = false;
        if (stripped.length() > MAX_CHARACTERS) {
            int end = MAX_CHARACTERS;
            // Never split a surrogate pair: the cut text stays valid Unicode.
            if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
                end--;
            }
            stripped = stripped.substring(0, end);
            cut = true;
        }
        String[] words = stripped.split("\\s+");
        if (words.length > MAX_WORDS) {
            stripped = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
            cut = true;
        }
        return new TypedWords(stripped.strip(), cut);
    }
}
