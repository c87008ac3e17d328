/**
 * Briefings: an authority's numbered notices to its centres (what changes, from when, whom to ask), sent to
 * a chosen mix of authorities, providers, groups, centres and job roles resolved as at publication through
 * the organisation's history; read receipts and "done" per recipient, counted per centre, group and
 * provider for the author and the partners overseeing those centres; e-mail at publication, reminders,
 * revisions and withdrawal, all audited.
 */
package org.centrecpd.briefings;
