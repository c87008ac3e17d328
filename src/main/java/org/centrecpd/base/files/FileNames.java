package org.centrecpd.base.files;

/**
 * The one rule for the name of an uploaded file, whichever feature takes it (case-study documents, briefing
 * attachments): only the last part of what the browser sent, without control, format (\p{Cf}: bidi overrides and
 * isolates, zero-width characters) or line-separator characters, at most 200 characters. A right-to-left override
 * would make "invoice\u202Etxt.exe" read as "invoiceexe.txt".
 */
public final class FileNames {

    private FileNames() {
    }

    public static String safe(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
