package org.centrecpd.casestudies.extraction;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document the library accepts, recognised by their content (Tika's detection), not by
 * their file name. The {@link #label()} is what the file-type facet shows.
 */
public enum DocumentType {
    PDF("PDF", "application/pdf"),
    WORD("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
        "application/x-tika-msoffice"),
    ODT("OpenDocument", "application/vnd.oasis.opendocument.text"),
    POWERPOINT("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    RTF("RTF", "application/rtf"),
    HTML("Web page", "text/html", "application/xhtml+xml"),
    TEXT("Text", "text/plain");

    private final String label;
    private final Set<String> mediaTypes;

    DocumentType(String label, String... mediaTypes) {
        this.label = label;
        this.mediaTypes = Set.of(mediaTypes);
    }

    public String label() {
        return label;
    }

    /** The type of a detected media type (parameters such as charset ignored), if it is one we accept. */
    public static Optional<DocumentType> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";")[0].trim();
        return Arrays.stream(values()).filter(t -> t.mediaTypes.contains(base)).findFirst();
    }
}
