package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.CentreDetails;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;

/**
 * One use case: from a date, a centre is run by another provider and/or sits in another group.
 * Its staff and their records stay; its history keeps who ran it before.
 */
class RecommissionDialog extends FormDialog {

    RecommissionDialog(CentreService centres, StructureService structure, CentreDetails centre, Runnable onChange) {
        super("", "");
        setHeaderTitle(getTranslation("centre.recommission") + ": " + centre.name());
        primaryButton().setText(getTranslation("centre.recommission"));
        CentreDialog.ArrangementFields next = new CentreDialog.ArrangementFields(this, structure, "centre.recommission.from");
        next.fill(centre.localAuthorityId());
        TextField reason = new TextField(getTranslation("centre.recommission.reason"));
        add(new Paragraph(getTranslation("centre.recommission.explain")), next.layout(reason));
        onPrimary(() -> {
            long provider = next.requireProvider("centre.recommission.from.required");
            centres.recommission(centre.id(), provider, next.groupId(), next.from(), reason.getValue());
            saying("saved.recommissioned", centre.name(), Dates.day(next.from(), getLocale()));
        });
        then(onChange);
    }
}
