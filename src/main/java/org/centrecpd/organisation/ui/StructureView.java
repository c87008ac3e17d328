package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.domain.WithinAuthority;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.Role;

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
            case AUTHORITIES -> authorities();
            case PROVIDERS -> withinAuthority(structure::providers, structure::countProviders, Provider::new,
                Provider.class, structure::save, "structure.provider");
            case GROUPS -> withinAuthority(structure::groups, structure::countGroups, CentreGroup::new,
                CentreGroup.class, structure::save, "structure.group");
        });
    }

    private static String key(Part p) {
        return "structure." + p.name().toLowerCase(java.util.Locale.ROOT);
    }

    private FilteredList<LocalAuthority> authorities() {
        FilteredList<LocalAuthority> list = new FilteredList<>(LocalAuthority.class, getTranslation("structure.filter"),
            structure::authorities, structure::countAuthorities);
        list.grid().addColumn(LocalAuthority::getName).setHeader(getTranslation("structure.name"));
        list.grid().setAriaLabel(getTranslation("structure.authorities"));
        Consumer<LocalAuthority> edit = item -> {
            LocalAuthority la = item == null ? new LocalAuthority() : item;
            BeanValidationBinder<LocalAuthority> binder = new BeanValidationBinder<>(LocalAuthority.class);
            TextField name = new TextField(getTranslation("structure.name"));
            binder.forField(name).asRequired(getTranslation("structure.name.required")).bind("name");
            binder.readBean(la);
            editor(getTranslation("structure.authority"), new FormLayout(name), list).onPrimary(() -> {
                binder.writeBean(la);
                structure.save(la);
            }).open();
        };
        return list.withPrimaryAction(getTranslation("structure.new"), () -> edit.accept(null)).onOpen(edit);
    }

    /** Providers and groups have the same shape: a name within a local authority. */
    private <T extends WithinAuthority> FilteredList<T> withinAuthority(
            com.vaadin.flow.function.SerializableBiFunction<String, org.springframework.data.domain.Pageable, java.util.List<T>> page,
            com.vaadin.flow.function.SerializableFunction<String, Long> count, Supplier<T> create, Class<T> type,
            Consumer<T> save, String singularKey) {
        FilteredList<T> list = new FilteredList<>(type, getTranslation("structure.filter"), page, count);
        list.grid().addColumn(WithinAuthority::getName).setHeader(getTranslation("structure.name")).setFlexGrow(2);
        list.grid().addColumn(t -> t.getLocalAuthority().getName()).setHeader(getTranslation("centre.localAuthority"));
        list.grid().setAriaLabel(getTranslation(key(shown)));
        Consumer<T> edit = item -> {
            T record = item == null ? create.get() : item;
            BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
            TextField name = new TextField(getTranslation("structure.name"));
            ComboBox<LocalAuthority> authority = new ComboBox<>(getTranslation("centre.localAuthority"));
            authority.setItems(structure.authorities());
            authority.setItemLabelGenerator(LocalAuthority::getName);
            authority.setReadOnly(item != null);
            binder.forField(name).asRequired(getTranslation("structure.name.required")).bind("name");
            binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required")).bind("localAuthority");
            binder.readBean(record);
            editor(getTranslation(singularKey), new FormLayout(authority, name), list).onPrimary(() -> {
                binder.writeBean(record);
                save.accept(record);
            }).open();
        };
        return list.withPrimaryAction(getTranslation("structure.new"), () -> edit.accept(null)).onOpen(edit);
    }

    private FormDialog editor(String title, FormLayout form, FilteredList<?> list) {
        return new FormDialog(title, getTranslation("action.save")).with(form).saying("saved.generic").then(list::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.structure");
    }
}
