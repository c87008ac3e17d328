package org.centrecpd.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.service.EvidenceService;

/** A row's certificate as a download link (the service decides who may have the file), or nothing when it has none. */
final class CertificateLink {

    private CertificateLink() {
    }

    static Component of(Component where, EvidenceService evidence, EvidenceRow row) {
        if (!row.hasCertificate()) {
            return new Span();
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = evidence.certificate(row.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.type(), file.content().length);
        }), where.getTranslation("training.evidence.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", where.getTranslation("training.evidence.downloadOf", row.title()));
        return link;
    }
}
