package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.privacy.service.PersonLookup;

/**
 * Chooses a person among everyone on record, leavers included, by name or e-mail: whom a request, a hold or an
 * erasure is about. Every privacy action needs one, so the field says so itself when none was chosen.
 */
class PersonPicker extends ComboBox<PeopleOnRecord.OnRecord> {

    PersonPicker(PersonLookup lookup, String labelKey) {
        setLabel(getTranslation(labelKey));
        setItems(query -> lookup.find(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        setItemLabelGenerator(p -> p.fullName() + " (" + p.email() + ")");
        setHelperText(getTranslation("privacy.person.help"));
        setWidth("28em");
    }

    /** The person chosen; if none, the field is marked with a message saying one is needed, and nothing is returned. */
    Optional<PeopleOnRecord.OnRecord> required() {
        if (getValue() == null) {
            setInvalid(true);
            setErrorMessage(getTranslation("privacy.person.required"));
        }
        return Optional.ofNullable(getValue());
    }
}
