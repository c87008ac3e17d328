/**
 * The learner's private journal. For now it holds the answers to the reflective questions of
 * courses, saved as the learner types; free entries, reflective models and sharing for supervision
 * come later. Courses write into it, never the reverse; whose journal it is comes from the
 * organisation's AccessScope (always the signed-in person).
 */
package org.centrecpd.journal;
