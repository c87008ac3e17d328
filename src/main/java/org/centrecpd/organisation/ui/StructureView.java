package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.Choice;
import org.centrecpd.organisation.service.StructureItem;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;

/**
 * Admin: local authorities, providers (lead agencies) and centre groups, one list at a time. The
 * three are reached by links (a navigation landmark, the current one marked), each with its own
 * address ({@code ?part=providers}), so the browser's back button and bookmarks work.
 */
@Route("admin/structure")
@Menu(title = "nav.structure", order = 40, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_NAME)
public class StructureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    enum Part { AUTHORITIES, PROVIDERS, GROUPS }

    private final StructureService structure;
    private final Nav parts = new Nav();
    private Part shown;

    public StructureView(StructureService structure) {
        this.structure = structure;
        setSizeFull();
        parts.setAriaLabel(getTranslation("nav.structure"));
        parts.addClassName("part-links");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String part = event.getLocation().getQueryParameters().getSingleParameter("part").orElse("authorities");
        shown = switch (part) {
            case "providers" -> Part.PROVIDERS;
            case "groups" -> Part.GROUPS;
            default -> Part.AUTHORITIES;
        };
        removeAll();
        parts.removeAll();
        for (Part p : Part.values()) {
            RouterLink link = new RouterLink(getTranslation(key(p)), StructureView.class);
            link.setQueryParameters(QueryParameters.of("part", p.name().toLowerCase(java.util.Locale.ROOT)));
            if (p == shown) {
                link.getElement().setAttribute("aria-current", "page");
            }
            parts.add(link);
        }
        add(parts, switch (shown) {
            case AUTHORITIES -> list(structure::authorities, structure::countAuthorities, structure::saveAuthority,
                "structure.authority", false);
            case PROVIDERS -> list(structure::providers, structure::countProviders, structure::saveProvider,
                "structure.provider", true);
            case GROUPS -> list(structure::groups, structure::countGroups, structure::saveGroup, "structure.group", true);
        });
    }

    private static String key(Part p) {
        return "structure." + p.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One list with its editor. Authorities are a name; providers and groups are a name within a
     * local authority (chosen when they are created, fixed after).
     */
    private FilteredList<StructureItem> list(SerializableBiFunction<String, Pageable, List<StructureItem>> page,
                                             SerializableFunction<String, Long> count, Function<StructureItem, StructureItem> save,
                                             String singularKey, boolean withinAuthority) {
        FilteredList<StructureItem> list = new FilteredList<>(StructureItem.class, getTranslation("structure.filter"), page, count);
        list.grid().addColumn(StructureItem::name).setHeader(getTranslation("structure.name")).setFlexGrow(2);
        if (withinAuthority) {
            list.grid().addColumn(StructureItem::localAuthority).setHeader(getTranslation("centre.localAuthority"));
        }
        list.grid().setAriaLabel(getTranslation(key(shown)));
        Consumer<StructureItem> edit = item -> {
            StructureItem opened = item == null ? StructureItem.blank() : item;
            Binder<StructureFields> binder = new Binder<>(StructureFields.class);
            TextField name = new TextField(getTranslation("structure.name"));
            binder.forField(name).asRequired(getTranslation("structure.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("structure.name.tooLong"), 1, 200)).bind("name");
            FormLayout form = new FormLayout();
            ComboBox<Choice> authority = new ComboBox<>(getTranslation("centre.localAuthority"));
            List<Choice> authorities = structure.authorityChoices();
            authority.setItems(authorities);
            authority.setItemLabelGenerator(Choice::name);
            authority.setReadOnly(item != null);
            if (withinAuthority) {
                binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required")).bind("localAuthority");
                form.add(authority);
            } else {
                binder.forField(authority).bind("localAuthority");
            }
            form.add(name);
            Choice current = authorities.stream().filter(a -> opened.localAuthorityId() != null && a.id() == opened.localAuthorityId())
                .findFirst().orElse(null);
            binder.readRecord(new StructureFields(current, opened.name()));
            new FormDialog(getTranslation(singularKey), getTranslation("action.save")).with(form).saying("saved.generic")
                .then(list::refresh).onPrimary(() -> {
                    StructureFields fields = binder.writeRecord();
                    save.apply(new StructureItem(opened.id(), opened.version(),
                        fields.localAuthority() == null ? null : fields.localAuthority().id(), null, fields.name()));
                }).open();
        };
        return list.withPrimaryAction(getTranslation("structure.new"), () -> edit.accept(null)).onOpen(edit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.structure");
    }
}
