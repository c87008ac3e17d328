/**
 * The termly review: an authority's terms and how often it reviews each centre; the improvement partner's
 * pack of figures as at the term's end (read from organisation, training, workshops, journal and case studies
 * through what they publish), the review itself (judgements per core-purpose area, strengths, priorities,
 * actions), the centre manager's responses, sign-off with a frozen snapshot, follow-up of actions, and the
 * PDF for a governing board. Scope from the organisation's AccessScope.
 */
package org.centrecpd.reviews;
