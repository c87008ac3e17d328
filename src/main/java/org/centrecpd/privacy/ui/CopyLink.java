package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.centrecpd.privacy.service.SubjectAccess;

/** A download link to a request's copy, built (and audited) by the service when clicked. */
final class CopyLink {

    private CopyLink() {
    }

    static Anchor of(SubjectAccess subjectAccess, SubjectAccess.RequestRow request, String text, String ariaLabel) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubjectAccess.Copy copy = subjectAccess.copy(request.id());
            return new DownloadResponse(new ByteArrayInputStream(copy.zip()), copy.fileName(), "application/zip", copy.zip().length);
        }), text);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", ariaLabel);
        link.addClassName("copy-download");
        return link;
    }
}
