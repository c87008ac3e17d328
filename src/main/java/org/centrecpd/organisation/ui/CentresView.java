package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.organisation.service.CentreDetails;
import org.centrecpd.organisation.domain.CentreRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.Role;

/** Admin: every centre with today's provider and group; open one to edit it or recommission it. */
@Route("admin/centres")
@Menu(title = "nav.centres", order = 50, icon = "vaadin:building")
@RolesAllowed(Role.ADMIN_NAME)
public class CentresView extends VerticalLayout implements HasDynamicTitle {

    private final CentreService centres;
    private final StructureService structure;
    private final FilteredList<CentreRow> list;

    public CentresView(CentreService centres, StructureService structure) {
        this.centres = centres;
        this.structure = structure;
        setSizeFull();
        list = new FilteredList<>(CentreRow.class, getTranslation("centres.filter"), centres::rows, centres::count)
            .withPrimaryAction(getTranslation("centres.new"),
                () -> new CentreDialog(centres, structure, CentreDetails.blank(), this::recommission, this::refresh).open())
            .onOpen(row -> new CentreDialog(centres, structure, centres.details(row.id()), this::recommission, this::refresh).open());
        var grid = list.grid();
        grid.addColumn(CentreRow::name).setHeader(getTranslation("centre.name")).setFlexGrow(2);
        grid.addColumn(CentreRow::localAuthority).setHeader(getTranslation("centre.localAuthority"));
        grid.addColumn(CentreRow::provider).setHeader(getTranslation("centre.provider")).setFlexGrow(2);
        grid.addColumn(CentreRow::group).setHeader(getTranslation("centre.group"));
        grid.setAriaLabel(getTranslation("centres.grid"));
        grid.setId("centres-grid");
        add(list);
    }

    private void recommission(CentreDetails centre) {
        new RecommissionDialog(centres, structure, centre, this::refresh).open();
    }

    private void refresh() {
        list.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.centres");
    }
}
