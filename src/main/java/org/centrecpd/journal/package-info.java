/**
 * The learner's private journal. For now it holds the answers to the reflective questions of
 * courses, saved as the learner types; free entries, reflective models and sharing for supervision
 * come later. Depends on no feature module: courses write into it, never the reverse.
 */
package org.centrecpd.journal;
