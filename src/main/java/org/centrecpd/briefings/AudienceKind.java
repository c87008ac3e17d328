package org.centrecpd.briefings;

/** What a line of a briefing's audience names: a place (by id) or a job role. */
public enum AudienceKind {
    AUTHORITY, PROVIDER, GROUP, CENTRE, ROLE
}
