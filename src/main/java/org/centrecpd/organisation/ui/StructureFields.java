package org.centrecpd.organisation.ui;

import org.centrecpd.organisation.service.Choice;

/**
 * What the structure form edits: a name, and for providers and groups the authority they belong to
 * (the dialog keeps the id and version). Public because Vaadin's binder works by reflection.
 */
public record StructureFields(Choice localAuthority, String name) {
}
