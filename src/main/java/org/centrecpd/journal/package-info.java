/**
 * The private journal: answers to the reflective questions of courses (courses write them in, never
 * the reverse) and reflections written in the journal itself, free or laid out by a
 * {@link org.centrecpd.journal.ReflectiveModel}, autosaved with a refusal of stale saves. Whose
 * journal it is comes from the organisation's AccessScope (always the signed-in person). An entry
 * is private until its author shares it with a named line manager, who reads it only while they
 * manage the author ({@code SupervisionService}); exports are of the author's own entries only.
 */
package org.centrecpd.journal;
