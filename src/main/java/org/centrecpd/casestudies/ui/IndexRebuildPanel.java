package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.centrecpd.casestudies.search.IndexRebuild;

/** An admin's button to rebuild the search index from the database, with its progress shown as it goes (server push). */
class IndexRebuildPanel extends HorizontalLayout {

    IndexRebuildPanel(IndexRebuild rebuild, Runnable whenDone) {
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        bar.setId("rebuild-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("casestudies.rebuild"));
        Span label = new Span();
        label.getElement().setAttribute("role", "status");
        Button start = new Button(getTranslation("casestudies.rebuild"));
        start.addClickListener(e -> {
            var ui = e.getSource().getUI().orElseThrow();
            start.setEnabled(false);
            bar.setVisible(true);
            bar.setIndeterminate(true);
            rebuild.start(p -> ui.access(() -> {
                if (p.total() > 0) {
                    bar.setIndeterminate(false);
                    bar.setValue(Math.min(1.0, (double) p.done() / p.total()));
                }
                label.setText(p.finished() ? getTranslation("casestudies.rebuild.done", p.done()) : p.done() + " / " + p.total());
                if (p.finished()) {
                    start.setEnabled(true);
                    whenDone.run();
                }
            }));
        });
        add(start, bar, label);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
    }
}
