package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.organisation.JobRole;

/**
 * Whom a briefing is for: any mix of authorities, providers, groups, centres and job roles, chosen from the places the
 * service offers. Who that reaches is the service's to count (the edit view shows it once the draft is saved).
 */
class AudiencePicker extends VerticalLayout {

    private final BriefingService.Places places;
    private final MultiSelectComboBox<Rows.Choice> authorities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Rows.Choice> providers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Rows.Choice> groups = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Rows.Choice> centres = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<JobRole> roles = new MultiSelectComboBox<>();

    AudiencePicker(BriefingService.Places places) {
        this.places = places;
        setPadding(false);
        multi(authorities, "briefings.audience.authorities", places.authorities(), "audience-authorities");
        multi(providers, "briefings.audience.providers", places.providers(), "audience-providers");
        multi(groups, "briefings.audience.groups", places.groups(), "audience-groups");
        multi(centres, "briefings.audience.centres", places.centres(), "audience-centres");
        roles.setLabel(getTranslation("briefings.audience.roles"));
        roles.setItems(JobRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.key()));
        roles.setId("audience-roles");
        roles.setWidthFull();
        add(new H3(getTranslation("briefings.audience")), new Paragraph(getTranslation("briefings.audience.help")),
            authorities, providers, groups, centres, roles);
    }

    /** Shows a saved briefing's audience. */
    void show(BriefingForm f) {
        authorities.setValue(pick(places.authorities(), f.authorities()));
        providers.setValue(pick(places.providers(), f.providers()));
        groups.setValue(pick(places.groups(), f.groups()));
        centres.setValue(pick(places.centres(), f.centres()));
        roles.setValue(f.roles());
    }

    Set<Long> authorities() {
        return ids(authorities.getValue());
    }

    Set<Long> providers() {
        return ids(providers.getValue());
    }

    Set<Long> groups() {
        return ids(groups.getValue());
    }

    Set<Long> centres() {
        return ids(centres.getValue());
    }

    Set<JobRole> roles() {
        return roles.getValue();
    }

    private void multi(MultiSelectComboBox<Rows.Choice> box, String key, List<Rows.Choice> items, String id) {
        box.setLabel(getTranslation(key));
        box.setItems(items);
        box.setItemLabelGenerator(Rows.Choice::name);
        box.setId(id);
        box.setWidthFull();
    }

    private static Set<Long> ids(Set<Rows.Choice> choices) {
        return choices.stream().map(Rows.Choice::id).collect(Collectors.toSet());
    }

    private static Set<Rows.Choice> pick(List<Rows.Choice> all, Set<Long> ids) {
        return all.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
    }
}
