package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.SaveButton;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;

/** Admin: local authorities, providers (lead agencies) and centre groups, one tab each. */
@Route("admin/structure")
@Menu(title = "nav.structure", order = 40, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_NAME)
public class StructureView extends VerticalLayout implements HasDynamicTitle {

    private final StructureService structure;

    public StructureView(StructureService structure) {
        this.structure = structure;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("structure.authorities"), authorities());
        tabs.add(getTranslation("structure.providers"), this.<Provider>byAuthority(
            structure::providers, structure::countProviders, Provider::new, Provider.class, structure::save, "structure.provider"));
        tabs.add(getTranslation("structure.groups"), this.<CentreGroup>byAuthority(
            structure::groups, structure::countGroups, CentreGroup::new, CentreGroup.class, structure::save, "structure.group"));
        add(tabs);
    }

    private VerticalLayout authorities() {
        Grid<LocalAuthority> grid = new Grid<>(LocalAuthority.class, false);
        grid.addColumn(LocalAuthority::getName).setHeader(getTranslation("structure.name"));
        return listWithEditor(grid, structure::authorities, structure::countAuthorities, item -> {
            LocalAuthority la = item == null ? new LocalAuthority() : item;
            BeanValidationBinder<LocalAuthority> binder = new BeanValidationBinder<>(LocalAuthority.class);
            TextField name = new TextField(getTranslation("structure.name"));
            binder.forField(name).asRequired(getTranslation("structure.name.required")).bind("name");
            binder.readBean(la);
            return editor(getTranslation("structure.authority"), new FormLayout(name), () -> {
                binder.writeBean(la);
                structure.save(la);
            }, grid);
        });
    }

    /** Providers and groups have the same shape: a name within a local authority. */
    private <T> VerticalLayout byAuthority(SerializableBiFunction<String, Pageable, java.util.List<T>> page,
                                           SerializableFunction<String, Long> count, Supplier<T> create, Class<T> type,
                                           java.util.function.Consumer<T> save, String singularKey) {
        Grid<T> grid = new Grid<>(type, false);
        grid.addColumn(StructureView::nameOf)
            .setHeader(getTranslation("structure.name")).setFlexGrow(2);
        grid.addColumn(t -> authorityOf(t).getName()).setHeader(getTranslation("centre.localAuthority"));
        return listWithEditor(grid, page, count, item -> {
            T record = item == null ? create.get() : item;
            BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
            TextField name = new TextField(getTranslation("structure.name"));
            ComboBox<LocalAuthority> authority = new ComboBox<>(getTranslation("centre.localAuthority"));
            authority.setItems(structure.authorities());
            authority.setItemLabelGenerator(LocalAuthority::getName);
            binder.forField(name).asRequired(getTranslation("structure.name.required")).bind("name");
            binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required")).bind("localAuthority");
            binder.readBean(record);
            authority.setReadOnly(item != null);
            return editor(getTranslation(singularKey), new FormLayout(authority, name), () -> {
                binder.writeBean(record);
                save.accept(record);
            }, grid);
        });
    }

    private <T> VerticalLayout listWithEditor(Grid<T> grid, SerializableBiFunction<String, Pageable, java.util.List<T>> page,
                                              SerializableFunction<String, Long> count,
                                              java.util.function.Function<T, Dialog> editorFor) {
        TextField filter = new TextField(getTranslation("structure.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> page.apply(filter.getValue(), Lazy.page(q)).stream(), q -> count.apply(filter.getValue()).intValue());
        grid.addItemClickListener(e -> editorFor.apply(e.getItem()).open());
        Button add = new Button(getTranslation("structure.new"), VaadinIcon.PLUS.create(), e -> editorFor.apply(null).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(toolbar, grid);
        layout.setSizeFull();
        layout.setPadding(false);
        return layout;
    }

    @FunctionalInterface
    private interface Save {
        void run() throws ValidationException;
    }

    private Dialog editor(String title, FormLayout form, Save save, Grid<?> grid) {
        Dialog dialog = new Dialog(title);
        dialog.add(form);
        Button ok = new SaveButton(getTranslation("action.save"), () -> {
            try {
                save.run();
                Feedback.saved(this, "saved.generic");
                grid.getDataProvider().refreshAll();
                dialog.close();
            } catch (ValidationException invalid) {
                // fields show their messages
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        return dialog;
    }

    private static String nameOf(Object record) {
        return record instanceof Provider p ? p.getName() : ((CentreGroup) record).getName();
    }

    private static LocalAuthority authorityOf(Object record) {
        return record instanceof Provider p ? p.getLocalAuthority() : ((CentreGroup) record).getLocalAuthority();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.structure");
    }
}
