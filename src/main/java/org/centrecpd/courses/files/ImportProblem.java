package org.centrecpd.courses.files;

/**
 * Something wrong in the courses folder, said the way a compiler would: which file (relative to the
 * courses folder, with forward slashes), which line (1-based; 0 when the problem is not on a line)
 * and what to change. The words are for course authors, who write the files in English.
 */
public record ImportProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
